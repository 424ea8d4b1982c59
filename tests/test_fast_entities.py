"""The name passes handed the words their gates open (gates.py) find what they find asking
their own gates at every token: word_gates says what each gate says, sentence_gates
opens the tokens each gate opens, and find_named_entities finds the same names with them
as without. On the invented sentences of the entity tests, and their words shuffled."""

from __future__ import annotations

from unittest import mock

import test_entities_gates
from hypothesis import given, settings
from hypothesis import strategies as st

import build_dataset.entities as entities
from build_dataset.api import article_from_text
from build_dataset.entities.company import candidate, firm_kind
from build_dataset.entities.gates import sentence_gates, word_gates
from build_dataset.entities.organisations import org_openers
from build_dataset.entities.people import person_openers
from build_dataset.entities.phrases import may_open_phrase
from build_dataset.entities.places import place_openers
from build_dataset.records import Document
from build_dataset.segment import segment, tokenize

TEXTS = test_entities_gates.TEXTS
WORDS = [*test_entities_gates.WORDS, "Hersteller", "Rockband", "Wenzlick", "sagte", ",", "("]


def document(text: str) -> Document:
    return segment(article_from_text(text, "gates", None, "plain", None))


def own_gates(tokens: object) -> tuple[None, ...]:
    """Every pass asks its own gate at every token (a pass handed None)."""
    return (None,) * 6


def test_word_gates_say_what_each_gate_says() -> None:
    for word in WORDS:
        gates = word_gates(word)
        said = (
            may_open_phrase(word), person_openers(word), org_openers(word),
            place_openers(word), firm_kind(word), candidate(word),
        )  # fmt: skip
        if gates is None:
            assert not any(said), word
        else:
            assert (
                gates.phrase, gates.person, gates.organisation, gates.place, gates.firm,
                gates.candidate,
            ) == said, word  # fmt: skip
    assert word_gates("sagte") is None and word_gates("und") is None
    assert word_gates("Hersteller") is not None and word_gates("Hersteller").firm  # type: ignore[union-attr]


def test_sentence_gates_open_what_each_gate_opens() -> None:
    tokens = tokenize("Der Hersteller Norvatek und Anna Berger (SPD) sagten in Bad Lindau, ", 0)
    phrase, person, organisation, place, firm, named = sentence_gates(tokens)
    texts = [token.text for token in tokens]
    assert phrase == [i for i, word in enumerate(texts) if may_open_phrase(word)]
    assert person == [(i, opens) for i, word in enumerate(texts) if (opens := person_openers(word))]
    assert organisation == [
        (i, opens) for i, word in enumerate(texts) if (opens := org_openers(word))
    ]
    assert place == [(i, opens) for i, word in enumerate(texts) if (opens := place_openers(word))]
    assert firm == [i for i, word in enumerate(texts) if firm_kind(word)] == [1]
    assert named == [i for i, word in enumerate(texts) if candidate(word)]
    assert 4 in [i for i, _ in person] and 0 not in [i for i, _ in person]


def same_names(text: str) -> bool:
    found = entities.find_named_entities(document(text))
    with mock.patch.object(entities, "sentence_gates", own_gates):
        alone = entities.find_named_entities(document(text))
    return found == alone


def test_the_passes_find_the_same_names_with_the_shared_gates() -> None:
    assert [text for text in TEXTS if not same_names(text)] == []
    assert entities.find_named_entities(document("Der Hersteller Norvatek wächst."))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_the_same_names_in_shuffled_sentences(words: list[str]) -> None:
    assert same_names(" ".join(words) + ".")
