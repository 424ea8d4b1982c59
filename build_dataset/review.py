"""index.html: one self-contained page to review the extraction at a glance.

The article with each quote highlighted by type and labelled with its speaker (a direct
quote inside reported speech drawn inside it, outlined), each entity mention underlined
by type, dates with their value on hover, and the three tables below (quotes, entities,
mentions), sortable. No network: styles and the sorting script are
inline, and a Content Security Policy forbids loading anything. Every value goes through
html.escape.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import asdict, fields
from html import escape
from typing import Any

from build_dataset.assemble import Extraction
from build_dataset.records import EntityRow, MentionRow, QuoteRow

STYLE = """
:root { --direct: #fde68a; --indirect: #bfdbfe; --PER: #b91c1c; --ORG: #1d4ed8;
  --LOC: #047857; --DATE: #7e22ce; font-family: system-ui, sans-serif; line-height: 1.55; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; color: #111; overflow-wrap: anywhere; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.meta, .legend { color: #444; font-size: .9rem; }
.legend span { margin-right: .8rem; white-space: nowrap; }
mark.quote { border-radius: .2rem; padding: 0 .1rem; color: inherit; }
mark.direct { background: var(--direct); } mark.indirect { background: var(--indirect); }
mark.nested { outline: 2px solid #b45309; outline-offset: -1px; }
.speaker { font-size: .75rem; font-weight: 600; color: #333; background: #eee;
  border-radius: .2rem; padding: 0 .25rem; margin-left: .15rem; }
.entity { text-decoration: underline 2px; text-underline-offset: .2rem; }
.PER { text-decoration-color: var(--PER); } .ORG { text-decoration-color: var(--ORG); }
.LOC { text-decoration-color: var(--LOC); } .DATE { text-decoration-color: var(--DATE);
  text-decoration-style: dotted; }
.table { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: .85rem; overflow-wrap: normal; }
td:nth-child(2) { min-width: 14rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left;
  vertical-align: top; } th { cursor: pointer; background: #f5f5f5; position: sticky; top: 0; }
th[aria-sort]::after { content: attr(data-arrow); }
@media (max-width: 40rem) { body { padding: .6rem; } table { font-size: .75rem; } }
"""


# Click a column header to sort by it; numbers sort as numbers.
SCRIPT = """
document.querySelectorAll("table").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, column) {
    th.addEventListener("click", function () {
      var body = table.tBodies[0], rows = Array.from(body.rows);
      var up = th.getAttribute("aria-sort") !== "ascending";
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent, y = b.cells[column].textContent;
        var n = Number(x) - Number(y);
        var order = (x !== "" && y !== "" && !isNaN(n)) ? n : x.localeCompare(y, "de");
        return up ? order : -order;
      });
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      th.setAttribute("data-arrow", up ? " ▲" : " ▼");
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def policy() -> str:
    """Nothing may be loaded from anywhere; the inline style applies, and of scripts only
    the sorting script runs (by its hash), not a handler or link smuggled into a value."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"


def open_tag(kind: str, ident: str, start: int, end: int, extra: dict[str, str]) -> str:
    attributes = {"data-kind": kind, "data-id": ident, "data-start": str(start),
                  "data-end": str(end), **extra}  # fmt: skip
    rendered = " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items())
    tag = "mark" if kind == "quote" else "span"
    return f"<{tag} {rendered}>"


def spans(extraction: Extraction) -> list[tuple[int, int, str, str, dict[str, str]]]:
    """(start, end, kind, id, attributes) of every highlight, quotes before mentions, an
    enclosing quote before the quotes inside it (so that it is opened around them)."""
    result = []
    inside = enclosing(extraction.quotes)
    for q in sorted(extraction.quotes, key=lambda q: (q.start, -q.end)):
        label = {"class": f"quote {q.type}", "title": f"{q.type}: {q.speaker}"}
        if q.quote_id in inside:
            label = {
                "class": f"quote {q.type} nested",
                "title": f"{q.type}, inside {inside[q.quote_id]}: {q.speaker}",
                "data-inside": inside[q.quote_id],
            }
        result.append((q.start, q.end, "quote", q.quote_id, label))
    entities = {e.entity_id: e for e in extraction.entities}
    for mention in extraction.mentions:
        entity_id, start, end = mention.entity_id, mention.start, mention.end
        entity = entities[entity_id]
        title = f"{entity.type}: {entity.name}"
        if entity.type == "DATE":
            title += f" = {entity.normalized or 'unknown day'}"
        result.append((start, end, "entity", entity_id,
                       {"class": f"entity {entity.type}", "title": title}))  # fmt: skip
    return result


def enclosing(quotes: Sequence[QuoteRow]) -> dict[str, str]:
    """quote_id -> the quote_id of the quote it lies within: a direct quote inside the
    reported speech it belongs to ("Er sagte, die Soldaten hätten „kaltblütig gehandelt“")."""
    inside: dict[str, str] = {}
    open_quotes: list[QuoteRow] = []  # the quotes that enclose the current start
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        while open_quotes and open_quotes[-1].end <= quote.start:
            open_quotes.pop()
        if open_quotes and quote.end <= open_quotes[-1].end:
            inside[quote.quote_id] = open_quotes[-1].quote_id
        open_quotes.append(quote)
    return inside


def highlighted(body: str, extraction: Extraction) -> str:
    """The body as HTML paragraphs with highlights. Where two highlights cross, the inner
    one is closed and reopened, so that every piece carries the id and offsets of its
    highlight and the pieces of one id join to body[start:end]."""
    marks = spans(extraction)
    boundaries = sorted({0, len(body), *(s for s, *_ in marks), *(e for _, e, *_ in marks)})
    speakers = {q.quote_id: q.speaker for q in extraction.quotes}
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for number, (start, end, *_) in enumerate(marks):
        starting.setdefault(start, []).append(number)
        ending.setdefault(end, []).append(number)
    active: set[int] = set()  # the highlights open over the current stretch, by number
    out: list[str] = ["<p>"]
    for left, right in zip(boundaries, boundaries[1:], strict=False):
        active.difference_update(ending.get(left, ()))
        active.update(starting.get(left, ()))
        covering = [marks[number] for number in sorted(active)]
        for text_index, piece in enumerate(body[left:right].split("\n\n")):
            if text_index:
                out.append("</p>\n<p>")
            if not piece:
                continue
            html = escape(piece)
            for start, end, kind, ident, extra in reversed(covering):
                html = f"{open_tag(kind, ident, start, end, extra)}{html}" + (
                    "</mark>" if kind == "quote" else "</span>"
                )
            out.append(html)
        for number in ending.get(right, ()):
            _, _, kind, ident, _ = marks[number]
            if kind == "quote":
                out.append(f'<span class="speaker">{escape(speakers[ident])}</span>')
    out.append("</p>")
    return "".join(out)


def table(rows: tuple[Any, ...], row_type: type, caption: str) -> str:
    names = [f.name for f in fields(row_type)]
    head = "".join(f"<th scope=col>{escape(name)}</th>" for name in names)
    body = "\n".join(
        "<tr>"
        + "".join(
            f"<td>{'' if value is None else escape(str(value))}</td>"
            for value in asdict(row).values()
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<div class="table"><table><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table></div>"
    )


def review_page(extraction: Extraction, metadata: dict[str, Any]) -> str:
    """The whole page for one package; METADATA is the descriptor's."""
    article = extraction.article
    url = article.source_url or ""
    source = (
        f'<a href="{escape(url)}">{escape(url)}</a>'
        if url.startswith(("https://", "http://"))  # never a javascript: link
        else escape(url or article.source_name)
    )
    legend = (
        '<span><mark class="quote direct">direct quote</mark></span>'
        '<span><mark class="quote indirect">reported speech</mark></span>'
        '<span><mark class="quote indirect">reported, <mark class="quote direct nested">'
        "quoted inside</mark></mark></span>"
        + "".join(f'<span class="entity {t}">{t}</span>' for t in ("PER", "ORG", "LOC", "DATE"))
    )
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy()}">
<title>{escape(metadata["title"])}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{escape(metadata["title"])}</h1>
<p class="meta">{escape(metadata["name"])}, version {escape(metadata["version"])} ·
source: {source} · reference date: {escape(str(article.reference_date or "unknown"))}</p>
<p class="legend">{legend}</p>
<article id="body">
{highlighted(article.body, extraction)}
</article>
<h2>Quotes ({len(extraction.quotes)})</h2>
{table(extraction.quotes, QuoteRow, "quotes.csv")}
<h2>Entities ({len(extraction.entities)})</h2>
{table(extraction.entities, EntityRow, "entities.csv")}
<h2>Mentions ({len(extraction.mentions)})</h2>
{table(extraction.mentions, MentionRow, "mentions.csv")}
<script>{SCRIPT}</script>
</body>
</html>
"""
