"""One line of a JSON Lines source: UTF-8, one JSON object, valid by
``schema/jsonl-article.schema.json``, an id by the id rules and a real reference date.
The same check runs when the file is scanned (to find ids) and in the worker (to build
the article), so a line that changed in between is caught."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from build_dataset.corpus.ids import ID_PATTERN, id_problem, shown
from build_dataset.errors import InputError
from build_dataset.reading import parse_json
from build_dataset.resources import json_schema

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


class LineError(InputError):
    """A bad line; ID is its id when it has a good one (for the list of skipped articles)."""

    def __init__(self, label: str, message: str, hint: str, id: str | None = None) -> None:
        self.id = id
        super().__init__(label, message, hint)


@cache
def validator() -> Draft202012Validator:
    """The line schema, compiled once a process."""
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
        data = parse_json(text, label)
    except InputError as error:
        raise LineError(label, error.message, f"write one JSON object a line, {EXAMPLE}") from None
    if not isinstance(data, dict):
        raise LineError(label, "the line is not a JSON object", f"write {EXAMPLE}")
    id = data.get("id")
    if isinstance(id, str) and (problem := id_problem(id)) is not None:
        raise LineError(label, problem, ID_FIX)
    good_id = id if isinstance(id, str) else None
    errors = sorted(validator().iter_errors(data), key=order)
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


def order(error: ValidationError) -> tuple[list[str], str]:
    """Violations reported by field, then rule: the same line gives the same message."""
    return [str(part) for part in error.path], str(error.validator)


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
        kind = type(error.instance).__name__.replace("NoneType", "null")
        return f'"{field}" is a {kind}, not a string', FIELD_RULES.get(field, ("", "fix it"))[1]
    wrong, hint = FIELD_RULES.get(field, ("breaks the schema", "fix it"))
    return f'"{field}" {wrong}', hint
