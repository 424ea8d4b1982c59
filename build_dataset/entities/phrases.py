"""Names of several words from the lists, found in any inflected form.

"der Vereinigten Staaten" is "Vereinigte Staaten" (CLDR), "in Buenos Aires" is "Buenos
Aires" (GeoNames), "der Europäischen Zentralbank" is "Europäische Zentralbank"
(institutions), "Infineon Technologies" a listed company: each word is compared without its case
ending, and the longest name that starts at a word wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from build_dataset.lexicons import word_set
from build_dataset.records import Token
from build_dataset.wordclasses import institutions
from build_dataset.wordlists import company_names, country_names, gazetteer, german_nouns

PLACE_PARTICLES = word_set("place_particles")  # "Frankfurt am Main", "Rio de Janeiro"
# CLDR names that are no place of their own.
NOT_PLACES = {"Unbekannte Region", "Europäische Union", "Vereinte Nationen"}


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for most tokens
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
    """The listed names of several words (institutions, companies, countries) under their
    first folded word, longest first; organisations before places, so that "Europäische
    Union" is one body, not a territory. The gazetteer's towns are looked up apart
    (town_phrases), as folding its 29,000 names would cost a second at every start."""
    phrases: dict[tuple[str, ...], Phrase] = {}
    names = [(" ".join(phrase), "ORG") for phrase in institutions()]
    names += [(name, "ORG") for name in sorted(company_names())]
    names += [(name, "LOC") for name in sorted(country_names()) if name not in NOT_PLACES]
    for name, kind in names:
        words = tuple(fold_word(word) for word in name.split())
        if len(words) > 1 and words not in phrases:
            phrases[words] = Phrase(name, kind, words)
    index: dict[str, list[Phrase]] = {}
    for entry in phrases.values():
        index.setdefault(entry.words[0], []).append(entry)
    return {
        word: tuple(sorted(group, key=lambda p: (-len(p.words), p.name)))
        for word, group in index.items()
    }


@cache
def town_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The gazetteer's names of several words under their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in gazetteer().phrases:
        index.setdefault(words[0], []).append(words)
    return {word: tuple(sorted(group, key=lambda w: (-len(w), w))) for word, group in index.items()}


def town_name(words: tuple[str, ...]) -> bool:
    """A town's name of several words that reads as one: its words capitalised but for
    particles ("Frankfurt am Main"), and not all of them German nouns ("Neue Heimat")."""
    capitalised = [word for word in words if word not in PLACE_PARTICLES]
    nouns = german_nouns().common_forms
    return all(w[:1].isupper() for w in capitalised) and not all(w in nouns for w in capitalised)


def phrase_at(tokens: Sequence[Token], position: int) -> Phrase | None:
    """The longest listed name that starts at POSITION."""
    listed = phrase_index().get(fold_word(tokens[position].text), ())
    if listed:  # longest first: the first one's words are as many as any
        end = position + len(listed[0].words)
        folded = tuple(fold_word(token.text) for token in tokens[position:end])
        for phrase in listed:
            if folded[: len(phrase.words)] == phrase.words:
                return phrase
    towns = town_phrases().get(tokens[position].text, ())
    if towns:
        written = tuple(token.text for token in tokens[position : position + len(towns[0])])
        for words in towns:
            if written[: len(words)] == words and town_name(words):
                return Phrase(" ".join(words), "LOC", words)
    return None


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for every token
def may_open_phrase(word: str) -> bool:
    """Whether a listed name of several words can start at WORD (phrase_at's look-ups)."""
    return fold_word(word) in phrase_index() or word in town_phrases()


def phrases_in(
    tokens: Sequence[Token], opened: Iterable[int] | None = None
) -> Iterable[tuple[Phrase, int, int]]:
    """(phrase, first token, token past the end) of every listed name, longest first.
    OPENED: the tokens where may_open_phrase holds, if known (gates.py)."""
    if opened is None:
        opened = (index for index, token in enumerate(tokens) if may_open_phrase(token.text))
    position = 0  # past the last name found
    for index in opened:
        if index < position:
            continue
        phrase = phrase_at(tokens, index)
        if phrase:
            yield phrase, index, index + len(phrase.words)
            position = index + len(phrase.words)
