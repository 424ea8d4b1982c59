"""croissant.json: a valid Croissant 1.0 dataset that says what datapackage.json says."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.mark.acceptance
def test_mlcroissant_validates_it() -> None:
    command = shutil.which("mlcroissant", path=str(Path(sys.executable).parent))
    assert command, "mlcroissant is a test dependency"
    result = subprocess.run(
        [command, "validate", "--jsonld", "croissant.json"],
        capture_output=True, text=True, cwd=DATA,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "error" not in result.stderr.lower(), result.stderr[-2000:]


def test_same_files_and_checksums_as_the_descriptor() -> None:
    package, croissant = load("datapackage.json"), load("croissant.json")
    described = {
        r["path"]: r["hash"].removeprefix("sha256:")
        for r in package["resources"]
        if r["name"] != "croissant"  # it cannot hold its own checksum
    }
    assert {f["contentUrl"]: f["sha256"] for f in croissant["distribution"]} == described
    assert croissant["version"] == package["version"]


def test_same_columns_keys_and_references_as_the_table_schemas() -> None:
    package, croissant = load("datapackage.json"), load("croissant.json")
    record_sets = {r["@id"]: r for r in croissant["recordSet"]}
    for resource in (r for r in package["resources"] if r.get("type") == "table"):
        name, schema = resource["name"], resource["schema"]
        fields = record_sets[name]["field"]
        assert [f["name"] for f in fields] == [f["name"] for f in schema["fields"]]
        kinds = {f["name"]: f["dataType"] for f in fields}
        for field in schema["fields"]:
            expected = "sc:Integer" if field["type"] == "integer" else "sc:Text"
            assert kinds[field["name"]] == expected, field["name"]
        keys = [{"@id": f"{name}/{k}"} for k in schema.get("primaryKey", [])]
        assert record_sets[name].get("key", []) == keys
    # Composite keys: a quote is known by its article and its id, a mention by its article
    # and where it starts; warnings have no key.
    assert record_sets["quotes"]["key"] == [
        {"@id": "quotes/article_id"},
        {"@id": "quotes/quote_id"},
    ]
    assert record_sets["mentions"]["key"] == [
        {"@id": "mentions/article_id"}, {"@id": "mentions/start"}
    ]  # fmt: skip
    assert "key" not in record_sets["warnings"]
    (speaker,) = [f for f in record_sets["quotes"]["field"] if "references" in f]
    assert speaker["@id"] == "quotes/speaker_entity_id"
    assert speaker["references"] == {"field": {"@id": "entities/entity_id"}}
    (named,) = [f for f in record_sets["mentions"]["field"] if "references" in f]
    assert named["@id"] == "mentions/entity_id"
    assert named["references"] == {"field": {"@id": "entities/entity_id"}}


@pytest.mark.acceptance
@pytest.mark.parametrize("name", ["quotes", "entities", "mentions"])
def test_mlcroissant_reads_the_rows_typed(name: str) -> None:
    import mlcroissant

    dataset = mlcroissant.Dataset(jsonld=str(DATA / "croissant.json"))
    records = list(dataset.records(record_set=name))
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(records) == len(rows)
    column = "mentions" if name == "entities" else "start"
    assert [r[f"{name}/{column}"] for r in records] == [int(row[column]) for row in rows]
