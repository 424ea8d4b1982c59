"""The fast row check says yes exactly where jsonschema does, on every row schema."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from build_dataset.resources import json_schema
from build_dataset.rowcheck import compile_row_check

ROWS = ("quote", "entity", "mention", "warning", "skipped")
VALID = {
    "quote": {
        "article_id": "kassel/a", "quote_id": "p2-c14", "text": "Das ist gut", "type": "direct",
        "speaker": "Jana Pohlmann", "speaker_mention": "Pohlmann",
        "speaker_entity_id": "per-jana-pohlmann", "cue": "sagte", "paragraph": 2, "start": 60,
        "end": 71, "speaker_start": 80, "speaker_end": 88, "cue_start": 74, "cue_end": 79,
    },
    "entity": {
        "entity_id": "date-2024-05-06", "name": "Montag", "type": "DATE", "mentions": 2,
        "articles": 2, "first_article_id": "a", "first_start": 43, "first_end": 49,
        "normalized": "2024-05-06",
    },
    "mention": {"article_id": "a", "entity_id": "loc-kassel", "start": 4, "end": 10,
                "text": "Kassel"},
    "warning": {"article_id": "a", "paragraph": None, "message": "no reference date"},
    "skipped": {"source": "neu.jsonl:2", "article_id": None, "reason": "a bad line"},
}  # fmt: skip
BROKEN = [
    ("quote", "quote_id", "p2-q1"),  # the id of 1.x
    ("quote", "type", "quoted"),
    ("quote", "paragraph", 0),
    ("quote", "start", -1),
    ("quote", "start", True),  # a bool is no integer
    ("quote", "start", 1.5),
    ("quote", "text", ""),
    ("quote", "article_id", "a//b"),
    ("quote", "article_id", "x" * 201),
    ("quote", "speaker", None),
    ("entity", "entity_id", "person-x"),
    ("entity", "normalized", "2024-5-6"),
    ("entity", "articles", 0),
    ("mention", "entity_id", None),
    ("warning", "paragraph", "2"),
    ("skipped", "reason", ""),
]


def jsonschema_says(name: str, row: dict[str, Any]) -> bool:
    return Draft202012Validator(json_schema(name)).is_valid(row)


@pytest.mark.parametrize("name", ROWS)
def test_every_row_schema_is_compiled_and_accepts_a_valid_row(name: str) -> None:
    check = compile_row_check(json_schema(name))
    assert check is not None, f"{name}: a keyword rowcheck does not know"
    assert check(VALID[name]) and jsonschema_says(name, VALID[name])


@pytest.mark.parametrize(("name", "field", "value"), BROKEN)
def test_a_broken_field_is_refused_by_both(name: str, field: str, value: object) -> None:
    row = {**VALID[name], field: value}
    check = compile_row_check(json_schema(name))
    assert check is not None
    assert not jsonschema_says(name, row)
    assert not check(row)


@pytest.mark.parametrize("name", ROWS)
def test_a_missing_or_extra_key_is_refused(name: str) -> None:
    check = compile_row_check(json_schema(name))
    assert check is not None
    first = next(iter(VALID[name]))
    assert not check({k: v for k, v in VALID[name].items() if k != first})
    assert not check({**VALID[name], "extra": 1})


def test_a_schema_with_another_keyword_is_left_to_jsonschema() -> None:
    # the article's formats need jsonschema's format checker; without it, jsonschema decides
    assert compile_row_check(json_schema("article")) is None
    assert compile_row_check({**json_schema("mention"), "minProperties": 5}) is None


@pytest.mark.parametrize(
    ("field", "value", "valid"),
    [
        ({"type": ["string", "null"], "enum": ["direct", "indirect"]}, None, False),
        ({"type": ["string", "null"], "enum": ["direct", None]}, None, True),
        ({"type": ["integer", "null"], "const": 3}, None, False),
        ({"type": ["integer", "null"], "const": None}, None, True),
        ({"type": ["string", "null"], "enum": ["direct", "indirect"]}, "direct", True),
    ],
)
def test_none_in_a_nullable_field_obeys_its_enum_and_const(
    field: dict[str, Any], value: object, valid: bool
) -> None:
    # a yes here is never asked again, so it must be jsonschema's yes
    schema = {
        "type": "object", "properties": {"kind": field}, "required": ["kind"],
        "additionalProperties": False,
    }  # fmt: skip
    check = compile_row_check(schema)
    assert check is not None
    assert check({"kind": value}) is valid
    assert Draft202012Validator(schema).is_valid({"kind": value}) is valid


ARTICLE = {
    "id": "kassel/a", "title": "Neuer Radweg", "language": "de",
    "body": "Der Radweg wird gebaut.\n\nEr kostet viel.", "body_length": 40,
    "body_sha256": "a" * 64, "paragraphs": ["Der Radweg wird gebaut.", "Er kostet viel."],
    "author": None, "agencies": ["dpa"], "outlet_tag": None,
    "source_url": "https://example.org/radweg", "licence": None,
    "captions": [{"text": "Ein Rad", "credit": "Foto: Jana Olbrich"}],
    "reference_date": "2024-03-01", "seed_sha256": "b" * 64, "metadata_sha256": None,
}  # fmt: skip
BROKEN_ARTICLES = [
    ("language", "en"),
    ("body", ""),
    ("paragraphs", []),  # minItems
    ("paragraphs", ["gut", ""]),  # an item's minLength
    ("paragraphs", "Der Radweg"),  # no array
    ("agencies", None),
    ("captions", [{"text": "Ein Rad"}]),  # a caption without its credit
    ("captions", [{"text": None, "credit": "x", "extra": 1}]),
    ("captions", ["Ein Rad"]),
    ("reference_date", "2024-02-30"),  # the pattern holds, the date format not
    ("reference_date", "1.3.2024"),
    ("body_length", 0),
    ("seed_sha256", "A" * 64),
]


def article_checks() -> tuple[Any, Draft202012Validator]:
    validator = Draft202012Validator(json_schema("article"), format_checker=FormatChecker())
    check = compile_row_check(json_schema("article"), validator.format_checker.conforms)
    assert check is not None, "the article schema uses a keyword rowcheck does not know"
    return check, validator


def test_the_article_check_accepts_an_article_and_one_without_texts() -> None:
    check, validator = article_checks()
    bare = {**ARTICLE, "body": None, "paragraphs": None, "captions": [{"text": None,
            "credit": "Foto: Jana Olbrich"}]}  # fmt: skip
    for article in (ARTICLE, bare):
        assert validator.is_valid(article) and check(article)


@pytest.mark.parametrize(("field", "value"), BROKEN_ARTICLES)
def test_a_broken_article_is_refused_by_both(field: str, value: object) -> None:
    check, validator = article_checks()
    article = {**ARTICLE, field: value}
    assert not validator.is_valid(article)
    assert not check(article)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_article_check_agrees_with_jsonschema(data: st.DataObject) -> None:
    check, validator = article_checks()
    article = dict(ARTICLE)
    for field in data.draw(st.lists(st.sampled_from(sorted(article)), max_size=3)):
        article[field] = data.draw(
            st.one_of(
                VALUES,
                st.lists(VALUES, max_size=2),
                st.sampled_from([v for _, v in BROKEN_ARTICLES]),
            )
        )
    assert check(article) == validator.is_valid(article), article


VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False),
    st.text(max_size=12), st.sampled_from(["p1-c0", "per-x", "2024-05-06", "DATE", "direct"]),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ROWS), st.data())
def test_the_fast_check_agrees_with_jsonschema(name: str, data: st.DataObject) -> None:
    row = dict(VALID[name])
    for field in data.draw(st.lists(st.sampled_from(sorted(row)), max_size=3)):
        row[field] = data.draw(VALUES)
    check = compile_row_check(json_schema(name))
    assert check is not None
    assert check(row) == jsonschema_says(name, row), row
