"""Subjects: who a clause is about, when no verb of saying names the speaker.

A quoted phrase inside a statement ("Die Ärztin nannte die Lage „angespannt“") and a
colon after a clause without a verb of saying ("Der Trainer zeigte sich zufrieden: „…“")
belong to the subject of that clause. German puts the subject first or right after the
finite verb; a noun phrase after a preposition or opened by a dative or accusative
article is no subject. Only a phrase that can speak is taken: a person, an organisation,
a role noun, a pronoun, or a body or group noun (lexicons/speaker_nouns.txt) — "die Lage"
or "den Plan" speaks for no one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from build_dataset.lexicons import load, word_set
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.quotes.cues import Cue, speech_verbs
from build_dataset.quotes.phrases import PRONOUNS, noun_phrase
from build_dataset.quotes.speakers import Quoted, Speaker, SpeakerResolver
from build_dataset.records import Token
from build_dataset.wordclasses import (
    DETERMINERS,
    GENITIVE_ARTICLES,
    OBJECT_ARTICLES,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    role_of,
)
from build_dataset.wordlists import german_nouns

PREPOSITIONS = word_set("prepositions")
SPEAKER_NOUNS = tuple(sorted(load("speaker_nouns.txt"), key=len, reverse=True))
ORG_ENDINGS = tuple(line.strip(" +") for line in load("org_suffixes.txt"))
# A comma followed by one of these opens a clause inside the sentence, not its subject.
CLAUSE_OPENERS = RELATIVE_PRONOUNS | SUBORDINATORS | {"dass", "ob", "wie", "als", "wo", "was"}


@cache
def statement_verbs() -> frozenset[str]:
    """Finite forms and participles of the verbs of saying and of judging."""
    forms = {form for line in load("statement_verbs.txt") for form in line.split(":")[1].split()}
    return frozenset(forms | set(speech_verbs()))


def is_statement_verb(token: Token) -> bool:
    return token.text in statement_verbs() or token.text.lower() in statement_verbs()


def has_statement_verb(tokens: Sequence[Token]) -> bool:
    return any(is_statement_verb(token) for token in tokens)


def speaks(speaker: Speaker, head: Sequence[Token]) -> bool:
    """Whether the phrase names someone who can say something."""
    if speaker.entity is not None:
        return True
    if head[-1].text.lower() in PRONOUNS or speaker.candidate is not None:
        return True
    return any(speaking_noun(token.text) for token in head)


def speaking_noun(word: str) -> bool:
    """A role ("Sprecherin"), a body ("Ministerium") or a group ("Demonstranten")."""
    lower = word.lower()
    if role_of(word) is not None or any(lower.endswith(e) for e in ORG_ENDINGS):
        return True
    stem = lower.removesuffix("n").removesuffix("s").removesuffix("e")
    return any(
        stem == noun.removesuffix("n").removesuffix("e")
        or (len(noun) >= 5 and (lower.endswith(noun) or stem.endswith(noun)))
        for noun in SPEAKER_NOUNS
    )


def known(speaker: Speaker) -> bool:
    """An entity, a phrase, or a single word that German lists as a first name or surname."""
    if speaker.candidate is None:
        return True
    nouns = german_nouns()
    return speaker.candidate.name in nouns.surnames or speaker.candidate.name in nouns.first_names


def starts_phrase(token: Token) -> bool:
    text = token.text
    if text in QUOTE_MARKS or not text[:1].isalpha():
        return False
    lower = text.lower()
    if lower in PRONOUNS or lower in DETERMINERS:
        return True
    return is_capitalised(text) and not is_function_word(text)


def clause_subject(
    resolver: SpeakerResolver, tokens: Sequence[Token], start: int, end: int, quoted: Quoted
) -> Speaker | None:
    """The first noun phrase in TOKENS[START:END] that can be a subject and speaks."""
    index = start
    cue = Cue(tokens[start], ()) if start < end else None
    while index < end and cue is not None:
        token = tokens[index]
        if token.text == "," and index + 1 < end and tokens[index + 1].text in CLAUSE_OPENERS:
            index = skip_clause(tokens, index + 1, end)  # ", der …," / ", dass …,"
            continue
        if token.text.lower() in PREPOSITIONS:
            index = past_prepositional_phrase(tokens, index + 1, end)  # "vor dem Gericht"
            continue
        phrase, head = noun_phrase(tokens, index, end) if starts_phrase(token) else ([], [])
        if not phrase:
            index += 1
            continue
        if phrase[0].text.lower() not in OBJECT_ARTICLES:
            speaker = resolver.resolve(phrase, head, cue, quoted)
            # A lone word no list of names knows is no one here: "Überraschend".
            if speaker is not None and known(speaker) and speaks(speaker, head):
                return speaker
        index += len(phrase)
    return None


def past_prepositional_phrase(tokens: Sequence[Token], index: int, end: int) -> int:
    """Past the rest of a prepositional phrase: its article and adjectives, its capitalised
    nouns and a genitive ("am heutigen Montag", "in der Erklärung des Vereins")."""
    for _ in range(3):
        if index < end and tokens[index].text[:1].islower() and tokens[index].text.isalpha():
            if is_statement_verb(tokens[index]):
                return index
            index += 1
    while index < end and is_capitalised(tokens[index].text):
        index += 1
    if index < end and tokens[index].text in GENITIVE_ARTICLES:
        phrase, _ = noun_phrase(tokens, index, end)
        index += max(1, len(phrase))
    return index


def skip_clause(tokens: Sequence[Token], index: int, end: int) -> int:
    """Past the comma that closes the clause opened at INDEX, or to END."""
    while index < end and tokens[index].text != ",":
        index += 1
    return index + 1
