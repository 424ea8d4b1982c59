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
from build_dataset.quotes.frames import (
    bare_cue_after,
    colon_subject,
    heisst_es_after,
    heisst_es_colon,
    judged_after,
    name_colon,
    quoted_colon,
    quoted_passive,
)
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
from build_dataset.quotes.partial import continued, framed, nested, sourced, split
from build_dataset.quotes.rules import DirectRule, PartialRule, ReportedRule

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
        "bare-cue-after", bare_cue_after,
        "„Das Dach ist dicht.“ erklärte Hausmeister Olaf Brinkmann.",
        "Das Dach ist dicht.", "Olaf Brinkmann",
    ),
    DirectRule(
        "judged-after", judged_after,
        "„Wir haben uns nie aufgegeben“, zeigte sich Torhüterin Mara Lenz erleichtert.",
        "Wir haben uns nie aufgegeben", "Mara Lenz",
    ),
    DirectRule(
        "quoted-passive", quoted_passive,
        "„Die Kasse ist leer“, wird Kämmerer Udo Rammler im Lokalblatt zitiert.",
        "Die Kasse ist leer", "Udo Rammler",
    ),
    DirectRule(
        "heisst-es-after", heisst_es_after,
        "„Der Betrieb läuft weiter“, heißt es in einer Mitteilung der Reederei.",
        "Der Betrieb läuft weiter", "einer Mitteilung der Reederei",
    ),
    DirectRule(
        "heisst-es-colon", heisst_es_colon,
        "In der Satzung des Vereins heißt es: „Jedes Mitglied hat eine Stimme.“",
        "Jedes Mitglied hat eine Stimme.", "der Satzung des Vereins",
    ),
    DirectRule(
        "quoted-colon", quoted_colon,
        "Die Lokalzeitung zitierte Landwirt Jens Harms mit den Worten: „Die Ernte ist hin.“",
        "Die Ernte ist hin.", "Jens Harms",
    ),
    DirectRule(
        "colon-before", colon_before,
        "Trainerin Ewa Lindqvist sagte: „Wir haben heute verdient verloren.“",
        "Wir haben heute verdient verloren.", "Ewa Lindqvist",
    ),
    DirectRule(
        "colon-subject", colon_subject,
        "Stürmerin Nele Haverkamp zeigte sich nach dem Spiel zufrieden: „Das war unser Tag.“",
        "Das war unser Tag.", "Nele Haverkamp",
    ),
    DirectRule(
        "name-colon", name_colon,
        "Bürgermeister Arne Voss: „Die Umleitung bleibt bis Mai.“",
        "Die Umleitung bleibt bis Mai.", "Arne Voss",
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

# Phrases in quotation marks inside a sentence that direct speech rules left (partial.py):
# whose words they are. Each example gives the quoted phrase as a direct quote.
PARTIAL_RULES: tuple[PartialRule, ...] = (
    PartialRule(
        "partial-nested", nested,
        "Der Förster sagte, der Sturm habe „ganze Schneisen“ in den Wald geschlagen.",
        "ganze Schneisen", "der Förster",
    ),
    PartialRule(
        "partial-split", split,
        "„Wir bleiben“, so Wirtin Hella Brandt, „auch wenn die Pacht steigt.“",
        "auch wenn die Pacht steigt.", "Hella Brandt",
    ),
    PartialRule(
        "partial-sourced", sourced,
        "Für die Ärztin Lotte Brammer ist die Lage „ernst, aber beherrschbar“.",
        "ernst, aber beherrschbar", "Lotte Brammer",
    ),
    PartialRule(
        "partial-framed", framed,
        "Ortsvorsteherin Gesa Ahlborn nannte den Entwurf „handwerklich schlecht“.",
        "handwerklich schlecht", "Gesa Ahlborn",
    ),
    PartialRule(
        "partial-continued", continued,
        "Der Wirt sagte, er schließe im Mai. Die Pacht sei „schlicht zu hoch“.",
        "schlicht zu hoch", "der Wirt",
    ),
)  # fmt: skip
