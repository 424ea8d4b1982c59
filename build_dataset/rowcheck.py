"""A fast yes/no check of a flat row against its JSON Schema, compiled once per process.

The row schemas (quote, entity, mention, warning, skipped) are flat objects whose fields
use a handful of keywords: type (with null), pattern, enum, const, minimum, minLength,
maxLength. jsonschema walks its whole machinery for each of the hundreds of thousands of
rows of a corpus; this checks the same keywords with plain comparisons and compiled
patterns, written out as one Python function per schema (as fastjsonschema does): a
function call and a generator per field cost more than the comparisons themselves. It
only says yes or no: a row it rejects is checked again by jsonschema, whose messages the
error report uses, so the two can never disagree on an error's wording, and a schema
using any other keyword is left to jsonschema alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

KNOWN = {"type", "pattern", "enum", "const", "minimum", "minLength", "maxLength", "description"}
# The test of each JSON type on the value V. JSON Schema counts 1.0 as an integer, and
# true as no number.
TYPES = {
    "string": "isinstance(v, str)",
    "integer": (
        "(v.__class__ is int or (isinstance(v, int) and not isinstance(v, bool))"
        " or (isinstance(v, float) and v.is_integer()))"
    ),
    "null": "v is None",
}


def field_lines(index: int, spec: dict[str, Any], constants: dict[str, Any]) -> list[str] | None:
    """The statements that return False when V breaks SPEC (CONSTANTS receives the values
    they name), or None when SPEC uses a keyword not handled here."""
    if not set(spec) <= KNOWN:
        return None
    kinds = spec.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if not kinds or not all(kind in TYPES for kind in kinds):
        return None
    lines = [f"if not ({' or '.join(TYPES[kind] for kind in kinds)}): return False"]
    checks = []  # of a value that is not None
    if "enum" in spec:
        constants[f"E{index}"] = spec["enum"]
        checks.append(f"if v not in E{index}: return False")
    if "const" in spec:
        constants[f"C{index}"] = spec["const"]
        checks.append(f"if v != C{index}: return False")
    text = []  # of a string; re.search, as JSON Schema's pattern is not anchored
    if "pattern" in spec:
        constants[f"P{index}"] = re.compile(spec["pattern"]).search
        text.append(f"if P{index}(v) is None: return False")
    for keyword, compare in (("minLength", "<"), ("maxLength", ">")):
        if spec.get(keyword) is not None:
            constants[f"L{index}{keyword}"] = spec[keyword]
            text.append(f"if len(v) {compare} L{index}{keyword}: return False")
    number = []
    if spec.get("minimum") is not None:
        constants[f"M{index}"] = spec["minimum"]
        number.append(f"if v < M{index}: return False")
    if text or number:
        checks.append("if isinstance(v, str):")
        checks += [f"    {line}" for line in text or ["pass"]]
        if number:
            checks.append("else:")
            checks += [f"    {line}" for line in number]
    if "null" in kinds:
        none_ok = "const" not in spec or spec["const"] is None
        lines.append("if v is None:")
        lines.append("    pass" if none_ok else "    return False")
        if checks:
            lines.append("else:")
            lines += [f"    {line}" for line in checks]
    else:
        lines += checks
    return lines


def compile_row_check(schema: dict[str, Any]) -> Callable[[dict[str, Any]], bool] | None:
    """A yes/no check of a row against SCHEMA (a flat object schema with
    additionalProperties false), or None when SCHEMA is not of that kind."""
    if schema.get("type") != "object" or schema.get("additionalProperties") is not False:
        return None
    required = set(schema.get("required", ()))
    constants: dict[str, Any] = {
        "REQUIRED": required,
        "NAMES": set(schema["properties"]),
        "MISSING": object(),
    }
    body = [
        "def row_is_valid(row):",
        "    keys = row.keys()",
        "    if not (REQUIRED <= keys and keys <= NAMES): return False",
    ]
    for index, (name, spec) in enumerate(schema["properties"].items()):
        lines = field_lines(index, spec, constants)
        if lines is None:
            return None
        constants[f"K{index}"] = name
        if name in required:
            body.append(f"    v = row[K{index}]")
            body += [f"    {line}" for line in lines]
        else:
            body.append(f"    v = row.get(K{index}, MISSING)")
            body.append("    if v is not MISSING:")
            body += [f"        {line}" for line in lines]
    body.append("    return True")
    namespace = dict(constants)
    exec("\n".join(body), namespace)  # noqa: S102  (our own code, from the schema's keywords)
    check: Callable[[dict[str, Any]], bool] = namespace["row_is_valid"]
    return check
