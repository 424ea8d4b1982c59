"""A person named by one word in the subject's slot (entities/subjects.py), told by the
finite verb beside it; invented sentences, each a rule and its limits."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        "Wenzlick war seit 1990 Kassenwart des Vereins.",
        {("Wenzlick", "PER", 1)},
        id="sentence-start-before-an-auxiliary",
    ),
    pytest.param(
        "Ollertz plädierte für eine zweite Abstimmung.",
        {("Ollertz", "PER", 1)},
        id="sentence-start-before-a-weak-preterite",
    ),
    pytest.param(
        "Im Herbst ging Wenzlick erstmals auf Tournee.",
        {("Wenzlick", "PER", 1)},
        id="inverted-after-a-strong-verb",
    ),
    pytest.param(
        "Das wird teuer, sagte Ollertz.",
        {("Ollertz", "PER", 1)},
        id="inverted-after-a-verb-of-saying",
    ),
    pytest.param(
        "Wir bleiben dabei, so Ollertz.",
        {("Ollertz", "PER", 1)},
        id="so-after-a-quotation",
    ),
    pytest.param(
        "Derweil setzte der Regen ein. Dadurch hatte niemand Zeit.",
        set(),
        id="sentence-adverbs-are-no-subjects",
    ),
    pytest.param(
        "Rätselhafter erscheint der zweite Fund.",
        set(),
        id="an-inflected-adjective-is-no-subject",
    ),
    pytest.param(
        "Andere meinen, der Plan komme zu spät.",
        set(),
        id="a-plural-verb-takes-no-single-name",
    ),
    pytest.param(
        "Die neue Wenzlickhalle steht leer.",
        set(),
        id="an-adjective-after-its-article-is-no-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subjects(text: str, expected: set[tuple[str, str, int]]) -> None:
    found = {(e.name, e.type, e.mentions) for e in run([text]).entities if e.type != "DATE"}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Schärfer fiel die Kritik der Opposition aus.",
        "Betroffen ist auch die Spedition am Hafen.",
        "Weitere Gespräche folgten im Mai.",
        "Anzumerken wäre noch ein Punkt.",
        "Es mag Ihnen seltsam vorkommen.",
    ],
    ids=[
        "comparative-beside-its-noun",
        "participle",
        "inflected-comparative",
        "zu-infinitive",
        "polite-pronoun",
    ],
)
def test_words_capitalised_by_the_sentence_are_no_names(text: str) -> None:
    assert [e.name for e in run([text]).entities if e.type == "PER"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doch Ollertz wurde im Mai entlassen.", "Ollertz"),
        ("Im Finale vergab aber Ollertz die Chance.", "Ollertz"),
        ("Wir sind zufrieden, sagte Wenzlick-Ollertz.", "Wenzlick-Ollertz"),
        ("Pinkwarth plädierte für die Reform.", "Pinkwarth"),
        ("Ollertz hingegen war dagegen.", "Ollertz"),
        ("Damals ging Pradzewitz nach Brünn.", "Pradzewitz"),
        ("Wir kommen wieder, sagte Rieger.", "Rieger"),
    ],
    ids=[
        "after-a-conjunction",
        "adverb-between-verb-and-name",
        "hyphenated",
        "ends-in-t",
        "adverb-between-name-and-verb",
        "town-shaped-surname-after-a-verb",
        "surname-like-a-comparative-without-umlaut",
    ],
)
def test_subject_slot_variants(text: str, name: str) -> None:
    assert [e.name for e in run([text]).entities if e.type == "PER"] == [name]
