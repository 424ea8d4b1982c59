"""The release file and SHA256SUMS: complete, typed, checkable with standard tools."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from build_dataset import __version__

ROOT = Path(__file__).parents[1]
DATA = ROOT / "data"
# The dataset's version (seeds/dataset.json), which names the release file.
VERSION = json.loads((ROOT / "seeds" / "dataset.json").read_text(encoding="utf-8"))["version"]
RELEASE = DATA / f"news-quotes-000_7562abd95e068531-{VERSION}.json"


@pytest.fixture(scope="module")
def release() -> dict:
    return json.loads(RELEASE.read_text(encoding="utf-8"))


def schema(name: str) -> dict:
    return json.loads((ROOT / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))


def test_release_is_valid_under_its_schema(release: dict) -> None:
    validator = Draft202012Validator(schema("release"), format_checker=FormatChecker())
    assert [e.message for e in validator.iter_errors(release)] == []


def test_check_jsonschema_accepts_the_release() -> None:
    command = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert command, "check-jsonschema is a test dependency"
    result = subprocess.run(
        [command, "--schemafile", str(ROOT / "schema" / "release.schema.json"), str(RELEASE)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_schema_repeats_the_row_schemas_exactly() -> None:
    # The release schema is self-contained so that any validator can use it alone.
    definitions = schema("release")["$defs"]
    for name in ("article", "quote", "entity", "mention", "warning", "skipped"):
        row_schema = {k: v for k, v in schema(name).items() if k not in ("$schema", "$id")}
        assert definitions[name] == row_schema, f"copy schema/{name}.schema.json into $defs"


def test_release_holds_the_csv_rows_typed(release: dict) -> None:
    with (DATA / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        quotes = list(csv.DictReader(handle))
    keys = [(q["article_id"], q["quote_id"]) for q in release["quotes"]]
    assert keys == [(q["article_id"], q["quote_id"]) for q in quotes]
    first = release["quotes"][0]
    assert isinstance(first["start"], int) and isinstance(first["paragraph"], int)
    dates = {e["name"]: e["normalized"] for e in release["entities"]}
    assert dates["12. Februar"] == "2025-02-12" and dates["Kreml"] is None  # null, not ""
    (article,) = release["article"]  # article.json's array
    assert article == json.loads((DATA / "article.json").read_text(encoding="utf-8"))[0]
    assert article["body"].startswith("Der Kreml gab bekannt")
    assert release["warnings"] == [] and release["skipped"] == []


def test_release_states_version_and_checksums(release: dict) -> None:
    assert release["version"] == VERSION
    assert release["generator"] == f"build-dataset {__version__}"
    # Each article names the sha256 of its source and of its metadata file.
    (article,) = release["article"]
    seed = ROOT / "seeds" / "000_7562abd95e068531.txt"
    assert article["seed_sha256"] == hashlib.sha256(seed.read_bytes()).hexdigest()
    meta = seed.with_name("000_7562abd95e068531.meta.json")
    assert article["metadata_sha256"] == hashlib.sha256(meta.read_bytes()).hexdigest()
    files = ("article.json", "quotes.csv", "entities.csv", "mentions.csv", "warnings.csv")
    for name in (*files, "skipped.csv"):
        assert release["checksums"][name] == hashlib.sha256((DATA / name).read_bytes()).hexdigest()


def test_descriptor_lists_the_release_with_its_hash() -> None:
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    (resource,) = [r for r in package["resources"] if r["name"] == "release"]
    assert resource["path"] == RELEASE.name
    assert resource["hash"] == "sha256:" + hashlib.sha256(RELEASE.read_bytes()).hexdigest()


def test_sha256sums_covers_every_file_and_checks(tmp_path: Path) -> None:
    lines = (DATA / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = sorted(line.split("  ", 1)[1] for line in lines)
    every = (str(p.relative_to(DATA)) for p in DATA.rglob("*") if p.is_file())
    assert listed == sorted(name for name in every if name != "SHA256SUMS")
    assert "review/000_7562abd95e068531.html" in listed
    result = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=DATA, capture_output=True)
    assert result.returncode == 0, result.stdout
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    (copy / "quotes.csv").write_bytes((copy / "quotes.csv").read_bytes().replace(b"Peskow", b"X"))
    broken = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=copy, capture_output=True)
    assert broken.returncode != 0  # a changed file is caught
