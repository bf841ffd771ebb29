"""In-article name resolution: "Putin" / "Mr. Putin" / "V. Putin" -> the full name of the article.

A short PERSON form resolves to a full name introduced in the same article when exactly one
full name matches (same surname; for an initial, also the same first letter); a lone surname
of no full name resolves to the one name of an initial and that surname ("Roe" after "J Roe";
not beside "K Roe"); a lone word that is no surname of the article resolves to the one full name
it is the first name of ("Ann" after "Ann Lee"). Otherwise the name stays as written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from jellyfish import jaro_winkler_similarity

_SPACE = re.compile(r"\s+")
_INITIAL = re.compile(r"^[^\W\d_]\.?$|^(?:[^\W\d_]\.){2,}$")
_APOS = str.maketrans({"’": "'", "‘": "'"})


def clean_name(text: str) -> str:
    """The written form with white space collapsed (line breaks inside a name become spaces)."""
    return _SPACE.sub(" ", text).strip()


def _is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


def _fold(token: str) -> str:
    return token.translate(_APOS).casefold()


def _is_full(tokens: Sequence[str]) -> bool:
    """A full name: two or more words, at least one of them more than an initial before the last."""
    return (
        len(tokens) >= 2
        and not _is_initial(tokens[-1])
        and not all(_is_initial(t) for t in tokens[:-1])
    )


FUZZY_SURNAME = 0.9  # Jaro-Winkler similarity of a surname spelling variant


def near_surname(word: str, surnames: set[str]) -> bool:
    """A spelling variant of a surname of the document ("Belogine" for "Belozhin")."""
    if len(word) < 5:
        return False
    return any(
        s[0] == word[0] and jaro_winkler_similarity(word, s) >= FUZZY_SURNAME
        for s in surnames
        if len(s) >= 5
    )


def _near(a: str, b: str) -> bool:
    return len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and jaro_winkler_similarity(a, b) >= 0.9


def _initialled_form(spellings: Counter[str]) -> str:
    """The most frequent spelling of an initialled name ("J Roe", "J. Roe"), ties by sort."""
    return min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def resolve_names(person_names: Sequence[str]) -> list[str]:
    """Resolved name for each PERSON name (as written, title and possessive already removed).

    >>> resolve_names(["Ann Lee", "Lee", "A. Lee", "B. Lee", "Ann", "Bo"])
    ['Ann Lee', 'Ann Lee', 'Ann Lee', 'B. Lee', 'Ann Lee', 'Bo']
    """
    names = [clean_name(n) for n in person_names]
    toks = [n.split(" ") for n in names]
    # full forms, keyed by (first word, surname); the most frequent spelling wins, ties by sort
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for n, t in zip(names, toks, strict=True):
        if _is_full(t):
            forms[(_fold(t[0]), _fold(t[-1]))][n] += 1
    canon = {
        k: min(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0] for k, c in forms.items()
    }
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for first, last in canon:
        by_surname[last].append((first, canon[(first, last)]))
        if not _is_initial(first):
            by_first[first].append(canon[(first, last)])
    # names of one initial and a surname ("J Roe", "J. Roe"), by surname and initial letter
    initialled: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for n, t in zip(names, toks, strict=True):
        if (
            len(t) == 2
            and _is_initial(t[0])
            and len(t[0].rstrip(".")) == 1
            and not _is_initial(t[1])
        ):
            initialled[_fold(t[1])][_fold(t[0])[0]][n] += 1
    out = []
    for n, t in zip(names, toks, strict=True):
        if _is_full(t):
            out.append(canon[(_fold(t[0]), _fold(t[-1]))])
            continue
        cands = by_surname.get(_fold(t[-1]), [])
        if not cands:  # a spelling variant of exactly one surname ("Belogine")
            near = [k for k in by_surname if _near(_fold(t[-1]), k)]
            cands = by_surname[near[0]] if len(near) == 1 else []
        if len(t) >= 2 and _is_initial(t[0]):  # "V. Putin": the initial must agree
            letter = _fold(t[0])[0]
            cands = [c for c in cands if c[0].startswith(letter)]
            same = initialled.get(_fold(t[-1]), {}).get(letter)
            if not cands and len(t) == 2 and same:  # "J. Roe" beside "J Roe": one spelling
                out.append(_initialled_form(same))
                continue
        if not cands and len(t) == 1 and len(initialled.get(_fold(t[0]), {})) == 1:
            (spellings,) = initialled[_fold(t[0])].values()  # "Roe" after "J Roe" only
            out.append(_initialled_form(spellings))
            continue
        if not cands and len(t) == 1 and len(by_first.get(_fold(t[0]), [])) == 1:
            out.append(by_first[_fold(t[0])][0])  # "Ann" after "Ann Lee", no one named Ann else
            continue
        out.append(cands[0][1] if len(cands) == 1 else n)
    return out
