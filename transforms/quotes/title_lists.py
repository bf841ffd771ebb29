"""Lists of quoted titles: 'her hits include "Halo", "Crazy in Love" and "Angel"'.

Two or more quotations in a row in one paragraph, with nothing but a comma, "and", "or", "&" or
"as well as" between them, every one a short title-case name with no sentence end of its own, are
titles of works, slogans or names in a list, not statements: each is a ``scare`` quotation, whatever
verb comes before the list ("named", "include", "sang").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.quotes.kinds import TITLE_MAX_WORDS, last_char, title_case
from transforms.quotes.spans import QuoteSpan

_SEPARATOR = re.compile(r"\s*(?:,?\s*(?:and|or|&|as well as)\s*,?|,)\s*", re.I)
_TITLE_END = frozenset(".!?:;")


def _titlelike(text: str, q: QuoteSpan) -> bool:
    quoted = text[q.start : q.end]
    return (
        q.closed
        and len(quoted.split()) <= TITLE_MAX_WORDS
        and title_case(quoted)
        and last_char(text, q) not in _TITLE_END
    )


def _joined(text: str, a: QuoteSpan, b: QuoteSpan) -> bool:
    """Whether only a list separator stands between quotation ``a`` and the next one ``b`` (a
    comma inside the first one's marks counts: '“Halo,” “Angel”')."""
    if a.para_start != b.para_start or a.close_end > b.open_start:
        return False
    between = text[a.close_end : b.open_start]
    if not between.strip():
        return bool(between) and last_char(text, a) == ","
    return _SEPARATOR.fullmatch(between) is not None


def title_list_members(text: str, spans: Sequence[QuoteSpan]) -> set[int]:
    """Indexes into ``spans`` (in document order) of the quotations in a list of quoted titles."""
    out: set[int] = set()
    k = 0
    while k < len(spans):
        j = k
        while j + 1 < len(spans) and _joined(text, spans[j], spans[j + 1]):
            j += 1
        run = range(k, j + 1)
        if len(run) >= 2 and all(_titlelike(text, spans[i]) for i in run):
            out.update(run)
        k = j + 1
    return out
