"""What the review pages share: the style, the sorting script, the Content Security Policy
that lets nothing else run or load, the page frame (the sortable tables are table.py's).
Every value goes through html.escape (escape() below, which skips the texts that need none)."""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import re

SPECIAL = re.compile("[&<>\"']").search


def escape(text: str) -> str:
    """html.escape(TEXT): the same result, but a text without &, <, >, " or ' (most names,
    ids and words of a page) is returned as it is, without five passes of str.replace."""
    return html.escape(text) if SPECIAL(text) else text


STYLE = """
:root { --direct: #fde68a; --indirect: #bfdbfe; --PER: #b91c1c; --ORG: #1d4ed8;
  --LOC: #047857; --DATE: #7e22ce; font-family: system-ui, sans-serif; line-height: 1.55; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; color: #111; overflow-wrap: anywhere; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.meta, .legend, .note { color: #444; font-size: .9rem; }
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
table.rows td:nth-child(2) { min-width: 14rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left;
  vertical-align: top; } th { cursor: pointer; background: #f5f5f5; position: sticky; top: 0; }
td.number { text-align: right; }
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


@functools.cache  # every page's head has it
def policy() -> str:
    """Nothing may be loaded from anywhere; the inline style applies, and of scripts only
    the sorting script runs (by its hash), not a handler or link smuggled into a value."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"


def page_head(title: str) -> str:
    """The page up to and including <body>."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy()}">
<title>{escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
"""


PAGE_FOOT = f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
