"""Direct quotations and their speakers from a parsed ``Doc``.

``extract_quotes(doc, mentions=...)`` finds quotation spans (:mod:`.spans`), classifies them as
``direct`` / ``partial`` / ``scare``, finds the reporting cue and its subject in the quotation's
sentence frame (:mod:`.attribution`) and resolves the subject to a name (:mod:`.resolve`).
A quotation without a cue of its own inherits the speaker of the previous attributed quotation or
reported-speech clause of its paragraph, or, when it opens its paragraph, of the paragraph before.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.quotes.attribution import (
    CUE_LEMMAS,
    WEAK_CUE_LEMMAS,
    TokenIndex,
    all_attributions,
    elided_cue_speaker,
    find_attribution,
    frame_after,
    frame_before,
    noun_phrase,
)
from transforms.quotes.resolve import (
    FEMALE,
    MALE,
    PLURAL,
    MentionIndex,
    Speaker,
    resolve_descriptive,
    resolve_pronoun,
)
from transforms.quotes.spans import QuoteSpan, find_quote_spans
from transforms.types import Mention, Quote

__all__ = ["QuoteSpan", "extract_quotes", "find_quote_spans"]

_END_PUNCT = frozenset(".!?")
_REPORTING = CUE_LEMMAS | WEAK_CUE_LEMMAS
_WORK_NOUNS = frozenset(
    [
        "book",
        "memoir",
        "novel",
        "movie",
        "film",
        "play",
        "show",
        "song",
        "album",
        "column",
        "series",
        "documentary",
        "podcast",
        "painting",
        "poem",
        "musical",
        "opera",
        "episode",
    ]
)
_LOOSE_END = frozenset(",?!…—–-")
_DASHES = frozenset(("—", "–", "―", "-"))
_SOFT_END = frozenset(",?!—–-…:;")
_START_OK = frozenset(".!?:;,—–-(…")
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_PERSONAL = MALE | FEMALE | PLURAL | frozenset(("i", "you", "me", "it"))
SCARE_MAX_WORDS = 4
FULL_SENTENCE_WORDS = 5
SHORT_FRAME = 5  # a frame after a full stop this short may still attribute (\u201c…\u201d He said.)


def _from_mention(m: Mention, tok: Token, mindex: MentionIndex) -> Speaker:
    """Speaker for a mention: the comma-separated part holding ``tok`` of a run-on mention
    ("Rostov, Jane Roe"), with a one-word name widened to an earlier full name."""
    start, end, name = m.start, m.end, m.name
    if ", " in m.text and m.name == m.text:
        rel = tok.idx - m.start
        seg0 = (
            m.text.rfind(", ", 0, max(rel, 0)) + 2 if m.text.rfind(", ", 0, max(rel, 0)) >= 0 else 0
        )
        seg1 = m.text.find(", ", rel)
        seg1 = len(m.text) if seg1 < 0 else seg1
        start, end = m.start + seg0, m.start + seg1
        name = mindex.text[start:end]
    if " " not in name:
        name = mindex.full_name(name, m.label, start) or name
    return Speaker(start, end, name, m.label)


def _resolve(tok: Token, mindex: MentionIndex, speakers: list[tuple[int, str, str]]) -> Speaker:
    """The speaker mention headed by ``tok`` and its resolved name."""
    m = mindex.at(tok.idx, tok.idx + len(tok))
    if m is not None:
        return _from_mention(m, tok, mindex)
    for c in tok.children:
        if c.dep_ == "appos":
            m = mindex.at(c.idx, c.idx + len(c))
            if m is not None:
                return _from_mention(m, c, mindex)
    end = tok.idx + len(tok)
    low = tok.lower_
    if tok.pos_ == "PRON" or low in _PERSONAL:
        found = resolve_pronoun(mindex, low, tok.idx, speakers)
        if found is not None:
            mindex.learn_gender(found[0], low)
            return Speaker(tok.idx, end, found[0], found[1])
        return Speaker(tok.idx, end, None)
    # "Member of the European Parliament Jane Roe": a name inside the subject's phrase
    for t in tok.rights if tok.is_title else ():
        if t.dep_ not in ("appos", "compound", "prep") or (t.dep_ == "prep" and t.lower_ != "of"):
            continue
        m = mindex.at(t.idx, t.right_edge.idx + len(t.right_edge))
        if m is not None and m.label == "PERSON" and m.start - end < 60:
            return _from_mention(m, t, mindex)
    start, end = noun_phrase(tok)
    if tok.pos_ == "PROPN":
        found = resolve_descriptive(mindex, tok, tok.idx)
        if found is not None:
            return Speaker(start, end, found[0], found[1])
        for t in tok.rights:  # "Member of the City Council Jane Roe": the whole phrase
            if t.dep_ not in ("prep", "compound", "nmod") or t.right_edge.i - tok.i > 10:
                break
            end = t.right_edge.idx + len(t.right_edge)
        return Speaker(start, end, mindex.text[start:end])
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children)
    if definite:
        found = resolve_descriptive(mindex, tok, tok.idx)
        if found is not None:
            return Speaker(start, end, found[0], found[1])
    return Speaker(start, end, None)


def _verb_before(index: TokenIndex, q: QuoteSpan, *, through_object: bool = False) -> bool:
    """Whether the quotation is the object of the word before it: a verb or "that".

    ``through_object``: also across a short object or "as" ("called the move "…"",
    "described as "…"", "call them "…"").
    """
    i = index.last_before(q.open_start)
    doc = index.doc
    while i >= 0 and doc[i].idx >= q.para_start and doc[i].text in (",", ":"):
        i -= 1
    if i < 0 or doc[i].idx < q.para_start:
        return False
    t = doc[i]
    if t.pos_ == "AUX":
        return t.dep_ not in ("aux", "auxpass")
    if t.pos_ == "VERB" or t.lower_ == "that":
        return True
    if not through_object:
        return False
    for k in range(i, max(-1, i - 4), -1):
        t = doc[k]
        if t.idx < q.para_start:
            return False
        if t.pos_ == "VERB":
            return k < i and t.lemma_.lower() in _REPORTING
        if t.pos_ not in ("DET", "PRON", "NOUN", "PROPN") and t.lower_ not in ("as", "of"):
            return False
    return False


def _is_title(text: str, q: QuoteSpan, index: TokenIndex) -> bool:
    """A quoted title of a work: 'her memoir, "Tough Choices."', 'a play called "Sons of X"'."""
    doc = index.doc
    i = index.last_before(q.open_start)
    while i >= 0 and doc[i].text in (",", ":") and doc[i].idx >= q.para_start:
        i -= 1
    if i < 0 or doc[i].idx < q.para_start:
        return False
    t = doc[i]
    if t.lemma_.lower() in _WORK_NOUNS or t.lower_ in ("titled", "entitled"):
        return True
    if t.lower_ in ("called", "named", "dubbed"):
        words = [w for w in text[q.start : q.end].split() if w[:1].isalpha()]
        return bool(words) and all(w[0].isupper() for w in words) and t.head.pos_ == "NOUN"
    return False


def _kind(
    text: str, q: QuoteSpan, has_speaker: bool, index: TokenIndex, *, cue_after: bool = False
) -> str:
    """direct (a statement of its own), partial (a fragment in the reporter's sentence) or scare."""
    i = q.open_start - 1
    while i >= q.para_start and text[i] == " ":
        i -= 1
    before = text[i] if i >= q.para_start else ""
    j = q.close_end
    while j < q.para_end and text[j] == " ":
        j += 1
    after = text[j] if j < q.para_end else ""
    last = _last_char(text, q)
    starts_free = (
        before == ""
        or before in _START_OK
        or before in "\"“”'‘’"
        or _verb_before(index, q, through_object=has_speaker)
    )
    ends_free = (
        last in _END_PUNCT
        or last in _SOFT_END
        or after == ""
        or after in _END_PUNCT
        or after in ",;:—–―-["
        or cue_after  # '"… too" Roe said'
    )
    words = len(text[q.start : q.end].split())
    if last in _END_PUNCT and text[q.start].isupper() and words >= FULL_SENTENCE_WORDS:
        return "direct"  # a whole quoted sentence stands on its own wherever it sits
    if starts_free and ends_free and (has_speaker or words > SCARE_MAX_WORDS or last in _END_PUNCT):
        return "direct"
    if has_speaker or words > SCARE_MAX_WORDS:
        return "partial"
    return "scare"


def _last_char(text: str, q: QuoteSpan) -> str:
    """The last character of the quotation, ignoring nested closing marks (‘…,’” -> ",")."""
    k = q.end - 1
    while k > q.start and text[k] in "'’\"”":
        k -= 1
    return text[k]


def _prefer_after(text: str, q: QuoteSpan) -> bool | None:
    """Whether the cue is expected after the quotation; None when the after-frame is a new sentence."""
    last = _last_char(text, q)
    j = q.close_end
    while j < q.para_end and text[j] == " ":
        j += 1
    after = text[j] if j < q.para_end else ""
    if last in _END_PUNCT and last != "?" and last != "!":
        return None if not after.islower() else True
    return last in _SOFT_END or after == ","


class _Attributions:
    """All reporting clauses of the article, resolved to speakers lazily and in text order."""

    def __init__(self, index: TokenIndex, mindex: MentionIndex) -> None:
        self.attrs = all_attributions(index)
        self.cue_starts = [a.cue_start for a in self.attrs]
        self.mindex = mindex
        self.resolved: list[Speaker | None] = []
        self.speakers: list[tuple[int, str, str]] = []  # (position, name, label) in order

    def _advance(self, pos: int) -> None:
        while (
            len(self.resolved) < len(self.attrs) and self.attrs[len(self.resolved)].cue_start < pos
        ):
            a = self.attrs[len(self.resolved)]
            spk = None
            if a.speaker is not None and not self.mindex.quoted(a.cue_start):
                spk = _resolve(a.speaker, self.mindex, self.speakers)
            self.resolved.append(spk)
            self.add(spk)

    def add(self, spk: Speaker | None) -> None:
        """Record a resolved speaker (as a candidate for later pronouns)."""
        if (
            spk is not None
            and spk.name is not None
            and spk.label is not None
            and (not self.speakers or self.speakers[-1][0] <= spk.start)
        ):
            self.speakers.append((spk.start, spk.name, spk.label))

    def before(self, pos: int) -> list[tuple[int, str, str]]:
        """Resolved speakers of every reporting clause whose cue starts before ``pos``."""
        self._advance(pos)
        return self.speakers

    def latest(self, start: int, end: int, used: set[int]) -> tuple[int, Speaker] | None:
        """The last resolved reporting clause with its cue in ``[start, end)`` not in ``used``."""
        self._advance(end)
        i = bisect.bisect_left(self.cue_starts, end) - 1
        while i >= 0 and self.attrs[i].cue_start >= start:
            spk = self.resolved[i]
            if spk is not None and self.attrs[i].cue_start not in used:
                return self.attrs[i].cue_start, spk
            i -= 1
        return None


def _inherited(
    q: QuoteSpan,
    done: list[tuple[QuoteSpan, Speaker | None]],
    attrs: _Attributions,
    prev_para: tuple[int, int] | None,
    used: set[int],
) -> Speaker | None:
    """Speaker of an earlier attribution in the paragraph, or of the previous paragraph."""

    def latest(p0: int, p1: int) -> Speaker | None:
        best_pos, best = -1, None
        for prev, spk in reversed(done):
            if prev.start < p0:
                break
            if spk is not None and prev.start < p1:
                best_pos, best = prev.start, spk
                break
        clause = attrs.latest(p0, p1, used)
        if clause is not None and clause[0] > best_pos:
            return clause[1]
        return best

    spk = latest(q.para_start, q.open_start)
    if spk is not None:
        return spk
    if q.open_start == q.para_start and prev_para is not None:
        return latest(*prev_para)
    return None


def extract_quotes(doc: Doc, *, mentions: Sequence[Mention] = ()) -> list[Quote]:
    """Quotations in ``doc`` (offsets exclude the marks) with speaker, cue and kind.

    ``mentions`` are the article's named-entity mentions; a speaker's name is the ``name`` of the
    mention it resolves to. The speaker is None when no attribution is found.
    """
    text = doc.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    quoted = [(q.open_start, q.close_end) for q in spans]
    index = TokenIndex(doc, quoted)
    mindex = MentionIndex(doc, mentions, text=text)
    mindex.set_quoted(quoted)
    attrs = _Attributions(index, mindex)
    opens = {q.open_start for q in spans}
    done: list[tuple[QuoteSpan, Speaker | None]] = []
    used: set[int] = set()
    out: list[Quote] = []
    for k, q in enumerate(spans):
        floor = q.para_start
        if k and spans[k - 1].para_start == q.para_start:
            floor = max(floor, spans[k - 1].close_end)
        prev_para = _previous_paragraph(text, q.para_start)
        prefer = _prefer_after(text, q)
        before = frame_before(index, q.open_start, floor)
        if _colon_paragraph_before(text, q, before, prev_para):
            before = frame_before(index, prev_para[1], prev_para[0])
        after = frame_after(index, q.close_end, q.para_end, opens) if q.closed else range(0)
        if prefer is None and len(after) > SHORT_FRAME:
            after = range(0)
        loose = _last_char(text, q) in _LOOSE_END
        attr = find_attribution(index, before, after, prefer_after=bool(prefer), loose_after=loose)
        speaker: Speaker | None = None
        cue: str | None = None
        if attr is not None and attr.speaker is not None:
            speaker = _resolve(attr.speaker, mindex, attrs.before(attr.speaker.idx))
            cue = text[attr.cue_start : attr.cue_end]
            used.add(attr.cue_start)
        elif attr is not None and before:
            # a cue whose subject the parse lost: the last name before it in the frame
            m = mindex.last_person(index.starts[before.start], attr.cue_start)
            if m is not None:
                speaker = Speaker(m.start, m.end, m.name, m.label)
                cue = text[attr.cue_start : attr.cue_end]
        elif after and (prefer or text[q.close_end : q.close_end + 2].strip()[:1] in _DASHES):
            np = elided_cue_speaker(index, after)
            m = mindex.at(*np) if np is not None else None
            if m is not None and m.label == "PERSON" and m.end <= np[1]:
                speaker = Speaker(m.start, m.end, m.name, m.label)
            elif m is None and np is not None and _looks_like_name(text[np[0] : np[1]]):
                speaker = Speaker(np[0], np[1], text[np[0] : np[1]], "PERSON")
        if speaker is None:
            speaker = _inherited(q, done, attrs, prev_para, used)
        title = _is_title(text, q, index)
        if title:
            speaker, cue, attr = None, None, None  # a title of a work, not speech
        done.append((q, speaker))
        attrs.add(speaker)
        cue_after = attr is not None and attr.position == "after" and cue is not None
        kind = "scare" if title else _kind(text, q, speaker is not None, index, cue_after=cue_after)
        out.append(
            Quote(
                q.start,
                q.end,
                text[q.start : q.end],
                kind,
                speaker=speaker.name if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                cue=cue,
            )
        )
    _back_fill_continued(spans, out)
    return out


def _back_fill_continued(spans: list[QuoteSpan], out: list[Quote]) -> None:
    """A quotation over several paragraphs is attributed once, often at its end: give its
    earlier unattributed paragraphs the speaker of the paragraph that carries it on."""
    for k in range(len(spans) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if (
            spans[k].continues
            and spans[k + 1].continued
            and q.speaker_start is None
            and nxt.speaker_start is not None
        ):
            out[k] = replace(
                q, speaker=nxt.speaker, speaker_start=nxt.speaker_start, speaker_end=nxt.speaker_end
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


def _looks_like_name(phrase: str) -> bool:
    """Two to four capitalised words ("Jane Q. Roe"): a name the NER missed."""
    words = phrase.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    """``(start, end)`` of the non-empty line before the one starting at ``para_start``."""
    e = para_start
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e == 0:
        return None
    s = text.rfind("\n", 0, e) + 1
    return s, e
