"""Numbers of a match or a draw that count nothing: minutes in a line-up ("Dyer (Ambrose 80)"),
the minute something happened ("scored on 63 minutes"), seeds or places in brackets after team
names ("Ruritania (3), Freedonia (6)") and a game's point score in tennis ("to go 30-40")."""

from __future__ import annotations

import re

from transforms.numbers.clock import lineup_minute
from transforms.numbers.core import Core
from transforms.numbers.lexer import Lexeme
from transforms.numbers.suffixes import Suffix

_CLOCK_MINUTES = frozenset({"minute", "minutes", "min", "mins"})
_TENNIS_POINTS = frozenset({"15", "30", "40"})
_PLACE_IN_BRACKETS = re.compile(r"[A-Z][\w'’.-]* \(\d{1,2}\)")


def sport_mark(
    text: str, lexemes: list[Lexeme], core: Core, suffix: Suffix, end: int
) -> int | None:
    """The lexeme end of a match or draw number at ``core`` that is no row, or None."""
    s = core.start
    if core.fraction and _slash_pair(lexemes, s) and (_tie_break(lexemes, s) or _odds(lexemes, s)):
        return _paired_end(lexemes, s + 3)  # "7-6 (9/7)", "odds of 5/4 to 8/11": no fractions
    if not core.digits_only or core.currency is not None:
        return None
    if suffix.unit is None:
        if lineup_minute(text, lexemes[s].start, lexemes[core.end - 1].end):
            return end  # "Dyer (Ambrose 80)", "Kluivert 32.": minutes in a line-up
        if _scorer_minute(lexemes, s):
            return end + 1  # "Smith 75 og": the minute of an own goal or a penalty
        if _place_in_brackets(text, lexemes, s):
            return end  # "Ruritania (3), Freedonia (6)": seeds or places
        if _tennis_points(lexemes, s, end):
            return end + 2  # "to go 30-40": the score of a game
        return None
    if _match_minute(lexemes, s, end):
        return end  # "scored on 63 minutes": a time on the match clock
    return None


def _scorer_minute(lexemes: list[Lexeme], s: int) -> bool:
    """Whole minutes between a capitalised name and "og" or "pen" ("Goals: Smith 81 og")."""
    if s == 0 or s + 1 >= len(lexemes) or lexemes[s + 1].low not in ("og", "pen"):
        return False
    name, num = lexemes[s - 1], lexemes[s]
    return (
        name.kind == "word"
        and name.text[:1].isupper()
        and num.text.isdigit()
        and int(num.text) <= 130
    )


def _slash_pair(lexemes: list[Lexeme], s: int) -> bool:
    """Two whole numbers glued by a slash at lexemes ``s:s + 3`` ("5/4")."""
    if s + 2 >= len(lexemes) or lexemes[s + 1].text != "/":
        return False
    a, slash, b = lexemes[s], lexemes[s + 1], lexemes[s + 2]
    return a.text.isdigit() and b.text.isdigit() and a.end == slash.start and slash.end == b.start


def _tie_break(lexemes: list[Lexeme], s: int) -> bool:
    """A slash pair in brackets right after a set score: a tie-break ("7-6 (9/7)")."""
    if s < 4 or s + 3 >= len(lexemes) or lexemes[s - 1].text != "(" or lexemes[s + 3].text != ")":
        return False
    return (
        lexemes[s - 2].text.isdigit()
        and lexemes[s - 3].text in ("-", "–")
        and lexemes[s - 4].text.isdigit()
        and lexemes[s - 4].end == lexemes[s - 3].start
    )


def _odds(lexemes: list[Lexeme], s: int) -> bool:
    """A slash pair with "odds" in its sentence, at most eight lexemes before or five after it,
    or before "favourite": betting odds, a ratio ("odds on it were cut from 5/4", "given 5/2
    and 7/4 odds", "the 9/4 favourite")."""
    before = lexemes[max(0, s - 8) : s]
    for lx in reversed(before):
        if lx.text in (".", "!", "?"):
            break
        if lx.low == "odds":
            return True
    for lx in lexemes[s + 3 : s + 8]:
        if lx.text in (".", "!", "?"):
            break
        if lx.low == "odds":
            return True
    return s + 3 < len(lexemes) and lexemes[s + 3].low in ("favourite", "favorite")


def _paired_end(lexemes: list[Lexeme], k: int) -> int:
    """The end of a slash pair at ``k - 3``, or of a second one joined to it by "to", "and" or
    "or" ("5/4 to 8/11")."""
    if (
        k + 1 < len(lexemes)
        and lexemes[k].low in ("to", "and", "or")
        and _slash_pair(lexemes, k + 1)
    ):
        return k + 4
    return k


def _match_minute(lexemes: list[Lexeme], s: int, end: int) -> bool:
    """Whole minutes after "on" that end their phrase: the minute of a match ("equalised on 63
    minutes", "on 40 minutes, when ..."); "on 30 minutes of exercise" and "spend 30 minutes on"
    measure time."""
    if s == 0 or lexemes[s - 1].low != "on" or lexemes[end - 1].low not in _CLOCK_MINUTES:
        return False
    if not lexemes[s].text.isdigit() or int(lexemes[s].text) > 130 or end != s + 2:
        return False
    return end >= len(lexemes) or lexemes[end].low not in ("of", "a", "per", "each", "every")


def _place_in_brackets(text: str, lexemes: list[Lexeme], s: int) -> bool:
    """One or two digits alone in brackets right after a capitalised name, on a line that lists
    two or more such names: seeds, places or minutes, not counts ("Ruritania (3), Freedonia
    (6)"); "goals from Smith (2), Jones and Brown" counts Smith's goals, "Smith (45)" alone may be
    an age."""
    n = len(lexemes)
    if s < 2 or s + 1 >= n or len(lexemes[s].text) > 2:
        return False
    open_, close, name = lexemes[s - 1], lexemes[s + 1], lexemes[s - 2]
    if open_.text != "(" or close.text != ")" or open_.end != lexemes[s].start:
        return False
    if close.start != lexemes[s].end or name.kind != "word" or not name.text[:1].isupper():
        return False
    if open_.start - name.end != 1:
        return False
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", close.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(_PLACE_IN_BRACKETS.findall(line)) >= 2


def _tennis_points(lexemes: list[Lexeme], s: int, end: int) -> bool:
    """Two tennis point values glued by a hyphen with no noun after them ("to trail 15-40", "at
    30-40 down"); "30-40 hours" and "30-40 firms" are ranges."""
    n = len(lexemes)
    if end + 1 >= n or lexemes[end].text not in ("-", "–"):
        return False
    first, second = lexemes[s], lexemes[end + 1]
    if first.text not in _TENNIS_POINTS | {"0"} or second.text not in _TENNIS_POINTS:
        return False  # "0-30 down": love-thirty
    if not (first.end == lexemes[end].start and lexemes[end].end == second.start):
        return False
    after = lexemes[end + 2] if end + 2 < n else None
    if after is not None and after.start == second.end and after.text not in ".,;:)!?":
        return False  # "30-40%": a range of shares
    return after is None or after.kind == "sym" or after.low in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset(
    {"and", "but", "or", "down", "up", "before", "after", "when", "with", "in", "to", "as", "lead"}
)
