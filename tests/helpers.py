"""Build an extraction from hand-written paragraphs, without files."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from build_dataset.assemble import Extraction
from build_dataset.assemble import extract_article as extract
from build_dataset.records import Article


def article(paragraphs: list[str], reference_date: str | None = None) -> Article:
    return Article(
        id="case",
        source_name="case.txt",
        paragraphs=tuple(paragraphs),
        author=None,
        agencies=(),
        outlet_tag=None,
        source_url=None,
        captions=(),
        reference_date=dt.date.fromisoformat(reference_date) if reference_date else None,
        created=None,
        seed_sha256="0" * 64,
    )


def run(paragraphs: list[str], reference_date: str | None = None) -> Extraction:
    return extract(article(paragraphs, reference_date))


def build_dataset(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`build-dataset ARGS` in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "build_dataset", *args], capture_output=True, text=True, cwd=cwd
    )
