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


# The tokens of one sentence each pass's gate opens, their indices in order, with what the
# gate says where it says more than yes: (phrase, person, organisation, place, firm,
# candidate). A tuple, not a record: one is made for each sentence, and a frozen
# dataclass's __init__ costs more than the lists it would hold.
SentenceGates = tuple[
    list[int],
    list[tuple[int, PersonOpeners]],
    list[tuple[int, OrgOpeners]],
    list[tuple[int, PlaceOpeners]],
    list[int],
    list[int],
]


def sentence_gates(tokens: Sequence[Token]) -> SentenceGates:
    """What each pass's gate opens in TOKENS, from one memo look-up a token."""
    phrase: list[int] = []
    person: list[tuple[int, PersonOpeners]] = []
    organisation: list[tuple[int, OrgOpeners]] = []
    place: list[tuple[int, PlaceOpeners]] = []
    firm: list[int] = []
    named: list[int] = []
    for index, token in enumerate(tokens):
        gates = word_gates(token.text)
        if gates is None:
            continue  # five words in six
        if gates.phrase:
            phrase.append(index)
        if gates.person is not None:
            person.append((index, gates.person))
        if gates.organisation is not None:
            organisation.append((index, gates.organisation))
        if gates.place is not None:
            place.append((index, gates.place))
        if gates.firm:
            firm.append(index)
        if gates.candidate:
            named.append(index)
    return phrase, person, organisation, place, firm, named
