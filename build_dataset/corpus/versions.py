"""Which builder made a row: the versions that decide rows, and a key naming all of them.

``package_versions()`` goes into datapackage.json, so a cited package can be rebuilt with
the same packages. ``builder_key()`` names the cache's generation: it changes with any of
those versions, with Python's Unicode tables, and with the builder's own code and word
lists, so a result cached by another builder is never reused (a developer's edited rule
is a new builder even before the version number moves).
"""

from __future__ import annotations

import hashlib
import platform
import unicodedata
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from build_dataset.resources import PACKAGE, project_folder

# The distributions whose data or code decide the rows (besides build-dataset itself).
ROW_PACKAGES = (
    "build-dataset",
    "german-nouns",
    "dateparser",
    "babel",
    "gender-guesser",
    "pycountry",
    "pytickersymbols",
    "anyascii",
)
NOT_INSTALLED = "not installed"
CODE_SUFFIXES = (".py", ".txt", ".json")


def package_versions() -> dict[str, str]:
    """{distribution: version} of every package in ROW_PACKAGES, in that order."""
    versions = {}
    for name in ROW_PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = NOT_INSTALLED
    return versions


@cache
def code_digest() -> str:
    """sha256 of the builder's own files (code, word lists, schemas), by relative path."""
    digest = hashlib.sha256()
    for root in (PACKAGE, project_folder("schema")):  # schema/ is inside PACKAGE when installed
        for path in sorted(root.rglob("*")):
            if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
                digest.update(f"{root.name}/{path.relative_to(root).as_posix()}".encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def builder_key() -> str:
    """One line naming the builder: package versions, Python, Unicode and code digest."""
    parts = [f"{name}={value}" for name, value in package_versions().items()]
    parts.append(f"python={platform.python_version()}")
    parts.append(f"unicode={unicodedata.unidata_version}")
    parts.append(f"code={code_digest()}")
    return ";".join(parts)
