"""Which files of a folder build-dataset wrote: the files of a package it may replace.

A file is the tool's only as the build wrote it: its name is one a build writes, the
descriptor lists it (or it is the descriptor or the review page), and SHA256SUMS records
the sha256 it still has. The review folder's pages are the tool's while SHA256SUMS lists
each by its path ("review/a.html"); anything else in a folder is someone else's.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError
from build_dataset.package import GENERATOR, NAME_PREFIX
from build_dataset.reading import open_regular, read_json, read_text

SUMS_FILE = "SHA256SUMS"
CROISSANT_FILE = "croissant.json"
REVIEW_FILE = "index.html"
REVIEW_FOLDER = "review"  # one page per article: review/<page>.html
# The names a build writes; the release file is "<package name>-<version>.json".
PACKAGE_NAMES = {
    "datapackage.json", "article.json", "quotes.csv", "entities.csv", "mentions.csv",
    "warnings.csv", "skipped.csv", SUMS_FILE, CROISSANT_FILE, REVIEW_FILE,
}  # fmt: skip
# The release file: "<package name>-<X.Y.Z>.json", the name as dataset.json allows it.
RELEASE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*-[0-9]+\.[0-9]+\.[0-9]+\.json")
# SHA256SUMS has a line per file, one per review page: some 100 bytes an article.
MAX_SUMS = 1024 * 1024 * 1024


def read_descriptor(folder: Path) -> dict[str, Any] | None:
    try:
        package = read_json(folder / "datapackage.json", "descriptor", 64 * 1024 * 1024)
    except InputError:
        return None
    return package if isinstance(package, dict) else None


def written_by_us(folder: Path) -> bool:
    """Whether FOLDER's datapackage.json names build-dataset as its generator (the marker
    every build leaves)."""
    package = read_descriptor(folder)
    generator = str(package.get("generator", "")) if package else ""
    return generator.startswith(GENERATOR + " ")


def is_package_file(name: str) -> bool:
    """A name that a build writes: the fixed files, "<package name>-<version>.json" releases
    (any name dataset.json may give) and, as before 2.0.0, any "news-quotes-….json"."""
    return (
        name in PACKAGE_NAMES
        or RELEASE_NAME.fullmatch(name) is not None
        or (name.startswith(NAME_PREFIX) and name.endswith(".json"))
    )


def is_review_page(name: str) -> bool:
    """ "review/a~b.html": a page of the review folder, one level deep, as a build names it."""
    folder, _, page = name.partition("/")
    return (
        folder == REVIEW_FOLDER
        and page.endswith(".html")
        and len(page) > len(".html")
        and "/" not in page
        and not page.startswith(".")
    )


def our_files(folder: Path) -> set[str]:
    """The files of an earlier build in FOLDER: those its descriptor lists that have the
    name of a file a build writes, and the descriptor and the review page, each only while
    its sha256 is the one SHA256SUMS records; and SHA256SUMS while its lines are well formed. A
    file of someone else, or one the user edited, is never ours."""
    package = read_descriptor(folder)
    if package is None or not written_by_us(folder):
        return set()
    listed = {
        r["path"] for r in package.get("resources", [])
        if isinstance(r, dict) and isinstance(r.get("path"), str)
    }  # fmt: skip
    named = {"datapackage.json", REVIEW_FILE} | {p for p in listed if is_package_file(p)}
    sums = recorded_sums(folder)
    # A file is ours only as the build wrote it: a file the user edited is theirs.
    named |= {name for name in sums if is_review_page(name)}
    ours = {name for name in named if name in sums and digest(folder / name) == sums[name]}
    # SHA256SUMS is ours when every line of it is one `sha256sum` writes; a file its lines
    # no longer match is named in the refusal by itself.
    return ours | ({SUMS_FILE} if sums else set())


def recorded_sums(folder: Path) -> dict[str, str]:
    """NAME -> sha256 from FOLDER's SHA256SUMS; empty when it is missing or malformed."""
    try:
        text = read_text(folder / SUMS_FILE, "checksum file", MAX_SUMS)
    except InputError:
        return {}
    sums: dict[str, str] = {}
    for line in text.splitlines():
        value, _, name = line.partition("  ")
        hexadecimal = len(value) == 64 and all(c in "0123456789abcdef" for c in value)
        flat = "/" not in name or is_review_page(name)
        if not hexadecimal or not name or not flat or name in sums:
            return {}
        sums[name] = value
    return sums


def digest(path: Path) -> str | None:
    """The sha256 of the regular file PATH, or None when it cannot be read; read in blocks,
    as a corpus's article.json or release file may not fit in memory."""
    sha = hashlib.sha256()
    try:
        with open_regular(path, "file") as handle:
            while block := handle.read(1 << 20):
                sha.update(block)
    except (InputError, OSError):
        return None
    return sha.hexdigest()


def regular_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def strangers(folder: Path) -> list[str]:
    """What FOLDER holds that is not a file of a previous package: folders, links, special
    files, and every file the package's descriptor does not list by a package file name."""
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    ours = our_files(folder) if entries else set()
    found = []
    for entry in entries:
        if entry.name == REVIEW_FOLDER and real_folder(entry):
            found += review_strangers(Path(entry.path), ours)
        elif not (entry.name in ours and regular_file(entry)):
            found.append(entry.name)
    return found


def real_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def review_strangers(review: Path, ours: set[str]) -> list[str]:
    """What the review folder holds that SHA256SUMS does not vouch for, as "review/NAME"."""
    with os.scandir(review) as scan:
        names = sorted((entry.name, regular_file(entry)) for entry in scan)
    if not names:
        return [REVIEW_FOLDER]  # an empty folder: a build never leaves one
    return [
        f"{REVIEW_FOLDER}/{name}"
        for name, regular in names
        if not (regular and f"{REVIEW_FOLDER}/{name}" in ours)
    ]
