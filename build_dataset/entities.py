"""Find the people, organisations and places a text names, and count their mentions.

Names are found by general rules, not by a list of the names themselves:
- a role noun or title before capitalised words ("Kremlsprecher Dmitri Peskow");
- a known first name before a capitalised word ("Anna Berger");
- organisation endings and legal forms ("Innenministerium", "Müller Logistik GmbH"),
  acronyms ("NATO") and a list of institutions ("Kreml");
- the German names of countries (CLDR) and the toponyms of Wiktionary ("Moskau").
Later surname-only and genitive mentions ("Peskow", "Trumps") fold into the full name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from build_dataset.lexicons import load
from build_dataset.names import genitive_stem, is_capitalised, is_function_word, slug
from build_dataset.records import Document, Entity, Mention, Sentence, Token
from build_dataset.wordlists import (
    country_names,
    first_name_gender,
    german_nouns,
    is_first_name,
    region_names,
)

NAME_PARTICLES = {"von", "van", "de", "der", "den", "zu", "bin", "al", "da", "di", "le"}
LOCATIVE_PREPOSITIONS = {"in", "aus", "nach", "bei", "von", "nahe", "bis"}
# Words after which an unknown name is a town: "in Birkenrode", "das Dorf Kleinhaßlach".
TOWN_CONTEXT = LOCATIVE_PREPOSITIONS | {"Dorf", "Stadt", "Gemeinde", "Ort", "Ortsteil", "Kreis"}
ROLE_ENDINGS = ("innen", "in", "en", "n", "s", "es", "")
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")


@dataclass(frozen=True)
class Found:
    """An entity as first found, before its mentions are counted."""

    name: str
    type: str
    role: str | None = None
    gender: str | None = None
    family_first: bool = False  # "Tran Thi Mai": the surname is the first word


@cache
def role_nouns() -> tuple[str, ...]:
    return tuple(sorted(load("role_nouns.txt"), key=len, reverse=True))


@cache  # a pure function of the word, asked for every capitalised token
def role_of(word: str) -> tuple[str, str] | None:
    """("sprecher", "m") for "Kremlsprecher", ("kanzler", "f") for "Bundeskanzlerin"."""
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


@dataclass(frozen=True)
class OrgWord:
    """A word that names an organisation: "Innenministeriums" -> base "Innenministerium"."""

    base: str
    keeps_name: bool  # "Landgericht Moosbach": the following name belongs to it
    bare: bool = False  # the ending alone: "Universität", "Verein"


@cache
def institutions_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The institutions, longest first, under their first word (one-word names also under
    that word, so that "Kremls" finds "Kreml" by its genitive stem)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in institutions():
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


@cache
def org_suffixes() -> tuple[tuple[str, bool], ...]:
    """(ending, keeps_name) pairs; "+" in the lexicon marks keeps_name."""
    return tuple(
        (entry.removesuffix("+").strip(), entry.endswith("+")) for entry in load("org_suffixes.txt")
    )


@cache
def legal_forms() -> frozenset[str]:
    return frozenset(form.rstrip(".") for form in load("legal_forms.txt"))


def fold(word: str, known: Container[str]) -> str | None:
    """The form of WORD in KNOWN, allowing a genitive -s: "Kremls" -> "Kreml"."""
    if word in known:
        return word
    stem = genitive_stem(word)
    return stem if stem and stem in known else None


@cache
def institution_words() -> frozenset[str]:
    """One-word institutions ("Kreml", "Bundestag"), which are no part of a person's name."""
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
    while index < len(tokens) and len(taken) < 4:
        word = tokens[index].text
        after_first_name = bool(taken) and is_first_name(taken[-1].text)
        if word in NAME_PARTICLES and taken and index + 1 < len(tokens):
            if surname_like(tokens[index + 1].text) or tokens[index + 1].text in NAME_PARTICLES:
                taken.append(tokens[index])
                index += 1
                continue
            break
        family_name = not taken and word in family_first_surnames()  # "Tran" is a noun too
        if not (is_name_word(word) or family_name or (after_first_name and surname_like(word))):
            break
        taken.append(tokens[index])
        index += 1
        if len(taken) == 1 and family_name_first(word):
            return [*taken, *given_names_after(tokens, index)]  # "Tran Thi Mai"
        if not is_first_name(word):
            double = word not in german_nouns().surnames  # a German surname stands alone
            if double and index < len(tokens) and second_surname(tokens[index].text):
                taken.append(tokens[index])  # "Lucía Moreno Ruiz"
            break  # a surname ends the name
    while taken and taken[-1].text in NAME_PARTICLES:
        taken.pop()
    return taken


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


@cache
def family_first_surnames() -> frozenset[str]:
    return frozenset(load("family_first_surnames.txt"))


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


def joined(tokens: Sequence[Token]) -> str:
    return " ".join(token.text for token in tokens)


def people_in(sentence: Sentence) -> Iterable[tuple[Found, int]]:
    """Persons found by a role noun, a title or a first name; with the index past the name."""
    tokens = sentence.tokens
    index = 0
    while index < len(tokens):
        word = tokens[index].text
        role = role_of(word) if is_capitalised(word) else None
        titled = word in TITLES and index + 1 < len(tokens) and tokens[index + 1].text == "."
        after = skip_titles(tokens, index + (0 if titled else 1)) if role or titled else index + 1
        if role or titled:  # "Kremlsprecher Dmitri Peskow", "Dr. Weißhaupt"
            name = name_after(tokens, after)
            if name:
                role_name, role_gender = role or (None, None)
                yield person(name, role_name, role_gender), after + len(name)
                index = after + len(name)
                continue
        if word in club_words() and index + 1 < len(tokens):
            following = tokens[index + 1].text
            if place_name(following, None):  # "Borussia Dortmund", "Fortuna Düsseldorf"
                yield Found(f"{word} {following}", "ORG"), index + 2
                index += 2
                continue
        first_name = is_first_name(word) and not family_name_first(word)
        if (first_name or word in family_first_surnames()) and is_capitalised(word):
            name = name_after(tokens, index)
            previous = tokens[index - 1].text if index else ""
            if previous.lower() in DETERMINERS_BEFORE_NOUN:
                index += 1  # "einer Art Schutzraum": a name takes no article
                continue
            if len(name) >= (2 if first_name else 3):  # "Kim Jong Un", not "Le Monde"
                yield person(name, None, None), index + len(name)
                index += len(name)
                continue
        index += 1


# An article before a capitalised word makes it a noun phrase, not a person's name.
DETERMINERS_BEFORE_NOUN = {
    "ein", "eine", "einer", "eines", "einem", "einen", "der", "die", "das", "des", "dem",
    "den", "dieser", "diese", "dieses", "jeder", "jede", "jedes", "keine", "kein",
}  # fmt: skip


@cache
def club_words() -> frozenset[str]:
    return frozenset(load("club_words.txt"))


TITLES = {"Dr", "Prof"}


def skip_titles(tokens: Sequence[Token], index: int) -> int:
    """Past titles and further role nouns: "Vorsitzende [Richter Dr.] Marek Lisowski"."""
    while index < len(tokens):
        word = tokens[index].text
        if word in TITLES and index + 1 < len(tokens) and tokens[index + 1].text == ".":
            index += 2
        elif is_capitalised(word) and role_of(word) and index + 1 < len(tokens):
            following = tokens[index + 1].text
            if not (is_name_word(following) or following in TITLES):
                break  # "Der Vorsitzende Richter sagte": Richter is the role, no name follows
            index += 1
        else:
            break
    return index


@cache
def given_name_genders() -> dict[str, str]:
    """Vietnamese middle names that tell the gender: "Thi" female, "Van" male."""
    pairs = (entry.split(":") for entry in load("family_first_given_genders.txt"))
    return {word.strip(): gender.strip() for word, gender in pairs}


def person(name: Sequence[Token], role: str | None, role_gender: str | None) -> Found:
    # "Ministerin Kim Albers": a feminine role form says more than a first name
    # that is given to both; the masculine form is also used generically.
    family_first = family_name_first(name[0].text) or (
        name[0].text in family_first_surnames() and len(name) > 2
    )
    if family_first:
        gender = next((given_name_genders().get(t.text) for t in name[1:2]), None)
    else:
        gender = first_name_gender(name[0].text) if len(name) > 1 else None
    if role_gender == "f" or gender not in ("f", "m"):
        gender = role_gender
    return Found(joined(name), "PER", role, gender, family_first)


def organisations_in(sentence: Sentence) -> Iterable[Found]:
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        word = token.text
        stem = genitive_stem(word)
        known = institutions_by_first_word()
        for phrase in known.get(word, ()) + (known.get(stem, ()) if stem else ()):
            window = [t.text for t in tokens[index : index + len(phrase)]]
            same_words = len(window) == len(phrase) and window[:-1] == list(phrase[:-1])
            if same_words and fold(window[-1], {phrase[-1]}):
                yield Found(" ".join(phrase), "ORG")
                break
        if word.rstrip(".") in legal_forms() and index > 0:
            start = index
            while start > 0 and index - start < 3 and company_word(tokens[start - 1].text):
                start -= 1
            while start < index - 1 and is_descriptor(tokens[start].text):
                start += 1  # "Der Maschinenbauer Nordwerk AG": the noun is not the name
            if start < index:
                yield Found(joined(tokens[start:index]) + " " + legal_form(tokens, index), "ORG")
            continue
        if word in club_abbreviations():
            yield from club_name(tokens, index)
            continue
        if word == "(" and index > 0 and is_name_word(tokens[index - 1].text):
            yield from affiliation(tokens, index)
        if org := organisation_word(word):
            yield from named_organisation(tokens, index, org)
            continue
        acronym = ACRONYM.fullmatch(word) and not ROMAN_NUMERAL.fullmatch(word)
        if acronym and word not in country_names() and word.rstrip(".") not in legal_forms():
            yield Found(word, "ORG")


# A definite article names one particular body ("das Innenministerium"); an indefinite one
# ("ein Autokonzern", "eine Familienstiftung") names a kind.
ARTICLE_BEFORE_ORG = {
    "der", "die", "das", "des", "dem", "den", "vom", "im", "beim", "am", "zum", "zur", "ins",
    "laut",
}  # fmt: skip


def is_descriptor(word: str) -> bool:
    """A common noun before a company name, not part of it ("Maschinenbauer",
    "Kabelhersteller": a compound whose last part is a noun)."""
    org = organisation_word(word)
    if org and org.keeps_name and not org.bare:
        return False
    nouns = german_nouns().common_forms
    return word in nouns or any(
        word[i:].capitalize() in nouns for i in range(3, len(word) - 5) if word[i].islower()
    )  # the noun part has six letters at least: "Brandauer" is not "Bran|dauer"


def legal_form(tokens: Sequence[Token], index: int) -> str:
    """ "GmbH", or "e.V." with the period that the tokenizer split off."""
    word = tokens[index].text
    dotted = word + "." in load("legal_forms.txt")
    follows = index + 1 < len(tokens) and tokens[index + 1].text == "."
    return word + "." if dotted and follows else word


def named_organisation(tokens: Sequence[Token], index: int, org: OrgWord) -> Iterable[Found]:
    """ "Landgericht Moosbach", "Institut für Küstenforschung", "Fahrgastverband Pro Bahn" ->
    "Pro Bahn", and a bare "das Innenministerium" after an article."""
    after = index + 1
    if org.keeps_name:
        if after < len(tokens) and tokens[after].text == "für":
            name = appositive_name(tokens, after + 1, allow_noun=True)
            if name:
                yield Found(f"{org.base} für {joined(name)}", "ORG")
                return
        name = appositive_name(tokens, after, allow_noun=True)
        if name:
            end = after + len(name)
            suffix = ""
            if end < len(tokens) and tokens[end].text.rstrip(".") in legal_forms():
                suffix = " " + legal_form(tokens, end)
                if org.bare:  # "Der Verein Grüne Auen e.V.": the registered name
                    yield Found(f"{joined(name)}{suffix}", "ORG")
                    return
            yield Found(f"{org.base} {joined(name)}{suffix}", "ORG")
            return
    else:
        name = appositive_name(tokens, after)
        if name:
            yield Found(joined(name), "ORG")
            return
        if after < len(tokens) and place_name(tokens[after].text, None):
            yield Found(f"{org.base} {tokens[after].text}", "ORG")  # "Landgericht Hamburg"
            return
    previous = tokens[index - 1].text if index else ""
    if org.keeps_name:
        return  # "das Landgericht", "der Verein": generic without their name
    if place_adjective(previous):
        yield Found(f"{previous} {org.base}", "ORG")  # "Kölner Verkehrsverband"
    elif previous.lower() in ARTICLE_BEFORE_ORG:
        yield Found(org.base, "ORG")  # "das Innenministerium"; not "Brandstiftung könne …"


def place_adjective(word: str) -> bool:
    """ "Hamburger", "Kölner": a place name with -er, written before an organisation."""
    return len(word) > 4 and word.endswith("er") and place_name(word[:-2], None) is not None


def affiliation(tokens: Sequence[Token], index: int) -> Iterable[Found]:
    """ "Greta Brill (Grüne)": the party or body in brackets after a name."""
    end = index + 1
    while end < len(tokens) and end - index <= 3 and tokens[end].text != ")":
        end += 1
    inside = tokens[index + 1 : end]
    if (
        end < len(tokens)
        and inside
        and all(
            is_capitalised(t.text) and t.text.isalpha() and not is_function_word(t.text)
            for t in inside
        )
    ):
        name = joined(inside)
        if not ACRONYM.fullmatch(name):  # acronyms are found anyway
            yield Found(name, "ORG")


def company_word(word: str) -> bool:
    """A word of a company name before its legal form ("Aurelia Energie GmbH")."""
    return is_capitalised(word) and not is_function_word(word) and word[0].isalpha()


def appositive_name(tokens: Sequence[Token], start: int, allow_noun: bool = False) -> list[Token]:
    """Capitalised words right after a generic noun: "Statistikbehörde Destatis"; with
    ALLOW_NOUN also a noun ("Bürgerinitiative Klare Luft", "Institut für Küstenforschung")."""
    end = start
    while end < len(tokens) and end - start < 3 and is_capitalised(tokens[end].text):
        word = tokens[end].text
        if is_function_word(word) or not word[0].isalpha() or word.rstrip(".") in legal_forms():
            break
        end += 1
    name = list(tokens[start:end])
    if len(name) == 1 and name[0].text in german_nouns().common_forms and not allow_noun:
        return []  # "Innenministerium Berlin…" is handled as a place; a noun is no name
    if name and organisation_word(name[0].text):
        return []  # "Landgericht Moosbach": the second word is no name of the first
    return name


def club_name(tokens: Sequence[Token], index: int) -> Iterable[Found]:
    """ "FC Bayern München", "TV Eichenau 1898", "Hertha BSC", "Hamburger SV"."""
    end = index + 1
    while end < len(tokens) and end - index <= 2 and is_capitalised(tokens[end].text):
        if is_function_word(tokens[end].text):
            break
        end += 1
    if end > index + 1:
        if end < len(tokens) and re.fullmatch(r"1[89]\d\d|20\d\d|\d\d", tokens[end].text):
            end += 1  # the founding year is part of the name: "SC Paderborn 07"
        ordinal = index >= 2 and tokens[index - 1].text == "." and tokens[index - 2].text == "1"
        yield Found(("1. " if ordinal else "") + joined(tokens[index:end]), "ORG")
        return
    before = tokens[index - 1].text if index > 0 else ""
    if is_capitalised(before) and not is_function_word(before):
        from_place = before.endswith("er") and place_name(before[:-2], None)  # "Hamburger"
        if from_place or before not in german_nouns().common_forms:  # not "Tabellenführer SG"
            yield Found(f"{before} {tokens[index].text}", "ORG")


@cache
def club_abbreviations() -> frozenset[str]:
    return frozenset(load("club_abbreviations.txt"))


@cache  # a pure function of the word, asked for every capitalised token
def organisation_word(word: str) -> OrgWord | None:
    """ "Innenministeriums" -> "Innenministerium": a compound with an organisation ending,
    or, for an institution that keeps its name, the bare word ("Universität")."""
    if not is_capitalised(word):
        return None
    for suffix, keeps_name in org_suffixes():
        for ending in ("", "s", "es"):
            base = word[: len(word) - len(ending)]
            if not word.lower().endswith(suffix + ending):
                continue
            if len(base) >= len(suffix) + 3 or (keeps_name and len(base) == len(suffix)):
                return OrgWord(base, keeps_name, len(base) == len(suffix))
    return None


@cache
def toponym_affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings, prefixes) of German place names."""
    entries = load("toponym_affixes.txt")
    endings = tuple(e[1:] for e in entries if e.startswith("-"))
    prefixes = tuple(e[:-1] for e in entries if e.endswith("-"))
    return endings, prefixes


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
    stem_long_enough = any(
        lower.endswith(ending) and len(lower) >= len(ending) + 3 for ending in endings
    )
    return stem_long_enough or any(
        word.startswith(prefix) and word[len(prefix)].islower() and len(word) >= len(prefix) + 4
        for prefix in prefixes
    )


def ends_in_plain_noun(word: str, endings: tuple[str, ...]) -> bool:
    """Whether WORD ends in a common noun of four letters or more that is no place-name
    ending ("-ausbau" is, "-dorf" and "-dingen" of "Waldingen" are not)."""
    nouns = german_nouns().common_forms
    for start in range(1, len(word) - 3):
        tail = word[start:]
        if tail.capitalize() not in nouns:
            continue
        lower = tail.lower()
        toponymic = any(
            ((lower.endswith(e) or lower.startswith(e)) and len(lower) - len(e) <= 2)
            or e.endswith(lower)
            for e in endings
        )  # "-dorf", "-dingen" (-ingen), "-bergen" (-berg), "-ofen" (-hofen) are place endings
        if not toponymic:
            return True
    return False


def in_town_context(tokens: Sequence[Token], index: int, towns: set[int]) -> bool:
    """After "in", "aus", "bei", "Dorf" …, or next in a list of towns ("aus A, B und C")."""
    if index == 0:
        return False
    previous = tokens[index - 1].text
    if previous in TOWN_CONTEXT or previous.lower() in LOCATIVE_PREPOSITIONS:
        return True
    return previous in {",", "und", "oder"} and index - 2 in towns


def places_in(sentence: Sentence) -> Iterable[Found]:
    tokens = sentence.tokens
    towns: set[int] = set()
    for index, token in enumerate(tokens):
        if not is_capitalised(token.text):
            continue
        previous = tokens[index - 1].text if index else None
        if place := place_name(token.text, previous):
            towns.add(index)
            yield Found(place, "LOC")
        elif looks_like_town(token.text) and in_town_context(tokens, index, towns):
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if not (is_capitalised(following) and following in german_nouns().common_forms):
                towns.add(index)  # not "in Müllers Büro": a name before a noun is no town
                yield Found(token.text, "LOC")


def find_named_entities(document: Document) -> list[Found]:
    """Every person, organisation and place the body names, in order of discovery."""
    found: dict[str, Found] = {}
    for sentence in document.sentences:
        for candidate, _ in people_in(sentence):
            found.setdefault(candidate.name, candidate)
        for candidate in [*organisations_in(sentence), *places_in(sentence)]:
            found.setdefault(candidate.name, candidate)
    return drop_genitive_duplicates(list(found.values()), document.body)


def drop_genitive_duplicates(found: list[Found], body: str) -> list[Found]:
    """ "Donald Trumps" is "Donald Trump" when the body also has the bare "Trump"."""
    result: dict[str, Found] = {}
    for candidate in found:
        name = candidate.name
        stem = genitive_stem(name)
        if stem and re.search(rf"(?<!\w){re.escape(stem.split()[-1])}(?!\w)", body):
            candidate = dataclasses.replace(candidate, name=stem)
        result.setdefault(candidate.name, candidate)
    return list(result.values())


def surface_forms(candidate: Found) -> list[str]:
    """The strings that count as a mention of the entity, longest first."""
    forms = {candidate.name, candidate.name + "s"}
    parts = candidate.name.split()
    if candidate.type == "PER" and len(parts) > 1:
        surname = parts[0] if candidate.family_first else parts[-1]
        forms.update({surname, surname + "s"})
    if candidate.type == "ORG" and parts[-1] in legal_forms() | {p + "." for p in legal_forms()}:
        short = " ".join(parts[:-1])
        forms.update({short, short + "s"})
    if candidate.type == "ORG":
        forms.add(candidate.name + "es")
        if len(parts) > 1:  # "des Landgerichts Moosbach": the genitive is on the noun
            rest = " ".join(parts[1:])
            forms.update({f"{parts[0]}s {rest}", f"{parts[0]}es {rest}"})
    return sorted(forms, key=len, reverse=True)


WORD_RUN = re.compile(r"\w+")


def mention_claims(found: Sequence[Found], body: str) -> list[tuple[int, int, int]]:
    """(start, -end, index into FOUND) of every place where a surface form stands as whole
    words. One pass over the body's words, each looked up by the form's first word, so
    that a long article with many names stays linear."""
    by_first_word: dict[str, list[tuple[str, int]]] = {}
    odd_forms: list[tuple[str, int]] = []  # forms that do not begin with a letter or digit
    for number, candidate in enumerate(found):
        for form in surface_forms(candidate):
            first = WORD_RUN.match(form)
            if first:
                by_first_word.setdefault(first.group(), []).append((form, number))
            else:
                odd_forms.append((form, number))
    claims: list[tuple[int, int, int]] = []
    for run in WORD_RUN.finditer(body):
        for form, number in by_first_word.get(run.group(), ()):
            end = run.start() + len(form)
            if body.startswith(form, run.start()) and not WORD_RUN.match(body, end):
                claims.append((run.start(), -end, number))
    for form, number in odd_forms:
        for match in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", body):
            claims.append((match.start(), -match.end(), number))
    return claims


def count_mentions(found: Sequence[Found], body: str) -> list[Entity]:
    """Entities with every mention in the body; a stretch counts for one entity only."""
    claims = mention_claims(found, body)
    mentions: dict[int, list[Mention]] = {number: [] for number in range(len(found))}
    taken_until = -1
    for start, negative_end, number in sorted(claims):
        if start < taken_until:
            continue
        end = -negative_end
        mentions[number].append(Mention(start, end, body[start:end]))
        taken_until = end
    entities = [
        Entity(
            key=f"{candidate.type.lower()}-{slug(candidate.name)}",
            name=candidate.name,
            type=candidate.type,
            mentions=tuple(mentions[number]),
            role=candidate.role,
            gender=candidate.gender,
        )
        for number, candidate in enumerate(found)
        if mentions[number]
    ]
    return entities
