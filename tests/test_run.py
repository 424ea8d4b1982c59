"""The ordered parallel map: order, the in-flight bound, errors, stopping, progress, Dask.

Invented work only (numbers and words); no timing is asserted, only what came back, in
which order, from which process, and that no worker outlives the run.
"""

from __future__ import annotations

import functools
import io
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterator

import pytest

from build_dataset.corpus.progress import Silent, progress_bar
from build_dataset.corpus.run import run_ordered
from build_dataset.errors import InputError

WARMED: list[str] = []


def uneven(number: int) -> tuple[int, int]:
    """Later items often finish first: the sleep falls and rises with the number."""
    time.sleep((number * 7 % 5) / 1000)
    return number, number * number


def whose(number: int) -> tuple[int, int]:
    return number, os.getpid()


def fails_at_seven(number: int) -> int:
    if number == 7:
        raise ValueError("Artikel 7 ist kaputt")
    return number


def slow(number: int) -> int:
    time.sleep(0.05)
    return number


def dies_at_five(number: int) -> int:
    if number == 5:
        os._exit(9)  # a worker killed under it (out of memory, say)
    return number


def scaled(number: int, *, factor: int) -> int:
    return number * factor


def own_pid() -> str:
    return f"version=1;pid={os.getpid()}"


def fixed() -> str:
    return "version=1"


ASKED: list[int] = []


def second() -> str:
    """version=1 the first time a process asks, version=2 after that."""
    ASKED.append(1)
    return "version=1" if len(ASKED) == 1 else "version=2"


def warm() -> None:
    WARMED.append("Wortlisten")


def warmed(number: int) -> tuple[int, tuple[str, ...]]:
    return number, tuple(WARMED)


class Counting:
    """Items that count how many were taken."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.taken = 0

    def __iter__(self) -> Iterator[int]:
        for number in range(self.count):
            self.taken += 1
            yield number


class Tally:
    def __init__(self) -> None:
        self.done = 0

    def advance(self, count: int = 1) -> None:
        self.done += count


def no_workers_left() -> bool:
    """Whether every worker has ended. A pool's workers end on their own once told to, so
    this waits up to ten seconds for them (a broken pool's last worker may still be on its
    way out when the error reaches the caller); only one left after that is a leak."""
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return multiprocessing.active_children() == []


@pytest.mark.parametrize("jobs", [1, 2, 3])
@pytest.mark.parametrize("chunk", [None, 1, 3])
def test_results_come_in_input_order_whatever_finishes_first(jobs: int, chunk: int | None) -> None:
    results = list(run_ordered(range(40), uneven, jobs=jobs, chunk=chunk, window=7))
    assert results == [(n, n * n) for n in range(40)]
    assert no_workers_left()


def test_an_unsized_input_keeps_its_order_too() -> None:
    results = list(run_ordered((n for n in range(30)), uneven, jobs=2))
    assert results == [(n, n * n) for n in range(30)]


def test_jobs_above_one_work_in_other_processes() -> None:
    pids = {pid for _, pid in run_ordered(list(range(40)), whose, jobs=2, chunk=2)}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


def test_one_job_and_an_input_of_one_chunk_stay_in_this_process() -> None:
    assert {pid for _, pid in run_ordered(range(10), whose, jobs=1)} == {os.getpid()}
    assert {pid for _, pid in run_ordered(range(3), whose, jobs=2, chunk=4)} == {os.getpid()}


@pytest.mark.parametrize(("jobs", "window", "chunk"), [(1, 1, 1), (2, 5, 2), (3, 4, 1), (2, 3, 8)])
def test_no_more_than_window_items_are_out_at_once(jobs: int, window: int, chunk: int) -> None:
    items = Counting(60)
    results = run_ordered(items, uneven, jobs=jobs, window=window, chunk=chunk)
    for given, (number, _) in enumerate(results, start=1):
        # taken and not yet handed back, counting the one being handed back now
        assert items.taken - given + 1 <= window, (number, items.taken)
    assert items.taken == 60


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_in_the_work_surfaces_with_its_message(jobs: int) -> None:
    with pytest.raises(ValueError, match="Artikel 7 ist kaputt"):
        list(run_ordered(range(30), fails_at_seven, jobs=jobs, chunk=2))
    assert no_workers_left()


def test_results_before_the_failing_item_are_handed_back_first() -> None:
    seen = []
    with pytest.raises(ValueError):
        for number in run_ordered(range(30), fails_at_seven, jobs=2, chunk=1):
            seen.append(number)
    assert seen == [0, 1, 2, 3, 4, 5, 6]


def test_a_worker_that_dies_is_an_error_not_a_hang() -> None:
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        list(run_ordered(range(30), dies_at_five, jobs=2, chunk=1))
    assert no_workers_left()


def test_work_with_bound_options_travels_to_the_workers() -> None:
    work = functools.partial(scaled, factor=3)  # as the caller binds its build options
    assert list(run_ordered(range(30), work, jobs=2, chunk=4)) == [3 * n for n in range(30)]


def test_a_caller_that_stops_early_ends_the_workers() -> None:
    results = run_ordered(range(200), slow, jobs=2, chunk=1)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    results.close()
    assert no_workers_left()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to oneself is POSIX")
def test_ctrl_c_ends_the_workers() -> None:
    # Python's own Ctrl-C handling, whatever the test runner's process was left with: the
    # test is about what run_ordered does with the KeyboardInterrupt, not about who raises it.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        results = run_ordered(range(200), slow, jobs=2, chunk=1)
        assert next(results) == 0
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in results:
                pass
        results.close()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert no_workers_left()


def test_warm_runs_once_before_the_fork_and_the_workers_share_it() -> None:
    WARMED.clear()
    results = list(run_ordered(range(20), warmed, jobs=2, chunk=2, warm=warm))
    assert WARMED == ["Wortlisten"]  # once, in this process
    assert {loaded for _, loaded in results} == {("Wortlisten",)}


def test_where_fork_is_unsafe_the_workers_are_spawned_and_warm_themselves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    WARMED.clear()
    results = list(run_ordered(range(12), warmed, jobs=2, chunk=2, warm=warm))
    assert WARMED == []  # not here: in each spawned worker
    assert [number for number, _ in results] == list(range(12))
    assert {loaded for _, loaded in results} == {("Wortlisten",)}
    assert no_workers_left()


def test_progress_advances_once_per_result() -> None:
    tally = Tally()
    assert len(list(run_ordered(range(25), uneven, jobs=2, chunk=3, progress=tally))) == 25
    assert tally.done == 25


@pytest.mark.parametrize(("name", "value"), [("jobs", 0), ("window", 0), ("chunk", 0)])
def test_nonsense_settings_are_refused(name: str, value: int) -> None:
    settings = {"jobs": 2, name: value}
    with pytest.raises(ValueError, match=name):
        list(run_ordered(range(3), uneven, **settings))  # type: ignore[arg-type]


def test_a_scheduler_without_dask_installed_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails
    with pytest.raises(InputError, match=r"pip install 'build-dataset\[dask\]'"):
        list(run_ordered(range(3), uneven, jobs=1, scheduler="tcp://127.0.0.1:1"))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_done_of_total_on_a_terminal_only() -> None:
    terminal = Terminal()
    with progress_bar(12, stream=terminal) as progress:
        for _ in run_ordered(range(12), uneven, jobs=1, progress=progress):
            pass
    assert "12/12" in terminal.getvalue() and "articles" in terminal.getvalue()
    piped = io.StringIO()
    with progress_bar(12, stream=piped) as progress:
        assert isinstance(progress, Silent)
        progress.advance(12)
    assert piped.getvalue() == ""
    with progress_bar(12, stream=terminal, quiet=True) as progress:
        assert isinstance(progress, Silent)


def test_a_bar_of_unknown_total_counts_without_inventing_one() -> None:
    terminal = Terminal()
    with progress_bar(None, stream=terminal) as progress:
        progress.advance(5)
    assert "5/?" in terminal.getvalue() and "/100" not in terminal.getvalue()


@pytest.mark.acceptance  # Dask is in the acceptance extra, which CI installs
def test_a_local_dask_cluster_gives_the_results_of_one_process() -> None:
    import dask.distributed as distributed

    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=True,
        host="127.0.0.1",
        # The scheduler's HTTP server on a free port, no dashboard: with None it takes 8787
        # and warns (an error here) when another cluster, or the other test's, holds it.
        dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": False},
    ) as cluster:
        address = cluster.scheduler_address
        local = list(run_ordered(range(40), uneven, jobs=1))
        on_dask = list(run_ordered(range(40), uneven, jobs=1, scheduler=address, window=9))
        assert on_dask == local
        pids = {pid for _, pid in run_ordered(range(20), whose, jobs=1, scheduler=address)}
        assert os.getpid() not in pids  # a worker process of the cluster did the work
        with pytest.raises(ValueError, match="Artikel 7 ist kaputt"):
            list(run_ordered(range(30), fails_at_seven, jobs=1, scheduler=address))
        WARMED.clear()
        results = list(run_ordered(range(6), warmed, jobs=1, scheduler=address, warm=warm))
        assert WARMED == []  # warmed on the cluster's worker, not here
        assert {loaded for _, loaded in results} == {("Wortlisten",)}
        # A worker whose builder differs (here: each process names itself) is refused
        # before any work, naming the worker and the differing part.
        other = (
            r"Dask worker tcp://127\.0\.0\.1:\d+ runs another builder \(there: pid=\d+; here: pid="
        )
        with pytest.raises(InputError, match=other):
            list(run_ordered(range(4), uneven, jobs=1, scheduler=address, fingerprint=own_pid))
        same = list(run_ordered(range(4), uneven, jobs=1, scheduler=address, fingerprint=fixed))
        assert same == local[:4]
        # A worker that changes after the first question (as one joining later would
        # answer otherwise) is refused by its first chunk: no result of it comes back.
        changed = r"runs another builder \(there: version=2; here: version=1\)"
        with pytest.raises(InputError, match=changed):
            list(run_ordered(range(4), uneven, jobs=1, scheduler=address, fingerprint=second))
