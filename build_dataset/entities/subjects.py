"""A person named by one word in the subject's slot, told by the finite verb beside it.

German puts the finite verb second: what stands before it at a sentence's start, or right
after it when something else comes first, is the subject. A capitalised word that is no
noun, adverb, place or organisation in that slot is, in news, mostly a person:
- before the verb at the start: "Kowalczyk war lange Trainer", "Halvorsen plädierte …";
- after the verb, inverted: "Damals ging Halvorsen nach Oslo", "…“, sagte Kowalczyk.";
- after "so" closing a quotation: "…“, so Kowalczyk."
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from build_dataset.entities.brands import company
from build_dataset.entities.town_shape import looks_like_town
from build_dataset.entities.words import known_name, organisation_word, unknown_word
from build_dataset.lexicons import lazy_word_set, load, word_set
from build_dataset.names import is_function_word
from build_dataset.records import Token
from build_dataset.wordclasses import (
    DETERMINERS,
    gazetteer_place,
    place_name,
    role_of,
)
from build_dataset.wordlists import country_names, german_nouns, region_names


@cache
def finite_verbs() -> frozenset[str]:
    """Singular finite forms of auxiliaries, modals and strong verbs, and of the verbs of
    saying (lexicons/finite_verbs.txt, lexicons/speech_verbs.txt)."""
    singular = {form for form in speech_forms() if not form.endswith("en")}  # not "meinen"
    return word_set("finite_verbs") | singular


@cache
def speech_forms() -> frozenset[str]:
    """The finite forms of the verbs of saying: "sagte", "erklärt", "schrieb"."""
    forms: set[str] = set()
    for line in load("speech_verbs.txt"):
        forms.update(line.partition(":")[2].partition("|")[0].split())
    return frozenset(forms)


sentence_adverbs = lazy_word_set("sentence_adverbs")


# Endings of words that German writes in lower case inside a sentence: adjectives and
# adverbs ("Folglich", "Häufig", "Typisch", "Bezugnehmend", "Andererseits", "Seitdem").
LOWER_CASE_ENDINGS = (
    "lich", "ig", "isch", "bar", "sam", "haft", "los", "weise", "mals", "dings", "wärts",
    "seits", "end", "halb", "dem", "ens", "falls", "fern", "iert", "zu",
)  # fmt: skip
# "Dadurch", "Hierbei", "Worüber": da(r)-, hier-, wo(r)- before a preposition.
PRONOMINAL_HEADS = ("dar", "da", "hier", "wor", "wo")
PRONOMINAL_TAILS = {
    "an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach",
    "neben", "über", "um", "unter", "von", "vor", "zu", "zwischen",
}  # fmt: skip
# What closes the subject after an inverted name: "sagte Kowalczyk.", "ging Halvorsen nach".
# Conjunctions before the first position: "Doch Wenzlick war …".
CONJUNCTIONS = {"Doch", "Aber", "Und", "Denn", "Oder"}
# Adverbs between an inverted verb and its subject: "erwartet auch Wenzlick".
INSERTED_ADVERBS = {"aber", "auch", "jedoch", "nun", "dann", "zudem", "allerdings", "nämlich"}
BEFORE_ADJECTIVES = DETERMINERS | word_set("prepositions")  # "die neue", "in alte"
CLOSERS = {".", ",", ";", ":", "!", "?", "(", ")"}


def lower_case_word(word: str) -> bool:
    """A word capitalised only by its place at the sentence's start: an adverb, an
    adjective, a participle ("Derweil", "Dadurch", "Letztlich", "Verletzt")."""
    lower = word.lower()
    if lower in sentence_adverbs() or is_function_word(word):
        return True
    for inflection in ("", "e", "er", "es", "en", "em"):  # "Rätselhafter"
        stem = lower[: len(lower) - len(inflection)]
        if lower.endswith(inflection) and stem.endswith(LOWER_CASE_ENDINGS):
            return True
    if lower.endswith("t") and (participle(lower) or lower.endswith(("ant", "ent"))):
        return True  # a participle or adjective ("Gegründet", "Bekannt", "Interessant")
    if lower.endswith("en") and ("zu" in lower[2:-3] or participle(lower)):
        return True  # a zu-infinitive or a participle: "Anzumerken", "Betroffen"
    if lower.endswith(("ere", "eren", "erer", "eres", "erem")):
        return True  # an inflected comparative: "Weitere", "Frühere"
    umlaut = any(letter in "äöü" for letter in lower)
    if umlaut and lower.endswith("er") and word[:-1] in german_nouns().common_forms:
        return True  # a comparative beside its noun: "Schärfer" ("Schärfe"), "Länger"
    return any(
        lower.startswith(head) and lower[len(head) :] in PRONOMINAL_TAILS
        for head in PRONOMINAL_HEADS
    )


VERB_PREFIXES = (
    "ver", "be", "er", "ent", "zer", "über", "unter", "an", "auf", "aus", "ab", "ein",
    "vor", "nach", "mit", "um", "durch", "hin", "her", "weg", "zurück", "wider",
)  # fmt: skip
PARTICIPLE_PREFIXES = ("ge", "be", "ver", "er", "ent", "zer", "über", "unter")


def participle(lower: str) -> bool:
    """ "betroffen", "aufgegeben", "verletzt": the shape of a past participle."""
    return lower.startswith(PARTICIPLE_PREFIXES) or "ge" in lower[2:-3]


@lru_cache(maxsize=1 << 16)  # a word's class, asked for at every token
def finite_verb(word: str) -> bool:
    """A singular finite verb: a listed form, a weak preterite ("plädierte") or a present
    in "-t" ("gehört", "erklärt"); no adverb or adjective of the same shape."""
    if word in finite_verbs():
        return True
    for prefix in VERB_PREFIXES:  # "vergab", "erhielt", "unterlag": a listed strong form
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and rest in finite_verbs():
            return True
    if not (word.isalpha() and word.islower() and len(word) >= 4):
        return False
    if is_function_word(word) or word in sentence_adverbs():
        return False
    if word.endswith("te"):
        return not word.startswith("ge") and not word.endswith("ste")  # "geplante", "beste"
    return word.endswith("t") and not word.endswith(("st", "ant", "ent", "cht"))


@lru_cache(maxsize=1 << 16)  # a word's class, asked for at every token
def name_like(word: str) -> bool:
    """Unknown to every list, or a known first name or surname that is no common noun;
    hyphenated, each part so ("Berger-Wenzlick")."""
    if "-" in word and not word.startswith("-") and not word.endswith("-"):
        return all(name_like(part) for part in word.split("-"))
    return unknown_word(word) or (known_name(word) and word not in german_nouns().common_forms)


@lru_cache(maxsize=1 << 16)  # a word's class, asked for at every token
def person_word(word: str, slot: str = "initial") -> bool:
    """A word that can be a person's name on its own (name_like): no organisation, role or
    place. How sure the SLOT is decides which places outweigh it: at a sentence's start
    every town and town-shaped word ("Birkenrode liegt …"); after a verb ("ging
    Kowalczyk") a place of the lists or a city; after a verb of saying ("sagte Lindau.")
    only a country, a region or a city."""
    if not name_like(word) or word.lower() in sentence_adverbs():
        return False
    if gazetteer_place(word, slot == "initial"):
        return False
    if slot == "speaker":
        if word in country_names() or word in region_names():
            return False
    elif place_name(word, None) or (slot == "initial" and looks_like_town(word)):
        return False
    return not (organisation_word(word) or company(word) or role_of(word))


def initial_subject(tokens: Sequence[Token], index: int) -> bool:
    """ "Kowalczyk war …": the first word of the sentence before a singular finite verb."""
    if index == 1 and tokens[0].text in CONJUNCTIONS:
        index = 0
        tokens = tokens[1:]  # "Doch Wenzlick war …"
    if index != 0 or len(tokens) < 3:
        return False
    word = tokens[0].text
    if lower_case_word(word) or not person_word(word):
        return False
    verb = 2 if tokens[1].text in INSERTED_ADVERBS | {"wiederum", "hingegen"} else 1
    return finite_verb(tokens[verb].text)  # "Wenzlick hingegen war …"


def inverted_subject(tokens: Sequence[Token], index: int) -> bool:
    """ "Damals ging Halvorsen nach Oslo", "…“, sagte Kowalczyk.": right after a finite
    verb (not an adjective after its article: "die neue Halvorsen …") and before a word in
    lower case or punctuation; "so" after a quotation's comma ("…“, so Kowalczyk.")."""
    if index < 2 or index + 1 >= len(tokens):
        return False
    word, verb = tokens[index].text, tokens[index - 1].text
    following = tokens[index + 1].text
    if not (following in CLOSERS or (following.isalpha() and following.islower())):
        return False
    if verb == "so" and tokens[index - 2].text == "," and following in {".", ","}:
        return person_word(word, "speaker")  # "…“, so Kowalczyk."
    if verb in INSERTED_ADVERBS and index >= 3:
        index -= 1  # "musste aber Wenzlick", "erwartet auch Wenzlick"
        verb = tokens[index - 1].text
    if not finite_verb(verb) or tokens[index - 2].text.lower() in BEFORE_ADJECTIVES:
        return False
    return person_word(word, "speaker" if verb in speech_forms() else "inverted")
