"""`build-dataset export --sqlite`: the package as one SQLite database with its keys."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from build_dataset.cli import app

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    target = tmp_path_factory.mktemp("sqlite") / "news.sqlite"
    result = CliRunner().invoke(app, ["export", str(DATA), "--sqlite", str(target)])
    assert result.exit_code == 0, result.stderr
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def csv_rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tables_hold_the_csv_rows_typed(database: sqlite3.Connection) -> None:
    for table, file in (
        ("quotes", "quotes.csv"), ("entities", "entities.csv"), ("mentions", "mentions.csv"),
    ):  # fmt: skip
        rows = database.execute(f"SELECT * FROM {table}").fetchall()
        expected = csv_rows(file)
        assert len(rows) == len(expected)
    start, end, text = database.execute(
        "SELECT start, end, text FROM quotes WHERE quote_id = 'p3-q1'"
    ).fetchone()
    assert isinstance(start, int) and isinstance(end, int)
    body = database.execute("SELECT body FROM article").fetchone()[0]
    assert (
        body[start:end] == text == "Von nun an werden wir über Frieden sprechen, nicht über Krieg"
    )
    assert database.execute(
        "SELECT normalized FROM entities WHERE entity_id = 'org-kreml'"
    ).fetchone() == (None,)  # empty in the CSV, NULL in SQL


def test_article_lists_are_json(database: sqlite3.Connection) -> None:
    agencies = database.execute("SELECT json_extract(agencies, '$[1]') FROM article").fetchone()
    assert agencies == ("RIA",)
    article = json.loads((DATA / "article.json").read_text(encoding="utf-8"))
    assert database.execute("SELECT id, reference_date FROM article").fetchone() == (
        article["id"], article["reference_date"],
    )  # fmt: skip


def test_keys_hold_and_are_enforced(database: sqlite3.Connection) -> None:
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    speakers = database.execute(
        "SELECT e.name FROM quotes q JOIN entities e ON q.speaker_entity_id = e.entity_id "
        "WHERE q.type = 'direct'"
    ).fetchall()
    assert speakers == [("Dmitri Peskow",)]
    counted = database.execute(
        "SELECT e.mentions, count(*) FROM mentions m JOIN entities e USING (entity_id) "
        "WHERE e.entity_id = 'per-donald-trump'"
    ).fetchone()
    assert counted == (4, 4)  # every mention is a row: "Donald Trump", "Trump", "Trumps"
    with pytest.raises(sqlite3.IntegrityError):  # a mention of an unknown entity
        database.execute("INSERT INTO mentions VALUES ('per-nobody', 99999, 100000, 'x')")
    with pytest.raises(sqlite3.IntegrityError):  # an unknown speaker entity
        database.execute(
            "INSERT INTO quotes VALUES ('p9-q1', 'x', 'direct', 'X', 'X', 'per-nobody', NULL, 9, 0, 1, "
            "NULL, NULL, NULL, NULL)"
        )
    with pytest.raises(sqlite3.IntegrityError):  # a second row with the same key
        database.execute(
            "INSERT INTO entities SELECT * FROM entities WHERE entity_id = 'org-kreml'"
        )


def test_export_of_no_package_is_one_line_and_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "news.sqlite"
    result = CliRunner().invoke(app, ["export", str(tmp_path), "--sqlite", str(target)])
    assert result.exit_code == 2 and "holds no readable datapackage.json" in result.stderr
    assert not target.exists()


def test_the_database_is_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "news.sqlite"
    assert CliRunner().invoke(app, ["export", str(DATA), "--sqlite", str(target)]).exit_code == 0
    assert target.stat().st_mode & 0o044 == 0o044  # not the private mode of a temporary file


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp, pkg: pkg / "quotes.csv", "lies in the package folder"),
        (lambda tmp, pkg: pkg / "news.sqlite", "lies in the package folder"),
    ],
)
def test_a_target_in_the_package_is_refused(tmp_path: Path, make, message: str) -> None:
    import shutil

    package = tmp_path / "pkg"
    shutil.copytree(DATA, package)
    before = sorted((p.name, p.stat().st_size) for p in package.iterdir())
    result = CliRunner().invoke(
        app, ["export", str(package), "--sqlite", str(make(tmp_path, package))]
    )
    assert result.exit_code == 2 and message in result.stderr
    assert sorted((p.name, p.stat().st_size) for p in package.iterdir()) == before


def test_a_package_without_its_article_is_one_line_and_exit_2(tmp_path: Path) -> None:
    import shutil

    package = tmp_path / "pkg"
    shutil.copytree(DATA, package)
    (package / "article.json").unlink()
    target = tmp_path / "news.sqlite"
    result = CliRunner().invoke(app, ["export", str(package), "--sqlite", str(target)])
    assert result.exit_code == 2 and "not a package that build-dataset wrote" in result.stderr
    assert not target.exists() and not list(tmp_path.glob(".news.sqlite.*"))


def test_a_database_the_user_added_to_is_not_replaced(tmp_path: Path) -> None:
    """Issue 11: export replaced a database with export's header and id although the user
    had added a table to it; now it refuses in one line and the table stays."""
    target = tmp_path / "x.sqlite"
    assert CliRunner().invoke(app, ["export", str(DATA), "--sqlite", str(target)]).exit_code == 0
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE mine (note TEXT)")
        connection.execute("INSERT INTO mine VALUES ('meine Notiz')")
    connection.close()
    result = CliRunner().invoke(app, ["export", str(DATA), "--sqlite", str(target)])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1
    assert "holds 'mine', which export did not write" in result.output
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT note FROM mine").fetchall() == [("meine Notiz",)]
    connection.close()
    again = CliRunner().invoke(app, ["export", str(DATA), "--sqlite", str(tmp_path / "y.sqlite")])
    assert again.exit_code == 0
    twice = CliRunner().invoke(app, ["export", str(DATA), "--sqlite", str(tmp_path / "y.sqlite")])
    assert twice.exit_code == 0, twice.output
