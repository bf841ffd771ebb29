"""``newsfacts eval ...``: score the extractors against annotated gold files (paths given)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsfacts.settings import DEFAULT_MODEL

eval_app = typer.Typer(
    help="Score the extractors against annotated gold JSONL files.", no_args_is_help=True
)

GoldOpt = Annotated[
    Path, typer.Option("--gold", help="Gold JSONL file.", exists=True, dir_okay=False)
]
ModelOpt = Annotated[
    str,
    typer.Option(
        "--model",
        help="spaCy model to load: an installed package's name or a pipeline directory's path.",
    ),
]
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
    examples: Annotated[
        int, typer.Option("--examples", help="Print this many misses and false hits per kind.")
    ] = 3,
    doc_cache: Annotated[
        Path | None,
        typer.Option(
            "--doc-cache",
            help="Directory caching the parsed Docs (keyed by model name, pipeline and text hash) so that "
            "a rerun only runs the extractors; off by default. Delete it when the model changes.",
            file_okay=False,
        ),
    ] = None,
    edges: Annotated[
        bool,
        typer.Option(
            "--edges",
            help="Also count the partial overlaps (content token F1 below the match threshold) "
            "per edge and what differs there.",
        ),
    ] = False,
    ceiling: Annotated[
        bool,
        typer.Option(
            "--ceiling",
            help="Also score the same rows as if every partial overlap had the gold's "
            "boundaries (and with no false rows): what better edges alone could gain.",
        ),
    ] = False,
    target: Annotated[
        list[str] | None,
        typer.Option(
            "--target",
            help="KIND=F1 (KIND: all, direct, mixed, indirect), repeatable: with --ceiling, "
            "print the recall each ceiling's precision would need to reach that F1.",
        ),
    ] = None,
) -> None:
    """Direct quotes (span P/R/F1, speaker) and all attribution relations per kind."""
    from newsfacts.evaluation.quotes import main

    main(
        gold,
        model=model,
        limit=limit,
        offset=offset,
        errors_out=errors,
        examples=examples,
        doc_cache=doc_cache,
        edges=edges,
        ceiling=ceiling,
        targets=_targets(target or []),
    )


def _targets(specs: list[str]) -> dict[str, float]:
    """``["all=0.85", "indirect=0.8"]`` -> ``{"all": 0.85, "indirect": 0.8}``."""
    from newsfacts.evaluation.relations import KINDS

    out: dict[str, float] = {}
    for spec in specs:
        kind, _, value = spec.partition("=")
        try:
            f1 = float(value)
        except ValueError:
            f1 = -1.0
        if kind not in ("all", *KINDS) or not 0.0 < f1 <= 1.0:
            raise typer.BadParameter(
                f"--target {spec!r}: write KIND=F1 with KIND one of all, {', '.join(KINDS)} "
                "and F1 in (0, 1], e.g. --target indirect=0.8"
            )
        out[kind] = f1
    return out


@eval_app.command("entities")
def eval_entities(gold: GoldOpt, model: ModelOpt = DEFAULT_MODEL, limit: LimitOpt = None) -> None:
    """Exact-span NER P/R/F1, micro and per type (CoNLL labels PER, ORG, LOC, MISC)."""
    from newsfacts.evaluation.entities import main

    main(gold, model=model, limit=limit)


@eval_app.command("numbers")
def eval_numbers(
    gold: GoldOpt,
    model: ModelOpt = DEFAULT_MODEL,
    limit: LimitOpt = None,
    engine: Annotated[
        str, typer.Option("--engine", help="'newsfacts' (default) or the 'quantulum3' baseline.")
    ] = "newsfacts",
    errors: Annotated[
        int, typer.Option("--errors", help="Print this many misses and false positives.")
    ] = 0,
) -> None:
    """Value accuracy (overall, per source file, spelled-out), unit agreement, precision."""
    from newsfacts.evaluation.numbers import main

    main(gold, model=model, limit=limit, engine=engine, errors=errors)


@eval_app.command("cleaning")
def eval_cleaning(
    corpus: Annotated[
        Path,
        typer.Option("--corpus", help="Directory of raw files.", exists=True, file_okay=False),
    ],
    limit: LimitOpt = None,
) -> None:
    """Ingest and clean a directory: rejections, removals by kind, duplicates, time."""
    from newsfacts.evaluation.cleaning import main

    main(corpus, limit=limit)
