"""One version of a package, read from a package folder or a release file: its tables
keyed by their declared primary keys, article.json keyed by article id."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError
from build_dataset.reading import inside, read_json
from build_dataset.stream import articles, regular_file, table_rows


@dataclass(frozen=True)
class Table:
    fields: dict[str, str]  # column -> type
    key: tuple[str, ...]  # () for a table without primary key: rows keyed by their values
    rows: dict[tuple[Any, ...], dict[str, Any]]
    schema: dict[str, Any] = field(default_factory=dict)  # the Table Schema, if any
    shape: str = "table"  # article.json: "object" (1.x, one article) or "list" (2.0)


@dataclass(frozen=True)
class Snapshot:
    """One version of the package, from a package folder or a release file."""

    source: str  # the folder or file, for messages
    version: str
    metadata: dict[str, Any]
    tables: dict[str, Table]


def typed(value: str, kind: str) -> Any:
    if value == "":
        return None
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    return value


def key_of(row: dict[str, Any], key: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row.get(column) for column in key)


def primary_key(schema: dict[str, Any]) -> tuple[str, ...]:
    """The declared primary key: a list of columns, one column, or none."""
    key = schema.get("primaryKey") or ()
    return (key,) if isinstance(key, str) else tuple(key)


def table(source: str, name: str, schema: dict[str, Any], rows: list[dict[str, Any]]) -> Table:
    fields = {f["name"]: f["type"] for f in schema["fields"]}
    key = primary_key(schema)
    keyed: dict[tuple[Any, ...], dict[str, Any]] = {}
    seen: dict[tuple[Any, ...], int] = {}
    for row in rows:
        if not key:
            # No key: a row is its values; the same row again is told apart by its count.
            values = tuple(row.get(column) for column in fields)
            seen[values] = seen.get(values, 0) + 1
            keyed[(*values, seen[values])] = row
            continue
        if key_of(row, key) in keyed:
            raise InputError(
                source, f"{name}: primary key {key_of(row, key)} appears twice", "fix the rows"
            )
        keyed[key_of(row, key)] = row
    return Table(fields, key, keyed, schema)


def digest(value: Any) -> Any:
    """A body or its paragraphs as their length and hash: diff compares them without
    holding every text of a corpus or printing one whole."""
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"<{len(text)} characters, sha256 {sha[:16]}…>"


def article_table(source: str, articles: Iterable[Any], shape: str) -> Table:
    """article.json as a table keyed by article id: its articles (a list, 2.0), or the one
    object of a 1.x package (SHAPE "object"). Its fields are JSON of any type."""
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    columns: dict[str, str] = {}
    for article in articles:
        if not isinstance(article, dict):
            raise InputError(source, "article.json is no list of articles", "pass a package")
        if (article.get("id"),) in rows:
            raise InputError(source, f"article {article.get('id')!r} appears twice", "fix it")
        kept = {k: digest(v) if k in BIG else v for k, v in article.items()}
        rows[(article.get("id"),)] = kept
        columns.update(dict.fromkeys(kept, "json"))
    return Table(columns, ("id",), rows, shape=shape)


BIG = ("body", "paragraphs")  # compared by their digest


def shape_of(path: Path) -> str:
    """ "object" when article.json holds one object (1.x), else "list"."""
    with regular_file(path) as text:
        start = text.read(4096).lstrip()
    return "object" if start.startswith("{") else "list"


# The release file itself, a resource of the package: compared by presence only, as it
# holds the same rows as the other resources.
CONTAINER = Table({}, (), {})


def from_folder(folder: Path) -> Snapshot:
    package = read_json(inside(folder, "datapackage.json", "descriptor"), "descriptor", 1 << 26)
    tables: dict[str, Table] = {}
    for resource in package.get("resources", []):
        path = inside(folder, resource["path"])
        if resource["name"] == "article":
            tables["article"] = article_table(str(folder), articles(path), shape_of(path))
        elif resource.get("type") == "table":
            schema = {**resource["schema"], "dialect": resource.get("dialect")}
            kinds = {f["name"]: f["type"] for f in schema["fields"]}
            rows = [
                {name: typed(value, kinds.get(name, "string")) for name, value in row.items()}
                for row in table_rows(path)
            ]
            tables[resource["name"]] = table(str(folder), resource["name"], schema, rows)
        else:
            tables[resource["name"]] = CONTAINER
    return Snapshot(str(folder), str(package.get("version", "0.0.0")), package, tables)


def from_release(path: Path) -> Snapshot:
    release = read_json(path, "release file")
    if not isinstance(release, dict) or "tables" not in release:
        raise InputError(str(path), "not a release file", "pass NAME-VERSION.json or a folder")
    # The release names every resource of its package; those without rows of their own
    # (the release file itself, croissant.json) are compared by presence.
    tables = {name: CONTAINER for name in release.get("resources", ["release"])}
    document = release["articles"] if "articles" in release else release["article"]
    shape = "object" if isinstance(document, dict) else "list"
    if not isinstance(document, dict | list):
        raise InputError(str(path), "its articles are no list", "pass a release file")
    listed = [document] if isinstance(document, dict) else document
    tables["article"] = article_table(str(path), listed, shape)
    for name, schema in release["tables"].items():
        tables[name] = table(str(path), name, schema, release[name])
    return Snapshot(str(path), str(release.get("version", "0.0.0")), release, tables)


def load(path: Path) -> Snapshot:
    """A package folder (with datapackage.json) or a release file."""
    if not path.exists():
        raise InputError(str(path), "no such file or folder", "pass a package folder or release")
    if path.is_dir() and not (path / "datapackage.json").is_file():
        raise InputError(str(path), "holds no datapackage.json", "pass a package folder")
    try:
        return from_folder(path) if path.is_dir() else from_release(path)
    except (KeyError, TypeError, ValueError, AttributeError, OSError) as error:
        raise InputError(
            str(path),
            f"not a package or release of build-dataset ({type(error).__name__}: {error})",
            "pass a folder or NAME-VERSION.json that build-dataset wrote",
        ) from None
