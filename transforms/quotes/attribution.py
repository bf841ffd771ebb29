"""Attribution of one quotation: the reporting cue next to it and the cue's subject (the speaker).

Works on the dependency parse of the caller's ``Doc`` and only looks at the *frame* of a
quotation: the words of its sentence outside the marks, before the opening mark (back to a sentence
end, the previous quotation or the paragraph start) and after the closing mark (up to a sentence
end, the next quotation or the paragraph end). Constructions: ``"…," X said`` / ``said X`` /
``X said: "…"`` / ``X, a long apposition, told Y`` / ``according to X`` / ``X, who said …`` /
``X said, adding "…"``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from transforms.quotes.cue_subjects import inverted_subject, subject_of, verbal
from transforms.quotes.frames import TokenIndex, noun_tagged_cue
from transforms.quotes.lexicon import CUE_LEMMAS, WEAK_CUE_LEMMAS
from transforms.quotes.source_phrases import according_to, speech_noun_owner, words_of

ADJACENT = 4
_NP_POS = frozenset(("PROPN", "PRON", "NOUN", "DET", "ADJ", "NUM", "PUNCT", "ADV"))
_PUNCT = frozenset(("PUNCT", "SPACE"))
_GAP_POS = frozenset(("PUNCT", "PART", "ADV", "ADP"))
_DASH_TOKENS = frozenset(("-", "—", "–", "―", "--"))
_GOVERNING = CUE_LEMMAS | WEAK_CUE_LEMMAS


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue (token range) and the token heading its speaker noun phrase."""

    cue_start: int  # char offsets of the cue as written
    cue_end: int
    speaker: Token | None
    position: str  # "before" or "after" the quotation


def is_cue(tok: Token, *, adjacent: bool = False) -> bool:
    """A reporting verb ("said", "told", "tweeted" …), not its noun homograph.

    Next to the quotation (``adjacent``) weak cues ("agreed") and any other full verb
    ("barked", "beamed") count too.
    """
    lemma = tok.lemma_.lower()
    if lemma in CUE_LEMMAS:
        return verbal(tok)
    if not adjacent or not tok.text[:1].isalpha():
        return False
    return (lemma in WEAK_CUE_LEMMAS and verbal(tok)) or tok.pos_ == "VERB"


def _leading_subject(frame: range, doc: Doc, cue: Token) -> Token | None:
    """``"…," Jane Roe, 58, told …``: the last word of the first noun phrase before the cue."""
    last = None
    for i in frame:
        if i >= cue.i:
            break
        t = doc[i]
        nominal = t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ", "NUM") or t.is_title
        if nominal or (last is not None and t.text in ("-", "'s", "’s")):
            last = t
            continue
        if last is not None:
            break
        if not (t.is_punct or t.pos_ == "DET"):
            return None
    if last is not None and last.pos_ == "NUM":
        return None
    return last


def _reduced_passive(verb: Token) -> bool:
    """ "X, once hailed as …": "as" but no object; X is spoken about, not speaking.

    ("She described the deal as …" has an object and stays an attribution.)"""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "dobj") for c in verb.children):
        return False
    return any(c.lower_ == "as" and c.i > verb.i and c.dep_ == "prep" for c in verb.children)


def _attribution_for(
    tok: Token,
    stop: int,
    position: str,
    *,
    adjacent: bool = False,
    index: TokenIndex | None = None,
    frame: range | None = None,
) -> Attribution | None:
    owner = words_of(tok)
    if owner is not None:  # 'in her words, "…"', 'in the words of X, "…"'
        prep = tok.head
        return Attribution(prep.idx, tok.idx + len(tok), owner, position)
    to = according_to(tok)
    if to is not None:
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None and to.i + 1 < len(tok.doc):
            obj = tok.doc[to.i + 1]
        return Attribution(tok.idx, to.idx + len(to), obj, position)
    if not is_cue(tok, adjacent=adjacent) or _reduced_passive(tok):
        return None
    subj = subject_of(tok, index)
    if (
        position == "after"
        and frame is not None
        and (subj is None or not frame.start <= subj.i < tok.i)
    ):
        subj = _leading_subject(frame, tok.doc, tok) or subj  # '"…," Roe, 58, said Monday
    if subj is None:
        right_after = frame is not None and _only(tok.doc, frame.start, tok.i, _PUNCT)
        subj = inverted_subject(tok, stop, right_after=right_after)
    return Attribution(tok.idx, tok.idx + len(tok), subj, position)


def _only(doc: Doc, i0: int, i1: int, pos: frozenset[str]) -> bool:
    """Whether every token of ``doc[i0:i1]`` has a part of speech in ``pos``."""
    return all(doc[i].pos_ in pos for i in range(i0, i1))


def _colon_attribution(index: TokenIndex, before: range) -> Attribution | None:
    """``X boomed: "…"``: the subject of the verb the frame's closing colon or dash hangs on.

    Only the words after the frame's last dash count (``Headline - Jane Roe: "…"``). Without a
    verb there, a heading name right before the colon (``Analyst Jane Roe: "…"``,
    ``More from the report: "…"``).
    """
    if not before:
        return None
    doc = index.doc
    colon = doc[before.stop - 1]
    if colon.text not in (":", "—", "–", "―"):
        return None
    seg = before.start
    for i in range(before.stop - 2, before.start - 1, -1):
        if doc[i].text in _DASH_TOKENS and i > 0 and doc[i - 1].whitespace_:
            seg = i + 1  # a spaced dash, not the hyphen of "libertarian-style"
            break
    verb = colon.head
    while not verbal(verb) and verb.head.i != verb.i and verb.head.i >= seg:
        verb = verb.head
    if not verbal(verb) or verb.i < seg or verb.i >= before.stop or index.quoted(verb.idx):
        verb = next(
            (
                doc[i]
                for i in range(before.stop - 2, seg - 1, -1)
                if verbal(doc[i]) and doc[i].pos_ != "PART"
            ),
            None,
        )
    owner = speech_noun_owner(verb if verb is not None else doc[before.stop - 2])
    if owner is not None and owner.i >= seg:  # "Roe's reply: "…""
        return Attribution(owner.left_edge.idx, colon.idx, owner, "before")
    if verb is not None:
        subj = subject_of(verb, index) or inverted_subject(verb, before.stop)
        if subj is not None:
            return Attribution(verb.idx, verb.idx + len(verb), subj, "before")
    if before.stop - 2 < seg:
        return None
    last = doc[before.stop - 2]
    after_from = any(doc[i].lower_ == "from" for i in range(seg, before.stop - 2))
    if last.pos_ == "PROPN" or last.is_title or (after_from and last.pos_ == "NOUN"):
        return Attribution(colon.idx, colon.idx + len(colon), last, "before")
    return None


def find_attribution(
    index: TokenIndex,
    before: range,
    after: range,
    *,
    prefer_after: bool,
    loose_after: bool = True,
    strong_before: bool = False,
) -> Attribution | None:
    """The cue nearest to the quotation on the preferred side, else on the other side.

    ``loose_after``: the quotation ends with "," "?" or "!" inside its marks, so any verb right
    after it ("…," she beamed) may be the cue. ``strong_before``: the quotation ends with "?" or
    "!", so a reporting verb before a colon introducing it beats a verb after it.
    """
    doc = index.doc

    bare: list[Attribution] = []  # a cue found without a subject (the parse lost it)

    def scan_after() -> Attribution | None:
        if after and doc[after.start].tag_ in ("WDT", "WP"):
            return None  # '"…," which …': the reporter's sentence goes on
        for i in after:
            a = _attribution_for(
                doc[i],
                after.stop,
                "after",
                adjacent=loose_after
                and doc[i].tag_ != "VBG"  # '"…," referencing X': the sentence goes on
                and doc[after.start].text not in _DASH_TOKENS
                and i - after.start < ADJACENT
                and _only(doc, after.start, i, _NP_POS),
                index=index,
                frame=after,
            )
            if a is not None and a.speaker is not None:
                return a
        found = noun_tagged_cue(index, after) if loose_after and after else None
        if found is None:
            return None
        cue, subj = found  # '"…," the two write': the tagger read the verb as a noun
        return Attribution(cue.idx, cue.idx + len(cue), subj, "after")

    def scan_before() -> Attribution | None:
        for i in reversed(before):
            adjacent = before.stop - i <= ADJACENT and _only(doc, i + 1, before.stop, _GAP_POS)
            adjacent = adjacent or (before.stop - i <= 3 and doc[i + 1].lower_ == "it")  # put it,
            a = _attribution_for(doc[i], before.stop, "before", adjacent=adjacent, index=index)
            if a is not None and a.speaker is not None:
                return a
            if a is not None and not bare:
                bare.append(a)
        return _colon_attribution(index, before)

    if strong_before and prefer_after and before and doc[before.stop - 1].text == ":":
        # 'X responded: "…?"': a reporting verb before its own colon wins
        for i in reversed(before):
            a = _attribution_for(doc[i], before.stop, "before", index=index)
            if a is not None and a.speaker is not None:
                return a
    if prefer_after and before:
        # 'that Roe called "distasteful," Baker …': the reporting verb right before the mark
        verb = doc[before.stop - 1]
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _GOVERNING:
            a = _attribution_for(verb, before.stop, "before", adjacent=True, index=index)
            if a is not None and a.speaker is not None:
                return a
    first, second = (scan_after, scan_before) if prefer_after else (scan_before, scan_after)
    return first() or second() or (bare[0] if bare else None)


def all_attributions(index: TokenIndex) -> list[Attribution]:
    """Every strong cue with a subject in the doc (reported speech included), in text order."""
    doc = index.doc
    out = []
    n = len(doc)
    for i in index.cue_candidates:
        tok = doc[i]
        a = _attribution_for(tok, n, "after", index=index)
        if a is not None and a.speaker is not None:
            out.append(a)
    return out
