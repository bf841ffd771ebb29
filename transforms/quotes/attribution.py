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

from transforms.quotes.frames import SENT_END, TokenIndex, noun_tagged_cue
from transforms.quotes.lexicon import CUE_LEMMAS, WEAK_CUE_LEMMAS
from transforms.quotes.source_phrases import according_to, speech_noun_owner, words_of

ADJACENT = 4
_SUBJ = frozenset(("nsubj", "nsubjpass", "csubj"))
_CLIMB = frozenset(("conj", "advcl", "xcomp", "pcomp", "acl", "dep"))
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


def _verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_[:2] == "VB"


def is_cue(tok: Token, *, adjacent: bool = False) -> bool:
    """A reporting verb ("said", "told", "tweeted" …), not its noun homograph.

    Next to the quotation (``adjacent``) weak cues ("agreed") and any other full verb
    ("barked", "beamed") count too.
    """
    lemma = tok.lemma_.lower()
    if lemma in CUE_LEMMAS:
        return _verbal(tok)
    if not adjacent or not tok.text[:1].isalpha():
        return False
    return (lemma in WEAK_CUE_LEMMAS and _verbal(tok)) or tok.pos_ == "VERB"


def _agent(verb: Token) -> Token | None:
    """The ``X`` of a passive ``… was asked by X``."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def subject_of(verb: Token, index: TokenIndex | None = None) -> Token | None:
    """The speaker-subject of a cue verb, climbing over ``adding``/``and said``/``who said``.

    A passive cue with an agent ("was asked by X") gives the agent. Subjects inside a quotation
    are skipped (the parser often attaches the quoted clause to the cue). A proper noun parsed as
    a compound of the verb ('"…," Roe joked') is taken as its subject. A cue coordinated with a
    lower clause ("X said it was early but added") climbs on to the reporting verb above it, and
    a participle hung on a noun ("issued a statement saying") to the verb governing the noun.
    """
    v = verb
    for _ in range(6):
        if index is not None and index.quoted(v.idx):
            break
        for c in v.children:
            if c.dep_ not in _SUBJ or (index is not None and index.quoted(c.idx + len(c) - 1)):
                continue
            if not _wordy(c):
                continue
            if c.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                return c  # "X, who said": the relative pronoun, resolved to X by the caller
            if c.dep_ == "nsubjpass":
                return _agent(v) or c
            if v is not verb and verb.dep_ == "conj" and v.lemma_.lower() not in CUE_LEMMAS:
                above = _reporting_ancestor(v)
                if above is not None:
                    v = above
                    break
            return c
        else:
            if _verbal(v):
                lost = [c for c in v.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if lost and (index is None or not index.quoted(lost[-1].idx)):
                    return lost[-1]
            if (
                v.dep_ == "acl"
                and v.tag_ == "VBN"
                and any(c.dep_ == "agent" or c.lower_ == "as" for c in v.children)
            ):
                break  # "X, once hailed as …": X is spoken about, not speaking
            if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ == "NOUN":
                gov = _governing_verb(v.head)
                if gov is not None:
                    v = gov
                    continue
            if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                return v.head
            if v.dep_ in _CLIMB and v.head.i != v.i:
                if v is verb and _content_participle(verb):
                    v = v.head.head  # "X said [A], calling it B": X calls, not A's subject
                    continue
                v = v.head
                continue
            if not _verbal(v) and v.dep_ in ("dobj", "attr", "pobj", "prep") and v is not verb:
                v = v.head  # "X adopted an accent and joked": conj hung on the object
                continue
            break
    if verb.tag_ == "VBG":
        return _participle_subject(verb, index)
    return None


def _inverted_subject(verb: Token, stop: int, *, right_after: bool = False) -> Token | None:
    """``said X``: the noun phrase right after the verb (before token ``stop``).

    ``right_after``: the verb directly follows the quotation ('"…," added a senior aide'), where
    the parser often labels the inverted subject as an object."""
    objects = ("dative",) if right_after else ("dobj", "dative")
    if verb.dep_ in ("amod", "compound") or any(c.dep_ in objects for c in verb.children):
        return None
    skip = ("npadvmod", "pobj") if right_after else ("npadvmod", "pobj", "dobj")
    for t in verb.doc[verb.i + 1 : min(stop, verb.i + 8)]:
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in skip:
            while t.dep_ == "compound" and t.head.i > t.i and t.head.i < stop:
                t = t.head
            return t
        if t.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "ADV") and t.text != ",":
            break
    return None


def _participle_subject(verb: Token, index: TokenIndex | None) -> Token | None:
    """``X …, telling the crowd, "…"``: the first subject of the sentence before the verb."""
    doc = verb.doc
    found = None
    for i in range(verb.i - 1, max(-1, verb.i - 40), -1):
        t = doc[i]
        if t.text in SENT_END or (index is not None and index.quoted(t.idx)):
            break
        if t.dep_ in _SUBJ and t.tag_ not in ("WP", "WDT", "EX") and _wordy(t):
            found = t
    return found


def _wordy(t: Token) -> bool:
    """A word, or a percent sign with its number ("[85%] of voters said")."""
    return any(ch.isalnum() for ch in t.text) or (
        t.text == "%" and any(c.like_num for c in t.children)
    )


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
        subj = _inverted_subject(tok, stop, right_after=right_after)
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
    while not _verbal(verb) and verb.head.i != verb.i and verb.head.i >= seg:
        verb = verb.head
    if not _verbal(verb) or verb.i < seg or verb.i >= before.stop or index.quoted(verb.idx):
        verb = next(
            (
                doc[i]
                for i in range(before.stop - 2, seg - 1, -1)
                if _verbal(doc[i]) and doc[i].pos_ != "PART"
            ),
            None,
        )
    owner = speech_noun_owner(verb if verb is not None else doc[before.stop - 2])
    if owner is not None and owner.i >= seg:  # "Roe's reply: "…""
        return Attribution(owner.left_edge.idx, colon.idx, owner, "before")
    if verb is not None:
        subj = subject_of(verb, index) or _inverted_subject(verb, before.stop)
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


def _content_participle(verb: Token) -> bool:
    """A participle closing a reported clause ("X said [A], calling it B"): its subject is the
    reporter's, not the clause's."""
    head = verb.head
    # "remember [X going on TV], declaring …": a bare gerund clause; X declares
    bare = head.tag_ == "VBG" and not any(c.dep_ == "aux" for c in head.children)
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > head.i
        and head.dep_ == "ccomp"
        and not bare
        and head.head.i < head.i
        and head.head.lemma_.lower() in CUE_LEMMAS
        and _verbal(head.head)
        and "\n" not in verb.doc.text[head.head.idx : verb.idx]
    )


def _reporting_ancestor(tok: Token) -> Token | None:
    """The nearest reporting verb above ``tok`` within three steps, if any."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in CUE_LEMMAS and _verbal(t):
            return t
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun hangs on ("issued [a statement]", "blasted out an email [to supporters]")."""
    t = noun
    for _ in range(3):
        if t.head.i == t.i:
            return None
        t = t.head
        if _verbal(t):
            return t
    return None
