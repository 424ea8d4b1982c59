"""Docs that cannot drift: versions agree, README documents every column, carries the
commands CI runs, the help the command prints and the exit codes it gives."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from build_dataset import __version__, cli

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


def test_every_subpackage_is_installed() -> None:
    """pyproject.toml lists the packages a wheel holds: a folder left out works in the
    clone (and in an editable install) but is missing from `pip install .`."""
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["packages"]
    folders = {
        ".".join(module.parent.relative_to(ROOT).parts)
        for module in (ROOT / "build_dataset").rglob("*.py")
        if "__pycache__" not in module.parts
    }
    assert folders <= set(listed), sorted(folders - set(listed))


def test_readme_documents_every_field() -> None:
    for name in ("article", "quote", "entity", "mention", "warning", "skipped"):
        schema = json.loads((ROOT / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
        for field in schema["properties"]:
            assert f"`{field}`" in README, f"README does not document {name}.{field}"


def code_blocks(language: str) -> list[list[str]]:
    return [block.split("```", 1)[0].splitlines() for block in README.split(f"```{language}\n")[1:]]


def test_users_first_then_developers_and_ci_runs_both() -> None:
    users, developers = code_blocks("sh")[:2]
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert users[0].endswith("python -m pip install .") and "python -m pip install ." in ci
    assert users[1] == "build-dataset --out dist/" and users[1] in ci
    assert "Python ≥ 3.11" in README.split("```", 1)[0]
    (command,) = developers
    # set -e does not stop at a failure inside an && list: .ci/run must exit on it.
    assert f"{command} || exit 1" in ci, ".ci/run must run README's developers' command"
    assert '".[dev,test,acceptance]"' in command and "apt-get install" in command
    assert "python -m pytest -q &&" in command and "-m acceptance" in command


def test_contents_lists_every_section() -> None:
    contents = README.split("## Contents\n", 1)[1].split("\n## ", 1)[0]
    sections = re.findall(r"^## (.+)$", README, re.M)
    assert [s for s in sections if s != "Contents"] == re.findall(r"^- \[(.+?)\]", contents, re.M)
    for title, anchor in re.findall(r"^- \[(.+?)\]\(#(.+?)\)", contents, re.M):
        expected = re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")
        assert anchor == expected, f"{title}: the link should be #{expected}"


@pytest.mark.parametrize("command", [[], ["evaluate"], ["diff"], ["export"], ["cache"]], ids=str)
def test_readme_usage_is_the_help(command: list[str]) -> None:
    helped = subprocess.run(
        [sys.executable, "-m", "build_dataset", *command, "--help"],
        capture_output=True, text=True, env={**os.environ, "COLUMNS": "80"},
    )  # fmt: skip
    assert helped.returncode == 0, helped.stderr
    usage = README.split("## Usage\n", 1)[1].split("\n## ", 1)[0]
    shown = f"```text\n$ build-dataset {' '.join([*command, '--help'])}\n{helped.stdout}```"
    assert shown in usage, "README's Usage section differs from --help: paste the new help"


def test_readme_states_each_exit_code_once() -> None:
    table = README.split("## Exit codes\n", 1)[1].split("\n## ", 1)[0]
    codes = {
        int(code): meaning for code, meaning in re.findall(r"^\| (\d) \| ([^|]+) \|", table, re.M)
    }
    assert codes == {
        cli.DONE: "done",
        cli.CHECK_FAILED: "a check you asked for failed",
        cli.BAD_INPUT: "bad input or usage",
        cli.BUG: "a bug",
    }
    assert (cli.DONE, cli.CHECK_FAILED, cli.BAD_INPUT, cli.BUG) == (0, 1, 2, 3)


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
        "cannot write the database", "internal error: TYPE: MESSAGE; please report it",
        "which export did not write", "holds nothing of build-dataset's cache",
        "cannot remove it (REASON)", "--all: given without --prune",
    ):  # fmt: skip
        assert phrase in errors, f"README's Errors section does not list {phrase!r}"
