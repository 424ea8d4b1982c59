"""Articles per CPU-second of the extraction alone, in this one process (issue 14).

    python bench/extract.py [N] [--seed S] [--runs R] [--texts FILE.jsonl] [--profile K]

Generates N invented articles (bench/generate.py, default 300), warms the extraction up
on one short text (word lists, lexicon patterns, the first date parsed), then runs
``build_dataset.extract`` over the articles R times (default 3) and prints the median
articles and characters per CPU-second. CPU time (``time.process_time``), not wall time:
the machine is shared, and another process on the core slows the wall clock, not the
CPU seconds this process spends. The warm-up's own CPU time is printed apart: it is paid
once per process (once per worker with --jobs). The first pass is printed apart too: the
word-level memos start empty there, and later passes over the same texts find every word
in them, which flatters a small set of varied texts (a long corpus sits in between).

--texts FILE.jsonl measures a JSON Lines file of {"text": …, "date"/"reference_date": …}
objects instead (for example a benchmark's dev split read from its path at run time),
reporting characters per CPU-second, since its articles differ in length.
--profile K prints the K functions with the most cumulative time under cProfile (slower
than the plain run; the figures then count the profiler too).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import articles  # noqa: E402


def texts_of(path: Path) -> list[tuple[str, str | None]]:
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                data = json.loads(line)
                date = data.get("reference_date") or data.get("date")
                found.append((data["text"], date))
    return found


def generated(count: int, seed: int) -> list[tuple[str, str | None]]:
    return [(item["text"], item.get("reference_date")) for item in articles(count, seed)]


def one_run(texts: list[tuple[str, str | None]]) -> float:
    from build_dataset import extract

    started = time.process_time()
    for text, date in texts:
        extract(text, reference_date=date)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=300, help="generated articles")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--texts", type=Path, help="a JSON Lines file of texts instead")
    parser.add_argument("--profile", type=int, metavar="K", help="print the K costliest")
    options = parser.parse_args()

    started = time.process_time()
    from build_dataset import extract

    extract("„Ja“, sagte Jana Olbrich am 3. März in Lessendorf.", reference_date="2024-03-01")
    warm = time.process_time() - started
    texts = texts_of(options.texts) if options.texts else generated(options.count, options.seed)
    characters = sum(len(text) for text, _ in texts)
    if options.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        one_run(texts)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(options.profile)
        return
    times = [one_run(texts) for _ in range(options.runs)]
    name = options.texts.name if options.texts else f"generated (seed {options.seed})"
    print(f"{len(texts)} articles of {name}, {characters / len(texts):,.0f} characters each:")
    for label, seconds in (
        ("first pass", times[0]),
        (f"median of {options.runs}", statistics.median(times)),
    ):
        print(
            f"  {label:>12}: {len(texts) / seconds:7.1f} articles per CPU-second,"
            f" {characters / seconds:9,.0f} characters per CPU-second"
        )
    print(f"  warm-up {warm:.2f} CPU-s")


if __name__ == "__main__":
    main()
