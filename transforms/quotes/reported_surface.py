"""Reports read from the word order when the parse lost them.

The small parser often hangs a closing reporting clause on a word of the report itself: "[A],
court records obtained by the paper show." makes "show" a noun object of "by", "[A], a poll by
the county finds, …" makes "finds" a relative clause of A's last noun. The words still say
what they say: a sentence that ends with a comma, a noun phrase and a verb of saying (with
only adverbs, times and prepositional phrases after it) reports the clause before the comma.

:func:`closing_report` reads that order when the cue's parse gave no relation:

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
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_lexicon import CLAUSE_VERBS, verb_lemma

_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_CUE_TAGS = frozenset(("VBD", "VBZ", "VBP", "VB", "NN", "NNS"))
_NOUNS = frozenset(("NOUN", "PROPN", "PRON"))
_SUBJECT_POS = frozenset(
    ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP", "PART", "CCONJ", "PUNCT", "ADV", "VERB")
)
_RELATIVE = frozenset(("that", "who", "which", "whom", "whose", "where", "when", "if"))
_AFTER_POS = frozenset(("ADV", "ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT", "PART"))
_OPENERS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"))
_TIMES = frozenset(("DATE", "TIME"))
_BARE_CUES = frozenset(("show", "say", "suggest", "indicate", "find", "reveal", "confirm"))
_MAX_SUBJECT = 10


def _quote_mark(t: Token) -> bool:
    return t.is_quote or t.text in ("''", "``")


def _subject_head(toks: list[Token], cue: Token) -> Token | None:
    """The head noun of the subject words ``toks``: the first noun not followed by another."""
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else cue
        if t.pos_ in _NOUNS and (nxt.i == cue.i or nxt.pos_ not in ("NOUN", "PROPN")):
            return t
    return None


def _tail_ok(cue: Token, s1: int) -> bool:
    """Only adverbs, times and prepositional phrases after the cue, then at most an
    apposition opening with a determiner after a comma."""
    doc = cue.doc
    k = cue.i + 1
    phrase = False  # inside a prepositional phrase: "during a tour of …"
    while k < s1 and doc[k].text != ",":
        t = doc[k]
        phrase = phrase or t.pos_ == "ADP"
        if t.pos_ not in _AFTER_POS or _quote_mark(t):
            return False
        if not phrase and t.pos_ not in ("ADV", "PART", "PUNCT") and t.ent_type_ not in _TIMES:
            return False  # "adults bemoaned [the demise …]": an object, no closing report
        k += 1
    if k >= s1:
        return True
    rest = [t for t in doc[k + 1 : s1] if not t.is_space]
    return bool(rest) and rest[0].pos_ == "DET" and rest[0].lower_ in ("a", "an", "the")


def closing_report(cue: Token, s0: int, s1: int) -> tuple[list[int], Token] | None:
    """ "[A], court records obtained by the paper show.": the content's token ids and the
    speaker (the subject's head noun) of the ``cue`` closing its sentence ``s0``..``s1``, read
    from the word order (see the module note), else None."""
    doc = cue.doc
    if cue.tag_ not in _CUE_TAGS or verb_lemma(cue.lower_, cue.lemma_.lower()) not in CLAUSE_VERBS:
        return None
    if (
        cue.tag_ in ("NN", "VB")
        and not cue.lower_.endswith(("s", "ed"))
        and cue.lower_ not in _BARE_CUES
    ):
        return None  # a bare noun ("the claim") is no verb; a plural subject's "show" is
    k = cue.i - 1
    while k > s0 and doc[k].pos_ == "AUX" and doc[k].tag_ in _FINITE | {"VBN"}:
        k -= 1  # "officials have said"
    subject: list[Token] = []
    while k > s0 and doc[k].text != ",":
        t = doc[k]
        if (
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
    if subject[0].pos_ not in _OPENERS or any(
        t.pos_ == "VERB" and t.tag_ != "VBN" for t in subject
    ):
        return None  # "instead of denying …", not a noun phrase
    head = _subject_head(subject, cue)
    if head is None or not _tail_ok(cue, s1):
        return None
    content = [t for t in doc[s0:k] if not t.is_space]
    if any(_quote_mark(t) for t in content) or not any(t.tag_ in _FINITE for t in content):
        return None
    if content[0].pos_ in ("SCONJ", "ADP"):
        return None  # "After the crash that followed, adults bemoaned …": no clause before
    return [t.i for t in content], head
