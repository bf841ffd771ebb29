"""Miscellaneous names (MISC in CoNLL-2003) by general news conventions.

* Titles of works: a short quoted phrase in title case ("The Long Road Home") is one
  WORK_OF_ART, whatever the tagger made of its words (a PERSON "Michael Collins" in quotes is
  the film, "Road Home" loses its "The"); an organisation noun right after the closing mark
  ("the " Morning Star " newspaper") makes it an ORG.
* Groups of people: a demonym or nationality before a people or religion ("Iraqi Kurds",
  "American Catholics") and two demonyms joined by a hyphen ("Arab-Israeli") are one NORP.
* Political and cultural adjectives ("Democratic senator", "Western diplomats"): a
  capitalised adjective of a party or bloc, written before a lower-case noun or a title, is a
  NORP; "Olympic" and "Paralympic" so written are EVENT.
* Nouns of people written with a capital at a line start ("Men 's 800 metres") are no names.
* Competitions: an untagged capitalised run ending in "League", "Cup", "Division",
  "Conference" ("Eastern Division") is an EVENT.
"""

from __future__ import annotations

from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import is_title_head, is_title_word


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_QUOTES = frozenset({'"', "“", "”", "``", "''", "«", "»"})
_OPEN = frozenset({'"', "“", "``", "«"})
# words written in lower case inside a title ("Gone with the Wind", "Ice Cold in Alex")
_TITLE_SMALL = _words("a an the of and or in on at to for with from by de la 's ’s")
_ORG_AFTER = _words(
    """
    newspaper magazine daily weekly paper group party movement organisation organization
    company firm agency network channel station club band
    """
)
MAX_TITLE = 8
# a quoted nickname is no title ("dubbed the " Iron Duke "")
_NICKNAMING = _words("dubbed nicknamed nickname alias aka")

# Peoples and religions (NORP in OntoNotes, MISC in CoNLL-2003) that no country name gives;
# a nationality can qualify them ("Iraqi Kurds", "American Catholics").
PEOPLES = _words(
    """
    arab arabs kurd kurds kurdish hutu hutus tutsi tutsis chechen chechens tamil tamils
    serb serbs croat croats basque basques pashtun pashtuns uzbek tajik sikh sikhs hindu
    hindus muslim muslims christian christians catholic catholics protestant protestants
    jew jews jewish sunni sunnis shia shiite shiites buddhist buddhists zulu zulus
    """
)
# Adjectives of parties, ideologies and blocs (NORP in OntoNotes, MISC in CoNLL-2003).
POLITICAL_ADJECTIVES = _words(
    """
    democratic republican liberal conservative socialist communist nationalist marxist
    leninist maoist fascist islamist zionist western
    """
)
_GAMES_ADJECTIVES = _words("olympic paralympic")  # of an event: EVENT
_MODIFIER_ADJECTIVES = POLITICAL_ADJECTIVES | _GAMES_ADJECTIVES
# Nouns of people that a line of results or a heading writes with a capital.
_PEOPLE_NOUNS = _words("men women boys girls ladies juniors seniors veterans")
_LOWER_NOUN_TAGS = frozenset({"NN", "NNS"})


def _quoted(v: TokenView) -> list[tuple[int, int]]:
    """Token ranges ``[a, b)`` of the contents of quotation pairs on one line."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, t in enumerate(v.text):
        if "\n" in t:
            open_at = None
            continue
        if t not in _QUOTES:
            continue
        if open_at is None:
            if t in _OPEN:
                open_at = i
        else:
            out.append((open_at + 1, i))
            open_at = None
    return out


def _title_case(v: TokenView, a: int, b: int) -> bool:
    words = v.text[a:b]
    if not 2 <= len(words) <= MAX_TITLE or not words[0][:1].isupper():
        return False
    if all(w.isupper() for w in words if w.isalpha()):
        return False  # a quote in an all-caps headline
    for w in words:
        if w.lower() in _TITLE_SMALL:
            continue
        if not (w[:1].isupper() or w[:1].isdigit()):
            return False
        if not any(ch.isalnum() for ch in w):
            return False  # punctuation inside: a sentence, not a title
    return True


def _nickname(v: TokenView, a: int, b: int) -> bool:
    """The quote ``[a, b)`` is a nickname: after "dubbed" or "hailed as", a title first
    (" General Storm "), or inside a name ("Jo " Ace " Bell")."""
    before = {w.lower() for w in v.text[max(0, a - 3) : a - 1]}
    if before & _NICKNAMING or (a >= 2 and v.text[a - 2].lower() == "as"):
        return True  # "dubbed " X "", "hailed as " X ""
    if is_title_word(v.text[a]) or is_title_head(v.text[a]):
        return True  # " General X ": a person's epithet
    prev, nxt = a - 2, b + 1
    return (
        prev >= 0
        and nxt < v.n
        and v.text[prev][:1].isupper()
        and v.text[prev].isalpha()
        and v.text[nxt][:1].isupper()
        and v.text[nxt].isalpha()
    )


def quoted_works(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """A quoted title-case phrase that holds a mention is one WORK_OF_ART (ORG when an
    organisation noun follows the closing mark); the mentions inside it go. Nicknames
    (``_nickname``) are left alone."""
    new: list[Cand] = []
    drop: set[int] = set()
    for a, b in _quoted(v):
        end = b
        while b > a and v.text[b - 1] in {",", "."}:
            b -= 1
        if not _title_case(v, a, b) or _nickname(v, a, end):
            continue
        inside = [k for k, c in enumerate(cands) if c.start >= a and c.end <= b]
        if not inside or any(c.start < b and c.end > a for c in cands if not a <= c.start):
            continue
        whole = [cands[k] for k in inside if (cands[k].start, cands[k].end) == (a, b)]
        after = b + 1 if b < v.n and v.text[b] in _QUOTES else b
        if after < v.n and v.text[after].lower() in _ORG_AFTER:
            label = "ORG"
        elif whole and whole[0].label in {"ORG", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}:
            label = whole[0].label
        else:
            label = "WORK_OF_ART"
        drop.update(inside)
        new.append(Cand(a, b, label, None, "quoted"))
    if not new:
        return cands
    return [c for k, c in enumerate(cands) if k not in drop] + new


def _joined(v: TokenView, left: Cand, right: Cand) -> bool:
    """``right`` follows ``left`` directly, or after a hyphen with no spaces ("Arab-Israeli")."""
    if right.start == left.end:
        return v.ws(left.end - 1)
    return (
        right.start == left.end + 1
        and v.text[left.end] in {"-", "–"}
        and not v.ws(left.end - 1)
        and not v.ws(left.end)
    )


def norp_groups(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """ "Iraqi Kurds" (a nationality before a people or religion) and "Arab-Israeli" (two
    nationalities joined by a hyphen) are one NORP mention."""
    ordered = sorted(cands, key=lambda c: c.start)
    out: list[Cand] = []
    for c in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "NORP"
            and c.label == "NORP"
            and c.end - c.start == 1
            and _joined(v, prev, c)
            and (c.start == prev.end + 1 or v.text[c.start].lower() in PEOPLES)
        ):
            out[-1] = Cand(prev.start, c.end, "NORP", prev.title, prev.source)
            continue
        out.append(c)
    return out


def political_adjectives(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """A capitalised party, bloc or games adjective used as a modifier ("Democratic senator",
    "Western diplomats", "Olympic champion", "Republican Senator X") is a NORP (of the games: EVENT): a one-word mention of it is relabelled,
    an untagged one added. Before another capitalised word it is part of a name ("Democratic
    Party", "Western Australia") and left alone."""
    covered: dict[int, Cand] = {}
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = c
    out = list(cands)
    for i, t in enumerate(v.text):
        low = t.lower()
        if low not in _MODIFIER_ADJECTIVES or not t[:1].isupper():
            continue
        if t.isupper():
            continue
        label = "EVENT" if low in _GAMES_ADJECTIVES else "NORP"
        if i + 1 >= v.n:
            continue
        nxt = v.text[i + 1]
        if not (
            (nxt.islower() and v.tag(i + 1) in _LOWER_NOUN_TAGS | {"JJ"})
            or is_title_word(nxt)
            or is_title_head(nxt)
        ):
            continue
        c = covered.get(i)
        if c is None:
            out.append(Cand(i, i + 1, label, None, "adjective"))
        elif (c.start, c.end) == (i, i + 1):
            c.label = label
    return out


def people_nouns(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """Drop one-word mentions that are nouns of people ("Men", "Women") written with a
    capital."""
    return [
        c for c in cands if not (c.end - c.start == 1 and v.text[c.start].lower() in _PEOPLE_NOUNS)
    ]


# Heads of competition names and of their divisions ("Eastern Division", "National League").
_NOT_IN_NAME = _TITLE_SMALL | _words("this that these his her its their our my your")
_COMPETITION_HEADS = _words("league cup division conference championship championships trophy")


def untagged_competitions(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """An untagged run of one to three capitalised words ending in a competition head ("Eastern
    Division", "National League", "Premier League") is an EVENT."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    new: list[Cand] = []
    for k, t in enumerate(v.text):
        if k in taken or t.lower() not in _COMPETITION_HEADS or not t[:1].isupper():
            continue
        s = k
        while (
            s > 0
            and k - s < 3
            and s - 1 not in taken
            and v.text[s - 1][:1].isupper()
            and v.text[s - 1].isalpha()
            and v.text[s - 1].lower() not in _NOT_IN_NAME
            and not v.starts_sentence(s)
        ):
            s -= 1
        if s < k:
            new.append(Cand(s, k + 1, "EVENT", None, "competition"))
            taken.update(range(s, k + 1))
    return cands + new
