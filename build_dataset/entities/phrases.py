"""Names of several words from the lists, found in any inflected form.

"der Vereinigten Staaten" is "Vereinigte Staaten" (CLDR), "in Buenos Aires" is "Buenos
Aires" (GeoNames), "der Europäischen Zentralbank" is "Europäische Zentralbank"
(institutions), "Infineon Technologies" a listed company: each word is compared without its case
ending, and the longest name that starts at a word wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from build_dataset.records import Token
from build_dataset.wordclasses import institutions, word_set
from build_dataset.wordlists import company_names, country_names, gazetteer, german_nouns

PLACE_PARTICLES = word_set("place_particles")  # "Frankfurt am Main", "Rio de Janeiro"
# CLDR names that are no place of their own.
NOT_PLACES = {"Unbekannte Region", "Europäische Union", "Vereinte Nationen"}


def fold_word(word: str) -> str:
    """A word without its case ending: "Vereinigten" and "Vereinigte" both "Vereinigt"."""
    for ending in ("en", "es", "em", "n", "s", "e"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


@dataclass(frozen=True)
class Phrase:
    name: str
    type: str
    words: tuple[str, ...]  # folded


@cache
def phrase_index() -> dict[str, tuple[Phrase, ...]]:
    """Multi-word names under their first folded word, longest first; organisations before
    places, so that "Europäische Union" is one body, not a territory."""
    phrases: dict[tuple[str, ...], Phrase] = {}

    def add(name: str, kind: str) -> None:
        words = tuple(fold_word(word) for word in name.split())
        if len(words) > 1 and words not in phrases:
            phrases[words] = Phrase(name, kind, words)

    for phrase in institutions():
        add(" ".join(phrase), "ORG")
    for name in sorted(company_names()):
        add(name, "ORG")
    for name in sorted(country_names()):
        if name not in NOT_PLACES:
            add(name, "LOC")
    nouns = german_nouns().common_forms
    for words in sorted(gazetteer().phrases):
        capitalised = [w for w in words if w not in PLACE_PARTICLES]
        if all(w[:1].isupper() for w in capitalised) and not all(w in nouns for w in capitalised):
            add(" ".join(words), "LOC")
    index: dict[str, list[Phrase]] = {}
    for entry in phrases.values():
        index.setdefault(entry.words[0], []).append(entry)
    return {
        word: tuple(sorted(group, key=lambda p: (-len(p.words), p.name)))
        for word, group in index.items()
    }


def phrases_in(tokens: Sequence[Token]) -> Iterable[tuple[Phrase, int, int]]:
    """(phrase, first token, token past the end) of every listed name, longest first."""
    index = phrase_index()
    position = 0
    while position < len(tokens):
        end = position + 1
        for phrase in index.get(fold_word(tokens[position].text), ()):
            window = [t.text for t in tokens[position : position + len(phrase.words)]]
            if len(window) == len(phrase.words) and all(
                fold_word(word) == want for word, want in zip(window, phrase.words, strict=True)
            ):
                yield phrase, position, position + len(phrase.words)
                end = position + len(phrase.words)
                break
        position = end
