"""The commands that read what was built: evaluate (against gold), diff (two versions)
and export (SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from build_dataset.cli.app import BUG, CHECK_FAILED, Command, app, one_line_errors
from build_dataset.reading import json_text, printable

# The keys of evaluate's categories (a test keeps them equal to evaluate.CATEGORIES), here
# so that the command line starts without importing the extraction.
CATEGORY_KEYS = (
    "direct", "indirect", "speaker", "PER", "ORG", "LOC", "DATE", "dates", "mentions", "cue",
    "metadata",
)  # fmt: skip
WIKINEWS_KEYS = ("direct", "indirect", "quotes", "speaker", "cue")
GERMEVAL_KEYS = (
    "PER", "ORG", "LOC", "micro", "PER-overlap", "ORG-overlap", "LOC-overlap", "micro-overlap",
)  # fmt: skip


@app.command("evaluate", cls=Command)
def evaluate_command(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            help="Folder of NAME.txt articles, each with its hand-written NAME.json "
            "(schema/gold.schema.json); or a Wikinews quotation file (.jsonl) or a GermEval "
            "2014 NER file (.tsv).",
            metavar="PATH",
        ),
    ],
    gold_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="folder, wikinews or germeval; default: recognised by the path's content.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    min_f1: Annotated[
        list[str] | None,
        typer.Option(
            "--min-f1",
            help="Exit 1 when an F1 is below this bar: 0.9 for every category, or "
            f"CATEGORY=0.9 for one ({', '.join(CATEGORY_KEYS)}; Wikinews: "
            f"{', '.join(WIKINEWS_KEYS)}; GermEval: {', '.join(GERMEVAL_KEYS)}). Repeatable.",
            metavar="[CATEGORY=]F1",
        ),
    ] = None,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List every miss, false hit and wrong value.")
    ] = False,
) -> None:
    """Score the builder against gold: build every article of --gold in memory and compare
    it with the gold, giving precision, recall and F1 for quotes, speakers, entities, dates,
    mention counts and cues. --gold is a folder of NAME.txt with hand-written NAME.json
    beside each (whose reference_date is the article's), a Wikinews quotation file (.jsonl)
    or a GermEval 2014 NER file (.tsv). Exit 1 when a --min-f1 bar is not reached, 2 for a
    bad gold file, 3 when built rows break the schema or the extraction fails (a bug)."""

    from build_dataset import benchmarks, scoreboard
    from build_dataset.benchmarks.adapter import ExtractionFailed
    from build_dataset.validate import ValidationFailed

    try:
        with one_line_errors():
            kind = benchmarks.detect(gold, gold_format)
            keys = [key for key, _ in benchmarks.categories(kind)]
            bars = scoreboard.parse_bars(min_f1 or [], keys)
            evaluation = benchmarks.evaluate_path(gold, kind)
    except ValidationFailed as broken:
        typer.echo(
            f"error: built rows break the schema (a bug, please report):\n{broken}", err=True
        )
        raise typer.Exit(BUG) from None
    except ExtractionFailed as failed:
        typer.echo(f"error: {failed} (a bug, please report)", err=True)
        raise typer.Exit(BUG) from None
    if as_json:
        result = scoreboard.as_json(evaluation, show_errors)
        typer.echo(json_text(result))
    else:
        typer.echo(scoreboard.table(evaluation))
        if show_errors:
            typer.echo("\n" + printable(scoreboard.findings(evaluation)))
    failures = scoreboard.below_bars(evaluation, bars)
    for failure in failures:
        typer.echo(f"below the bar: {printable(failure)}", err=True)
    if failures:
        raise typer.Exit(CHECK_FAILED)


@app.command("diff", cls=Command)
def diff_command(
    old: Annotated[
        Path,
        typer.Argument(help="The older version: package folder or release file.", metavar="OLD"),
    ],
    new: Annotated[
        Path,
        typer.Argument(help="The newer version: package folder or release file.", metavar="NEW"),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
) -> None:
    """Compare two versions of the package: rows added, removed and changed per resource
    (matched by primary key, each changed field old -> new), schema changes, and the
    smallest version bump the change needs. Exit 0 when NEW's version is at least that bump
    over OLD's, 1 when it is not, 2 for a bad package or release file."""

    from build_dataset import diff

    with one_line_errors():
        result = diff.compare(diff.load(old), diff.load(new))
        honest = result.version_is_honest
    if as_json:
        typer.echo(json_text(diff.as_json(result)))
    else:
        typer.echo(diff.report(result, str(old), str(new)))
    if not honest:
        raise typer.Exit(CHECK_FAILED)


@app.command("export", cls=Command)
def export_command(
    package: Annotated[
        Path, typer.Argument(help="A package folder that build-dataset wrote.", metavar="DIR")
    ],
    sqlite: Annotated[
        Path,
        typer.Option(
            "--sqlite", help="The SQLite file to write (replaced when done).", metavar="FILE"
        ),
    ],
) -> None:
    """Write a package folder as one SQLite database FILE: the tables article (one row per
    article), quotes, entities, mentions, warnings and skipped with their primary keys
    (composite ones included) and foreign keys, to browse with datasette or any SQLite
    client. Exit 2 when DIR is not a package build-dataset wrote."""
    from build_dataset.sqlite import export_sqlite

    with one_line_errors():
        export_sqlite(package, sqlite)
    typer.echo(f"wrote {sqlite}")
