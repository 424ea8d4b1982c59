"""Command line: parse arguments, call the pipeline, turn user errors into one line + exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from build_dataset import __version__
from build_dataset.errors import InputError

app = typer.Typer(
    add_completion=False,
    help="Turn a German news article into a validated Frictionless Data Package.",
)


def show_version(value: bool) -> None:
    if value:
        typer.echo(f"build-dataset {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def build_command(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the package into.")] = Path(
        "dist"
    ),
    seeds: Annotated[
        Path | None,
        typer.Option(
            "--seeds", help="A seed file, or a folder with one. Default: the project's seeds/."
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Write into a non-empty folder build-dataset did not write."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Build datapackage.json, article.json, quotes.csv and entities.csv into OUT."""
    from build_dataset.pipeline import build
    from build_dataset.resources import default_seeds
    from build_dataset.validate import ValidationFailed

    try:
        report = build(seeds or default_seeds(), out, force)
    except InputError as error:
        typer.echo(f"error: {error.one_line()}", err=True)
        raise typer.Exit(2) from None
    except ValidationFailed as failure:
        typer.echo(
            f"error: the built package is invalid (a bug, please report):\n{failure}", err=True
        )
        raise typer.Exit(1) from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"wrote {report.out}: {report.quotes} quotes, {report.entities} entities")


def main() -> None:
    app(prog_name="build-dataset")


if __name__ == "__main__":
    main()
