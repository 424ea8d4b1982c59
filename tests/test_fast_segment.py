"""Segmentation's fast paths make what the plain code made: tokens without the dataclass's
__init__, one tokenization per paragraph sliced into sentences, and the word before a
period read backwards. On invented texts only."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.lexicons import word_set
from build_dataset.records import Token
from build_dataset.segment import (
    NUMBER_OR_INITIAL,
    SENTENCE_END,
    TOKEN,
    pair_quote_marks,
    sentence_ends,
    split_sentences,
    tokenize,
)

# Pieces of invented paragraphs: sentence ends, abbreviations, numbers, marks and spaces.
PIECES = [
    "Die Halle", " ", "  ", "\n", "\u00a0", ".", "!", "?", "…", "Dr.", "z.B.", "12.",
    " J.", "Smith", "„", "“", "»", "«", "Er", "sagte", ",", ":", "3,5", "e.V.", "Abs.",
    " Mai", " Die", "ab", "(", ")", "-", "’s", "41:07", "Prof.", "...",
]  # fmt: skip
paragraphs = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def plain_tokens(text: str, offset: int) -> tuple[Token, ...]:
    return tuple(
        Token(offset + m.start(), offset + m.end(), m.group()) for m in TOKEN.finditer(text)
    )


def plain_sentence_ends(text: str, inside_quote: list[bool]) -> Iterator[int]:
    """sentence_ends as it was: the word before the period from a forward word iterator."""
    words = re.compile(r"\S+").finditer(text)
    word = next(words, None)
    for match in SENTENCE_END.finditer(text):
        terminator = match.start()
        if inside_quote[terminator] and not inside_quote[match.end() - 1]:
            pass
        elif inside_quote[terminator]:
            continue
        while word is not None and word.end() <= terminator:
            word = next(words, None)
        before = text[word.start() : terminator] if word and word.start() < terminator else ""
        if text[terminator] == "." and match.group() == ".":
            if before in word_set("abbreviations") or NUMBER_OR_INITIAL.fullmatch(before):
                continue
            if "." in before and before.rstrip(".") in word_set("abbreviations"):
                continue
        yield match.end()


def test_tokens_are_the_dataclass_tokens() -> None:
    text = "Dr. Ida Kranz (CDU) sagte: „Das geht’s nicht.“ Am 12. Mai, 3,5 Prozent."
    tokens = tokenize(text, 100)
    assert tokens == plain_tokens(text, 100)
    assert [hash(t) for t in tokens] == [hash(t) for t in plain_tokens(text, 100)]
    assert [t.text for t in tokens[:4]] == ["Dr", ".", "Ida", "Kranz"]
    assert (tokens[2].start, tokens[2].end) == (104, 107)
    assert all(type(t) is Token for t in tokens)
    assert [dataclasses.astuple(t) for t in tokens[:2]] == [(100, 102, "Dr"), (102, 103, ".")]
    with pytest.raises(dataclasses.FrozenInstanceError):
        tokens[0].text = "Herr"  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(paragraphs)
def test_sentence_ends_as_before(text: str) -> None:
    pairs, _ = pair_quote_marks(text)
    inside = [False] * (len(text) + 1)
    for start, end, _, depth in pairs:
        if depth == 0:
            inside[start + 1 : end] = [True] * (end - start - 1)
    assert list(sentence_ends(text, inside)) == list(plain_sentence_ends(text, inside))


@settings(max_examples=300, deadline=None)
@given(paragraphs)
def test_sentence_tokens_are_their_own_tokenization(text: str) -> None:
    pairs, _ = pair_quote_marks(text)
    spans = [(start, end) for start, end, _, depth in pairs if depth == 0]
    sentences = split_sentences(text, 7, 1, spans)
    for sentence in sentences:
        assert sentence.tokens == plain_tokens(sentence.text, sentence.start)
    assert sum(len(s.tokens) for s in sentences) == len(plain_tokens(text, 7))


def test_sentences_of_a_paragraph() -> None:
    text = "Dr. Kranz kam am 12. Mai. „Gut so.“ Dann ging sie."
    sentences = split_sentences(text, 0, 1, [(26, 34)])
    assert [s.text for s in sentences] == [
        "Dr. Kranz kam am 12. Mai.",
        "„Gut so.“",
        "Dann ging sie.",
    ]
    assert [t.text for t in sentences[1].tokens] == ["„", "Gut", "so", ".", "“"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(paragraphs, st.text(max_size=60)), st.integers(0, 10_000))
def test_tokens_from_the_split_are_those_of_the_matches(text: str, offset: int) -> None:
    assert tokenize(text, offset) == plain_tokens(text, offset)
