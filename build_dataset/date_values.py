"""The value of a date found in the text: the day, month, year or span of days it names,
in EDTF, read against the article's reference date (dates.py finds the dates).

Month, weekday and relative-day names come from CLDR (babel); read_day reads the days
written the common way, dateparser any other. A date without a year takes the year that
puts it nearest the reference date; a bare weekday is the latest such day on or before
it, "kommenden Montag" the first one after. Without a reference date a day and month
become EDTF "XXXX-MM-DD", and weekdays and relative days stay unresolved: decline rather
than guess. A week is found but not normalised to a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from build_dataset.lexicons import load


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
