"""A fast yes/no check of a flat row against its JSON Schema, compiled once per process.

The row schemas (quote, entity, mention, warning, skipped) are flat objects whose fields
use a handful of keywords: type (with null), pattern, enum, const, minimum, minLength,
maxLength; the article's adds format, arrays (items, minItems) and objects within them.
jsonschema walks its whole machinery for each of the hundreds of thousands of rows of a
corpus; this checks the same keywords with plain comparisons and compiled
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

KNOWN = {
    "type", "pattern", "enum", "const", "minimum", "minLength", "maxLength", "description",
    "format", "items", "minItems",
}  # fmt: skip
# The keywords of an object schema compile_row_check knows; any other leaves it to jsonschema.
OBJECT_KEYS = {
    "$schema", "$id", "title", "description", "type", "additionalProperties", "required",
    "properties",
}  # fmt: skip
Conforms = Callable[[Any, str], bool]  # jsonschema's FormatChecker.conforms
# The test of each JSON type on the value V. JSON Schema counts 1.0 as an integer, and
# true as no number.
TYPES = {
    "string": "isinstance(v, str)",
    "integer": (
        "(v.__class__ is int or (isinstance(v, int) and not isinstance(v, bool))"
        " or (isinstance(v, float) and v.is_integer()))"
    ),
    "null": "v is None",
    "array": "isinstance(v, list)",
    "object": "isinstance(v, dict)",
}


def field_lines(
    index: int, spec: dict[str, Any], constants: dict[str, Any], conforms: Conforms | None
) -> list[str] | None:
    """The statements that return False when V breaks SPEC (CONSTANTS receives the values
    they name), or None when SPEC uses a keyword not handled here. CONFORMS: the format
    check jsonschema uses, without which a format is not handled."""
    if not set(spec) <= KNOWN or ("format" in spec and conforms is None):
        return None
    kinds = spec.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if not all(kind in TYPES for kind in kinds) or not (
        kinds or isinstance(spec.get("const"), str)
    ):
        return None  # no type: only a text constant ("language": {"const": "de"})
    lines = (
        [f"if not ({' or '.join(TYPES[kind] for kind in kinds)}): return False"] if kinds else []
    )
    if "format" in spec:  # jsonschema asks the format checker of every value
        constants["CONFORMS"] = conforms
        constants[f"F{index}"] = spec["format"]
        lines.append(f"if not CONFORMS(v, F{index}): return False")
    items = []  # of a list
    if "minItems" in spec:
        constants[f"N{index}"] = spec["minItems"]
        items.append(f"if len(v) < N{index}: return False")
    if "items" in spec:
        item_check = value_check(spec["items"], conforms)
        if item_check is None:
            return None
        constants[f"I{index}"] = item_check
        items += ["for item in v:", f"    if not I{index}(item): return False"]
    if items:
        lines.append("if isinstance(v, list):")
        lines += [f"    {line}" for line in items]
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
            checks.append("elif isinstance(v, (int, float)):")
            checks += [f"    {line}" for line in number]
    if "null" in kinds:
        # None passes a nullable field unless its const or enum leaves None out
        none_ok = spec.get("const") is None and ("enum" not in spec or None in spec["enum"])
        lines.append("if v is None:")
        lines.append("    pass" if none_ok else "    return False")
        if checks:
            lines.append("else:")
            lines += [f"    {line}" for line in checks]
    else:
        lines += checks
    return lines


def value_check(
    spec: dict[str, Any], conforms: Conforms | None = None
) -> Callable[[Any], bool] | None:
    """A yes/no check of one value against SPEC (an object schema as compile_row_check
    takes it, or a field's), or None when SPEC uses a keyword not handled here."""
    if spec.get("type") == "object":
        return compile_row_check(spec, conforms)
    constants: dict[str, Any] = {}
    lines = field_lines(0, spec, constants, conforms)
    if lines is None:
        return None
    body = ["def value_is_valid(v):", *(f"    {line}" for line in lines), "    return True"]
    return compiled(body, constants, "value_is_valid")


def compiled(body: list[str], constants: dict[str, Any], name: str) -> Callable[[Any], bool]:
    """The function NAME that the lines BODY define, with CONSTANTS as its globals."""
    namespace = dict(constants)
    exec("\n".join(body), namespace)  # noqa: S102  (our own code, from the schema's keywords)
    check: Callable[[Any], bool] = namespace[name]
    return check


def compile_row_check(
    schema: dict[str, Any], conforms: Conforms | None = None
) -> Callable[[dict[str, Any]], bool] | None:
    """A yes/no check of a row against SCHEMA (an object schema with additionalProperties
    false, its fields as field_lines knows them), or None when SCHEMA is not of that kind.
    CONFORMS: jsonschema's format check, for fields with a format."""
    if (
        schema.get("type") != "object"
        or schema.get("additionalProperties") is not False
        or not set(schema) <= OBJECT_KEYS
    ):
        return None
    required = set(schema.get("required", ()))
    constants: dict[str, Any] = {
        "REQUIRED": required,
        "NAMES": set(schema["properties"]),
        "MISSING": object(),
    }
    body = [
        "def row_is_valid(row):",
        "    if not isinstance(row, dict): return False",
        "    keys = row.keys()",
        "    if not (REQUIRED <= keys and keys <= NAMES): return False",
    ]
    for index, (name, spec) in enumerate(schema["properties"].items()):
        lines = field_lines(index, spec, constants, conforms)
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
    return compiled(body, constants, "row_is_valid")
