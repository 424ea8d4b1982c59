"""The export itself: the tables created from the Table Schemas, filled in a temporary
file beside the target, swapped in when all is written."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError
from build_dataset.reading import inside
from build_dataset.sqlite.source import load_package, not_ours, typed_rows
from build_dataset.sqlite.target import APPLICATION_ID, check_target
from build_dataset.stream import articles

SQL_TYPES = {"integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "string": "TEXT"}
# The columns of the article table, one row per object of article.json (a 1.x package's
# single object, too). Lists go in as JSON text, which SQLite's json functions read; a
# package built with --no-bodies has no body and no paragraphs: NULL.
ARTICLE_COLUMNS = {
    "id": "TEXT PRIMARY KEY", "title": "TEXT", "language": "TEXT", "body": "TEXT",
    "body_length": "INTEGER", "body_sha256": "TEXT", "paragraphs": "TEXT", "author": "TEXT",
    "agencies": "TEXT", "outlet_tag": "TEXT", "source_url": "TEXT", "licence": "TEXT",
    "captions": "TEXT", "reference_date": "TEXT", "seed_sha256": "TEXT",
    "metadata_sha256": "TEXT",
}  # fmt: skip


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_table(name: str, schema: dict[str, Any]) -> str:
    columns = []
    for field in schema["fields"]:
        required = field.get("constraints", {}).get("required")
        column = f"{quoted(field['name'])} {SQL_TYPES.get(field['type'], 'TEXT')}"
        columns.append(column + (" NOT NULL" if required else ""))
    key = schema.get("primaryKey") or []
    if isinstance(key, str):
        key = [key]
    if key:
        columns.append(f"PRIMARY KEY ({', '.join(map(quoted, key))})")
    for key in schema.get("foreignKeys", []):
        columns.append(
            f"FOREIGN KEY ({', '.join(map(quoted, key['fields']))}) REFERENCES "
            f"{quoted(key['reference']['resource'])} "
            f"({', '.join(map(quoted, key['reference']['fields']))})"
        )
    return f"CREATE TABLE {quoted(name)} (\n  " + ",\n  ".join(columns) + "\n) STRICT"


def article_row(article: dict[str, Any]) -> tuple[Any, ...]:
    values = (article.get(column) for column in ARTICLE_COLUMNS)
    return tuple(
        json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for v in values
    )


def export_sqlite(folder: Path, target: Path) -> None:
    """Write the package in FOLDER to the SQLite file TARGET, replacing it only when done."""
    _, article_file, tables = load_package(folder)
    check_target(folder, target)
    try:
        target.absolute().parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", dir=target.absolute().parent
        )
        os.close(handle)
    except OSError as error:
        raise InputError(
            str(target), f"cannot write here: {error.strerror}", "choose a writable folder"
        ) from None
    try:
        connection = sqlite3.connect(temporary)
        try:
            with connection:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                write_tables(connection, folder, article_file, tables)
        finally:
            connection.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; the data is not
        check_target(folder, target)  # again: someone may have put a file there meanwhile
        os.replace(temporary, target)
    except sqlite3.IntegrityError as error:
        raise InputError(
            str(folder), f"its rows break their keys: {error}", "rebuild the package"
        ) from None
    except (KeyError, ValueError, UnicodeDecodeError, csv.Error) as error:
        raise not_ours(folder, error) from None
    except (sqlite3.Error, OSError) as error:
        raise InputError(
            str(target), f"cannot write the database: {error}", "choose a writable folder"
        ) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def creation_order(tables: dict[str, dict[str, Any]]) -> list[str]:
    """The table names, each after the tables its foreign keys refer to (entities before
    quotes and mentions), else in the descriptor's order."""
    order: list[str] = []

    def add(name: str, seen: tuple[str, ...]) -> None:
        if name in order or name in seen or name not in tables:
            return
        for key in tables[name]["schema"].get("foreignKeys", []):
            add(key["reference"]["resource"], (*seen, name))
        order.append(name)

    for name in tables:
        add(name, ())
    return order


def write_tables(
    connection: sqlite3.Connection,
    folder: Path,
    article_file: Path,
    tables: dict[str, dict[str, Any]],
) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    columns = ", ".join(f"{quoted(c)} {kind}" for c, kind in ARTICLE_COLUMNS.items())
    connection.execute(f"CREATE TABLE article ({columns}) STRICT")
    marks = ", ".join("?" * len(ARTICLE_COLUMNS))
    by_article = map(article_row, articles(article_file))
    connection.executemany(f"INSERT INTO article VALUES ({marks})", by_article)
    for name in creation_order(tables):
        schema = tables[name]["schema"]
        connection.execute(create_table(name, schema))
        marks = ", ".join("?" * len(schema["fields"]))
        rows = typed_rows(inside(folder, tables[name]["path"]), schema)
        connection.executemany(f"INSERT INTO {quoted(name)} VALUES ({marks})", rows)
