"""Dates: what counts as one, and its value with and without a reference date."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        "Am 3. März wurde gewählt.",
        "2025-02-16",
        "3. März",
        "2024-03-03",
        id="day-month-before-reference",
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
]


@pytest.mark.parametrize(("text", "reference", "name", "normalized"), CASES)
def test_date(text: str, reference: str | None, name: str, normalized: str | None) -> None:
    dates = [(e.name, e.normalized) for e in run([text], reference).entities if e.type == "DATE"]
    assert dates == [(name, normalized)]


def test_mentions_count_identical_expressions() -> None:
    (date,) = [
        e for e in run(["Am Montag tagte er. Am Montag ging er."]).entities if e.type == "DATE"
    ]
    assert date.mentions == 2 and date.first_start == 3
