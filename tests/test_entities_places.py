"""Places (entities/places.py), one short hand-written text each: which names are found, as
what, how often."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        "Die Feuerwehr aus Niederwessel rückte am Abend aus.",
        {("Niederwessel", "LOC", 1)},
        id="unknown-town-after-aus",
    ),
    pytest.param(
        "Einsatzkräfte aus Bertolzhofen, Kleinmössing und Ahrensweiler halfen.",
        {("Bertolzhofen", "LOC", 1), ("Kleinmössing", "LOC", 1), ("Ahrensweiler", "LOC", 1)},
        id="list-of-unknown-towns",
    ),
    pytest.param(
        "Der Antrag von Kleeberg scheiterte.",
        {("Kleeberg", "PER", 1)},  # a known surname standing alone names a person
        id="known-surname-is-no-town",
    ),
    pytest.param(
        "In Müllers Büro brannte Licht.",
        set(),
        id="genitive-name-before-a-noun-is-no-town",
    ),
    pytest.param(
        "Sachsens Regierung und Niedersachsen stritten.",
        {("Sachsen", "LOC", 1), ("Niedersachsen", "LOC", 1)},
        id="states-from-iso-3166-2",
    ),
]


# Sentences a reviewer wrote against the rules above; each once came out wrong.
CASES += [
    pytest.param(
        "Möbel von Großspendern, in Hochform, bei Hochsommerhitze und Kleinstbetrieben.",
        set(),
        id="compounds-after-prepositions-are-no-towns",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities(text: str, expected: set[tuple[str, str, int]]) -> None:
    found = {(e.name, e.type, e.mentions) for e in run([text]).entities if e.type != "DATE"}
    assert found == expected
