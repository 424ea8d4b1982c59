"""People: a role noun, a title or a known first name before capitalised words, an
initial before a surname, and a name standing alone (single_names.py); the name's words
are read by person_names.py.

"Rathaussprecher Jonas Weidlich", "Dr. Weißhaupt", "Anna Berger", "Tran Thi Mai",
"Karl-Heinz Brösel", "John F. Kennedy", "Ludwig XIV.", "K. Albrecht", "Sir Jeremy Platt".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from build_dataset.entities.person_names import (
    family_first_surnames,
    family_name_first,
    given_name_genders,
    name_after,
    surname_like,
)
from build_dataset.entities.places import place_name_adjective, place_phrase, place_prefixes
from build_dataset.entities.single_names import (
    genitive_person,
    lone_name,
    name_stem,
    subject_person,
)
from build_dataset.entities.subjects import initial_subject, inverted_subject, name_like
from build_dataset.entities.words import (
    given_name,
    joined,
    known_name,
    organisation_word,
    unknown_word,
)
from build_dataset.lexicons import lazy_word_set
from build_dataset.names import genitive_stem, is_capitalised
from build_dataset.records import Found, Sentence, Token
from build_dataset.wordclasses import (
    ADDRESS_TITLES,
    ARTICLES_BEFORE_NAMES,
    TITLES,
    WORD_MEMO,
    is_name_word,
    place_name,
    role_of,
)
from build_dataset.wordlists import first_name_gender, german_nouns


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def may_open_person(word: str) -> bool:
    """Whether a rule of people_in can start at WORD: a title, a club's word, a place's
    prefix or adjective (passed over whole), a role, an initial, a first name or a name
    of one word. The others ("sagte", "Regierung", ",") are passed over without asking
    each rule; the rules still turn down many a word let through."""
    if word in TITLES or word in ADDRESS_TITLES or word in club_words():
        return True
    if word in place_prefixes() or word + "." in place_prefixes():
        return True  # place_phrase: "Bad Lindau"
    if name_like(word) or unknown_word(word):
        return True  # initial_subject, inverted_subject, subject_person
    if word.endswith("s") and not word.endswith("ss") and name_stem(word[:-1]):
        return True  # genitive_person: "Moravecs"
    if not is_capitalised(word):
        return False  # each rule below asks for a capital
    stem = genitive_stem(word)
    return bool(
        role_of(word)
        or len(word) == 1  # initial_name: "K. Albrecht"
        or given_name(word)
        or word in family_first_surnames()
        or place_name_adjective(word)  # place_phrase: "Nahen Osten"
        or known_name(word)  # lone_name
        or (stem and known_name(stem))
    )


@dataclass(frozen=True, slots=True)
class PersonOpeners:
    """Which rules of people_in can start at a word, by tests of the word alone; a rule
    whose test fails is not asked there. Each test holds wherever its rule finds a name."""

    role: bool  # a capitalised role noun: "Rathaussprecher"
    titled: bool  # "Dr."
    address: bool  # "Sir", "Mrs."
    club: bool  # "Borussia Dortmund"
    phrase: bool  # place_phrase: "San Lorenzo", "Nahen Osten"
    initial: bool  # initial_name: "K. Albrecht"
    named: bool  # a capitalised first name or a family name first: "Anna Berger"
    genitive: bool  # genitive_person: a name's stem and -s, "Moravecs"
    subject: bool  # subject_person: a word no list knows
    name_like: bool  # initial_subject, inverted_subject: person_word asks name_like
    lone: bool  # lone_name: a known name, or its genitive


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def person_openers(word: str) -> PersonOpeners | None:
    """The rules of people_in that can start at WORD, or None where may_open_person says
    no rule can."""
    if not may_open_person(word):
        return None
    stem = genitive_stem(word)
    return PersonOpeners(
        role=is_capitalised(word) and role_of(word) is not None,
        titled=word in TITLES,
        address=word in ADDRESS_TITLES,
        club=word in club_words(),
        phrase=bool(
            word in place_prefixes() or word + "." in place_prefixes() or place_name_adjective(word)
        ),
        initial=len(word) == 1 and word.isupper(),
        named=bool(
            (given_name(word) and not family_name_first(word)) or word in family_first_surnames()
        )
        and is_capitalised(word),
        genitive=word.endswith("s") and not word.endswith("ss") and name_stem(word[:-1]),
        subject=unknown_word(word),
        name_like=name_like(word),
        lone=bool(known_name(word) or (stem and known_name(stem))),
    )


def people_in(
    sentence: Sentence, opened: Iterable[tuple[int, PersonOpeners]] | None = None
) -> Iterable[tuple[Found, int]]:
    """Persons found by a role noun, a title or a first name; with the index past the name.
    OPENED: the tokens where person_openers opens rules, with them, if known (gates.py)."""
    tokens = sentence.tokens
    if opened is None:
        opened = (
            (index, opens)
            for index, token in enumerate(tokens)
            if (opens := person_openers(token.text)) is not None
        )
    resume = 0  # past the last name found: no rule starts inside one
    for index, opens in opened:
        if index < resume:
            continue
        word = tokens[index].text
        role = role_of(word) if opens.role else None
        titled = opens.titled and index + 1 < len(tokens) and tokens[index + 1].text == "."
        after = skip_titles(tokens, index + (0 if titled else 1)) if role or titled else index + 1
        if opens.address:  # "Lady Ashcombe", "Mrs. Pellow"
            titled = True
            dotted = index + 1 < len(tokens) and tokens[index + 1].text == "."
            after = index + (2 if dotted else 1)
        if role or titled:  # "Rathaussprecher Jonas Weidlich", "Dr. Weißhaupt"
            name = name_after(tokens, after)
            if name:
                role_name, role_gender = role or (None, None)
                yield person(name, role_name, role_gender), after + len(name)
                resume = after + len(name)
                continue
        if opens.club and index + 1 < len(tokens):
            following = tokens[index + 1].text
            if place_name(following, None):  # "Borussia Dortmund", "Fortuna Düsseldorf"
                yield Found(f"{word} {following}", "ORG"), index + 2
                resume = index + 2
                continue
        if opens.phrase and (end := place_phrase(tokens, index)) > index:
            resume = end  # "San Lorenzo", "Lido di Vesta": a place, though a first name opens it
            continue
        if opens.initial and initial_name(tokens, index):  # "K. Albrecht"
            yield person(tokens[index : index + 3], None, None), index + 3
            resume = index + 3
            continue
        if opens.named:
            first_name = given_name(word) and not family_name_first(word)
            name = name_after(tokens, index)
            if (head := named_after(tokens, index, len(name))) > index:
                yield Found(joined(tokens[index:head]), "ORG"), head
                resume = head  # "Lucy Harding School": named after her, not her
                continue
            end = index + len(name)
            previous = tokens[index - 1].text if index else ""
            if previous.lower() in ARTICLES_BEFORE_NAMES:
                continue  # "einer Art Schutzraum": a name takes no article
            if len(name) >= (2 if first_name else 3):  # "Kim Jong Un", not "Le Monde"
                yield person(name, None, None), end
                resume = end
                continue
        if affiliation_slot(tokens, index):
            continue  # "Jonas Weidlich (Grüne)": the party, found as an organisation
        if opens.genitive and genitive_person(tokens, index):
            yield Found(word[:-1], "PER"), index + 1  # "Moravecs Entwurf"
        elif opens.subject and subject_person(tokens, index):
            yield Found(word, "PER"), index + 1  # "bedankte sich Kowalczyk"
        elif opens.name_like and (
            initial_subject(tokens, index) or inverted_subject(tokens, index)
        ):
            yield Found(word, "PER"), index + 1  # "Kowalczyk war …", "sagte Kowalczyk."
        elif opens.lone and (single := lone_name(tokens, index)):
            yield Found(single, "PER"), index + 1  # "laut Lindner"


def affiliation_slot(tokens: Sequence[Token], index: int) -> bool:
    """One word in brackets right after a name: a party or body, not a second person."""
    if index < 2 or index + 1 >= len(tokens):
        return False
    if tokens[index - 1].text != "(" or tokens[index + 1].text != ")":
        return False
    before = tokens[index - 2].text
    return is_capitalised(before) and before.replace("-", "").isalpha()


def initial_name(tokens: Sequence[Token], index: int) -> bool:
    """An initial and a surname: "K. Albrecht", "J. Tarrant"."""
    word = tokens[index].text
    if len(word) != 1 or not word.isupper() or index + 2 >= len(tokens):
        return False
    dot, surname = tokens[index + 1], tokens[index + 2].text
    if dot.text != "." or dot.start != tokens[index].end:
        return False
    return (
        surname_like(surname)
        and surname.replace("-", "").isalpha()
        and surname not in german_nouns().common_forms
        and not place_name(surname, None)
        and not organisation_word(surname)
    )


named_after_people = lazy_word_set("named_after_people")


def named_after(tokens: Sequence[Token], index: int, length: int) -> int:
    """The end of an organisation named after the person whose name of LENGTH words starts
    at INDEX ("Lucy Harding School", "Tom Ashby Band"), or INDEX."""
    for end in range(index + 1, min(index + length + 1, len(tokens))):
        if tokens[end].text in named_after_people():
            return end + 1
    return index


club_words = lazy_word_set("club_words")


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
