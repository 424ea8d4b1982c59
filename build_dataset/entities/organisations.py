"""Organisations: institutions, legal forms, organisation endings, clubs; acronyms,
companies and teams come from brands.py, the name around an organisation's noun from
org_names.py.

"Bundestag", "Müller Logistik GmbH", "Innenministerium", "Landgericht Moosbach", "FC Augsburg",
"Europäischen Parlaments" (capitalised adjectives before the ending belong to the name),
and the party in brackets after a name ("Greta Brill (Grüne)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from build_dataset.entities.brands import (
    ACRONYM,
    acronym_name,
    bare_company,
    club_before_town,
    company,
    organisation_acronym,
    team_name,
)
from build_dataset.entities.org_names import leading_name, legal_form, named_organisation
from build_dataset.entities.words import (
    bare_org_word,
    is_descriptor,
    joined,
    organisation_word,
    unknown_word,
)
from build_dataset.lexicons import lazy_word_set
from build_dataset.names import genitive_stem, is_capitalised, is_function_word
from build_dataset.records import Found, Sentence, Token
from build_dataset.wordclasses import (
    WORD_MEMO,
    adjective_form,
    fold,
    gazetteer_place,
    institutions,
    is_name_word,
    legal_forms,
    place_name,
    role_of,
)
from build_dataset.wordlists import company_names, german_nouns, is_first_name

PARTY_ARTICLES = {"die", "der", "den", "Die", "Der", "Den"}


party_names = lazy_word_set("party_names")


@cache
def institutions_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The institutions, longest first, under their first word (one-word names also under
    that word, so that "Bundestags" finds "Bundestag" by its genitive stem)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in institutions():
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def may_open_organisation(word: str) -> bool:
    """Whether a rule of organisations_in can start at WORD; the others ("sagte",
    "Regierung") are passed over without asking each rule."""
    stem = genitive_stem(word)
    known = institutions_by_first_word()
    return bool(
        word in known
        or (stem and stem in known)
        or word == "("  # affiliation
        or word.rstrip(".") in legal_forms()
        or word in club_abbreviations()
        or word in party_names()
        or organisation_word(word)
        or bare_org_word(word)
        or fold(word, company_names())  # company, bare_company
        or ACRONYM.fullmatch(word)  # organisation_acronym, acronym_name
        or unknown_word(word)  # club_before_town
        or place_name(word, None)  # team_name
        or gazetteer_place(word, True)
    )


@dataclass(frozen=True, slots=True)
class OrgOpeners:
    """Which rules of organisations_in can start at a word, by tests of the word alone; a
    rule whose test fails is not asked there."""

    institution: bool  # a listed institution's first word, or its genitive: "Bundestags"
    club_town: bool  # club_before_town: a word no list knows, "Panderos Lissabon"
    team: bool  # team_name: a place, "Lakeport Owls"
    legal: bool  # a legal form: "GmbH", "e.V."
    club: bool  # a club's abbreviation: "FC"
    org_word: bool  # an organisation's word or its bare ending: "Innenministerium", "Verein"
    company: bool  # company, bare_company: a listed company, "Siemens", "bei Linde"
    acronym: bool  # organisation_acronym, acronym_name: "NATO", "TU Halberstadt"


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def org_openers(word: str) -> OrgOpeners | None:
    """The rules of organisations_in that can start at WORD, or None where
    may_open_organisation says no rule can."""
    if not may_open_organisation(word):
        return None
    stem = genitive_stem(word)
    known = institutions_by_first_word()
    return OrgOpeners(
        institution=word in known or bool(stem and stem in known),
        club_town=unknown_word(word),
        team=bool(place_name(word, None) or gazetteer_place(word, True)),
        legal=word.rstrip(".") in legal_forms(),
        club=word in club_abbreviations(),
        org_word=bool(organisation_word(word) or bare_org_word(word)),
        company=fold(word, company_names()) is not None,
        acronym=ACRONYM.fullmatch(word) is not None,
    )


def organisations_in(
    sentence: Sentence, opened: Iterable[tuple[int, OrgOpeners]] | None = None
) -> Iterable[Found]:
    """OPENED: the tokens where org_openers opens rules, with them, if known (gates.py)."""
    tokens = sentence.tokens
    if opened is None:
        opened = (
            (index, opens)
            for index, token in enumerate(tokens)
            if (opens := org_openers(token.text)) is not None
        )
    for index, opens in opened:
        word = tokens[index].text
        stem = genitive_stem(word)
        known = institutions_by_first_word()
        institutions = known.get(word, ()) + (known.get(stem, ()) if stem else ())
        for phrase in institutions if opens.institution else ():
            window = [t.text for t in tokens[index : index + len(phrase)]]
            same_words = len(window) == len(phrase) and window[:-1] == list(phrase[:-1])
            if same_words and fold(window[-1], {phrase[-1]}):
                lead = leading_name(tokens, index) if len(phrase) == 1 else 0
                written = joined(tokens[index - lead : index + len(phrase)])
                yield Found(written if lead else " ".join(phrase), "ORG")  # "Deutschen Bundestag"
                break
        if opens.club_town and (club := club_before_town(tokens, index)) > index:
            yield Found(joined(tokens[index:club]), "ORG")  # "Panderos Lissabon"
        if opens.team and (team := team_name(tokens, index)) > index:
            yield Found(joined(tokens[index:team]), "ORG")  # "Lakeport Owls"
        if opens.legal and index > 0:
            start = index
            while start > 0 and index - start < 3 and company_word(tokens[start - 1].text):
                start -= 1
            while start < index - 1 and is_descriptor(tokens[start].text):
                start += 1  # "Der Maschinenbauer Nordwerk AG": the noun is not the name
            if start < index:
                yield Found(joined(tokens[start:index]) + " " + legal_form(tokens, index), "ORG")
            continue
        if opens.club:
            yield from club_name(tokens, index)
            continue
        if word == "(" and index > 0 and is_name_word(tokens[index - 1].text):
            yield from affiliation(tokens, index)
        named = index + 1 < len(tokens) and tokens[index + 1].text == "für"
        bare = bare_org_word(word)  # looked up before leading_name, which costs more
        if opens.org_word and (
            org := organisation_word(word)
            or (bare and (named or leading_name(tokens, index)) and bare)
        ):
            yield from named_organisation(tokens, index, org)
            continue
        if word in party_names() and index > 0 and tokens[index - 1].text in PARTY_ARTICLES:
            yield Found(word, "ORG")  # "die Grünen", "der Union"
            continue
        if opens.company and (
            company(word) or (index > 0 and bare_company(word, tokens[index - 1].text))
        ):
            yield Found(fold(word, company_names()) or word, "ORG")  # "Siemens", "bei Linde"
            continue
        following = acronym_name(tokens, index) if opens.acronym else []
        if opens.acronym and (organisation_acronym(word) or following):  # "TU Halberstadt"
            start = index - 1 if index and name_before_acronym(tokens, index) else index
            yield Found(joined(tokens[start : index + 1 + len(following)]), "ORG")


def name_before_acronym(tokens: Sequence[Token], index: int) -> bool:
    """A brand or founder's name right before an acronym is one name with it ("Kessler
    IFT", "Nakamura FJB"): capitalised, no noun, first name, role, place or acronym."""
    word = tokens[index - 1].text
    if tokens[index].start != tokens[index - 1].end + 1 or not word.isalpha() or len(word) < 3:
        return False
    if not is_capitalised(word) or word.isupper() or is_function_word(word):
        return False
    if word in german_nouns().noun_forms or adjective_form(word) or is_first_name(word):
        return False
    return not (role_of(word) or place_name(word, None) or organisation_word(word))


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
        if not ACRONYM.fullmatch(name) and not bracketed_noun(name):  # acronyms: found anyway
            yield Found(name, "ORG")


def bracketed_noun(word: str) -> bool:
    """A common noun, a compound of one or a place in brackets explains the word before it
    ("Rutger Brink (Tischler)", "Kaltbrunn (Mosel)"); a party or body is named ("Grüne")."""
    if word in party_names() or organisation_word(word):
        return False
    return word in german_nouns().noun_forms or is_descriptor(word) or bool(place_name(word, None))


def company_word(word: str) -> bool:
    """A word of a company name before its legal form ("Aurelia Energie GmbH")."""
    return is_capitalised(word) and not is_function_word(word) and word[0].isalpha()


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


club_abbreviations = lazy_word_set("club_abbreviations")
