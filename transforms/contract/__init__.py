"""The table contract: one declaration per output table, the single home of its columns.

Each :class:`Table` lists its :class:`Column` s (name, polars dtype, nullable, unique, allowed
values, foreign key, regex/minimum, description), its sort keys and the check columns that
``transforms.checks`` adds before validation. Everything else is derived from it:

- the polars schemas (``transforms.tables.SCHEMAS``, ``SORT_KEYS``),
- the Great Expectations suites ``expectations/<table>.json`` (:func:`suite`, in ``render.py``),
- the column tables in README.md between ``<!-- contract:<table> -->`` markers
  (:func:`readme_table`), and docs/columns.md, the conventions in full of the columns that have
  ``details`` (:func:`columns_doc`).

``newsfacts contract --write`` rewrites the suites and the README sections from this package;
``tests/test_contract.py`` fails when a file differs from what the declaration generates.

To add a column: add one ``Column(...)`` to its table in ``tables.py`` (at the position it
should have in the Parquet file), give the row builder in ``transforms.tables`` (or the flow step
that makes the table) the value, then run ``newsfacts contract --write`` and commit the
regenerated ``expectations/*.json`` and README.md. To allow a new value of a closed set (a quote
kind, a number kind, an entity label), add it to its tuple in ``columns.py`` (quarantine reasons
come from ``transforms.quarantine.REASONS``) and mention it in the column's description (a test
checks that every allowed value is described).
"""

from transforms.contract.columns import (
    ABOUT_SPAN_OK,
    ARTICLE_OK,
    CHANGES,
    ENTITY_LABELS,
    GEO_COLUMNS,
    NUMBER_KINDS,
    PLACE_KINDS,
    QUALIFIERS,
    QUOTE_KINDS,
    REMOVED_DTYPE,
    SPAN_CHECKS,
    SPAN_OK,
    SPEAKER_SPAN_OK,
    Column,
    Table,
)
from transforms.contract.render import (
    COLUMNS_DOC,
    column_anchor,
    columns_doc,
    doc_type,
    gx_type,
    readme_marker,
    readme_table,
    render_readme,
    suite,
    suite_json,
)
from transforms.contract.tables import TABLES

__all__ = [
    "ABOUT_SPAN_OK",
    "ARTICLE_OK",
    "CHANGES",
    "COLUMNS_DOC",
    "ENTITY_LABELS",
    "GEO_COLUMNS",
    "NUMBER_KINDS",
    "PLACE_KINDS",
    "QUALIFIERS",
    "QUOTE_KINDS",
    "REMOVED_DTYPE",
    "SPAN_CHECKS",
    "SPAN_OK",
    "SPEAKER_SPAN_OK",
    "TABLES",
    "Column",
    "Table",
    "column_anchor",
    "columns_doc",
    "doc_type",
    "gx_type",
    "readme_marker",
    "readme_table",
    "render_readme",
    "suite",
    "suite_json",
]
