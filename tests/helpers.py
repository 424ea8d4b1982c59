"""Extract from hand-written paragraphs through the public API, without files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from build_dataset import Extraction, extract


def run(paragraphs: list[str], reference_date: str | None = None) -> Extraction:
    return extract("\n\n".join(paragraphs), id="case", reference_date=reference_date)


def build_dataset(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`build-dataset ARGS` in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "build_dataset", *args], capture_output=True, text=True, cwd=cwd
    )
