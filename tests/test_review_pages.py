"""The review pages as pure functions, on invented rows: index.html lists every article
once with its counts and a link to its page, article pages highlight their own rows, and
every value is escaped (the HTML is parsed; the browser tests are in test_review.py)."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import fields
from html.parser import HTMLParser
from typing import Any

import pytest
from helpers import article_page

from build_dataset.records import EntityRow, MentionRow, QuoteRow
from build_dataset.review import (
    ArticleSummary,
    index_page,
    page_name,
    page_path,
    policy,
    summarise,
)

METADATA = {"title": "Lokalnachrichten <2026>", "name": "news-quotes-lokal", "version": "2.0.0"}


def row(kind: type, **values: Any) -> Any:
    """A record of KIND from VALUES, leaving out what KIND has no field for."""
    names = {f.name for f in fields(kind)}
    return kind(**{name: value for name, value in values.items() if name in names})


BODY = (
    "Bürgermeisterin Anna Berger sagte: „Wir bauen die Brücke neu.“\n\n"
    "Der Rat der Stadt Kassel stimmte am 3. Mai zu."
)


def at(text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = BODY.index(text, start + 1)
    return start, start + len(text)


ARTICLE = {"id": "lokal/2026/bruecke", "title": "Neue <b>Brücke</b> & „Plan“", "body": BODY,
           "source_url": "https://example.org/bruecke", "reference_date": "2026-05-04"}  # fmt: skip
QUOTE = row(
    QuoteRow, article_id=ARTICLE["id"], quote_id="p1-c36", text="Wir bauen die Brücke neu.",
    type="direct", speaker="Anna Berger", speaker_mention="Anna Berger",
    speaker_entity_id="per-anna-berger", cue="sagte", paragraph=1,
    start=at("Wir bauen")[0], end=at("neu.")[1],
)  # fmt: skip
ENTITIES = [
    row(EntityRow, entity_id="per-anna-berger", name="Anna Berger", type="PER", mentions=5,
        articles=2, first_article_id="a-früher", first_start=0, first_end=11, normalized=None),
    row(EntityRow, entity_id="loc-kassel", name="Kassel", type="LOC", mentions=1, articles=1,
        first_article_id=ARTICLE["id"], first_start=at("Kassel")[0],
        first_end=at("Kassel")[1], normalized=None),
    row(EntityRow, entity_id="date-2026-05-03", name="3. Mai", type="DATE", mentions=1,
        articles=1, first_article_id=ARTICLE["id"], first_start=at("3. Mai")[0],
        first_end=at("3. Mai")[1], normalized="2026-05-03"),
]  # fmt: skip
MENTIONS = [
    row(MentionRow, article_id=ARTICLE["id"], entity_id=entity_id, start=start, end=end,
        text=BODY[start:end])
    for entity_id, (start, end) in (
        ("per-anna-berger", at("Anna Berger")),
        ("loc-kassel", at("Kassel")),
        ("date-2026-05-03", at("3. Mai")),
    )
]  # fmt: skip


class Parsed(HTMLParser):
    """Tables (rows of cell texts and the links in them), scripts, the CSP, and the
    highlighted pieces of the article (data-id, data-start, data-end, text)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.links: list[str] = []
        self.scripts: list[str] = []
        self.policy = ""
        self.pieces: list[dict[str, Any]] = []
        self.tags: set[str] = set()
        self._open: list[dict[str, Any]] = []
        self._in: str | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.add(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.tables[-1][-1].append("")
            self._in = "cell"
        elif tag == "a":
            self.links.append(found.get("href") or "")
        elif tag == "script":
            self.scripts.append("")
            self._in = "script"
        elif tag == "meta" and found.get("http-equiv") == "Content-Security-Policy":
            self.policy = found.get("content") or ""
        if tag in ("mark", "span") and found.get("data-kind"):
            piece = {**found, "text": ""}
            self.pieces.append(piece)
            self._open.append(piece)
        elif tag in ("mark", "span"):
            self._open.append({})

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "script"):
            self._in = None
        if tag in ("mark", "span"):
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._in == "cell":
            self.tables[-1][-1][-1] += data
        elif self._in == "script":
            self.scripts[-1] += data
        for piece in self._open:
            if piece:
                piece["text"] += data


def summaries() -> list[ArticleSummary]:
    return [
        summarise(ARTICLE, [QUOTE], MENTIONS, ["eine Warnung"]),
        ArticleSummary("sport-1", None, 0, 0, 0, 0),
        ArticleSummary("z/2", "Zweiter <Teil>", 12, 3, 40, 1),
    ]


@pytest.mark.parametrize(
    ("article_id", "page"),
    [("a", "a"), ("lokal/2026/bruecke", "lokal~2026~bruecke"), ("x.y_z-1", "x.y_z-1")],
)
def test_page_names_replace_the_slash(article_id: str, page: str) -> None:
    assert page_name(article_id) == page
    assert page_path(article_id) == f"review/{page}.html"


def test_the_index_lists_every_article_once_with_its_counts_and_link() -> None:
    parsed = Parsed(index_page(summaries(), METADATA))
    (articles,) = parsed.tables
    assert articles[0] == ["id", "title", "quotes", "entities", "mentions", "warnings"]
    assert articles[1:] == [
        ["lokal/2026/bruecke", "Neue <b>Brücke</b> & „Plan“", "1", "3", "3", "1"],
        ["sport-1", "", "0", "0", "0", "0"],
        ["z/2", "Zweiter <Teil>", "12", "3", "40", "1"],
    ]
    assert parsed.links == [
        "review/lokal~2026~bruecke.html", "review/sport-1.html", "review/z~2.html",
    ]  # fmt: skip


def test_index_titles_are_escaped_not_markup() -> None:
    page = index_page(summaries(), METADATA)
    parsed = Parsed(page)
    assert "b" not in parsed.tags  # "<b>" of a title stays text
    assert "Neue &lt;b&gt;Brücke&lt;/b&gt; &amp; „Plan“" in page
    assert "Lokalnachrichten &lt;2026&gt;" in page


def test_only_the_sorting_script_may_run_and_nothing_may_load() -> None:
    for page in (index_page(summaries(), METADATA),
                 article_page(ARTICLE, [QUOTE], ENTITIES, MENTIONS, METADATA)):  # fmt: skip
        parsed = Parsed(page)
        assert parsed.policy == policy()
        assert parsed.policy.startswith("default-src 'none'; style-src 'unsafe-inline'; ")
        (script,) = parsed.scripts
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert parsed.policy.endswith(f"script-src 'sha256-{digest}'")


def test_the_index_grows_by_one_line_per_article() -> None:
    one = index_page(summaries()[:1], METADATA)
    three = index_page(summaries(), METADATA)
    assert three.count("\n") - one.count("\n") == 2
    assert "Anna Berger" not in three and "Brücke neu" not in three  # no rows, no text


def test_an_article_page_highlights_its_rows_at_their_offsets() -> None:
    parsed = Parsed(article_page(ARTICLE, [QUOTE], ENTITIES, MENTIONS, METADATA))
    quote = [p for p in parsed.pieces if p["data-kind"] == "quote"]
    assert [(p["data-id"], p["text"]) for p in quote] == [("p1-c36", "Wir bauen die Brücke neu.")]
    assert (int(quote[0]["data-start"]), int(quote[0]["data-end"])) == (QUOTE.start, QUOTE.end)
    entity = {p["data-id"]: p for p in parsed.pieces if p["data-kind"] == "entity"}
    assert {k: p["text"] for k, p in entity.items()} == {
        "per-anna-berger": "Anna Berger", "loc-kassel": "Kassel", "date-2026-05-03": "3. Mai",
    }  # fmt: skip
    assert entity["date-2026-05-03"]["title"] == "DATE: 3. Mai = 2026-05-03"
    assert "../index.html" in parsed.links and "https://example.org/bruecke" in parsed.links
    assert "b" not in parsed.tags  # the title's "<b>" is text


def test_an_article_page_counts_entities_in_this_article() -> None:
    parsed = Parsed(article_page(ARTICLE, [QUOTE], ENTITIES, MENTIONS, METADATA, []))
    warnings, quotes, entities, mentions = parsed.tables
    assert entities[0] == ["entity_id", "name", "type", "mentions", "first_start", "first_end",
                           "normalized"]  # fmt: skip
    berger = next(r for r in entities[1:] if r[0] == "per-anna-berger")
    start, end = at("Anna Berger")
    assert berger == ["per-anna-berger", "Anna Berger", "PER", "1", str(start), str(end), ""]
    assert [r[0] for r in entities[1:]] == ["per-anna-berger", "loc-kassel", "date-2026-05-03"]
    assert "article_id" not in quotes[0] and len(quotes) == 2 and len(mentions) == 4
    assert len(warnings) == 1  # the header only


def test_a_package_without_bodies_shows_the_tables_and_no_text() -> None:
    article = {**ARTICLE, "body": None, "body_length": len(BODY), "body_sha256": "ab" * 32}
    page = article_page(article, [QUOTE], ENTITIES, MENTIONS, METADATA)
    parsed = Parsed(page)
    assert "article" not in parsed.tags and not parsed.pieces
    assert "--no-bodies" in page and f"{len(BODY)} and {'ab' * 32}" in page
    assert [len(t) for t in parsed.tables] == [1, 2, 4, 4]


def test_a_javascript_source_is_no_link() -> None:
    article = {**ARTICLE, "source_url": "javascript:alert(1)"}
    parsed = Parsed(article_page(article, [], [], [], METADATA))
    assert parsed.links == ["../index.html"]
    assert not re.search(r"href=\"javascript", article_page(article, [], [], [], METADATA))
