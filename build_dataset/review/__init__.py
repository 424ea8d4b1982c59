"""The review pages of a package: index.html lists the articles and links one page per
article, review/<page>.html, with its quotes and entity mentions highlighted. No network:
styles and the sorting script are inline, and a Content Security Policy forbids loading
anything else."""

from __future__ import annotations

from build_dataset.review.article import (
    article_page_parts,
    enclosing,
    entities_here,
    spans,
)
from build_dataset.review.html import policy
from build_dataset.review.index import (
    REVIEW_FOLDER,
    ArticleSummary,
    index_page,
    index_parts,
    page_name,
    page_path,
    summarise,
)

__all__ = [
    "REVIEW_FOLDER",
    "ArticleSummary",
    "article_page_parts",
    "enclosing",
    "entities_here",
    "index_page",
    "index_parts",
    "page_name",
    "page_path",
    "policy",
    "spans",
    "summarise",
]
