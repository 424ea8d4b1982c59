"""The public door: rows from a string, without files (``extract``)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from build_dataset.assemble import Extraction, extract_article
from build_dataset.collector import collector_paused
from build_dataset.errors import InputError
from build_dataset.records import Article
from build_dataset.seed import decode_seed, parse_layout, split_lines

Layout = Literal["plain", "seed"]


def article_from_text(
    text: str,
    id: str,
    reference_date: dt.date | str | None,
    layout: Layout,
    source_name: str | None,
) -> Article:
    """The article of TEXT: normalised as a seed file is (NFC, plain spaces, LF), its body
    paragraphs one a line or in blank-line separated blocks. With layout="seed" the seed
    outlet's layout lines (outlet tag, caption, byline, source line …) are taken out of
    the body into their fields; with "plain" every paragraph is body."""
    name = source_name or f"{id}.txt"
    if layout not in ("plain", "seed"):
        raise ValueError(f"layout must be 'plain' or 'seed', not {layout!r}")
    raw = text.encode("utf-8", "surrogatepass")
    lines = split_lines(decode_seed(raw, name))
    if layout == "seed":
        fields = parse_layout(lines)
    else:
        fields = {"paragraphs": tuple(lines), "author": None, "agencies": (), "captions": ()}
        fields |= {"outlet_tag": None, "source_url": None}
    if not fields["paragraphs"]:
        raise InputError(name, "no body paragraph found", "add the article's text")
    if isinstance(reference_date, str):
        try:
            reference_date = dt.date.fromisoformat(reference_date)
        except ValueError as error:
            raise InputError(
                name, f"reference date {reference_date!r} is not a date", "write YYYY-MM-DD"
            ) from error
    return Article(
        id=id,
        source_name=name,
        reference_date=reference_date,
        created=None,
        seed_sha256=hashlib.sha256(raw).hexdigest(),
        **fields,  # type: ignore[arg-type]
    )


def extract(
    text: str,
    *,
    id: str = "article",
    reference_date: dt.date | str | None = None,
    layout: Layout = "plain",
    source_name: str | None = None,
) -> Extraction:
    """Quotes, entities and every mention of TEXT, one German news article.

    ID names the article in quote and warning texts; REFERENCE_DATE (a date or
    "YYYY-MM-DD") completes dates without a year ("am 12. Februar"); LAYOUT is "seed" to
    take the seed outlet's layout lines out of the body, "plain" for plain paragraphs.
    Offsets in the rows point into ``result.article.body``. Touches no file; raises
    InputError for text that is no article (empty, binary). Python's cycle collector is
    paused while it runs (collector.py) and left as it was found.
    """
    with collector_paused():  # the extraction makes no reference cycles (collector.py)
        return extract_article(article_from_text(text, id, reference_date, layout, source_name))
