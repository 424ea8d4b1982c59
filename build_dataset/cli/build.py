"""The build: `build-dataset --seeds SOURCE --out DIR` (the group's own callback, so that
it runs when no command is named)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from build_dataset.cli.app import BUG, app, one_line_errors
from build_dataset.errors import InputError
from build_dataset.reading import one_line

FORCE_GONE = (
    "is gone: build-dataset no longer writes into a folder that holds files it did not "
    "write, so that nothing of yours is ever moved or overwritten"
)


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
