"""Check every row and the article against the JSON Schemas in schema/, and the offsets."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from build_dataset.assemble import Extraction, article_record
from build_dataset.resources import json_schema

MAX_SHOWN = 20


class ValidationFailed(Exception):
    """The builder produced rows that break the schema: a bug, reported with every error."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        shown = errors[:MAX_SHOWN]
        more = f"\n{len(errors) - MAX_SHOWN} more errors" if len(errors) > MAX_SHOWN else ""
        super().__init__("\n".join(shown) + more)


def schema_errors(name: str, location: str, instance: dict[str, Any]) -> list[str]:
    validator = Draft202012Validator(json_schema(name), format_checker=FormatChecker())
    return [
        f"{location}: {error.json_path}: {error.message}"
        for error in sorted(validator.iter_errors(instance), key=lambda e: e.json_path)
    ]


def validate(extraction: Extraction) -> None:
    """Raise ValidationFailed listing every broken rule; CSV lines count the header as 1."""
    article = article_record(extraction.article)
    body = article["body"]
    errors = schema_errors("article", "article.json", article)
    for line, quote in enumerate(extraction.quotes, start=2):
        errors += schema_errors("quote", f"quotes.csv:{line}", asdict(quote))
        if body[quote.start : quote.end] != quote.text:
            errors.append(f"quotes.csv:{line}: body[start:end] differs from text")
    for line, entity in enumerate(extraction.entities, start=2):
        errors += schema_errors("entity", f"entities.csv:{line}", asdict(entity))
        if entity.first_end > len(body) or entity.first_start >= entity.first_end:
            errors.append(f"entities.csv:{line}: first mention outside the body")
    ids = [entity.entity_id for entity in extraction.entities]
    if len(set(ids)) != len(ids):
        errors.append("entities.csv: entity_id is not unique")
    for line, quote in enumerate(extraction.quotes, start=2):
        if quote.speaker_entity_id is not None and quote.speaker_entity_id not in ids:
            errors.append(f"quotes.csv:{line}: speaker_entity_id {quote.speaker_entity_id} unknown")
    if errors:
        raise ValidationFailed(errors)


def validate_release(release: dict[str, Any]) -> None:
    """The release file against schema/release.schema.json, before it is written."""
    errors = schema_errors("release", "release", release)
    if errors:
        raise ValidationFailed(errors)


# A cell starting with one of these is a formula to a spreadsheet that opens the CSV with
# its default import (OWASP "CSV injection"); the values stay exact, so the rows are named.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_warnings(extraction: Extraction) -> list[str]:
    """One warning per CSV naming the rows (by key) whose values a spreadsheet may run."""
    warnings = []
    for file, rows, key in (
        ("quotes.csv", extraction.quotes, "quote_id"),
        ("entities.csv", extraction.entities, "entity_id"),
    ):
        risky = [
            str(getattr(row, key))
            for row in rows
            if any(
                isinstance(v, str) and v.startswith(FORMULA_STARTS) for v in asdict(row).values()
            )
        ]
        if risky:
            shown = ", ".join(risky[:10]) + (
                f" and {len(risky) - 10} more" if len(risky) > 10 else ""
            )
            warnings.append(
                f"{file}: rows {shown} start a value with =, +, -, @ or a tab, which a "
                "spreadsheet may run as a formula; import every column as text "
                '(README, "Spreadsheets")'
            )
    return warnings
