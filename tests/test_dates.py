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
    # A month of a year (issue 13): the month in EDTF, with or without a reference date.
    pytest.param(
        "Im Juni 2021 begann der Umbau.", "2025-02-13", "Juni 2021", "2021-06", id="month-year"
    ),
    pytest.param(
        "Bis Oktober 2026 soll die Halle stehen.", None, "Oktober 2026", "2026-10",
        id="month-year-no-reference",
    ),
    # A year alone where the words before it make it one; the words are not the date.
    pytest.param("Seit 2019 wächst der Verein.", None, "2019", "2019", id="seit-year"),
    pytest.param("Im Jahr 2018 schloss die Mühle.", None, "2018", "2018", id="im-jahr"),
    pytest.param("Die Bahn fährt bis Ende 2027 nicht.", None, "2027", "2027", id="ende-year"),
    pytest.param("Bis 2030 sollen 90 Wohnungen entstehen.", None, "2030", "2030", id="bis-year"),
    pytest.param("Er ist seit 2016 Ortsvorsteher.", None, "2016", "2016", id="seit-before-noun"),
    pytest.param("Die Halle öffnet im Sommer 2026.", None, "2026", "2026", id="season-year"),
    pytest.param("2023 stiegen die Preise kräftig.", None, "2023", "2023", id="year-opens-sentence"),
    # A range of days whose first end is no date alone: one EDTF interval.
    pytest.param(
        "Das Fest dauert vom 3. bis 5. März.", "2025-02-13", "3. bis 5. März",
        "2025-03-03/2025-03-05", id="day-range",
    ),
    pytest.param(
        "Das Fest dauerte vom 3. bis 5. März.", None, "3. bis 5. März",
        "XXXX-03-03/XXXX-03-05", id="day-range-no-reference",
    ),
    pytest.param(
        "Die Messe lief vom 28.–30. April 2024 in Halle.", None, "28.–30. April 2024",
        "2024-04-28/2024-04-30", id="day-range-dash-year",
    ),
    pytest.param(
        "Das Fest dauert vom 5. bis 3. März.", None, "5. bis 3. März", None,
        id="day-range-backwards-has-no-value",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Am Morgen tagte der Rat.",  # the morning, not tomorrow
        "Die Woche war lang.",  # no particular week
        "Er sah die Montagsdemo.",  # a weekday inside a compound
        "Im Juni tagte der Rat.",  # a month without its year
        "Die 1998 gegründete Firma wächst.",  # a year, but no word makes it a date
        "Es kamen 2019 Besucher.",  # a number of visitors
        "Er zahlte bis 2000 Euro.",  # "bis" before an amount
        "Es kostet zwischen 1900 und 2100 Euro.",  # a range of amounts
        "Es kostet zwischen 2050 und 1950 Euro.",  # no span of years runs backwards
        "Die Halle hat 1850 Plätze.",
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


def test_years_between_are_two_dates() -> None:
    """Both ends of "zwischen 2019 und 2021" are dates on their own: two dates, no interval."""
    dates = [
        (e.name, e.normalized)
        for e in run(["Er baute zwischen 2019 und 2021 Häuser für Familien."]).entities
        if e.type == "DATE"
    ]
    assert dates == [("2019", "2019"), ("2021", "2021")]


def test_a_year_inside_a_day_is_no_year_of_its_own() -> None:
    dates = [
        e.name
        for e in run(["Am 4. Mai 2021 und seit 2021 ist das so."]).entities
        if e.type == "DATE"
    ]
    assert dates == ["4. Mai 2021", "2021"]
