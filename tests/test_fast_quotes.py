"""The quote finder's fast paths find what the slow code found: the guards of the
reported-speech rules (guards.py) say no only where their rule finds nothing, and the
word-level shortcuts agree with the tests they stand for. On invented texts only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.api import article_from_text
from build_dataset.entities import find_named_entities
from build_dataset.entities.mentions import count_mentions
from build_dataset.quotes.attribution import DIRECT_RULES, PARTIAL_RULES, REPORTED_RULES
from build_dataset.quotes.finder import QuoteFinder
from build_dataset.quotes.guards import SentenceWords
from build_dataset.quotes.moods import FIRST_PERSON, is_k1_shape, is_reported_mood, reported_forms
from build_dataset.quotes.reported import has_pronoun_subjunctive, pronoun_subjunctive
from build_dataset.quotes.rules import REACH, nearest
from build_dataset.records import Quote, Sentence, Token
from build_dataset.segment import segment
from build_dataset.wordclasses import FIRST_PLACE_ADVERBS

TESTS = Path(__file__).parent

# Sentences at the edges of the guards: a verb of saying at the start in upper case, "so"
# and "wie" frames, a source word inside another word, "heißt es" both ways round.
EDGES = [
    "Sagte der Sprecher, die Lage sei ernst? Nein.",
    "Die Halle werde, so der Betreiber, im Mai geöffnet.",
    "Die Halle werde im Mai geöffnet, so der Betreiber.",
    "Die Halle werde im Mai geöffnet, wie der Betreiber sagte.",
    "Die Halle, erklärte der Betreiber, werde im Mai geöffnet.",
    "Nachts sei es ruhig gewesen. Danach kam der Regen. Demnach fehlen drei Millionen.",
    "In der Mitteilung heißt es, der Kurs sei gehalten worden.",
    "Der Kurs sei gehalten worden, hieß es aus dem Vorstand.",
    "Der Verein legte einen Bericht vor, wonach die Kasse leer sei.",
    "Wie die Polizei mitteilte, wurde niemand verletzt. Das bestätigte der Sprecher.",
    "Er habe nichts gewusst. Sie erwarte eine Antwort. Daran ändere das nichts.",
    "Das Bad sei zu, erklärte der Bademeister,. Die Halle sei zu, so der Wart, sagte er.",
]


def texts() -> list[str]:
    found = [rule.example for rule in (*DIRECT_RULES, *REPORTED_RULES, *PARTIAL_RULES)]
    found += [" ".join(EDGES)]
    for folder in ("gold", "heldout", "unseen"):
        found += [
            path.read_text(encoding="utf-8") for path in sorted((TESTS / folder).glob("*.txt"))
        ]
    return found


class CheckingFinder(QuoteFinder):
    """The finder, asking every rule whose guard says no whether it would have matched."""

    wrong: list[tuple[str, str]]

    def reported(self, sentence: Sentence, direct: Sequence[Quote]) -> None:
        words = SentenceWords.of(sentence)
        for rule in REPORTED_RULES:
            if not rule.needs(words) and rule.match(self.context, sentence) is not None:
                self.wrong.append((rule.name, sentence.text))
        super().reported(sentence, direct)


def test_a_guard_says_no_only_where_its_rule_finds_nothing() -> None:
    wrong: list[tuple[str, str]] = []
    asked = 0
    for text in texts():
        document = segment(article_from_text(text, "a", None, "plain", None))
        named = count_mentions(find_named_entities(document), document.body)
        finder = CheckingFinder(document, named)
        finder.wrong = wrong
        finder.run()
        asked += len(document.sentences)
    assert asked > 500  # the folders were read
    assert wrong == []


@pytest.mark.parametrize(
    ("sentence", "cue_verb", "first"),
    [
        pytest.param("Sagte er das?", True, "Sagte", id="upper-case-cue"),
        pytest.param("Der Hund bellte laut.", False, "Der", id="no-cue"),
        pytest.param("Sie erklärte, es regne.", True, "Sie", id="cue"),
        pytest.param("ER ERKLÄRTE, es regne.", True, "ER", id="all-capitals-cue"),
    ],
)
def test_sentence_words(sentence: str, cue_verb: bool, first: str) -> None:
    document = segment(article_from_text(sentence, "a", None, "plain", None))
    words = SentenceWords.of(document.sentences[0])
    assert (words.cue_verb, words.first) == (cue_verb, first)
    assert "," in words.words or "," not in sentence


def slow_has_pronoun_subjunctive(words: Sequence[str]) -> bool:
    return any(pronoun_subjunctive(a, b) for a, b in pairwise(words))


WORDS = ["er", "Er", "ER", "sie", "SIe", "es", "man", "Man", "erwarte", "plane", "Erwarte",
         "die", "eine", "sagte", "sei", "Plan", "habe", "ich", "a", ",", "ende"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8))
def test_has_pronoun_subjunctive_is_any_pair(words: list[str]) -> None:
    assert has_pronoun_subjunctive(words) == slow_has_pronoun_subjunctive(words)


def slow_nearest(body: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """nearest() as it was, with re.finditer over the escaped text."""
    found = None
    for match in re.finditer(re.escape(text), body[max(0, start - REACH) : end + REACH]):
        at = match.start() + max(0, start - REACH)
        distance = max(start - (at + len(text)), at - end, 0)
        if found is None or distance < found[0]:
            found = (distance, at)
    return (found[1], found[1] + len(text)) if found else None


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab .")), max_size=1400),
    st.text(alphabet=st.sampled_from(list("ab .")), max_size=3),
    st.integers(0, 1400),
    st.integers(0, 200),
)
def test_nearest_finds_what_finditer_found(body: str, text: str, start: int, length: int) -> None:
    end = min(len(body), start + length)
    assert nearest(body, text, start, end) == slow_nearest(body, text, start, end)


def slow_is_reported_mood(words: list[str], second: bool) -> bool:
    """moods.is_reported_mood as it was: every pair of neighbours tested both ways round."""
    forms = reported_forms(second)
    for index, word in enumerate(words):
        if word in forms and not {w.lower() for w in words[max(0, index - 1) : index + 2]} & (
            FIRST_PERSON
        ):
            return True
    if len(words) > 2 and words[0].lower() in FIRST_PLACE_ADVERBS and is_k1_shape(words[1]):
        return True
    return any(
        (pronoun_subjunctive(a, b) and not b.endswith(("te", "de")))
        or (pronoun_subjunctive(b, a) and not a.endswith(("te", "de")))
        for a, b in pairwise(words)
    )


MOOD_WORDS = [*WORDS, "wurde", "hatte", "Daran", "ändere", "wir", "hätte", "sehe", "so", "Ich"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MOOD_WORDS), max_size=7), st.booleans())
def test_is_reported_mood_is_what_the_pairs_gave(words: list[str], second: bool) -> None:
    tokens = [Token(i, i + 1, word) for i, word in enumerate(words)]
    assert is_reported_mood(tokens, second) == slow_is_reported_mood(words, second)


def test_speech_verb_forms_are_lower_case() -> None:
    """SentenceWords.of takes a word as written for a form before lowering the words:
    right only while every form of lexicons/speech_verbs.txt is in lower case."""
    from build_dataset.quotes.cues import speech_verbs

    assert all(form == form.lower() for form in speech_verbs())
