"""Reported speech (quotes/reported.py, indirect.py), one short hand-written text each:
(text, type, speaker, mention, cue)."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
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
        ["Die Miete steigt laut Vermieter Tobias Grell um zehn Prozent."],
        [
            (
                "Die Miete steigt laut Vermieter Tobias Grell um zehn Prozent",
                "indirect",
                "Tobias Grell",
                "Vermieter Tobias Grell",
                "laut",
            )
        ],
        id="laut-inside-the-sentence",
    ),
    pytest.param(
        ["Die Musik war laut."],
        [],
        id="laut-the-adjective",
    ),
    pytest.param(
        [
            "„Der Brand ist gelöscht“, sagte ein Polizeisprecher und fügte hinzu, niemand sei verletzt."
        ],
        [
            (
                "Der Brand ist gelöscht",
                "direct",
                "ein Polizeisprecher",
                "ein Polizeisprecher",
                "sagte",
            ),
            (
                "niemand sei verletzt",
                "indirect",
                "ein Polizeisprecher",
                "ein Polizeisprecher",
                "fügte hinzu",
            ),
        ],  # fmt: skip
        id="reported-half-after-a-direct-quote",
    ),
    pytest.param(
        ["Landrat Jens Ohm sagte, die Lage sei „ernst, aber beherrschbar“."],
        [
            (
                "die Lage sei „ernst, aber beherrschbar“",
                "indirect",
                "Jens Ohm",
                "Landrat Jens Ohm",
                "sagte",
            ),
            # The quoted words inside it are his own: a nested direct quote.
            ("ernst, aber beherrschbar", "direct", "Jens Ohm", "Landrat Jens Ohm", "sagte"),
        ],  # fmt: skip
        id="reported-speech-around-a-quoted-phrase",
    ),
    pytest.param(
        ["Landrat Jens Ohm sagte, die Kreisumlage reiche nicht aus."],
        [("die Kreisumlage reiche nicht aus", "indirect", "Jens Ohm", "Landrat Jens Ohm", "sagte")],
        id="main-clause-after-a-verb-of-saying",
    ),
    pytest.param(
        ["Landrat Jens Ohm sagte den Termin ab, weil er erkrankt war."],
        [],
        id="adverbial-clause-is-not-what-was-said",
    ),
    # Sentences a reviewer wrote against the rules above; each once came out wrong.
    pytest.param(
        ["Landrat Jens Ohm sagte, die Kosten stiegen laut Gutachten deutlich."],
        [
            (
                "die Kosten stiegen laut Gutachten deutlich",
                "indirect",
                "Jens Ohm",
                "Landrat Jens Ohm",
                "sagte",
            )
        ],  # fmt: skip
        id="laut-inside-reported-speech-keeps-the-speaker",
    ),
    pytest.param(
        ["Die Demonstranten riefen laut Parolen gegen die Regierung."], [], id="laut-loudly"
    ),
    pytest.param(["Die Schüler schreiben, rechnen und lesen gemeinsam."], [], id="verb-list"),
    pytest.param(["Der Sturm drohte, die Ernte zu vernichten."], [], id="zu-infinitive"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quotes(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    got = [(q.text, q.type, q.speaker, q.speaker_mention, q.cue) for q in run(paragraphs).quotes]
    assert got == expected
