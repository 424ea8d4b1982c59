"""Partial quotes, labels and the frames of direct speech beyond a verb of saying.

Every text here is invented. The rows of PARTIAL_RULES run their own examples; the cases
below are regressions, each named by what went wrong or what must stay out.
"""

from __future__ import annotations

import pytest

from build_dataset import extract
from build_dataset.quotes import attribution
from build_dataset.quotes.attribution import PARTIAL_RULES
from build_dataset.quotes.rules import PartialRule


def direct(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in extract(text).quotes if q.type == "direct"]


@pytest.mark.parametrize("rule", PARTIAL_RULES, ids=[rule.name for rule in PARTIAL_RULES])
def test_partial_rule_example(rule: PartialRule) -> None:
    assert (rule.quote, rule.speaker) in direct(rule.example)


@pytest.mark.parametrize("rule", PARTIAL_RULES, ids=[rule.name for rule in PARTIAL_RULES])
def test_partial_rule_matches_its_own_example(rule: PartialRule) -> None:
    """Without its row the example loses the quote or gets another speaker."""
    others = tuple(r for r in attribution.PARTIAL_RULES if r is not rule)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("build_dataset.quotes.finder.PARTIAL_RULES", others)
        found = direct(rule.example)
    assert (rule.quote, rule.speaker) not in found


def test_partial_rule_names_are_unique() -> None:
    names = [rule.name for rule in PARTIAL_RULES]
    assert len(names) == len(set(names))


SAID = [
    pytest.param(
        "Die Ärztin Lotte Brammer warnte vor „übereilten Schritten“.",
        [("übereilten Schritten", "Lotte Brammer")],
        id="warnte-vor",
    ),
    pytest.param(
        "Der Landrat Henning Ohlsen sprach von einem „schwarzen Tag für die Region“.",
        [("schwarzen Tag für die Region", "Henning Ohlsen")],
        id="sprach-von",
    ),
    pytest.param(
        "Die Gewerkschaft bezeichnete das Angebot als „Provokation“.",
        [("Provokation", "die Gewerkschaft")],
        id="single-word-named-by-verb",
    ),
    pytest.param(
        "Von einem „fairen Kompromiss“ sprach dagegen Stadträtin Ina Kolbe.",
        [("fairen Kompromiss", "Ina Kolbe")],
        id="subject-after-verb",
    ),
    pytest.param(
        "Im Interview nannte Kapitän Jörn Asmus das Wetter „unberechenbar“.",
        [("unberechenbar", "Jörn Asmus")],
        id="prepositional-phrase-is-no-subject",
    ),
    pytest.param(
        "Trainer Bodo Kranz zeigte sich zufrieden: „Die Mannschaft hat gekämpft.“",
        [("Die Mannschaft hat gekämpft.", "Bodo Kranz")],
        id="colon-after-non-speech-verb",
    ),
    pytest.param(
        "Dazu sagte Schulleiterin Marta Wendt: „Der Umbau beginnt im Juli.“",
        [("Der Umbau beginnt im Juli.", "Marta Wendt")],
        id="adverb-first-is-no-speaker",
    ),
    pytest.param(
        "Die Bürgermeisterin Anke Roth verteidigte den Haushalt. „Wir sparen, wo es geht.“",
        [("Wir sparen, wo es geht.", "Anke Roth")],
        id="quoted-sentence-after-its-speaker",
    ),
    pytest.param(
        "„Wir sehen uns vor Gericht“, wird Anwalt Piet Marbach in der Lokalzeitung zitiert.",
        [("Wir sehen uns vor Gericht", "Piet Marbach")],
        id="passive-quoted",
    ),
    pytest.param(
        "Die Stadträtin Ina Kolbe wird von der Lokalzeitung mit den Worten zitiert: „Das reicht"
        " nicht.“",
        [("Das reicht nicht.", "Ina Kolbe")],
        id="passive-quoted-colon-names-the-subject-not-the-words",
    ),
    pytest.param(
        "„Der Hafen bleibt offen“, so Hafenmeister Ole Timm, „auch bei Sturm.“",
        [("Der Hafen bleibt offen", "Ole Timm"), ("auch bei Sturm.", "Ole Timm")],
        id="split-by-so",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAID)
def test_said(text: str, expected: list[tuple[str, str]]) -> None:
    assert direct(text) == expected


NOT_SAID = [
    pytest.param("Der Film „Die stille Bucht“ läuft ab Donnerstag im Kino.", id="film-title"),
    pytest.param("Das Schiff „Nordlicht“ lief am Morgen aus Kiel aus.", id="ship-name"),
    pytest.param(
        "Die so genannte „Bürgerwehr“ patrouilliert nachts durch den Ort.", id="so-genannte"
    ),
    pytest.param("Der „Brücken-Gipfel“-Streit hält die Stadt in Atem.", id="inside-compound"),
    pytest.param(
        "Die Initiative „Freie Fahrt für Radler“ sammelt Unterschriften.", id="capitalised-name"
    ),
    pytest.param("Auf dem Plakat der Band stand nur „Tour Ende“ zu lesen.", id="title-case"),
    pytest.param(
        "Die Händler erlebten einen „Ansturm“ wie seit Jahren nicht.", id="scare-quote-word"
    ),
    pytest.param(
        "Wie die „Nordpost“ berichtet, schließt das Werk im Herbst.", id="newspaper-as-source"
    ),
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_not_said(text: str) -> None:
    assert direct(text) == []


def test_nested_quote_lies_inside_its_reported_clause() -> None:
    """Both rows: the reported clause and, inside it, the quoted words, same speaker."""
    result = extract("Der Förster Udo Krell sagte, der Sturm habe „ganze Schneisen“ geschlagen.")
    kinds = {q.type: q for q in result.quotes}
    assert set(kinds) == {"direct", "indirect"}
    inner, outer = kinds["direct"], kinds["indirect"]
    assert outer.start <= inner.start and inner.end <= outer.end
    assert inner.speaker == outer.speaker == "Udo Krell"
    assert inner.text == "ganze Schneisen"
