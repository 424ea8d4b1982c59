"""The whole test session gets a cache folder of its own.

A build keeps its compiled word lists and per-article results under $XDG_CACHE_HOME (else
~/.cache/build-dataset). Tests build hundreds of invented articles; left alone they would
fill the cache of the user running them and read results an older checkout stored there.
The controller makes one folder and sets XDG_CACHE_HOME before the xdist workers start, so
they inherit it and share the word lists compiled once; it is removed at the end. A user
who set XDG_CACHE_HOME for the tests (to keep the compiled lists between runs) keeps it.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

OWN_FOLDER = "BUILD_DATASET_TEST_CACHE"


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput") or os.environ.get("XDG_CACHE_HOME"):
        return  # an xdist worker inherits the controller's folder; a user's choice stands
    folder = tempfile.mkdtemp(prefix="build-dataset-test-cache-")
    os.environ["XDG_CACHE_HOME"] = folder
    os.environ[OWN_FOLDER] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    folder = os.environ.pop(OWN_FOLDER, None)
    if folder is not None:
        os.environ.pop("XDG_CACHE_HOME", None)
        shutil.rmtree(folder, ignore_errors=True)
