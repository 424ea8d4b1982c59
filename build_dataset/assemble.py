"""From spans to rows: the article record, quote rows and entity rows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from build_dataset.dates import find_dates
from build_dataset.entities import count_mentions, find_named_entities
from build_dataset.names import unique_keys
from build_dataset.quotes import find_quotes
from build_dataset.records import Article, Entity, EntityRow, MentionRow, Quote, QuoteRow
from build_dataset.segment import segment


@dataclass(frozen=True)
class Extraction:
    """What one article gives: its record, the quote and entity rows as written to the
    CSV files, and every mention of every entity (the entity rows keep only the first).
    All offsets point into ``article.body``, the normalised body."""

    article: Article
    quotes: tuple[QuoteRow, ...]
    entities: tuple[EntityRow, ...]
    warnings: tuple[str, ...]
    mentions: tuple[MentionRow, ...] = ()


def article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "language": "de",
        "body": article.body,
        "paragraphs": list(article.paragraphs),
        "author": article.author,
        "agencies": list(article.agencies),
        "outlet_tag": article.outlet_tag,
        "source_url": article.source_url,
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "reference_date": article.reference_date.isoformat() if article.reference_date else None,
        "seed_sha256": article.seed_sha256,
    }


def dates_beside_names(names: list[Entity], dates: list[Entity]) -> list[Entity]:
    """NAMES and DATES, where no date mention starts where a name does: mentions.csv has
    one row per start. A date left without mentions is dropped."""
    taken = {mention.start for entity in names for mention in entity.mentions}
    kept = []
    for date in dates:
        mentions = tuple(m for m in date.mentions if m.start not in taken)
        if mentions:
            kept.append(date if mentions == date.mentions else replace(date, mentions=mentions))
    return [*names, *kept]


def mention_rows(entities: list[Entity]) -> list[MentionRow]:
    """Every mention of every entity, in text order (by start, the primary key)."""
    rows = (MentionRow(e.key, m.start, m.end, m.text) for e in entities for m in e.mentions)
    return sorted(rows, key=lambda row: (row.start, row.end))


def with_unique_keys(entities: list[Entity]) -> list[Entity]:
    """Entities whose keys are unique: where two names give the same id ("Müller" and
    "Mueller"), the one mentioned first keeps it and the next get "-2", "-3" (names.py)."""
    order = sorted(range(len(entities)), key=lambda i: (entities[i].mentions[0].start, i))
    keys = unique_keys([entities[i].key for i in order])
    renamed = {i: key for i, key in zip(order, keys, strict=True)}
    return [
        entity if entity.key == renamed[i] else replace(entity, key=renamed[i])
        for i, entity in enumerate(entities)
    ]


def quote_rows(quotes: list[Quote], entities: list[Entity]) -> list[QuoteRow]:
    # The speaker's id is that of the entity of its type and name, as its key may have
    # changed in with_unique_keys; else the key itself if it names an entity.
    by_name = {(entity.type, entity.name): entity.key for entity in entities}
    keys = set(by_name.values())
    rows, per_paragraph = [], dict[int, int]()
    for quote in sorted(quotes, key=lambda q: q.start):
        number = per_paragraph[quote.paragraph] = per_paragraph.get(quote.paragraph, 0) + 1
        entity = quote.speaker_entity
        if entity is not None:
            kind = entity.split("-", 1)[0].upper()
            entity = by_name.get((kind, quote.speaker), entity if entity in keys else None)
        rows.append(
            QuoteRow(
                quote_id=f"p{quote.paragraph}-q{number}",
                text=quote.text,
                type=quote.type,
                speaker=quote.speaker,
                speaker_mention=quote.speaker_mention,
                speaker_entity_id=entity,
                cue=quote.cue or None,
                paragraph=quote.paragraph,
                start=quote.start,
                end=quote.end,
                speaker_start=quote.speaker_start,
                speaker_end=quote.speaker_end,
                cue_start=quote.cue_start if quote.cue else None,
                cue_end=quote.cue_end if quote.cue else None,
            )
        )
    return rows


def entity_rows(entities: list[Entity]) -> list[EntityRow]:
    rows = [
        EntityRow(
            entity_id=entity.key,
            name=entity.name,
            type=entity.type,
            mentions=len(entity.mentions),
            first_start=entity.mentions[0].start,
            first_end=entity.mentions[0].end,
            normalized=entity.normalized,
        )
        for entity in entities
    ]
    return sorted(rows, key=lambda row: (row.first_start, row.entity_id))


def extract_article(article: Article) -> Extraction:
    """Run the extraction stages on one article, in one direction: segments, then names
    and dates, then quotes (whose speaker slots may name new people), then the mentions of
    all names, counted once, then rows."""
    document = segment(article)
    found = find_named_entities(document)
    # Where the names found so far stand, for the quote finder to resolve speakers; when
    # no speaker slot names a new person these are already the final entities.
    named = count_mentions(found, document.body)
    quotes, speakers, quote_warnings = find_quotes(document, named)
    entities = count_mentions([*found, *speakers], document.body) if speakers else named
    entities = with_unique_keys(dates_beside_names(entities, find_dates(document)))
    return Extraction(
        article=article,
        quotes=tuple(quote_rows(quotes, entities)),
        entities=tuple(entity_rows(entities)),
        warnings=tuple(
            f"{article.source_name}: {warning}" for warning in (*document.warnings, *quote_warnings)
        ),
        mentions=tuple(mention_rows(entities)),
    )
