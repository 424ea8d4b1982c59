"""Articles a second, peak memory and output size of a corpus build (issue 14, "Scale").

    python bench/corpus.py N [--jobs 1 2] [--runs R] [--extraction-only]

Generates N invented articles (bench/generate.py) into a temporary JSON Lines file, then
for each --jobs value times the whole process `build-dataset --out OUT --seeds
corpus.jsonl --jobs J` (the median of R runs; R defaults to 3 up to 2,000 articles, else
1) and prints articles/s, peak memory of all its processes and the package's size.

It also times the extraction alone (``run_ordered`` over ``build_dataset.extract``, each
result serialised to JSON as a worker's result is, no package written), in a child
process, so the cost of the per-article work is known apart from reading and writing:
the rate is over the articles only (after the word lists are loaded), the wall time is
the whole child process.

Peak memory is the largest sum, over the process and all its descendants, of their
proportional set size (PSS, /proc/PID/smaps_rollup), sampled every 50 ms. PSS divides a
page shared by k processes among them, so the sum is the memory the tree really holds:
forked workers sharing the parent's word lists are not counted twice, as a sum of RSS
would; and unlike getrusage(RUSAGE_CHILDREN).ru_maxrss, which is the largest single
descendant, it counts workers that run at the same time. Sampling can miss a peak shorter
than 50 ms; the largest single process's peak RSS (VmHWM, exact) is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write_jsonl  # noqa: E402

SAMPLE_SECONDS = 0.05
SMALL = 2_000


def descendants(root: int) -> list[int]:
    """ROOT and every process below it, from /proc/PID/task/TID/children (each thread's
    children). Reading only the tree's own files keeps a sample cheap: scanning the stat
    file of every process on the machine 20 times a second took 2-3 ms of CPU each time,
    a few per cent of a busy 2-core machine, which slowed the build being measured."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue  # already gone
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                    todo.extend(int(child) for child in handle.read().split())
            except OSError:
                pass
    return found


def kib(pid: int, file: str, field: str) -> int:
    """A "FIELD: N kB" line of /proc/PID/FILE (0 for a process already gone)."""
    try:
        with open(f"/proc/{pid}/{file}", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class PeakMemory:
    """Samples the PSS of a process tree in a thread until stopped; keeps the largest sum."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kib = 0
        self.largest_kib = 0  # the largest single process's peak RSS (VmHWM), exact
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self) -> None:
        while not self.done.wait(SAMPLE_SECONDS):
            tree = descendants(self.pid)
            self.peak_kib = max(
                self.peak_kib, sum(kib(pid, "smaps_rollup", "Pss:") for pid in tree)
            )
            for pid in tree:
                self.largest_kib = max(self.largest_kib, kib(pid, "status", "VmHWM:"))

    def stop(self) -> tuple[int, int]:
        self.done.set()
        self.thread.join()
        return self.peak_kib, self.largest_kib


def measure(command: list[str]) -> tuple[float, float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, peak MB of the whole tree, of its largest process, and the process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ
    )
    peak = PeakMemory(process.pid)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    peak_kib, largest_kib = peak.stop()
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    return seconds, peak_kib / 1024, largest_kib / 1024, done


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 1e6


def extraction_child(corpus: Path, jobs: int) -> None:
    """In the child: run_ordered over the articles of CORPUS; print the rate as JSON."""
    from build_dataset import extract
    from build_dataset.corpus.run import run_ordered

    def warm() -> None:
        extract("„Ja“, sagte Jana Olbrich am 3. März in Lessendorf.", reference_date="2024-03-01")

    started = time.perf_counter()
    warm()
    warmed = time.perf_counter()
    cpu_before = cpu_seconds()
    count = characters = 0
    # The lines are read as the runner asks for them, as a build reads its sources: a list
    # of all of them made this child hold the whole corpus (1.6 GB PSS at 100,000).
    with corpus.open(encoding="utf-8") as handle:
        for result in run_ordered(handle, extract_line, jobs=jobs):
            count += 1
            characters += len(result)
    finished = time.perf_counter()
    cpu = cpu_seconds() - cpu_before  # the workers' too: the pool has joined them
    figures = {"articles": count, "warm": warmed - started, "work": finished - warmed, "cpu": cpu}
    print(json.dumps(figures))


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its children that have ended."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def extract_line(line: str) -> str:
    """A worker's share: one JSON line in, the rows out as JSON (as a result travels)."""
    from dataclasses import asdict

    from build_dataset import extract

    item = json.loads(line)
    result = extract(item["text"], id=item["id"], reference_date=item.get("reference_date"))
    rows = {
        "quotes": [asdict(row) for row in result.quotes],
        "entities": [asdict(row) for row in result.entities],
        "mentions": [asdict(row) for row in result.mentions],
        "warnings": list(result.warnings),
    }
    return json.dumps(rows, ensure_ascii=False, sort_keys=True)


def bench_extraction(corpus: Path, count: int, jobs: int, runs: int) -> None:
    command = [sys.executable, __file__, "--child", str(corpus), "--jobs", str(jobs)]
    rates, walls, peaks, warms, per_cpu = [], [], [], [], []
    for _ in range(runs):
        seconds, peak, _, done = measure(command)
        if done.returncode != 0:
            print(f"extraction jobs={jobs}: failed\n{done.stderr[-2000:]}")
            return
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        rates.append(figures["articles"] / figures["work"])
        warms.append(figures["warm"])
        per_cpu.append(figures["articles"] / figures["cpu"])
        walls.append(seconds)
        peaks.append(peak)
    print(
        f"extraction  jobs={jobs}  {statistics.median(rates):7.1f} articles/s over the work"
        f"  ({count / statistics.median(walls):6.1f}/s whole process,"
        f" {statistics.median(walls):6.1f} s, word lists {statistics.median(warms):.1f} s)"
        f"  peak {max(peaks):6.0f} MB PSS; {statistics.median(per_cpu):.1f} articles"
        " per CPU second"
    )


def bench_build(corpus: Path, count: int, jobs: int, runs: int, folder: Path) -> None:
    walls, peaks, largest = [], [], []
    out = folder / f"out-{jobs}"
    for _ in range(runs):
        command = ["build-dataset", "--out", str(out), "--seeds", str(corpus)]
        command += ["--jobs", str(jobs), "--no-cache", "--quiet"]
        seconds, peak, single, done = measure(command)
        if done.returncode != 0:
            first = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
            print(f"build       jobs={jobs}: exit {done.returncode}: {first}")
            return
        walls.append(seconds)
        peaks.append(peak)
        largest.append(single)
    wall = statistics.median(walls)
    print(
        f"build       jobs={jobs}  {count / wall:7.1f} articles/s  {wall:7.1f} s"
        f"  peak {max(peaks):6.0f} MB PSS (largest process {max(largest):.0f} MB)"
        f"  output {folder_mb(out):.1f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=1000, help="articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, help="runs per figure (median)")
    parser.add_argument("--extraction-only", action="store_true", help="skip the builds")
    parser.add_argument(
        "--builds-only", action="store_true", help="skip the extraction-alone figures"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        extraction_child(arguments.child, arguments.jobs[0])
        return
    count = arguments.count
    runs = arguments.runs or (3 if count <= SMALL else 1)
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as name:
        folder = Path(name)
        corpus = folder / "corpus.jsonl"
        write_jsonl(corpus, count)
        size = corpus.stat().st_size
        print(f"corpus      {count} articles, {size / 1e6:.1f} MB, {size / count:.0f} bytes each")
        print(f"runs        median of {runs}")
        for jobs in arguments.jobs if not arguments.builds_only else ():
            bench_extraction(corpus, count, jobs, runs)
        if not arguments.extraction_only:
            for jobs in arguments.jobs:
                bench_build(corpus, count, jobs, runs, folder)


if __name__ == "__main__":
    main()
