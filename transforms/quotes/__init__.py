"""Quotations and reported speech with their speakers from a parsed ``Doc``.

``extract_quotes(doc, mentions=...)`` finds quotation spans (:mod:`.spans`), finds the reporting
cue and its subject in the quotation's sentence frame (:mod:`.attribution`), resolves the subject
to a name (:mod:`.speakers`, :mod:`.resolve`) and tells direct, partial and scare quotes apart
(:mod:`.kinds`). A quotation without a cue of its own inherits the speaker of the previous
attributed quotation or reported-speech clause of its paragraph, or, when it opens its paragraph,
of the paragraph before (:mod:`.inherit`); rows then pass credit on (:mod:`.credit`). Word lists
live in :mod:`.lexicon`.

Reported speech: :mod:`.reported` (and :mod:`.colon_cues`) finds the content each reporting,
belief or announcement cue governs in the parse; :mod:`.reported_rows` turns it into ``indirect``
and ``mixed`` rows beside the quotation rows (a quotation inside a mixed row stays nested in it).
Their word lists live in :mod:`.reported_lexicon`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc

from transforms.doctext import doc_text
from transforms.quotes.attribution import Attribution, find_attribution
from transforms.quotes.colon_cues import colon_relations, is_heading
from transforms.quotes.credit import back_fill_continued, credit_nested
from transforms.quotes.frames import TokenIndex, elided_cue_speaker, frame_after, frame_before
from transforms.quotes.headline_claims import credit_headline_claims
from transforms.quotes.headline_sources import headline_source
from transforms.quotes.inherit import Attributions, inherited
from transforms.quotes.kinds import (
    is_label,
    is_title,
    last_char,
    prefer_after,
    quote_kind,
    title_case,
)
from transforms.quotes.loose_fragments import demote_loose_partials
from transforms.quotes.reported import find_reported
from transforms.quotes.reported_rows import reported_rows
from transforms.quotes.resolve import MentionIndex, Speaker
from transforms.quotes.spans import QuoteSpan, find_quote_spans, paragraphs_of
from transforms.quotes.speakers import looks_like_name, speaker_for
from transforms.quotes.title_lists import title_list_members
from transforms.types import Mention, Quote

__all__ = ["QuoteSpan", "extract_quotes", "find_quote_spans"]

_LOOSE_END = frozenset(",?!…—–-")
_DASHES = frozenset(("—", "–", "―", "-"))
BLOCK_MIN_WORDS = 8  # an unmarked paragraph after "X wrote:" this long is a block quote
FRAGMENT_MAX_WORDS = 2  # a quoted fragment this short needs a cue of its own to be speech
SHORT_FRAME = 5  # a frame after a full stop this short may still attribute (“…” He said.)


def extract_quotes(doc: Doc, *, mentions: Sequence[Mention] = ()) -> list[Quote]:
    """Quotations in ``doc`` (offsets exclude the marks) with speaker, cue and kind.

    ``mentions`` are the article's named-entity mentions; a speaker's name is the ``name`` of the
    mention it resolves to. The speaker is None when no attribution is found. Besides quotations
    in marks, a paragraph introduced by an attributed paragraph ending with a colon is returned as
    a ``block`` quotation.
    """
    text = doc_text(doc)
    spans = find_quote_spans(text)
    ex = _Extractor(doc, text, spans, mentions)
    out = [ex.quote(k, q) for k, q in enumerate(spans)]
    back_fill_continued(spans, out)
    blocks = ex.blocks() if ":\n" in text else []
    attributed = {
        q.open_start: (r.speaker_start, r.speaker_end, ex.cue_at[q.open_start])
        for q, r in zip(spans, out, strict=True)
        if r.kind == "direct"
        and r.cue
        and r.speaker_start is not None
        and r.speaker_end is not None
        and q.open_start in ex.cue_at
    }
    reported = ex.reported(blocks, attributed)
    credit_nested(out, reported)
    cue_at = {q.start: ex.cue_at[q.open_start] for q in spans if q.open_start in ex.cue_at}
    demote_loose_partials(doc, out, reported, cue_at)
    credit_headline_claims(doc, out, reported)
    return sorted(out + blocks + reported, key=lambda q: q.start)


class _Extractor:
    """Per-document state: lookups, resolved speakers so far, cues already used."""

    def __init__(
        self, doc: Doc, text: str, spans: list[QuoteSpan], mentions: Sequence[Mention]
    ) -> None:
        self.text = text
        self.spans = spans
        quoted = [(q.open_start, q.close_end) for q in spans]
        self.index = TokenIndex(doc, quoted)
        self.mindex = MentionIndex(doc, mentions, text=text)
        self.mindex.set_quoted(quoted)
        self.attrs = Attributions(self.index, self.mindex)
        # a frame after a quotation stops at the next one, but not at a word or two quoted
        # inside a phrase ('"…," Roe, wearing a "Vote Baker" badge, said')
        self.opens = {q.open_start for q in spans if not _inline_name(text, q)}
        self.done: list[tuple[QuoteSpan, Speaker | None]] = []
        self.used: set[int] = set()
        self.partials: list[tuple[int, int, Speaker]] = []  # (cue start, mark, speaker)
        self.cue_at: dict[int, int] = {}  # opening mark -> start of its quotation's own cue
        self.title_lists = title_list_members(text, spans)

    def _frames(self, k: int, q: QuoteSpan) -> tuple[range, range, bool | None]:
        text, index = self.text, self.index
        floor = q.para_start
        if k and self.spans[k - 1].para_start == q.para_start:
            floor = max(floor, self.spans[k - 1].close_end)
        prefer = prefer_after(text, q)
        before = frame_before(index, q.open_start, floor)
        prev_para = _previous_paragraph(text, q.para_start)
        if _colon_paragraph_before(text, q, before, prev_para) and prev_para is not None:
            before = frame_before(index, prev_para[1], prev_para[0])
        after = frame_after(index, q.close_end, q.para_end, self.opens) if q.closed else range(0)
        if prefer is None and len(after) > SHORT_FRAME:
            after = range(0)
        return before, after, prefer

    def _speaker(
        self, attr: Attribution | None, before: range
    ) -> tuple[Speaker | None, str | None]:
        """Speaker and cue of a found attribution (or of a cue whose subject the parse lost)."""
        if attr is None:
            return None, None
        cue = self.text[attr.cue_start : attr.cue_end]
        if attr.speaker is not None:
            self.used.add(attr.cue_start)
            tok = attr.speaker
            return speaker_for(tok, self.mindex, self.attrs.before(tok.idx)), cue
        if before:  # the last name before the cue in the frame
            m = self.mindex.last_person(self.index.starts[before.start], attr.cue_start)
            if m is not None:
                return Speaker(m.start, m.end, m.name, m.label), cue
        return None, None

    def _elided(self, after: range) -> Speaker | None:
        """'"…," Jane Roe, a former official.' / '"…" ― Jane Roe': a name with no verb."""
        np = elided_cue_speaker(self.index, after)
        if np is None:
            return None
        m = self.mindex.at(*np)
        if m is not None and m.label == "PERSON" and m.end <= np[1]:
            return Speaker(m.start, m.end, m.name, m.label)
        phrase = self.text[np[0] : np[1]]
        return (
            Speaker(np[0], np[1], phrase, "PERSON")
            if m is None and looks_like_name(phrase)
            else None
        )

    def _topic(self, q: QuoteSpan) -> Speaker | None:
        """'Roe continued her remarks. "…"': the person the sentence before the quotation is
        about (its main subject), when that sentence is in the same paragraph or, for a
        quotation opening its paragraph, ends the previous one."""
        text, index = self.text, self.index
        lead = text[q.para_start : q.open_start].rstrip()
        if lead and lead[-1] not in ".!?:\"”’'":
            return None  # only a quotation that starts its own sentence
        i = index.last_before(q.open_start)
        while i >= 0 and index.doc[i].is_space:
            i -= 1
        if i < 0:
            return None
        tok = index.doc[i]
        if tok.idx < q.para_start and q.open_start != q.para_start:
            return None
        prev_para = _previous_paragraph(text, q.para_start)
        if tok.idx < q.para_start and (prev_para is None or tok.idx < prev_para[0]):
            return None
        if self.index.quoted(tok.idx):
            return None
        root = tok.sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.index.quoted(subj.idx):
            return None
        m = self.mindex.at(subj.idx, subj.idx + len(subj))
        if m is None and subj.lower_ not in ("he", "she"):
            return None
        if m is not None and m.label != "PERSON":
            return None
        spk = speaker_for(subj, self.mindex, self.attrs.before(subj.idx))
        return spk if spk.name is not None else None

    def quote(self, k: int, q: QuoteSpan) -> Quote:
        """The Quote row of span ``k``: kind, speaker and cue."""
        text, index = self.text, self.index
        before, after, prefer = self._frames(k, q)
        loose = last_char(text, q) in _LOOSE_END
        attr = find_attribution(
            index,
            before,
            after,
            prefer_after=bool(prefer),
            loose_after=loose,
            strong_before=last_char(text, q) in "?!",
        )
        speaker, cue = self._speaker(attr, before)
        dash_after = text[q.close_end : q.close_end + 2].strip()[:1] in _DASHES
        if speaker is None and after and (prefer or dash_after):
            speaker = self._elided(after)
        if speaker is None:
            prev_para = _previous_paragraph(text, q.para_start)
            speaker = inherited(q, self.done, self.attrs, prev_para, self.used)
        if speaker is None:
            speaker = self._topic(q)
        title = k in self.title_lists or is_title(text, q, index) or is_label(text, q)
        if title:
            speaker, cue, attr = None, None, None  # a title of a work, not speech
        self.done.append((q, speaker))
        self.attrs.add(speaker)
        cue_after = attr is not None and attr.position == "after" and cue is not None
        has_speaker = speaker is not None
        kind = "scare" if title else quote_kind(text, q, has_speaker, index, cue_after=cue_after)
        if kind == "partial" and _loose_fragment(text[q.start : q.end], cue):
            kind, speaker, cue, attr = "scare", None, None, None
        if attr is not None and cue is not None:
            self.cue_at[q.open_start] = attr.cue_start
        if kind == "partial" and attr is not None and cue is not None and speaker is not None:
            self.partials.append((attr.cue_start, q.open_start, speaker))
        return _row(text, q.start, q.end, kind, speaker, cue)

    def reported(
        self, blocks: list[Quote], attributed: dict[int, tuple[int, int, int]]
    ) -> list[Quote]:
        """Indirect and mixed rows (:mod:`.reported`, :mod:`.reported_rows`); ``attributed``:
        the speaker offsets and cue start of quotations attributed by a cue of their own, by
        opening mark."""
        quoted = sorted(
            [(q.open_start, q.close_end) for q in self.spans] + [(b.start, b.end) for b in blocks]
        )
        rows = reported_rows(
            self.text,
            find_reported(self.index, self.text, self.partials)
            + colon_relations(self.index, self.text)
            + headline_source(self.index, self.text),
            quoted,
            self.mindex,
            self.attrs.before,
            attributed=attributed,
        )
        return [_row(self.text, s, e, kind, spk, cue) for s, e, kind, spk, cue in rows]

    def blocks(self) -> list[Quote]:
        """Unmarked paragraphs quoted after an attributed paragraph ending with a colon."""
        text, out = self.text, []
        paras = paragraphs_of(text)
        for (p0, p1), (b0, b1) in pairwise(paras):
            if text[p1 - 1] != ":" or len(text[b0:b1].split()) < BLOCK_MIN_WORDS:
                continue
            if self.index.quoted(b0) or any(q.para_start == b0 for q in self.spans):
                continue
            if text[b0] in "\"“”'‘’`«":
                continue
            if is_heading(text[p0 : p1 - 1]):
                continue  # "CORRECTION:" above a notice
            before = frame_before(self.index, p1, p0)
            attr = find_attribution(self.index, before, range(0), prefer_after=False)
            speaker, cue = self._speaker(attr, before)
            if speaker is not None and speaker.name is not None:
                out.append(_row(text, b0, b1, "block", speaker, cue))
        return out


INLINE_MAX_WORDS = 3


def _inline_name(text: str, q: QuoteSpan) -> bool:
    """A title-case quotation of a word or two inside a phrase (a name): a word before its
    opening mark and a word after its closing mark, with a space on both sides ('a "Vote Baker"
    badge')."""
    quoted = text[q.start : q.end]
    if not q.closed or len(quoted.split()) > INLINE_MAX_WORDS or not title_case(quoted):
        return False
    o, c = q.open_start, q.close_end
    return (
        o >= q.para_start + 2
        and text[o - 1] == " "
        and text[o - 2].isalpha()
        and c + 1 < q.para_end
        and text[c] == " "
        and text[c + 1].isalpha()
        and text[q.end - 1].isalnum()
    )


def _loose_fragment(quoted: str, cue: str | None) -> bool:
    """A quoted word or two that is a name or title ("NBC's “Today”") or has no cue of its
    own (only a speaker carried over from earlier in the paragraph): a scare quote, not speech
    (inside a reported clause it becomes that clause's ``partial`` again)."""
    words = quoted.split()
    if len(words) > FRAGMENT_MAX_WORDS:
        return False
    return cue is None or all(w[:1].isupper() for w in words if w[:1].isalpha())


def _row(
    text: str, start: int, end: int, kind: str, speaker: Speaker | None, cue: str | None
) -> Quote:
    return Quote(
        start,
        end,
        text[start:end],
        kind,
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=cue,
    )


def _colon_paragraph_before(
    text: str, q: QuoteSpan, before: range, prev_para: tuple[int, int] | None
) -> bool:
    """Whether the quotation opens its paragraph after a paragraph ending with a colon."""
    return (
        not before
        and q.open_start == q.para_start
        and prev_para is not None
        and not q.continued
        and text[prev_para[1] - 1] == ":"
    )


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    """``(start, end)`` of the non-empty line before the one starting at ``para_start``."""
    e = para_start
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e == 0:
        return None
    s = text.rfind("\n", 0, e) + 1
    return s, e
