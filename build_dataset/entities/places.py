"""Places: countries and regions (CLDR, ISO 3166-2), Wiktionary's toponyms, and unknown
words shaped like a German town after "in", "aus", "Dorf" … ("in Birkenrode")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from build_dataset.entities.organisations import organisation_word
from build_dataset.lexicons import load
from build_dataset.names import is_capitalised
from build_dataset.records import Found, Sentence, Token
from build_dataset.wordclasses import LOCATIVE_PREPOSITIONS, TOWN_NOUNS, place_name
from build_dataset.wordlists import german_nouns, is_first_name

# Words after which an unknown name is a town: "in Birkenrode", "das Dorf Kleinhaßlach".
TOWN_CONTEXT = LOCATIVE_PREPOSITIONS | TOWN_NOUNS


@cache
def toponym_affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings, prefixes) of German place names."""
    entries = load("toponym_affixes.txt")
    endings = tuple(e[1:] for e in entries if e.startswith("-"))
    prefixes = tuple(e[:-1] for e in entries if e.endswith("-"))
    return endings, prefixes


def looks_like_town(word: str) -> bool:
    """An unknown word shaped like a German place name: "Birkenrode", "Oberlindach"."""
    if not word.isalpha() or not is_capitalised(word) or len(word) < 5:
        return False
    nouns = german_nouns()
    if word in nouns.common_forms or word in nouns.surnames or is_first_name(word):
        return False  # "von Steinbach" is more likely a person than a town
    if organisation_word(word):
        return False
    endings, prefixes = toponym_affixes()
    lower = word.lower()
    if ends_in_plain_noun(word, endings):
        return False  # "Hochform", "Windkraftausbau", "Kleinstbetrieben": compounds
    stem_long_enough = any(
        lower.endswith(ending) and len(lower) >= len(ending) + 3 for ending in endings
    )
    return stem_long_enough or any(
        word.startswith(prefix) and len(word) >= len(prefix) + 4 and word[len(prefix)].islower()
        for prefix in prefixes
    )


def ends_in_plain_noun(word: str, endings: tuple[str, ...]) -> bool:
    """Whether WORD ends in a common noun of four letters or more that is no place-name
    ending ("-ausbau" is, "-dorf" and "-dingen" of "Waldingen" are not)."""
    nouns = german_nouns().common_forms
    for start in range(1, len(word) - 3):
        tail = word[start:]
        if tail.capitalize() not in nouns:
            continue
        lower = tail.lower()
        toponymic = any(
            ((lower.endswith(e) or lower.startswith(e)) and len(lower) - len(e) <= 2)
            or e.endswith(lower)
            for e in endings
        )  # "-dorf", "-dingen" (-ingen), "-bergen" (-berg), "-ofen" (-hofen) are place endings
        if not toponymic:
            return True
    return False


def in_town_context(tokens: Sequence[Token], index: int, towns: set[int]) -> bool:
    """After "in", "aus", "bei", "Dorf" …, or next in a list of towns ("aus A, B und C")."""
    if index == 0:
        return False
    previous = tokens[index - 1].text
    if previous in TOWN_CONTEXT or previous.lower() in LOCATIVE_PREPOSITIONS:
        return True
    return previous in {",", "und", "oder"} and index - 2 in towns


def places_in(sentence: Sentence) -> Iterable[Found]:
    tokens = sentence.tokens
    towns: set[int] = set()
    for index, token in enumerate(tokens):
        if not is_capitalised(token.text):
            continue
        previous = tokens[index - 1].text if index else None
        if place := place_name(token.text, previous):
            towns.add(index)
            yield Found(place, "LOC")
        elif looks_like_town(token.text) and in_town_context(tokens, index, towns):
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if not (is_capitalised(following) and following in german_nouns().common_forms):
                towns.add(index)  # not "in Müllers Büro": a name before a noun is no town
                yield Found(token.text, "LOC")
