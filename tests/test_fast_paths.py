"""The fast paths give what the slow code they replace gave: each compared with it (or
with a copy of it kept here) on many invented inputs, so that a speed-up cannot quietly
change a row."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.date_values import calendar, dateparser_day, parse, read_day
from build_dataset.dates import SENTENCE_START, opens_sentence
from build_dataset.entities.words import OrgWord, bare_org_word, org_suffixes
from build_dataset.quotes.finder import colon_opens
from build_dataset.records import QuoteMarks
from build_dataset.segment import ALL_CLOSERS, CLOSERS, SINGLE_OPENERS, pair_quote_marks


def day_phrases() -> list[tuple[str, bool]]:
    """(phrase, has a year): the shapes date_pattern hands to parse, with every day of
    every month, padded or not, with and without spaces, two- and four-digit years."""
    months = calendar().months
    phrases: list[tuple[str, bool]] = []
    years = ["2025", "2024", "25", "99", "00", "1999", "68", "69"]
    spacing = [("", ""), (" ", " "), ("", " "), (" ", "")]
    number = 0
    for month in range(1, 13):
        for day in range(1, 32):
            number += 1
            first, second = spacing[number % 4]
            day_text = f"{day:02d}" if number % 3 == 0 else str(day)
            month_text = f"{month:02d}" if number % 2 == 0 else str(month)
            year = years[number % len(years)]
            phrases.append((f"{day_text}.{first}{month_text}.{second}{year}", True))
            name = months[month - 1]
            phrases.append((f"{day_text}.{first}{name}", False))
            if number % 3 == 1:
                phrases.append((f"{day_text}. {name} {years[number % 2]}", True))
    for two_digits in range(100):
        phrases.append((f"1.2.{two_digits:02d}", True))
    for year in range(1000, 3000, 37):
        phrases += [(f"29.02.{year}", True), (f"29. Februar {year}", True)]
    return phrases


def test_read_day_gives_what_dateparser_gives() -> None:
    wrong = []
    for phrase, has_year in day_phrases():
        mine, theirs = parse(phrase), dateparser_day(phrase)
        if has_year or mine is None or theirs is None:
            same = mine == theirs
        else:  # dateparser fills in this year; only the day and month are read
            same = (mine.month, mine.day) == (theirs.month, theirs.day)
        if not same:
            wrong.append((phrase, mine, theirs))
    assert wrong == []


@pytest.mark.parametrize(
    "phrase",
    [
        "12.13.2025",  # dateparser reads it as 13 December
        "00.01.2025",
        "31.04.2025",
        "29.02.2023",
        "0. März",
        "32. Januar",
        "12. Februar 0999",
        "12. Februar 0000",
        "1.2.3000",
        "12.\u00a0März",
        "١٢. März",  # digits of another script
    ],
)
def test_anything_else_is_left_to_dateparser(phrase: str) -> None:
    assert read_day(phrase) is None
    assert parse(phrase) == dateparser_day(phrase)


def test_the_common_days_are_read_without_dateparser() -> None:
    assert read_day("12.02.2025") == dt.date(2025, 2, 12)
    assert read_day("1. 2. 69") == dt.date(1969, 2, 1)
    assert read_day("1. 2. 68") == dt.date(2068, 2, 1)
    assert read_day("29. Februar") is not None  # a day, whatever the year
    assert read_day("12.März 2025") == dt.date(2025, 3, 12)


def slow_bare_org_word(word: str) -> OrgWord | None:
    """bare_org_word as it was: a test per ending of the lexicon."""
    lower = word.lower()
    for suffix, keeps_name in org_suffixes():
        for ending in ("", "s", "es"):
            if lower == suffix + ending:
                return OrgWord(word[: len(suffix)], keeps_name, bare=True)
    return None


def test_bare_org_word_is_the_first_ending_that_fits() -> None:
    words = ["Verein", "Haus", "Hauses", "Ministeriums", "Rathaus", "Dorf", "Zeitung", "x", ""]
    for suffix, _ in org_suffixes():
        for ending in ("", "s", "es", "e", "n"):
            words += [suffix + ending, (suffix + ending).capitalize(), (suffix + ending).upper()]
    for word in words:
        assert bare_org_word(word) == slow_bare_org_word(word), word


def slow_pair_quote_marks(text: str) -> tuple[list[tuple[int, int, str, int]], list[int]]:
    """pair_quote_marks as it was: every character of the text looked at."""
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int, str, int]] = []
    unmatched: list[int] = []
    for position, char in enumerate(text):
        inside_word = 0 < position < len(text) - 1 and text[position - 1].isalnum()
        if char in "‘’" and inside_word and text[position + 1].isalnum():
            continue
        closes_single = bool(stack) and "’" in CLOSERS[stack[-1][1]]
        if char == "’" and position > 0 and text[position - 1].isalnum() and not closes_single:
            continue
        if stack and char in CLOSERS[stack[-1][1]]:
            start, opener = stack.pop()
            pairs.append((start, position, opener, len(stack)))
        elif char in CLOSERS and (char not in SINGLE_OPENERS or stack or char == "‚"):
            stack.append((position, char))
        elif char in ALL_CLOSERS:
            unmatched.append(position)
    unmatched.extend(start for start, _ in stack)
    return sorted(pairs), sorted(unmatched)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("„“”»«‚‘’‹›\"'a1 .-\n")), max_size=40))
def test_pair_quote_marks_looks_only_at_marks(text: str) -> None:
    assert pair_quote_marks(text) == slow_pair_quote_marks(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(' \n\t.!?:„“"»«‚‘a')), max_size=30), st.data())
def test_opens_sentence_reads_only_what_is_near(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert opens_sentence(text, start) == bool(SENTENCE_START.search(text, 0, start))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \n\t:a„")), max_size=20), st.data())
def test_colon_opens_reads_back_over_spaces(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(1, len(text) + 1))
    marks = QuoteMarks(start, start, "", 1, "„")
    assert colon_opens(text, marks) == text[: start - 1].rstrip().endswith(":")
