"""review/<page>.html: one article as a page to review its extraction at a glance.

The article with each quote highlighted by type and labelled with its speaker (a direct
quote inside reported speech drawn inside it, outlined), each entity mention underlined
by type, dates with their value on hover, its warnings, and its rows of the three tables
below (quotes, entities, mentions), sortable; a link back to the index. A package without
bodies (--no-bodies) shows the tables only. The page's size depends on its article only.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence
from operator import attrgetter
from typing import Any, NamedTuple

from build_dataset.records import EntityRow, MentionRow, QuoteRow
from build_dataset.review.html import PAGE_FOOT, SPECIAL, escape, page_head
from build_dataset.review.table import table_parts

# The columns of each table on an article's page: the CSV's, less article_id (the page is
# of one article). An entity's counts are those of this article.
QUOTE_COLUMNS = (
    "quote_id", "text", "type", "speaker", "speaker_mention", "speaker_entity_id", "cue",
    "paragraph", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end",
)  # fmt: skip
ENTITY_COLUMNS = ("entity_id", "name", "type", "mentions", "first_start", "first_end",
                  "normalized")  # fmt: skip
MENTION_COLUMNS = ("entity_id", "start", "end", "text")
WARNING_COLUMNS = ("paragraph", "message")


class EntityHere(NamedTuple):
    """An entity as this article names it: its mentions here, the first of them. A named
    tuple, not a frozen dataclass: made for every entity of every page, and a frozen
    dataclass's __init__ (object.__setattr__ a field) cost twice a tuple's."""

    entity_id: str
    name: str
    type: str
    mentions: int
    first_start: int
    first_end: int
    normalized: str | None


def entities_here(
    entities: Sequence[EntityRow], mentions: Sequence[MentionRow]
) -> list[EntityHere]:
    """Of ENTITIES, those MENTIONS name, with their counts in this article, in order of
    their first mention."""
    by_id = {entity.entity_id: entity for entity in entities}
    first: dict[str, MentionRow] = {}
    counts: dict[str, int] = {}
    for mention in sorted(mentions, key=attrgetter("start", "end")):
        first.setdefault(mention.entity_id, mention)
        counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
    rows = []
    for entity_id, mention in first.items():
        entity = by_id[entity_id]
        rows.append(EntityHere(entity_id, entity.name, entity.type, counts[entity_id],
                               mention.start, mention.end, entity.normalized))  # fmt: skip
    return rows


Mark = tuple[int, int, str, str, dict[str, str]]


def spans(
    quotes: Sequence[QuoteRow], entities: Sequence[EntityRow], mentions: Sequence[MentionRow]
) -> list[Mark]:
    """(start, end, kind, id, attributes) of every highlight, quotes before mentions, an
    enclosing quote before the quotes inside it (so that it is opened around them)."""
    result = []
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    inside = nesting(ordered)
    # One label for all quotes of one type and speaker outside others, as for all mentions
    # of an entity below: highlighted_parts renders a label once, not once a quote.
    shared: dict[tuple[str, str], dict[str, str]] = {}
    for q in ordered:
        if q.quote_id in inside:
            label = {
                "class": f"quote {q.type} nested",
                "title": f"{q.type}, inside {inside[q.quote_id]}: {q.speaker}",
                "data-inside": inside[q.quote_id],
            }
        elif (q.type, q.speaker) in shared:
            label = shared[q.type, q.speaker]
        else:
            label = shared[q.type, q.speaker] = {
                "class": f"quote {q.type}",
                "title": f"{q.type}: {q.speaker}",
            }
        result.append((q.start, q.end, "quote", q.quote_id, label))
    by_id = {e.entity_id: e for e in entities}
    labels: dict[str, dict[str, str]] = {}  # one for all mentions of an entity
    for mention in mentions:
        if mention.entity_id not in labels:
            entity = by_id[mention.entity_id]
            title = f"{entity.type}: {entity.name}"
            if entity.type == "DATE":
                title += f" = {entity.normalized or 'unknown day'}"
            labels[mention.entity_id] = {"class": f"entity {entity.type}", "title": title}
        mark = (mention.start, mention.end, "entity", mention.entity_id, labels[mention.entity_id])
        result.append(mark)
    return result


def enclosing(quotes: Sequence[QuoteRow]) -> dict[str, str]:
    """quote_id -> the quote_id of the quote it lies within: a direct quote inside the
    reported speech it belongs to ("Er sagte, die Soldaten hätten „kaltblütig gehandelt“")."""
    return nesting(sorted(quotes, key=lambda q: (q.start, -q.end)))


def nesting(ordered: Sequence[QuoteRow]) -> dict[str, str]:
    """enclosing() of quotes ORDERED by start, the longer first where two start together."""
    inside: dict[str, str] = {}
    open_quotes: list[QuoteRow] = []  # the quotes that enclose the current start
    for quote in ordered:
        while open_quotes and open_quotes[-1].end <= quote.start:
            open_quotes.pop()
        if open_quotes and quote.end <= open_quotes[-1].end:
            inside[quote.quote_id] = open_quotes[-1].quote_id
        open_quotes.append(quote)
    return inside


def highlighted(body: str, marks: Sequence[Mark], speakers: Mapping[str, str]) -> str:
    """The body as HTML paragraphs with highlights (highlighted_parts, joined)."""
    return "".join(highlighted_parts(body, marks, speakers))


def highlighted_parts(
    body: str, marks: Sequence[Mark], speakers: Mapping[str, str]
) -> Iterator[str]:
    """The body as HTML paragraphs with highlights, in pieces. Where two highlights cross,
    the inner one is closed and reopened, so that every piece carries the id and offsets of
    its highlight and the pieces of one id join to body[start:end]. SPEAKERS: quote_id ->
    the speaker labelled at the quote's end."""
    # The highlights by start and by end (in their order where those tie), with those
    # positions alongside: walked along the boundaries, they hold a large article's
    # highlights in lists of numbers.
    starts = [mark[0] for mark in marks]
    ends = [mark[1] for mark in marks]
    by_start = sorted(range(len(marks)), key=starts.__getitem__)
    by_end = sorted(range(len(marks)), key=ends.__getitem__)
    start_at = [starts[number] for number in by_start] + [-1]  # -1: matches no boundary
    end_at = [ends[number] for number in by_end] + [-1]
    boundaries = sorted({0, len(body), *starts, *ends})
    del starts, ends
    started = ended = 0  # how many of by_start and by_end are behind
    # The open and close tags of the highlights over the current stretch, by number: a tag
    # is made once, when its highlight opens, and reused wherever crossing ones reopen it.
    opened: dict[int, tuple[str, str]] = {}
    attributes: dict[int, str] = {}  # id() of a mark's attribute dict -> its HTML
    # no id and no stretch of a body without &<>"' needs escaping: one search each
    plain_ids = SPECIAL("".join([mark[3] for mark in marks])) is None
    plain = SPECIAL(body) is None
    out = ["<p>"]
    append = out.append
    before = after = ""
    left = 0
    for right in boundaries[1:]:
        if end_at[ended] == left or start_at[started] == left:
            while end_at[ended] == left:
                opened.pop(by_end[ended], None)
                ended += 1
            while start_at[started] == left:
                number = by_start[started]
                start, end, kind, ident, extra = marks[number]
                # a label is one dict for all mentions of an entity (and quotes of a
                # speaker): rendered once
                rendered = attributes.get(id(extra))
                if rendered is None:
                    rendered = attributes[id(extra)] = "".join(
                        [f' {name}="{escape(value)}"' for name, value in extra.items()]
                    )
                # the offsets are digits and the kinds plain words: nothing to escape
                element = "mark" if kind == "quote" else "span"
                opened[number] = (
                    f'<{element} data-kind="{kind}" '
                    f'data-id="{ident if plain_ids else escape(ident)}" '
                    f'data-start="{start}" data-end="{end}"{rendered}>',
                    f"</{element}>",
                )
                started += 1
            if not opened:
                before = after = ""
            elif len(opened) == 1:  # most stretches: one highlight or none
                ((before, after),) = opened.values()
            else:
                covering = sorted(opened)
                before = "".join([opened[number][0] for number in covering])
                after = "".join([opened[number][1] for number in reversed(covering)])
        text = body[left:right]
        if "\n\n" in text:
            for text_index, piece in enumerate(text.split("\n\n")):
                if text_index:
                    append("</p>\n<p>")
                if piece:
                    append(before + escape(piece) + after)
        else:
            # escape(), written out: the call cost more than the test on most words
            append(before + (text if plain or not SPECIAL(text) else html.escape(text)) + after)
        if end_at[ended] == right:  # the speakers of the quotes that end here, after them
            ending = ended
            while end_at[ending] == right:
                _, _, kind, ident, _ = marks[by_end[ending]]
                if kind == "quote":
                    append(f'<span class="speaker">{escape(speakers[ident])}</span>')
                ending += 1
        if len(out) > PIECES:
            yield "".join(out)
            out = []
            append = out.append
        left = right
    out.append("</p>")
    yield "".join(out)


PIECES = 512  # pieces of the body's HTML joined before they are handed on
LEGEND = (
    '<span><mark class="quote direct">direct quote</mark></span>'
    '<span><mark class="quote indirect">reported speech</mark></span>'
    '<span><mark class="quote indirect">reported, <mark class="quote direct nested">'
    "quoted inside</mark></mark></span>"
    + "".join(f'<span class="entity {t}">{t}</span>' for t in ("PER", "ORG", "LOC", "DATE"))
)


def source_of(article: Mapping[str, Any]) -> str:
    url = article.get("source_url") or ""
    if url.startswith(("https://", "http://")):  # never a javascript: link
        return f'<a href="{escape(url)}">{escape(url)}</a>'
    return escape(url or "unknown")


def article_page_parts(
    article: Mapping[str, Any],
    quotes: Sequence[QuoteRow],
    entities: Sequence[EntityRow],
    mentions: Sequence[MentionRow],
    metadata: Mapping[str, Any],
    warnings: Sequence[Any] = (),
) -> Iterator[str]:
    """The page of one article in pieces, to be written as they come: the page of a large
    article is several times its size. ARTICLE: its object in article.json; QUOTES,
    MENTIONS and WARNINGS: its rows (offsets into its body); ENTITIES: rows of (at least)
    the entities its mentions name, with their package-wide ids; METADATA: the package's
    name, title and version."""
    title = article.get("title") or article["id"]
    here = entities_here(entities, mentions)
    body = article.get("body")
    yield page_head(f"{title} · {metadata['title']}") + (
        f"""<p class="meta"><a href="../index.html">← all articles</a> ·
{escape(metadata["name"])}, version {escape(metadata["version"])}</p>
<h1>{escape(title)}</h1>
<p class="meta">article {escape(article["id"])} · source: {source_of(article)} ·
reference date: {escape(str(article.get("reference_date") or "unknown"))}</p>
<p class="legend">{LEGEND}</p>
"""
    )
    if body is None:
        yield (
            '<p class="note">This package holds no article texts (built with --no-bodies): '
            "the offsets point into your own copy of the article, whose length and sha256 "
            f"are {escape(str(article.get('body_length')))} and "
            f"{escape(str(article.get('body_sha256')))}.</p>"
        )
    else:
        marks = spans(quotes, entities, mentions)
        speakers = {quote.quote_id: quote.speaker for quote in quotes}
        yield '<article id="body">\n'
        yield from highlighted_parts(body, marks, speakers)
        yield "\n</article>"
    yield f"\n<h2>Warnings ({len(warnings)})</h2>\n"
    yield from table_parts(warnings, WARNING_COLUMNS, "warnings.csv")
    yield f"\n<h2>Quotes ({len(quotes)})</h2>\n"
    yield from table_parts(quotes, QUOTE_COLUMNS, "quotes.csv")
    yield f"\n<h2>Entities ({len(here)})</h2>\n"
    yield from table_parts(here, ENTITY_COLUMNS, "entities.csv (counted in this article)")
    yield f"\n<h2>Mentions ({len(mentions)})</h2>\n"
    yield from table_parts(mentions, MENTION_COLUMNS, "mentions.csv")
    yield "\n" + PAGE_FOOT
