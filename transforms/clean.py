"""Raw record -> clean article text and metadata.

Steps, in order (helpers in :mod:`transforms.cleaning`):

1. characters: mojibake repaired with ftfy (curly quotes kept), NFC, zero-width and odd spaces
   removed, ``\\r\\n`` -> ``\\n``;
2. paragraphs split and Markdown removed (headings, emphasis, links keep their text, images go
   to ``removed``), white space collapsed, wire copy's bracketed tickers and company names
   rewritten (``Acme Co <ACW>`` -> ``Acme Co``, the ticker to ``removed``; ``<Acme Ltd>`` ->
   ``Acme Ltd``, :mod:`transforms.cleaning.tickers`), spaces before ``, . ; : ! ?`` dropped;
3. title, deck/standfirst and byline/dateline recognised at the top;
4. boilerplate removed into ``removed`` (captions, URLs, "first published" notes, read-more
   lines anywhere; bios, trailers, footers and agency sign-offs such as "REUTER" in the trailing
   run, a sign-off also after the last sentence);
5. paragraphs broken mid-sentence re-joined;
6. language check with the detector passed in (the model is loaded at the edge, never here),
   see :mod:`transforms.cleaning.language`.

The output ``text`` has paragraphs separated by exactly one blank line (``"\\n\\n"``) and no
other line breaks. **The title stays at the top of the text** as its first paragraph (so quotes
and entities in headlines are extracted too, and offsets stay simple) and is also in
``CleanArticle.title``; a title known only from record fields (HTML/JSON) is prepended when the
body does not already start with it. A deck/standfirst stays as the second paragraph and is
also in ``CleanArticle.deck``. A byline/dateline line is removed from the text (kind "byline")
once its name and date are in the metadata.

Cleaning is idempotent on the text: cleaning the record again with the cleaned text as body and
the title found as its title (:func:`reclean`) gives the same text. The steps are re-applied
inside :func:`clean_record` until the text no longer changes (at most five more times), so
rules that only fire once an earlier rule has run still reach a fixed point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from transforms.cleaning.boilerplate import (
    anywhere_kind,
    bio_name,
    published_where,
    split_signoff,
    trailing_kind,
)
from transforms.cleaning.dates import find_date, normalise_date
from transforms.cleaning.language import Detector, english_by_words, judge_language
from transforms.cleaning.markup import Para, split_paragraphs, strip_inline
from transforms.cleaning.metadata import (
    looks_like_deck,
    looks_like_title,
    parse_byline,
    wire_agency,
)
from transforms.cleaning.paragraphs import rejoin_broken
from transforms.cleaning.text import (
    collapse_spaces,
    fix_punctuation_spacing,
    repair_characters,
    strip_controls,
)
from transforms.cleaning.tickers import holds_markup, unbracket_companies
from transforms.types import CleanArticle, RawRecord, Rejection, Removed

# Fewer words than this (title included) is not an article ("xxxxxxxxxx", "test"). Wire briefs
# are short: the shortest of the 19,043 Reuters-21578 articles has 5 words (a market-holiday
# notice), the shortest BBC article 129; both corpora pass whole.
MIN_WORDS = 5
_FOLD = re.compile(r"[\W_]+")


@dataclass(slots=True)
class _Pass:
    """What one cleaning pass found."""

    paras: list[Para]
    title: str | None = None
    deck: str | None = None
    byline: str | None = None
    published: str | None = None
    publisher: str | None = None
    removed: list[Removed] = field(default_factory=list)


def _fold(text: str) -> str:
    return _FOLD.sub(" ", text).strip().casefold()


def same_title(paragraph: str, title: str) -> bool:
    """True when a first paragraph is the known title (case, punctuation, a site suffix aside)."""
    if paragraph.strip() == title.strip():
        return True
    a, b = _fold(paragraph), _fold(title)
    if len(paragraph) > 200:
        return False
    if a == b:  # also two titles of punctuation only ("." and ".\\"): no endless re-insertion
        return True
    return bool(a and b) and (b.startswith(a + " ") or a.startswith(b + " "))


def clean_field(value: str | None) -> str | None:
    """A metadata field value with characters repaired, Markdown removed and spaces collapsed."""
    if not value:
        return None
    return collapse_spaces(strip_inline(repair_characters(value))) or None


def _header(p: _Pass, record_title: str | None, record_deck: str | None = None) -> int:
    """Recognise title, deck and byline at the top; return the index of the first body paragraph."""
    paras = p.paras
    start = 0
    title: Para | None = None
    if record_title:
        if not (paras and same_title(paras[0].text, record_title)):
            paras.insert(0, Para(record_title, block=-1, heading=1))
        title = paras[0]
    elif len(paras) > 1 and looks_like_title(paras[0], paras[1:7]):
        title = paras[0]
    if title is not None:
        title.locked = True
        p.title = title.text
        start = 1
        known_deck = record_deck is not None and len(paras) > 2 and len(paras[1].text) <= 300
        if (known_deck and same_title(paras[1].text, record_deck)) or (
            len(paras) > 2 and looks_like_deck(title, paras[1], paras[2])
        ):
            paras[1].locked = True
            p.deck = paras[1].text
            start = 2
    index = start
    while index < min(len(paras), start + 3):
        byline = parse_byline(paras[index])
        if byline is None:
            break
        p.removed.append(Removed("byline", paras.pop(index).text))
        p.byline = p.byline or byline.name
        p.published = p.published or byline.date
    if start < len(paras):
        p.publisher = wire_agency(paras[start].text)
    return start


def _strip_boilerplate(p: _Pass, start: int) -> None:
    paras = p.paras
    tail = split_signoff(paras[-1].text) if len(paras) > start else None
    if tail is not None:
        paras[-1].text = tail[0]
        p.removed.append(Removed("signoff", tail[1]))
    # the trailing run: walk back from the end while paragraphs are boilerplate
    trailing: list[tuple[int, str]] = []
    index = len(paras) - 1
    while index >= start:
        before = " ".join(q.text for q in paras[start:index])
        kind = trailing_kind(paras[index].text, before)
        if kind is None:
            break
        trailing.append((index, kind))
        if kind == "bio":
            p.byline = p.byline or bio_name(paras[index].text, before)
        index -= 1
    drop = {i: kind for i, kind in trailing}
    for i in range(start, index + 1):
        kind = anywhere_kind(paras[i].text)
        if kind is not None:
            drop[i] = kind
    for i in sorted(drop):
        text = paras[i].text
        p.removed.append(Removed(drop[i], text))
        if drop[i] == "first_published":
            p.publisher = p.publisher or published_where(text)
            found = find_date(text)
            p.published = p.published or (found[0] if found else None)
    p.paras = [q for i, q in enumerate(paras) if i not in drop]


def _one_pass(
    body: str, record_title: str | None, record_deck: str | None = None, *, repair: bool = True
) -> _Pass:
    removed: list[Removed] = []
    text = repair_characters(body) if repair else body
    paras = split_paragraphs(text, removed)
    wire = "<" in text and not holds_markup(text)  # "Acme Co <ACW>", "<Acme Ltd>"
    for para in paras:
        if wire:
            para.text, tickers = unbracket_companies(para.text)
            removed.extend(Removed("ticker", t) for t in tickers)
        para.text = fix_punctuation_spacing(para.text)
    p = _Pass(paras=paras, removed=removed)
    start = _header(p, record_title, record_deck)
    _strip_boilerplate(p, start)
    p.paras = rejoin_broken(p.paras)
    return p


def _text(p: _Pass) -> str:
    return "\n\n".join(q.text for q in p.paras)


def clean_record(
    record: RawRecord,
    *,
    detect_language: Detector | None = None,
    min_words: int = MIN_WORDS,
) -> CleanArticle | Rejection:
    """Clean one record; reject it when no body is left, it has fewer than ``min_words`` words
    (title included: ``too_short``) or it is not English.

    ``detect_language`` maps a text to an ISO 639-1 code ("en"), or to (code, confidence); it is
    loaded at the edge (:func:`flows.langid.load_language_detector`) and passed in. The decision
    (prose sample, English function words and wire abbreviations, texts under 20 words not
    judged) is :func:`transforms.cleaning.language.judge_language`; the detector is not run
    when English words alone decide (``english_by_words``).
    """
    record_title = clean_field(record.title)
    record_deck = clean_field(record.deck)
    body, control = strip_controls(record.body)  # e.g. "\u0000" escapes in a JSON string
    first = _one_pass(body, record_title, record_deck)
    p = first
    text = _text(p)
    removed = [*record.removed, *([control] if control else []), *first.removed]
    for _ in range(5):  # re-apply until stable: clean(clean(x)) == clean(x)
        again = _one_pass(text, first.title or record_title, record_deck, repair=False)
        new_text = _text(again)
        removed.extend(r for r in again.removed if r not in removed)
        if new_text == text:
            break
        text, p = new_text, again
    body_paras = p.paras[1:] if first.title else p.paras
    if not text.strip() or not body_paras:
        return Rejection(
            "empty_after_clean",
            f"{record.source}: no body text left after removing markup and boilerplate "
            f"({len(removed)} pieces removed); check the file holds an article",
        )
    n_words = len(text.split())
    if n_words < min_words:
        return Rejection(
            "too_short",
            f"{record.source}: {n_words} word(s) ({text[:40]!r}) is under the minimum of "
            f"{min_words} words for an article; check the file holds the article text",
        )
    if detect_language is not None:
        paragraphs = [q.text for q in body_paras]
        if not english_by_words(paragraphs):  # else English whatever the detector says
            verdict = judge_language(paragraphs, detect_language)
            if not verdict.english:
                return Rejection("not_english", f"{record.source}: {verdict.detail()}")
    return CleanArticle(
        text=text,
        title=first.title,
        byline=clean_field(record.byline) or first.byline,
        published=normalise_date(record.published) or first.published,
        publisher=clean_field(record.publisher) or first.publisher,
        removed=tuple(removed),
        deck=first.deck,
    )


def reclean(record: RawRecord, article: CleanArticle) -> RawRecord:
    """The record to clean again (idempotence): its fields, the cleaned text and found title."""
    return replace(record, body=article.text, title=article.title or record.title)
