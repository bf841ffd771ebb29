"""Lossy mojibake of quotation marks and dashes ("â€" + U+FFFD) is restored when the text shows
the same mojibake elsewhere."""

from __future__ import annotations

import pytest

from tests.cleaning_helpers import clean
from transforms.cleaning.text import repair_characters, restore_lossy_punctuation

L = "â€\ufffd"  # what a lossy cp1252 round trip leaves of ” (and of ‐)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"He said â€œhello{L} and left.", "He said “hello” and left."),
        (f"â€œA{L}, â€˜bâ€™ and â€œc{L}.", "“A”, ‘b’ and “c”."),
        (f"Prices rose â€“ sharply â€œnow{L}", "Prices rose – sharply “now”"),
        (f"a Brexit{L}related row, â€œyes{L}", "a Brexit‐related row, “yes”"),
        (f"It costs £5 – cheap â€œok{L} really", "It costs £5 – cheap “ok” really"),
        # no evidence of the same mojibake: ftfy's own repair leaves one replacement character
        (f"only {L} here", "only \ufffd here"),
        ('“Curly” and "straight" stay as written.', '“Curly” and "straight" stay as written.'),
    ],
)
def test_repair_characters_restores_lossy_marks(text: str, expected: str) -> None:
    assert repair_characters(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"â€œx{L}", "â€œxâ€\x9d"),  # put back in ftfy's sloppy form; ftfy decodes it
        (f"aâ€™s {L}", "aâ€™s â€\x9d"),
        (f"x{L}y â€œ", "xâ€\x90y â€œ"),
        (f"x{L}y", f"x{L}y"),  # no evidence
        ("â€œ plain", "â€œ plain"),
    ],
)
def test_restore_lossy_punctuation(text: str, expected: str) -> None:
    assert restore_lossy_punctuation(text) == expected


def test_an_article_with_lossy_closing_quotes_gets_its_quotes_closed() -> None:
    body = (
        f"Mayor opens the new bridge\n\nâ€œThis bridge will serve 40,000 drivers a day,{L} said "
        f"the mayor on Monday. â€œWe waited years for it.{L}"
    )
    article = clean(body)
    assert article.text == (
        "Mayor opens the new bridge\n\n“This bridge will serve 40,000 drivers a day,” said "
        "the mayor on Monday. “We waited years for it.”"
    )
