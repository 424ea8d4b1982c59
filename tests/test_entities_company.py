"""Names known by the company they keep (entities/company.py): coordination with a found
name, and a quoted title told something by a verb of saying; invented sentences."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        "Die Aufträge gingen an Infineon und Norvatek.",
        {("Infineon", "ORG", 1), ("Norvatek", "ORG", 1)},
        id="unknown-name-beside-a-listed-company",
    ),
    pytest.param(
        "Gestern kamen Trainerin Maja Wenzlick und Ollertz zur Probe.",
        {("Maja Wenzlick", "PER", 1), ("Ollertz", "PER", 1)},
        id="unknown-name-beside-a-person",
    ),
    pytest.param(
        "Gestern kamen Trainerin Maja Wenzlick und Dizzo Ollertz zur Probe.",
        {("Maja Wenzlick", "PER", 1)},
        id="no-part-of-a-longer-name",
    ),
    pytest.param(
        "Das sei falsch, sagte sie der „Lindauer Abendpost“ am Montag.",
        {("Lindauer Abendpost", "ORG", 1)},
        id="quoted-title-told-by-a-verb-of-saying",
    ),
    pytest.param(
        "Dem „Nordkurier“ zufolge fiel die Sitzung aus.",
        {("Nordkurier", "ORG", 1)},
        id="quoted-title-before-zufolge",
    ),
    pytest.param(
        "Der Mobilfunkbetreiber Telvia meldete Gewinne, die Rockband Zandrix nicht.",
        {("Telvia", "ORG", 1), ("Zandrix", "ORG", 1)},
        id="name-after-a-kind-of-firm",
    ),
    pytest.param(
        "Der Hersteller Hamburg plant nichts, die Band Gewitter auch nicht.",
        {("Hamburg", "LOC", 1)},
        id="a-place-or-noun-after-a-kind-of-firm-is-no-name",
    ),
    pytest.param(
        "Er sprach mit dem „Bären“ über das Spiel.",
        set(),
        id="a-quoted-common-noun-is-a-nickname",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_company(text: str, expected: set[tuple[str, str, int]]) -> None:
    found = {(e.name, e.type, e.mentions) for e in run([text]).entities if e.type != "DATE"}
    assert found == expected
