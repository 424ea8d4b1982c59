"""Pause Python's cycle collector while a stage that makes (almost) no reference cycles runs.

The collector walks every object that survived its last pass whenever enough new ones
were made, and the passes over older objects walk most of the heap. Extracting a 5 MB
article makes millions of objects that all live until its rows are written, so the passes
found nothing to free yet cost a tenth of its build (bench/build_large.py 5: 32.7 and
33.1 s before, 29.7 and 29.9 s with the pause, in alternating runs; README, "Large
input"). A corpus of 3 KB articles gains little (within this machine's noise). Reference
counting still frees every object as soon as it is no longer used; only cycles wait: the
extraction makes none, and writing an article a few dozen objects (json's indenting
encoder is made of closures that refer to each other), freed once the collector runs
again after the article (tests/test_collector.py counts both on invented articles).

The switch is the process's: on a Dask worker that runs several tasks in threads, the
others' cycles also wait while an article is worked on, and a pause that finds the
collector off (another task's, or the caller's) leaves it as it is.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cycle collector off; leave it as it was found after."""
    if not gc.isenabled():  # paused already, by an enclosing stage or by the caller
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
