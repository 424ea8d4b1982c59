"""Command line: parse arguments, call the pipeline, turn user errors into one line + exit 2.

Exit codes, the same for every command: 0 done; 1 a check the user asked for failed
(evaluate below a bar, diff's version too low); 2 bad input or usage; 3 a bug (the output
broke its own schema, or an unexpected exception: one line, the traceback with
BUILD_DATASET_DEBUG=1).
"""

from __future__ import annotations

# Importing the commands' modules adds them to the group.
from build_dataset.cli import build, checks, housekeeping
from build_dataset.cli.app import BAD_INPUT, BUG, CHECK_FAILED, DONE, app, main
from build_dataset.cli.checks import CATEGORY_KEYS, GERMEVAL_KEYS, WIKINEWS_KEYS

__all__ = [
    "BAD_INPUT", "BUG", "CATEGORY_KEYS", "CHECK_FAILED", "DONE", "GERMEVAL_KEYS", "WIKINEWS_KEYS",
    "app", "build", "checks", "housekeeping", "main",
]  # fmt: skip
