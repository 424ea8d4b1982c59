"""Attribution rules as ordered tables: which words say who said a quote.

Each rule is one row: a name, the function that matches it, an invented example sentence
and the quote and speaker the example must give (tests/test_attribution_rules.py runs them
all). The first rule that matches a sentence wins, so order matters; to add a pattern, write
its matcher (direct.py, indirect.py, sources.py, frames.py or continuation.py) and add one
row with its example where it belongs in the order.

- DIRECT_RULES attribute a quotation in marks: a cue after it („…“, sagte X / „…“, so X)
  or a cue and colon before it (X sagte: „…“).
- REPORTED_RULES find reported speech in a sentence: back references (S. Dies bestätigte
  X.), Demnach …, Wie X mitteilte, …, source phrases at the start (Laut X …, Nach Angaben X
  …, X zufolge …), …, hieß es aus X, X sagte, … sei …, a frame inside the clause (A, so X,
  B), … sei …, sagte X / so X / wie X sagte, a source phrase inside the sentence, …,
  wonach …, and last the Konjunktiv sentences that go on with a statement. A row's
  "needs" (guards.py) is a cheap test of the sentence's words, false where the rule cannot
  match: most sentences match no row, and the guard spares them the rule.
"""

from __future__ import annotations

from build_dataset.quotes.continuation import continued
from build_dataset.quotes.direct import colon_before, said_after, so_after
from build_dataset.quotes.direct_frames import (
    bare_cue_after,
    colon_subject,
    heisst_es_after,
    heisst_es_colon,
    judged_after,
    name_colon,
    quoted_colon,
    quoted_passive,
)
from build_dataset.quotes.guards import (
    cue_after_last_comma,
    cue_and_comma,
    cue_or_so_and_comma,
    holds,
    konjunktiv,
    so_after_last_comma,
    source_word,
    starts_with,
    wie_after_last_comma,
)
from build_dataset.quotes.indirect import said_last, so_last, speaker_first, wie_said
from build_dataset.quotes.partial import continued as partial_continued
from build_dataset.quotes.partial import framed, nested, sourced, split
from build_dataset.quotes.reported_frames import (
    BACK_REFERENCES,
    POINTERS,
    SAYS,
    back_reference,
    heisst_es,
    interrupted,
    pointer,
    wie_first,
    wonach,
)
from build_dataset.quotes.rules import DirectRule, PartialRule, ReportedRule
from build_dataset.quotes.sources import laut_first, nach_first, source_inside, zufolge_first

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
        "back-reference", back_reference,
        "Das Hallenbad bleibt bis Mai geschlossen. Das teilte die Stadtverwaltung mit.",
        "Das Hallenbad bleibt bis Mai geschlossen", "die Stadtverwaltung",
        needs=starts_with(*BACK_REFERENCES),
    ),
    ReportedRule(
        "demnach", pointer,
        "Der Verband legte am Montag eine Studie vor. Demnach pendelt jeder dritte Beschäftigte.",
        "pendelt jeder dritte Beschäftigte", "der Verband",
        needs=starts_with(*POINTERS),
    ),
    ReportedRule(
        "wie-first", wie_first,
        "Wie die Stadtverwaltung mitteilte, bleibt das Hallenbad bis Mai geschlossen.",
        "bleibt das Hallenbad bis Mai geschlossen", "die Stadtverwaltung",
        needs=starts_with("Wie"),
    ),
    ReportedRule(
        "laut-first", laut_first,
        "Laut Kämmerer Olaf Rindt fehlen der Stadt zwei Millionen Euro.",
        "fehlen der Stadt zwei Millionen Euro", "Olaf Rindt",
        needs=source_word,
    ),
    ReportedRule(
        "nach-angaben", nach_first,
        "Nach Angaben der Feuerwehr brannte die Scheune vollständig aus.",
        "brannte die Scheune vollständig aus", "die Feuerwehr",
        needs=source_word,
    ),
    ReportedRule(
        "zufolge", zufolge_first,
        "Einer Umfrage der Handelskammer zufolge lehnen zwei Drittel den Plan ab.",
        "lehnen zwei Drittel den Plan ab", "die Handelskammer",
        needs=source_word,
    ),
    ReportedRule(
        "heisst-es", heisst_es,
        "Der Trainer habe das Vertrauen verloren, hieß es aus dem Vorstand.",
        "Der Trainer habe das Vertrauen verloren", "dem Vorstand",
        needs=holds(*SAYS),
    ),
    ReportedRule(
        "speaker-first", speaker_first,
        "Ortsvorsteherin Gesa Ahlborn sagte, der Spielplatz werde im Mai eröffnet.",
        "der Spielplatz werde im Mai eröffnet", "Gesa Ahlborn",
        needs=cue_and_comma,
    ),
    ReportedRule(
        "interrupted", interrupted,
        "Die Brücke werde, so die Behörde, im Mai fertig.",
        "Die Brücke werde, so die Behörde, im Mai fertig", "die Behörde",
        needs=cue_or_so_and_comma,
    ),
    ReportedRule(
        "said-last", said_last,
        "Die Fähre falle wegen Sturms aus, teilte Reeder Piet Janssen mit.",
        "Die Fähre falle wegen Sturms aus", "Piet Janssen",
        needs=cue_after_last_comma,
    ),
    ReportedRule(
        "so-last", so_last,
        "Die Ernte sei in diesem Jahr besser als erwartet, so Landwirt Hinrich Tamm.",
        "Die Ernte sei in diesem Jahr besser als erwartet", "Hinrich Tamm",
        needs=so_after_last_comma,
    ),
    ReportedRule(
        "wie-said", wie_said,
        "Der Umbau koste mehr als geplant, wie Architektin Maren Voss sagte.",
        "Der Umbau koste mehr als geplant", "Maren Voss",
        needs=wie_after_last_comma,
    ),
    ReportedRule(
        "source-inside", source_inside,
        "Die Miete steigt laut Vermieterin Carla Benning um zehn Prozent.",
        "Die Miete steigt laut Vermieterin Carla Benning um zehn Prozent", "Carla Benning",
        needs=source_word,
    ),
    ReportedRule(
        "wonach", wonach,
        "Der Sender verbreitete eine Meldung, wonach der Minister zurücktreten wolle.",
        "der Minister zurücktreten wolle", "eine Meldung",
        needs=holds("wonach"),
    ),
    ReportedRule(
        "continued", continued,
        "Ministerin Ida Kranz stellte den Haushalt vor. Die Stadt müsse sparen.",
        "Die Stadt müsse sparen", "Ida Kranz",
        needs=konjunktiv,
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
        "partial-continued", partial_continued,
        "Der Wirt sagte, er schließe im Mai. Das Lokal gehört seit Jahrzehnten der Familie. "
        "Stammgäste kommen aus dem ganzen Tal. Die Pacht sei „schlicht zu hoch“.",
        "schlicht zu hoch", "der Wirt",
    ),
)  # fmt: skip
