"""`build-dataset export --sqlite`: the package as one SQLite database with its keys."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from package_maker import corpus_rows, make_package
from typer.testing import CliRunner

from build_dataset import stream
from build_dataset.cli import app
from build_dataset.sqlite import ARTICLE_COLUMNS

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
        "SELECT start, end, text FROM quotes WHERE quote_id = 'p3-c1'"
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
    (article,) = json.loads((DATA / "article.json").read_text(encoding="utf-8"))
    assert database.execute("SELECT id, reference_date, body_length FROM article").fetchall() == [
        (article["id"], article["reference_date"], len(article["body"])),
    ]  # fmt: skip


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
        database.execute("INSERT INTO mentions VALUES ('a', 'per-nobody', 99999, 100000, 'x')")
    with pytest.raises(sqlite3.IntegrityError):  # an unknown speaker entity
        database.execute(
            "INSERT INTO quotes VALUES ('a', 'p9-c1', 'x', 'direct', 'X', 'X', 'per-nobody', NULL, 9, 0, 1, "
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


# The 2.0 shape: several articles, composite keys, warnings and skipped articles.


def export(folder: Path, target: Path) -> sqlite3.Connection:
    result = CliRunner().invoke(app, ["export", str(folder), "--sqlite", str(target)])
    assert result.exit_code == 0, result.output
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def test_a_corpus_gives_one_article_row_each_and_its_tables(tmp_path: Path) -> None:
    db = export(make_package(tmp_path / "pkg"), tmp_path / "c.sqlite")
    assert db.execute("SELECT id, title, json_extract(agencies, '$[0]') FROM article").fetchall() == [
        ("land/schule", "Schulen <bleiben>", "dpa"), ("verband", None, None),
    ]  # fmt: skip
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"article", "quotes", "entities", "mentions", "warnings", "skipped"}
    # every quote's text is its article's body from start to end, through the join
    for text, body, start, end in db.execute(
        "SELECT q.text, a.body, q.start, q.end FROM quotes q JOIN article a ON a.id = q.article_id"
    ):
        assert body[start:end] == text
    assert db.execute("SELECT article_id, paragraph, message FROM warnings").fetchall() == [
        ("verband", 1, "ein erfundener Hinweis"), ("verband", None, "noch einer"),
    ]  # fmt: skip
    assert db.execute("SELECT * FROM skipped").fetchall() == [("kaputt.jsonl:3", None, "bad JSON")]
    assert db.execute(
        "SELECT e.name, count(*) FROM mentions m JOIN entities e USING (entity_id) "
        "GROUP BY e.entity_id ORDER BY e.entity_id"
    ).fetchall() == [("Erfurt", 1), ("Petra Lindner", 2)]


def test_composite_primary_keys_are_enforced(tmp_path: Path) -> None:
    db = export(make_package(tmp_path / "pkg"), tmp_path / "c.sqlite")
    (key,) = db.execute("SELECT quote_id FROM quotes WHERE article_id = 'verband'").fetchone()
    # the same quote id in another article is another row …
    db.execute("INSERT INTO quotes (article_id, quote_id, text, type, speaker, speaker_mention, "
               "paragraph, start, end) VALUES ('land/schule', ?, 'x', 'direct', 'X', 'X', 1, 0, 1)",
               (key,))  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError):  # … in the same article, a duplicate
        db.execute("INSERT INTO quotes SELECT * FROM quotes WHERE article_id = 'verband'")
    with pytest.raises(sqlite3.IntegrityError):  # two mentions cannot start at one place
        db.execute("INSERT INTO mentions SELECT * FROM mentions WHERE article_id = 'verband'")
    # "Petra Lindner" and "Erfurt" both start at 15, in two articles: two rows
    assert db.execute("SELECT article_id, text FROM mentions WHERE start = 15 ORDER BY 1").fetchall() == [
        ("land/schule", "Petra Lindner"), ("verband", "Erfurt"),
    ]  # fmt: skip
    with pytest.raises(sqlite3.IntegrityError):  # an unknown entity
        db.execute("INSERT INTO mentions VALUES ('verband', 'per-niemand', 99, 100, 'x')")


def test_a_package_without_bodies_has_null_bodies(tmp_path: Path) -> None:
    rows = corpus_rows()
    for article in rows["article"]:
        article["body"] = article["paragraphs"] = None
    db = export(make_package(tmp_path / "pkg", rows), tmp_path / "c.sqlite")
    assert db.execute("SELECT id, body, paragraphs, body_length FROM article").fetchall() == [
        ("land/schule", None, None, rows["article"][0]["body_length"]),
        ("verband", None, None, rows["article"][1]["body_length"]),
    ]


def test_a_1x_package_still_exports(tmp_path: Path) -> None:
    db = export(make_package(tmp_path / "old", version="1.2.0", old=True), tmp_path / "o.sqlite")
    assert db.execute("SELECT id, title FROM article").fetchall() == [("land/schule", None)]
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (1,)


def test_the_article_table_has_every_field_of_the_schema() -> None:
    schema = json.loads((DATA.parent / "schema" / "article.schema.json").read_text("utf-8"))
    assert list(ARTICLE_COLUMNS) == list(schema["properties"])


def test_a_table_export_does_not_know_is_refused(tmp_path: Path) -> None:
    package = make_package(tmp_path / "pkg")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    notes = {**descriptor["resources"][-1], "name": "notes"}
    descriptor["resources"].append(notes)
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    target = tmp_path / "c.sqlite"
    result = CliRunner().invoke(app, ["export", str(package), "--sqlite", str(target)])
    assert result.exit_code == 2 and "unknown table 'notes'" in result.output
    assert not target.exists()


def test_rows_that_break_a_composite_key_leave_nothing(tmp_path: Path) -> None:
    rows = corpus_rows()
    rows["mentions"].append(list(rows["mentions"][0]))  # the same (article_id, start) twice
    target = tmp_path / "c.sqlite"
    package = make_package(tmp_path / "pkg", rows)
    result = CliRunner().invoke(app, ["export", str(package), "--sqlite", str(target)])
    assert result.exit_code == 2 and "its rows break their keys" in result.output
    assert not target.exists() and not list(tmp_path.glob(".c.sqlite.*"))


@pytest.mark.parametrize("chunk", [1, 7, 1 << 20])
def test_articles_stream_across_any_chunk_boundary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """article.json is read one article at a time, so export's memory does not grow with
    the corpus; where a read ends inside an article does not matter."""
    monkeypatch.setattr(stream, "CHUNK", chunk)
    written = [{"id": "a", "body": '„Zitat“ mit [Klammern] {und} "Zeichen", \\ ä'}, {"id": "b/c"}]
    path = tmp_path / "article.json"
    for text in (json.dumps(written, ensure_ascii=False, indent=2),
                 json.dumps(written, separators=(",", ":")) + "\n\n",
                 " [ " + json.dumps(written[0]) + " ,\n" + json.dumps(written[1]) + "] "):  # fmt: skip
        path.write_text(text, encoding="utf-8")
        assert list(stream.articles(path)) == written
    path.write_text(json.dumps(written[0]), encoding="utf-8")  # a 1.x package's one object
    assert list(stream.articles(path)) == [written[0]]
    path.write_text("[]\n", encoding="utf-8")
    assert list(stream.articles(path)) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"id": "a"} {"id": "b"}]', "no ',' or ']' after an article"),
        ('[{"id": "a"}', "no ',' or ']' after an article"),  # cut short
        ('[{"id": "a",}]', "malformed JSON"),
        ('[{"id": "a", "id": "b"}]', "key 'id' appears twice"),
        ('[{"id": "a"}] [', "more after its list"),
        ('[{"title": "x"}]', "an article without an id"),
        ('"a"', "no list of articles"),
        ('[{"id": "a", "x": ' + "[" * 150 + "]" * 150 + "}]", "nested deeper than 100"),
    ],
)
def test_a_broken_article_json_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    monkeypatch.setattr(stream, "CHUNK", 5)
    package = make_package(tmp_path / "pkg")
    (package / "article.json").write_text(text, encoding="utf-8")
    target = tmp_path / "c.sqlite"
    result = CliRunner().invoke(app, ["export", str(package), "--sqlite", str(target)])
    assert result.exit_code == 2 and message in result.output
    assert result.output.count("\n") == 1
    assert not target.exists() and not list(tmp_path.glob(".c.sqlite.*"))
