"""mentions.csv: every mention of every entity, with offsets that hold and counts that
agree with entities.csv."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest
from helpers import run

from build_dataset.assemble import Extraction, dates_beside_names, extract_article
from build_dataset.entities.mentions import drop_genitive_duplicates, mention_claims
from build_dataset.records import Entity, Found, Mention
from build_dataset.seed import read_article
from build_dataset.validate import ValidationFailed, validate

SEED = Path(__file__).parents[1] / "seeds" / "000_7562abd95e068531.txt"


def holds(extraction: Extraction) -> None:
    """The invariants of mentions.csv, stated from scratch (validate.py checks them too)."""
    body = extraction.article.body
    starts = [m.start for m in extraction.mentions]
    assert starts == sorted(set(starts))  # one row per start, in text order
    assert all(body[m.start : m.end] == m.text for m in extraction.mentions)
    counts = Counter(m.entity_id for m in extraction.mentions)
    for entity in extraction.entities:
        assert counts[entity.entity_id] == entity.mentions, entity.entity_id
        first = next(m for m in extraction.mentions if m.entity_id == entity.entity_id)
        assert (first.start, first.end) == (entity.first_start, entity.first_end)
    assert set(counts) == {entity.entity_id for entity in extraction.entities}


def test_every_mention_of_the_seeds_entities_is_a_row() -> None:
    extraction = extract_article(read_article(SEED))
    holds(extraction)
    trump = [m.text for m in extraction.mentions if m.entity_id == "per-donald-trump"]
    assert trump == ["Donald Trump", "Trump", "Trumps", "Trump"]
    kremlin = [m.text for m in extraction.mentions if m.entity_id == "org-kreml"]
    assert kremlin == ["Kreml", "Kremls"]


def test_inflected_and_short_forms_are_rows_as_written() -> None:
    extraction = run(
        [
            "Bürgermeisterin Anna Berger eröffnete am Montag das Freibad in Halsweiler.",
            "Bergers Stellvertreter lobte den Bau. Am Montag kamen 300 Gäste, sagte Berger.",
        ],
        "2025-06-04",
    )
    holds(extraction)
    rows = [(m.entity_id, m.text) for m in extraction.mentions]
    assert rows == [
        ("per-anna-berger", "Anna Berger"), ("date-montag", "Montag"), ("loc-halsweiler", "Halsweiler"),
        ("per-anna-berger", "Bergers"), ("date-montag", "Montag"), ("per-anna-berger", "Berger"),
    ]  # fmt: skip


def test_a_date_never_shares_its_start_with_a_name() -> None:
    name = Entity("per-mai-linh", "Mai Linh", "PER", (Mention(10, 18, "Mai Linh"),))
    date = Entity(
        "date-mai-2021",
        "Mai 2021",
        "DATE",
        (Mention(10, 18, "Mai 2021"), Mention(40, 48, "Mai 2021")),
    )
    kept = dates_beside_names([name], [date, dataclasses.replace(date, mentions=date.mentions[:1])])
    assert kept == [name, dataclasses.replace(date, mentions=date.mentions[1:])]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"text": "Trumpf"}, "body[start:end] differs from text", id="offsets"),
        pytest.param({"entity_id": "per-nobody"}, "entity_id per-nobody unknown", id="unknown"),
    ],
)
def test_validation_catches_a_broken_mention(change: dict[str, str], message: str) -> None:
    extraction = extract_article(read_article(SEED))
    (index,) = [i for i, m in enumerate(extraction.mentions) if m.text == "Trumps"]
    broken = list(extraction.mentions)
    broken[index] = dataclasses.replace(broken[index], **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed) as failure:
        validate(dataclasses.replace(extraction, mentions=tuple(broken)))
    assert f"mentions.csv:{index + 2}: {message}" in str(failure.value)


def test_validation_catches_a_missing_mention() -> None:
    extraction = extract_article(read_article(SEED))
    with pytest.raises(ValidationFailed, match="mentions and first mention differ"):
        validate(dataclasses.replace(extraction, mentions=extraction.mentions[1:]))


@pytest.mark.parametrize(
    ("name", "body", "kept"),
    [
        pytest.param("Anna Bergers", "Anna Bergers Plan. Berger lachte.", "Anna Berger", id="bare"),
        pytest.param("Anna Bergers", "Anna Bergers Plan. Bergerhof.", "Anna Bergers", id="inside"),
        pytest.param("Anna Bergers", "Anna Bergers Plan. Berger_", "Anna Bergers", id="underscore"),
        pytest.param(
            "Ida Roth-Weilers",
            "Ida Roth-Weilers Plan; Roth-Weiler kam.",
            "Ida Roth-Weiler",
            id="hyphenated",
        ),
        pytest.param(
            "Ida Roth-Weilers",
            "Ida Roth-Weilers Plan; Roth-Weilerin kam.",
            "Ida Roth-Weilers",
            id="hyphenated-inside",
        ),
    ],
)
def test_a_genitive_folds_only_where_the_bare_name_stands(name: str, body: str, kept: str) -> None:
    """ "Anna Bergers" is "Anna Berger" only when "Berger" stands as a whole word."""
    assert [f.name for f in drop_genitive_duplicates([Found(name, "PER")], body)] == [kept]


def test_a_form_is_claimed_only_as_whole_words() -> None:
    found = [Found("Anna Berger", "PER"), Found("Lindau", "LOC")]
    body = "Anna Berger kam aus Lindau. Bergers Plan lag in der Bergerstraße, Berger-Kamp nicht."
    claims = sorted(mention_claims(found, body))
    written = [(body[start:-end], found[number].name) for start, end, number in claims]
    assert written == [
        ("Anna Berger", "Anna Berger"),
        ("Berger", "Anna Berger"),  # the surname inside; count_mentions keeps the longer
        ("Lindau", "Lindau"),
        ("Bergers", "Anna Berger"),  # not "Berger" of "Bergers", nor of "Bergerstraße"
        ("Berger", "Anna Berger"),  # "Berger-Kamp": a hyphen ends the word
    ]
