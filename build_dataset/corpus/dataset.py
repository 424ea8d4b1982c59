"""The dataset's own metadata: a dataset.json beside the sources, or --dataset FILE.

It names the package and gives its title, version, description, licences, sources,
keywords and creation stamp (``schema/dataset.schema.json``). Found in a --seeds folder or
beside a --seeds file; two different ones without --dataset are refused, as the build
cannot know which is meant. The project's own ``seeds/dataset.json`` carries the project's
version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from build_dataset.corpus.ids import shown
from build_dataset.errors import InputError
from build_dataset.reading import fix, line_of, parse_json, read_bytes
from build_dataset.resources import json_schema
from build_dataset.seed import DATASET_FILE

if TYPE_CHECKING:  # jsonschema takes a tenth of a second to import: on first use only
    from jsonschema import Draft202012Validator, ValidationError

MAX_DATASET = 1024 * 1024
EXAMPLE = '{"name": "…", "title": "…", "version": "1.0.0", "created": "2026-01-31T00:00:00Z"}'
# A field that breaks its rule: what is wrong with it, and what to write instead.
FIELD_RULES = {
    "$schema": ("is not a string", "write the schema's URL or remove the key"),
    "name": (
        "is not a package name: a-z, 0-9, '.', '_' and '-', a letter or digit first, "
        "at most 100 characters",
        'write e.g. "news-quotes-my-corpus"',
    ),
    "title": ("is not one line of at most 1000 characters", "write the title as one line"),
    "version": (
        "is not a version MAJOR.MINOR.PATCH",
        'write e.g. "1.0.0" (semantic versioning, without pre-release or build parts)',
    ),
    "description": ("is not a text of at most 10000 characters", "describe it in a few lines"),
    "licenses": (
        "is not a list of licences, each with a name or a path (URL) and an optional title",
        'write [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}]',
    ),
    "sources": (
        "is not a list of sources, each with a title and an optional path (URL)",
        'write [{"title": "…", "path": "https://…"}]',
    ),
    "keywords": ("is not a list of distinct one-line words", 'write ["news", "quotes"]'),
    "created": (
        "is not a UTC time YYYY-MM-DDTHH:MM:SSZ",
        'write e.g. "2026-01-31T00:00:00Z"',
    ),
}


@dataclass(frozen=True)
class Dataset:
    """What dataset.json says. DESCRIPTION is None and LICENSES, SOURCES and KEYWORDS are
    empty when it does not say them (the package then keeps the tool's defaults). LICENSES
    and SOURCES are Data Package objects (name/path/title, title/path) as written."""

    name: str
    title: str
    version: str
    description: str | None
    licenses: tuple[dict[str, str], ...]
    sources: tuple[dict[str, str], ...]
    keywords: tuple[str, ...]
    created: str


def find_dataset(seeds: Sequence[Path], explicit: Path | None) -> Dataset | None:
    """The dataset of a build: EXPLICIT (--dataset FILE) when given, else the one
    dataset.json in a --seeds folder or beside a --seeds file, else None. Two different
    dataset.json files without --dataset are refused; a bad one is refused with one line
    naming its file, line and fix."""
    if explicit is not None:
        return read_dataset(explicit)
    found: list[Path] = []
    seen: set[Path] = set()
    for seed in seeds:
        folder = seed if seed.is_dir() else seed.parent
        candidate = folder / DATASET_FILE
        try:
            candidate.lstat()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise InputError(str(candidate), f"cannot read: {error.strerror}", fix(error)) from None
        try:
            same = candidate.resolve(strict=True)
        except (OSError, RuntimeError):
            same = candidate.absolute()
        if same not in seen:
            seen.add(same)
            found.append(candidate)
    if not found:
        return None
    if len(found) > 1:
        raise InputError(
            str(found[1]),
            f"a second {DATASET_FILE} beside the sources (the first is {found[0]})",
            "say which one holds the dataset's metadata with --dataset FILE",
        )
    return read_dataset(found[0])


def read_dataset(path: Path) -> Dataset:
    """The Dataset of the dataset.json at PATH, validated by schema/dataset.schema.json."""
    name = str(path)
    raw = read_bytes(path, "dataset file", MAX_DATASET)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(name, "invalid UTF-8", "save the file as UTF-8", line) from None
    data = parse_json(text.removeprefix("\ufeff"), name)
    if not isinstance(data, dict):
        raise InputError(name, "expected a JSON object", f"write {EXAMPLE}", 1)
    errors = sorted(validator().iter_errors(data), key=order)
    if errors:
        message, hint, key = described(errors[0], data)
        raise InputError(name, message, hint, line_of(text, key) if key else None)
    created = data["created"]
    try:
        dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(
            name,
            f'"created" {created!r} is no time of the calendar',
            FIELD_RULES["created"][1],
            line_of(text, "created"),
        ) from None
    return Dataset(
        name=data["name"],
        title=data["title"],
        version=data["version"],
        description=data.get("description"),
        licenses=tuple(data.get("licenses", ())),
        sources=tuple(data.get("sources", ())),
        keywords=tuple(data.get("keywords", ())),
        created=created,
    )


@cache
def validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json_schema("dataset"))


def order(error: ValidationError) -> tuple[list[str], bool, str]:
    """Violations reported by field, a wrong type first (a number breaks a string's other
    rules too), then by rule: the same input gives the same message."""
    return [str(part) for part in error.path], error.validator != "type", str(error.validator)


def described(error: ValidationError, data: dict[str, Any]) -> tuple[str, str, str | None]:
    """A schema violation in words: the message, the fix and the key to find its line by."""
    if error.validator == "required" and not error.path:
        missing = next(key for key in error.validator_value if key not in data)
        return f'"{missing}" is missing', f"write {EXAMPLE}", None
    if error.validator == "additionalProperties" and not error.path:
        unknown = next(key for key in data if key not in FIELD_RULES)
        fields = ", ".join(key for key in FIELD_RULES if key != "$schema")
        return f"unknown key {shown(unknown)}", f"use only {fields}", unknown
    field = str(error.path[0])
    wrong, hint = FIELD_RULES[field]
    if len(error.path) > 1:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.path)
        wrong += f" (at {where.lstrip('.')})"
    return f'"{field}" {wrong}', hint, field
