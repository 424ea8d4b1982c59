"""Find the dates news writes and normalise them in EDTF against the reference date.

- a day: "12. Februar", "12. Februar 2025", "12.02.2025", a weekday, "gestern", "heute";
- a month of a year: "Juni 2021" -> 2021-06;
- a year alone, where the words before it make it one (lexicons/year_words.txt: "seit
  2019", "im Jahr 2019", "Ende 2025", "bis 2027 sollen", "zwischen 2019 und 2021" with
  the second year later and at most 50 years on) or where it opens a sentence before a
  lower-case word ("2024 stiegen die Mieten") -> 2024; any other four-digit number is
  not a date;
- a range of days whose first end is no date on its own: "3. bis 5. März" -> the EDTF
  interval 2025-03-03/2025-03-05. Where both ends are dates ("vom 3. März bis zum
  5. April", "zwischen 2019 und 2021"), each is a date of its own.

Month, weekday and relative-day names come from CLDR (babel). What day, month or year a
date names is date_values.py's: a date without a year takes the year nearest the
reference date, and without a reference date weekdays stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import groupby

from build_dataset.date_values import calendar, normalise
from build_dataset.lexicons import load
from build_dataset.names import slug
from build_dataset.records import Document, Entity, Mention

# "morgen" and "Morgen" (the morning) differ by case: a capital relative word is a date
# only where a sentence starts.
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*[„“\"»«‚‘]?|\n)\s*$")
OPENING_QUOTES = '„“"»«‚‘'  # the marks SENTENCE_START allows after the period
YEAR = r"(?:1[89]|20)\d{2}(?![\d]|[.,]\d)"
NO_NOUN_AFTER = r"(?!\s+[A-ZÄÖÜ])"
# "zwischen 2019 und 2021": a span of years runs forward, and not for centuries.
MAX_YEAR_SPAN = 50


def either_case(words: list[str]) -> str:
    """ "seit" also as "Seit" where a sentence starts, longest first."""
    return "|".join(
        f"[{word[0].lower()}{word[0].upper()}]{word[1:]}"
        for word in sorted(words, key=len, reverse=True)
    )


@cache
def year_words() -> dict[str, list[str]]:
    """kind ("time", "amount", "pair") -> the words of lexicons/year_words.txt."""
    kinds: dict[str, list[str]] = {"time": [], "amount": [], "pair": []}
    for entry in load("year_words.txt"):
        word, _, kind = entry.partition(":")
        kinds[kind.strip()].append(word.strip())
    return kinds


@cache
def date_pattern(guarded: bool = True) -> re.Pattern[str]:
    """Every date expression, each alternative a named group. GUARDED adds the look-ahead
    of date_openings before the alternatives: the same matches (tests/test_fast_dates.py),
    but the many words no date starts with ("der", "Rat") are passed over by one test
    instead of being put to every alternative, which made this search a twentieth of an
    article's extraction."""
    names = calendar()
    months = "|".join(names.months)
    weekdays = "|".join((*names.weekdays, "Sonnabend"))
    relative = either_case(list(names.relative_days))
    modifiers = "|".join(sorted(names.modifiers, key=len, reverse=True))
    years = year_words()
    guard = rf"(?=\d|{date_openings()})" if guarded else ""
    return re.compile(
        rf"(?<![\w.]){guard}(?:"
        rf"(?P<range>(?P<first_day>\d{{1,2}})\.\s?(?:bis|–|-)\s?"
        rf"(?P<last_day>\d{{1,2}})\.\s?(?P<range_month>{months})(?:\s+(?P<range_year>\d{{4}}))?)"
        rf"|(?P<numeric>\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:\d{{4}}|\d{{2}})(?!\d))"
        rf"|(?P<day_month>\d{{1,2}}\.\s?(?:{months})(?:\s+(?P<year>\d{{4}}))?)"
        rf"|(?P<month_year>(?P<month>{months})\s+(?P<month_year_year>{YEAR}))"
        rf"|(?:{either_case(years['time'])})\s+(?P<time_year>{YEAR})"
        rf"|(?:{either_case(years['amount'])})\s+(?P<amount_year>{YEAR}){NO_NOUN_AFTER}"
        rf"|(?:{either_case(years['pair'])})\s+(?P<pair_first>{YEAR})\s+(?:und|bis)\s+"
        rf"(?P<pair_second>{YEAR})"
        rf"|(?P<bare_year>{YEAR})(?=\s+[a-zäöüß]|,)"
        rf"|(?:(?P<modifier>{modifiers})\s+)?(?:(?P<weekday>{weekdays})s?|(?P<week>Woche))"
        rf"|(?P<relative>{relative})"
        rf")(?![\w])"
    )


OPENING = 4  # letters of each word date_openings looks ahead for


def date_openings() -> str:
    """Where an alternative of date_pattern that starts with a word can start: the first
    OPENING letters of each such word (months, weekdays, modifiers, "Woche", and the
    relative and year words in either case), grouped by the first letter, so that a word
    whose first letter opens none is passed over at the first test. The others start
    with a digit."""
    names = calendar()
    years = year_words()
    words = {*names.months, *names.weekdays, "Sonnabend", "Woche", *names.modifiers}
    for word in [*names.relative_days, *years["time"], *years["amount"], *years["pair"]]:
        words |= {word[0].lower() + word[1:], word[0].upper() + word[1:]}
    starts = sorted({word[:OPENING] for word in words})
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(start[1:]) for start in group) + ")"
        for first, group in groupby(starts, key=lambda start: start[0])
    )


# The days written the common way, which read_day reads without dateparser: "12.02.2025",
# "1. 2. 25", "12. Februar", "12.Februar 2025". Anything else goes to dateparser.
YEAR_GROUPS = ("time_year", "amount_year", "pair_first", "pair_second", "bare_year")


def mentions_of(
    match: re.Match[str], body: str, reference: dt.date | None
) -> Iterator[tuple[Mention, str | None]]:
    """The dates MATCH names, with their values: a year without the words that made it
    one ("seit 2019" -> "2019"), two years for a pair, else the whole match."""
    years = [group for group in YEAR_GROUPS if match.group(group)]
    if years == ["pair_first", "pair_second"]:
        first, last = int(match.group("pair_first")), int(match.group("pair_second"))
        if not 0 < last - first <= MAX_YEAR_SPAN:
            return  # "zwischen 1800 und 2000 Euro": amounts, not a span of years
    if years:
        opens = SENTENCE_START.search(body, max(0, match.start() - 16), match.start())
        if years == ["bare_year"] and not opens:
            return  # "die 2019 eröffnete Halle": a year only where it opens the sentence
        for group in years:
            start, end = match.span(group)
            yield Mention(start, end, body[start:end]), body[start:end]
        return
    if is_date(match, body):
        yield Mention(match.start(), match.end(), match.group()), normalise(match, reference)


def is_date(match: re.Match[str], body: str) -> bool:
    if match.group("week") and not match.group("modifier"):
        return False  # "die Woche" alone names no particular week
    word = match.group("relative")
    if word and word[0].isupper():
        return opens_sentence(body, match.start())
    return True


def opens_sentence(body: str, start: int) -> bool:
    """Whether SENTENCE_START matches right before START: searched from the mark it could
    begin at (past the spaces and a quotation mark before START), not from the body's
    start, which made each capitalised "Heute" cost the whole body before it."""
    begin = start
    while begin > 0 and body[begin - 1].isspace():
        begin -= 1
    if begin > 0 and body[begin - 1] in OPENING_QUOTES:
        begin -= 1
        while begin > 0 and body[begin - 1].isspace():
            begin -= 1
    return bool(SENTENCE_START.search(body, max(0, begin - 1), start))


@lru_cache(maxsize=1 << 12)  # a corpus writes the same dates again: "Montag", "2024"
def date_key(text: str) -> str:
    """ "date-12-februar": the date's slug, made once per text."""
    return f"date-{slug(text)}"


def find_dates(document: Document) -> list[Entity]:
    """One DATE entity per distinct expression, in order of first mention."""
    mentions: dict[str, list[Mention]] = {}
    values: dict[str, str | None] = {}
    for match in date_pattern().finditer(document.body):
        for mention, value in mentions_of(match, document.body, document.reference_date):
            mentions.setdefault(mention.text, []).append(mention)
            values.setdefault(mention.text, value)
    return [
        Entity(
            key=date_key(text),  # made unique with the other ids in assemble.py
            name=text,
            type="DATE",
            mentions=tuple(found),
            normalized=values[text],
        )
        for text, found in mentions.items()
    ]
