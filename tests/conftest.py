"""The whole test session gets a cache folder of its own.

A build keeps its compiled word lists and per-article results under $XDG_CACHE_HOME (else
~/.cache/build-dataset). Tests build hundreds of invented articles; left alone they would
fill the cache of the user running them and read results an older checkout stored there.
The controller makes one folder and points XDG_CACHE_HOME at it before the xdist workers
start, so they inherit it and share the word lists compiled once; it is removed at the
end. BUILD_DATASET_TEST_CACHE=keep leaves XDG_CACHE_HOME as it is (to keep the compiled
lists between runs, knowing that results of older code may be read back).
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

SWITCH = "BUILD_DATASET_TEST_CACHE"
OWN_FOLDER = "BUILD_DATASET_TEST_CACHE_FOLDER"
SAVED = "BUILD_DATASET_TEST_SAVED_XDG"


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput") or os.environ.get(SWITCH) == "keep":
        return  # an xdist worker inherits the controller's folder
    folder = tempfile.mkdtemp(prefix="build-dataset-test-cache-")
    if "XDG_CACHE_HOME" in os.environ:
        os.environ[SAVED] = os.environ["XDG_CACHE_HOME"]
    os.environ["XDG_CACHE_HOME"] = folder
    os.environ[OWN_FOLDER] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    folder = os.environ.pop(OWN_FOLDER, None)
    if folder is None:
        return
    saved = os.environ.pop(SAVED, None)
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved
    shutil.rmtree(folder, ignore_errors=True)
