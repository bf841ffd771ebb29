"""Person names written with one initial ("J Roe", "J. Roe") where a person's name is expected.

BBC and wire copy name writers, witnesses and officials by an initial and a surname ("J Roe,
writing in ...", "By J Roe", "J. Roe said"). The tagger often drops the initial (no full stop
after it) or labels the surname or the pair as a law, a place or a work. An initial (one
capital, an optional full stop; not "A" or "I" without one) directly before a capitalised
proper noun that ends the name, and is written in lower case nowhere in the document ("K
Review" beside "the review"), is one PERSON mention of both words when the tagger labels the
pair or the surname PERSON, leaves them unlabelled, or gives them a label other than ORG, and
the name stands where a person's name is expected:

* the subject of a verb of saying ("J Roe said", "J Roe, writing in ..., said");
* the agent of one ("written by J Roe") or the object of "according to";
* in apposition with a common noun ("J Roe, a lecturer at ...", "the author, J Roe,") or with an
  age ("J Roe, 45,");
* a byline: "By J Roe" opening a line.

A name the tagger labels ORG ("J Acme said profits rose" may be a company's) is a person only
in a byline, with a participle of saying ("J Roe, writing in ...") or with an age ("J Roe, 45,").
"""

from __future__ import annotations

import re

from transforms.entities.persons import name_word
from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import is_title_head, is_title_word
from transforms.lexicon import CUE_LEMMAS, SPEECH_VERB_LEMMAS

_INITIAL = re.compile(r"^[A-Z]\.?$")
_NOT_BARE_INITIALS = frozenset({"A", "I"})  # an article, a pronoun
_SAYING = CUE_LEMMAS | SPEECH_VERB_LEMMAS
_COMMON_NOUNS = frozenset({"NN", "NNS"})


def _is_initial(v: TokenView, i: int) -> bool:
    t = v.text[i]
    if not _INITIAL.match(t) or not v.ws(i):
        return False
    return t.endswith(".") or (t not in _NOT_BARE_INITIALS and v.tag(i) == "NNP")


def _name_goes_on(v: TokenView, k: int) -> bool:
    """Token ``k`` continues a name: a capitalised word or an initial, no title."""
    if k < 0 or k >= v.n:
        return False
    t = v.text[k]
    return (
        t[:1].isupper()
        and (t.isalpha() or bool(_INITIAL.match(t)))
        and v.tag(k) == "NNP"
        and not is_title_word(t)
        and not is_title_head(t)
    )


def _free_before(v: TokenView, i: int) -> bool:
    """Nothing before the initial makes it part of an address or a name: no figure ("12 M
    Street"), no glued token ("Buy 'N Go"), no "and" or "&" after a capitalised word."""
    b = i - 1
    if b < 0:
        return True
    if not v.ws(b) or v.is_numeric(b):
        return False
    return not (v.text[b] in {"and", "&"} and b >= 1 and v.text[b - 1][:1].isupper())


def _byline(v: TokenView, i: int) -> bool:
    """ "By J Roe" opening a line."""
    b = i - 1
    return b >= 0 and v.text[b] in {"By", "by", "BY"} and (b == 0 or "\n" in v.text[b - 1])


def _name_position(v: TokenView, j: int) -> bool:
    """The surname at ``j`` heads a phrase where a person's name is expected."""
    tok = v.tokens[j]
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in _SAYING:
        return True
    if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in _SAYING:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if tok.dep_ == "appos" and head.tag_ in _COMMON_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.tag_ in _COMMON_NOUNS for c in tok.rights) or _person_cue(
        v, j
    )


def _person_cue(v: TokenView, j: int) -> bool:
    """The name at ``j`` is a person's whatever its label: a participle of saying hangs on it
    ("J Roe, writing in ...") or an age stands in apposition ("J Roe, 45,")."""
    for c in v.tokens[j].rights:
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in _SAYING:
            return True
        if c.dep_ == "appos" and c.like_num and c.i == j + 2:
            return True
    return False


def initialled_persons(v: TokenView, cands: list[Cand], *, stop: frozenset[str]) -> list[Cand]:
    """``cands`` with each initial and surname in a name position one PERSON mention."""
    by_token: dict[int, Cand] = {}
    for c in cands:
        for k in range(c.start, c.end):
            by_token[k] = c
    drop: set[int] = set()
    new: list[Cand] = []
    for i in range(v.n - 1):
        j = i + 1
        if not _is_initial(v, i) or not name_word(v, j, stop):
            continue
        if (_name_goes_on(v, i - 1) and not v.starts_sentence(i)) or _name_goes_on(v, j + 1):
            continue  # a middle initial, or a longer name ("J Roe Associates")
        if not _free_before(v, i) or v.text[j].lower() in v.lower_words:
            continue  # "12 M Street", "Buy 'N Go", "AB and C Trading"; "K Review"
        over = {id(c): c for k in (i, j) if (c := by_token.get(k)) is not None}
        if any(c.start < i or c.end > j + 1 for c in over.values()):
            continue  # part of a longer mention
        if any(c.label == "PERSON" and c.start == i for c in over.values()):
            continue  # already the whole name
        if any(c.label == "ORG" for c in over.values()):
            if not (_byline(v, i) or _person_cue(v, j)):
                continue
        elif not (_byline(v, i) or _name_position(v, j)):
            continue
        drop.update(over)
        new.append(Cand(i, j + 1, "PERSON", None, "initial"))
    if not new:
        return cands
    return sorted([c for c in cands if id(c) not in drop] + new, key=lambda c: c.start)
