"""An organisation's noun and the name around it: "Landgericht Moosbach", "Institut für
Küstenforschung", "Fahrgastverband Pro Bahn", "Europäischen Parlaments", "Kölner
Verkehrsverband", "Brommel Verlag", "Müller Logistik GmbH" (the legal form after a name),
and the bare "das Innenministerium" after an article."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from build_dataset.entities.words import (
    OrgWord,
    bare_org_word,
    joined,
    named_only_suffixes,
    organisation_word,
)
from build_dataset.lexicons import word_set
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.records import Found, Token
from build_dataset.wordclasses import (
    ARTICLES_BEFORE_ORG,
    NAME_ADJECTIVE_ENDINGS,
    adjective_form,
    legal_forms,
    place_name,
    role_of,
)
from build_dataset.wordlists import german_nouns

# The state's own bodies are named without an article too: "laut Bundesinnenministerium".
STATE_PREFIXES = ("Bundes", "Landes", "Staats")


def legal_form(tokens: Sequence[Token], index: int) -> str:
    """ "GmbH", or "e.V." with the period that the tokenizer split off."""
    word = tokens[index].text
    dotted = word + "." in word_set("legal_forms")
    follows = index + 1 < len(tokens) and tokens[index + 1].text == "."
    return word + "." if dotted and follows else word


def named_organisation(tokens: Sequence[Token], index: int, org: OrgWord) -> Iterable[Found]:
    """ "Landgericht Moosbach", "Institut für Küstenforschung", "Fahrgastverband Pro Bahn" ->
    "Pro Bahn", and a bare "das Innenministerium" after an article."""
    after = index + 1
    lead = leading_name(tokens, index)
    if lead:  # "Europäischen Parlaments", "Kölner Verkehrsverband": written as they stand
        org = OrgWord(joined(tokens[index - lead : index + 1]), org.keeps_name, org.bare)
    if (org.keeps_name or org.bare) and after < len(tokens) and tokens[after].text == "für":
        name = appositive_name(tokens, after + 1, allow_noun=True)
        end = after + 1 + len(name)
        if name and end + 1 < len(tokens) and tokens[end].text == "und":
            more = appositive_name(tokens, end + 1, allow_noun=True)
            if more:  # "Ministerium für Bau und Verkehr"
                name = list(tokens[after + 1 : end + 1 + len(more)])
        if name:
            yield Found(f"{org.base} für {joined(name)}", "ORG")
            return
    if org.keeps_name:
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
    if lead:
        yield Found(org.base, "ORG")  # "der Bayerischen Landesbank"
    elif org.keeps_name or org.base.endswith(named_only_suffixes()):
        return  # "das Landgericht", "der Verein", "die Wochenzeitung": no name of their own
    elif article_before(tokens, index) or org.base.startswith(STATE_PREFIXES):
        yield Found(org.base, "ORG")  # "das Innenministerium"; not "Brandstiftung könne …"


def article_before(tokens: Sequence[Token], index: int) -> bool:
    """A definite article before the noun, past up to two adjectives in lower case: "das
    Innenministerium", "das neue, SPD-geführte Innenministerium"."""
    position = index - 1
    while position >= 0 and index - position <= 4:
        word = tokens[position].text
        if word.lower() in ARTICLES_BEFORE_ORG:
            return True
        lower_adjective = word.split("-")[-1].islower() and word.endswith(NAME_ADJECTIVE_ENDINGS)
        if not (lower_adjective or word == ","):
            return False
        position -= 1
    return False


def leading_name(tokens: Sequence[Token], index: int) -> int:
    """How many words before an organisation's noun belong to its name: capitalised
    adjectives ("Europäischen Parlaments", "Freie Universität") and place adjectives
    ("Kölner Verkehrsverband"). German writes a plain adjective in lower case."""
    count = 0
    while count < 2 and index - count - 1 > 0:
        word = tokens[index - count - 1].text
        adjective = word.endswith(NAME_ADJECTIVE_ENDINGS) and word.replace("-", "").isalpha()
        if not (is_capitalised(word) and adjective) or is_function_word(word):
            break
        if role_of(word) or (word in german_nouns().common_forms and not adjective_form(word)):
            break
        if word.split("-")[-1].islower():
            break  # "SPD-geführte Innenministerium": a description, not the name
        count += 1
    if count == 0 and index > 0 and founder_before(tokens[index - 1].text, tokens[index].text):
        return 1
    return count


def founder_before(word: str, noun: str) -> bool:
    """A founder's or brand name written before a bare institution noun that keeps its name
    ("Brommel Verlag", "Kessler Institut"): capitalised, no German noun, adjective, role,
    place or function word; the noun alone, not a compound ("Schulbuchverlag")."""
    org = bare_org_word(noun)
    if org is None or not org.keeps_name:
        return False
    if not (is_capitalised(word) and word.isalpha() and len(word) >= 3) or word.isupper():
        return False
    if is_function_word(word) or word in german_nouns().noun_forms or adjective_form(word):
        return False
    return not (role_of(word) or place_name(word, None) or organisation_word(word))


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
