"""`build-dataset --help` and `--version` start without the extraction's libraries
(issue 14: --help within a quarter of a second): none of them is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "frictionless", "jsonschema", "dateparser", "babel", "pycountry", "pytickersymbols",
    "german_nouns", "gender_guesser", "regex",
    "build_dataset.pipeline", "build_dataset.assemble", "build_dataset.wordlists",
)  # fmt: skip
# Read by `--version`, and by typer (through pydantic) once it converts an option's value,
# as a subcommand's --help makes it do for the options before it; not by the plain --help.
METADATA = ("importlib.metadata", "pydantic")

PROBE = """
import sys
from pathlib import Path
from build_dataset.cli import main
sys.argv = ["build-dataset", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("loaded: " + " ".join(sorted(name for name in {heavy!r} if name in sys.modules)))
"""


def loaded(argv: list[str], modules: tuple[str, ...]) -> list[str]:
    """The output of `build-dataset ARGV` in a fresh interpreter, and then which of
    MODULES it imported, on the last line."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=modules), *argv],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


@pytest.mark.parametrize("argv", [["evaluate", "--help"], ["diff", "--help"], ["cache", "--help"]])
def test_a_commands_help_imports_nothing_heavy(argv: list[str]) -> None:
    lines = loaded(argv, HEAVY)
    assert lines[0].startswith("Usage: build-dataset")
    assert lines[-1] == "loaded: "


def test_the_plain_help_does_not_even_read_the_metadata() -> None:
    lines = loaded(["--help"], HEAVY + METADATA)
    assert lines[0].startswith("Usage: build-dataset")
    assert lines[-1] == "loaded: "


def test_version_reads_the_metadata_only_then() -> None:
    lines = loaded(["--version"], HEAVY + METADATA)
    assert lines[0].startswith("build-dataset ") and lines[0] != "build-dataset 0+unknown"
    assert lines[-1] == "loaded: importlib.metadata"


def test_the_cache_survey_imports_nothing_heavy(tmp_path: Path) -> None:
    lines = loaded(["cache", "--cache", str(tmp_path / "leer")], HEAVY)
    assert lines[0] == f"{tmp_path / 'leer'}: no cache here yet"
    assert lines[-1] == "loaded: "
