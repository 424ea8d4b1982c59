"""One line of a JSON Lines source: UTF-8, one JSON object, valid by
``schema/jsonl-article.schema.json``, an id by the id rules and a real reference date.
The same check runs when the file is scanned (to find ids) and in the worker (to build
the article), so a line that changed in between is caught."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from build_dataset.corpus.ids import ID_PATTERN, id_problem, is_id, shown
from build_dataset.errors import InputError
from build_dataset.reading import MAX_DEPTH, no_duplicates, parse_json
from build_dataset.resources import json_schema

if TYPE_CHECKING:  # jsonschema takes a tenth of a second to import: on first use only
    from jsonschema import Draft202012Validator, ValidationError

# A line holds one article; 32 MiB is several thousand news articles, so a longer line is
# a mistake (a whole file on one line), and the cap bounds a worker's memory.
MAX_LINE = 32 * 1024 * 1024
EXAMPLE = '{"id": "a1", "text": "…"}'
ID_FIX = (
    'give an "id" of letters A-Z a-z, digits, ".", "_" and "-", a letter or digit first, '
    f'parts joined by "/" ({ID_PATTERN})'
)
# A field that breaks its rule: what is wrong with it, and what to write instead.
FIELD_RULES = {
    "id": ("is not an id", ID_FIX),
    "text": ("holds no text", 'write the article\'s paragraphs into "text"'),
    "title": ("is not one line of at most 1000 characters", "write the headline as one line"),
    "reference_date": ("is not a date YYYY-MM-DD", 'write it as e.g. "2025-02-16"'),
    "source_url": (
        "is not an http(s) URL of at most 2000 characters",
        "give the address the article was published at",
    ),
    "author": ("is not one line of at most 200 characters", "write the byline as one line"),
    "licence": ("is not one line of at most 200 characters", 'write e.g. "CC-BY-4.0"'),
}


JSON_KINDS = {
    "int": "a number",
    "float": "a number",
    "bool": "true or false",
    "NoneType": "null",
    "list": "a list",
    "dict": "an object",
}


class LineError(InputError):
    """A bad line; ID is its id when it has a good one (for the list of skipped articles)."""

    def __init__(self, label: str, message: str, hint: str, id: str | None = None) -> None:
        self.id = id
        super().__init__(label, message, hint)


@cache
def validator() -> Draft202012Validator:
    """The line schema, compiled once a process."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json_schema("jsonl-article"))


def line_fields(body: bytes, label: str) -> dict[str, Any]:
    """The fields of the line BODY (without its line end); LineError naming LABEL."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LineError(
            label, f"invalid UTF-8 at byte {error.start} of the line", "save the file as UTF-8"
        ) from None
    try:
        data = parsed(body, text, label)
    except InputError as error:
        raise LineError(label, error.message, f"write one JSON object a line, {EXAMPLE}") from None
    if not isinstance(data, dict):
        raise LineError(label, "the line is not a JSON object", f"write {EXAMPLE}")
    id = data.get("id")
    if isinstance(id, str) and (problem := id_problem(id)) is not None:
        raise LineError(label, problem, ID_FIX)
    good_id = id if isinstance(id, str) else None
    errors = [] if surely_valid(data) else sorted(validator().iter_errors(data), key=order)
    if errors:
        message, hint = described(errors[0], data)
        raise LineError(label, message, hint, good_id)
    reference = data.get("reference_date")
    if reference is not None:
        try:
            dt.date.fromisoformat(reference)
        except ValueError:
            raise LineError(
                label,
                f'"reference_date" {shown(reference)} is no day of the calendar',
                FIELD_RULES["reference_date"][1],
                good_id,
            ) from None
    return data


def parsed(body: bytes, text: str, label: str) -> Any:
    """The JSON of a line. reading.parse_json measures the nesting in a Python loop over
    every character; a line with at most MAX_DEPTH brackets cannot nest deeper, so that
    pass is left out for it (two byte counts in C instead)."""
    if body.count(b"{") + body.count(b"[") > MAX_DEPTH:
        return parse_json(text, label)
    try:
        return json.loads(text, object_pairs_hook=no_duplicates(label, text))
    except json.JSONDecodeError as error:
        raise InputError(label, f"malformed JSON: {error.msg}", "fix the JSON") from None
    except (ValueError, RecursionError) as error:  # e.g. an integer of 5,000 digits
        raise InputError(label, f"unreadable JSON: {error}", "fix the JSON") from None


FIELDS = frozenset(FIELD_RULES)
REQUIRED = frozenset(("id", "text"))
MAX_LENGTH = {"title": 1000, "author": 200, "licence": 200, "source_url": 2000}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_VISIBLE = re.compile(r"\S")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_URL = re.compile(r"https?://\S+")


def surely_valid(data: dict[str, Any]) -> bool:
    """True only for a line the schema accepts, checked in a few C calls; False sends the
    line to the schema validator (ten times slower), which says what is wrong, if anything.
    Scanning a million lines so costs seconds, not minutes."""
    if not (REQUIRED <= data.keys() <= FIELDS):
        return False
    if not all(type(value) is str for value in data.values()):
        return False
    if not is_id(data["id"]) or _VISIBLE.search(data["text"]) is None:
        return False
    for field in ("title", "author", "licence", "source_url", "reference_date"):
        value = data.get(field)
        if value is None:
            continue
        if len(value) > MAX_LENGTH.get(field, 10) or _CONTROL.search(value):
            return False
        if _VISIBLE.search(value) is None:
            return False
    url, date = data.get("source_url"), data.get("reference_date")
    if url is not None and _URL.fullmatch(url) is None:
        return False
    return date is None or _DATE.fullmatch(date) is not None


def order(error: ValidationError) -> tuple[list[str], bool, str]:
    """Violations reported by field, a wrong type first (a number breaks a string's other
    rules too), then by rule: the same input gives the same message."""
    return [str(part) for part in error.path], error.validator != "type", str(error.validator)


def described(error: ValidationError, data: dict[str, Any]) -> tuple[str, str]:
    """A schema violation in words: the field, what is wrong, what to write."""
    fields = list(FIELD_RULES)
    if error.validator == "required":
        missing = next(name for name in error.validator_value if name not in data)
        return f'"{missing}" is missing', f"write {EXAMPLE}"
    if error.validator == "additionalProperties":
        unknown = next(name for name in data if name not in FIELD_RULES)
        return f"unknown field {shown(unknown)}", f"use only {', '.join(fields)}"
    field = str(error.path[0]) if error.path else ""
    if error.validator == "type":
        kind = JSON_KINDS.get(type(error.instance).__name__, "not a string")
        return f'"{field}" is {kind}, not a string', FIELD_RULES.get(field, ("", "fix it"))[1]
    wrong, hint = FIELD_RULES.get(field, ("breaks the schema", "fix it"))
    return f'"{field}" {wrong}', hint
