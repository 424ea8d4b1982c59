"""Time and peak memory of one build on a large generated article (issue 5: 5 MB).

    python bench/build_large.py [MEGABYTES]

Writes the article into a temporary folder, runs `build-dataset` on it in a child process
and prints the size, the wall time, the peak resident memory and the rows written. The
article repeats invented paragraphs with varying names, quotes and dates; its content is
fixed by a seeded generator, so runs are comparable.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Anna", "Jonas", "Leyla", "Piotr", "Mariam", "Henrik", "Sofia", "Tomasz", "Ewa", "Ole"]
LAST = ["Berger", "Kowalski", "Yilmaz", "Brandt", "Nowak", "Lindqvist", "Haas", "Roth"]
TOWNS = ["Kassel", "Niederwessel", "Lessendorf", "Freiburg", "Oberhollbach", "Bremen"]
ROLES = ["Bürgermeisterin", "Ministerin", "Trainer", "Sprecher", "Landrat", "Richterin"]
TEMPLATES = [
    "{role} {first} {last} sagte am {day}. März in {town}, die Lage sei ernst.",
    "„Wir werden {town} nicht im Stich lassen“, sagte {last}. Er kündigte an, man prüfe alles.",
    "Laut {role} {first} {last} kostet das Projekt in {town} rund {n} Millionen Euro.",
    "Die Stadtwerke {town} GmbH teilte am Montag mit, dass die Preise steigen würden.",
    "Nach Angaben der Polizei wurde in {town} niemand verletzt. Die Straße war gesperrt.",
    "{first} {last} zufolge hat der Rat am {day}.0{month}.2024 nichts beschlossen.",
    "Der Ausschuss tagte bis spät in die Nacht; ein Ergebnis gab es nicht.",
]


def article(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < megabytes * 1_000_000:
        sentences = [
            rng.choice(TEMPLATES).format(
                role=rng.choice(ROLES), first=rng.choice(FIRST), last=rng.choice(LAST),
                town=rng.choice(TOWNS), day=rng.randint(1, 28), month=rng.randint(1, 9),
                n=rng.randint(2, 90),
            )
            for _ in range(rng.randint(2, 6))
        ]  # fmt: skip
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 1
    return "\n".join(paragraphs) + "\n"


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    with tempfile.TemporaryDirectory() as folder:
        seed = Path(folder) / "large.txt"
        seed.write_text(article(megabytes), encoding="utf-8")
        out = Path(folder) / "out"
        command = ["build-dataset", "--seeds", str(seed), "--out", str(out)]
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"article       {seed.stat().st_size / 1e6:.1f} MB")
        print(f"exit code     {result.returncode}")
        print(f"wall time     {seconds:.1f} s")
        print(f"peak memory   {peak_mb:.0f} MB (resident, child process)")
        print(f"result        {result.stdout.strip() or result.stderr.strip()[-300:]}")


if __name__ == "__main__":
    main()
