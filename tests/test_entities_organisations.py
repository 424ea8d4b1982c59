"""Organisations (entities/organisations.py), one short hand-written text each: which names
are found, as what, how often."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        "Vor dem Landgericht Kellersbach begann der Prozess.",
        {("Landgericht Kellersbach", "ORG", 1)},
        id="court-keeps-its-place-name",
    ),
    pytest.param(
        "Eine Studie der Universität Brammfeld und des Instituts für Moorökologie erschien.",
        {("Universität Brammfeld", "ORG", 1), ("Institut für Moorökologie", "ORG", 1)},
        id="institutions-keep-their-names",
    ),
    pytest.param(
        "Der Fahrgastverband Pro Bahn protestierte.",
        {("Pro Bahn", "ORG", 1)},
        id="descriptor-noun-is-not-part-of-the-name",
    ),
    pytest.param(
        "Brandstiftung könne nicht ausgeschlossen werden. Das Innenministerium schwieg.",
        {("Innenministerium", "ORG", 1)},
        id="bare-organisation-noun-needs-an-article",
    ),
    pytest.param(
        "Der TV Brackenstein 1888 verlor beim Tabellenführer SG Ellerbrück.",
        {("TV Brackenstein 1888", "ORG", 1), ("SG Ellerbrück", "ORG", 1)},
        id="club-names-with-year-and-after-a-noun",
    ),
    pytest.param(
        "Der Landtag tagte, die Bundesregierung schwieg.",
        set(),
        id="generic-bodies-are-no-named-organisations",
    ),
    pytest.param(
        "Das sagte Stadträtin Ina Vogt (Grüne).",
        {("Ina Vogt", "PER", 1), ("Grüne", "ORG", 1)},
        id="party-in-brackets",
    ),
    pytest.param(
        "Fortuna Düsseldorf schlug den SC Paderborn 07 und den 1. FSV Mainz 05.",
        {
            ("Fortuna Düsseldorf", "ORG", 1),
            ("SC Paderborn 07", "ORG", 1),
            ("1. FSV Mainz 05", "ORG", 1),
        },  # fmt: skip
        id="clubs-by-city-year-and-ordinal",
    ),
    pytest.param(
        "Der Batteriehersteller Norvalt Cells GmbH baut.",
        {("Norvalt Cells GmbH", "ORG", 1)},
        id="descriptor-compound-before-a-company",
    ),
    pytest.param(
        "Laut Hamburger Verkehrsverbund fahren die Busse.",
        {("Hamburger Verkehrsverbund", "ORG", 1)},
        id="place-adjective-before-an-organisation",
    ),
]


# Sentences a reviewer wrote against the rules above; each once came out wrong.
CASES += [
    pytest.param(
        "Union Berlin spielte gegen Eintracht Frankfurt.",
        {("Union Berlin", "ORG", 1), ("Eintracht Frankfurt", "ORG", 1)},
        id="clubs-opened-by-a-club-word",
    ),
    pytest.param(
        "Er gründete eine Familienstiftung. Ein Autokonzern kündigte Stellen.",
        set(),
        id="indefinite-organisation-nouns-are-generic",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities(text: str, expected: set[tuple[str, str, int]]) -> None:
    found = {(e.name, e.type, e.mentions) for e in run([text]).entities if e.type != "DATE"}
    assert found == expected
