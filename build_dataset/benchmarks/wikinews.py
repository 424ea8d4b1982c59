"""Read the Wikinews quotation-attribution benchmark (JSON Lines, one article a line) into
GoldTexts: the text as plain paragraphs, each quote a GoldSpan in its offsets.

Types: Direct is direct; Indirect and IndirectFreeIndirect (reported speech continuing
someone's indirect speech) are indirect; FreeIndirect and Reported are outside the
project's scheme and become neutral spans (a row on one counts neither way).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from build_dataset.benchmarks.gold import (
    NEUTRAL,
    GoldSpan,
    GoldText,
    benchmark_lines,
    plain_paragraphs,
)
from build_dataset.errors import InputError

TYPES = {
    "Direct": "direct",
    "Indirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "FreeIndirect": NEUTRAL,
    "Reported": NEUTRAL,
}
HINT = "one article a line as in the Wikinews benchmark's README"


def read_wikinews(path: Path) -> list[GoldText]:
    lines = benchmark_lines(path)
    texts = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            texts.append(article(json.loads(line), number))
        except json.JSONDecodeError as error:
            raise InputError(str(path), f"malformed JSON: {error.msg}", HINT, number) from error
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise InputError(str(path), f"not an article: {error!r}", HINT, number) from error
    if not texts:
        raise InputError(str(path), "holds no article", HINT)
    ids = [text.id for text in texts]
    if len(set(ids)) != len(ids):
        twice = next(i for i in ids if ids.count(i) > 1)
        raise InputError(str(path), f"article id {twice!r} occurs twice", "give each its own id")
    return texts


def article(data: dict[str, Any], line: int) -> GoldText:
    original = data["text"]
    if not isinstance(original, str):
        raise TypeError("text is not a string")
    body, starts, ends = plain_paragraphs(original)

    def part(value: dict[str, Any] | None) -> tuple[str | None, int, int]:
        """The words of a speaker, cue or quote (its spans joined by a space) and where
        it starts and ends in the body."""
        if value is None:
            return None, 0, 0
        spans = sorted((int(a), int(b)) for a, b in value["spans"])
        if not spans or any(not 0 <= a <= b <= len(original) for a, b in spans):
            raise ValueError(f"spans {value['spans']} outside the text")
        words = " ".join(body[starts[a] : ends[b]] for a, b in spans)
        return words, starts[spans[0][0]], ends[spans[-1][1]]

    spans = []
    for quote in data["quotes"]:
        kind = TYPES.get(quote["type"])
        if kind is None:
            raise ValueError(f"unknown quote type {quote['type']!r}; known: {', '.join(TYPES)}")
        text, start, end = part(quote["quote"])
        speaker = part(quote.get("speaker"))[0]
        cue = part(quote.get("cue"))[0]
        spans.append(GoldSpan(kind, start, end, text or "", speaker, cue))
    date = data.get("date")
    return GoldText(
        id=str(data["id"]),
        text=body,
        reference_date=dt.date.fromisoformat(date) if date else None,
        spans=tuple(spans),
        line=line,
    )
