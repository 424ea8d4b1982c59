"""Reading the package to export: its descriptor, its tables' rows typed (streamed), and
the paths it names, which stay inside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError
from build_dataset.reading import inside, read_json
from build_dataset.sqlite.target import EXPORT_TABLES
from build_dataset.stream import table_rows


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


def load_package(folder: Path) -> tuple[dict[str, Any], Path, dict[str, dict[str, Any]]]:
    """(package, article.json, tables by name) of the package in FOLDER, whose paths stay
    inside it; articles and rows are read while they are written."""
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
        article_file = inside(folder, "article.json", "article")
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise not_ours(folder, error) from None
    return package, article_file, tables


def not_ours(folder: Path, error: Exception) -> InputError:
    return InputError(
        str(folder),
        f"not a package that build-dataset wrote ({type(error).__name__}: {error})",
        "pass the folder of a build",
    )
