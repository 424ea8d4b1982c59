"""The citable release: one JSON file holding a whole version, and SHA256SUMS beside it.

The release file repeats the package's metadata, the articles and every row (typed: numbers
as numbers, empty as null), with the sha256 of each file it was built with, so that one
download is enough to cite, check and compare a version. It is written from the files
already on disk, row by row, so that its size never has to fit in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from build_dataset.package import RESOURCE_NAMES, file_sha256, table_schemas
from build_dataset.write import REVIEW_FOLDER, SUMS_FILE

RELEASE_SCHEMA_ID = "https://example.org/build-dataset/schema/release.schema.json"
ROW_TABLES = ("quotes", "entities", "mentions", "warnings", "skipped")
BUILT_FILES = ("article.json", *(f"{name}.csv" for name in ROW_TABLES))
METADATA_KEYS = (
    "name", "title", "description", "version", "created", "licenses", "sources", "keywords",
    "generator", "packages",
)  # fmt: skip


def release_name(metadata: dict[str, Any]) -> str:
    """ "news-quotes-000_7562abd95e068531-2.0.0.json": the package name and version."""
    return f"{metadata['name']}-{metadata['version']}.json"


def release_head(metadata: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Everything of the release but the articles and rows, for the files in FOLDER."""
    return {
        "$schema": RELEASE_SCHEMA_ID,
        **{key: metadata[key] for key in METADATA_KEYS if key in metadata},
        "checksums": {name: file_sha256(folder / name) for name in BUILT_FILES},
        "resources": list(RESOURCE_NAMES),
        "tables": table_schemas(),
    }


def empty_release(head: dict[str, Any]) -> dict[str, Any]:
    """HEAD with empty arrays: what the schema checks of it (the rows were checked one by
    one as the articles were built)."""
    return {**head, "article": [], **{name: [] for name in ROW_TABLES}}


def typed_rows(path: Path, fields: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The rows of the CSV at PATH as JSON values: integers as numbers, empty as null."""
    integers = {field["name"] for field in fields if field["type"] == "integer"}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for values in reader:
            yield {
                name: None if value == "" else int(value) if name in integers else value
                for name, value in zip(header, values, strict=True)
            }


def array(key: str, items: Iterable[str]) -> Iterator[str]:
    """ "key": [ items, one a line ] as json.dumps(indent=2) nests it, item by item."""
    yield f',\n  "{key}": ['
    first = True
    for item in items:
        yield "\n    " if first else ",\n    "
        yield item  # apart: an article of 5 MB is not copied once more
        first = False
    yield "]" if first else "\n  ]"


def lines_of(handle: IO[str]) -> Iterator[str]:
    """The lines of HANDLE, a file of one compact JSON value a line, from its start."""
    handle.seek(0)
    return (line.rstrip("\n") for line in handle)


def write_release(
    path: Path,
    head: dict[str, Any],
    articles: IO[str],
    folder: Path,
    rows: Mapping[str, IO[str]] | None = None,
) -> None:
    """The release at PATH: HEAD, then the articles (ARTICLES: a file of one compact
    JSON object a line, in id order), then every row of the CSVs in FOLDER; ROWS gives
    some tables' rows ready, in the same form as ARTICLES (of the rows of the CSV, typed)."""
    ready = rows or {}
    tables = head["tables"]
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(json.dumps(head, ensure_ascii=False, indent=2).removesuffix("\n}"))
        out.writelines(array("article", lines_of(articles)))
        for name in ROW_TABLES:
            if name in ready:
                out.writelines(array(name, lines_of(ready[name])))
                continue
            typed = typed_rows(folder / f"{name}.csv", tables[name]["fields"])
            out.writelines(array(name, (json.dumps(row, ensure_ascii=False) for row in typed)))
        out.write("\n}\n")


def sha256sums(folder: Path) -> str:
    """The lines `sha256sum -c` reads, for every file of the package in FOLDER and in its
    review/ folder ("review/NAME.html")."""
    names = [p.name for p in folder.iterdir() if p.is_file() and p.name != SUMS_FILE]
    review = folder / REVIEW_FOLDER
    if review.is_dir():
        names += [f"{REVIEW_FOLDER}/{p.name}" for p in review.iterdir() if p.is_file()]
    return "".join(f"{file_sha256(folder / name)}  {name}\n" for name in sorted(names))
