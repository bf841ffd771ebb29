"""Clubs named after their town or county: a place name that plays a match is an organisation.

Sports clubs often bear a place's name ("Leicester beat Wigan", "victory over Somerset",
"Surrey captain X"). The CoNLL and OntoNotes guidelines label a club ORG; national sides keep
their country's label (CoNLL tags "Japan" in "Japan beat Syria" as a place), so country names
and the United Kingdom's constituent countries are left alone. Evidence, from the parse of the
same document only:

* the subject or object of a verb of winning or losing a match ("beat", "defeat", "thrash");
* the object of "over"/"against" after a match noun or verb ("win over X", "match against X",
  "play against X"), of "for" after a player's noun or verb ("his debut for X", "scored for
  X", "signed for X"), of "join" with a loan ("join X on loan");
* a side of a fixture: "X v Y", "X vs Y";
* a team role right after the name, with or without "'s" ("X captain", "X 's coach");
* a plural form of "be" or "have" agreeing with the bare name as its only subject ("X were
  not in action", "X have signed Y", "X are top"): a town is singular, a side is a plural
  noun in British usage ("the Midlands are", plural in form, are left alone; a headline's
  bare present, "X fear for Y", is no cue).

``fixture_sides`` adds untagged names on either side of "v"/"vs" (fixture lists: "May 18 v
Hull") as clubs, or as places when they are countries.

A place string with evidence anywhere in the document becomes ORG in all its GPE/LOC mentions
(datelines excepted: a dateline is a place). A one-word PERSON mention of a name the gazetteer
knows (``known``: lookup keys) counts as a place here, unless the document writes it inside a
full person name ("Tom Halden").
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import is_title_head, is_title_word
from transforms.gazetteer import GB_CONSTITUENTS, place_key


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_MATCH_VERBS = _words(
    """
    beat defeat thrash rout edge overcome hammer crush trounce outplay outclass down whip
    eliminate knock
    """
)
_MATCH_NOUNS = _words("victory win defeat draw match game fixture clash triumph tie loss")
_AGAINST_VERBS = _words("play draw lose win score")
_VERSUS = _words("v v. vs vs. versus")
# plural forms of "be" and "have" only: a headline's bare present ("X fear for Y") is no cue
_PLURAL_FORMS = _words("are were have 're 've")
# words whose "for X" names a side: "his debut for X", "scored for X", "signed for X"
_FOR_SIDE = _words(
    """
    debut comeback appearance appearances goal goals try tries score sign play start
    """
)
_ROLES = _words(
    """
    captain coach manager striker goalkeeper keeper midfielder defender winger skipper
    batsman bowler opener fly-half scrum-half full-back prop chairman
    """
)
NATIONAL = frozenset(name.casefold() for _, name in GB_CONSTITUENTS.values())
_PLACE = frozenset({"GPE", "LOC"})


def _text(v: TokenView, c: Cand) -> str:
    last = v.tokens[c.end - 1]
    return v.full_text[v.tokens[c.start].idx : last.idx + len(last.text)]


def plays(v: TokenView, c: Cand) -> bool:
    """The mention shows a team by the parse or its neighbours."""
    head = v.tokens[c.end - 1]
    gov = head.head
    if head.dep_ in {"nsubj", "dobj", "nsubjpass"} and gov.lemma_.lower() in _MATCH_VERBS:
        return True
    if head.dep_ == "pobj" and gov.lower_ == "for" and _for_side(gov.head):
        return True  # "his debut for X", "scored twice for X", "signed for X"
    if head.dep_ == "dobj" and gov.lemma_.lower() == "join" and _on_loan(v, c.end):
        return True  # "join X on loan"
    if head.dep_ == "pobj" and gov.lower_ in {"over", "against"}:
        above = gov.head
        word = above.lemma_.lower()
        if word in _MATCH_NOUNS or (above.pos_ == "VERB" and word in _AGAINST_VERBS):
            return True
    if (c.end < v.n and v.text[c.end].lower() in _VERSUS) or (
        c.start > 0 and v.text[c.start - 1].lower() in _VERSUS
    ):
        return True
    nxt = c.end + 1 if c.end < v.n and v.text[c.end] in {"'s", "'"} else c.end
    if nxt < v.n and v.text[nxt].lower() in _ROLES:
        return True
    return _plural_subject(v, c, head)


def _plural_subject(v: TokenView, c: Cand, head: Token) -> bool:
    """The name alone is the subject of a plural verb ("X were", "X have won", "X are"); not
    a coordinated subject ("X and Y are"), nor a name plural in form after "the"."""
    if head.dep_ != "nsubj" or any(t.dep_ == "conj" for t in head.children):
        return False
    if c.start > 0 and v.text[c.start - 1].lower() == "the" and v.text[c.end - 1].endswith("s"):
        return False
    verb = head.head
    words = [verb, *(t for t in verb.children if t.dep_ in {"aux", "auxpass"})]
    return any(w.lower_ in _PLURAL_FORMS for w in words)


def _for_side(word: Token) -> bool:
    """The word that "for X" hangs on is a player's noun or verb, or a verb whose object is
    one ("made his debut for X")."""
    if word.lemma_.lower() in _FOR_SIDE:
        return True
    return any(t.dep_ == "dobj" and t.lemma_.lower() in _FOR_SIDE for t in word.children)


def _on_loan(v: TokenView, i: int) -> bool:
    """ "on loan" or "on a ... loan" follows token ``i``."""
    words = [w.lower() for w in v.text[i : i + 5]]
    return bool(words) and words[0] == "on" and "loan" in words


def place_teams(
    v: TokenView,
    cands: list[Cand],
    countries: frozenset[str],
    known: frozenset[str] = frozenset(),
) -> None:
    """Relabel GPE/LOC mentions of a place string that the document shows to be a team as
    ORG, in place; ``countries`` are ``place_key`` keys of country names (left alone). Without
    them (no gazetteer) nothing changes: a national side cannot be told from a club."""
    if not countries:
        return
    person_words = {
        t.casefold()
        for c in cands
        if c.label == "PERSON" and c.end - c.start >= 2
        for t in v.text[c.start : c.end]
    }

    def placelike(c: Cand) -> bool:
        if c.label in _PLACE:
            return True
        return (
            c.label == "PERSON"
            and c.end - c.start == 1
            and not c.title
            and place_key(v.text[c.start]) in known
            and v.text[c.start].casefold() not in person_words
        )

    teams: set[str] = set()
    for c in cands:
        if placelike(c) and c.source != "dateline" and plays(v, c):
            key = place_key(_text(v, c))
            if key not in countries and key not in NATIONAL:
                teams.add(key)
    if not teams:
        return
    for c in cands:
        if placelike(c) and c.source != "dateline" and place_key(_text(v, c)) in teams:
            c.label = "ORG"


def _cap_run(v: TokenView, i: int, step: int, taken: set[int]) -> list[int]:
    """Indices of up to three untagged capitalised words from ``i`` going ``step`` (+1/-1)."""
    run: list[int] = []
    while 0 <= i < v.n and len(run) < 3 and i not in taken:
        t = v.text[i]
        if not (t[:1].isupper() and t.isalpha() and v.tag(i) in {"NNP", "NNPS"}):
            break
        if is_title_word(t) or is_title_head(t):
            return []  # "v Duke of Kent 's XI": a title starts a longer name
        if run and "\n" in v.text[min(i, run[-1])]:
            break
        run.append(i)
        i += step
    return sorted(run)


def fixture_sides(v: TokenView, cands: list[Cand], countries: frozenset[str]) -> list[Cand]:
    """Untagged capitalised names on either side of "v"/"vs" ("Leeds v Hull") are sides of a
    fixture: clubs (ORG), or countries (GPE, a national side keeps its country's label).
    Without ``countries`` (no gazetteer) nothing is added."""
    if not countries:
        return cands
    taken = {i for c in cands for i in range(c.start, c.end)}
    new: list[Cand] = []
    for k, t in enumerate(v.text):
        if t.lower() not in _VERSUS:
            continue
        for run in (_cap_run(v, k + 1, 1, taken), _cap_run(v, k - 1, -1, taken)):
            if not run or (run[-1] + 1 < v.n and v.text[run[-1] + 1] == "of"):
                continue  # "v Duke of Kent 's XI": the name goes on
            c = Cand(run[0], run[-1] + 1, "ORG", None, "fixture")
            key = place_key(_text(v, c))
            if key in countries or key in NATIONAL:
                c.label = "GPE"
            taken.update(run)
            new.append(c)
    return cands + new
