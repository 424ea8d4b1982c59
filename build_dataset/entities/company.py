"""Names known by the company they keep in the sentence.

- coordination: words joined by "und", "oder", "sowie" or a list's commas are of one kind,
  so an unknown name beside a found one takes its type ("Wenzlick und Ollertz", "bei
  Infineon und Norvatek");
- a title in quotation marks as the one told by a verb of saying, or before "zufolge", is
  a newspaper or broadcaster: "sagte sie dem „Nordkurier“", "dem „Abendblatt“ zufolge";
- the name after a noun for a kind of firm is the firm: "die Rockband Zandrix", "der
  Mobilfunkbetreiber Telvia".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache

from build_dataset.entities.org_names import legal_form
from build_dataset.entities.subjects import name_like, speech_forms
from build_dataset.entities.words import organisation_word
from build_dataset.lexicons import load
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.records import Found, Token
from build_dataset.wordclasses import (
    QUOTE_MARKS,
    WORD_MEMO,
    gazetteer_place,
    legal_forms,
    place_name,
    role_of,
)
from build_dataset.wordlists import german_nouns

JOINERS = {"und", "oder", "sowie"}
LIST_MARKS = JOINERS | {","}


def coordinated(
    tokens: Sequence[Token], kinds: Mapping[str, str], opened: Iterable[int] | None = None
) -> Iterable[Found]:
    """Unknown names joined to a found one by "und", "oder", "sowie" or a list's comma;
    KINDS maps each found name's first and last word to its type. A comma counts only
    inside a list that goes on ("A, B und C"), not before a new clause. OPENED: the
    tokens that are a candidate, if known (gates.py)."""
    if opened is None:
        opened = (index for index, token in enumerate(tokens) if candidate(token.text))
    for index in opened:
        word = tokens[index].text
        if word in kinds or inside_longer_name(tokens, index):
            continue
        kind = None
        if index >= 2 and tokens[index - 1].text in LIST_MARKS:
            kind = kinds.get(tokens[index - 2].text)
            if tokens[index - 1].text == "," and not continues_list(tokens, index):
                kind = None
        if kind is None and index + 2 < len(tokens) and tokens[index + 1].text in LIST_MARKS:
            kind = kinds.get(tokens[index + 2].text)
            if tokens[index + 1].text == "," and not continues_list(tokens, index + 2):
                kind = None
        if kind in {"PER", "ORG", "LOC"}:
            yield Found(word, kind)


def inside_longer_name(tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word right before or after: "Dizzo Ollertz", "Pira Lumo …"."""
    return any(
        0 <= position < len(tokens)
        and is_capitalised(tokens[position].text)
        and tokens[position].text[0].isalpha()
        and not is_function_word(tokens[position].text)
        for position in (index - 1, index + 1)
    )


def continues_list(tokens: Sequence[Token], index: int) -> bool:
    """A list goes on after the name at INDEX: a comma or a joiner follows it."""
    return index + 1 < len(tokens) and tokens[index + 1].text in LIST_MARKS


@lru_cache(maxsize=WORD_MEMO)  # a pure function of the word, asked for every token
def candidate(word: str) -> bool:
    """A capitalised word no list knows, or a name: no noun, role or organisation word."""
    if not is_capitalised(word) or is_function_word(word) or not word[0].isalpha():
        return False
    if role_of(word) or organisation_word(word) or place_name(word, None):
        return False
    return name_like(word) and not gazetteer_place(word, True)


MEDIA_ARTICLES = {"der", "dem", "Dem", "Der"}
LONGEST_TITLE = 4  # words


def quoted_media(tokens: Sequence[Token]) -> Iterable[Found]:
    """A title of capitalised words in quotation marks after "der"/"dem", told something by
    a verb of saying earlier in the sentence or followed by "zufolge"."""
    texts = [token.text for token in tokens]
    if QUOTE_MARKS.isdisjoint(texts) or MEDIA_ARTICLES.isdisjoint(texts):
        return  # most sentences: no quotation mark, or no article before one
    said = False
    speech = speech_forms()
    for index, token in enumerate(tokens):
        if token.text in speech:
            said = True
        if token.text not in MEDIA_ARTICLES or index + 2 >= len(tokens):
            continue
        if tokens[index + 1].text not in QUOTE_MARKS:
            continue
        end = index + 2
        while end < len(tokens) and end - index - 2 < LONGEST_TITLE:
            if not is_capitalised(tokens[end].text) or not tokens[end].text[0].isalpha():
                break
            end += 1
        if end == index + 2 or end >= len(tokens) or tokens[end].text not in QUOTE_MARKS:
            continue
        after = tokens[end + 1].text if end + 1 < len(tokens) else ""
        title = tokens[index + 2 : end]
        noun = len(title) == 1 and title[0].text in german_nouns().common_forms
        if after == "zufolge" or (said and not noun):  # not "mit dem „Bären“"
            text = title[0].text
            for before, word in zip(title, title[1:], strict=False):
                text += (" " if word.start > before.end else "") + word.text
            yield Found(text, "ORG")


@cache
def firm_kinds() -> tuple[str, ...]:
    return tuple(load("firm_kinds.txt"))


@lru_cache(maxsize=WORD_MEMO)  # asked for every token
def firm_kind(word: str) -> bool:
    """ "Hersteller", "Rockband", "Mobilfunkbetreiber": a noun for a kind of firm, band or team,
    alone or as the last part of a compound."""
    return is_capitalised(word) and word.lower().endswith(firm_kinds()) and not role_of(word)


def named_by_kind(tokens: Sequence[Token], opened: Iterable[int] | None = None) -> Iterable[Found]:
    """Up to three capitalised words after a noun for a kind of firm ("der Hersteller
    Norvatek", "die Fluggesellschaft Air Lumo"), none a German noun, place or function
    word; the name without the noun. OPENED: the tokens that are a firm_kind, if known
    (gates.py)."""
    if opened is None:
        opened = (index for index, token in enumerate(tokens) if firm_kind(token.text))
    for index in opened:
        if index + 1 >= len(tokens):
            break  # the last token: no name after it
        end = index + 1
        while end < len(tokens) and end - index <= 3 and firm_name_word(tokens[end].text):
            end += 1
        if end > index + 1:
            name = tokens[index + 1 : end]
            text = name[0].text
            for before, word in zip(name, name[1:], strict=False):
                text += (" " if word.start > before.end else "") + word.text
            if end < len(tokens) and tokens[end].text.rstrip(".") in legal_forms():
                text += " " + legal_form(tokens, end)  # "der Hersteller Norvatek N.V."
            yield Found(text, "ORG")


def firm_name_word(word: str) -> bool:
    """A word of a firm's name: capitalised or a brand in capitals, no German noun, place,
    role or function word."""
    bare = word.replace("-", "").replace("&", "")
    if not (word[:1].isupper() and bare.isalnum()) or is_function_word(word):
        return False
    if word in german_nouns().common_forms or role_of(word):
        return False
    return not (place_name(word, None) or gazetteer_place(word, False))
