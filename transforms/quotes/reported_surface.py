"""Reports read from the word order when the parse lost them.

The small parser often hangs a closing reporting clause on a word of the report itself: "[A],
court records obtained by the paper show." makes "show" a noun object of "by", "[A], a poll by
the county finds, …" makes "finds" a relative clause of A's last noun. The words still say
what they say: a sentence that ends with a comma, a noun phrase and a verb of saying (with
only adverbs, times and prepositional phrases after it) reports the clause before the comma.

:func:`surface_report` reads that order (:mod:`.reported` takes it when the cue's parse gave no
relation or a part of it):

- the cue is a form of a verb of :data:`.reported_lexicon.CLAUSE_VERBS` that can be finite
  (not a participle or a gerund; "show" tagged as a noun counts);
- between the comma and the cue: a noun phrase (nouns, names, pronouns, their determiners and
  modifiers, a participle phrase "records obtained by the paper"), no finite verb, no relative
  word, no quotation mark; an auxiliary may stand right before the cue ("officials have said");
- after the cue up to the next comma or the sentence end: no verb, only adverbs, times and
  prepositional phrases (no object: "adults bemoaned the demise …"); after that comma only an
  apposition opening with a determiner (", a result that …");
- before the comma, from the sentence start: a clause with a finite verb and no quotation mark
  (a quotation is a direct quote's business), not opening with a subordinator or preposition
  ("After the crash that followed, …").

"[A], (as) X noted, [B]" (the cue clause inside the sentence) gives both pieces when B goes on
with a finite verb (not "…, adding that …", not a phrase "by X"), A does not end on a
subordinator or relative word ("hints on whether, as X claim, B": B alone is the report, the
parse's), A is a noun phrase when B has no subject of its own ("[Farmers], X notes,
[welcome …]"), and, without "as", the cue is a verb whose subject names people.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Token

from transforms.quotes.reported_content import is_people
from transforms.quotes.reported_lexicon import CLAUSE_VERBS, verb_lemma

_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_CUE_TAGS = frozenset(("VBD", "VBZ", "VBP", "VB", "NN", "NNS"))
_NOUNS = frozenset(("NOUN", "PROPN", "PRON"))
_HEADS = _NOUNS | {"NUM"}
_SUBJECT_POS = frozenset(
    ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP", "PART", "CCONJ", "PUNCT", "ADV", "VERB")
)
_RELATIVE = frozenset(("that", "who", "which", "whom", "whose", "where", "when", "if"))
_AFTER_POS = frozenset(("ADV", "ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT", "PART"))
_OPENERS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"))
_TIMES = frozenset(("DATE", "TIME"))
_BARE_CUES = frozenset(("show", "say", "suggest", "indicate", "find", "reveal", "confirm"))
_ONE = frozenset(("NN", "NNP"))
_CIRCUMSTANCE = frozenset(("while", "as", "before", "after", "until", "since"))
_MAX_SUBJECT = 14


def _quote_mark(t: Token) -> bool:
    return t.is_quote or t.text in ("''", "``")


def _subject_head(toks: list[Token], cue: Token) -> Token | None:
    """The head of the subject words ``toks``: the first one the parse hangs outside them
    ("one of the advisers" -> one), else the first noun not followed by another."""
    ids = {t.i for t in toks}
    outer = [t for t in toks if t.head.i not in ids and t.pos_ in _HEADS]
    if outer:
        head = outer[0]
        of = next((c for c in head.children if c.lower_ == "of" and c.i in ids), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return obj if head.pos_ == "NUM" and obj is not None else head  # "one of the advisers"
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else cue
        if t.pos_ in _NOUNS and (nxt.i == cue.i or nxt.pos_ not in ("NOUN", "PROPN")):
            return t
    return None


def _tail_end(cue: Token, s1: int) -> int:
    """Where the words after the cue end (the next comma or ``s1``) when they are only adverbs,
    times and prepositional phrases, else -1."""
    doc = cue.doc
    k = cue.i + 1
    while k < s1 and doc[k].dep_ == "prt" and doc[k].head.i == cue.i:
        k += 1  # "pointed out"
    phrase = False  # inside a prepositional phrase: "during a tour of …"
    while k < s1 and doc[k].text != ",":
        t = doc[k]
        phrase = phrase or t.pos_ == "ADP"
        if t.pos_ not in _AFTER_POS or _quote_mark(t):
            return -1
        if not phrase and t.pos_ not in ("ADV", "PART", "PUNCT") and t.ent_type_ not in _TIMES:
            return -1  # "adults bemoaned [the demise …]": an object, no closing report
        k += 1
    return k


def _subject_before(cue: Token, s0: int) -> tuple[list[Token], int] | None:
    """The noun phrase between the comma before the cue and the cue (an auxiliary and adverbs
    right before the cue left out; a leading "as" kept), and that comma's index."""
    doc = cue.doc
    k = cue.i - 1
    while k > s0 and (doc[k].pos_ == "ADV" or (doc[k].pos_ == "AUX" and doc[k].tag_ != "VBG")):
        k -= 1  # "officials have said", "the mayor has repeatedly noted"
    subject: list[Token] = []
    while k > s0 and doc[k].text != ",":
        t = doc[k]
        if t.lower_ == "as" and doc[k - 1].text == ",":
            pass  # "[A], as X noted, [B]"
        elif (
            t.pos_ not in _SUBJECT_POS
            or t.tag_ in _FINITE
            or t.lower_ in _RELATIVE
            or _quote_mark(t)
            or (t.pos_ == "PUNCT" and t.text not in ("-", "/", "&", "."))
        ):
            return None
        subject.append(t)
        k -= 1
        if len(subject) > _MAX_SUBJECT:
            return None
    if k <= s0 or not subject or doc[k].text != ",":
        return None
    subject.reverse()
    if subject[0].lower_ == "as" and len(subject) > 1:
        subject = subject[1:]  # "[A], as X noted, [B]"
    if subject[0].pos_ not in _OPENERS or any(
        t.pos_ == "VERB" and t.tag_ != "VBN" for t in subject
    ):
        return None  # "instead of denying …", not a noun phrase
    return subject, k


def surface_report(cue: Token, s0: int, s1: int) -> tuple[list[int], Token] | None:
    """The content's token ids and the speaker (the subject's head noun) of the ``cue`` read
    from the word order of its sentence ``s0``..``s1`` (see the module note), else None:
    "[A], court records obtained by the paper show." and "[A], as X pointed out, [B]"."""
    doc = cue.doc
    if cue.tag_ not in _CUE_TAGS or verb_lemma(cue.lower_, cue.lemma_.lower()) not in CLAUSE_VERBS:
        return None
    if (
        cue.tag_ in ("NN", "VB")
        and not cue.lower_.endswith(("s", "ed"))
        and cue.lower_ not in _BARE_CUES
    ):
        return None  # a bare noun ("the claim") is no verb; a plural subject's "show" is
    if cue.pos_ == "NOUN" and doc[cue.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None  # "denials of the central claims": a noun, not "court records show"
    found = _subject_before(cue, s0)
    end = _tail_end(cue, s1)
    if found is None or end < 0:
        return None
    subject, k = found
    head = _subject_head(subject, cue)
    if any(t.pos_ == "NUM" for t in subject) and head is not None and not is_people(head):
        return None  # "[A], 15 basis points below …": a measure, not a speaker
    plural = any(t.pos_ == "CCONJ" for t in subject)  # "campaign and corporate records"
    if head is None or (not plural and cue.tag_ in ("VB", "VBP", "NN") and head.tag_ in _ONE):
        return None  # "the Daily News show on …": a singular subject takes "shows"
    content = [t for t in doc[s0:k] if not t.is_space]
    rest = [t for t in doc[end + 1 : s1] if not (t.is_space or t.is_punct)]
    if any(_quote_mark(t) for t in doc[s0:s1]):
        return None  # a quotation is a direct quote's business
    if rest and not (rest[0].pos_ == "DET" and rest[0].lower_ in ("a", "an", "the")):
        # "[A], as X pointed out, [B]": the sentence goes on after the cue clause
        verb = next((t for t in rest if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.tag_ not in _FINITE or rest[0].pos_ == "ADP":
            return None  # "…, he said, wiping sweat off …", "…, adding that …", "by X"
        if rest[0].lower_ in _CIRCUMSTANCE:
            return None  # "…, the mayor said, while the crowd cheered": when it was said
        own = any(t.pos_ in _OPENERS for t in rest if t.i < verb.i)
        if not own and any(t.tag_ in _FINITE for t in content):
            return None  # "[X was … and voters], he believes, [will warm to]": A a clause
        bare = subject[0].i == k + 1  # "[A], X noted, [B]" without "as"
        if bare and (cue.pos_ != "VERB" or not is_people(head) or head.lower_ == "you"):
            return None  # "On the November 24, News Daily show on …", "you know"
        last = content[-1] if content else None
        if last is None or last.pos_ in ("SCONJ", "ADP") or last.lower_ in _RELATIVE:
            return None  # "hints on whether, as X claim, [B]": the report is B alone
        if rest[0].pos_ == "PROPN" and doc[rest[0].i + 1].text == ",":
            return None  # "as you pointed out, Laura, …": a name addressed, an interview's
        return [t.i for t in content] + [t.i for t in doc[end + 1 : s1]], head
    if not any(t.tag_ in _FINITE for t in content) or content[0].pos_ in ("SCONJ", "ADP"):
        return None  # "After the crash that followed, adults bemoaned …": no clause before
    return [t.i for t in content], head


def within(small: Sequence[tuple[int, int]], big: Sequence[tuple[int, int]]) -> bool:
    """Whether the char spans ``small`` lie inside the spans ``big`` and cover less text (a
    parse relation cut short that a surface report contains)."""
    inside = all(any(s0 <= s and e <= e0 for s0, e0 in big) for s, e in small)
    return inside and sum(e - s for s, e in small) < sum(e - s for s, e in big)


_CLAUSE_CUE_TAGS = frozenset(("VBD", "VBZ", "VBP"))
_SUBJECT_WORDS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "SYM", "PART"))
_OPENING_RELATIVE = frozenset(("who", "which"))
_RESTRICTIVE = frozenset(("who", "which", "that"))


def following_clause(cue: Token, s0: int, s1: int) -> list[int] | None:
    """ "X brags [he has held 100 meetings]", "announced [$5 million more was being sent …]":
    the token ids of the clause right after a finite ``cue`` of its sentence ``s0``..``s1``
    ("that", a short subject, a finite verb) that the parse hung elsewhere, else None. The
    clause runs to the right edge of its verb's subtree, up to a semicolon or the comma closing
    a relative clause (", who brags [A], …") that holds the cue."""
    doc = cue.doc
    if cue.tag_ not in _CLAUSE_CUE_TAGS or cue.pos_ != "VERB":
        return None
    if verb_lemma(cue.lower_, cue.lemma_.lower()) not in CLAUSE_VERBS:
        return None
    k = cue.i + 1
    start = k
    if k < s1 and doc[k].lower_ == "that":
        k += 1
    subject = []
    while k < s1 and doc[k].pos_ in _SUBJECT_WORDS and doc[k].tag_ not in _FINITE:
        subject.append(doc[k])
        k += 1
    if not subject or len(subject) > 8 or k >= s1 or doc[k].tag_ not in _FINITE:
        return None
    if any(a.pos_ in ("NOUN", "PROPN") and b.pos_ == "PRON" for a, b in pairwise(subject)):
        return None  # "showed [the papers] he had signed": a noun and its relative clause
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in subject) or any(
        t.tag_ in ("WP", "WDT", "WP$") for t in subject
    ):
        return None  # "imagined what voters wanted": the parse's object
    verb = doc[k].head if doc[k].dep_ in ("aux", "auxpass") else doc[k]
    end = min(s1, max(verb.right_edge.i, k) + 1)  # the clause as the parse has it
    opened = cue.left_edge.i > s0 and doc[cue.left_edge.i - 1].text == ","
    relative = opened and cue.left_edge.lower_ in _OPENING_RELATIVE
    if not relative and (cue.dep_ == "relcl" or cue.left_edge.lower_ in _RESTRICTIVE):
        return None  # "pundits who maintain [their journals] were able to …": the main verb
    for j in range(k, end):
        if doc[j].text == ";" or (relative and doc[j].text == ","):
            end = j
            break
    if any(_quote_mark(t) for t in doc[start:end]):
        return None
    return list(range(start, end))
