"""Dates: what counts as one, and its value with and without a reference date."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    # A day without a year is the one nearest the reference date, ahead or back.
    pytest.param(
        "Am 3. März wird gewählt.", "2025-02-16", "3. März", "2025-03-03", id="day-month-ahead"
    ),
    pytest.param(
        "Am 20. Dezember fiel Schnee.",
        "2025-02-16",
        "20. Dezember",
        "2024-12-20",
        id="day-month-last-year",
    ),
    pytest.param(
        "Am 3. März wurde gewählt.", None, "3. März", "XXXX-03-03", id="day-month-no-reference"
    ),
    pytest.param(
        "Am 16. Februar wurde gewählt.",
        "2025-02-16",
        "16. Februar",
        "2025-02-16",
        id="on-reference",
    ),
    pytest.param(
        "Das Urteil fiel am 14.06.2023 in Kassel.", None, "14.06.2023", "2023-06-14", id="numeric"
    ),
    pytest.param(
        "Am 1. Mai 2024 streikten sie.", None, "1. Mai 2024", "2024-05-01", id="with-year"
    ),
    pytest.param(
        "Am Mittwoch tagte der Rat.", "2025-02-16", "Mittwoch", "2025-02-12", id="weekday"
    ),
    pytest.param(
        "Am Sonntag tagte der Rat.",
        "2025-02-16",
        "Sonntag",
        "2025-02-16",
        id="weekday-is-reference",
    ),
    pytest.param("Am Mittwoch tagte der Rat.", None, "Mittwoch", None, id="weekday-no-reference"),
    # 2025-02-13 is a Thursday.
    pytest.param("Er kam gestern an.", "2025-02-13", "gestern", "2025-02-12", id="gestern"),
    pytest.param("Gestern kam er an.", "2025-02-13", "Gestern", "2025-02-12", id="gestern-capital"),
    pytest.param(
        "Sie reist vorgestern ab.", "2025-02-13", "vorgestern", "2025-02-11", id="vorgestern"
    ),
    pytest.param("Der Rat tagt heute.", "2025-02-13", "heute", "2025-02-13", id="heute"),
    pytest.param("Der Rat tagt morgen.", "2025-02-13", "morgen", "2025-02-14", id="morgen"),
    pytest.param("Der Rat tagt heute.", None, "heute", None, id="heute-no-reference"),
    pytest.param(
        "Am kommenden Dienstag tagt der Rat.",
        "2025-02-13",
        "kommenden Dienstag",
        "2025-02-18",
        id="weekday-ahead",
    ),
    pytest.param(
        "Am vergangenen Dienstag tagte der Rat.",
        "2025-02-13",
        "vergangenen Dienstag",
        "2025-02-11",
        id="weekday-back",
    ),
    pytest.param(
        "Der Rat tagte vergangene Woche.",
        "2025-02-13",
        "vergangene Woche",
        None,
        id="week-is-no-day",
    ),
    pytest.param(
        "Er tagt nächste Woche.", "2025-02-13", "nächste Woche", None, id="week-ahead-is-no-day"
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Am Morgen tagte der Rat.",  # the morning, not tomorrow
        "Die Woche war lang.",  # no particular week
        "Er sah die Montagsdemo.",  # a weekday inside a compound
    ],
)
def test_no_date(text: str) -> None:
    assert [e.name for e in run([text], "2025-02-13").entities if e.type == "DATE"] == []


@pytest.mark.parametrize(("text", "reference", "name", "normalized"), CASES)
def test_date(text: str, reference: str | None, name: str, normalized: str | None) -> None:
    dates = [(e.name, e.normalized) for e in run([text], reference).entities if e.type == "DATE"]
    assert dates == [(name, normalized)]


def test_mentions_count_identical_expressions() -> None:
    (date,) = [
        e for e in run(["Am Montag tagte er. Am Montag ging er."]).entities if e.type == "DATE"
    ]
    assert date.mentions == 2 and date.first_start == 3
