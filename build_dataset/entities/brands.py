"""Organisations that carry no ending or legal form: acronyms, listed companies and teams.

"NATO", "TU Halberstadt" (an acronym and the name after it), "Siemens", "Infineon" (the
listed companies of pytickersymbols), "Lakeport Owls" (a town and a team's plural). An
all-caps word that is a unit, a currency, a code or a country is no organisation ("CHF",
"ISBN", "LKW", "USA").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from build_dataset.entities.words import (
    given_name,
    is_descriptor,
    organisation_word,
    unknown_word,
)
from build_dataset.lexicons import lazy_word_set
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.records import Token
from build_dataset.wordclasses import (
    ARTICLES_BEFORE_NAMES,
    ARTICLES_BEFORE_ORG,
    NAME_ADJECTIVE_ENDINGS,
    country_abbreviations,
    fold,
    gazetteer_place,
    legal_forms,
    place_name,
    role_of,
)
from build_dataset.wordlists import (
    company_names,
    country_names,
    currency_codes,
    gazetteer,
    german_nouns,
    is_first_name,
)

ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")
MODEL_CODE = re.compile(r"[A-Z][0-9]+|[A-Z]+[0-9]+[A-Z][A-Z0-9]*")
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")
# Words that end an English team's name after its town: "Kingsbury Town".
TEAM_WORDS = {"City", "Town", "United", "Rovers", "Wanderers", "County", "Athletic", "Albion"}


non_org_acronyms = lazy_word_set("non_org_acronyms")


def organisation_acronym(word: str) -> bool:
    """ "NATO", "SPD": three capitals or more that are no unit, currency, code or country,
    and no word in capitals for emphasis ("KASSEL", "ACHTUNG"); one capital and digits, or a
    digit between capitals, name a model, a line or a code ("A380", "U12", "B2B"), not a body
    (a broadcaster's "ORF2" stays)."""
    if not ACRONYM.fullmatch(word) or ROMAN_NUMERAL.fullmatch(word) or len(word) < 3:
        return False
    if MODEL_CODE.fullmatch(word):
        return False
    if word in country_names() or word.rstrip(".") in legal_forms():
        return False
    if word in non_org_acronyms() or word in currency_codes() or word in country_abbreviations():
        return False
    capitalised = word.capitalize()
    return not (
        word.isalpha()
        and (place_name(capitalised, None) or capitalised in german_nouns().common_forms)
    )


def acronym_name(tokens: Sequence[Token], index: int) -> list[Token]:
    """Names after an acronym that belong to it: "TU Halberstadt", "KLM Cargo Services"."""
    word = tokens[index].text
    if not ACRONYM.fullmatch(word) or word in country_abbreviations():
        return []
    if word in non_org_acronyms() or word in currency_codes():
        return []  # "PS Leistung", "EUR Gebühr"
    end = index + 1
    while end < len(tokens) and end - index <= 2 and tokens[end].start == tokens[end - 1].end + 1:
        word = tokens[end].text
        if not is_capitalised(word) or is_function_word(word) or not word.isalpha():
            break
        town = place_name(word, None) or word in gazetteer().towns  # "HCW Aalen"
        if word in german_nouns().common_forms and not town:
            break
        if role_of(word) or given_name(word) or ROMAN_NUMERAL.fullmatch(word):
            break
        if (is_descriptor(word) and not town) or ACRONYM.fullmatch(word):
            break  # "ADAC Pannenhilfe": a compound noun; "SPD CDU": two acronyms
        end += 1
    return list(tokens[index + 1 : end])


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for most tokens
def company(word: str) -> bool:
    """A listed company's one-word name that is no German noun: "Siemens AG" is written
    "Siemens"; "Infineon"."""
    match = fold(word, company_names())
    if match is None or not match.isalpha() or is_function_word(match):
        return False
    if match in german_nouns().common_forms:
        return False
    return not (is_first_name(match) or place_name(match, None))


def bare_company(word: str, previous: str) -> bool:
    """A listed company whose name is a German noun too ("Linde", "Orange"), used without
    an article as only a name is: "bei Linde", "Linde und Henkel", "der Gasekonzern Linde";
    not "die Linde"."""
    match = fold(word, company_names())
    if match is None or not word.isalpha() or is_function_word(word):
        return False
    if place_name(word, None) or gazetteer_place(word, False):
        return False
    article_like = previous.lower() in ARTICLES_BEFORE_NAMES | ARTICLES_BEFORE_ORG
    adjective = previous.islower() and previous.endswith(NAME_ADJECTIVE_ENDINGS)
    if is_capitalised(previous) and is_descriptor(previous) and len(previous) >= 6:
        return True  # "beim Autobauer Linde": a noun saying what kind of firm follows
    return previous[:1].isalpha() and not (article_like or adjective or is_capitalised(previous))


def club_before_town(tokens: Sequence[Token], index: int) -> int:
    """The end of a club's name of a word no list knows and its city ("Panderos Lissabon",
    "Kirovka Minsk"), or INDEX: the city (of 200,000 people or more) ends the name, the
    first word is no first name."""
    word = tokens[index].text
    if index + 1 >= len(tokens) or not unknown_word(word) or is_first_name(word):
        return index
    town = tokens[index + 1]
    if town.start != tokens[index].end + 1 or not is_capitalised(town.text):
        return index
    if town.text not in gazetteer().large or town.text in country_names():
        return index  # a city's team: "Panderos Lissabon", not "… Island"
    following = tokens[index + 2].text if index + 2 < len(tokens) else ""
    if is_capitalised(following) and following[:1].isalpha():
        return index  # a longer name: "Kirovka Minsk Bank"
    previous = tokens[index - 1].text.lower() if index else ""
    return index if previous in {"in", "nach", "aus"} else index + 2


def team_word(word: str) -> bool:
    """A word of a team's name after its town: unknown to the lists, or "City", "United"."""
    return word in TEAM_WORDS or unknown_word(word)


def team_name(tokens: Sequence[Token], index: int) -> int:
    """The end of a team's name of a town and a plural or a team word ("Lakeport Owls",
    "Kingsbury Town"), or INDEX."""
    if not place_name(tokens[index].text, None) and not gazetteer_place(tokens[index].text, True):
        return index
    end = index + 1
    while end < len(tokens) and end - index <= 2 and team_word(tokens[end].text):
        if place_name(tokens[end].text, None) or given_name(tokens[end].text):
            break
        end += 1
    last = tokens[end - 1].text
    plural = last.endswith("s") and not last.endswith("ss")
    if end > index + 1 and (last in TEAM_WORDS or plural) and not organisation_word(last):
        return end
    return index
