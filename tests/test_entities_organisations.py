"""Organisations (entities/organisations.py), one short hand-written text each: which names
are found, as what, how often."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        "Im Halbfinale verlor der Verein gegen Panderos Lissabon.",
        {("Panderos Lissabon", "ORG", 1)},
        id="club-of-an-unknown-word-and-a-city",
    ),
    pytest.param(
        "Der Stürmer wurde an Leeds City verliehen.",
        {("Leeds City", "ORG", 1)},
        id="town-and-a-team-word-that-is-also-a-noun",
    ),
    pytest.param(
        "Der Kreisläufer wechselt zum HCW Aalen.",
        {("HCW Aalen", "ORG", 1)},
        id="acronym-and-a-town-that-is-also-a-noun",
    ),
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


# Names on real text (issue 13): capitals, adjectives, companies, teams, agencies.
CASES += [
    pytest.param(
        "Die Grünen stimmten dagegen, die Union dafür.",
        {("Grünen", "ORG", 1), ("Union", "ORG", 1)},
        id="party-short-names-after-an-article",
    ),
    pytest.param(
        "Am Sonntag saßen sie im Grünen.",
        set(),
        id="party-word-without-an-article-is-no-party",
    ),
    pytest.param(
        "Das Auto kostet 9000 CHF und hat 150 PS.",
        set(),
        id="currency-and-unit-are-no-organisations",
    ),
    pytest.param(
        "Der Jet vom Typ B737 landete, die Linie S12 fuhr weiter, das Portal für B2B auch.",
        set(),
        id="capitals-with-a-digit-are-a-model-or-line",
    ),
    pytest.param(
        "Die USA und die DDR verhandelten lange.",
        {("USA", "LOC", 1), ("DDR", "LOC", 1)},
        id="country-abbreviations-are-places",
    ),
    pytest.param(
        "Sie studierte an der TU Halberstadt.",
        {("TU Halberstadt", "ORG", 1)},
        id="acronym-and-the-name-after-it",
    ),
    pytest.param(
        "Brommel Verlag, Kassel 1990. Der Schulbuchverlag schwieg.",
        {("Brommel Verlag", "ORG", 1), ("Kassel", "LOC", 1)},
        id="a-name-before-a-bare-publisher-noun",
    ),
    pytest.param(
        "Die Aktien von Nakamura FJB fielen, die SPD schwieg.",
        {("Nakamura FJB", "ORG", 1), ("SPD", "ORG", 1)},
        id="a-brand-name-before-an-acronym",
    ),
    pytest.param(
        "Greta Brill (Grüne) und Rutger Brink (Tischler) stritten.",
        {("Greta Brill", "PER", 1), ("Grüne", "ORG", 1), ("Rutger Brink", "PER", 1)},
        id="a-noun-in-brackets-is-no-affiliation",
    ),
    pytest.param(
        "Mit dem Hersteller Linde sprach er.",
        {("Linde", "ORG", 1)},
        id="listed-company-that-is-a-noun-after-a-kind-of-firm",
    ),
    pytest.param(
        "KASSEL. Die Stadt baut neue Schulen.",
        {("KASSEL", "LOC", 1)},
        id="capitals-for-emphasis-are-no-acronym",
    ),
    pytest.param(
        "Das teilte der Hessische Rundfunk am Montag mit.",
        {("Hessische Rundfunk", "ORG", 1)},
        id="capitalised-adjective-before-an-organisation-noun",
    ),
    pytest.param(
        "Das SPD-geführte Innenministerium schwieg.",
        {("Innenministerium", "ORG", 1)},
        id="lower-case-adjective-is-no-part-of-the-name",
    ),
    pytest.param(
        "Die Wochenzeitung berichtete darüber.",
        set(),
        id="a-kind-of-newspaper-is-no-organisation",
    ),
    pytest.param(
        "Die Rheinische Zeitung berichtete darüber.",
        {("Rheinische Zeitung", "ORG", 1)},
        id="a-newspaper-by-its-name",
    ),
    pytest.param(
        "Das Ministerium für Bau und Verkehr widersprach.",
        {("Ministerium für Bau und Verkehr", "ORG", 1)},
        id="ministry-for-two-things",
    ),
    pytest.param(
        "Laut Bundesinnenministerium steigt die Zahl.",
        {("Bundesinnenministerium", "ORG", 1)},
        id="federal-body-without-an-article",
    ),
    pytest.param(
        "Die Aktie von Infineon stieg am Morgen.",
        {("Infineon", "ORG", 1)},
        id="listed-company",
    ),
    pytest.param(
        "Der Auftrag ging an Linde und Henkel.",
        {("Linde", "ORG", 1), ("Henkel", "ORG", 1)},
        id="listed-companies-that-are-nouns-without-an-article",
    ),
    pytest.param(
        "Unter den Linden stand eine Linde.",
        set(),
        id="a-noun-with-its-article-is-no-company",
    ),
    pytest.param(
        "Die Portland Owls gewannen das Finale.",
        {("Portland Owls", "ORG", 1)},
        id="team-of-a-town",
    ),
    pytest.param(
        "Wie die dpa meldete, brannte die Halle.",
        {("dpa", "ORG", 1)},
        id="news-agency",
    ),
    pytest.param(
        "Der Deutsche Bundestag tagte bis Mitternacht.",
        {("Deutsche Bundestag", "ORG", 1)},
        id="institution-with-its-adjective",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities(text: str, expected: set[tuple[str, str, int]]) -> None:
    found = {(e.name, e.type, e.mentions) for e in run([text]).entities if e.type != "DATE"}
    assert found == expected
