"""Command line: parse arguments, call the pipeline, turn user errors into one line + exit 2."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from build_dataset import __version__
from build_dataset.errors import InputError
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

FORCE_GONE = (
    "is gone: build-dataset no longer writes into a folder that holds files it did not "
    "write, so that nothing of yours is ever moved or overwritten"
)

app = typer.Typer(
    add_completion=False,
    help="Turn a German news article into a validated Frictionless Data Package.",
)


@contextmanager
def one_line_errors() -> Iterator[None]:
    """A user's mistake is one line on stderr and exit code 2, never a traceback."""
    try:
        yield
    except InputError as error:
        typer.echo(f"error: {printable(error.one_line())}", err=True)
        raise typer.Exit(2) from None


def show_version(value: bool) -> None:
    if value:
        typer.echo(f"build-dataset {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def build_command(
    context: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", readable=False, help="Folder to write the package into.")
    ] = Path("dist"),
    seeds: Annotated[
        Path | None,
        typer.Option(
            "--seeds",
            readable=False,  # the build says in one line why it cannot read it
            help="A seed file, or a folder with one. Default: the project's seeds/.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", hidden=True)] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Build the package of the seed into OUT: datapackage.json, article.json, quotes.csv,
    entities.csv, the release file, croissant.json, index.html and SHA256SUMS."""
    if context.invoked_subcommand is not None:
        return
    from build_dataset.pipeline import build
    from build_dataset.resources import default_seeds
    from build_dataset.validate import ValidationFailed

    try:
        with one_line_errors():
            if force:
                raise InputError("--force", FORCE_GONE, "move your files out or pick another --out")
            report = build(seeds or default_seeds(), out)
    except ValidationFailed as broken:
        typer.echo(
            f"error: the built package is invalid (a bug, please report):\n{broken}", err=True
        )
        raise typer.Exit(1) from None
    for warning in report.warnings:
        typer.echo(f"warning: {printable(warning)}", err=True)
    typer.echo(f"wrote {report.out}: {report.quotes} quotes, {report.entities} entities")


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            help="Folder of NAME.txt articles, each with NAME.json gold; or a Wikinews "
            "quotation file (.jsonl) or a GermEval 2014 NER file (.tsv).",
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
        ),
    ] = None,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List every miss, false hit and wrong value.")
    ] = False,
) -> None:
    """Build every article in GOLD in memory and score quotes, speakers, entities and dates."""
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
        raise typer.Exit(3) from None
    except ExtractionFailed as failed:
        typer.echo(f"error: {failed} (a bug, please report)", err=True)
        raise typer.Exit(3) from None
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
        raise typer.Exit(1)


@app.command("diff")
def diff_command(
    old: Annotated[Path, typer.Argument(help="The older version: package folder or release file.")],
    new: Annotated[Path, typer.Argument(help="The newer version: package folder or release file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
) -> None:
    """Rows added, removed and changed per resource, schema changes, and the version bump the
    change needs. Exit 0 when NEW's version is high enough over OLD's, 1 when it is not."""
    from build_dataset import diff

    with one_line_errors():
        result = diff.compare(diff.load(old), diff.load(new))
        honest = result.version_is_honest
    if as_json:
        typer.echo(json_text(diff.as_json(result)))
    else:
        typer.echo(diff.report(result, str(old), str(new)))
    if not honest:
        raise typer.Exit(1)


@app.command("export")
def export_command(
    package: Annotated[Path, typer.Argument(help="A package folder that build-dataset wrote.")],
    sqlite: Annotated[
        Path, typer.Option("--sqlite", help="The SQLite file to write (replaced when done).")
    ],
) -> None:
    """Write the package as one SQLite database: article, quotes and entities with their
    primary and foreign keys (browse it with datasette or any SQLite client)."""
    from build_dataset.sqlite import export_sqlite

    with one_line_errors():
        export_sqlite(package, sqlite)
    typer.echo(f"wrote {sqlite}")


def main() -> None:
    app(prog_name="build-dataset")


if __name__ == "__main__":
    main()
