"""English titles and honorifics that precede a person's name ("Mr.", "Lt. Gen.", "Prime Minister").

A general vocabulary of English titles (not data from any article). Tokens are compared
lower-cased without their final period, so "Gen." and "Gen" both match.
"""

from __future__ import annotations

from collections.abc import Sequence


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Complete titles on their own (one or more words).
_SIMPLE = _words(
    """
    mr mrs ms miss mx messrs dr prof professor sir dame lord lady madam madame mme herr
    frau senor señor senora señora president vice-president premier chancellor king
    queen prince princess emperor empress sheikh sheik emir sultan pope cardinal
    archbishop bishop rev reverend rabbi imam ayatollah pastor gen general lt lieutenant
    col colonel maj major capt captain cmdr commander adm admiral sgt sergeant cpl
    corporal brig brigadier marshal cdr insp inspector supt det detective sen senator
    rep representative congressman congresswoman gov governor mayor judge justice
    magistrate ambassador minister secretary chairman chairwoman chairperson spokesman
    spokeswoman spokesperson commissioner director coach manager striker midfielder
    defender goalkeeper skipper mp mep councillor councilman attorney prosecutor ceo cfo
    coo md speaker sheriff tsar czar tsarina kaiser shah comrade citizen
    """
)
# Words that can only be a title when the whole run ends in a head word: "Foreign Minister",
# "Deputy Prime Minister", "Secretary of State", "Attorney General", "Lt. Gen.".
_HEADS = _words(
    """
    minister secretary president chancellor general gen governor chairman chairwoman
    director commissioner ambassador spokesman spokeswoman officer executive mayor
    leader speaker coach manager justice judge marshal admiral colonel col major maj
    captain capt commander sergeant lieutenant senator sen prosecutor attorney
    premier counsel envoy adviser advisor
    """
)
MAX_TITLE_TOKENS = 5


def norm(token: str) -> str:
    """Normalise a token for title lookup: lower case, no final period, curly apostrophe straight."""
    return token.lower().rstrip(".").replace("’", "'")


def is_title_word(token: str) -> bool:
    """True for a word that is a title on its own ("Mr.", "President", "Gen.")."""
    return norm(token) in _SIMPLE


def is_title_head(token: str) -> bool:
    """True for a word that ends a title run ("Minister" in "Foreign Minister")."""
    return norm(token) in _HEADS


def _is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper()


def title_run_before(tokens: Sequence[str], end: int, *, start_min: int = 0) -> int:
    """Start index of the longest title run ending just before ``end`` (``end`` if none).

    ``tokens`` are the token texts. A run is either a sequence of title words ("Lt. Gen.",
    "Mr.") or capitalised words ending in a head word ("Defence Minister", "Secretary of
    State" where "State" follows the head "Secretary"). Only capitalised or abbreviated forms
    count, so "the minister" is not a title.
    """
    i = end - 1
    if i < start_min or not _is_cap(tokens[i]):
        return end
    best = end
    # Case 1: "<Head> of <Cap>" ("Secretary of State"): the run ends in a capitalised noun.
    if i - 2 >= start_min and tokens[i - 1] == "of" and is_title_head(tokens[i - 2]):
        j = i - 2
        best = j
        while j - 1 >= start_min and end - (j - 1) <= MAX_TITLE_TOKENS and _is_cap(tokens[j - 1]):
            if not (is_title_word(tokens[j - 1]) or norm(tokens[j - 1]) in {"deputy", "vice"}):
                break
            j -= 1
            best = j
        return best
    if not (is_title_word(tokens[i]) or is_title_head(tokens[i])):
        return end
    best = i
    j = i
    while j - 1 >= start_min and end - (j - 1) <= MAX_TITLE_TOKENS:
        prev = tokens[j - 1]
        if prev == "." and j - 2 >= start_min and is_title_word(tokens[j - 2]):
            j -= 2  # an abbreviation split from its period ("Lt" ".")
            best = j
        elif is_title_word(prev) and _is_cap(prev):
            j -= 1
            best = j
        elif is_title_head(tokens[i]) and _is_cap(prev) and prev.isalpha() and not prev.isupper():
            # a qualifier of the head: "Foreign" Minister, "Defense" Minister
            j -= 1
            best = j
        else:
            break
    return best


def strip_title_prefix(tokens: Sequence[str], start: int, end: int) -> int:
    """Index of the first token after a title at the start of ``tokens[start:end]``.

    Returns ``start`` when the span does not begin with a title, and never consumes the last
    token (a span that is only a title keeps it).
    """
    j = start
    while (
        j < end - 1
        and _is_cap(tokens[j])
        and (is_title_word(tokens[j]) or is_title_head(tokens[j]))
    ):
        j += 1
        # qualifier + head ("Foreign Minister" at the start of a span)
    if (
        j == start
        and end - start >= 3
        and _is_cap(tokens[start])
        and is_title_head(tokens[start + 1])
    ):
        j = start + 2
    # "Secretary of State X"
    if j < end - 2 and tokens[j] == "of" and j > start and is_title_head(tokens[j - 1]):
        j += 2
    return j if j < end else start
