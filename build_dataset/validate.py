"""Check every row and the article against the JSON Schemas in schema/, and the offsets."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from build_dataset.assemble import Extraction, article_record
from build_dataset.records import QuoteRow
from build_dataset.resources import json_schema
from build_dataset.rowcheck import compile_row_check

MAX_SHOWN = 20


class ValidationFailed(Exception):
    """The builder produced rows that break the schema: a bug, reported with every error."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        shown = errors[:MAX_SHOWN]
        more = f"\n{len(errors) - MAX_SHOWN} more errors" if len(errors) > MAX_SHOWN else ""
        super().__init__("\n".join(shown) + more)


@cache
def validator(name: str) -> Draft202012Validator:
    """The compiled validator of schema/NAME.schema.json, made once per process: building
    one per row cost more than the check itself."""
    return Draft202012Validator(json_schema(name), format_checker=FormatChecker())


@cache
def quick_check(name: str) -> Callable[[dict[str, Any]], bool]:
    """A fast yes/no check of a row of schema NAME (rowcheck.py), else jsonschema's."""
    check = validator(name)
    format_checker = check.format_checker
    conforms = format_checker.conforms if format_checker is not None else None
    return compile_row_check(json_schema(name), conforms) or check.is_valid


def row_errors(name: str, location: str, instance: dict[str, Any]) -> list[str]:
    if quick_check(name)(instance):
        return []
    check = validator(name)
    return [
        f"{location}: {error.json_path}: {error.message}"
        for error in sorted(check.iter_errors(instance), key=lambda e: e.json_path)
    ]


# Where an article id stands in each row: checked against the id rule of a package unless a
# caller scores an article in memory under a name of its own (evaluate's gold files).
ID_FIELDS = ("id", "article_id", "first_article_id")
ANY_ID = "x"


def validate(extraction: Extraction, *, package_ids: bool = True) -> None:
    """Raise ValidationFailed listing every broken rule; CSV lines count the header as 1.
    PACKAGE_IDS: the article's id must be one a package accepts (False: any label)."""
    errors = extraction_errors(extraction, package_ids=package_ids)
    if errors:
        raise ValidationFailed(errors)


def extraction_errors(extraction: Extraction, *, package_ids: bool = True) -> list[str]:
    """Every broken rule of one article's rows: the JSON Schemas, the offsets into its body,
    the keys within the article and the references to its entities."""
    article = article_record(extraction.article)
    body = article["body"]

    def schema_errors(name: str, location: str, instance: dict[str, Any]) -> list[str]:
        if not package_ids:
            instance = {k: ANY_ID if k in ID_FIELDS else v for k, v in instance.items()}
        return row_errors(name, location, instance)

    # A row's check is called here first and its location worded only for a row it
    # rejects: a call and an f-string per row cost more than most checks.
    errors = schema_errors("article", "article.json", article)
    quote_ok = quick_check("quote") if package_ids else None
    for line, quote in enumerate(extraction.quotes, start=2):
        if quote_ok is None or not quote_ok(vars(quote)):
            errors += schema_errors("quote", f"quotes.csv:{line}", vars(quote))
        if body[quote.start : quote.end] != quote.text:
            errors.append(f"quotes.csv:{line}: body[start:end] differs from text")
        errors += [f"quotes.csv:{line}: {problem}" for problem in place_errors(quote, body)]
    entity_ok = quick_check("entity") if package_ids else None
    for line, entity in enumerate(extraction.entities, start=2):
        if entity_ok is None or not entity_ok(vars(entity)):
            errors += schema_errors("entity", f"entities.csv:{line}", vars(entity))
        if entity.first_end > len(body) or entity.first_start >= entity.first_end:
            errors.append(f"entities.csv:{line}: first mention outside the body")
    ids = {entity.entity_id for entity in extraction.entities}  # a set: looked up per quote
    if len(ids) != len(extraction.entities):
        errors.append("entities.csv: entity_id is not unique")
    for line, quote in enumerate(extraction.quotes, start=2):
        if quote.speaker_entity_id is not None and quote.speaker_entity_id not in ids:
            errors.append(f"quotes.csv:{line}: speaker_entity_id {quote.speaker_entity_id} unknown")
    quote_ids = [quote.quote_id for quote in extraction.quotes]
    if len(set(quote_ids)) != len(quote_ids):
        errors.append("quotes.csv: quote_id is not unique in the article")
    return errors + mention_errors(extraction, body, schema_errors, package_ids)


def place_errors(quote: QuoteRow, body: str) -> list[str]:
    """The speaker's and the cue's offsets: both or neither, the speaker's mention and the
    cue's first and last words where they say (the cue's other words in order between)."""
    errors = []
    speaker = (quote.speaker_start, quote.speaker_end)
    if (None in speaker) != (speaker == (None, None)):
        errors.append("speaker_start and speaker_end must both be given or both be empty")
    elif quote.speaker_start is not None and body[quote.speaker_start : quote.speaker_end] != (
        quote.speaker_mention
    ):
        errors.append("body[speaker_start:speaker_end] differs from speaker_mention")
    cue = (quote.cue_start, quote.cue_end)
    if (None in cue) != (cue == (None, None)):
        errors.append("cue_start and cue_end must both be given or both be empty")
    elif quote.cue_start is not None:
        if quote.cue is None:
            errors.append("cue_start and cue_end are given for a quote without a cue")
        elif not cue_fits(body[quote.cue_start : quote.cue_end], quote.cue):
            errors.append("body[cue_start:cue_end] does not run from the cue's first to last word")
    return errors


def cue_fits(written: str, cue: str) -> bool:
    """ "gab am Montag bekannt" fits the cue "gab bekannt"; "sagte" fits only "sagte"."""
    words, wanted = written.split(), cue.split()
    if not words or words[0] != wanted[0] or words[-1] != wanted[-1]:
        return False
    remaining = iter(words)
    return all(word in remaining for word in wanted)  # in order, as a subsequence


def mention_errors(
    extraction: Extraction,
    body: str,
    schema_errors: Callable[[str, str, dict[str, Any]], list[str]],
    package_ids: bool = True,
) -> list[str]:
    """mentions.csv: offsets that hold, one row per start, known entities, and the count
    and first mention that entities.csv states for each."""
    errors: list[str] = []
    entities = {entity.entity_id: entity for entity in extraction.entities}
    seen: dict[str, list[tuple[int, int]]] = {}
    starts: set[int] = set()
    mention_ok = quick_check("mention") if package_ids else None
    for line, mention in enumerate(extraction.mentions, start=2):
        if mention_ok is None or not mention_ok(vars(mention)):
            errors += schema_errors("mention", f"mentions.csv:{line}", vars(mention))
        if body[mention.start : mention.end] != mention.text:
            errors.append(f"mentions.csv:{line}: body[start:end] differs from text")
        if mention.start in starts:
            errors.append(f"mentions.csv:{line}: a second mention starts at {mention.start}")
        starts.add(mention.start)
        if mention.entity_id not in entities:
            errors.append(f"mentions.csv:{line}: entity_id {mention.entity_id} unknown")
        seen.setdefault(mention.entity_id, []).append((mention.start, mention.end))
    for line, entity in enumerate(extraction.entities, start=2):
        spans = sorted(seen.get(entity.entity_id, []))
        if len(spans) != entity.mentions or spans[:1] != [(entity.first_start, entity.first_end)]:
            errors.append(
                f"entities.csv:{line}: mentions and first mention differ from mentions.csv"
            )
    return errors


def validate_release(release: dict[str, Any]) -> None:
    """The release file against schema/release.schema.json, before it is written."""
    errors = row_errors("release", "release", release)
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
        risky = []
        for row in rows:
            # vars(), not asdict(): asdict copies every value; a loop, not any() of a
            # generator, which cost more than the tests themselves
            for value in vars(row).values():
                if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                    risky.append(str(getattr(row, key)))
                    break
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
