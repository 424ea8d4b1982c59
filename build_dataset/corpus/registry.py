"""Package-wide entity ids: one entity per name and type across all articles.

Articles come in id order and their entity rows by first mention, so "first seen" is
article id order, then offset. The registry grows with the distinct entities, never with
the articles or mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from build_dataset.names import slug
from build_dataset.records import EntityRow

# A value the date finder could not complete ("XXXX-02-12": a 12 February of some year)
# names different days in different articles, so such a date stays its article's own.
FULL_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}-[0-9]{2}-[0-9]{2})?$")


@dataclass(slots=True)
class Tally:
    """One entity while the package is written: its first row, its counts so far, and the
    last article counted, so that two rows of one article (two dates of one day) count it
    once. The counts are kept apart from the row so that a new article's mention of an
    entity seen before costs two additions, not a new row."""

    row: EntityRow
    mentions: int
    articles: int
    last_article: str


def article_slug(article_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", article_id.lower()).strip("-") or "x"


class EntityRegistry:
    """Maps each article's entity rows to entities of the package."""

    def __init__(self) -> None:
        self.entities: dict[tuple[str, ...], Tally] = {}
        self.taken: set[str] = set()
        self.numbers: dict[str, int] = {}

    def identity(self, article_id: str, row: EntityRow) -> tuple[str, ...]:
        """Who ROW is in the package: a date with a full value is that value; one without
        is its article's own; a name is its type and name."""
        if row.type == "DATE":
            if row.normalized and FULL_DATE.match(row.normalized):
                return ("DATE", row.normalized)
            return ("DATE", article_id, row.entity_id)
        return (row.type, row.name)

    def wanted(self, key: tuple[str, ...], article_id: str, row: EntityRow) -> str:
        """The id a new entity KEY (identity) wants: the date's value, its article's slug
        and expression, or its type and the slug of its name."""
        if key[0] == "DATE":
            if len(key) == 2:
                return "date-" + re.sub(r"[^0-9]+", "-", key[1])
            expression = row.entity_id.removeprefix("date-")
            return f"date-{article_slug(article_id)}-{expression}"
        return f"{row.type.lower()}-{slug(row.name)}"

    def unique(self, wanted: str) -> str:
        """WANTED, or WANTED-2, -3 … when an entity seen before holds it."""
        candidate = wanted
        while candidate in self.taken:
            number = self.numbers.get(wanted, 1) + 1
            self.numbers[wanted] = number
            candidate = f"{wanted}-{number}"
        self.taken.add(candidate)
        return candidate

    def add(self, article_id: str, rows: Sequence[EntityRow]) -> dict[str, str]:
        """Count ARTICLE_ID's entity ROWS (article ids); return article id -> package id."""
        mapping = {}
        for row in rows:
            key = self.identity(article_id, row)
            tally = self.entities.get(key)
            if tally is None:
                wanted = self.wanted(key, article_id, row)
                first = replace(row, entity_id=self.unique(wanted), first_article_id=article_id)
                tally = self.entities[key] = Tally(first, row.mentions, 1, article_id)
            else:
                tally.mentions += row.mentions
                if tally.last_article != article_id:
                    tally.articles += 1
                tally.last_article = article_id
            mapping[row.entity_id] = tally.row.entity_id
        return mapping

    def rows(self) -> Iterator[EntityRow]:
        """The package's entities in the order first seen."""
        for tally in self.entities.values():
            yield replace(tally.row, mentions=tally.mentions, articles=tally.articles)

    def __len__(self) -> int:
        return len(self.entities)
