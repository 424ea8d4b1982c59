"""The date search's fast path finds what the plain pattern finds: the look-ahead of
date_openings only passes over words no date starts with. On invented texts only."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.date_values import calendar
from build_dataset.dates import date_openings, date_pattern, year_words

# Words that open dates, words that share their first letters but open none, digits,
# spaces and signs, in either case where a sentence may start with them.
PIECES = [
    " ", "  ", "\n", ".", ",", ":", "„", "“", "-", "–", "bis", "und", "am", "der", "die",
    "Die", "3", "12", "2019", "2021", "1800", "03", "5.", "12.", "2025", "Mai", "März",
    "Februar", "Jahr", "Jahresbericht", "Monta", "Montag", "Montags", "Sonnabend",
    "Sonntagsruhe", "Woche", "Wochen", "kommenden", "komm", "diese", "dieser", "seit",
    "Seit", "Seitenwagen", "Ende", "Endlich", "ab", "Abend", "zwischen", "Zwischen", "von",
    "vor", "heute", "Heute", "Heuer", "morgen", "Morgen", "übermorgen", "Übermorgen",
    "gestern", "Mitte", "Mittwoch", "Sommer", "Frühjahr", "Januarloch", "Lindach",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(texts)
def test_guarded_search_finds_what_the_plain_one_does(text: str) -> None:
    assert found(date_pattern(), text) == found(date_pattern(guarded=False), text)


def test_guarded_search_on_a_paragraph() -> None:
    text = (
        "Seit 2019 tagt der Rat am kommenden Montag, heute und vom 3. bis 5. März 2025. "
        "Heute sagte sie, zwischen 2019 und 2021 sei am 12.02.2025 nichts geschehen."
    )
    spans = [text[slice(*span)] for span, _ in found(date_pattern(), text)]
    assert spans == [
        "Seit 2019", "kommenden Montag", "heute", "3. bis 5. März 2025", "Heute",
        "zwischen 2019 und 2021", "12.02.2025",
    ]  # fmt: skip
    assert found(date_pattern(), text) == found(date_pattern(guarded=False), text)


def test_every_word_a_date_starts_with_passes_the_guard() -> None:
    names = calendar()
    years = year_words()
    words = [*names.months, *names.weekdays, "Sonnabend", "Woche", *names.modifiers]
    for word in [*names.relative_days, *years["time"], *years["amount"], *years["pair"]]:
        words += [word.lower(), word[0].upper() + word[1:]]
    guard = re.compile(date_openings())
    assert all(guard.match(word) for word in words)
    assert not any(guard.match(word) for word in ("der", "Rat", "Lindach", "die", "Mo"))
