"""The word gates of the name passes (person_openers, org_openers, place_openers,
may_open_phrase) pass over only words at which no rule can start, and ask at a word only
the rules whose word-only test passed: each pass, run with every rule open at every word
(for places every capitalised word; the tests a pass does not ask again as it asked them
before it had gates), finds what it finds with the gates, on the invented sentences of the
entity tests and on their words, and the listed words that open rules, shuffled into new
sentences."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from unittest import mock

import pytest
import test_entities_company
import test_entities_organisations
import test_entities_people
import test_entities_place_slots
import test_entities_places
import test_entities_subjects
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.api import article_from_text
from build_dataset.entities import organisations, people, phrases, places
from build_dataset.lexicons import load
from build_dataset.records import Sentence
from build_dataset.segment import segment

TEXTS = [
    case.values[0]
    for module in (
        test_entities_company,
        test_entities_organisations,
        test_entities_people,
        test_entities_place_slots,
        test_entities_places,
        test_entities_subjects,
    )
    for case in module.CASES
]
# The words of the test sentences, and the short lists whose words open a rule, also in
# lower case and with a genitive -s: what a gate must let through.
LISTED = [
    entry.rstrip("+~ ")
    for name in ("titles", "address_titles", "club_words", "place_prefixes", "legal_forms")
    + ("party_names", "club_abbreviations", "road_nouns", "org_suffixes", "town_nouns")
    for entry in load(f"{name}.txt")
]
WORDS = sorted(
    {word for text in TEXTS for word in text.split()}
    | {form for entry in LISTED for form in (entry, entry.lower(), entry + "s")}
)

Finder = Callable[[Sentence], list[object]]
Gate = Callable[[str], object]


def every_word(word: str) -> bool:
    return True


def every_person_rule(word: str) -> people.PersonOpeners:
    """Every rule of people_in at every word, as the pass asked before its gate; the tests
    the pass does not ask again (a title, a club's word, a first name) as it asked them."""
    capitalised = word[:1].isupper()
    first_name = people.given_name(word) and not people.family_name_first(word)
    return dataclasses.replace(
        people.PersonOpeners(*[True] * len(people.PersonOpeners.__slots__)),
        role=capitalised,
        titled=word in people.TITLES,
        address=word in people.ADDRESS_TITLES,
        club=word in people.club_words(),
        named=bool(first_name or word in people.family_first_surnames()) and capitalised,
    )


def every_org_rule(word: str) -> organisations.OrgOpeners:
    """Every rule of organisations_in at every word, as the pass asked before its gate;
    the tests it does not ask again (a legal form, a club's abbreviation) as it asked them."""
    return dataclasses.replace(
        organisations.OrgOpeners(*[True] * len(organisations.OrgOpeners.__slots__)),
        legal=word.rstrip(".") in organisations.legal_forms(),
        club=word in organisations.club_abbreviations(),
    )


ALL_PLACE_RULES = places.PlaceOpeners(*[True] * len(places.PlaceOpeners.__slots__))


def every_place_rule(word: str) -> places.PlaceOpeners | None:
    """Every rule of places_in at every capitalised word, as the pass asked before its gate."""
    return ALL_PLACE_RULES if word[:1].isupper() else None


# (module, gate, the gate opened, the pass)
PASSES: list[tuple[object, str, Gate, Finder]] = [
    (people, "person_openers", every_person_rule, lambda s: list(people.people_in(s))),
    (
        organisations,
        "org_openers",
        every_org_rule,
        lambda s: list(organisations.organisations_in(s)),
    ),
    (places, "place_openers", every_place_rule, lambda s: list(places.places_in(s))),
    (phrases, "may_open_phrase", every_word, lambda s: list(phrases.phrases_in(s.tokens))),
]


def sentences(text: str) -> tuple[Sentence, ...]:
    return segment(article_from_text(text, "gates", None, "plain", None)).sentences


def differences(text: str) -> list[tuple[str, str, list[object], list[object]]]:
    found = []
    for sentence in sentences(text):
        for module, gate, opened, finder in PASSES:
            gated = finder(sentence)
            with mock.patch.object(module, gate, opened):
                ungated = finder(sentence)
            if gated != ungated:
                found.append((gate, sentence.text, gated, ungated))
    return found


def test_the_gates_pass_over_words_only() -> None:
    # the gate is asked: a gate that lets every word through would make this test moot
    assert not people.may_open_person("sagte") and not places.may_open_place("Regierung")
    assert not organisations.may_open_organisation("und")
    assert not phrases.may_open_phrase("sagte")
    assert [difference for text in TEXTS for difference in differences(text)] == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_the_gates_pass_over_words_only_in_shuffled_sentences(words: list[str]) -> None:
    assert differences(" ".join(words) + ".") == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein für Heimatkunde e.V. tagte in Lindau-Mitte.",  # lower-case legal form
        "Laut dpa kam es in der Lindenstraße zu Staus.",  # an institution in lower case
        "Die Sprecherin des Vereins Grüne Auen e.V. sagte, Moravecs Plan sei gut.",
        "Auf der A 7 und der Bundesstraße 27 staute es sich bis Ostbayern.",
        "Die Europäische Zentralbank und die Vereinigten Staaten berieten.",
    ],
)
def test_the_gates_let_through_rare_openers(text: str) -> None:
    assert differences(text) == []
