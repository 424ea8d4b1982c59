"""An unknown word shaped like a German town's name ("Birkenrode", "Oberlindach"): a
place-name ending after a stem of three letters or more, or a place-name prefix before
one, and no compound of a plain noun ("Windkraftausbau")."""

from __future__ import annotations

from functools import cache, lru_cache

from build_dataset.entities.words import organisation_word
from build_dataset.lexicons import load
from build_dataset.names import is_capitalised
from build_dataset.wordclasses import WORD_MEMO
from build_dataset.wordlists import german_nouns, is_first_name


@cache
def toponym_affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings, prefixes) of German place names."""
    entries = load("toponym_affixes.txt")
    endings = tuple(e[1:] for e in entries if e.startswith("-"))
    prefixes = tuple(e[:-1] for e in entries if e.endswith("-"))
    return endings, prefixes


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for most tokens
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
    if lower.endswith(endings) and any(
        lower.endswith(ending) and len(lower) >= len(ending) + 3 for ending in endings
    ):
        return True  # a stem of three letters or more before the ending
    return word.startswith(prefixes) and any(
        word.startswith(prefix)
        and word[len(prefix) : len(prefix) + 1].islower()
        and len(word) >= len(prefix) + 4
        for prefix in prefixes
    )


def ends_in_plain_noun(word: str, endings: tuple[str, ...]) -> bool:
    """Whether WORD ends in a common noun of four letters or more that is no place-name
    ending ("-ausbau" is, "-dorf" and "-dingen" of "Waldingen" are not)."""
    nouns = german_nouns().common_forms
    for start in range(1, len(word) - 3):
        tail = word[start:]
        if tail.capitalize() in nouns and not toponymic(tail.lower(), endings):
            return True
    return False


@lru_cache(maxsize=WORD_MEMO)  # the same nouns end many words: "-haus", "-bahn"
def toponymic(tail: str, endings: tuple[str, ...]) -> bool:
    """Whether TAIL, in lower case, is one of the ENDINGS of place names or close to one:
    "-dorf", "-dingen" (-ingen), "-bergen" (-berg), "-ofen" (-hofen). Looked up, not
    compared with each ending: an ending TAIL ends or starts with, two letters shorter at
    most, is one of its last or first letters; an ending that ends with TAIL has it among
    its own tails."""
    whole, tails = ending_sets(endings)
    size = len(tail)
    return (
        any(tail[cut:] in whole or tail[: max(size - cut, 0)] in whole for cut in range(3))
        or tail in tails
    )


@cache
def ending_sets(endings: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The ENDINGS, and every tail of each ("dorf", "orf", "rf", "f", "")."""
    return frozenset(endings), frozenset(e[cut:] for e in endings for cut in range(len(e) + 1))
