"""What a benchmark reader hands to the scorer: texts with gold spans in their offsets.

A reader turns a benchmark's format into these records (one GoldText per article or
sentence) and nothing else; the scorer (benchmarks/scoring.py) compares them with the
extraction through matching.py, the same rules that score the project's own gold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from build_dataset.reading import read_text

# A benchmark file (a split of a corpus) runs to tens of megabytes; 200 MB leaves room and
# still stops a mistake such as a link to /dev/zero before it eats the machine's memory.
BENCHMARK_BYTES = 200 * 1024 * 1024

NEUTRAL = "neutral"  # a gold span outside the project's scheme: a row on it is not counted


@dataclass(frozen=True)
class GoldSpan:
    """A quote (type direct | indirect | neutral) with its speaker and cue as written, or a
    name (type PER | ORG | LOC | neutral). ``text`` is what the words are compared on: for a
    quote interrupted by its frame, its parts joined by a space."""

    type: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class GoldText:
    """One text to extract from: plain paragraphs separated by one blank line."""

    id: str
    text: str
    reference_date: dt.date | None
    spans: tuple[GoldSpan, ...]
    line: int  # where it starts in the benchmark file, for messages


def plain_paragraphs(text: str) -> tuple[str, list[int], list[int]]:
    """TEXT as the extraction reads plain text: every non-empty line a paragraph, stripped,
    joined by a blank line. Also where each offset of TEXT lands in the result, as a
    span's start (the next kept character) and as a span's end (after the last kept
    character before it), so that gold spans can be moved along."""
    pieces: list[str] = []
    starts = [0] * (len(text) + 1)
    ends = [0] * (len(text) + 1)
    length = 0
    kept: list[tuple[int, int]] = []  # (offset in TEXT, offset in the result) of each line
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if pieces:
                length += 2
            lead = len(line) - len(line.lstrip())
            kept.append((offset + lead, length))
            pieces.append(stripped)
            length += len(stripped)
        offset += len(line) + 1
    body = "\n\n".join(pieces)
    # Walk TEXT once: inside a kept line an offset moves with it; elsewhere a start goes
    # to the next kept character and an end stays after the last one.
    line_index, position, after_last = 0, 0, 0
    for i in range(len(text) + 1):
        while line_index < len(kept) and i >= kept[line_index][0] + len(pieces[line_index]):
            after_last = kept[line_index][1] + len(pieces[line_index])
            line_index += 1
        if line_index < len(kept) and i >= kept[line_index][0]:
            position = kept[line_index][1] + i - kept[line_index][0]
            starts[i] = ends[i] = position
        else:
            starts[i] = kept[line_index][1] if line_index < len(kept) else len(body)
            ends[i] = after_last
    return body, starts, ends


def benchmark_lines(path: Path) -> list[str]:
    """The lines of the benchmark file PATH, read by the shared safe reader: a regular file
    of at most BENCHMARK_BYTES in UTF-8, else one InputError line (no FIFO waits)."""
    return read_text(path, "benchmark file", BENCHMARK_BYTES).splitlines()
