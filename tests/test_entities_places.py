"""Places (entities/places.py), one short hand-written text each: which names are found, as
what, how often."""

from __future__ import annotations

import pytest
from helpers import run

from build_dataset.entities import town_shape

CASES = [
    pytest.param(
        "Die Feuerwehr aus Niederwessel rückte am Abend aus.",
        {("Niederwessel", "LOC", 1)},
        id="unknown-town-after-aus",
    ),
    pytest.param(
        "Die Mauer besteht aus Steinen, die Knochen stammen von Fischen.",
        set(),
        id="a-nouns-dative-plural-after-aus-is-no-town",
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
    pytest.param(
        "Das Fest findet in Nieder statt.",
        set(),
        id="a-word-that-is-only-a-town-prefix-does-not-crash",
    ),
]


# Names on real text (issue 13): names of several words, gazetteer, streets.
CASES += [
    pytest.param(
        "Die Grenzen Deutschlandes wurden neu gezogen.",
        {("Deutschland", "LOC", 1)},
        id="older-genitive-of-a-country",
    ),
    pytest.param(
        "Die Botschafterin der Vereinigten Staaten sprach.",
        {("Vereinigte Staaten", "LOC", 1)},
        id="inflected-country-of-two-words",
    ),
    pytest.param(
        "Sie zog vor Jahren nach Buenos Aires.",
        {("Buenos Aires", "LOC", 1)},
        id="town-of-two-words",
    ),
    pytest.param(
        "Der Zug fuhr nach Frankfurt am Main.",
        {("Frankfurt am Main", "LOC", 1)},
        id="longest-name-wins",
    ),
    pytest.param(
        "Die Lage im Nahen Osten bleibt gespannt.",
        {("Nahen Osten", "LOC", 1)},
        id="adjective-and-place-noun",
    ),
    pytest.param(
        "Wir segelten am Starnberger See.",
        {("Starnberger See", "LOC", 1)},
        id="place-adjective-and-place-noun",
    ),
    pytest.param(
        "Die Kur in Bad Birkenau half ihm.",
        {("Bad Birkenau", "LOC", 1)},
        id="prefix-bad",
    ),
    pytest.param(
        "Der Brand in Hamburg-Mitte war schnell gelöscht.",
        {("Hamburg-Mitte", "LOC", 1)},
        id="town-and-its-quarter",
    ),
    pytest.param(
        "Die Debatte um den Ukraine-Krieg hält an.",
        {("Ukraine", "LOC", 1)},
        id="place-in-a-compound-counts-alone",
    ),
    pytest.param(
        "Sie wohnt in der Amselstraße neben der Bundesstraße.",
        {("Amselstraße", "LOC", 1)},
        id="street-but-not-a-kind-of-street",
    ),
    pytest.param(
        "Die Konferenz fand in Tarsk statt.",
        {("Tarsk", "LOC", 1)},
        id="unknown-word-after-in",
    ),
    pytest.param(
        "Die Fähre erreichte Mombasa am Morgen.",
        {("Mombasa", "LOC", 1)},
        id="large-town-of-the-gazetteer",
    ),
    pytest.param(
        "Der Bus fuhr nach Sokodé und zurück.",
        {("Sokodé", "LOC", 1)},
        id="small-town-of-the-gazetteer-after-nach",
    ),
    pytest.param(
        "Er spielte zwei Jahre in den Niederlanden.",
        {("Niederlande", "LOC", 1)},
        id="country-in-the-dative-plural",
    ),
    pytest.param(
        "Die Regierung in NRW plant neue Schulen.",
        {("NRW", "LOC", 1)},
        id="state-abbreviation",
    ),
    pytest.param(
        "Sie wanderten durch den Oberen Wald.",
        {("Oberen Wald", "LOC", 1)},
        id="adjective-and-forest",
    ),
    pytest.param(
        "Der Ausflug ging zum Lido di Vesta.",
        {("Lido di Vesta", "LOC", 1)},
        id="romance-prefix-and-particle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities(text: str, expected: set[tuple[str, str, int]]) -> None:
    found = {(e.name, e.type, e.mentions) for e in run([text]).entities if e.type != "DATE"}
    assert found == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        pytest.param("dorf", True, id="an-ending"),
        pytest.param("dingen", True, id="two-letters-before-an-ending"),
        pytest.param("bergen", True, id="two-letters-after-an-ending"),
        pytest.param("ofen", True, id="the-tail-of-an-ending"),
        pytest.param("ausbau", False, id="a-plain-noun"),
        pytest.param("haus", False, id="a-noun-that-starts-an-ending"),
        pytest.param("xdorfxyz", False, id="an-ending-inside"),
    ],
)
def test_a_tail_close_to_a_place_ending_is_toponymic(tail: str, expected: bool) -> None:
    endings = town_shape.toponym_affixes()[0]
    assert town_shape.toponymic(tail, endings) is expected
    # the same as comparing the tail with each ending, as the test did before its sets
    assert expected == any(
        ((tail.endswith(e) or tail.startswith(e)) and len(tail) - len(e) <= 2) or e.endswith(tail)
        for e in endings
    )
