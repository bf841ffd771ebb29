"""Set scores in a row: "7-6 (7-5) 4-6 6-3". A score's first number may be the smaller one (the
loser's set), so a rising pair of small numbers is a score, not a range, when another score is
written right beside it (space apart, or a tie-break in brackets)."""

from __future__ import annotations

from itertools import pairwise

from transforms.numbers.lexer import Lexeme

_HYPHENS = ("-", "–")
_MAX_GAMES = 7  # games in a set; a tie-break's points may run higher, but then sit in brackets


def _pair_at(lexemes: list[Lexeme], i: int, j: int) -> bool:
    """Lexemes ``i..j`` (inclusive, three of them) are "N-M", glued, both whole and small."""
    if i < 0 or j >= len(lexemes) or j - i != 2:
        return False
    a, hy, b = lexemes[i], lexemes[i + 1], lexemes[j]
    return (
        a.kind == "num"
        and b.kind == "num"
        and a.text.isdigit()
        and b.text.isdigit()
        and hy.text in _HYPHENS
        and a.end == hy.start
        and hy.end == b.start
        and int(a.text) < 100
        and int(b.text) < 100
    )


def score_beside(lexemes: list[Lexeme], s: int, k: int) -> bool:
    """The pair "N-M" at lexemes ``s`` (N), ``k`` (the hyphen), ``k + 1`` (M), both at most 7,
    has another score right before or after it: "6-3 4-6", "4-6 (5-7)", "(7-5) 4-6"."""
    first, second = lexemes[s], lexemes[k + 1]
    if not (first.text.isdigit() and second.text.isdigit()):
        return False  # "1.5-3": a range of decimals
    if int(first.text) > _MAX_GAMES or int(second.text) > _MAX_GAMES:
        return False
    before = s - 1
    if before >= 0 and lexemes[before].text in ("(", ")"):
        before -= 1
    if _pair_at(lexemes, before - 2, before):
        return True
    after = k + 2
    if after < len(lexemes) and lexemes[after].text == "(":
        after += 1
    return _pair_at(lexemes, after, after + 2)


_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting", "ballot", "ruled", "majority"})


def is_tally(
    lexemes: list[Lexeme], s: int, k: int, first: float, second: float, unit: str | None
) -> bool:
    """ "voted 93 to 0", "a 394 to 27 vote", "passed by 52 to 48": a falling pair joined by
    "to" with no unit, next to a word of voting, is a tally of two counts, not a range (ranges
    ascend)."""
    if unit is not None or not second < first or k >= len(lexemes) or lexemes[k].low != "to":
        return False
    before = {lx.low for lx in lexemes[max(0, s - 3) : s]}
    after = lexemes[k + 2].low if k + 2 < len(lexemes) else ""
    return bool(before & _VOTE_WORDS) or after in _VOTE_WORDS


_RATIO_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
_RATIO_NOUNS = frozenset({"split", "stock", "rights", "bonus", "scrip", "share", "reverse"})


def _ratio_term(lx: Lexeme) -> bool:
    return (lx.kind == "num" and lx.text.isdigit() and len(lx.text) <= 3) or (
        lx.low in _RATIO_WORDS
    )


def split_ratio_end(lexemes: list[Lexeme], s: int, e: int) -> int | None:
    """ "a 3-for-2 stock split", "two-for-one", "a one for two rights issue": a ratio of shares
    (or offers), no count. The index after the ratio, else None."""
    n = len(lexemes)
    if e != s + 1 or not _ratio_term(lexemes[s]):
        return None
    k = e
    glued = k + 3 < n and lexemes[k].text == "-" and lexemes[k + 2].text == "-"
    if glued:
        chain = lexemes[s : k + 4]
        if lexemes[k + 1].low != "for" or any(a.end != b.start for a, b in pairwise(chain)):
            return None
        second = k + 3
    elif k + 1 < n and lexemes[k].low == "for":
        second = k + 1
    else:
        return None
    if not _ratio_term(lexemes[second]):
        return None
    after = lexemes[second + 1].low if second + 1 < n else ""
    if glued or after in _RATIO_NOUNS:
        return second + 1
    return None
