"""Places told by the words around them or by their own make-up, where no list has them.

- after a noun that says what kind of place follows: "die Gemeinde Birkenrode", "die
  Stadt Aalen", "die Dörfer Kaarela, Tolvila und Ruukki";
- a point of the compass before a known region: "Ostbayern", "Nordfriesland";
- places joined by a slash: "Linz/Graz" (a dateline, a pair of towns);
- numbered roads: "die A 7", "auf der A44", "die Bundesstraße 27";
- a place's genitive after a noun: "die Geschichte Pommerns";
- an English place's name and its generic term: "Lorrimer River", "Kestrel Island";
- a landscape's compound of a name and a word for a valley, mountain or lake:
  "im Ellertal", "auf den Mirkenberg", "am Wendsee".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from build_dataset.entities.words import organisation_word, unknown_word
from build_dataset.lexicons import lazy_word_set, word_set
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.records import Token
from build_dataset.wordclasses import (
    DETERMINERS,
    TOWN_NOUNS,
    WORD_MEMO,
    adjective_form,
    gazetteer_place,
    place_name,
    role_of,
)
from build_dataset.wordlists import gazetteer, german_nouns


@cache
def town_nouns() -> frozenset[str]:
    """ "Gemeinde", "Dörfer": the nouns for a kind of place, singular and plural."""
    return TOWN_NOUNS | word_set("town_noun_plurals")


def place_word(word: str) -> bool:
    """A capitalised word that can name a place after its kind's noun: no function word,
    role or organisation; a common noun only when a list knows it as a place ("Aalen")."""
    bare = word.replace("-", "")
    if not (is_capitalised(word) and bare.isalpha() and len(bare) > 2) or word.isupper():
        return False
    if is_function_word(word) or role_of(word) or organisation_word(word):
        return False
    if word not in german_nouns().noun_forms:
        return True
    return word in german_nouns().toponyms or word in gazetteer().towns


def after_town_noun(tokens: Sequence[Token], index: int, named: set[int]) -> bool:
    """ "die Gemeinde Birkenrode"; and the next names of a list that one opens ("die Dörfer
    Kaarela, Tolvila und Ruukki"), whose indexes NAMED holds."""
    if index == 0 or not place_word(tokens[index].text):
        return False
    previous = tokens[index - 1].text
    if previous in town_nouns():
        return index < 2 or tokens[index - 2].text.lower() in PHRASE_OPENERS
    return previous in {",", "und", "oder", "sowie"} and index - 2 in named


PREPOSITIONS = word_set("prepositions")
# Words that open a noun phrase: "die Gemeinde …", "im Ellertal".
PHRASE_OPENERS = DETERMINERS | PREPOSITIONS
COMPASS = ("Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel")


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for most tokens
def compass_place(word: str) -> str | None:
    """ "Ostbayern": a point of the compass before a country or region the lists know."""
    if not word.startswith(COMPASS):
        return None  # most words: one test, not one per point
    for point in COMPASS:
        rest = word[len(point) :].capitalize()
        if not (word.startswith(point) and len(rest) > 3 and word[len(point)].islower()):
            continue
        if place_name(rest, None) or gazetteer_place(rest, False):
            return word
    return None


def slashed_places(tokens: Sequence[Token], index: int) -> int:
    """The end of places joined by slashes without spaces ("Linz/Graz"), every part a
    place or a word no list knows and one of them a known place; or INDEX."""
    end = index + 1
    while (
        end + 1 < len(tokens)
        and tokens[end].text == "/"
        and tokens[end].start == tokens[end - 1].end
        and tokens[end + 1].start == tokens[end].end
    ):
        end += 2
    if end == index + 1:
        return index
    parts = [tokens[position].text for position in range(index, end, 2)]
    known = [bool(place_name(p, "in") or gazetteer_place(p, True)) for p in parts]  # "Aalen"
    fits = all(k or unknown_word(p) for p, k in zip(parts, known, strict=True))
    return end if fits and any(known) else index


ROAD = re.compile(r"[AB]\d{1,3}")
NUMBER = re.compile(r"\d{1,3}")
ROAD_OPENERS = PHRASE_OPENERS | {"autobahn", "autobahnen"}  # "auf der A44", "Autobahn A7"


road_nouns = lazy_word_set("road_nouns")


def numbered_road(tokens: Sequence[Token], index: int) -> int:
    """The end of a numbered road: "A 7", "A44" after an article, a preposition or
    "Autobahn"; "Bundesstraße 27"; or INDEX."""
    word = tokens[index].text
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if word in road_nouns() and NUMBER.fullmatch(following):
        return index + 2
    previous = tokens[index - 1].text.lower() if index else ""
    if previous not in ROAD_OPENERS:
        return index
    if ROAD.fullmatch(word):
        return index + 1
    if word in {"A", "B"} and NUMBER.fullmatch(following):
        return index + 2
    return index


english_place_heads = lazy_word_set("english_place_heads")


def english_place(tokens: Sequence[Token], index: int) -> int:
    """The end of an English place's name: a capitalised name and a generic term
    ("Lorrimer River", "Kestrel Island", "Ashgrove Hall"), or INDEX."""
    if index + 1 >= len(tokens) or tokens[index + 1].text not in english_place_heads():
        return index
    return index + 2 if english_place_name(tokens[index].text) else index


def english_place_name(word: str) -> bool:
    """A word that can open an English place's name: capitalised, no function word,
    German noun or role ("Kunst Hall": a German noun opens no such name)."""
    if not (is_capitalised(word) and word.isalpha()) or is_function_word(word):
        return False
    return not (word in german_nouns().common_forms or role_of(word))


def genitive_place(tokens: Sequence[Token], index: int) -> str | None:
    """ "die Geschichte Pommerns", "die Bombardierung Lindaus": a place's genitive in "-s" right
    after a noun, without an article, as only a name takes it (a noun's genitive needs
    one: "des Hauses"); the place's name, or None."""
    if index == 0:
        return None
    previous = tokens[index - 1].text
    if not (is_capitalised(previous) and previous in german_nouns().common_forms):
        return None
    if adjective_form(previous):
        return None  # "des Kölner Bundes": an adjective, the article stands before it
    return place_genitive(tokens[index].text)


def place_genitive(word: str) -> str | None:
    """ "Pommerns" -> "Pommern": a place's genitive in "-s", no first name's or surname's."""
    if not word.endswith("s") or word.endswith("ss") or not word.isalpha():
        return None
    stem = word[:-1]
    nouns = german_nouns()
    if stem in nouns.toponyms or stem in gazetteer().towns or place_name(stem, "in"):
        return stem if stem not in nouns.first_names and stem not in nouns.surnames else None
    return None


LANDSCAPE_HEADS = ("tal", "berg", "see", "gebirge", "kogel", "hütte")


def landscape_name(tokens: Sequence[Token], index: int) -> str | None:
    """ "im Ellertal", "den Mirkenberg", "am Wendsee": after an article or a preposition, a
    word of a valley, mountain or lake whose first part is no German noun ("Weinberg" and
    "Stausee" are common nouns); its genitive ("des Ellertals") folded."""
    if index == 0 or tokens[index - 1].text.lower() not in PHRASE_OPENERS:
        return None
    return landscape_word(tokens[index].text)


def landscape_word(word: str) -> str | None:
    """ "Ellertals" -> "Ellertal": a valley's, mountain's or lake's name of its own."""
    base = word[:-1] if word.endswith(("tals", "bergs", "sees")) else word
    nouns = german_nouns().noun_forms
    if not (is_capitalised(word) and word.isalpha()) or word in nouns or base in nouns:
        return None
    if not base.endswith(LANDSCAPE_HEADS):
        return None  # most words: one test, not one per head
    for head in LANDSCAPE_HEADS:
        first = base[: len(base) - len(head)]
        fits = base.endswith(head) and len(first) >= 3
        if fits and first not in nouns and first.rstrip("s") not in nouns:
            return base
    return None
