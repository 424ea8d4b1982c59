"""`build-dataset cache`: what the result cache holds, and pruning what no build reads."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from build_dataset.cli.app import Command, app, one_line_errors
from build_dataset.errors import InputError


@app.command("cache", cls=Command)
def cache_command(
    cache: Annotated[
        Path | None,
        typer.Option(
            "--cache",
            readable=False,
            help="The cache folder; default: $XDG_CACHE_HOME/build-dataset.",
            metavar="DIR",
        ),
    ] = None,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune",
            help="Remove the folders of other builders and word-list versions (but not "
            "one written in the last hour), and unfinished writes older than an hour.",
        ),
    ] = False,
    everything: Annotated[
        bool,
        typer.Option("--all", help="With --prune: empty the recent and the current folders too."),
    ] = False,
) -> None:
    """Show what the cache holds: one folder of per-article results per builder (a new
    version of build-dataset or of a package it uses starts one), the compiled word lists,
    unfinished writes, with the ones this installation uses marked current. --prune removes
    the rest; only names of the cache's own layout are removed, anything else in the
    folder and every symbolic link is left alone. Exit 2 when DIR is no folder, holds
    nothing of the cache, or a file cannot be read or removed."""
    from build_dataset.corpus import cache_report, housekeeping
    from build_dataset.corpus.cache import default_cache_folder

    folder = cache if cache is not None else default_cache_folder()
    with one_line_errors():
        if everything and not prune:
            raise InputError("--all", "given without --prune", "add --prune to empty the cache")
        if prune:
            text = cache_report.pruned_text(housekeeping.prune(folder, everything=everything))
        else:
            text = cache_report.survey_text(housekeeping.survey(folder))
    typer.echo(text)
