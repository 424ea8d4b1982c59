"""The Data Package descriptor: resources with bytes and hashes, Table Schemas derived
from the row JSON Schemas so that the two never drift apart."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from build_dataset import __version__
from build_dataset.errors import InputError
from build_dataset.resources import json_schema

GENERATOR = "build-dataset"
NAME_PREFIX = "news-quotes-"
LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 (the extracted rows and metadata; "
    "the article text stays with its publisher)",
}
TABLES = {
    "quotes": (
        "quote",
        ["article_id", "quote_id"],
        "Direct and reported speech with speaker, cue and offsets into the article's body.",
    ),
    "entities": (
        "entity",
        ["entity_id"],
        "People, organisations, places and dates named in the bodies: one row per name and "
        "type across all articles.",
    ),
    "mentions": (
        "mention",
        ["article_id", "start"],
        "Every place in a body where an entity is named, with its offsets and the words "
        "as written.",
    ),
    "warnings": (
        "warning",
        [],
        "Every warning of the build, by article and paragraph.",
    ),
    "skipped": (
        "skipped",
        ["source"],
        "The sources --skip-invalid left out, with the reason; empty when none was.",
    ),
}
# Every resource of the package, in the descriptor's order; the release file lists them too.
RESOURCE_NAMES = (
    "article", "quotes", "entities", "mentions", "warnings", "skipped", "release", "croissant",
)  # fmt: skip
CORPUS_NAME = NAME_PREFIX + "corpus"
JSON_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


def table_schema(row_schema: str, primary_key: list[str]) -> dict[str, Any]:
    schema = json_schema(row_schema)
    fields = []
    for name, spec in schema["properties"].items():
        kinds = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
        constraints: dict[str, Any] = {}
        if "null" not in kinds:
            constraints["required"] = True
        if "enum" in spec:
            constraints["enum"] = spec["enum"]
        for key in ("minimum", "minLength", "pattern"):
            if key in spec:
                constraints[key] = spec[key]
        if primary_key == [name]:
            constraints["unique"] = True
        kind = next(JSON_TYPES[k] for k in kinds if k != "null")
        fields.append(
            {
                "name": name,
                "type": kind,
                "description": spec["description"],
                "constraints": constraints,
            }
        )
    schema_: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if primary_key:
        schema_["primaryKey"] = primary_key
    return schema_


def created_stamp(fallback: str | None) -> str | None:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else FALLBACK: dataset.json's
    created, or the one article's metadata; never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        try:
            moment = dt.datetime.fromtimestamp(int(epoch[:20]), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise InputError(
                "SOURCE_DATE_EPOCH",
                f"{epoch[:20]} is out of range",
                "give seconds since 1970-01-01 before the year 10000",
            ) from None
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return fallback


def file_sha256(path: Path) -> str:
    """The sha256 of the file at PATH, read in blocks: a corpus's files are large."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def file_digests(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """name -> sha256 of each of NAMES, files in FOLDER."""
    return {name: file_sha256(folder / name) for name in names}


def file_facts(path: Path, digest: str | None = None) -> dict[str, Any]:
    """The bytes and hash of the file at PATH (DIGEST: its sha256, if already known)."""
    return {"bytes": path.stat().st_size, "hash": f"sha256:{digest or file_sha256(path)}"}


def package_name(article_id: str) -> str:
    return NAME_PREFIX + re.sub(r"[^a-z0-9._-]+", "-", article_id.lower()).strip("-")


def table_schemas() -> dict[str, dict[str, Any]]:
    """The Table Schema of each CSV, with the foreign keys from quotes and mentions to
    entities."""
    schemas = {name: table_schema(row_schema, key) for name, (row_schema, key, _) in TABLES.items()}
    # On single columns: frictionless counts a composite key with one empty part as broken.
    for name, column in (("quotes", "speaker_entity_id"), ("mentions", "entity_id")):
        schemas[name]["foreignKeys"] = [
            {"fields": [column], "reference": {"resource": "entities", "fields": ["entity_id"]}}
        ]
    return schemas


def naming(dataset: Any | None, single_id: str | None) -> dict[str, str]:
    """Name, title, description and version: dataset.json's; without one, a package of
    one article is named after it and a corpus is news-quotes-corpus, both at the tool's
    version (SINGLE_ID: the one article's id, None for a corpus)."""
    if dataset is not None:
        return {
            "name": dataset.name,
            "title": dataset.title,
            "description": dataset.description or DESCRIPTION,
            "version": dataset.version,
        }
    return {
        "name": package_name(single_id) if single_id else CORPUS_NAME,
        "title": f"Quotes and entities of the news article {single_id}"
        if single_id
        else "Quotes and entities of a corpus of news articles",
        "description": DESCRIPTION,
        "version": __version__,
    }


DESCRIPTION = (
    "Who said what (direct and reported speech with the speaker) and which people, "
    "organisations, places and dates the articles name, each value traceable to character "
    "offsets in the article's body in article.json."
)
KEYWORDS = ["quotes", "reported speech", "named entities", "German", "news"]
CORPUS_WARNING = (
    "no dataset.json: the package of several articles is named news-quotes-corpus at "
    "build-dataset's version; put a dataset.json in a --seeds folder or beside a --seeds file "
    "(or give --dataset) "
    "with its name, title and version"
)


def package_metadata(
    names: dict[str, str],
    dataset: Any | None,
    sources: list[dict[str, str]],
    created: str | None,
    packages: dict[str, str],
) -> dict[str, Any]:
    """What the descriptor and the release file say about the package, before resources:
    NAMES (naming()), the licences, SOURCES and keywords (dataset.json's where it gives
    them), the generator and the versions of the PACKAGES that decide the rows."""
    metadata: dict[str, Any] = {
        **names,
        "licenses": list(getattr(dataset, "licenses", None) or [LICENSE]),
        "sources": list(getattr(dataset, "sources", None) or sources),
        "keywords": list(getattr(dataset, "keywords", None) or KEYWORDS),
        "generator": f"{GENERATOR} {__version__}",
        "packages": packages,
    }
    stamp = created_stamp(getattr(dataset, "created", None) or created)
    if stamp:
        metadata["created"] = stamp
    return metadata


def json_resource(
    name: str, path: Path, description: str, digest: str | None = None
) -> dict[str, Any]:
    return {
        "name": name,
        "path": path.name,
        "type": "json",
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "description": description,
        **file_facts(path, digest),
    }


def data_resources(
    folder: Path, release_file: str, digests: Mapping[str, str]
) -> list[dict[str, Any]]:
    """The resources of the files already written into FOLDER: the article, the tables and
    the release file. DIGESTS: the sha256 of each of them, by name (file_digests: a
    corpus's files are hundreds of megabytes, and each is read once)."""
    resources: list[dict[str, Any]] = [
        json_resource(
            "article",
            folder / "article.json",
            "The articles in id order: body (unless built with --no-bodies), its length and "
            "sha256, paragraphs, title, byline, captions, source URL and reference date.",
            digests["article.json"],
        )
    ]
    for name, schema in table_schemas().items():
        resources.append(
            {
                "name": name,
                "type": "table",
                "path": f"{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": TABLES[name][2],
                "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
                **file_facts(folder / f"{name}.csv", digests[f"{name}.csv"]),
                "schema": schema,
            }
        )
    resources.append(
        json_resource(
            "release",
            folder / release_file,
            "This version in one JSON file: metadata, articles, all rows and checksums "
            "(schema/release.schema.json).",
            digests[release_file],
        )
    )
    return resources


def descriptor(metadata: dict[str, Any], resources: list[dict[str, Any]]) -> dict[str, Any]:
    """A datapackage.json of METADATA (package_metadata) and RESOURCES; a new dict."""
    rest = {key: value for key, value in metadata.items() if key != "created"}
    package = {"$schema": "https://datapackage.org/profiles/2.0/datapackage.json", **rest}
    package["resources"] = list(resources)
    if "created" in metadata:
        package["created"] = metadata["created"]
    return package
