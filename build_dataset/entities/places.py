"""Places: countries and regions (CLDR, ISO 3166-2), Wiktionary's toponyms, the world's
towns (GeoNames), unknown words shaped like a German town after "in", "aus", "Dorf" …
("in Birkenrode"), and places of several words: a prefix and a name ("Bad Lindau",
"St. Lambert"), capitalised adjectives before a place noun ("im Nahen Osten", "am Starnberger
See"), a town and its quarter ("Bergheim-Mitte") and streets ("Lindenstraße")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from build_dataset.entities.phrases import PLACE_PARTICLES, fold_word
from build_dataset.entities.place_slots import (
    ROAD,
    after_town_noun,
    compass_place,
    english_place,
    english_place_name,
    genitive_place,
    landscape_name,
    landscape_word,
    numbered_road,
    place_genitive,
    place_word,
    road_nouns,
    slashed_places,
)
from build_dataset.entities.words import joined, organisation_word, unknown_word
from build_dataset.lexicons import load
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.records import Found, Sentence, Token
from build_dataset.wordclasses import (
    LOCATIVE_PREPOSITIONS,
    NAME_ADJECTIVE_ENDINGS,
    TOWN_NOUNS,
    WORD_MEMO,
    adjective_form,
    fold,
    gazetteer_place,
    place_adjective,
    place_after,
    place_name,
    role_of,
)
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
    "-dorf", "-dingen" (-ingen), "-bergen" (-berg), "-ofen" (-hofen)."""
    return any(
        ((tail.endswith(e) or tail.startswith(e)) and len(tail) - len(e) <= 2) or e.endswith(tail)
        for e in endings
    )


def in_town_context(tokens: Sequence[Token], index: int, towns: set[int]) -> bool:
    """After "in", "aus", "bei", "Dorf" …, or next in a list of towns ("aus A, B und C")."""
    if index == 0:
        return False
    previous = tokens[index - 1].text
    if previous in TOWN_CONTEXT or previous.lower() in LOCATIVE_PREPOSITIONS:
        return True
    return previous in {",", "und", "oder"} and index - 2 in towns


STREET_ENDINGS = ("straße", "strasse", "gasse", "allee")
# A town's quarter after a hyphen: "Bergheim-Mitte", "Sonnfeld-Ost".
QUARTER_WORDS = {"Mitte", "Nord", "Süd", "Ost", "West", "Zentrum", "Altstadt", "Innenstadt"}


@cache
def place_heads() -> frozenset[str]:
    return frozenset(load("place_heads.txt"))


@cache
def place_prefixes() -> frozenset[str]:
    return frozenset(load("place_prefixes.txt"))


def place_phrase(tokens: Sequence[Token], index: int) -> int:
    """The end of a place's name of several words that starts at INDEX, or INDEX:
    "Bad Birkenau", "St. Lindwurm", "Lido di Vesta" (a prefix before a name), "Nahen Osten",
    "Starnberger See" (capitalised adjectives before a place noun)."""
    word = tokens[index].text
    if word in place_prefixes() or word + "." in place_prefixes():
        after = index + 1
        if word == "St" and after < len(tokens) and tokens[after].text == ".":
            after += 1
        if after + 1 < len(tokens) and tokens[after].text in PLACE_PARTICLES - {"und"}:
            after += 1  # "Lido di Vesta", "Isola del Faro"
        if after < len(tokens) and tokens[after].text in place_prefixes():
            return max(place_phrase(tokens, after), index)  # "Monte San Lorenzo"
        following = tokens[after].text if after < len(tokens) else ""
        named = is_capitalised(following) and following.replace("-", "").isalpha()
        if named and not is_function_word(following):
            return index if following in german_nouns().common_forms else after + 1
        return index
    end = index
    while end < len(tokens) and end - index < 3 and place_name_adjective(tokens[end].text):
        end += 1
    head = tokens[end].text if index < end < len(tokens) else ""
    headed = bool(head) and (fold(head, place_heads()) or fold_word(head) in place_heads())
    return end + 1 if headed and (index > 0 or end - index > 1) else index


@lru_cache(maxsize=1 << 16)  # a pure function of the word, asked for most tokens
def place_name_adjective(text: str) -> bool:
    """A capitalised adjective that can stand in a place's name before its noun ("Nahen",
    "Starnberger"): no function word, role, plain noun or place of its own."""
    adjective = text.endswith(NAME_ADJECTIVE_ENDINGS) and text.replace("-", "").isalpha()
    if not (is_capitalised(text) and adjective) or is_function_word(text) or role_of(text):
        return False
    if text in german_nouns().common_forms and not adjective_form(text):
        return False
    return not (place_name(text, None) and not place_adjective(text))  # "Brasilien"


def place_compound(word: str) -> bool:
    """ "Bergheim-Mitte", "Kleinau-Oberdorf": a place and its quarter; not "Ukraine-Krieg",
    where a common noun follows, which counts as a mention of the place alone."""
    parts = word.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() and part.isalpha() for part in parts):
        return False
    if parts[-1].isupper() or not place_name(parts[0], None):
        return False  # "Rhein-Energie-AG"
    last = parts[-1]
    return bool(
        last in QUARTER_WORDS
        or place_name(last, None)
        or (last not in german_nouns().common_forms and not organisation_word(last))
    )


def street_name(word: str) -> bool:
    """ "Lindenstraße", "Am-Bach-Gasse": a compound that names a street; not a kind of
    street ("Bundesstraße", "Einbahnstraße")."""
    lower = word.lower()
    if word in german_nouns().common_forms:
        return False
    return any(lower.endswith(e) and len(lower) > len(e) + 2 for e in STREET_ENDINGS)


def unknown_place(tokens: Sequence[Token], index: int) -> bool:
    """A word no list knows, where only a place can stand: "in Kirovakan", "nach Tarsk";
    not an abbreviation before its period ("in Std. 3")."""
    word = tokens[index].text
    if index == 0 or not unknown_word(word):
        return False
    if word in place_prefixes() or word in toponym_affixes()[1]:
        return False  # "in Nieder": the first part of a town's name, alone
    if tokens[index - 1].text.lower() not in {"in", "nach"}:
        return False
    abbreviated = index + 2 < len(tokens) and tokens[index + 1].text == "."
    return not abbreviated


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def may_open_place(word: str) -> bool:
    """Whether a rule of places_in can start at WORD: capitalised, and a place's prefix,
    adjective or road, a listed or unknown word, or a word of a place's own make-up. The
    others ("Regierung", "Sprecher") are passed over without asking each rule."""
    if not is_capitalised(word):
        return False
    return bool(
        word in place_prefixes()  # place_phrase
        or word + "." in place_prefixes()
        or place_name_adjective(word)
        or word in road_nouns()  # numbered_road
        or ROAD.fullmatch(word)
        or word in {"A", "B"}
        or english_place_name(word)
        or place_word(word)  # after_town_noun
        or compass_place(word)
        or landscape_word(word)
        or place_genitive(word)
        or place_compound(word)
        or street_name(word)
        or place_after(word, True)  # place_name after "in" or not; slashed_places
        or gazetteer_place(word, True)
        or unknown_word(word)  # unknown_place, slashed_places
        or looks_like_town(word)
    )


def places_in(sentence: Sentence) -> Iterable[Found]:
    tokens = sentence.tokens
    towns: set[int] = set()
    skip_until = 0
    named: set[int] = set()  # places named after their kind's noun: "die Gemeinde Lindach"
    for index, token in enumerate(tokens):
        if index < skip_until or not may_open_place(token.text):
            continue
        previous = tokens[index - 1].text if index else None
        end = max(
            place_phrase(tokens, index),
            slashed_places(tokens, index),
            numbered_road(tokens, index),
            english_place(tokens, index),
        )
        if end > index:
            towns.add(end - 1)
            skip_until = end
            yield Found(joined(tokens[index:end]), "LOC")
        elif after_town_noun(tokens, index, named):
            towns.add(index)
            named.add(index)
            yield Found(token.text, "LOC")
        elif place := (
            compass_place(token.text)
            or landscape_name(tokens, index)
            or genitive_place(tokens, index)
        ):
            towns.add(index)
            yield Found(place, "LOC")
        elif place_compound(token.text) or street_name(token.text):
            towns.add(index)
            yield Found(token.text, "LOC")
        elif place := place_name(token.text, previous):
            towns.add(index)
            inflected = "-" not in token.text and token.text not in (place, place + "s")
            yield Found(place, "LOC", forms=(token.text,) if inflected else ())  # "Niederlanden"
        elif place := gazetteer_place(token.text, in_town_context(tokens, index, towns)):
            towns.add(index)
            yield Found(place, "LOC")
        elif unknown_place(tokens, index):
            towns.add(index)
            yield Found(token.text, "LOC")
        elif looks_like_town(token.text) and in_town_context(tokens, index, towns):
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if not (is_capitalised(following) and following in german_nouns().common_forms):
                towns.add(index)  # not "in Müllers Büro": a name before a noun is no town
                yield Found(token.text, "LOC")
