"""Build an extraction from hand-written paragraphs, without files."""

from __future__ import annotations

import datetime as dt

from build_dataset.assemble import Extraction, extract
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
