"""STAND-IN until views' review package lands: the same names and signatures
(article_page, summarise, index_parts, page_path), plain pages. Deleted after the merge."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

REVIEW_FOLDER = "review"


def page_path(article_id: str) -> str:
    return f"{REVIEW_FOLDER}/{article_id.replace('/', '~')}.html"


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str | None
    quotes: int
    entities: int
    mentions: int
    warnings: int


def summarise(
    article: Mapping[str, Any],
    quotes: Sequence[Any],
    mentions: Sequence[Any],
    warnings: Sequence[Any] = (),
) -> ArticleSummary:
    return ArticleSummary(
        article["id"], article.get("title"), len(quotes),
        len({m.entity_id for m in mentions}), len(mentions), len(warnings),
    )  # fmt: skip


def article_page(
    article: Mapping[str, Any],
    quotes: Sequence[Any],
    entities: Sequence[Any],
    mentions: Sequence[Any],
    metadata: Mapping[str, Any],
    warnings: Sequence[Any] = (),
) -> str:
    rows = "".join(f"<li>{escape(q.speaker)}: {escape(q.text)}</li>" for q in quotes)
    return (
        f'<!DOCTYPE html>\n<html lang="de"><meta charset="utf-8"><title>'
        f"{escape(article['id'])}</title><ul>{rows}</ul></html>\n"
    )


def index_parts(summaries: Iterable[ArticleSummary], metadata: Mapping[str, Any]) -> Iterator[str]:
    yield f'<!DOCTYPE html>\n<html lang="de"><meta charset="utf-8"><title>{escape(metadata["title"])}</title><table>\n'  # noqa: E501
    for s in summaries:
        yield f'<tr><td><a href="{escape(page_path(s.id))}">{escape(s.id)}</a></td></tr>\n'
    yield "</table></html>\n"
