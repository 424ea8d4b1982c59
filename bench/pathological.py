"""Pathological shapes against the linear-time promise (issue 11), as ratios in one run.

    python bench/pathological.py

Builds, in this process and one after the other, each into a fresh folder:

- the seed (seeds/), the yardstick;
- one paragraph holding a 40,000-character word and 40 short sentences (41 KB), which
  must build in at most 2x the seed's time;
- a 1 MB generated article written as one paragraph, which must take at most 1.5x the
  same text with its paragraph breaks;
- 9,000 unmatched quotation marks, and quotation marks nested 2,500 deep (reported, no bar).

Every build is timed twice and the faster run counts, so that a neighbour's burst of work
on a shared machine does not decide a ratio. Exit code 1 when a bar is missed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from build_large import article

from build_dataset.pipeline import build

ROOT = Path(__file__).parents[1]
SENTENCE = "Anna Berger sagte am Montag, die Lage sei ernst. "


def timed(seed: Path, folder: Path, runs: int = 2) -> float:
    best = float("inf")
    for run in range(runs):
        started = time.perf_counter()
        build(seed, folder / f"out-{seed.stem}-{run}")
        best = min(best, time.perf_counter() - started)
    return best


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        build(ROOT / "seeds", folder / "warm-up")  # imports and word lists, once
        seed = timed(ROOT / "seeds", folder)
        long_word = timed(write(folder, "word", "x" * 40_000 + " " + SENTENCE * 40 + "\n"), folder)
        text = article(1.0)
        apart = timed(write(folder, "apart", text), folder, runs=1)
        together = timed(
            write(folder, "together", text.replace("\n", " ").strip() + "\n"), folder, 1
        )
        marks = timed(write(folder, "marks", "„" * 9000 + "\n"), folder, 1)
        nested = "Sie sagte: " + "„‚" * 2500 + "Ja" + "‘“" * 2500 + ", sagte Anna Berger.\n"
        deep = timed(write(folder, "nested", nested), folder, 1)
    checks = [
        ("41 KB long-word article / seed", long_word / seed, 2.0),
        ("1 MB one paragraph / with paragraph breaks", together / apart, 1.5),
    ]
    print(f"seed                        {seed:6.2f} s")
    print(f"41 KB long word             {long_word:6.2f} s")
    print(f"1 MB with paragraph breaks  {apart:6.2f} s")
    print(f"1 MB as one paragraph       {together:6.2f} s")
    print(f"9,000 unmatched marks       {marks:6.2f} s")
    print(f"marks nested 2,500 deep     {deep:6.2f} s")
    failed = False
    for label, ratio, bar in checks:
        verdict = "ok" if ratio <= bar else "TOO SLOW"
        failed |= ratio > bar
        print(f"{label:<44} {ratio:5.2f}x (bar {bar}x) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
