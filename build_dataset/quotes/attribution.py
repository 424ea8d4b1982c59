"""Attribution rules as ordered tables: which words say who said a quote.

Each rule is one row: a name, the function that matches it, an invented example sentence
and the quote and speaker the example must give (tests/test_attribution_rules.py runs them
all). The first rule that matches a sentence wins, so order matters; to add a pattern, write
its matcher (direct.py or indirect.py) and add one row with its example where it belongs
in the order.

- DIRECT_RULES attribute a quotation in marks: a cue after it („…“, sagte X / „…“, so X)
  or a cue and colon before it (X sagte: „…“).
- REPORTED_RULES find reported speech in a sentence without direct speech: Laut X …,
  Nach Angaben X …, X zufolge …, X sagte, … sei …, … sei …, sagte X / so X / wie X sagte,
  and "… laut X …" inside the sentence.
"""

from __future__ import annotations

from build_dataset.quotes.direct import colon_before, said_after, so_after
from build_dataset.quotes.indirect import (
    laut_first,
    laut_inside,
    nach_angaben,
    said_last,
    so_last,
    speaker_first,
    wie_said,
    zufolge,
)
from build_dataset.quotes.rules import DirectRule, ReportedRule

DIRECT_RULES: tuple[DirectRule, ...] = (
    DirectRule(
        "said-after", said_after,
        "„Wir bauen die Brücke bis zum Herbst neu“, sagte Bürgermeisterin Jana Olbrich.",
        "Wir bauen die Brücke bis zum Herbst neu", "Jana Olbrich",
    ),
    DirectRule(
        "so-after", so_after,
        "„Der Verein hat keine Schulden mehr“, so Kassenwart Timo Brenzel.",
        "Der Verein hat keine Schulden mehr", "Timo Brenzel",
    ),
    DirectRule(
        "colon-before", colon_before,
        "Trainerin Ewa Lindqvist sagte: „Wir haben heute verdient verloren.“",
        "Wir haben heute verdient verloren.", "Ewa Lindqvist",
    ),
)  # fmt: skip


REPORTED_RULES: tuple[ReportedRule, ...] = (
    ReportedRule(
        "laut-first", laut_first,
        "Laut Kämmerer Olaf Rindt fehlen der Stadt zwei Millionen Euro.",
        "fehlen der Stadt zwei Millionen Euro", "Olaf Rindt",
    ),
    ReportedRule(
        "nach-angaben", nach_angaben,
        "Nach Angaben von Förster Udo Krell sind im Winter dreißig Bäume umgestürzt.",
        "sind im Winter dreißig Bäume umgestürzt", "Udo Krell",
    ),
    ReportedRule(
        "zufolge", zufolge,
        "Dem Schulleiter Jens Pohlmann zufolge fällt der Unterricht am Freitag aus.",
        "fällt der Unterricht am Freitag aus", "Jens Pohlmann",
    ),
    ReportedRule(
        "speaker-first", speaker_first,
        "Ortsvorsteherin Gesa Ahlborn sagte, der Spielplatz werde im Mai eröffnet.",
        "der Spielplatz werde im Mai eröffnet", "Gesa Ahlborn",
    ),
    ReportedRule(
        "said-last", said_last,
        "Die Fähre falle wegen Sturms aus, teilte Reeder Piet Janssen mit.",
        "Die Fähre falle wegen Sturms aus", "Piet Janssen",
    ),
    ReportedRule(
        "so-last", so_last,
        "Die Ernte sei in diesem Jahr besser als erwartet, so Landwirt Hinrich Tamm.",
        "Die Ernte sei in diesem Jahr besser als erwartet", "Hinrich Tamm",
    ),
    ReportedRule(
        "wie-said", wie_said,
        "Der Umbau koste mehr als geplant, wie Architektin Maren Voss sagte.",
        "Der Umbau koste mehr als geplant", "Maren Voss",
    ),
    ReportedRule(
        "laut-inside", laut_inside,
        "Die Miete steigt laut Vermieterin Carla Benning um zehn Prozent.",
        "Die Miete steigt laut Vermieterin Carla Benning um zehn Prozent", "Carla Benning",
    ),
)  # fmt: skip
