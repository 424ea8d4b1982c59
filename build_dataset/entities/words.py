"""Tests on single words that the people, organisation and place rules share: an
organisation's ending, a compound noun, a first name, a word that no list knows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from build_dataset.lexicons import load
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.records import Token
from build_dataset.wordclasses import WORD_MEMO, adjective_form, role_of
from build_dataset.wordlists import german_nouns, is_first_name


def joined(tokens: Sequence[Token]) -> str:
    """The tokens as the body writes them: "John F. Kennedy", not "John F . Kennedy"."""
    text = tokens[0].text if tokens else ""
    for before, token in zip(tokens, tokens[1:], strict=False):
        text += (" " if token.start > before.end else "") + token.text
    return text


@dataclass(frozen=True)
class OrgWord:
    """A word that names an organisation: "Innenministeriums" -> base "Innenministerium"."""

    base: str
    keeps_name: bool  # "Landgericht Moosbach": the following name belongs to it
    bare: bool = False  # the ending alone: "Universität", "Verein"


@cache
def org_suffixes() -> tuple[tuple[str, bool], ...]:
    """(ending, keeps_name) pairs; "+" in the lexicon marks keeps_name."""
    return tuple((entry.rstrip("+~ "), entry.endswith("+")) for entry in load("org_suffixes.txt"))


@cache
def named_only_suffixes() -> tuple[str, ...]:
    """Endings that name an organisation only with a name before them ("~")."""
    return tuple(entry.rstrip("~ ") for entry in load("org_suffixes.txt") if entry.endswith("~"))


@cache
def org_suffix_forms() -> dict[str, tuple[tuple[int, str, bool, str], ...]]:
    """Each ending with its case ending ("ministeriums") -> (rank, ending, keeps_name,
    case ending), in the lexicon's order."""
    forms: dict[str, list[tuple[int, str, bool, str]]] = {}
    for rank, (suffix, keeps_name) in enumerate(org_suffixes()):
        for ending in ("", "s", "es"):
            forms.setdefault(suffix + ending, []).append((rank, suffix, keeps_name, ending))
    return {form: tuple(entries) for form, entries in forms.items()}


@cache
def longest_org_form() -> int:
    """The length of the longest ending form: measured once, not for each new word."""
    return max(map(len, org_suffix_forms()))


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every capital
def organisation_word(word: str) -> OrgWord | None:
    """ "Innenministeriums" -> "Innenministerium": a compound with an organisation ending,
    or, for an institution that keeps its name, the bare word ("Universität"). The first
    ending of the lexicon that fits wins; the word's endings are looked up, not tried."""
    if not is_capitalised(word):
        return None
    lower = word.lower()
    fitting: list[tuple[int, OrgWord]] = []
    longest = longest_org_form()  # only the last letters can hold an ending
    for start in range(max(0, len(lower) - longest), len(lower)):
        for rank, suffix, keeps_name, ending in org_suffix_forms().get(lower[start:], ()):
            base = word[: len(word) - len(ending)]
            if len(base) >= len(suffix) + 3 or (keeps_name and len(base) == len(suffix)):
                fitting.append((rank, OrgWord(base, keeps_name, len(base) == len(suffix))))
    return min(fitting, key=lambda pair: pair[0])[1] if fitting else None


@cache
def bare_org_forms() -> dict[str, tuple[int, bool]]:
    """Each ending with a case ending ("ministeriums") -> (length of the ending, keeps_name)
    of the first ending of the lexicon it is a form of."""
    forms: dict[str, tuple[int, bool]] = {}
    for suffix, keeps_name in org_suffixes():
        for ending in ("", "s", "es"):
            forms.setdefault(suffix + ending, (len(suffix), keeps_name))
    return forms


def bare_org_word(word: str) -> OrgWord | None:
    """An organisation's ending standing alone ("Rundfunk", "Ministeriums"), which names
    one body only with a name before it ("Hessischer Rundfunk") or after it. One look-up,
    not a test per ending: asked for most capitalised words."""
    found = bare_org_forms().get(word.lower())
    return OrgWord(word[: found[0]], found[1], bare=True) if found else None


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


def given_name(word: str) -> bool:
    """A first name, also a hyphenated one: "Karl-Heinz", "Anna-Lena"."""
    if "-" in word:
        return all(part and is_first_name(part) for part in word.split("-"))
    return is_first_name(word)


def known_name(word: str) -> bool:
    """A surname of Wiktionary or a first name of Wiktionary or gender-guesser."""
    return word in german_nouns().surnames or is_first_name(word)


LINKING_ENDINGS = ("", "s", "es", "n", "en", "e")
LONGEST_NAME = 40  # letters; a longer word is a compound or garbage, never one name
NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "tät", "nis", "tum", "ismus")


@lru_cache(maxsize=WORD_MEMO)  # bounded: a corpus brings words without end
def compound_noun(word: str) -> bool:
    """ "Zeltstange", "Tischkante": a German noun after a German noun (with its linking -s-,
    -n-, -en-), which no list holds whole."""
    nouns = german_nouns().noun_forms
    if len(word) > LONGEST_NAME:
        return True  # read as a compound without trying each cut (a square of its length)
    for cut in range(3, len(word) - 2):
        if word[cut:].capitalize() not in nouns:
            continue
        head = word[:cut]
        for link in LINKING_ENDINGS:
            if head.endswith(link) and head[: len(head) - len(link)] in nouns:
                return True
    return False


@lru_cache(maxsize=WORD_MEMO)  # bounded: a corpus brings words without end
def unknown_word(word: str) -> bool:
    """A capitalised word that no list knows: no noun (nor a compound or a derived one),
    adjective, name, role or organisation ("Kirovakan", "Halvorsen")."""
    if not (is_capitalised(word) and word.replace("-", "").isalpha()) or len(word) < 4:
        return False
    if len(word) > LONGEST_NAME:
        return False  # no name; and the compound test below would take its square
    if any(letter.isupper() for letter in word[1:].replace("-", "")):
        return False  # "VfB", "McKay": an abbreviation, or a name of another shape
    if word in german_nouns().noun_forms or is_function_word(word) or known_name(word):
        return False
    if word.endswith(NOUN_SUFFIXES):
        return False  # "Verankerung", "Heiterkeit": made nouns
    if role_of(word) or organisation_word(word) or is_descriptor(word) or compound_noun(word):
        return False
    return not adjective_form(word)
