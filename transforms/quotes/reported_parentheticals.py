"""Reported speech around a parenthetical cue, and phrases opening the sentence that the parser
hangs on the cue but that belong to its content.

- "[Farmers], Roe notes, [welcome the cheaper diesel]": a cue clause set off by commas on both
  sides, with a subject and no complement of its own, hung inside the clause it interrupts,
  reports that clause (the pieces before and after it), as a cue parsed as a parataxis does
  (:mod:`.reported`). Not a relative clause ("the mayor, who said …"), a participle ("Roe,
  speaking to reporters, …"), a subordinate clause ("…, when Roe said, …"; but "as Roe noted"
  is one), nor a cue inside another report ("…, X reported, his wife whispered: “…”").
- "[If elected], Roe said [she would …]", "[Sooner or later], Roe told reporters, [the toll
  will pay off]": a condition opening the sentence always; with a parenthetical cue any other
  phrase too, unless it says when, where or how the words were said ("On Monday", "In a
  statement", "Speaking to reporters"), is the writer's connective ("However") or
  circumstance ("As the crowd cheered", "Although …"). Before a quotation only a clause
  framing it ("When it opens, Roe said, “…”").
- "[The toll would be paid], Roe said, [by the drivers]": a phrase right after a parenthetical
  cue clause, hung on the cue, resumes the content before it (not a phrase of when, where or
  how it was said, a connective, nor a circumstance: "…, Roe said, while noting …").
- "[The toll], said Roe, [is too high]", "[Farmers], Roe noted, [welcome …]" parsed with
  "Farmers" as a second subject of the cue: a noun phrase opening the sentence, set off by a
  comma from the cue clause, is a piece of the content and the other subject (or the noun
  phrase after an inverted cue) the speaker (:func:`fronted_subject`; not before a colon:
  "Jane Roe, union chair said: …" names the speaker).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from transforms.quotes.reported_content import cue_lemma, is_verbal, subtree_ids
from transforms.quotes.reported_lexicon import CLAUSE_VERBS, MEDIUM_NOUNS
from transforms.quotes.reported_prepositions import words

_HUNG = frozenset(("ccomp", "appos", "advcl", "relcl", "acl", "conj", "dep"))
_SETS_OFF = frozenset((",", "—", "–", "--"))
_RELATIVE_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
_COMPLEMENTS = frozenset(("ccomp", "xcomp", "csubj"))
_FRONTED = frozenset(("advcl", "prep", "advmod", "npadvmod", "dep"))
_CONDITIONS = words("if unless")
# subordinate clauses that frame a quotation's content too ("When it opens, Roe said, “…”")
_FRAMING = _CONDITIONS | words("when whenever whether once until")
# the writer's connectives and circumstances, not the speaker's words
_CONNECTIVES = words(
    """however meanwhile moreover furthermore nevertheless nonetheless still also then later
    now yet besides likewise similarly thus therefore hence indeed"""
)
_CIRCUMSTANCE_MARKS = words("as although though while whereas since")
# words of a phrase that only links its clause to the text before ("In addition,", "But,", "In
# fact,", "while"): the connectives, the coordinators and the nouns of "in addition", "in fact",
# "in contrast", "in turn", "in short", "in sum", "in other words"
_LINKING_WORDS = _CONNECTIVES | words(
    "but and or nor so while whereas instead too even in addition fact contrast turn short sum other words"
)
_TIME_ENTS = frozenset(("DATE", "TIME"))


def interrupted_clause(verb: Token) -> list[int]:
    """The token ids of the clause a parenthetical cue ``verb`` interrupts, less the cue
    clause; empty when ``verb`` is no such cue."""
    if verb.dep_ not in _HUNG or verb.head.i == verb.i or cue_lemma(verb) not in CLAUSE_VERBS:
        return []
    doc = verb.doc
    subj = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subj and verb.tag_ == "VBD":  # "…, said Roe and others, …"
        subj = [c for c in verb.rights if c.dep_ in ("nsubj", "dobj") and c.pos_ == "PROPN"]
    if len(subj) != 1 or subj[0].tag_ in _RELATIVE_TAGS or subj[0].lower_ == "that":
        return []
    left, right = min(subj[0].left_edge.i, verb.i), verb.right_edge.i  # the cue clause
    if left == 0 or right + 1 >= len(doc):
        return []
    if doc[left - 1].text not in _SETS_OFF or doc[right + 1].text not in _SETS_OFF:
        return []
    kids = list(verb.children)
    if any(c.dep_ in _COMPLEMENTS for c in kids):
        return []
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in kids):
        return []  # "…, when Roe said, …"
    head = verb.head
    while not is_verbal(head) and head.head.i != head.i:
        head = head.head
    if any(
        c.dep_ == "ccomp" and any(doc[k].is_quote for k in range(head.i, c.left_edge.i + 1))
        for c in head.children
    ):
        return []  # "…, X reported, his wife whispered: “…”": a report of its own
    own = {t.i for t in verb.subtree if left <= t.i <= right}
    for c in verb.lefts:  # a phrase before the cue clause hung on the cue
        if c.i < left and not _content_phrase(c, parenthetical=True, quotation=False):
            own.update(t.i for t in c.subtree)
    return [i for i in subtree_ids(head) if i not in own]


def fronted_ids(verb: Token, ids: list[int]) -> list[int]:
    """The phrases opening the sentence, hung on the cue ``verb`` before its subject, that
    belong to its content ``ids`` after it."""
    if not ids or min(ids) <= verb.i:
        return []
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    k = min(ids) - 1
    while k > verb.i and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    parenthetical = doc[k].text == ","
    quotation = any(doc[j].is_quote for j in range(k + 1, min(ids) + 1))
    out: list[int] = []
    for c in verb.lefts:
        if c.dep_ not in _FRONTED or c.i >= subj.left_edge.i:
            continue
        if not any(doc[j].text == "," for j in range(c.right_edge.i + 1, subj.left_edge.i)):
            continue
        if _content_phrase(c, parenthetical, quotation):
            out.extend(t.i for t in c.subtree)
    return out


def _content_phrase(c: Token, parenthetical: bool, quotation: bool) -> bool:
    """Whether the phrase ``c`` opening a sentence belongs to the content of the cue it is
    hung on (see the module doc)."""
    marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
    if marks & _CONDITIONS or (parenthetical and marks & _FRAMING):
        return True
    if not parenthetical or quotation or marks & _CIRCUMSTANCE_MARKS:
        return False
    return c.lower_ not in _CONNECTIVES and not _how_said(c)


def _how_said(c: Token) -> bool:
    """ "On Monday", "In a statement", "Speaking to reporters": when, where or how the cue's
    words were said, not part of them."""
    if any(t.ent_type_ in _TIME_ENTS for t in c.subtree):
        return True
    if (
        c.dep_ == "advcl"
        and c.tag_ in ("VBG", "VBN")
        and not any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)
    ):
        return True  # "Speaking to reporters", "Asked about it"
    return c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS for g in c.children
    )


_RESUMING = frozenset(("prep", "advcl", "npadvmod", "advmod", "pcomp"))


def resumed_ids(verb: Token, ids: list[int]) -> list[int]:
    """ "[The plan would be aided], Roe said, [by the new budget]": a phrase after a
    parenthetical cue clause that the parser hangs on the cue, when the content runs on before
    it; not a phrase of when, where or how it was said ("…, Roe said on Monday"), nor a
    circumstance ("…, Roe said, while noting …")."""
    if not ids or max(ids) >= verb.i:
        return []
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    left = min(subj.left_edge.i, verb.i)
    if left == 0 or doc[left - 1].text != "," or max(ids) >= left:
        return []
    right = max(verb.i, subj.right_edge.i)
    if right + 1 >= len(doc) or doc[right + 1].text != ",":
        return []
    after = next((c for c in verb.rights if c.i > right + 1), None)
    if after is None or after.left_edge.i != right + 2 or after.dep_ not in _RESUMING:
        return []
    if after.is_quote or _how_said(after) or after.lower_ in _CONNECTIVES:
        return []
    if any(g.dep_ == "mark" and g.lower_ in _CIRCUMSTANCE_MARKS for g in after.children):
        return []  # "…, Roe said, while noting that …": the writer's circumstance
    return [t.i for t in after.subtree]


def linking_only(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are only a connective and punctuation ("In addition,", "But",
    "while"): the writer's link to the text before, never content of their own."""
    return all(t.is_punct or t.is_space or t.lower_ in _LINKING_WORDS for t in tokens)


_SPEAKER_POS = frozenset(("PROPN", "NOUN", "PRON"))
_CUE_TAIL = frozenset(("prt", "advmod", "npadvmod", "dative", "dobj"))


def fronted_subject(verb: Token) -> tuple[list[int], Token] | None:
    """ "[Farmers], Roe noted, [welcome the cheaper diesel]", "[The toll], said Roe, [will
    pay off]", "[Ohio], as Roe pointed out, [rarely …]": a noun phrase opening the sentence,
    set off by a comma from the cue clause after it, that the parser takes for a subject of the
    cue (beside the speaker, or before an inverted speaker); the phrase's token ids (a piece of
    the content) and the speaker token. None when ``verb`` is no such cue."""
    if cue_lemma(verb) not in CLAUSE_VERBS:
        return None
    doc = verb.doc
    subjs = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjs or len(subjs) > 2 or subjs[0].tag_ in _RELATIVE_TAGS:
        return None
    first = subjs[0]
    stop = subjs[1].left_edge.i if len(subjs) == 2 else verb.i
    comma = next((k for k in range(first.i + 1, stop) if doc[k].text in _SETS_OFF), None)
    if comma is None or comma == first.left_edge.i:
        return None
    if len(subjs) == 2:  # "[A], Roe noted, …", "[A], as Roe noted, …"
        speaker = subjs[1]
        if any(not (t.is_punct or t.lower_ == "as") for t in doc[comma + 1 : speaker.left_edge.i]):
            return None
        if speaker.tag_ in _RELATIVE_TAGS or speaker.lower_ == "that":
            return None
        if not (
            speaker.pos_ == "PRON"
            or speaker.ent_type_ == "PERSON"
            or any(c.dep_ in ("det", "poss", "prep") for c in speaker.children)
        ):
            return None  # "Jane Roe, Acme Union chair said": a name and a bare title
        if any(t.is_punct for t in doc[speaker.right_edge.i + 1 : verb.i]):
            return None
        end = verb.i
    else:  # "[A], said Roe, …": the speaker is the noun phrase after the verb
        if any(not t.is_punct for t in doc[comma + 1 : verb.i]):
            return None
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        speaker = next(
            (
                c
                for c in verb.rights
                if c.dep_ in ("dobj", "nsubj")
                and c.pos_ in _SPEAKER_POS
                and c.left_edge.i == verb.i + 1
            ),
            None,
        )
        if (
            speaker is None
            and after is not None
            and after.pos_ == "PROPN"
            and after.head.head.i == verb.i
            and after.head.dep_ == "ccomp"
        ):  # "…, said Roe, would be …": the parser takes Roe for the subject of the rest
            speaker = after
            while speaker.dep_ == "compound" and speaker.head.i > speaker.i:
                speaker = speaker.head
            if speaker.dep_ != "nsubj":
                return None
        if speaker is None:
            return None
        end = speaker.right_edge.i
        while end > speaker.i and doc[end].is_punct:
            end -= 1  # "…, said Roe and others, …" with the comma hung on the speaker
    k = end + 1  # past a particle, adverb or addressee of the cue ("pointed out", "told us")
    while k < len(doc) and doc[k].head.i == verb.i and doc[k].dep_ in _CUE_TAIL:
        k = doc[k].right_edge.i + 1
    if k < len(doc) and (not doc[k].is_punct or doc[k].text == ":"):
        return None  # the cue clause is set off on its right too (or ends the sentence);
        # before a colon, the noun phrase is the speaker's name ("Jane Roe, the chair, said:")
    start = first.left_edge.i
    if any(not (t.is_punct or t.is_space or t.dep_ == "cc") for t in doc[verb.sent.start : start]):
        return None  # the phrase opens the sentence
    return list(range(start, comma)), speaker
