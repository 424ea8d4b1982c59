"""Word classes that more than one stage reads: closed word sets from lexicons/, role
nouns, legal forms, institutions, place names and the test for a word of a person's name.

Every closed set is a file in lexicons/ with a header saying where it comes from; this
module only loads them, so that the quote and entity stages share one copy of each.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from build_dataset.lexicons import load
from build_dataset.names import genitive_stem, is_capitalised, is_function_word
from build_dataset.wordlists import country_names, german_nouns, region_names


def word_set(name: str) -> frozenset[str]:
    """The entries of lexicons/NAME.txt as a set."""
    return frozenset(load(f"{name}.txt"))


DEFINITE_ARTICLES = word_set("definite_articles")  # "der", "des"
ARTICLES = DEFINITE_ARTICLES | word_set("indefinite_articles")  # and "ein", "einer"
DETERMINERS = ARTICLES | word_set("possessives_quantifiers")  # open a noun phrase
ARTICLES_BEFORE_NAMES = ARTICLES | word_set("demonstratives")  # "diese Art …": no name
ARTICLES_BEFORE_ORG = DEFINITE_ARTICLES | word_set("prepositions_before_org")  # "vom Amt"
GENITIVE_ARTICLES = word_set("genitive_articles")  # "ein Sprecher des Ministeriums"
OBJECT_ARTICLES = word_set("object_articles")  # dative/accusative: no subject
RELATIVE_PRONOUNS = word_set("relative_pronouns")
SUBJECT_PRONOUNS = word_set("subject_pronouns")
SUBORDINATORS = word_set("subordinators")  # open a clause that is not what was said
AUXILIARIES = word_set("auxiliaries")  # "hatte … erklärt"
CLAUSE_ADVERBS = word_set("clause_adverbs")  # "sagte zudem Berger"
FIRST_PLACE_ADVERBS = word_set("first_place_adverbs")  # "Dazu sagte sie": no speaker
ATTACHMENTS = word_set("attachments")  # "Ida Kaya vom Förderverein …"
NAME_PARTICLES = word_set("name_particles")  # "von der Leyen"
LOCATIVE_PREPOSITIONS = word_set("locative_prepositions")  # "in Essen"
TOWN_NOUNS = word_set("town_nouns")  # "das Dorf Kleinhaßlach"
TITLES = word_set("titles")  # "Dr.", "Prof."
QUOTE_MARKS = word_set("quotation_marks")


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(load("abbreviations.txt"))


ROLE_ENDINGS = ("innen", "in", "en", "n", "s", "es", "")


@cache
def role_nouns() -> tuple[str, ...]:
    return tuple(sorted(load("role_nouns.txt"), key=len, reverse=True))


@cache  # a pure function of the word, asked for every capitalised token
def role_of(word: str) -> tuple[str, str] | None:
    """("sprecher", "m") for "Rathaussprecher", ("kanzler", "f") for "Bundeskanzlerin"."""
    lower = word.lower()
    for role in role_nouns():
        for ending in ROLE_ENDINGS:
            form = role + ending
            compound = len(role) > 3 and lower.endswith(form) and len(lower) >= len(form) + 3
            if lower == form or compound:
                return role, "f" if form.endswith(("in", "innen")) else "m"
    return None


@cache
def institutions() -> tuple[tuple[str, ...], ...]:
    return tuple(
        sorted((tuple(name.split()) for name in load("institutions.txt")), key=len, reverse=True)
    )


@cache
def legal_forms() -> frozenset[str]:
    return frozenset(form.rstrip(".") for form in load("legal_forms.txt"))


def fold(word: str, known: Container[str]) -> str | None:
    """The form of WORD in KNOWN, allowing a genitive -s: "Bundestags" -> "Bundestag"."""
    if word in known:
        return word
    stem = genitive_stem(word)
    return stem if stem and stem in known else None


@cache
def institution_words() -> frozenset[str]:
    """One-word institutions ("Bundesrat", "Bundestag"), which are no part of a person's name."""
    return frozenset(phrase[0] for phrase in institutions() if len(phrase) == 1)


def place_name(word: str, previous: str | None) -> str | None:
    """A country or a Wiktionary toponym; a toponym that is also a common noun
    ("Essen", "Halle") counts only after a preposition of place."""
    if is_function_word(word):
        return None  # "Als" is also an island
    countries = country_names() | region_names()
    if match := fold(word, countries):
        return match
    for part in word.split("-"):
        if match := fold(part, countries):
            return match
    nouns = german_nouns()
    for part in word.split("-"):
        if match := fold(part, nouns.toponyms):
            if match not in nouns.common_forms and part not in nouns.common_forms:
                return match
            if previous and previous.lower() in LOCATIVE_PREPOSITIONS and part == word:
                return match
    return None


def is_name_word(word: str) -> bool:
    """Could WORD be part of a person's name? Capitalised, not a common noun, not a place."""
    if not is_capitalised(word) or is_function_word(word) or not word[0].isalpha():
        return False
    if word.isupper() and len(word) > 1:
        return False  # "BSC", "NATO": acronyms name organisations
    nouns = german_nouns()
    if word in nouns.surnames or word in nouns.first_names:
        return True
    if word in nouns.common_forms or role_of(word) is not None:
        return False
    return place_name(word, None) is None and fold(word, institution_words()) is None
