"""Docs that cannot drift: versions agree, README documents every column and carries the
commands CI runs."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from build_dataset import __version__

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_versions_agree() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(
        r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}\n\n(.+?)(?=^## |\Z)", changelog, re.M | re.S
    )
    assert newest, "CHANGELOG.md has no '## [X.Y.Z] - DATE' entry"
    assert newest.group(1) == version
    assert "### " in newest.group(2), "the newest CHANGELOG entry is empty"
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == version
    assert __version__ == version, "reinstall: the installed package has another version"


def test_readme_documents_every_field() -> None:
    for name in ("article", "quote", "entity"):
        schema = json.loads((ROOT / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
        for field in schema["properties"]:
            assert f"`{field}`" in README, f"README does not document {name}.{field}"


def test_ci_runs_readme_commands() -> None:
    first_block = README.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    install, tests = first_block[0], first_block[1]
    assert "build-dataset --out dist/" in install
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()
    assert 'pip install --quiet -e ".[test]"' in ci and "build-dataset --out dist/" in ci


def test_readme_lists_every_refusal() -> None:
    errors = README.split("## Errors", 1)[1].split("\n## ", 1)[0]
    for phrase in (
        "no such file or folder", "not a seed file", "no seed in the folder",
        "seeds in the folder", "not a seed;", "cannot read", "the file is empty", "NUL byte",
        "control character", "invalid UTF-8 at byte", "no body paragraph found",
        "malformed JSON", "unknown key", "is not a valid date", "has no justification",
        "--out is an existing file", "--out lies inside the seeds folder",
        "--out holds what build-dataset did not write", "--force: is gone", "cannot write here",
        "--out is a symbolic link", "holds the seeds or the current folder",
        "--out is a mount point", "cannot write the package",
        "unmatched quotation mark", "direct quote without a speaker", "leftover folder",
        "more unmatched quotation marks", "this is a FIFO", "is a FIFO (named pipe)",
        "is larger than", "cannot read the KIND", "seed's name is longer than",
        "holds no letter a-z or digit", "this is UTF-16 text", "appears twice",
        "JSON nested deeper than", "unreadable JSON", "is a bare string",
        "write it as YYYY-MM-DDTHH:MM:SSZ", "SOURCE_DATE_EPOCH: N is out of range",
        "spreadsheet may run as a formula", "not read; the metadata of",
        "no reference date, so weekdays get no date", "look through it and move back",
        "holds what was added to", "is absolute", "leaves the package",
        "links out of the package", "is not MAJOR.MINOR.PATCH", "is a symbolic link; give the",
        "is not a database that build-dataset export wrote", "lies in the package folder",
        "cannot write the database",
    ):  # fmt: skip
        assert phrase in errors, f"README's Errors section does not list {phrase!r}"
