"""Extract from hand-written paragraphs through the public API, without files; run the
command line in this process or, when a test needs a real one, in a child process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from click.testing import CliRunner

from build_dataset import Extraction, extract
from build_dataset.review import article_page_parts


def run(paragraphs: list[str], reference_date: str | None = None) -> Extraction:
    return extract("\n\n".join(paragraphs), id="case", reference_date=reference_date)


# One command at a time in this process: it changes the working folder, os.environ, sys.argv
# and the standard streams, which every thread shares.
_IN_PROCESS = threading.Lock()


class Hung(BaseException):
    """The command ran past its timeout (the in-process twin of subprocess.TimeoutExpired);
    a BaseException, so that main()'s net for unexpected errors does not turn it into exit 3."""


def article_page(*parts: Any) -> str:
    """An article's review page whole (article_page_parts, joined)."""
    return "".join(article_page_parts(*parts))


def build_dataset(
    *args: str,
    cwd: Path | None = None,
    env: Mapping[str, str | None] | None = None,
    timeout: float | None = None,
    child: bool = False,
) -> subprocess.CompletedProcess[str]:
    """`build-dataset ARGS` as a user runs it: exit code, stdout and stderr apart.

    By default in this process, through the same `build_dataset.cli.main` that
    `python -m build_dataset` calls, so the word lists are loaded once per test session,
    not once per command. ENV adds variables (None removes one) for the command only.
    `child=True` starts a real `python -m build_dataset` instead: for a test about the
    process itself (signals, a kill, the interpreter's own exit code, the `-m` entry,
    a command that must not share this process's state)."""
    if child:
        return subprocess.run(
            [sys.executable, "-m", "build_dataset", *args],
            capture_output=True, text=True, cwd=cwd, timeout=timeout,
            env=None if env is None else _merged(os.environ, env),
        )  # fmt: skip
    from build_dataset.cli import main

    argv = ["build-dataset", *args]
    with _IN_PROCESS, _inside(cwd), _deadline(timeout, argv):
        runner = CliRunner()
        with runner.isolation(env=env) as (stdout, stderr, _):
            old_argv, sys.argv = sys.argv, argv
            try:
                main()
                code = 0
            except SystemExit as stop:
                code = _exit_code(stop.code)
            except (Hung, KeyboardInterrupt):
                raise
            except BaseException:
                # What the interpreter does with an exception main() lets through
                # (BUILD_DATASET_DEBUG=1): the traceback on stderr, exit code 1.
                traceback.print_exc()
                code = 1
            finally:
                sys.argv = old_argv
                sys.stdout.flush()
                sys.stderr.flush()
            out, err = stdout.getvalue(), stderr.getvalue()
    return subprocess.CompletedProcess(
        argv, code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    )


def _merged(base: Mapping[str, str], changes: Mapping[str, str | None]) -> dict[str, str]:
    merged = {**base}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def _exit_code(code: object) -> int:
    """sys.exit's argument as the exit code a shell sees: None is 0, a message is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


@contextmanager
def _inside(cwd: Path | None) -> Iterator[None]:
    if cwd is None:
        yield
        return
    before = os.getcwd()
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(before)


@contextmanager
def _deadline(timeout: float | None, argv: list[str]) -> Iterator[None]:
    """A command still running after TIMEOUT seconds fails the test, as a child's would."""
    if timeout is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise Hung(f"{' '.join(argv)} still ran after {timeout} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extracted_ids(monkeypatch: Any) -> list[str]:
    """The ids of the articles a build extracts from now on, in order (a result read from
    the cache is not extracted); MONKEYPATCH: pytest's fixture, which undoes the patch."""
    from build_dataset.corpus import feed

    worked: list[str] = []
    real = feed.process

    def counting(job, options):  # type: ignore[no-untyped-def]
        worked.append(job.id)
        return real(job, options)

    monkeypatch.setattr(feed, "process", counting)
    return worked
