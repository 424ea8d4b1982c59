"""Find calendar dates, weekdays and relative days and normalise them against the reference date.

Month, weekday and relative-day names come from CLDR (babel); dateparser reads the dates.
A date without a year takes the year that puts it nearest the reference date; a bare
weekday is the latest such day on or before it, "kommenden Montag" the first one after.
Without a reference date a day and month become EDTF "XXXX-MM-DD", and weekdays and
relative days stay unresolved: decline rather than guess. A week is found but not
normalised to a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from build_dataset.lexicons import load
from build_dataset.names import slug
from build_dataset.records import Document, Entity, Mention

# "morgen" and "Morgen" (the morning) differ by case: a capital relative word is a date
# only where a sentence starts.
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*[„“\"»«‚‘]?|\n)\s*$")


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


@cache
def date_pattern() -> re.Pattern[str]:
    names = calendar()
    months = "|".join(names.months)
    weekdays = "|".join((*names.weekdays, "Sonnabend"))
    relative = "|".join(
        f"[{word[0]}{word[0].upper()}]{word[1:]}"
        for word in sorted(names.relative_days, key=len, reverse=True)
    )
    modifiers = "|".join(sorted(names.modifiers, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.])(?:"
        rf"(?P<numeric>\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:\d{{4}}|\d{{2}})(?!\d))"
        rf"|(?P<day_month>\d{{1,2}}\.\s?(?:{months})(?:\s+(?P<year>\d{{4}}))?)"
        rf"|(?:(?P<modifier>{modifiers})\s+)?(?:(?P<weekday>{weekdays})s?|(?P<week>Woche))"
        rf"|(?P<relative>{relative})"
        rf")(?![\w])"
    )


def parse(text: str) -> dt.date | None:
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


def normalise(match: re.Match[str], reference: dt.date | None) -> str | None:
    """The ISO day MATCH names, XXXX-MM-DD without a year, or None when it cannot be told."""
    if match.group("week"):
        return None
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


def is_date(match: re.Match[str], body: str) -> bool:
    if match.group("week") and not match.group("modifier"):
        return False  # "die Woche" alone names no particular week
    word = match.group("relative")
    if word and word[0].isupper():
        return bool(SENTENCE_START.search(body, 0, match.start()))
    return True


def find_dates(document: Document) -> list[Entity]:
    """One DATE entity per distinct expression, in order of first mention."""
    mentions: dict[str, list[Mention]] = {}
    values: dict[str, str | None] = {}
    for match in date_pattern().finditer(document.body):
        if not is_date(match, document.body):
            continue
        text = match.group()
        mentions.setdefault(text, []).append(Mention(match.start(), match.end(), text))
        values.setdefault(text, normalise(match, document.reference_date))
    keys = Counter(slug(text) for text in mentions)
    return [
        Entity(
            key=f"date-{slug(text)}" if keys[slug(text)] == 1 else f"date-{slug(text)}-{index}",
            name=text,
            type="DATE",
            mentions=tuple(found),
            normalized=values[text],
        )
        for index, (text, found) in enumerate(mentions.items(), start=1)
    ]
