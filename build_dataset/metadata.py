"""NAME.meta.json beside a seed: the facts the text cannot give (reference date, creation
stamp, title), each with its justification; and the warnings a seed's neighbourhood deserves."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

from build_dataset.errors import InputError
from build_dataset.reading import line_of as key_line
from build_dataset.reading import parse_json, read_bytes

SEED_SUFFIX = ".txt"
META_SUFFIX = ".meta.json"
META_KEYS = ("reference_date", "created", "title")
MAX_META = 1024 * 1024
# A title is one line a person reads: at most this many characters, no control characters.
MAX_TITLE = 1000
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# What frictionless takes as a Data Package's "created": an RFC 3339 date and time.
CREATED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")
EXAMPLE = '{"value": "2026-02-18", "justification": "…"}'


def metadata_path(seed: Path) -> Path:
    return seed.with_name(seed.name[: -len(SEED_SUFFIX)] + META_SUFFIX)


def read_metadata(seed: Path) -> tuple[dict[str, str], tuple[str, str] | None]:
    """The facts of NAME.meta.json beside SEED (none when it is absent), and the file's
    (name, sha256), which decide dates and the creation stamp."""
    path = metadata_path(seed)
    try:
        path.lstat()
    except FileNotFoundError:
        return {}, None
    except OSError as error:
        raise InputError(
            str(path), f"cannot read: {error.strerror}", "use a shorter name"
        ) from None
    raw = read_bytes(path, "metadata file", MAX_META)
    return parse_metadata(raw, str(path)), (path.name, hashlib.sha256(raw).hexdigest())


def parse_metadata(raw: bytes, name: str) -> dict[str, str]:
    """The facts of the bytes RAW of a NAME.meta.json (NAME names it in messages): each key
    one of META_KEYS, each value {"value": …, "justification": …}, checked."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(name, "invalid UTF-8", "save the file as UTF-8") from error
    data = parse_json(text, name)
    if not isinstance(data, dict):
        raise InputError(
            name, "expected a JSON object", f'write {{"reference_date": {EXAMPLE}}}', 1
        )
    return {key: checked(name, text, key, entry) for key, entry in data.items()}


def checked(name: str, text: str, key: str, entry: object) -> str:
    line = key_line(text, key)
    if key not in META_KEYS:
        raise InputError(name, f"unknown key {key!r}", f"use one of {', '.join(META_KEYS)}", line)
    if isinstance(entry, str):
        raise InputError(
            name,
            f"{key} is a bare string, but an object with value and justification is expected",
            f'write "{key}": {EXAMPLE}',
            line,
        )
    if not (isinstance(entry, dict) and isinstance(entry.get("value"), str)):
        raise InputError(
            name, f"{key} needs a string value", 'write {"value": …, "justification": …}', line
        )
    if not str(entry.get("justification", "")).strip():
        raise InputError(name, f"{key} has no justification", "say in one line why", line)
    value: str = entry["value"]
    if key == "title":
        title = clean_title(value)
        if title is None:
            raise InputError(
                name,
                f"title is empty, longer than {MAX_TITLE} characters or holds control characters",
                "write the headline as one line of text",
                line,
            )
        return title
    if key == "reference_date":
        valid = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII) is not None
        hint = "write it as YYYY-MM-DD"
    else:
        valid = CREATED.fullmatch(value) is not None
        hint = "write it as YYYY-MM-DDTHH:MM:SSZ"
    try:
        if valid and key == "reference_date":
            dt.date.fromisoformat(value)
        elif valid:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        valid = False
    if not valid:
        raise InputError(name, f"{key} {value!r} is not a valid date", hint, line)
    return value


def clean_title(value: str) -> str | None:
    """VALUE as a title: NFC, runs of spaces as one, trimmed; None when it is empty, longer
    than MAX_TITLE or holds a control character (a line break among them)."""
    if CONTROL.search(value):
        return None
    title = unicodedata.normalize("NFC", " ".join(value.split()))
    return title if 0 < len(title) <= MAX_TITLE else None


def neighbour_warnings(seed: Path, has_reference: bool) -> list[str]:
    """A JSON file beside the seed that looks meant as its metadata but is not read
    (handwerk.json, handwerk.meta.JSON …), and, without a reference date, what that costs."""
    expected = metadata_path(seed).name
    stem = seed.name[: -len(SEED_SUFFIX)].lower()
    warnings = []
    try:
        siblings = sorted(child.name for child in seed.parent.iterdir())
    except OSError:
        siblings = []
    for sibling in siblings:
        lower = sibling.lower()
        if sibling != expected and lower.startswith(stem + ".") and ".json" in lower:
            warnings.append(
                f"{seed.parent / sibling}: not read; the metadata of {seed.name} is read "
                f"from {expected} only, so rename it if it is meant to be"
            )
    if not has_reference:
        warnings.append(
            f"{seed}: no reference date, so weekdays get no date and dates without a year "
            f"stay XXXX-MM-DD; add {expected} beside it holding "
            f'{{"reference_date": {EXAMPLE}}}'
        )
    return warnings
