"""The command group and what its commands share: the exit codes, the one-line errors,
and main(), which turns an unexpected exception into one line and exit code 3."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from build_dataset.errors import InputError
from build_dataset.reading import one_line, printable

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
