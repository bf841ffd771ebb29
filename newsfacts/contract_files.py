"""The files generated from the table contract (``transforms.contract``): check or rewrite them.

``expectations/<table>.json`` (the Great Expectations suites), the column tables of README.md
between ``<!-- contract:<table> -->`` markers and docs/columns.md (the conventions in full). ``newsfacts contract`` lists the files that
differ from the declaration; ``newsfacts contract --write`` rewrites them.
"""

from __future__ import annotations

from pathlib import Path

from transforms.contract import COLUMNS_DOC, TABLES, columns_doc, render_readme, suite_json

ROOT = Path(__file__).resolve().parent.parent


def generated(root: Path | None = None) -> dict[Path, str]:
    """Every generated file under ``root`` (the repository) with the text the declaration gives it."""
    root = ROOT if root is None else root
    out = {root / "expectations" / f"{name}.json": suite_json(t) for name, t in TABLES.items()}
    readme = root / "README.md"
    out[readme] = render_readme(readme.read_text(encoding="utf-8"))
    out[root / COLUMNS_DOC] = columns_doc()
    return out


def stale(root: Path | None = None) -> list[Path]:
    """The generated files whose text differs from what the declaration generates."""
    return [
        path
        for path, text in generated(root).items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def write(root: Path | None = None) -> list[Path]:
    """Rewrite the stale files; returns them."""
    changed = stale(root)
    texts = generated(root)
    for path in changed:
        path.write_text(texts[path], encoding="utf-8")
    return changed
