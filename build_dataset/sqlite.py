"""Export a built package as one SQLite database: the article, quotes, entities and
mentions, with the primary and foreign keys of the Table Schemas, for datasette or any
SQLite client."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError

SQL_TYPES = {"integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "string": "TEXT"}
# article.json's lists go into the table as JSON text; SQLite's json functions read them.
ARTICLE_COLUMNS = (
    "id", "language", "body", "paragraphs", "author", "agencies", "outlet_tag", "source_url",
    "captions", "reference_date", "seed_sha256",
)  # fmt: skip


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_table(name: str, schema: dict[str, Any]) -> str:
    columns = []
    for field in schema["fields"]:
        required = field.get("constraints", {}).get("required")
        column = f"{quoted(field['name'])} {SQL_TYPES.get(field['type'], 'TEXT')}"
        columns.append(column + (" NOT NULL" if required else ""))
    columns.append(f"PRIMARY KEY ({', '.join(map(quoted, schema['primaryKey']))})")
    for key in schema.get("foreignKeys", []):
        columns.append(
            f"FOREIGN KEY ({', '.join(map(quoted, key['fields']))}) REFERENCES "
            f"{quoted(key['reference']['resource'])} "
            f"({', '.join(map(quoted, key['reference']['fields']))})"
        )
    return f"CREATE TABLE {quoted(name)} (\n  " + ",\n  ".join(columns) + "\n) STRICT"


def typed_rows(path: Path, schema: dict[str, Any]) -> list[tuple[Any, ...]]:
    kinds = {f["name"]: f["type"] for f in schema["fields"]}
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            tuple(
                None if value == "" else int(value) if kinds[name] == "integer" else value
                for name, value in row.items()
            )
            for row in csv.DictReader(handle)
        ]


def article_row(article: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(
        json.dumps(article[c], ensure_ascii=False) if isinstance(article[c], list) else article[c]
        for c in ARTICLE_COLUMNS
    )


def read_package(folder: Path) -> dict[str, Any]:
    try:
        package: dict[str, Any] = json.loads(
            (folder / "datapackage.json").read_text(encoding="utf-8")
        )
    except (OSError, ValueError) as error:
        raise InputError(
            str(folder), f"holds no readable datapackage.json ({error})", "pass a package folder"
        ) from None
    return package


def export_sqlite(folder: Path, target: Path) -> None:
    """Write the package in FOLDER to the SQLite file TARGET, replacing it only when done."""
    package = read_package(folder)
    if target.is_dir():
        raise InputError(str(target), "is a folder", "give a file name for the database")
    if target.resolve().parent == folder.resolve():
        raise InputError(
            str(target),
            "lies in the package folder, where a rebuild would leave it stale",
            "write the database elsewhere",
        )
    try:
        tables = {r["name"]: r for r in package["resources"] if r.get("type") == "table"}
        article = json.loads((folder / "article.json").read_text(encoding="utf-8"))
        rows = {name: typed_rows(folder / t["path"], t["schema"]) for name, t in tables.items()}
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise InputError(
            str(folder),
            f"not a package that build-dataset wrote ({type(error).__name__}: {error})",
            "pass the folder of a build",
        ) from None
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    connection = sqlite3.connect(temporary)
    try:
        with connection:
            write_tables(connection, article, tables, rows)
    except sqlite3.Error as error:
        connection.close()
        os.unlink(temporary)
        raise InputError(
            str(folder), f"its rows break their keys: {error}", "rebuild the package"
        ) from None
    connection.close()
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; the data is not
    os.replace(temporary, target)


def write_tables(
    connection: sqlite3.Connection,
    article: dict[str, Any],
    tables: dict[str, dict[str, Any]],
    rows: dict[str, list[tuple[Any, ...]]],
) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    columns = ", ".join(
        f"{quoted(c)} TEXT" + (" PRIMARY KEY" if c == "id" else "") for c in ARTICLE_COLUMNS
    )
    connection.execute(f"CREATE TABLE article ({columns}) STRICT")
    marks = ", ".join("?" * len(ARTICLE_COLUMNS))
    connection.execute(f"INSERT INTO article VALUES ({marks})", article_row(article))
    for name in sorted(tables, key=lambda n: n != "entities"):  # quotes refer to entities
        schema = tables[name]["schema"]
        connection.execute(create_table(name, schema))
        marks = ", ".join("?" * len(schema["fields"]))
        connection.executemany(f"INSERT INTO {quoted(name)} VALUES ({marks})", rows[name])
