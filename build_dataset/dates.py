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

Month, weekday and relative-day names come from CLDR (babel); read_day reads the days
written the common way, dateparser any other.
A date without a year takes the year that puts it nearest the reference date; a bare
weekday is the latest such day on or before it, "kommenden Montag" the first one after.
Without a reference date a day and month become EDTF "XXXX-MM-DD", and weekdays and
relative days stay unresolved: decline rather than guess. A week is found but not
normalised to a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby

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


@dataclass(frozen=True)
class Calendar:
    """The German names a date pattern needs, from CLDR."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday() counts
    relative_days: dict[str, int]  # "gestern": -1
    modifiers: dict[str, int]  # "letzten": -1, "kommenden": 1


@cache
def calendar() -> Calendar:
    from babel import Locale

    locale = Locale("de")
    fields = locale._data["date_fields"]
    modifiers: dict[str, int] = {}
    for key in ("week", "mon"):
        for offset, phrase in fields[key]["relative"].items():
            modifiers[phrase.split()[0]] = offset
    for entry in load("relative_modifiers.txt"):
        word, _, direction = entry.partition(":")
        modifiers[word.strip()] = int(direction)
    return Calendar(
        months=tuple(locale.months["format"]["wide"].values()),
        weekdays=tuple(locale.days["format"]["wide"][i] for i in range(7)),
        relative_days={word: offset for offset, word in fields["day"]["relative"].items()},
        modifiers=modifiers,
    )


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
NUMERIC_DAY = re.compile(r"([0-9]{1,2})\. ?([0-9]{1,2})\. ?([0-9]{4}|[0-9]{2})")
NAMED_DAY = re.compile(r"([0-9]{1,2})\. ?(\w+)(?: +([0-9]{4}))?")
# A year dateparser reads as written; a two-digit year below 69 is 20xx, else 19xx.
FIRST_YEAR, LAST_YEAR, CENTURY_TURN = 1000, 2999, 69
# The year a day without one is read in: a leap year, so that "29. Februar" is a day.
ANY_LEAP_YEAR = 2000


def parse(text: str) -> dt.date | None:
    """The day TEXT names (for a day without a year, only its month and day count)."""
    read = read_day(text)
    return read if read is not None else dateparser_day(text)


def read_day(text: str) -> dt.date | None:
    """The day of a date written the common way, with the result dateparser gives (a test
    compares them on many invented phrases); None for any other text, which dateparser
    then reads: an impossible day, a year before 1000 or after 2999, odd spacing. One
    date per article costs dateparser's first parse (0.2 s) and 2 ms a date otherwise."""
    if match := NUMERIC_DAY.fullmatch(text):
        day, month, written = int(match[1]), int(match[2]), match[3]
        year = int(written)
        if len(written) == 2:
            year += 2000 if year < CENTURY_TURN else 1900
    elif (match := NAMED_DAY.fullmatch(text)) and match[2] in calendar().months:
        day, month = int(match[1]), calendar().months.index(match[2]) + 1
        year = int(match[3]) if match[3] else ANY_LEAP_YEAR
    else:
        return None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # dateparser may read "12.13.2025" as 13 December: leave it to it


def dateparser_day(text: str) -> dt.date | None:
    import dateparser

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(text, languages=["de"], settings=settings)
    return parsed.date() if parsed else None


def nearest_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda c: abs(c - reference), default=None)


def shifted(reference: dt.date, days: int) -> str | None:
    """REFERENCE moved by DAYS in ISO form; None past the calendar's ends (year 1, 9999)."""
    try:
        return (reference + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def weekday_date(name: str, direction: int, reference: dt.date) -> str | None:
    names = calendar().weekdays
    target = names.index(name) if name in names else 5  # Sonnabend is Saturday
    back = (reference.weekday() - target) % 7
    if direction > 0:
        return shifted(reference, (7 - back) if back else 7)
    if direction == 0 and back > 3:
        return shifted(reference, 7 - back)
    return shifted(reference, -back)


def day_range(match: re.Match[str], reference: dt.date | None) -> str | None:
    """ "3. bis 5. März" -> "2025-03-03/2025-03-05": both days in the month and year of
    the last one; XXXX without a year and a reference date; None when no such days."""
    month = calendar().months.index(match.group("range_month")) + 1
    first, last = int(match.group("first_day")), int(match.group("last_day"))
    if match.group("range_year"):
        year: int | None = int(match.group("range_year"))
    elif reference is not None:
        ending = nearest_year(month, last, reference)
        year = ending.year if ending else None
    else:
        year = None
    try:
        dt.date(year or 2000, month, last)  # 2000: a leap year, for "28. bis 29. Februar"
        dt.date(year or 2000, month, first)
    except ValueError:
        return None
    if first >= last:
        return None
    written = f"{year:04d}" if year is not None else "XXXX"
    return f"{written}-{month:02d}-{first:02d}/{written}-{month:02d}-{last:02d}"


def normalise(match: re.Match[str], reference: dt.date | None) -> str | None:
    """The EDTF value MATCH names: a day, XXXX-MM-DD without a year, a month of a year, a
    year or an interval of days; None when it cannot be told."""
    if match.group("week"):
        return None
    if match.group("range"):
        return day_range(match, reference)
    if match.group("month_year"):
        month = calendar().months.index(match.group("month")) + 1
        return f"{match.group('month_year_year')}-{month:02d}"
    if match.group("relative"):
        offset = calendar().relative_days[match.group("relative").lower()]
        return shifted(reference, offset) if reference else None
    if match.group("weekday"):
        if reference is None:
            return None
        direction = calendar().modifiers.get(match.group("modifier") or "", -1)
        return weekday_date(match.group("weekday"), direction, reference)
    day = parse(match.group())
    if day is None:
        return None
    if match.group("numeric") or match.group("year"):
        return day.isoformat()
    if reference is None:
        return f"XXXX-{day.month:02d}-{day.day:02d}"
    resolved = nearest_year(day.month, day.day, reference)
    return resolved.isoformat() if resolved else None


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
