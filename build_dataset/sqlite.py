"""Export a built package as one SQLite database: its articles, quotes, entities,
mentions, warnings and skipped articles, with the primary keys (composite ones included)
and foreign keys of the Table Schemas, for datasette or any SQLite client. Rows stream
from the CSVs into the database; only article.json is read whole."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError
from build_dataset.reading import file_kind, inside, printable, read_json

# PRAGMA application_id of every database export writes ("bdqt"): the mark by which a
# later export knows the file is its own to replace.
APPLICATION_ID = 0x62647174

SQL_TYPES = {"integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "string": "TEXT"}
# The columns of the article table, one row per object of article.json (a 1.x package's
# single object, too). Lists go in as JSON text, which SQLite's json functions read; a
# package built with --no-bodies has no body and no paragraphs: NULL.
ARTICLE_COLUMNS = {
    "id": "TEXT PRIMARY KEY", "title": "TEXT", "language": "TEXT", "body": "TEXT",
    "paragraphs": "TEXT", "author": "TEXT", "agencies": "TEXT", "outlet_tag": "TEXT",
    "source_url": "TEXT", "captions": "TEXT", "reference_date": "TEXT",
    "body_length": "INTEGER", "body_sha256": "TEXT", "seed_sha256": "TEXT",
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


def table_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of the CSV file PATH, streamed: a regular file, not followed if a link."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError as error:
        raise InputError(
            str(path), f"cannot read: {error.strerror}", "rebuild the package"
        ) from None
    with open(handle, encoding="utf-8", newline="") as text:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(str(path), f"is {file_kind(mode)}", "rebuild the package")
        yield from csv.DictReader(text)


def typed_rows(path: Path, schema: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """PATH's rows in the order of SCHEMA's fields: integers as int, an empty field NULL."""
    kinds = [(f["name"], f["type"]) for f in schema["fields"]]
    for row in table_rows(path):
        if None in row or len(row) != len(kinds):
            raise ValueError(f"{path.name}: a row does not match the header")
        yield tuple(
            None if row[name] == "" else int(row[name]) if kind == "integer" else row[name]
            for name, kind in kinds
        )


def articles_of(document: Any) -> list[dict[str, Any]]:
    """The article objects of article.json: a list of them, or (1.x) the one object."""
    articles = [document] if isinstance(document, dict) else document
    if not isinstance(articles, list) or not all(
        isinstance(a, dict) and isinstance(a.get("id"), str) for a in articles
    ):
        raise ValueError("article.json holds no list of articles with ids")
    return articles


def article_row(article: dict[str, Any]) -> tuple[Any, ...]:
    values = (article.get(column) for column in ARTICLE_COLUMNS)
    return tuple(
        json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for v in values
    )


def read_package(folder: Path) -> dict[str, Any]:
    if not folder.is_dir():
        raise InputError(str(folder), "not a package folder", "pass the folder of a build")
    if not (folder / "datapackage.json").exists():
        raise InputError(
            str(folder), "holds no readable datapackage.json", "pass the folder of a build"
        )
    package = read_json(inside(folder, "datapackage.json", "descriptor"), "descriptor", 1 << 26)
    if not isinstance(package, dict):
        raise InputError(str(folder), "its datapackage.json is no object", "pass a package folder")
    return package


def ours(target: Path) -> bool:
    """Whether TARGET is a database an export wrote: SQLite's header with our application id."""
    try:
        handle = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        header = os.read(handle, 100) if stat.S_ISREG(os.fstat(handle).st_mode) else b""
    finally:
        os.close(handle)
    return header[:16] == b"SQLite format 3\x00" and header[68:72] == APPLICATION_ID.to_bytes(4)


# The tables an export writes (the article and the package's tables); a database holding
# anything else has been added to by someone, and replacing it would lose their work.
EXPORT_TABLES = frozenset({"article", "entities", "quotes", "mentions", "warnings", "skipped"})


def added(target: Path) -> list[str] | None:
    """What TARGET's schema holds beyond export's tables and their key indexes (None when
    the schema cannot be read)."""
    try:
        uri = target.absolute().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        try:
            entries = connection.execute("SELECT type, name, tbl_name FROM sqlite_master")
            schema = entries.fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return None

    def own(kind: str, name: str, table: str) -> bool:
        if kind == "table":
            return name == table and name in EXPORT_TABLES
        prefix = f"sqlite_autoindex_{table}_"
        return kind == "index" and table in EXPORT_TABLES and name.startswith(prefix)

    return sorted(str(entry[1]) for entry in schema if not own(*entry))


def package_around(folder: Path, source: Path) -> Path | None:
    """The package that FOLDER is or lies in: the one exported, any package directly
    holding FOLDER's files, or a package build-dataset wrote further up."""
    from build_dataset.write import written_by_us

    for candidate in (folder, *folder.parents):
        if candidate == source or (
            (candidate / "datapackage.json").exists()
            and (candidate == folder or written_by_us(candidate))
        ):
            return candidate
    return None


def check_target(folder: Path, target: Path) -> None:
    """Write only a new file or a database an export wrote: never a special file, a link, a
    file of the user's, or anything inside a package."""
    try:
        mode: int | None = target.lstat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(
            str(target), f"cannot write: {error.strerror}", "give another file name"
        ) from None
    parent = target.absolute().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent  # the nearest folder that exists: export makes the rest
    if parent.exists():
        package = package_around(parent.resolve(), folder.resolve())
        if package is not None:
            raise InputError(
                str(target),
                f"lies in the package folder {package}, which export must not change",
                "write the database elsewhere",
            )
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(str(target), "is a folder", "give a file name for the database")
    if mode is not None and stat.S_ISLNK(mode):
        raise InputError(str(target), "is a symbolic link", "give the file name itself")
    if mode is not None and not stat.S_ISREG(mode):
        raise InputError(str(target), f"is {file_kind(mode)}", "give a file name for the database")
    if mode is not None and not ours(target):
        raise InputError(
            str(target),
            "exists and is not a database that build-dataset export wrote",
            "give a new file name; export never replaces other files",
        )
    extra = added(target) if mode is not None else []
    if extra is None or extra:
        what = "cannot be read" if extra is None else "holds " + ", ".join(map(repr, extra[:5]))
        raise InputError(
            str(target),
            f"the database {printable(what)}, which export did not write",
            "give a new file name; export never replaces what you added",
        )


def load_package(
    folder: Path,
) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(package, articles, tables by name) read only from regular files inside FOLDER; the
    tables' rows are read while they are written."""
    package = read_package(folder)
    try:
        tables = {r["name"]: r for r in package["resources"] if r.get("type") == "table"}
        unknown = sorted(set(tables) - EXPORT_TABLES) + sorted(set(tables) & {"article"})
        if unknown:
            raise ValueError(f"unknown table {unknown[0]!r}")
        for resource in tables.values():
            inside(folder, resource["path"])
            if not isinstance(resource["schema"]["fields"], list):
                raise TypeError("fields is no list")
        if not (folder / "article.json").exists():
            raise KeyError("article.json")
        articles = articles_of(read_json(inside(folder, "article.json", "article"), "article"))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise not_ours(folder, error) from None
    return package, articles, tables


def not_ours(folder: Path, error: Exception) -> InputError:
    return InputError(
        str(folder),
        f"not a package that build-dataset wrote ({type(error).__name__}: {error})",
        "pass the folder of a build",
    )


def export_sqlite(folder: Path, target: Path) -> None:
    """Write the package in FOLDER to the SQLite file TARGET, replacing it only when done."""
    _, articles, tables = load_package(folder)
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
                write_tables(connection, folder, articles, tables)
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
    articles: list[dict[str, Any]],
    tables: dict[str, dict[str, Any]],
) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    columns = ", ".join(f"{quoted(c)} {kind}" for c, kind in ARTICLE_COLUMNS.items())
    connection.execute(f"CREATE TABLE article ({columns}) STRICT")
    marks = ", ".join("?" * len(ARTICLE_COLUMNS))
    connection.executemany(f"INSERT INTO article VALUES ({marks})", map(article_row, articles))
    for name in creation_order(tables):
        schema = tables[name]["schema"]
        connection.execute(create_table(name, schema))
        marks = ", ".join("?" * len(schema["fields"]))
        rows = typed_rows(inside(folder, tables[name]["path"]), schema)
        connection.executemany(f"INSERT INTO {quoted(name)} VALUES ({marks})", rows)
