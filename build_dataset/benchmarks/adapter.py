"""The one door from the benchmarks to the extraction: plain text in, an Extraction out.

Everything the benchmark scorers know about the extraction passes through the two
functions here, so switching to another entry point (a public ``build_dataset.extract``)
changes this file only.
"""

from __future__ import annotations

import datetime as dt

from build_dataset.assemble import Extraction, extract_article
from build_dataset.records import Article


class ExtractionFailed(Exception):
    """The extraction raised on a benchmark text: a bug, named by the text's id."""


def extract_text(id: str, text: str, reference_date: dt.date | None) -> Extraction:
    """Extract from TEXT, plain paragraphs separated by one blank line as
    gold.plain_paragraphs writes them (so the body is TEXT and gold offsets hold), no
    seed layout."""
    paragraphs = tuple(text.split("\n\n"))
    article = Article(
        id=id,
        source_name=f"{id}.txt",
        paragraphs=paragraphs,
        author=None,
        agencies=(),
        outlet_tag=None,
        source_url=None,
        captions=(),
        reference_date=reference_date,
        created=None,
        seed_sha256="0" * 64,
    )
    try:
        return extract_article(article)
    except Exception as error:  # noqa: BLE001 - any crash on real text is a bug to report
        raise ExtractionFailed(f"{id}: the extraction failed: {error!r}") from error


def entity_mentions(extraction: Extraction) -> list[tuple[str, int, int]]:
    """Every mention of every entity as (type, start, end) in the body, in text order."""
    types = {row.entity_id: row.type for row in extraction.entities}
    return sorted((types[m.entity_id], m.start, m.end) for m in extraction.mentions)
