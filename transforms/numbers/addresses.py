"""House numbers: digits before a street name are part of an address, not a quantity.

"49 Oak Tree Road", "12 Mill Lane", "5 Rue Cler", "22 Avenida Sol": plain digits followed by
capitalised words that end with a street noun ("Road", "St", "Avenue") or open with one written
before its name (the French, Spanish and Italian order, "Rue", "Via", "Avenida"; also "Ave Foch").
A year is a house number only after "at" ("at 1600 Pennsylvania Avenue"). The capitalised run must
not modify a common noun after it: "3 Supreme Court justices" and "2 Milky Way galaxies"
count.
"""

from __future__ import annotations

from transforms.numbers.dates import is_year
from transforms.numbers.filters import TokenIndex
from transforms.numbers.lexer import Lexeme

# street nouns written after the name (English order); abbreviations are matched without the dot
STREET_AFTER = frozenset(
    {"road", "rd", "street", "st", "avenue", "ave", "av", "lane", "ln", "drive", "boulevard",
     "blvd", "way", "place", "pl", "court", "ct", "terrace", "crescent", "close", "square",
     "parkway", "highway", "hwy", "row", "mews", "gardens", "strasse", "straße", "gasse"}
)  # fmt: skip
# street nouns written before the name
STREET_BEFORE = frozenset(
    {"rue", "via", "viale", "calle", "avenida", "avenue", "ave", "boulevard", "rua",
     "plaza", "piazza", "place", "quai", "paseo", "corso"}
)  # fmt: skip
_MAX_WORDS = 4


def is_house_number(idx: TokenIndex, lexemes: list[Lexeme], s: int, e: int) -> bool:
    """The plain digits at ``s:e`` are a house number: a street name follows them."""
    if not lexemes[s].text.isdigit() or len(lexemes[s].text) > 5:
        return False
    if e > s + 1 and (e > s + 2 or not lexemes[s + 1].text[:1].isupper()):
        return False  # only a capitalised scale word may have been read on ("12 Mill Lane")
    words: list[Lexeme] = []
    j = s + 1
    while j < len(lexemes) and len(words) < _MAX_WORDS + 1:
        lx = lexemes[j]
        if lx.text == "." and words and lx.start == words[-1].end:
            j += 1  # "Ave." -> the dot of an abbreviation
            continue
        if lx.kind != "word" or not lx.text[:1].isupper() or lx.start - lexemes[j - 1].end > 1:
            break
        words.append(lx)
        j += 1
    if not words or len(words) > _MAX_WORDS:
        return False
    nxt = idx.at(lexemes[j].start) if j < len(lexemes) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.text[:1].islower():
        return False  # "3 Supreme Court justices": the capitals modify a noun after them
    if is_year(lexemes[s].text) and (s == 0 or lexemes[s - 1].low != "at"):
        return False  # "in 2008 Wall Street slumped", "the 1985 Plaza Agreement": a year
    lows = [w.low.rstrip(".") for w in words]
    if len(words) >= 2 and lows[-1] in STREET_AFTER:
        return True
    return len(words) >= 2 and lows[0] in STREET_BEFORE
