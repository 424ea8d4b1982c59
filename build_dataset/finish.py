"""Seal a package whose articles are written: the release file, croissant.json and
datapackage.json, the check of the whole package, then SHA256SUMS.

A corpus's files are hundreds of megabytes, so each is hashed once (file_digests), and the
release head, the descriptor and SHA256SUMS share the digests. The review pages, final
once the writer has finished, are hashed in a thread beside the rest: reading a file and
hashlib let go of the GIL, so that hashing hides behind the writing and the check.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from build_dataset.corpus.writer import PackageWriter
from build_dataset.croissant import croissant
from build_dataset.package import (
    data_resources,
    descriptor,
    file_digests,
    file_sha256,
    json_resource,
)
from build_dataset.release import (
    BUILT_FILES,
    empty_release,
    package_files,
    release_head,
    release_name,
    sha256sums,
    write_release,
)
from build_dataset.validate import ValidationFailed, validate_release
from build_dataset.write import (
    CROISSANT_FILE,
    REVIEW_FILE,
    REVIEW_FOLDER,
    SUMS_FILE,
    write_json,
)

# Rows frictionless reads of each table before the swap. Every row was already checked in
# its worker against the same schemas (rowcheck.py, validate.py), its keys are unique and
# its references hold by construction (corpus/registry.py); what is left to catch here is
# the descriptor and how the files are written (dialect, header, types), which the first
# rows show. frictionless reads under 10,000 rows a CPU-second (22,000 rows of 300
# generated articles: 2.6 s whole, 1.4 s at 5,000 a table), which at 25,000 a table was
# a tenth of a 10,000-article build's time budget (README, "Checking a corpus").
CHECKED_ROWS = 5_000


def seal(folder: Path, metadata: dict[str, Any], writer: PackageWriter) -> None:
    """Write the release file, croissant.json, datapackage.json and SHA256SUMS of the
    package in FOLDER, whose articles, tables and review pages WRITER has finished, and
    check the package (check_package); METADATA: package.package_metadata."""
    pages = [
        name
        for name in package_files(folder)
        if name == REVIEW_FILE or name.startswith(f"{REVIEW_FOLDER}/")
    ]
    failed = threading.Event()  # then the pages' hashes are not waited for
    with ThreadPoolExecutor(1) as hasher:
        hashed_pages = hasher.submit(digests_until, folder, pages, failed)
        try:
            digests = seal_files(folder, metadata, writer)
        except BaseException:
            failed.set()
            raise
        digests |= hashed_pages.result()
    (folder / SUMS_FILE).write_text(sha256sums(folder, digests), encoding="utf-8", newline="\n")


def digests_until(folder: Path, names: list[str], failed: threading.Event) -> dict[str, str]:
    """file_digests of NAMES, stopping early once FAILED is set (an error elsewhere)."""
    digests = {}
    for name in names:
        if failed.is_set():
            break
        digests[name] = file_sha256(folder / name)
    return digests


def seal_files(folder: Path, metadata: dict[str, Any], writer: PackageWriter) -> dict[str, str]:
    """seal() but SHA256SUMS and the review pages' hashes: the sha256 of each file written
    or hashed here, by name."""
    digests = file_digests(folder, BUILT_FILES)
    head = release_head(metadata, digests)
    validate_release(empty_release(head))
    name = release_name(metadata)
    write_release(folder / name, head, writer.release_articles, folder, writer.release_rows)
    writer.close()
    digests[name] = file_sha256(folder / name)
    # croissant.json describes the data files; datapackage.json lists them and
    # croissant.json itself, whose size and checksum exist only once it is written.
    data = data_resources(folder, name, digests)
    write_json(folder / CROISSANT_FILE, croissant(descriptor(metadata, data)))
    croissant_resource = json_resource(
        "croissant",
        folder / CROISSANT_FILE,
        "The same package described in Croissant 1.0 (MLCommons) for ML catalogues.",
    )
    write_json(folder / "datapackage.json", descriptor(metadata, [*data, croissant_resource]))
    check_package(folder, writer.rows())
    return digests


def check_package(folder: Path, rows: int = 0) -> None:
    """`frictionless validate datapackage.json` before the swap: the descriptor, and every
    row of a package of up to CHECKED_ROWS rows (ROWS: how many it holds); of a larger one
    the first CHECKED_ROWS rows of each table. Each file's size is compared with its
    `bytes`; its `hash` is left out of what frictionless is given, as it was worked out
    from the file as written (file_digests) and frictionless would read every file whole
    again, a Python step a line, to find the same (a second of a 10,000-article build)."""
    from frictionless import Package, system

    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    errors = []
    for resource in package["resources"]:
        try:
            size = (folder / resource["path"]).stat().st_size
        except OSError as error:
            raise ValidationFailed([f"{resource['path']}: {error.strerror}"]) from error
        if resource.pop("bytes") != size:
            errors.append(f"byte-count-error: {resource['path']} has {size} bytes, not as listed")
        del resource["hash"]
    limit = None if rows <= CHECKED_ROWS else CHECKED_ROWS
    with system.use_context(trusted=True):
        report = Package(package, basepath=str(folder)).validate(limit_rows=limit)
    errors += [f"{e.type}: {e.message}" for task in report.tasks for e in task.errors]
    errors += [f"{e.type}: {e.message}" for e in report.errors]
    if errors:
        raise ValidationFailed(errors)
