"""The shapes of attribution rules (rows of the tables in attribution.py) and of what
they read and give back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from build_dataset.quotes.reported import MarkIndex
from build_dataset.quotes.speakers import Quoted, Speaker, SpeakerResolver
from build_dataset.records import Document, Quote, QuoteMarks, Sentence, Token

Attribution = tuple[Speaker, str]  # (speaker, cue text)


@dataclass(frozen=True)
class Context:
    """What a rule reads: the segmented document (sentences, paragraphs, marks), who is
    named where, the quotation marks by offset, and the spans of the quotes found so far
    (the finder's list, read only)."""

    document: Document
    resolver: SpeakerResolver
    marks: MarkIndex
    quoted: Quoted

    @property
    def body(self) -> str:
        return self.document.body


@dataclass(frozen=True)
class Finding:
    """What a reported-speech rule found: its quotes (none when the content is empty) and
    the speaker, whose candidate person counts even then."""

    quotes: tuple[Quote, ...]
    speaker: Speaker


@dataclass(frozen=True)
class DirectRule:
    name: str
    # (tokens before the opening mark, tokens after the closing mark) -> attribution
    match: Callable[[Context, Sequence[Token], Sequence[Token]], Attribution | None]
    example: str
    quote: str
    speaker: str


@dataclass(frozen=True)
class PartialRule:
    name: str
    # (context, sentence, the quotation, all quotations of the sentence, quotes so far)
    match: Callable[
        [Context, Sentence, QuoteMarks, Sequence[QuoteMarks], Sequence[Quote]], Attribution | None
    ]
    example: str
    quote: str
    speaker: str


@dataclass(frozen=True)
class ReportedRule:
    name: str
    match: Callable[[Context, Sentence], Finding | None]
    example: str
    quote: str
    speaker: str


def reported(
    body: str, tokens: Sequence[Token], speaker: Speaker, cue: str, paragraph: int
) -> tuple[Quote, ...]:
    """The indirect quote over TOKENS, without trailing punctuation; none if TOKENS is empty."""
    if not tokens:
        return ()
    start, end = tokens[0].start, tokens[-1].end
    while end > start and body[end - 1] in " .,;:":
        end -= 1
    return (
        Quote(
            start, end, body[start:end], "indirect", speaker.name, speaker.mention,
            speaker.entity, cue, paragraph,
        ),
    )  # fmt: skip
