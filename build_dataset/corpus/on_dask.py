"""run_ordered's executor on a Dask distributed cluster (``--scheduler ADDRESS``): the
same chunks as on the local pool, run on the cluster's workers, with each worker's builder
checked against the client's first (a worker with other code or other word lists would
give other rows, and the cache would file them under the client's builder)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from build_dataset.corpus.run import (
    DASK_HINT,
    WINDOW_CHUNKS,
    Pending,
    chunk_for,
    ordered,
    run_chunk,
)
from build_dataset.errors import InputError

T = TypeVar("T")
R = TypeVar("R")


def on_dask(
    items: Iterable[T],
    work: Callable[[T], R],
    scheduler: str,
    jobs: int,
    window: int | None,
    chunk: int | None,
    warm: Callable[[], object] | None,
    fingerprint: Callable[[], str] | None = None,
) -> Iterator[R]:
    """The same chunks on a Dask cluster's workers; only the results come back here."""
    try:  # typed as Any: Dask is an optional extra, present or not where mypy runs
        distributed: Any = importlib.import_module("dask.distributed")
    except ImportError as error:
        raise InputError("--scheduler", "Dask is not installed", DASK_HINT) from error
    try:
        client = distributed.Client(scheduler, set_as_default=False)
    except (OSError, ValueError) as error:
        raise InputError(
            "--scheduler",
            f"no Dask scheduler answers at {scheduler} ({error})",
            "start one with `dask scheduler` and workers with `dask worker ADDRESS`",
        ) from error
    try:
        expected: str | None = None
        if fingerprint is not None:
            expected = fingerprint()
            try:
                theirs = client.run(fingerprint)
            except Exception as error:  # a worker without build-dataset, or an older one
                first = (str(error).splitlines() or [""])[0]  # the error stays one line
                raise InputError(
                    "--scheduler",
                    f"a Dask worker cannot name its builder ({type(error).__name__}: {first})",
                    REINSTALL,
                ) from error
            for worker, key in sorted(theirs.items()):
                _same_builder(worker, key, expected)
        if warm is not None:
            client.run(warm_quietly, warm)  # workers that join later load on first use
        threads = max(jobs, sum(client.nthreads().values()))
        size = chunk or chunk_for(items, threads)

        def submit(batch: list[T]) -> Pending[list[R]]:
            # pure=False: a chunk is not worth hashing to find a twin that never comes.
            # Each chunk is checked where it runs: a worker may join after the check above.
            future: Pending[list[R]] = client.submit(
                _run_checked_chunk, expected, fingerprint, work, batch, pure=False
            )
            return future

        try:
            yield from ordered(items, submit, size, window or WINDOW_CHUNKS * threads * size)
        except OtherBuilder as error:
            worker, key = error.args
            _same_builder(worker, key, str(expected))
            raise
    finally:
        client.close()


def warm_quietly(warm: Callable[[], object]) -> None:
    """WARM on a Dask worker, sending back nothing of what it returns."""
    warm()


REINSTALL = (
    "install the same build-dataset and package versions on every worker"
    " (`build-dataset --version` and `pip freeze` there and here)"
)


class OtherBuilder(Exception):
    """Raised on a Dask worker whose builder is not the client's: (worker, its key)."""


# The fingerprint of this worker process, worked out for its first chunk only.
_OWN_FINGERPRINT: dict[Callable[[], str], str] = {}


def _run_checked_chunk(
    expected: str | None,
    fingerprint: Callable[[], str] | None,
    work: Callable[[T], R],
    chunk: list[T],
) -> list[R]:
    """run_chunk on a Dask worker, refused there before any work when the worker's
    builder is not the client's: its rows would differ and be cached as the client's."""
    if fingerprint is not None and expected is not None:
        if fingerprint not in _OWN_FINGERPRINT:
            _OWN_FINGERPRINT[fingerprint] = fingerprint()
        if _OWN_FINGERPRINT[fingerprint] != expected:
            where = importlib.import_module("dask.distributed").get_worker().address
            raise OtherBuilder(where, _OWN_FINGERPRINT[fingerprint])
    return run_chunk(work, chunk)


def _same_builder(worker: str, key: str, ours: str) -> None:
    """Refuse a worker whose builder is not this process's: another build-dataset or other
    word-list packages there give a package that differs from a local build's, silently,
    and the result cache would file it under this builder's key."""
    if key == ours:
        return
    # A fingerprint is "name=value;…": name the parts that differ on both sides.
    mine, its = ours.split(";"), key.split(";")
    there = ", ".join(part for part in its if part not in mine) or "nothing more"
    here = ", ".join(part for part in mine if part not in its) or "nothing more"
    raise InputError(
        "--scheduler",
        f"Dask worker {worker} runs another builder (there: {there}; here: {here})",
        REINSTALL,
    )
