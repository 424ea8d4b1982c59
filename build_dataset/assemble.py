"""From spans to rows: the article record, quote rows and entity rows of one article.

The entity ids here are the article's own; the package writer (pipeline.py) maps them to
ids of the whole package, where one name of one type is one entity across articles."""

from __future__ import annotations

import hashlib
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


def article_record(article: Article, bodies: bool = True) -> dict[str, Any]:
    """The article's object in article.json. Without BODIES (--no-bodies) the texts are
    null (body, paragraphs, caption texts); body_length and body_sha256 stay, so that a
    user's own copy of the body can be checked before offsets are resolved against it."""
    body = article.body
    return {
        "id": article.id,
        "title": article.title,
        "language": "de",
        "body": body if bodies else None,
        "body_length": len(body),
        "body_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
        "paragraphs": list(article.paragraphs) if bodies else None,
        "author": article.author,
        "agencies": list(article.agencies),
        "outlet_tag": article.outlet_tag,
        "source_url": article.source_url,
        "licence": article.licence,
        "captions": [
            {"text": c.text if bodies else None, "credit": c.credit} for c in article.captions
        ],
        "reference_date": article.reference_date.isoformat() if article.reference_date else None,
        "seed_sha256": article.seed_sha256,
        "metadata_sha256": article.metadata_sha256[1] if article.metadata_sha256 else None,
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


def mention_rows(article_id: str, entities: list[Entity]) -> list[MentionRow]:
    """Every mention of every entity, in text order (by start, the key in the article)."""
    rows = (
        MentionRow(article_id, e.key, m.start, m.end, m.text) for e in entities for m in e.mentions
    )
    return sorted(rows, key=lambda row: (row.start, row.end))


def paragraph_starts(paragraphs: tuple[str, ...]) -> list[int]:
    """Where each paragraph starts in the body (paragraphs joined by one blank line)."""
    starts, at = [], 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph) + 2
    return starts


def quote_ids(quotes: list[Quote], starts: list[int]) -> list[str]:
    """ "p3-c17": the paragraph and the quote's first character counted in it, so that an
    id stays when a better rule finds another quote before it. QUOTES are sorted by start;
    a second quote starting at the same place (never seen yet) gets "-2", "-3" …"""
    ids: list[str] = []
    taken: set[str] = set()
    for quote in quotes:
        base = f"p{quote.paragraph}-c{quote.start - starts[quote.paragraph - 1]}"
        unique, number = base, 1
        while unique in taken:
            number += 1
            unique = f"{base}-{number}"
        taken.add(unique)
        ids.append(unique)
    return ids


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


def quote_rows(article: Article, quotes: list[Quote], entities: list[Entity]) -> list[QuoteRow]:
    # The speaker's id is that of the entity of its type and name, as its key may have
    # changed in with_unique_keys; else the key itself if it names an entity.
    by_name = {(entity.type, entity.name): entity.key for entity in entities}
    keys = set(by_name.values())
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    rows = []
    for quote, quote_id in zip(
        ordered, quote_ids(ordered, paragraph_starts(article.paragraphs)), strict=True
    ):
        entity = quote.speaker_entity
        if entity is not None:
            kind = entity.split("-", 1)[0].upper()
            entity = by_name.get((kind, quote.speaker), entity if entity in keys else None)
        rows.append(
            QuoteRow(
                article_id=article.id,
                quote_id=quote_id,
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


def entity_rows(article_id: str, entities: list[Entity]) -> list[EntityRow]:
    """The article's entities as rows of a package of this one article."""
    rows = [
        EntityRow(
            entity_id=entity.key,
            name=entity.name,
            type=entity.type,
            mentions=len(entity.mentions),
            articles=1,
            first_article_id=article_id,
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
        quotes=tuple(quote_rows(article, quotes, entities)),
        entities=tuple(entity_rows(article.id, entities)),
        warnings=tuple(
            f"{article.source_name}: {warning}" for warning in (*document.warnings, *quote_warnings)
        ),
        mentions=tuple(mention_rows(article.id, entities)),
    )
