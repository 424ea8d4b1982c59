"""Read GermEval 2014 NER (TSV: a "#" line opens each sentence, then one token a line,
``index<TAB>token<TAB>outer<TAB>inner``, a blank line between sentences) into GoldTexts:
each sentence a text of its own, its tokens joined back with spaces, the outer-level
chunks as GoldSpans in the offsets of that text.

PER, ORG and LOC are scored; OTH and the ``deriv``/``part`` variants ("deutschen",
"EU-Kommission") become neutral spans: a mention on one counts neither way.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from build_dataset.benchmarks.gold import NEUTRAL, GoldSpan, GoldText, benchmark_lines
from build_dataset.errors import InputError

SCORED = ("PER", "ORG", "LOC")
TAG = re.compile(r"O|([BI])-(PER|ORG|LOC|OTH)(deriv|part)?")
DATE = re.compile(r"\[(\d{4}-\d{2}-\d{2})\]")
# Tokens written without a space before them, and after them.
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "“"}
NO_SPACE_AFTER = {"(", "[", "„"}
HINT = "a '#' line, then 'index<TAB>token<TAB>outer<TAB>inner' lines, as GermEval 2014"


def read_germeval(path: Path) -> list[GoldText]:
    lines = benchmark_lines(path)
    texts: list[GoldText] = []
    tokens: list[tuple[str, str]] = []
    first, date = 0, None
    for number, line in enumerate([*lines, ""], 1):
        if line.startswith("#"):
            if tokens:
                texts.append(sentence(len(texts) + 1, tokens, date, first))
                tokens = []
            found = DATE.search(line)
            date = dt.date.fromisoformat(found.group(1)) if found else None
            first = number
            continue
        if not line.strip():
            if tokens:
                texts.append(sentence(len(texts) + 1, tokens, date, first))
            tokens, date, first = [], None, 0
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].isdigit() or not fields[1]:
            raise InputError(str(path), "not a token line", HINT, number)
        if not TAG.fullmatch(fields[2]):
            raise InputError(str(path), f"unknown tag {fields[2]!r}", "use O, B-TYPE or I-TYPE "
                             "with TYPE PER, ORG, LOC or OTH, +deriv or +part", number)  # fmt: skip
        first = first or number
        tokens.append((fields[1], fields[2]))
    if not texts:
        raise InputError(str(path), "holds no sentence", HINT)
    return texts


def sentence(
    number: int, tokens: list[tuple[str, str]], date: dt.date | None, line: int
) -> GoldText:
    """Join the tokens into a text and turn the BIO tags into chunks in its offsets."""
    text = ""
    spans: list[GoldSpan] = []
    chunk: tuple[str, int, int] | None = None  # (type, start, end)

    def close() -> None:
        if chunk is not None:
            kind, start, end = chunk
            spans.append(GoldSpan(kind if kind in SCORED else NEUTRAL, start, end, text[start:end]))

    previous = ""
    for token, tag in tokens:
        if text and token not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER:
            text += " "
        start = len(text)
        text += token
        previous = token
        match = TAG.fullmatch(tag)
        assert match is not None  # checked by the reader
        kind = (match.group(2) or "") + (match.group(3) or "")
        if match.group(1) == "I" and chunk is not None and chunk[0] == kind:
            chunk = (kind, chunk[1], len(text))
            continue
        close()
        chunk = (kind, start, len(text)) if match.group(1) else None
    close()
    return GoldText(f"s{number}", text, date, tuple(spans), line)
