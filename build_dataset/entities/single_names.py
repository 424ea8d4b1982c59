"""A person named by one word: a known surname or first name standing alone ("laut
Lindner", "Lena lachte"), an unknown name with the genitive -s before a noun
("Moravecs Entwurf"), or an unknown name as the subject right after "sich" or "dass"
("bedankte sich Kowalczyk", "dass Halvorsen kommt")."""

from __future__ import annotations

from collections.abc import Sequence

from build_dataset.entities.words import known_name, organisation_word, unknown_word
from build_dataset.names import genitive_stem, is_capitalised, is_function_word
from build_dataset.records import Token
from build_dataset.wordclasses import (
    ARTICLES_BEFORE_NAMES,
    NAME_ADJECTIVE_ENDINGS,
    abbreviations,
    gazetteer_place,
    is_name_word,
    place_name,
)
from build_dataset.wordlists import german_nouns

# What may stand before a name inside a sentence, besides a word: "…, Lindner", "(Lindner".
NAME_OPENERS = {",", "(", "–", "-"}


def lone_name(tokens: Sequence[Token], index: int) -> str | None:
    """The name a known surname or first name standing alone gives ("Lindners" ->
    "Lindner"), or None: not after an article, not inside a longer name ("Sankt Florian",
    "Santa Monica"), not a place, and at a sentence's start only a Wiktionary name before a
    verb ("Lindner lehnte ab", not "Anders als …")."""
    word = tokens[index].text
    stem = genitive_stem(word)
    if not (known_name(word) or (stem and known_name(stem))):
        return None
    nouns = german_nouns()
    if not is_name_word(word) or word in nouns.common_forms or len(word) < 2:
        return None
    if place_name(word, None) or gazetteer_place(word, False) or organisation_word(word):
        return None  # "Berlin" is a first name too
    if word in abbreviations():
        return None  # "Mio."
    if index >= 2 and tokens[index - 1].text == "." and tokens[index - 2].text == "St":
        return None  # "St. Lambert": a saint, a church, a place
    previous = tokens[index - 1].text if index else ""
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if not previous or not previous[0].isalnum() and previous not in NAME_OPENERS:
        wiktionary = word in nouns.surnames or word in nouns.first_names
        if not (wiktionary and following[:1].islower() and following.isalpha()):
            return None  # capitalised by the sentence, not by a name
    if part_of_longer_name(previous) or part_of_longer_name(following):
        return None
    if previous.lower() in ARTICLES_BEFORE_NAMES:
        return None
    return stem if stem and not known_name(word) and known_name(stem) else word


def part_of_longer_name(word: str) -> bool:
    return is_capitalised(word) and word[0].isalpha() and not is_function_word(word)


def genitive_person(tokens: Sequence[Token], index: int) -> bool:
    """An unknown name with the genitive -s before a noun: "Moravecs Entwurf",
    "Halvorsens neuer Roman", or after it before a comma: "die Thesen Moravecs, …"; a
    place's genitive is found as a place first."""
    word = tokens[index].text
    if not word.endswith("s") or word.endswith("ss") or not name_stem(word[:-1]):
        return False
    if is_function_word(word) or word.lower().endswith(("es", "ens", "ers", "nis")):
        return False  # "Manches", "Kleines", "Zeugnis": no name's genitive
    if index + 1 >= len(tokens) or place_name(word, None) or gazetteer_place(word, True):
        return False
    previous = tokens[index - 1].text if index else ""
    if previous.lower() in ARTICLES_BEFORE_NAMES:
        return False
    following = tokens[index + 1].text
    nouns = german_nouns().common_forms
    if following in nouns:
        return True
    if index > 1 and previous in nouns and not following[:1].isalnum():
        return True  # after its noun, ending a phrase: "die Thesen Moravecs, die …"
    adjective = following.islower() and following.endswith(NAME_ADJECTIVE_ENDINGS)
    return adjective and index + 2 < len(tokens) and tokens[index + 2].text in nouns


def name_stem(stem: str) -> bool:
    """The stem of a name's genitive: a word no list knows ("Moravec"), or a known surname
    or first name that is no common noun ("Berger" of "Bergers Entwurf")."""
    if unknown_word(stem):
        return True
    return known_name(stem) and stem not in german_nouns().noun_forms and is_name_word(stem)


# Words after which a capitalised word no list knows is the subject, and a person:
# "Damals bedankte sich Kowalczyk …", "…, dass Halvorsen nicht komme".
SUBJECT_OPENERS = {"sich", "dass"}


def subject_person(tokens: Sequence[Token], index: int) -> bool:
    """An unknown word right after "sich" or "dass" and before a word in lower case or a
    comma: the subject of its clause, which in news is mostly a person."""
    if index == 0 or tokens[index - 1].text not in SUBJECT_OPENERS:
        return False
    word = tokens[index].text
    if not unknown_word(word) or place_name(word, None) or gazetteer_place(word, True):
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return following.islower() or following in {",", ":"}
