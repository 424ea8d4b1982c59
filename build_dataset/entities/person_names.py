"""The words of a person's name that a role, a title or a first name opens: first names,
particles, one surname ("Jonas Weidlich", "Ursula von der Leyen", "John F. Kennedy",
"Ludwig XIV."), a second surname ("Lucía Moreno Ruiz"), and given names after a family name
that comes first ("Tran Thi Mai")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from build_dataset.entities.brands import ROMAN_NUMERAL
from build_dataset.entities.organisations import club_abbreviations
from build_dataset.entities.words import given_name, organisation_word
from build_dataset.lexicons import lazy_word_set, load
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.records import Token
from build_dataset.wordclasses import (
    NAME_PARTICLES,
    fold,
    institution_words,
    is_name_word,
    legal_forms,
    place_name,
    role_of,
)
from build_dataset.wordlists import german_nouns


def surname_like(word: str) -> bool:
    """After a first name any capitalised word is read as the surname ("Peter Brandes")."""
    return (
        is_capitalised(word)
        and word.replace("-", "").isalpha()
        and not word.isupper()
        and not is_function_word(word)
        and role_of(word) is None
    )


def name_after(tokens: Sequence[Token], start: int) -> list[Token]:
    """Name tokens from START: first names, particles ("von der"), one surname."""
    taken: list[Token] = []
    index = start
    while index < len(tokens) and len(taken) < 6:
        word = tokens[index].text
        after_first_name = bool(taken) and given_name(taken[-1].text)
        dotted = (
            index + 1 < len(tokens)
            and tokens[index + 1].text == "."
            and tokens[index + 1].start == tokens[index].end
        )
        if after_first_name and dotted and ROMAN_NUMERAL.fullmatch(word):
            return [*taken, tokens[index], tokens[index + 1]]  # "Ludwig XIV."
        if after_first_name and dotted and len(word) == 1 and word.isupper():
            taken.extend(tokens[index : index + 2])  # "John F. Kennedy": an initial
            index += 2
            continue
        if word in NAME_PARTICLES and taken and index + 1 < len(tokens):
            if surname_like(tokens[index + 1].text) or tokens[index + 1].text in NAME_PARTICLES:
                taken.append(tokens[index])
                index += 1
                continue
            break
        family_name = not taken and word in family_first_surnames()  # "Tran" is a noun too
        first = not taken and first_name_and_place(word)  # "Achim" is a town too
        if not (
            is_name_word(word) or family_name or first or (after_first_name and surname_like(word))
        ):
            break
        taken.append(tokens[index])
        index += 1
        if len(taken) == 1 and family_name_first(word):
            return [*taken, *given_names_after(tokens, index)]  # "Tran Thi Mai"
        if not given_name(word):
            double = word not in german_nouns().surnames  # a German surname stands alone
            if double and index < len(tokens) and second_surname(tokens[index].text):
                taken.append(tokens[index])  # "Lucía Moreno Ruiz"
            break  # a surname ends the name
    while taken and taken[-1].text in NAME_PARTICLES:
        taken.pop()
    return taken


def first_name_and_place(word: str) -> bool:
    """A first name that a list also knows as a place ("Achim" is a town): is_name_word
    turns it down for the place; at a name's start, before a surname, it is the name."""
    if not (given_name(word) and is_capitalised(word)) or is_function_word(word):
        return False
    if word.isupper() or word in german_nouns().common_forms:
        return False
    return place_name(word, None) is not None


def second_surname(word: str) -> bool:
    """A second surname right after the first, as in Spanish names: capitalised, and no
    noun, place, first name, organisation or acronym."""
    nouns = german_nouns()  # "Vidal" is a first name too, in gender-guesser's list only
    if not surname_like(word) or word in nouns.common_forms or word in nouns.first_names:
        return False
    if word in nouns.surnames:
        return False  # "übergab Jan Weber Kowalski den Ball": two people
    if word.rstrip(".") in legal_forms() or word in club_abbreviations():
        return False
    return not (place_name(word, None) or organisation_word(word))


def family_name_first(word: str) -> bool:
    """ "Nguyen", "Le": a family name that opens the name. "Kim" is also a German first name
    (Wiktionary's list decides; gender-guesser knows "Le" too)."""
    return word in family_first_surnames() and word not in german_nouns().first_names


family_first_surnames = lazy_word_set("family_first_surnames")


def given_names_after(tokens: Sequence[Token], index: int) -> list[Token]:
    """Up to two given names after a family name: "Thi Hoa", "Van Duc", "Jinping"."""
    given: list[Token] = []
    while index < len(tokens) and len(given) < 2:
        word = tokens[index].text
        noun = word in german_nouns().common_forms and word not in given_name_genders()
        if not surname_like(word) or noun:  # "Van" is a noun too, but not after "Nguyen"
            break
        if organisation_word(word) or fold(word, institution_words()):
            break
        given.append(tokens[index])
        index += 1
    return given


@cache
def given_name_genders() -> dict[str, str]:
    """Vietnamese middle names that tell the gender: "Thi" female, "Van" male."""
    pairs = (entry.split(":") for entry in load("family_first_given_genders.txt"))
    return {word.strip(): gender.strip() for word, gender in pairs}
