"""The table contract is the one home of the columns: suites, schemas and README follow it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.contract_files import ROOT, stale
from transforms.checks import with_check_columns
from transforms.contract import ARTICLE_OK, TABLES, Column, Table, doc_type, gx_type, suite
from transforms.tables import SCHEMAS, SORT_KEYS, empty


def test_generated_files_are_current():
    """expectations/*.json and README's tables are what transforms/contract/ generates."""
    assert [str(p.relative_to(ROOT)) for p in stale()] == [], (
        "run `newsfacts contract --write` and commit the result"
    )


def test_a_drifted_copy_is_found(tmp_path):
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    assert stale(tmp_path) == []
    suite_file = tmp_path / "expectations" / "quotes.json"
    data = json.loads(suite_file.read_text(encoding="utf-8"))
    data["expectations"].pop()
    suite_file.write_text(json.dumps(data), encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(
        readme.read_text(encoding="utf-8").replace("| n_words | int |", "| n_words | float |"),
        encoding="utf-8",
    )
    assert stale(tmp_path) == [suite_file, readme]


def test_contract_command_checks_and_writes(tmp_path, monkeypatch):
    import newsfacts.contract_files as files

    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    (tmp_path / "expectations" / "numbers.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(files, "ROOT", tmp_path)
    runner = CliRunner()
    checked = runner.invoke(app, ["contract"])
    assert (checked.exit_code, checked.output) == (
        1,
        "stale: expectations/numbers.json\nerror: these files differ from "
        "transforms/contract/: run `newsfacts contract --write`\n",
    )
    written = runner.invoke(app, ["contract", "--write"])
    assert (written.exit_code, written.output) == (0, "rewrote: expectations/numbers.json\n")
    again = runner.invoke(app, ["contract"])
    assert (again.exit_code, again.output) == (
        0,
        "the suites and README tables match transforms/contract/\n",
    )


def test_readme_headings_follow_the_declaration():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = re.findall(r"^### `(\w+)` — (.+)$", readme, flags=re.M)
    assert headings == [(t.name, t.description) for t in TABLES.values()]


@pytest.mark.parametrize(
    ("table", "column"),
    [(t.name, c.name) for t in TABLES.values() for c in t.columns if c.values is not None],
)
def test_every_allowed_value_is_described(table, column):
    col = TABLES[table].column(column)
    text = f"{col.description} {col.details or ''}"
    missing = [v for v in col.values if not re.search(rf"\b{re.escape(str(v))}\b", text)]
    assert missing == []


def test_foreign_keys_name_declared_columns_and_articles_keys_are_checked():
    for table in TABLES.values():
        for col in table.columns:
            if col.references:
                target, key = col.references.split(".")
                assert TABLES[target].column(key).unique, col.references
                if target == "articles":
                    assert ARTICLE_OK in table.checks, table.name


def test_check_columns_are_the_ones_transforms_checks_adds():
    frames = with_check_columns({name: empty(name) for name in TABLES})
    for name, table in TABLES.items():
        assert frames[name].columns == [*table.schema, *table.checks]


def test_schemas_and_sort_keys_come_from_the_declaration():
    assert {n: t.schema for n, t in TABLES.items()} == SCHEMAS
    for name, keys in SORT_KEYS.items():
        assert set(keys) <= set(SCHEMAS[name])


def test_one_column_is_one_edit():
    """A new column appears in the schema, the suite and the README table at once."""
    import polars as pl

    from transforms.contract import readme_table

    base = TABLES["numbers"]
    extra = Column("source_kind", pl.String, "where the number is from", values=("x",))
    grown = Table(base.name, base.description, (*base.columns, extra), base.sort_keys, base.checks)
    assert list(grown.schema)[-1] == "source_kind"
    kinds = {(e["type"], e["kwargs"].get("column")) for e in suite(grown)["expectations"]}
    assert ("expect_column_values_to_be_of_type", "source_kind") in kinds
    assert ("expect_column_values_to_be_in_set", "source_kind") in kinds
    assert ("expect_column_values_to_not_be_null", "source_kind") not in kinds
    assert suite(grown)["expectations"][0]["kwargs"]["column_list"][-4:] == [
        "source_kind",
        *base.checks,
    ]
    assert readme_table(grown).splitlines()[-1] == (
        "| source_kind | string | where the number is from |"
    )


def test_details_go_to_the_columns_doc_with_a_link_from_the_readme():
    import polars as pl

    from transforms.contract import columns_doc, readme_table

    base = TABLES["numbers"]
    extra = Column("source_kind", pl.String, "where it is from", details="Every rule, in full.")
    grown = Table(base.name, base.description, (*base.columns, extra), base.sort_keys, base.checks)
    assert readme_table(grown).splitlines()[-1] == (
        "| source_kind | string | where it is from "
        "([in full](docs/columns.md#numbers-source-kind)) |"
    )
    doc = columns_doc({"numbers": grown})
    assert doc.endswith(
        '\n<a id="numbers-source-kind"></a>\n\n## `numbers.source_kind`\n\nEvery rule, in full.\n'
    )


def test_every_link_of_the_readme_to_the_columns_doc_has_its_anchor():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    doc = (ROOT / "docs" / "columns.md").read_text(encoding="utf-8")
    links = re.findall(r"\(docs/columns\.md#([\w-]+)\)", readme)
    anchors = re.findall(r'<a id="([\w-]+)"></a>', doc)
    assert links and sorted(set(links)) == sorted(anchors)


@pytest.mark.parametrize(
    ("dtype", "gx", "doc"),
    [
        ("String", "str", "string"),
        ("Int64", "int", "int"),
        ("Float64", "float", "float"),
        ("Date", "date", "date"),
    ],
)
def test_type_names(dtype, gx, doc):
    import polars as pl

    assert (gx_type(getattr(pl, dtype)), doc_type(getattr(pl, dtype))) == (gx, doc)


def test_nested_type_names():
    from transforms.contract import REMOVED_DTYPE

    assert (gx_type(REMOVED_DTYPE), doc_type(REMOVED_DTYPE)) == ("list", "list[struct{kind, text}]")


def test_suite_files_load_in_gx_with_every_expectation():
    from flows.validate import EXPECTATIONS_DIR, load_suite

    for name in TABLES:
        loaded = load_suite(name)
        wanted = json.loads((Path(EXPECTATIONS_DIR) / f"{name}.json").read_text())["expectations"]
        assert len(loaded.expectations) == len(wanted)
