"""Find calendar dates and weekdays in the body and normalise them against the reference date.

Month and weekday names come from CLDR (babel); dateparser reads the matched strings.
A date without a year takes the year that puts it on or before the reference date, and a
weekday the latest such day on or before it. Without a reference date a day and month
become EDTF "XXXX-MM-DD" and a weekday stays unresolved: decline rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from build_dataset.names import slug
from build_dataset.records import Document, Entity, Mention


@cache
def date_pattern() -> re.Pattern[str]:
    from babel import Locale

    locale = Locale("de")
    months = "|".join(locale.months["format"]["wide"].values())
    weekdays = "|".join(locale.days["format"]["wide"].values())
    return re.compile(
        rf"(?<![\w.])(?:"
        rf"(?P<numeric>\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:\d{{4}}|\d{{2}})(?!\d))"
        rf"|(?P<day_month>\d{{1,2}}\.\s?(?:{months})(?:\s+(?P<year>\d{{4}}))?)"
        rf"|(?P<weekday>(?:{weekdays}|Sonnabend)(?:s)?)"
        rf")(?![\w])"
    )


def parse(text: str, base: dt.date) -> dt.date | None:
    import dateparser

    settings = {
        # dateparser's "past" excludes the base day itself; one day later includes it.
        "RELATIVE_BASE": dt.datetime.combine(base + dt.timedelta(days=1), dt.time()),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
    }
    parsed = dateparser.parse(text, languages=["de"], settings=settings)
    return parsed.date() if parsed else None


def normalise(match: re.Match[str], reference: dt.date | None) -> str | None:
    text = match.group()
    if match.group("weekday"):
        if reference is None:
            return None
        day = parse(text.removesuffix("s") if text.endswith("tags") else text, reference)
        return day.isoformat() if day else None
    has_year = bool(match.group("numeric") or match.group("year"))
    day = parse(text, reference or dt.date(2000, 12, 31))
    if day is None:
        return None
    if has_year or reference is not None:
        return day.isoformat()
    return f"XXXX-{day.month:02d}-{day.day:02d}"


def find_dates(document: Document) -> list[Entity]:
    """One DATE entity per distinct expression, in order of first mention."""
    mentions: dict[str, list[Mention]] = {}
    values: dict[str, str | None] = {}
    for match in date_pattern().finditer(document.body):
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
