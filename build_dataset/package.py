"""The Data Package descriptor: resources with bytes and hashes, Table Schemas derived
from the row JSON Schemas so that the two never drift apart."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path
from typing import Any

from build_dataset import __version__
from build_dataset.errors import InputError
from build_dataset.records import Article
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
    "quotes": ("quote", ["quote_id"], "Direct and reported speech with speaker, cue and offsets."),
    "entities": (
        "entity",
        ["entity_id"],
        "People, organisations, places and dates named in the body.",
    ),
    "mentions": (
        "mention",
        ["start"],
        "Every place in the body where an entity is named, with its offsets and the words "
        "as written.",
    ),
}
# Every resource of the package, in the descriptor's order; the release file lists them too.
RESOURCE_NAMES = ("article", "quotes", "entities", "mentions", "release", "croissant")
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
        if name in primary_key:
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
    return {"fields": fields, "primaryKey": primary_key, "missingValues": [""]}


def created_stamp(article: Article) -> str | None:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else the seed metadata."""
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
    return article.created


def file_facts(path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    return {"bytes": len(data), "hash": f"sha256:{hashlib.sha256(data).hexdigest()}"}


def package_name(article: Article) -> str:
    return NAME_PREFIX + re.sub(r"[^a-z0-9._-]+", "-", article.id.lower()).strip("-")


def table_schemas() -> dict[str, dict[str, Any]]:
    """The Table Schema of each CSV, with the foreign keys from quotes and mentions to
    entities."""
    schemas = {name: table_schema(row_schema, key) for name, (row_schema, key, _) in TABLES.items()}
    for name, column in (("quotes", "speaker_entity_id"), ("mentions", "entity_id")):
        schemas[name]["foreignKeys"] = [
            {"fields": [column], "reference": {"resource": "entities", "fields": ["entity_id"]}}
        ]
    return schemas


def package_metadata(article: Article) -> dict[str, Any]:
    """What the descriptor and the release file say about the package, before resources."""
    metadata: dict[str, Any] = {
        "name": package_name(article),
        "title": f"Quotes and entities of the news article {article.id}",
        "description": "Who said what (direct and reported speech with the speaker) and which "
        "people, organisations, places and dates the article names, each value traceable "
        "to character offsets in article.json's body.",
        "version": __version__,
        "licenses": [LICENSE],
        "sources": [{"title": "Original article", "path": article.source_url}]
        if article.source_url
        else [{"title": f"Seed file {article.source_name}"}],
        "keywords": ["quotes", "reported speech", "named entities", "German", "news"],
        "generator": f"{GENERATOR} {__version__}",
    }
    created = created_stamp(article)
    if created:
        metadata["created"] = created
    return metadata


def json_resource(name: str, path: Path, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "path": path.name,
        "type": "json",
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "description": description,
        **file_facts(path),
    }


def data_resources(folder: Path, release_file: str) -> list[dict[str, Any]]:
    """The resources of the files already written into FOLDER: the article, the tables and
    the release file."""
    resources: list[dict[str, Any]] = [
        json_resource(
            "article",
            folder / "article.json",
            "The article: body, paragraphs, byline, captions, source URL and reference date.",
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
                **file_facts(folder / f"{name}.csv"),
                "schema": schema,
            }
        )
    resources.append(
        json_resource(
            "release",
            folder / release_file,
            "This version in one JSON file: metadata, article, all rows and checksums "
            "(schema/release.schema.json).",
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
