"""Person-name and entity-name keys used to cluster catalog forms (pure string functions)."""

from __future__ import annotations

import re

from transforms.lexicon import ascii_fold

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
_INITIAL = re.compile(r"^[^\W\d_]\.?$|^(?:[^\W\d_]\.){2,}$")
_NON_LETTER = re.compile(r"[^a-z]")
# Ordered rewrites for a transliteration-tolerant skeleton (applied to lower-case ASCII).
_REWRITES = [
    (re.compile(r"dzh|zh|dj"), "J"),  # Belozhin / Belodzhin
    (re.compile(r"g(?=[eiy])"), "J"),  # French "gi"/"ge": Belogine
    (re.compile(r"^y(?=[aeiou])"), ""),  # Yevgeny / Evgeny
    (re.compile(r"(?<=[^aeiou])[yj](?=[aeiou])"), ""),  # Andreyev / Andrejov
    (re.compile(r"(?<=[aeiou])[yj](?=[aeiou])"), ""),  # Sergeyev / Sergeev
    (re.compile(r"j"), "J"),  # a remaining j is the zh sound (French transliteration)
    (re.compile(r"sch|sh"), "S"),
    (re.compile(r"tch|ch"), "C"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ck|q|c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"tz|ts"), "s"),
]
_VOWELS = re.compile(r"(?<!^)[aeiouy]")
_REPEAT = re.compile(r"(.)\1+")
_DOTS = re.compile(r"[.\u2019'`]")
_SPACE = re.compile(r"\s+")
_THE = re.compile(r"^the\s+")
_POSS = re.compile(r"['’]s$")


def name_skeleton(word: str) -> str:
    """A spelling-tolerant key of one name word: transliteration variants share it.

    >>> name_skeleton("Belozhin") == name_skeleton("Belogine")
    True
    >>> name_skeleton("Yevgeny") == name_skeleton("Evgeny")
    True
    """
    w = _NON_LETTER.sub("", ascii_fold(word, casefold=True))
    for pattern, repl in _REWRITES:
        w = pattern.sub(repl, w)
    w = _VOWELS.sub("", w)
    return _REPEAT.sub(r"\1", w)


def is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


def split_person(name: str) -> tuple[str | None, str]:
    """(first word or None, surname) of a PERSON name; suffixes such as "Jr." are skipped."""
    toks = name.split()
    while len(toks) > 1 and _DOTS.sub("", toks[-1]).casefold() in _SUFFIXES:
        toks.pop()
    if not toks:
        return None, ""
    if len(toks) == 1:
        return None, toks[0]
    return toks[0], toks[-1]


def first_names_compatible(a: str, b: str) -> bool:
    """Same first name up to spelling, an initial of it, or a short form ("Alex" / "Alexander")."""
    if is_initial(a) or is_initial(b):
        return ascii_fold(a, casefold=True)[:1] == ascii_fold(b, casefold=True)[:1]
    ka, kb = name_skeleton(a), name_skeleton(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return (
        len(short) >= 2
        and long_.startswith(short)
        and ascii_fold(a, casefold=True)[:2] == ascii_fold(b, casefold=True)[:2]
    )


def surname_block(surname: str) -> str:
    key = name_skeleton(surname)
    # short keys collide too easily ("Lee" / "Li" / "Low"): require the exact spelling
    return key if len(key) >= 3 else "=" + ascii_fold(surname, casefold=True)


def normalise_key(name: str) -> str:
    """Merge key of a non-PERSON name: case, periods, apostrophes, a leading "the", possessive."""
    key = _SPACE.sub(" ", name.casefold()).strip()
    key = _POSS.sub("", _THE.sub("", key))
    return _DOTS.sub("", key)
