"""The review page shows a direct quote inside the reported speech it belongs to as a
highlight within that one's highlight (no browser needed: the HTML is parsed)."""

from __future__ import annotations

from dataclasses import fields
from html.parser import HTMLParser

from helpers import article_page, run

from build_dataset.assemble import article_record
from build_dataset.records import QuoteRow
from build_dataset.review import enclosing

METADATA = {"title": "Fall", "name": "news-quotes-fall", "version": "1.0.0"}


class Marks(HTMLParser):
    """For every <mark> piece in the article: its data-id and the data-ids around it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[dict[str, str | None]] = []
        self.pieces: list[tuple[dict[str, str | None], list[str | None]]] = []
        self.in_article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.in_article = True
        if tag == "mark" and self.in_article:
            found = dict(attrs)
            self.pieces.append((found, [outer.get("data-id") for outer in self.stack]))
            self.stack.append(found)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.in_article:
            self.stack.pop()
        if tag == "article":
            self.in_article = False


def test_a_direct_quote_inside_reported_speech_is_drawn_inside_it() -> None:
    text = "Der Sprecher Jonas Weidlich sagte, die Soldaten hätten „kaltblütig gehandelt“."
    extraction = run([text])
    indirect, direct = extraction.quotes  # the partial quote nests in the reported clause
    assert indirect.type == "indirect" and "kaltblütig gehandelt" in indirect.text
    assert (direct.type, direct.text) == ("direct", "kaltblütig gehandelt")
    assert indirect.start <= direct.start < direct.end <= indirect.end
    page = article_page(
        article_record(extraction.article),
        extraction.quotes,
        extraction.entities,
        extraction.mentions,
        METADATA,
    )
    parser = Marks()
    parser.feed(page)
    pieces = [(attrs, around) for attrs, around in parser.pieces if attrs.get("data-kind")]
    inner = [(attrs, around) for attrs, around in pieces if attrs["data-id"] == direct.quote_id]
    assert inner and all(indirect.quote_id in around for _, around in inner)  # drawn inside
    assert all("nested" in (attrs["class"] or "") for attrs, _ in inner)
    assert {attrs["data-inside"] for attrs, _ in inner} == {indirect.quote_id}
    outer = [around for attrs, around in pieces if attrs["data-id"] == indirect.quote_id]
    assert outer and all(direct.quote_id not in around for around in outer)


def test_enclosing_finds_the_innermost_quote_around_each() -> None:
    def row(quote_id: str, start: int, end: int) -> QuoteRow:
        values = {"article_id": "a", "quote_id": quote_id, "text": "x", "type": "direct",
                  "speaker": "X", "speaker_mention": "X", "speaker_entity_id": None,
                  "cue": None, "paragraph": 1, "start": start, "end": end}  # fmt: skip
        return QuoteRow(**{f.name: values[f.name] for f in fields(QuoteRow) if f.name in values})

    quotes = [
        row("a", 0, 50),
        row("b", 10, 20),
        row("c", 12, 15),
        row("d", 30, 40),
        row("e", 60, 70),
    ]
    assert enclosing(quotes) == {"b": "a", "c": "b", "d": "a"}
