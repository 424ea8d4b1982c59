"""Word classes that more than one stage reads: closed word sets from lexicons/, role
nouns, legal forms, institutions, place names and the test for a word of a person's name.

Every closed set is a file in lexicons/ with a header saying where it comes from; this
module only loads them, so that the quote and entity stages share one copy of each.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache, lru_cache

from build_dataset.lexicons import lazy_word_set, load, word_set
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.wordlists import (
    country_names,
    gazetteer,
    german_nouns,
    is_first_name,
    region_names,
)

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
ADDRESS_TITLES = word_set("address_titles")  # "Sir", "Mrs."
QUOTE_MARKS = word_set("quotation_marks")


abbreviations = lazy_word_set("abbreviations")


ROLE_ENDINGS = ("innen", "in", "en", "n", "s", "es", "")


@cache
def role_nouns() -> tuple[str, ...]:
    return tuple(sorted(load("role_nouns.txt"), key=len, reverse=True))


@cache
def role_forms() -> dict[str, tuple[int, str, str]]:
    """Every inflected form of every role noun -> (rank, role, gender); the longest role
    ranks first, and within a role the endings in the order of ROLE_ENDINGS."""
    forms: dict[str, tuple[int, str, str]] = {}
    for rank, (role, ending) in enumerate((r, e) for r in role_nouns() for e in ROLE_ENDINGS):
        gender = "f" if (role + ending).endswith(("in", "innen")) else "m"
        forms.setdefault(role + ending, (rank, role, gender))
    return forms


@cache
def longest_role_form() -> int:
    """The length of the longest role form: measured once, not for each new word."""
    return max(map(len, role_forms()))


# Bounds each word-level memo below: a corpus's words are many, its frequent ones few.
WORD_MEMO = 1 << 16


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every capital
def role_of(word: str) -> tuple[str, str] | None:
    """("sprecher", "m") for "Rathaussprecher", ("kanzler", "f") for "Bundeskanzlerin": the
    word itself, or a compound of three letters or more before a role of four or more.
    One look-up per ending of the word, not one test per role."""
    lower = word.lower()
    forms = role_forms()
    matches = [forms[lower]] if lower in forms else []
    longest = longest_role_form()  # only the word's last letters can hold a role
    for start in range(max(3, len(lower) - longest), len(lower)):
        found = forms.get(lower[start:])
        if found and len(found[1]) > 3:
            matches.append(found)
    if not matches:
        return None
    _, role, gender = min(matches)
    return role, gender


@cache
def institutions() -> tuple[tuple[str, ...], ...]:
    """Institutions and media ("Bundestag", "dpa"), longest first."""
    names = (*load("institutions.txt"), *load("media.txt"))
    return tuple(sorted((tuple(name.split()) for name in names), key=len, reverse=True))


country_abbreviations = lazy_word_set("country_abbreviations")


@cache
def legal_forms() -> frozenset[str]:
    return frozenset(form.rstrip(".") for form in load("legal_forms.txt"))


def fold(word: str, known: Container[str]) -> str | None:
    """The form of WORD in KNOWN, allowing a genitive -s: "Bundestags" -> "Bundestag"."""
    if word in known:
        return word
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):  # genitive_stem,
        return word[:-1] if word[:-1] in known else None  # written out: asked most often
    return None


@cache
def institution_words() -> frozenset[str]:
    """One-word institutions ("Bundesrat", "Bundestag"), which are no part of a person's name."""
    return frozenset(phrase[0] for phrase in institutions() if len(phrase) == 1)


def place_name(word: str, previous: str | None) -> str | None:
    """A country or a Wiktionary toponym; a toponym that is also a common noun
    ("Essen", "Halle") counts only after a preposition of place."""
    return place_after(word, previous is not None and previous.lower() in LOCATIVE_PREPOSITIONS)


@lru_cache(maxsize=WORD_MEMO)  # a pure function of its words, asked for most tokens
def place_after(word: str, after_locative: bool) -> str | None:
    """place_name of WORD after a preposition of place or not."""
    if is_function_word(word):
        return None  # "Als" is also an island
    countries = countries_and_regions()
    if word in country_abbreviations():
        return word  # "USA", "NRW"
    if word.isupper() and word.isalpha() and len(word) > 3:
        capitalised = place_name(word.capitalize(), None)  # "KASSEL" in a dateline
        return word if capitalised == word.capitalize() else None
    if match := fold(word, countries):
        return match
    if word.endswith("n") and word[:-1] in countries:
        return word[:-1]  # "in den Niederlanden"
    if word.endswith("es") and word[:-2] in countries:
        return word[:-2]  # "des Frankreiches", "Deutschlandes": the older genitive
    parts = word.split("-")
    for part in parts if len(parts) > 1 else ():  # a word of one part was folded above
        if match := fold(part, countries):
            return match
    nouns = german_nouns()
    for part in parts:
        if match := fold(part, nouns.toponyms):
            if match not in nouns.common_forms and part not in nouns.common_forms:
                return match
            if after_locative and part == word:
                if dative_plural(word, nouns.common_forms):
                    continue  # "aus Steinen", "von Fischen": the plural of a noun
                return match
    return None


@cache
def countries_and_regions() -> frozenset[str]:
    """The names of countries and of regions, joined once rather than at each new word."""
    return country_names() | region_names()


def dative_plural(word: str, nouns: frozenset[str]) -> bool:
    """ "Steinen", "Fischen": a noun's plural in "-e" with the dative "-n" ("Stein",
    "Steine"), which after "aus" or "von" is no town of the same name."""
    return word.endswith("en") and word[:-2] in nouns and word[:-1] in nouns


@lru_cache(maxsize=WORD_MEMO)  # a pure function of its words, asked for most tokens
def place_adjective(word: str) -> bool:
    """ "Hamburger", "Kölner": a place name with -er, written before an organisation."""
    return len(word) > 4 and word.endswith("er") and place_name(word[:-2], None) is not None


NAME_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# An adjective's suffix and its case ending: "-ische", "-lichen", "-igem".
ADJECTIVE_ENDINGS = tuple(
    stem + ending
    for stem in ("isch", "sch", "lich", "ig", "al", "ten", "ner")
    for ending in NAME_ADJECTIVE_ENDINGS
)


@lru_cache(maxsize=WORD_MEMO)  # a pure function of its words, asked for most tokens
def adjective_form(word: str) -> bool:
    """ "Deutschen", "Hamburger", "Vereinigten": adjectives, though Wiktionary also lists
    some of these forms as nouns."""
    return place_adjective(word) or word.lower().endswith(ADJECTIVE_ENDINGS)


@lru_cache(maxsize=WORD_MEMO)  # a pure function of its words, asked for most tokens
def gazetteer_place(word: str, in_context: bool) -> str | None:
    """A town of the gazetteer (GeoNames): a large one anywhere, a smaller one only after
    "in", "aus" …; never a word that is a German noun ("Eisen", "Ende")."""
    match = fold(word, gazetteer().towns)
    if match is None or is_function_word(match) or match in german_nouns().common_forms:
        return None
    if in_context or (match in gazetteer().large and not ambiguous_place(match)):
        return match
    return None


def ambiguous_place(word: str) -> bool:
    """A town's name that is also a surname, a first name or a role ("Marion", "Anna")."""
    return word in german_nouns().surnames or is_first_name(word) or role_of(word) is not None


@lru_cache(maxsize=WORD_MEMO)  # a pure function of its words, asked for most tokens
def is_name_word(word: str) -> bool:
    """Could WORD be part of a person's name? Capitalised, not a common noun, not a place."""
    if not is_capitalised(word) or is_function_word(word) or not word[0].isalpha():
        return False
    if len(word) < 2:
        return False  # "Gruppe B": a class, an initial
    if word.isupper():
        return False  # "BSC", "NATO": acronyms name organisations
    nouns = german_nouns()
    if word in nouns.surnames or word in nouns.first_names:
        return True
    if word in nouns.common_forms or role_of(word) is not None:
        return False
    return place_name(word, None) is None and fold(word, institution_words()) is None
