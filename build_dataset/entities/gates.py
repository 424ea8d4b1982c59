"""The word gates of all name passes, asked once per word of a sentence.

Each pass has a gate, a memoised test of the word alone that says which of its rules can
start there (people.person_openers, organisations.org_openers, places.place_openers,
phrases.may_open_phrase, company.firm_kind and company.candidate). A pass run alone asks
its gate at every token; find_named_entities runs them all on each sentence, and asking
six memos for each of its words cost more than the rules: here one memo holds what all
six say of a word (None for the five words in six where none opens), and each pass is
handed the words its gate opens. The same names as each pass asking its own gate
(tests/test_fast_entities.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from build_dataset.entities.company import candidate, firm_kind
from build_dataset.entities.organisations import OrgOpeners, org_openers
from build_dataset.entities.people import PersonOpeners, person_openers
from build_dataset.entities.phrases import may_open_phrase
from build_dataset.entities.places import PlaceOpeners, place_openers
from build_dataset.records import Token
from build_dataset.wordclasses import WORD_MEMO


@dataclass(frozen=True, slots=True)
class WordGates:
    """What each pass's gate says of one word."""

    phrase: bool
    person: PersonOpeners | None
    organisation: OrgOpeners | None
    place: PlaceOpeners | None
    firm: bool
    candidate: bool


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def word_gates(word: str) -> WordGates | None:
    """What every pass's gate says of WORD; None where no gate opens."""
    gates = WordGates(
        may_open_phrase(word),
        person_openers(word),
        org_openers(word),
        place_openers(word),
        firm_kind(word),
        candidate(word),
    )
    opens = gates.phrase or gates.firm or gates.candidate
    return gates if opens or gates.person or gates.organisation or gates.place else None


@dataclass(frozen=True, slots=True)
class SentenceGates:
    """The tokens of one sentence each pass's gate opens: their indices, in order, with
    what the gate says where it says more than yes."""

    phrase: list[int]
    person: list[tuple[int, PersonOpeners]]
    organisation: list[tuple[int, OrgOpeners]]
    place: list[tuple[int, PlaceOpeners]]
    firm: list[int]
    candidate: list[int]


def sentence_gates(tokens: Sequence[Token]) -> SentenceGates:
    """What each pass's gate opens in TOKENS, from one memo look-up a token."""
    said = [word_gates(token.text) for token in tokens]
    opened = [(index, gates) for index, gates in enumerate(said) if gates is not None]
    return SentenceGates(
        [index for index, gates in opened if gates.phrase],
        [(index, gates.person) for index, gates in opened if gates.person is not None],
        [(index, gates.organisation) for index, gates in opened if gates.organisation is not None],
        [(index, gates.place) for index, gates in opened if gates.place is not None],
        [index for index, gates in opened if gates.firm],
        [index for index, gates in opened if gates.candidate],
    )
