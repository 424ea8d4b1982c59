"""The shapes of attribution rules (rows of the tables in attribution.py) and of what
they read and give back."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from build_dataset.quotes.reported import MarkIndex
from build_dataset.quotes.speakers import Quoted, Speaker, SpeakerResolver
from build_dataset.records import CueWords, Document, Quote, QuoteMarks, Sentence, Token

if TYPE_CHECKING:
    from build_dataset.quotes.guards import SentenceWords

# (speaker, cue): the cue's words with their place in the body; a bare string is a cue
# whose place is not known (its row leaves cue_start and cue_end empty).
Attribution = tuple[Speaker, CueWords | str]


# Quotes are found in text order, so those near the sentence being read are among the last
# few found: rules that look back read only these, which keeps a long article linear.
RECENT = 20


@dataclass(frozen=True)
class Context:
    """What a rule reads: the segmented document (sentences, paragraphs, marks), who is
    named where, the quotation marks by offset, and the spans of the quotes found so far
    (the finder's list, read only), and those quotes themselves."""

    document: Document
    resolver: SpeakerResolver
    marks: MarkIndex
    quoted: Quoted
    found: Sequence[Quote] = ()  # the quotes found so far, in the order found (read only)
    # What several rules read of one sentence, worked out once: (what, sentence.start) ->
    # value. Only segment() makes sentences and no two of a document start at one place;
    # an id() would name another object once a sentence made for a rule was freed.
    memo: dict[tuple[str, int], Any] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )

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


def anything(facts: SentenceWords) -> bool:
    """The guard of a rule that no cheap test can rule out."""
    return True


@dataclass(frozen=True)
class ReportedRule:
    name: str
    match: Callable[[Context, Sentence], Finding | None]
    example: str
    quote: str
    speaker: str
    # False where MATCH cannot find anything (guards.py), so that it is not asked
    needs: Callable[[SentenceWords], bool] = anything


def make_quote(
    start: int,
    end: int,
    text: str,
    kind: str,
    speaker: Speaker,
    cue: CueWords | str,
    paragraph: int,
) -> Quote:
    """A quote with the offsets of its speaker's mention and of its cue, where known."""
    words = cue if isinstance(cue, CueWords) else CueWords(cue, -1, -1)
    known = words.start >= 0 and bool(words.text)
    return Quote(
        start, end, text, kind, speaker.name, speaker.mention, speaker.entity, words.text,
        paragraph, speaker.start, speaker.end,
        words.start if known else None, words.end if known else None,
    )  # fmt: skip


def reported(
    body: str, tokens: Sequence[Token], speaker: Speaker, cue: CueWords | str, paragraph: int
) -> tuple[Quote, ...]:
    """The indirect quote over TOKENS, without trailing punctuation; none if TOKENS is empty."""
    if not tokens:
        return ()
    start, end = tokens[0].start, tokens[-1].end
    while end > start and body[end - 1] in " .,;:":
        end -= 1
    return (located(body, start, end, "indirect", speaker, cue, paragraph),)


def located(
    body: str, start: int, end: int, kind: str, speaker: Speaker, cue: CueWords | str,
    paragraph: int,
) -> Quote:  # fmt: skip
    """The quote START-END of BODY; a speaker or cue that its rule knows by its words only
    gets the place nearest the quote, so that no row loses the way back to its words."""
    if speaker.start is None and speaker.mention:
        place = nearest(body, speaker.mention, start, end)
        if place is not None:
            speaker = Speaker(  # dataclasses.replace, without its look at every field
                name=speaker.name, mention=speaker.mention, entity=speaker.entity,
                candidate=speaker.candidate, start=place[0], end=place[1],
            )  # fmt: skip
    if isinstance(cue, str) and cue:
        place = nearest(body, cue, start, end) or nearest_words(body, cue.split(), start, end)
        cue = CueWords(cue, *place) if place else cue
    return make_quote(start, end, body[start:end], kind, speaker, cue, paragraph)


# How far from a quote a rule's speaker or cue may stand: a sentence or two.
REACH = 600


def nearest(body: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where TEXT stands closest to the quote START-END, within REACH of it: the place of
    a speaker or cue that a rule knows by its words only ("Nach Angaben", a previous
    speaker's mention). Inside the quote counts as nearest ("Die Miete steigt laut X …")."""
    found = None
    window = body[max(0, start - REACH) : end + REACH]
    step = len(text) or 1
    where = window.find(text)  # each place in turn, without overlaps, as re.finditer
    while where >= 0:
        at = where + max(0, start - REACH)
        # max(start - (at + len(text)), at - end, 0), without a call for each place
        distance = start - (at + len(text))
        if at - end > distance:
            distance = at - end
        if distance < 0:
            distance = 0
        if found is None or distance < found[0]:
            found = (distance, at)
        where = window.find(text, where + step)
    return (found[1], found[1] + len(text)) if found else None


def nearest_words(body: str, words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """A cue written apart ("teilte … mit"): its first word nearest the quote, to its last
    word within the same sentence."""
    if len(words) < 2:
        return None
    first = nearest(body, words[0], start, end)
    if first is None:
        return None
    last = re.search(rf"\b{re.escape(words[-1])}\b", body[first[1] : first[1] + 120])
    if last is None or any(c in ".!?" for c in body[first[1] : first[1] + last.start()]):
        return None
    return first[0], first[1] + last.end()
