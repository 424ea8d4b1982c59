"""Quote patterns, one short hand-written text each: (text, type, speaker, mention, cue)."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        ["„Wir bauen die Brücke bis zum Sommer fertig“, sagte Bürgermeisterin Julia Hofmann."],
        [
            (
                "Wir bauen die Brücke bis zum Sommer fertig",
                "direct",
                "Julia Hofmann",
                "Bürgermeisterin Julia Hofmann",
                "sagte",
            )
        ],
        id="cue-after-quote",
    ),
    pytest.param(
        ["Trainer Markus Lenz sagte: »Die Mannschaft hat Charakter gezeigt.«"],
        [
            (
                "Die Mannschaft hat Charakter gezeigt.",
                "direct",
                "Markus Lenz",
                "Trainer Markus Lenz",
                "sagte",
            )
        ],
        id="colon-guillemets",
    ),
    pytest.param(
        ['"Das Angebot ist zu niedrig", so Gewerkschafterin Petra Sommer.'],
        [
            (
                "Das Angebot ist zu niedrig",
                "direct",
                "Petra Sommer",
                "Gewerkschafterin Petra Sommer",
                "so",
            )
        ],
        id="so-straight-quotes",
    ),
    pytest.param(
        ["„Wir sind zufrieden“, sagte Klaus Meier, „aber es bleibt viel zu tun.“"],
        [
            ("Wir sind zufrieden", "direct", "Klaus Meier", "Klaus Meier", "sagte"),
            ("aber es bleibt viel zu tun.", "direct", "Klaus Meier", "Klaus Meier", "sagte"),
        ],
        id="split-quote",
    ),
    pytest.param(
        [
            "Ministerin Sabine Kraus besuchte die Schule.",
            "Sie betonte, die Ausstattung sei veraltet.",
        ],
        [("die Ausstattung sei veraltet", "indirect", "Sabine Kraus", "Sie", "betonte")],
        id="female-pronoun-konjunktiv",
    ),
    pytest.param(
        ["Die Polizei teilte mit, dass niemand verletzt wurde."],
        [("niemand verletzt wurde", "indirect", "die Polizei", "Die Polizei", "teilte mit")],
        id="dass-separable-verb",
    ),
    pytest.param(
        ["Laut Feuerwehr brach das Feuer im Keller aus."],
        [("brach das Feuer im Keller aus", "indirect", "Feuerwehr", "Feuerwehr", "Laut")],
        id="laut",
    ),
    pytest.param(
        ["Die Preise würden weiter steigen, sagte Ökonom Stefan Roth."],
        [
            (
                "Die Preise würden weiter steigen",
                "indirect",
                "Stefan Roth",
                "Ökonom Stefan Roth",
                "sagte",
            )
        ],
        id="reported-before-cue",
    ),
    pytest.param(
        ["Kanzler Olaf Brenner traf die Delegation.", "Die Delegation sprach über Zölle."],
        [],
        id="no-verb-of-saying",
    ),
    pytest.param(
        ["Der Film „Sommerwind“ läuft ab Donnerstag."],
        [],
        id="quoted-title-is-not-a-quote",
    ),
    pytest.param(
        ["Experten erwarten, dass die Zinsen sinken."],
        [("die Zinsen sinken", "indirect", "Experten", "Experten", "erwarten")],
        id="unnamed-group",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quotes(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    got = [(q.text, q.type, q.speaker, q.speaker_mention, q.cue) for q in run(paragraphs).quotes]
    assert got == expected


def test_unmatched_quote_mark_warns_and_gives_no_row() -> None:
    extraction = run(["„Das ist ein offener Satz, sagte Anna Berger."])
    assert extraction.quotes == ()
    assert any("unmatched quotation mark" in w for w in extraction.warnings)


def test_speaker_slot_name_becomes_a_person() -> None:
    extraction = run(["„Wir haben hart gearbeitet“, sagte Kowalczyk nach dem Spiel."])
    (quote,) = extraction.quotes
    assert quote.speaker == "Kowalczyk" and quote.speaker_entity_id == "per-kowalczyk"
    assert ("Kowalczyk", "PER") in {(e.name, e.type) for e in extraction.entities}
