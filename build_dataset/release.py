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
from typing import IO, Any, TextIO

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


def release_head(metadata: dict[str, Any], digests: Mapping[str, str]) -> dict[str, Any]:
    """Everything of the release but the articles and rows. DIGESTS: the sha256 of each of
    BUILT_FILES by name (package.file_digests)."""
    return {
        "$schema": RELEASE_SCHEMA_ID,
        **{key: metadata[key] for key in METADATA_KEYS if key in metadata},
        "checksums": {name: digests[name] for name in BUILT_FILES},
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


def file_array(key: str, handle: IO[bytes]) -> Iterator[bytes]:
    """array(KEY, the lines of HANDLE) in UTF-8, HANDLE a file of one compact JSON value a
    line in UTF-8, read from its start in blocks. A compact JSON value holds no raw newline
    (json.dumps escapes it in a text) and no byte of a UTF-8 character but the newline
    itself is 0x0A, so each newline but the last becomes the items' separator in one
    bytes.replace a block: no Python step a row (a corpus has millions) and no decoding."""
    handle.seek(0)
    block = handle.read(BLOCK)
    if not block:
        yield f',\n  "{key}": []'.encode()
        return
    yield f',\n  "{key}": [\n    '.encode()
    while following := handle.read(BLOCK):
        yield block.replace(b"\n", b",\n    ")
        block = following
    yield block.removesuffix(b"\n").replace(b"\n", b",\n    ") + b"\n  ]"


BLOCK = 1 << 20  # bytes of file_array's file read at a time


def write_release(
    path: Path,
    head: dict[str, Any],
    articles: TextIO,
    folder: Path,
    rows: Mapping[str, TextIO] | None = None,
) -> None:
    """The release at PATH: HEAD, then the articles (ARTICLES: a file of one compact
    JSON object a line, in id order), then every row of the CSVs in FOLDER; ROWS gives
    some tables' rows ready, in the same form as ARTICLES (of the rows of the CSV, typed).
    The files are read as the bytes they hold in UTF-8 (file_array)."""
    ready = rows or {}
    tables = head["tables"]
    with path.open("wb") as out:
        out.write(json.dumps(head, ensure_ascii=False, indent=2).removesuffix("\n}").encode())
        articles.flush()
        out.writelines(file_array("article", articles.buffer))
        for name in ROW_TABLES:
            if name in ready:
                ready[name].flush()
                out.writelines(file_array(name, ready[name].buffer))
                continue
            typed = typed_rows(folder / f"{name}.csv", tables[name]["fields"])
            items = (json.dumps(row, ensure_ascii=False) for row in typed)
            out.writelines(piece.encode() for piece in array(name, items))
        out.write(b"\n}\n")


def package_files(folder: Path) -> list[str]:
    """Every file of the package in FOLDER but SHA256SUMS, those of its review/ folder as
    "review/NAME.html", sorted."""
    names = [p.name for p in folder.iterdir() if p.is_file() and p.name != SUMS_FILE]
    review = folder / REVIEW_FOLDER
    if review.is_dir():
        names += [f"{REVIEW_FOLDER}/{p.name}" for p in review.iterdir() if p.is_file()]
    return sorted(names)


def sha256sums(folder: Path, digests: Mapping[str, str] | None = None) -> str:
    """The lines `sha256sum -c` reads, for every file of the package in FOLDER and in its
    review/ folder ("review/NAME.html"). DIGESTS: the sha256 of files already hashed."""
    known = digests or {}
    return "".join(
        f"{known.get(name) or file_sha256(folder / name)}  {name}\n"
        for name in package_files(folder)
    )
