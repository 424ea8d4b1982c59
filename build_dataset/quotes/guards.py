"""Cheap tests that tell, before a reported-speech rule runs, that it cannot match.

Most sentences match no rule of REPORTED_RULES, so every rule runs on them; what a rule
needs at the least (a verb of saying, a comma, "heißt es", "wonach") is read once per
sentence into SentenceWords, and a rule whose guard says no is not asked. A guard may
say yes where its rule still finds nothing, never no where it would find something
(tests/test_fast_quotes.py runs every rule where its guard says no).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from build_dataset.quotes.cues import speech_verbs
from build_dataset.quotes.moods import reported_forms
from build_dataset.quotes.reported import FINAL_PUNCTUATION, THIRD_PERSON_WRITTEN, every_case
from build_dataset.quotes.sources import SOURCE_WORDS
from build_dataset.records import Sentence
from build_dataset.wordclasses import FIRST_PLACE_ADVERBS

# find_source starts only from a token that is one of these in lower case.
SOURCE_WORDS_WRITTEN = every_case(frozenset(SOURCE_WORDS))


@dataclass(frozen=True)
class SentenceWords:
    """What the guards read of a sentence, once."""

    words: frozenset[str]  # the tokens' texts
    first: str  # the first token's text ("" for none)
    # a token that is a form of a verb of saying in lower case: "sagte", and "Sagte" too
    # (cue_at reads the first token of a stretch in lower case)
    cue_verb: bool
    source_word: bool  # a token "laut", "nach" or "zufolge", in any case (find_source)
    # the texts after the last comma, final punctuation left out: the tail that said_last,
    # so_last and wie_said read their cue from (indirect.content_before_last_comma)
    tail: frozenset[str]

    @classmethod
    def of(cls, sentence: Sentence) -> SentenceWords:
        texts = [token.text for token in sentence.tokens]
        words = frozenset(texts)
        verbs = speech_verbs()
        stop = len(texts)
        while stop and texts[stop - 1] in FINAL_PUNCTUATION:
            stop -= 1
        head = texts[:stop]
        # what follows the last comma: as far from the end as the first comma of the reverse
        tail = head[len(head) - head[::-1].index(",") :] if "," in head else []
        return cls(
            words,
            texts[0] if texts else "",
            # the forms are all lower case, so a word as written is one, or else a word
            # lowered; the words lowered in one call (no token holds a space, and
            # lowering makes none)
            not verbs.keys().isdisjoint(words)
            or not verbs.keys().isdisjoint(" ".join(words).lower().split(" ")),
            not SOURCE_WORDS_WRITTEN.isdisjoint(words),
            frozenset(tail),
        )


Guard = Callable[[SentenceWords], bool]


def cue_and_comma(facts: SentenceWords) -> bool:
    """ "X sagte, …", "…, sagte X", "…, wie X sagte": a verb of saying and a comma."""
    return facts.cue_verb and "," in facts.words


def cue_or_so_and_comma(facts: SentenceWords) -> bool:
    """ "A, so X, B" or "A, sagte X, B": "so" or a verb of saying, and a comma."""
    return (facts.cue_verb or "so" in facts.words) and "," in facts.words


def cue_after_last_comma(facts: SentenceWords) -> bool:
    """ "…, sagte X": a verb of saying, as written, after the last comma."""
    return not speech_verbs().keys().isdisjoint(facts.tail)


def so_after_last_comma(facts: SentenceWords) -> bool:
    """ "…, so X"."""
    return "so" in facts.tail


def wie_after_last_comma(facts: SentenceWords) -> bool:
    """ "…, wie X sagte"."""
    return "wie" in facts.tail and cue_after_last_comma(facts)


def starts_with(*first: str) -> Guard:
    """The sentence opens with one of FIRST: "Wie …", "Demnach …"."""
    words = frozenset(first)

    def guard(facts: SentenceWords) -> bool:
        return facts.first in words

    return guard


def holds(*any_of: str) -> Guard:
    """One of ANY_OF is a token of the sentence: "heißt", "wonach"."""
    words = frozenset(any_of)

    def guard(facts: SentenceWords) -> bool:
        return not words.isdisjoint(facts.words)

    return guard


def source_word(facts: SentenceWords) -> bool:
    """ "laut", "nach", "zufolge" as a token: find_source starts from nothing else."""
    return facts.source_word


def konjunktiv(facts: SentenceWords) -> bool:
    """What moods.is_reported_mood needs at the least: a Konjunktiv form ("sei", "hätte"),
    an adverb first ("Daran ändere …") or a pronoun of the third person ("er erwarte")."""
    return (
        not reported_forms(True).isdisjoint(facts.words)
        or facts.first.lower() in FIRST_PLACE_ADVERBS
        or not THIRD_PERSON_WRITTEN.isdisjoint(facts.words)
    )
