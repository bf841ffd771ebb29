"""Re-joining paragraphs broken in the middle of a sentence.

A paragraph that ends without terminal punctuation (``. ! ? …`` or ``:``/``;``, once closing
quotes and brackets are set aside) and is followed by one that starts with a lower-case letter
is one paragraph: the two are joined with a single space. The title and deck are never joined,
nor is a list item joined to what precedes it. Markdown headings are not exempt: their markup
is gone from the output, so exempting them would make cleaning the cleaned text differ.
"""

from __future__ import annotations

from transforms.cleaning.markup import Para

TERMINAL = frozenset(".!?…:;")
CLOSERS = frozenset("\"'”’»)]›")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with terminal punctuation (closing quotes/brackets skipped)."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1].rstrip()
    return bool(stripped) and stripped[-1] in TERMINAL


def starts_lower(text: str) -> bool:
    """True when the first character is a lower-case letter."""
    return bool(text) and text[0].islower()


def rejoin_broken(paras: list[Para]) -> list[Para]:
    """Join each paragraph broken mid-sentence with the one that continues it."""
    out: list[Para] = []
    for para in paras:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.locked
            and not para.locked
            and not para.list_item
            and not ends_sentence(prev.text)
            and starts_lower(para.text)
        ):
            prev.text = f"{prev.text} {para.text}"
            continue
        out.append(para)
    return out
