"""Places: countries and regions (CLDR, ISO 3166-2), Wiktionary's toponyms, the world's
towns (GeoNames), unknown words shaped like a German town after "in", "aus", "Dorf" …
("in Birkenrode"), and places of several words: a prefix and a name ("Bad Lindau",
"St. Lambert"), capitalised adjectives before a place noun ("im Nahen Osten", "am Starnberger
See"), a town and its quarter ("Bergheim-Mitte") and streets ("Lindenstraße")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

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
from build_dataset.entities.town_shape import looks_like_town, toponym_affixes
from build_dataset.entities.words import joined, organisation_word, unknown_word
from build_dataset.lexicons import lazy_word_set
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
from build_dataset.wordlists import german_nouns

# Words after which an unknown name is a town: "in Birkenrode", "das Dorf Kleinhaßlach".
TOWN_CONTEXT = LOCATIVE_PREPOSITIONS | TOWN_NOUNS


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


place_heads = lazy_word_set("place_heads")
place_prefixes = lazy_word_set("place_prefixes")


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


@dataclass(frozen=True, slots=True)
class PlaceOpeners:
    """Which rules of places_in can start at a word, by the tests of the word alone: the
    rules whose test fails are not asked at that word."""

    phrase: bool  # place_phrase: a prefix or a name's adjective ("Bad", "Starnberger")
    road: bool  # numbered_road: "Bundesstraße", "A44", "A"
    english: bool  # english_place: "Lorrimer"
    after_noun: bool  # after_town_noun: place_word
    own_make: bool  # compass_place, landscape_word, place_genitive, place_compound, street_name
    listed: bool  # place_name after "in" (the wider reading); slashed_places
    gazetteer: bool  # gazetteer_place in a town's context (the wider reading)
    unknown: bool  # unknown_place, slashed_places
    town_shape: bool  # looks_like_town


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def place_openers(word: str) -> PlaceOpeners | None:
    """The rules of places_in that can start at WORD, or None when no rule can: the many
    capitalised words no place starts with ("Regierung", "Sprecher") cost one look-up."""
    if not is_capitalised(word):
        return None
    opens = PlaceOpeners(
        phrase=bool(
            word in place_prefixes() or word + "." in place_prefixes() or place_name_adjective(word)
        ),
        road=bool(word in road_nouns() or ROAD.fullmatch(word) or word in {"A", "B"}),
        english=english_place_name(word),
        after_noun=place_word(word),
        own_make=bool(
            compass_place(word)
            or landscape_word(word)
            or place_genitive(word)
            or place_compound(word)
            or street_name(word)
        ),
        listed=place_after(word, True) is not None,
        gazetteer=gazetteer_place(word, True) is not None,
        unknown=unknown_word(word),
        town_shape=looks_like_town(word),
    )
    return opens if any(getattr(opens, rule) for rule in PlaceOpeners.__slots__) else None


def may_open_place(word: str) -> bool:
    """Whether a rule of places_in can start at WORD."""
    return place_openers(word) is not None


def places_in(
    sentence: Sentence, opened: Iterable[tuple[int, PlaceOpeners]] | None = None
) -> Iterable[Found]:
    """OPENED: the tokens where place_openers opens rules, with them, if known (gates.py)."""
    tokens = sentence.tokens
    if opened is None:
        opened = (
            (index, opens)
            for index, token in enumerate(tokens)
            if (opens := place_openers(token.text)) is not None
        )
    towns: set[int] = set()
    skip_until = 0
    named: set[int] = set()  # places named after their kind's noun: "die Gemeinde Lindach"
    for index, opens in opened:
        if index < skip_until:
            continue
        token = tokens[index]
        end = index  # each rule below gives INDEX at a word it cannot start at
        if opens.phrase:
            end = place_phrase(tokens, index)
        if index + 1 < len(tokens) and tokens[index + 1].text == "/":
            end = max(end, slashed_places(tokens, index))
        if opens.road:
            end = max(end, numbered_road(tokens, index))
        if opens.english:
            end = max(end, english_place(tokens, index))
        if end > index:
            towns.add(end - 1)
            skip_until = end
            yield Found(joined(tokens[index:end]), "LOC")
        elif opens.after_noun and after_town_noun(tokens, index, named):
            towns.add(index)
            named.add(index)
            yield Found(token.text, "LOC")
        elif opens.own_make and (
            place := compass_place(token.text)
            or landscape_name(tokens, index)
            or genitive_place(tokens, index)
        ):
            towns.add(index)
            yield Found(place, "LOC")
        elif opens.own_make and (place_compound(token.text) or street_name(token.text)):
            towns.add(index)
            yield Found(token.text, "LOC")
        elif opens.listed and (
            place := place_name(token.text, tokens[index - 1].text if index else None)
        ):
            towns.add(index)
            inflected = "-" not in token.text and token.text not in (place, place + "s")
            yield Found(place, "LOC", forms=(token.text,) if inflected else ())  # "Niederlanden"
        elif opens.gazetteer and (
            place := gazetteer_place(token.text, in_town_context(tokens, index, towns))
        ):
            towns.add(index)
            yield Found(place, "LOC")
        elif opens.unknown and unknown_place(tokens, index):
            towns.add(index)
            yield Found(token.text, "LOC")
        elif (
            opens.town_shape
            and looks_like_town(token.text)
            and in_town_context(tokens, index, towns)
        ):
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if not (is_capitalised(following) and following in german_nouns().common_forms):
                towns.add(index)  # not "in Müllers Büro": a name before a noun is no town
                yield Found(token.text, "LOC")
