"""Noun phrases: the speaker phrase next to a cue, and the clause that holds both.

"Rathaussprecher Jonas Weidlich", "der Sprecher", "ein Sprecher des Ministeriums", "Er",
"der 47-Jährige", "Ida Kaya vom Förderverein Lindenbad e.V.".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from build_dataset.names import is_capitalised, is_function_word
from build_dataset.quotes.cues import Cue, clause_end, cue_at, quoted_name_end
from build_dataset.records import Token
from build_dataset.wordclasses import (
    ATTACHMENTS,
    AUXILIARIES,
    CLAUSE_ADVERBS,
    DETERMINERS,
    FIRST_PLACE_ADVERBS,
    GENITIVE_ARTICLES,
    OBJECT_ARTICLES,
    RELATIVE_PRONOUNS,
    abbreviations,
    is_name_word,
    legal_forms,
)
from build_dataset.wordlists import german_nouns

PRONOUNS = {"er": "m", "sie": "f"}


AGED_GENDER = {"der": "m", "die": "f"}


def noun_phrase(tokens: Sequence[Token], start: int, stop: int) -> tuple[list[Token], list[Token]]:
    """(phrase, head) of the noun phrase at START; empty when there is none.

    "Rathaussprecher Jonas Weidlich", "der Sprecher", "ein Sprecher des Ministeriums", "Er".
    """
    index = start
    if index < stop and tokens[index].text.lower() in PRONOUNS:
        return [tokens[index]], [tokens[index]]
    if index < stop and tokens[index].text.lower() in DETERMINERS:
        index += 1
        while index < stop and tokens[index].text[:1].islower() and tokens[index].text.isalpha():
            if is_function_word(tokens[index].text):
                break
            index += 1  # adjectives after an article: "ein hochrangiger Sprecher"
        if index < stop and AGED.fullmatch(tokens[index].text):
            return list(tokens[start : index + 1]), [tokens[index]]  # "der 47-Jährige"
    head_start = index
    while index < stop and (is_capitalised(tokens[index].text) or tokens[index].text == "."):
        if tokens[index].text == "." and tokens[index - 1].text not in abbreviations():
            break
        if is_function_word(tokens[index].text) and index > head_start:
            break
        index += 1
        if index - head_start >= 7:  # "Prof. Dr. Ida Kaya"
            break
    if index == head_start and quoted_name_end(tokens, index, stop) > index:
        index = quoted_name_end(tokens, index, stop)  # "laut „Abendpost“"
    elif (
        index == head_start or is_function_word(tokens[head_start].text)
        or tokens[head_start].text.lower() in FIRST_PLACE_ADVERBS  # "Dazu sagte sie"
    ):  # fmt: skip
        return [], []
    index = quoted_name_end(tokens, index, stop)  # "die Zeitung „Abendpost“"
    head = list(tokens[head_start:index])
    if index < stop and tokens[index].text in GENITIVE_ARTICLES:
        end = index + 1
        while (
            end < stop and tokens[end].text[:1].islower() and not is_function_word(tokens[end].text)
        ):
            end += 1
        if end < stop and is_capitalised(tokens[end].text):
            index = end + 1
            if index < stop and names_the_noun(tokens[index].text):
                index += 1  # "des Senders ra-dio", "der Gruppe Ab-i-Nord Ost"
                while index < stop and index - end <= 3 and goes_on_naming(tokens[index].text):
                    index += 1
    return list(
        tokens[start : attachment_end(tokens, skip_brackets(tokens, index, stop), stop)]
    ), head


def names_the_noun(word: str) -> bool:
    """Whether WORD, right after a genitive noun, is that noun's hyphenated name, also in
    lower case: "des Senders ra-dio", "der Gruppe Ab-i-Nord"; not a hyphenated noun."""
    if "-" not in word.strip("-") or not word[:1].isalpha():
        return False
    return not is_capitalised(word) or word not in german_nouns().common_forms


def goes_on_naming(word: str) -> bool:
    """A word that goes on with a hyphenated name: another one, or a capitalised word that
    is no common noun ("der Gruppe Ab-i-Nord Ost")."""
    if names_the_noun(word):
        return True
    capitalised = is_capitalised(word) and not is_function_word(word)
    return capitalised and word not in german_nouns().common_forms


# "der 47-Jährige", "die 27-Jährige": a person named by age, resolved like a pronoun.
AGED = re.compile(r"\d+-[Jj]ährigen?")


def skip_brackets(tokens: Sequence[Token], index: int, stop: int) -> int:
    """Past "(CDU)" or "(34)" after a name."""
    if index < stop and tokens[index].text == "(":
        for end in range(index + 1, min(stop, index + 6)):
            if tokens[end].text == ")":
                return end + 1
    return index


def attachment_end(tokens: Sequence[Token], index: int, stop: int) -> int:
    """Past "vom Förderverein Lindenbad e.V." or "von der Universität Moosbach" after a
    name: where the speaker works belongs to the phrase, not to what was said."""
    if index >= stop or tokens[index].text not in ATTACHMENTS:
        return index
    end = index + 1
    if end < stop and tokens[end].text in DETERMINERS:
        end += 1
    named = end
    while end < stop and end - index < 9:
        text = tokens[end].text
        following = tokens[end + 1].text if end + 1 < stop else ""
        if text.rstrip(".") in legal_forms():
            end += 2 if following == "." else 1  # "e.V." is split as "e.V" "."
        elif is_capitalised(text) and not is_function_word(text):
            end += 1
        elif text in {"für", "in"} and is_capitalised(following):
            end += 1  # "Institut für Küstenforschung in Moosbach"
        else:
            break
    return end if end > named else index


def cue_clause(
    tokens: Sequence[Token], start: int, end: int
) -> tuple[list[Token], list[Token], Cue] | None:
    """The speaker phrase and cue of a clause holding a verb of saying, subject first
    ("Weidlich sagte") or after the verb ("In einer Erklärung betonte Rathaussprecher Weidlich")."""
    for index in range(start, end):
        cue = cue_at(tokens, index, end)
        if cue is None:
            continue
        phrase, head = noun_phrase(tokens, start, index)
        auxiliary = start + len(phrase) if phrase else -1
        if phrase and auxiliary < index and tokens[auxiliary].text in AUXILIARIES:
            # German puts one element before the finite verb: the subject, or something
            # else with the subject right after the auxiliary ("Anfang März hatte die
            # Ministerin erklärt"); "Firma X hatte vergangene Woche mitgeteilt" has none.
            inverted, inverted_head = noun_phrase(tokens, auxiliary + 1, index)
            if inverted:
                return inverted, inverted_head, cue
            if phrase[0].text.lower() not in OBJECT_ARTICLES:
                return phrase, head, cue
        if phrase and phrase[0].text.lower() in OBJECT_ARTICLES:
            phrase = []  # "Den Vorwurf wies sie zurück": the object comes first
        if not phrase or len(phrase) != index - start:
            after = index + 1
            while after < end and tokens[after].text.lower() in CLAUSE_ADVERBS:
                after += 1
            phrase, head = noun_phrase(tokens, after, end - len(cue.particle))
            if phrase and phrase[0].text.lower() in OBJECT_ARTICLES:
                # "sagte dem Richter die Anwältin": the dative object, then the subject
                after += len(phrase)
                phrase, head = noun_phrase(tokens, after, end - len(cue.particle))
        if not phrase:
            phrase, head = subject_before(tokens, start, index)
        return (phrase, head, cue) if phrase else None
    return None


def subject_before(
    tokens: Sequence[Token], start: int, verb: int
) -> tuple[list[Token], list[Token]]:
    """The subject between an auxiliary and a participle: "hatte er erklärt"."""
    best: tuple[list[Token], list[Token]] = ([], [])
    for begin in range(verb - 1, max(start, verb - 5) - 1, -1):
        phrase, head = noun_phrase(tokens, begin, verb)
        if phrase and len(phrase) == verb - begin:
            best = (phrase, head)
        elif best[0]:
            break
    return best


def skip_relative_clause(tokens: Sequence[Token]) -> list[Token]:
    """The speaker next to the verb: "Anwalt Brandt, der die Klägerin vertrat, erklärte, …"
    without the relative clause, "Die Trainerin der Gäste, Ewa Lis, sagte, …" as
    "Ewa Lis sagte, …"; unchanged when the first clause already holds a verb of
    saying ("Weidlich sagte, die Lage …")."""
    return without_relative_clause(tokens)[0]


SpeakerClause = tuple[list[Token], list[Token], Cue]


def without_relative_clause(
    tokens: Sequence[Token],
) -> tuple[list[Token], tuple[int, SpeakerClause | None] | None]:
    """skip_relative_clause, and, where that leaves TOKENS as they are, what it found of
    their first clause, so that the caller need not look again: where it ends, and its
    speaker and verb of saying (cue_clause) when a comma ends it with words after it."""
    first = clause_end(tokens, 0)
    if first + 1 >= len(tokens) or tokens[first].text != ",":
        return list(tokens), (first, None)
    said = cue_clause(tokens, 0, first)
    unchanged = list(tokens), (first, said)
    if said is not None:
        return unchanged
    second = clause_end(tokens, first + 1)
    if second + 1 >= len(tokens) or tokens[second].text != ",":
        return unchanged
    if tokens[first + 1].text in RELATIVE_PRONOUNS:
        return [*tokens[:first], *tokens[second + 1 :]], None
    describes = tokens[first + 1].text in {"ein", "eine"}  # "Ida Kaya, eine Ärztin, sagte"
    if describes and cue_at(tokens, second + 1, clause_end(tokens, second + 1)):
        return [*tokens[:first], *tokens[second + 1 :]], None
    inserted = tokens[first + 1 : second]
    phrase, _ = noun_phrase(tokens, first + 1, second)
    names_speaker = phrase and len(phrase) == len(inserted) and is_name_word(phrase[-1].text)
    if names_speaker and cue_at(tokens, second + 1, clause_end(tokens, second + 1)):
        return [*inserted, *tokens[second + 1 :]], None  # an apposition naming the speaker
    return unchanged
