"""A fast yes/no check of a flat row against its JSON Schema, compiled once per process.

The row schemas (quote, entity, mention, warning, skipped) are flat objects whose fields
use a handful of keywords: type (with null), pattern, enum, const, minimum, minLength,
maxLength. jsonschema walks its whole machinery for each of the hundreds of thousands of
rows of a corpus; this checks the same keywords with plain comparisons and compiled
patterns. It only says yes or no: a row it rejects is checked again by jsonschema, whose
messages the error report uses, so the two can never disagree on an error's wording, and
a schema using any other keyword is left to jsonschema alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

KNOWN = {"type", "pattern", "enum", "const", "minimum", "minLength", "maxLength", "description"}
TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    # JSON Schema counts 1.0 as an integer, and true as no number
    "integer": lambda value: (
        (isinstance(value, int) and not isinstance(value, bool))
        or (isinstance(value, float) and value.is_integer())
    ),
    "null": lambda value: value is None,
}

Check = Callable[[Any], bool]


def field_check(spec: dict[str, Any]) -> Check | None:
    """A check of one field's value, or None when SPEC uses a keyword not handled here."""
    if not set(spec) <= KNOWN:
        return None
    kinds = spec.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if not kinds or not all(kind in TYPES for kind in kinds):
        return None
    typed = [TYPES[kind] for kind in kinds]
    # re.search, as JSON Schema's pattern is not anchored unless the pattern says so
    pattern = re.compile(spec["pattern"]) if "pattern" in spec else None
    enum = spec.get("enum")
    has_const, const = "const" in spec, spec.get("const")
    minimum, min_length, max_length = (
        spec.get("minimum"), spec.get("minLength"), spec.get("maxLength"),
    )  # fmt: skip

    def check(value: Any) -> bool:
        if not any(fits(value) for fits in typed):
            return False
        if value is None:
            return not has_const or const is None
        if enum is not None and value not in enum:
            return False
        if has_const and value != const:
            return False
        if isinstance(value, str):
            if pattern is not None and pattern.search(value) is None:
                return False
            if min_length is not None and len(value) < min_length:
                return False
            if max_length is not None and len(value) > max_length:
                return False
        elif minimum is not None and value < minimum:
            return False
        return True

    return check


def compile_row_check(schema: dict[str, Any]) -> Callable[[dict[str, Any]], bool] | None:
    """A yes/no check of a row against SCHEMA (a flat object schema with
    additionalProperties false), or None when SCHEMA is not of that kind."""
    if schema.get("type") != "object" or schema.get("additionalProperties") is not False:
        return None
    checks = {}
    for name, spec in schema["properties"].items():
        check = field_check(spec)
        if check is None:
            return None
        checks[name] = check
    required = set(schema.get("required", ()))
    names = set(checks)

    def row_is_valid(row: dict[str, Any]) -> bool:
        keys = row.keys()
        if not required <= keys or not keys <= names:
            return False
        return all(checks[name](value) for name, value in row.items())

    return row_is_valid
