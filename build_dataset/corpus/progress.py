"""Progress of a long build on stderr: articles done of total, articles/s, time left.

Shown only on a terminal and unless quiet; anywhere else (a pipe, a CI log, a file) the
reporter does nothing. rich (which typer brings) is imported only when a bar is shown.
The bar is redrawn by ``advance`` itself, at most ten times a second, not by a refresh
thread: the process pool forks its workers after the bar has started, and a process that
forks must not hold threads of its own.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TextIO

REDRAW_SECONDS = 0.1


class Progress(Protocol):
    def advance(self, count: int = 1) -> None:
        """COUNT more items are done."""


class Silent:
    """The reporter where nothing is shown."""

    def advance(self, count: int = 1) -> None:
        pass


class Bar:
    """A rich progress bar, redrawn from ``advance``."""

    def __init__(self, progress: Any, label: str, total: int | None) -> None:
        self.progress = progress
        self.label = label
        self.task = progress.add_task(label, total=total, rate="")
        self.drawn = 0.0

    def advance(self, count: int = 1) -> None:
        self.progress.advance(self.task, count)
        now = time.monotonic()
        if now - self.drawn >= REDRAW_SECONDS:
            self.drawn = now
            self.draw()

    def draw(self) -> None:
        # rich's own speed column shows bytes; the rate field shows items a second.
        speed = self.progress.tasks[0].speed
        rate = f"{speed:,.0f} {self.label}/s" if speed else ""
        self.progress.update(self.task, rate=rate)
        self.progress.refresh()


@contextmanager
def progress_bar(
    total: int | None,
    *,
    label: str = "articles",
    quiet: bool = False,
    stream: TextIO | None = None,
) -> Iterator[Progress]:
    """A reporter of TOTAL items (None: unknown) on STREAM (default stderr)."""
    stream = sys.stderr if stream is None else stream
    if quiet or not stream.isatty():
        yield Silent()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as RichProgress

    columns = (
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        TextColumn("left"),
    )
    console = Console(file=stream, stderr=stream is sys.stderr)
    with RichProgress(
        *columns, console=console, auto_refresh=False, redirect_stdout=False,
        redirect_stderr=False,
    ) as progress:  # fmt: skip
        bar = Bar(progress, label, total)
        yield bar
        bar.draw()
