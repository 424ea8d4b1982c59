"""Places told by the words around them or by their make-up (entities/place_slots.py);
invented sentences, each a rule and its limits."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        "Im Januar wurde die Gemeinde Quarnbeck eingemeindet.",
        {("Quarnbeck", "LOC", 1)},
        id="name-after-its-kind-of-place",
    ),
    pytest.param(
        "Zum Amt gehören die Dörfer Kaarela, Tolvila und Ruukkasi.",
        {("Kaarela", "LOC", 1), ("Tolvila", "LOC", 1), ("Ruukkasi", "LOC", 1)},
        id="a-list-after-a-plural-kind-of-place",
    ),
    pytest.param(
        "Die Stadt Verwaltung ist hier kein Ort.",
        set(),
        id="a-common-noun-after-stadt-is-no-place",
    ),
    pytest.param(
        "Der Sturm traf vor allem Ostbayern.",
        {("Ostbayern", "LOC", 1)},
        id="compass-point-before-a-region",
    ),
    pytest.param(
        "Die Tagung in Linz/Graz begann am Morgen.",
        {("Linz/Graz", "LOC", 1)},
        id="places-joined-by-a-slash",
    ),
    pytest.param(
        "Der Wald liegt zwischen der A 7 und der Bundesstraße 27.",
        {("A 7", "LOC", 1), ("Bundesstraße 27", "LOC", 1)},
        id="numbered-roads",
    ),
    pytest.param(
        "Die Wanderer stiegen vom Luschtal auf den Mirkenberg.",
        {("Luschtal", "LOC", 1), ("Mirkenberg", "LOC", 1)},
        id="valley-and-mountain-compounds",
    ),
    pytest.param(
        "Sie sahen den Schuldenberg und den Eisberg.",
        set(),
        id="compounds-of-common-nouns-are-no-places",
    ),
    pytest.param(
        "Sie wohnte am Ufer des Lorrimer River nahe der Ashgrove Hall.",
        {("Lorrimer River", "LOC", 1), ("Ashgrove Hall", "LOC", 1)},
        id="english-place-name-and-its-generic-term",
    ),
    pytest.param(
        "Er schrieb eine Geschichte Pommerns.",
        {("Pommern", "LOC", 1)},
        id="a-places-genitive-after-a-noun",
    ),
    pytest.param(
        "Er leitete die Volkshochschule des Kölner Bundes.",
        set(),
        id="a-genitive-after-an-adjective-has-its-article",
    ),
    pytest.param(
        "Das Modell A9 kostet mehr.",
        set(),
        id="a-model-code-without-article-is-no-road",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_slots(text: str, expected: set[tuple[str, str, int]]) -> None:
    found = {(e.name, e.type, e.mentions) for e in run([text]).entities if e.type != "DATE"}
    assert found == expected
