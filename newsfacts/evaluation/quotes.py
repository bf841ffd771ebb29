"""`newsfacts eval quotes --gold PATH`: score the quotes extractor against a gold JSONL file."""

from __future__ import annotations

from pathlib import Path


def main(gold: Path, *, model: str, limit: int | None = None) -> None:
    """Run cleaning + extraction on every gold document and print the scores."""
    raise NotImplementedError("eval quotes is not implemented yet")
