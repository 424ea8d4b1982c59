"""The citable release: one JSON file holding a whole version, and SHA256SUMS beside it.

The release file repeats the package's metadata, the article and every row (typed: numbers
as numbers, empty as null), with the sha256 of the seed and of each file it was built with,
so that one download is enough to cite, check and compare a version.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from pathlib import Path
from typing import Any

from build_dataset.assemble import Extraction, article_record
from build_dataset.package import RESOURCE_NAMES, table_schemas
from build_dataset.write import SUMS_FILE

RELEASE_SCHEMA_ID = "https://example.org/build-dataset/schema/release.schema.json"
BUILT_FILES = ("article.json", "quotes.csv", "entities.csv", "mentions.csv")
METADATA_KEYS = (
    "name", "title", "description", "version", "created", "licenses", "sources", "keywords",
    "generator",
)  # fmt: skip


def release_name(metadata: dict[str, Any]) -> str:
    """ "news-quotes-000_7562abd95e068531-1.1.0.json": the package name and version."""
    return f"{metadata['name']}-{metadata['version']}.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def release_document(
    metadata: dict[str, Any], extraction: Extraction, folder: Path
) -> dict[str, Any]:
    """The release of the files already written into FOLDER, with the package METADATA."""
    article = extraction.article
    return {
        "$schema": RELEASE_SCHEMA_ID,
        **{key: metadata[key] for key in METADATA_KEYS if key in metadata},
        "checksums": {
            "seed": {"name": article.source_name, "sha256": article.seed_sha256},
            "metadata": (
                {"name": article.metadata_sha256[0], "sha256": article.metadata_sha256[1]}
                if article.metadata_sha256
                else None
            ),
            **{name: sha256(folder / name) for name in BUILT_FILES},
        },
        "resources": list(RESOURCE_NAMES),
        "tables": table_schemas(),
        "article": article_record(article),
        "quotes": [asdict(row) for row in extraction.quotes],
        "entities": [asdict(row) for row in extraction.entities],
        "mentions": [asdict(row) for row in extraction.mentions],
    }


def sha256sums(folder: Path) -> str:
    """The lines `sha256sum -c` reads, for every file of the release in FOLDER."""
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != SUMS_FILE)
    return "".join(f"{sha256(folder / name)}  {name}\n" for name in names)
