"""Start-up time of the command line (issue 14: a one-article build ≤ 2× `frictionless
validate` of its own output; `--help` ≤ 0.25 s).

    python bench/startup.py [--runs 5] [--loads]

Whole process, median of --runs runs each: `build-dataset --help`, `build-dataset --out DIR`
(the bundled seed) with the word-list cache warm, the same with a cold cache (an empty
XDG_CACHE_HOME, so the first use compiles the word lists), and `frictionless validate
DIR/datapackage.json`; then the ratio build / validate. With --loads, what each word list
and heavy library costs to load in a fresh process (median of --runs). The commands are
taken from the folder of this Python (a virtual environment's bin/), else from PATH.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# One fresh process each: (what, statement).
LOADS = (
    ("import build_dataset.cli", "import build_dataset.cli"),
    ("import extraction (assemble)", "import build_dataset.assemble"),
    ("german_nouns (word lists)", "from build_dataset.wordlists import german_nouns as f; f()"),
    ("first names (gender)", "from build_dataset.wordlists import is_first_name as f; f('Anna')"),
    ("gazetteer (GeoNames)", "from build_dataset.wordlists import gazetteer as f; f()"),
    ("company names", "from build_dataset.wordlists import company_names as f; f()"),
    ("country names (babel)", "from build_dataset.wordlists import country_names as f; f()"),
    ("region names (pycountry)", "from build_dataset.wordlists import region_names as f; f()"),
    ("import dateparser", "import dateparser"),
    ("import babel.dates", "import babel.dates"),
    ("import pycountry", "import pycountry"),
    ("import pytickersymbols", "import pytickersymbols"),
    ("import frictionless", "import frictionless"),
    ("import jsonschema", "import jsonschema"),
    ("python -c pass", "pass"),
)


def command(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"error: {name} not found beside {sys.executable} nor on PATH")
    return found


def median_seconds(run: Callable[[], None], runs: int) -> tuple[float, float]:
    """Medians of the wall time and of the CPU time (user + system) of the children: on a
    machine shared with other work the CPU time is the steadier figure."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        run()
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def runner(argv: Sequence[str], env: dict[str, str] | None = None) -> Callable[[], None]:
    def run() -> None:
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--loads", action="store_true", help="also time each word list's load")
    parser.add_argument(
        "--builder",
        help="the command to time instead of build-dataset, as one string: another version's "
        "'python /path/to/run.py', say",
    )
    options = parser.parse_args()
    runs = options.runs
    builder = shlex.split(options.builder) if options.builder else [command("build-dataset")]
    validator = command("frictionless")
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "package"
        warm = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache")}
        subprocess.run([*builder, "--out", str(out)], check=True, capture_output=True, env=warm)

        def cold_build() -> None:
            cold = Path(scratch) / "cold"
            shutil.rmtree(cold, ignore_errors=True)
            env = {**os.environ, "XDG_CACHE_HOME": str(cold)}
            runner([*builder, "--out", str(out)], env)()

        figures = {
            "build-dataset --help": median_seconds(runner([*builder, "--help"], warm), runs),
            "build-dataset --out DIR": median_seconds(
                runner([*builder, "--out", str(out)], warm), runs
            ),
            "  (cold word-list cache)": median_seconds(cold_build, runs),
            "frictionless validate": median_seconds(
                runner([validator, "validate", str(out / "datapackage.json")]), runs
            ),
        }
        print(f"{'':<28} {'wall':>7}   {'cpu':>7}   (medians of {runs})")
        for what, (wall, cpu) in figures.items():
            print(f"{what:<28} {wall:6.3f} s  {cpu:6.3f} s")
        build, validate = figures["build-dataset --out DIR"], figures["frictionless validate"]
        ratios = f"{build[0] / validate[0]:6.2f}    {build[1] / validate[1]:6.2f}"
        print(f"{'build / validate':<28} {ratios}     (issue 14: ≤ 2)")
        if options.loads:
            print("\nIn a fresh process each (the import of build_dataset included):")
            for what, statement in LOADS:
                wall, cpu = median_seconds(runner([sys.executable, "-c", statement], warm), runs)
                print(f"{what:<28} {wall:6.3f} s  {cpu:6.3f} s")


if __name__ == "__main__":
    main()
