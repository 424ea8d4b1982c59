"""Mention counting's fast paths give what the plain code gave: the first words of the
names searched for with str.find, not looked up along every word run of the body, and the
legal form read without a set made for each name. On invented texts only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.dates import date_key
from build_dataset.entities.mentions import (
    SEARCHED_WORDS,
    entity_key,
    mention_claims,
    searched_places,
    surface_forms,
    walked_places,
)
from build_dataset.names import slug
from build_dataset.records import Found
from build_dataset.wordclasses import legal_forms

# Words, word pieces and the characters around them: letters, digits and "_" are word
# characters, so "Berger_2" and "Bergers" hold no run "Berger".
WORDS = ["Berger", "Anna", "Bergers", "Lindach", "Rat", "Stadtrat", "Ratgeber", "GmbH", "Ü"]
PIECES = [*WORDS, " ", "-", ".", "„", "“", "_", "2", "é", "\n\n", "(", ")", "ß", "'"]
bodies = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
word_sets = st.sets(st.sampled_from([*WORDS, "Ber", "ger", "A", "2"]), max_size=6)


@settings(max_examples=500, deadline=None)
@given(bodies, word_sets)
def test_searched_places_are_the_walked_ones(body: str, words: set[str]) -> None:
    assert sorted(searched_places(words, body)) == sorted(walked_places(words, body))


def test_places_of_a_paragraph() -> None:
    body = "Anna Berger (Stadtrat) und Bergers Ratgeber: Berger_2 sagte, Berger komme."
    assert sorted(searched_places(["Berger", "Rat"], body)) == [(5, "Berger"), (61, "Berger")]
    assert sorted(walked_places({"Berger", "Rat"}, body)) == [(5, "Berger"), (61, "Berger")]


def test_many_names_are_walked_to_the_same_claims() -> None:
    """More first words than SEARCHED_WORDS take the walk; the claims stay those of each
    name alone, overlapping ones too (count_mentions keeps the first, longest)."""
    found = [Found(f"Ort{number}", "LOC") for number in range(SEARCHED_WORDS + 5)]
    found.append(Found("Anna Berger", "PER"))
    body = "Anna Berger kam aus Ort3, Bergers Plan aus Ort60. Berger blieb in Ort3s Hafen."
    claims = sorted(mention_claims(found, body))
    alone = sorted(
        (start, end, number)
        for number, name in enumerate(found)
        for start, end, _ in mention_claims([name], body)
    )
    assert claims == alone
    assert [(body[start:-end], number) for start, end, number in claims] == [
        ("Anna Berger", len(found) - 1), ("Berger", len(found) - 1), ("Ort3", 3), ("Bergers", len(found) - 1),
        ("Ort60", 60), ("Berger", len(found) - 1), ("Ort3s", 3),
    ]  # fmt: skip


def plain_legal_short(name: str) -> bool:
    return name.split()[-1] in legal_forms() | {form + "." for form in legal_forms()}


def test_legal_forms_with_and_without_period() -> None:
    forms = sorted(legal_forms())
    names = [f"Nordwerk {form}" for form in forms] + [f"Nordwerk {form}." for form in forms]
    names += ["Nordwerk Gruppe", "Nordwerk .", "Nordwerk G.", "Nordwerk GmbH.."]
    for name in names:
        short = "Nordwerk" in surface_forms(Found(name, "ORG"))
        assert short == plain_legal_short(name), name
    assert "Nordwerk" in surface_forms(Found("Nordwerk GmbH", "ORG"))
    assert "Nordwerk" not in surface_forms(Found("Nordwerk Gruppe", "ORG"))


def test_memoised_keys_are_the_slugs() -> None:
    for kind, name in [("PER", "Jonas Weidlich"), ("ORG", "Müller GmbH"), ("LOC", "Łódź")]:
        assert entity_key(kind, name) == entity_key(kind, name) == f"{kind.lower()}-{slug(name)}"
    assert entity_key("PER", "Jörg Maaß") == "per-joerg-maass"
    assert date_key("12. Februar") == date_key("12. Februar") == "date-12-februar"
