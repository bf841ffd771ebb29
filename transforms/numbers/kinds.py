"""Kind and unit of a number: money, percent, age, duration, quantity, year, fraction or count.

Counts carry the counted noun as their unit, read from the dependency parse ("25,000 heavily armed
fighters" -> "fighter"). Ages come from "-year-old", "aged 70", "at the age of", "in his 70s",
apposition after a person ("Smith, 45, said") and what a person is ("Smith was 45 when").
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.doctext import doc_text
from transforms.numbers.core import Core
from transforms.numbers.dates import is_year, published_date
from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme
from transforms.numbers.suffixes import Suffix
from transforms.numbers.units import currency_name

_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "its", "our"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord"})
_AGE_BEFORE = frozenset({"aged", "age", "ages"})


def kind_and_unit(
    idx: TokenIndex,
    lexemes: list[Lexeme],
    core: Core,
    suffix: Suffix,
    s: int,
    end: int,
    decade: bool,
    published: str | None = None,
) -> tuple[str, str | None]:
    """Kind of the number at lexemes ``s:end`` and its unit (counted noun for counts)."""
    first = lexemes[s]
    if suffix.kind == "money":
        return "money", suffix.unit
    if suffix.kind == "percent":
        return "percent", suffix.unit
    if suffix.age:
        return "age", suffix.unit
    if _age_context(idx, lexemes, core, s, end, decade):
        return "age", suffix.unit or "year"
    if suffix.kind == "duration":
        return "duration", suffix.unit
    if suffix.kind == "quantity":
        return "quantity", suffix.unit
    if (
        core.digits_only
        and is_year(first.text)
        and _year_not_count(idx, lexemes, s, end, published)
    ):
        return "year", None
    if (core.fraction and core.value < 1) or (core.fraction and core.value != int(core.value)):
        return "fraction", None
    return "count", _counted_noun(idx, lexemes, s, end)


def _age_context(
    idx: TokenIndex, lexemes: list[Lexeme], core: Core, s: int, end: int, decade: bool
) -> bool:
    if s > 0 and lexemes[s - 1].low in _AGE_BEFORE:
        return True
    if s > 1 and lexemes[s - 1].low == "between" and lexemes[s - 2].low in _AGE_BEFORE:
        return True  # "aged between 25 and 40"
    if s > 2 and lexemes[s - 1].low == "of" and lexemes[s - 2].low == "age":
        return True  # "at the age of 70"
    if decade and decade_age(lexemes, s) is not None:
        return True  # "in his 70s", "in her early 20s", "the over-50s"
    if not core.digits_only or not (0 < core.value < 125) or core.value != int(core.value):
        return False
    if age_group(lexemes, s) is not None:
        return end == s + 1  # "the under-21 side": an age group; "over-12 months" has a unit
    if end == s + 1 and _person_is(idx, lexemes, s):
        return True  # "Varga was 19 when she turned professional", "when he will be 31"
    # apposition after a person: "Smith, 45, said"
    if (
        s > 1
        and lexemes[s - 1].text == ","
        and (end >= len(lexemes) or lexemes[end].text in (",", ".", ")"))
    ):
        tok = idx.at(lexemes[s - 2].start)
        if tok is None:
            return False
        titled = s > 2 and lexemes[s - 3].low.rstrip(".") in _TITLES
        return tok.ent_type_ == "PERSON" or (
            tok.pos_ == "PROPN"
            and (titled or tok.ent_type_ not in ("GPE", "LOC", "ORG", "DATE", "FAC"))
        )
    return False


_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you"})
# what may follow the age of "X was 22": the end of the clause or a clause opening
_AFTER_AGE = frozenset({"when", "and", "but", "then", "at", "in", "as", "so", "until"})


def _person_is(idx: TokenIndex, lexemes: list[Lexeme], s: int) -> bool:
    """The bare number at lexeme ``s`` is what a person is: the complement of "be" whose subject
    is a person's name or a personal pronoun, with nothing counted or compared after it."""
    tok = idx.at(lexemes[s].start)
    if tok is None or tok.dep_ not in ("attr", "acomp") or tok.head.lemma_ != "be":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in _AFTER_AGE):
        return False
    for c in tok.head.children:
        if c.dep_ == "nsubj":
            return (
                c.lower_ in _PERSON_PRONOUNS
                or c.ent_type_ == "PERSON"
                or (
                    c.pos_ == "PROPN"
                    and (
                        c.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "NORP")
                        or any(e.label_ == "PERSON" and e[-1].text == c.text for e in c.doc.ents)
                    )  # the surname of a person the article names in full
                )
            )
    return False


def age_group(lexemes: list[Lexeme], s: int) -> str | None:
    """The qualifier of an age group hyphen-glued to "over" or "under" before lexeme ``s``
    ("the under-21 side" less_than, "the over-50s" more_than), else None."""
    if s < 2 or lexemes[s - 1].text not in ("-", "‑"):
        return None
    if lexemes[s - 1].start != lexemes[s - 2].end or lexemes[s - 1].end != lexemes[s].start:
        return None
    return _AGE_GROUPS.get(lexemes[s - 2].low)


_DECADE_PARTS = frozenset({"early", "late", "mid", "-", "‑"})
_AGE_GROUPS = {"over": "more_than", "under": "less_than"}


def decade_age(lexemes: list[Lexeme], s: int) -> str | None:
    """The decade at lexeme ``s`` ("20s") is a decade of life: its qualifier ("approximately"
    after a possessive: "in his 70s", "in her early 20s", "their mid-30s"; "more_than" or
    "less_than" for an age group: "the over-50s", "the under-21s"), else None."""
    group = age_group(lexemes, s)
    if group is not None:
        return group
    j = s - 1
    while j >= 0 and lexemes[j].low in _DECADE_PARTS and j > s - 3:
        j -= 1
    return "approximately" if j >= 0 and lexemes[j].low in _POSSESSIVES else None


# plural nouns that a year qualifies rather than a number counts: the levels of a year, a
# period's accounts ("its 1986 results", "2004 earnings") and a year's title holders ("2001 winners")
_OF_A_TIME = frozenset(
    {"levels", "prices", "figures", "terms", "values", "standards", "results", "earnings",
     "profits", "gains", "losses", "accounts", "forecasts", "elections", "estimates",
     "winners", "champions", "finalists", "medallists", "medalists"}
)  # fmt: skip
# words before a year that make it the year of an account ("full year 2004", "fiscal 1987")
_YEAR_BEFORE = frozenset({"year", "fiscal", "calendar", "financial"})


def _year_not_count(
    idx: TokenIndex, lexemes: list[Lexeme], s: int, end: int, published: str | None
) -> bool:
    """A four-digit number is a year unless it counts a plural noun ("2000 soldiers"); near the
    published year, "2004 sales" stays a year."""
    if not _plural_noun_after(idx, lexemes, end):
        return True
    if s > 0 and lexemes[s - 1].low in _YEAR_BEFORE:
        return True
    tok = idx.at(lexemes[s].start)
    if (
        tok is not None
        and tok.dep_ == "nummod"
        and tok.head.tag_ == "NN"
        and tok.head.dep_ != "compound"
    ):
        return True  # "the 2001 road-movie drama": no count of a singular noun
    if tok is not None and tok.ent_type_ == "CARDINAL":
        return False
    if end < len(lexemes) and lexemes[end].low in _OF_A_TIME:
        return True  # "down 40% on 2019 levels", "in 2010 prices": the levels of a year
    pub = published_date(published)
    return pub is not None and abs(int(lexemes[s].text) - pub.year) <= 2


def _plural_noun_after(idx: TokenIndex, lexemes: list[Lexeme], end: int) -> bool:
    if end >= len(lexemes):
        return False
    tok = idx.at(lexemes[end].start)
    return tok is not None and tok.tag_ == "NNS"


def _counted_noun(idx: TokenIndex, lexemes: list[Lexeme], s: int, end: int) -> str | None:
    """The noun a count counts ("25,000 heavily armed fighters" -> "fighter")."""
    last = idx.at(lexemes[end - 1].start)
    first = idx.at(lexemes[s].start)
    if last is None or first is None:
        return None
    doc = last.doc
    if end < len(lexemes) and lexemes[end].low == "of":
        of = idx.at(lexemes[end].start)
        if of is not None:
            for child in of.children:
                if child.dep_ == "pobj" and child.pos_ == "NOUN":
                    return _lemma(child)
    span = range(first.i, last.i + 1)
    heads = {doc[i].head.i for i in span if doc[i].head.i not in span}
    for i in span:
        tok = doc[i]
        head = tok.head
        if (
            tok.dep_ in ("nummod", "quantmod", "compound")
            and head.i > last.i
            and head.i - last.i <= 6
            and "\n" not in doc_text(doc)[last.idx : head.idx]
        ):
            if head.i > 0 and doc[head.i - 1].lower_ in _TIME_DETS and head.lemma_ in _TIME_NOUNS:
                return None  # "and 2.1 last year"
            return _lemma(head) if head.pos_ == "NOUN" else None
    j = last.i + 1
    for k in range(j, min(j + 4, len(doc))):
        t = doc[k]
        if t.pos_ == "NOUN":
            if k > j and doc[k - 1].lower_ in _TIME_DETS and t.lemma_.lower() in _TIME_NOUNS:
                return None  # "2.1 mln last year": a time, not what is counted
            # only a noun the number belongs to: its head, or the head of the words in between
            if heads & set(range(j, k + 1)) or t.head.i in span:
                return _lemma(t)
            return None
        if t.pos_ in ("ADJ", "ADV") or (t.pos_ == "VERB" and t.tag_ == "VBN") or t.text in ("-",):
            continue
        break
    return None


_TIME_DETS = frozenset({"last", "next", "this", "that", "a", "the", "each", "every", "per"})
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "quarter", "night", "season", "time"})
_NOT_COUNTED = frozenset({"other", "one", "lot", "kind", "sort", "number", "total", "couple"})


def _lemma(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    lemma = lemma if (lemma and lemma.isalpha()) or "-" in lemma else tok.text.lower()
    if lemma in _NOT_COUNTED or currency_name(lemma) is not None:
        return None  # "a loss of 553,000 or 11 cts": the cents are another figure's unit
    return lemma
