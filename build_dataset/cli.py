"""Command line: parse arguments, call the pipeline, turn user errors into one line + exit 2.

Exit codes, the same for every command: 0 done; 1 a check the user asked for failed
(evaluate below a bar, diff's version too low); 2 bad input or usage; 3 a bug (the output
broke its own schema, or an unexpected exception: one line, the traceback with
BUILD_DATASET_DEBUG=1).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from build_dataset.errors import InputError
from build_dataset.reading import json_text, one_line, printable

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

DONE, CHECK_FAILED, BAD_INPUT, BUG = 0, 1, 2, 3

HELP = """Turn German news articles into a validated Frictionless Data Package of their
quotes (who said what) and entities (people, organisations, places, dates): one article or
a corpus of millions, the same shape.

`build-dataset --seeds NAME.txt --out DIR` writes into DIR: datapackage.json,
article.json, quotes.csv, entities.csv, mentions.csv, warnings.csv, skipped.csv, the
release file NAME-VERSION.json, croissant.json, the review page index.html with one page
per article in review/, and SHA256SUMS. The package is built beside DIR and swapped in
only when it validated; on an error DIR stays as it was. DIR must be absent, empty or
hold a package build-dataset wrote.

A source (--seeds, repeatable) is an article NAME.txt (one paragraph a line; facts the
text cannot give go into NAME.meta.json beside it, each with a justification:
{"reference_date": {"value": "2025-02-16", "justification": "..."}}), a folder (every
*.txt in it and below; the id is the path without .txt), or a JSON Lines file *.jsonl
with one article a line: {"id": "...", "text": "...", "title": "...", "reference_date":
"2025-02-16"}. The reference date is the day the article appeared: "12. Februar" becomes
2025-02-12 and "Dienstag" the Tuesday on or before it; without one they stay XXXX-02-12
and unresolved. A dataset.json in a --seeds folder or beside a --seeds file (or
--dataset) gives the package's name, title, version and creation stamp.

Exit codes: 0 done; 1 a check you asked for failed (evaluate below a bar, diff's version
too low); 2 bad input or usage; 3 a bug (the output broke its own schema)."""


class Commands(TyperGroup):
    """The commands, with a hint when an article is given where a command belongs."""

    # The context is typer's own copy of click's, which typer does not export: Any.
    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        unknown = name and not name.startswith("-") and self.get_command(ctx, name) is None
        if unknown and ("/" in name or "." in name or Path(name).exists()):
            typer.echo(
                f"error: {name}: not a command; to build articles, pass them with --seeds: "
                f"build-dataset --seeds {name} --out DIR",
                err=True,
            )
            raise typer.Exit(BAD_INPUT)
        return super().resolve_command(ctx, args)


class Command(TyperCommand):
    """A command whose usage line names its arguments plainly: `diff OLD NEW`, not `{OLD}`."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [piece.strip("{}") for piece in super().collect_usage_pieces(ctx)]


FORCE_GONE = (
    "is gone: build-dataset no longer writes into a folder that holds files it did not "
    "write, so that nothing of yours is ever moved or overwritten"
)

app = typer.Typer(
    cls=Commands,
    add_completion=False,
    # Click's plain help: typer's rich panels show a flag as taking a value (`--json <bool>`)
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help=HELP,
)


@contextmanager
def one_line_errors() -> Iterator[None]:
    """A user's mistake is one line on stderr and exit code 2, never a traceback; bad
    articles of a corpus are a line each after one saying what to do."""
    try:
        yield
    except InputError as error:
        listed = getattr(error, "listed", None)  # bad articles: a heading, a line each
        lines = listed() if listed else getattr(error, "lines", None) or [error.one_line()]
        for line in lines:  # a refusal of the sources: one error line each
            typer.echo(one_line(line) if listed else f"error: {one_line(line)}", err=True)
        raise typer.Exit(BAD_INPUT) from None


def show_version(value: bool) -> None:
    if value:
        from build_dataset import __version__

        typer.echo(f"build-dataset {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def build_command(
    context: typer.Context,
    out: Annotated[
        Path,
        typer.Option(
            "--out", readable=False, help="Folder to write the package into.", metavar="DIR"
        ),
    ] = Path("dist"),
    seeds: Annotated[
        list[Path] | None,
        typer.Option(
            "--seeds",
            readable=False,  # the build says in one line why it cannot read it
            help="An article NAME.txt (with NAME.meta.json beside it), a folder of them, or "
            "a JSON Lines file of articles; repeatable. Default: the seed that ships with "
            "build-dataset.",
            metavar="SOURCE",
        ),
    ] = None,
    dataset: Annotated[
        Path | None,
        typer.Option(
            "--dataset",
            readable=False,
            help="The dataset.json giving the package's name, title and version; default: "
            "the one in a --seeds folder or beside a --seeds file.",
            metavar="FILE",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", min=1, help="Worker processes; default: all cores.", metavar="N"),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Run the articles on this Dask cluster (tcp://HOST:8786); needs "
            "build-dataset[dask].",
            metavar="ADDRESS",
        ),
    ] = None,
    cache: Annotated[
        Path | None,
        typer.Option(
            "--cache",
            readable=False,
            help="Folder of per-article results to reuse; default: $XDG_CACHE_HOME/build-dataset.",
            metavar="DIR",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write cached results.")
    ] = False,
    no_bodies: Annotated[
        bool,
        typer.Option(
            "--no-bodies",
            help="Leave the article texts out of article.json (their length and sha256 stay).",
        ),
    ] = False,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="Build the good articles and list the bad ones in skipped.csv, instead of "
            "refusing.",
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="No progress bar, no warnings on stderr.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", hidden=True)] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Build the package of the sources into OUT (the files are listed in HELP)."""
    if context.invoked_subcommand is not None:
        return
    from build_dataset.pipeline import build
    from build_dataset.resources import default_seeds
    from build_dataset.validate import ValidationFailed

    try:
        with one_line_errors():
            if force:
                raise InputError("--force", FORCE_GONE, "move your files out or pick another --out")
            if cache is not None and no_cache:
                raise InputError("--cache", "given with --no-cache", "give one of the two")
            report = build(
                seeds or [default_seeds()],
                out,
                dataset=dataset,
                jobs=jobs,
                scheduler=scheduler,
                cache=False if no_cache else cache,
                no_bodies=no_bodies,
                skip_invalid=skip_invalid,
                progress=not quiet and sys.stderr.isatty(),
            )
    except ValidationFailed as broken:
        typer.echo(
            f"error: the built package is invalid (a bug, please report):\n{broken}", err=True
        )
        raise typer.Exit(BUG) from None
    for line in report.stderr_lines(quiet):
        typer.echo(one_line(line), err=True)
    typer.echo(report.summary())


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


DEBUG = "BUILD_DATASET_DEBUG"


def main() -> None:
    """Run the command line. An exception nobody expected is a bug: one line and exit code 3
    (exit 1 means only that a check failed), or the traceback when BUILD_DATASET_DEBUG=1."""
    try:
        app(prog_name="build-dataset")
    except Exception as error:
        if os.environ.get(DEBUG) == "1":
            raise
        message = printable(f"{type(error).__name__}: {error}".replace("\n", " "))
        typer.echo(
            f"error: internal error: {message}; please report it "
            f"(run with {DEBUG}=1 for the traceback)",
            err=True,
        )
        sys.exit(BUG)


if __name__ == "__main__":
    main()
