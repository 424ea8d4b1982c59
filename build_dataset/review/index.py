"""index.html: the package's articles, one line each (id, title, counts), sortable by
any column, each linking its page review/<page>.html. The head and each line are separate
pieces, so a writer can stream the index as articles finish; nothing here grows with the
corpus but the one line per article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from build_dataset.review.html import PAGE_FOOT, escape, page_head
from build_dataset.review.table import TABLE_FOOT, table_head

REVIEW_FOLDER = "review"
INDEX_COLUMNS = ("id", "title", "quotes", "entities", "mentions", "warnings")


def page_name(article_id: str) -> str:
    """The file name (without .html) of an article's page: its id with "/" as "~", a
    character ids never hold, so two ids never share a page."""
    return article_id.replace("/", "~")


def page_path(article_id: str) -> str:
    """The page's path relative to the package folder, "/" separated."""
    return f"{REVIEW_FOLDER}/{page_name(article_id)}.html"


@dataclass(frozen=True)
class ArticleSummary:
    """One line of the index."""

    id: str
    title: str | None
    quotes: int
    entities: int  # distinct entities the article names
    mentions: int
    warnings: int


def summarise(
    article: Mapping[str, Any],
    quotes: Sequence[Any],
    mentions: Sequence[Any],
    warnings: Sequence[Any] = (),
) -> ArticleSummary:
    """The index line of ARTICLE (its article.json object) from its rows."""
    return ArticleSummary(
        id=article["id"],
        title=article.get("title"),
        quotes=len(quotes),
        entities=len({mention.entity_id for mention in mentions}),
        mentions=len(mentions),
        warnings=len(warnings),
    )


def index_head(metadata: Mapping[str, Any]) -> str:
    """The index up to its first line; METADATA: the package's name, title, version."""
    return (
        page_head(metadata["title"])
        + f"""<h1>{escape(metadata["title"])}</h1>
<p class="meta">{escape(metadata["name"])}, version {escape(metadata["version"])} ·
each article links its page with the quotes and entity mentions highlighted in its text.
Click a column's header to sort by it.</p>
"""
        + table_head(INDEX_COLUMNS, "articles", "articles")
    )


def index_line(summary: ArticleSummary) -> str:
    href = escape(f"{REVIEW_FOLDER}/{quote(page_name(summary.id), safe='')}.html")
    counts = (summary.quotes, summary.entities, summary.mentions, summary.warnings)
    return (
        f'<tr><td><a href="{href}">{escape(summary.id)}</a></td>'
        f"<td>{escape(summary.title or '')}</td>"
        + "".join(f'<td class="number">{count}</td>' for count in counts)
        + "</tr>\n"
    )


INDEX_FOOT = TABLE_FOOT + "\n" + PAGE_FOOT


def index_parts(summaries: Iterable[ArticleSummary], metadata: Mapping[str, Any]) -> Iterator[str]:
    """The index in pieces: its head, a line per summary, its foot."""
    yield index_head(metadata)
    for summary in summaries:
        yield index_line(summary)
    yield INDEX_FOOT


def index_page(summaries: Iterable[ArticleSummary], metadata: Mapping[str, Any]) -> str:
    """The whole index of SUMMARIES (in the order given: article ids' order)."""
    return "".join(index_parts(summaries, metadata))
