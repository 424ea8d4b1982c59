"""Matchers of reported speech framed by a verb of saying: X sagte, … sei …; … sei …,
sagte X / so X / wie X sagte. Source phrases (laut, nach Angaben, zufolge) are in
sources.py, other frames in frames.py; the rows, with examples, in attribution.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from build_dataset.quotes.cues import clause_end
from build_dataset.quotes.direct import cue_after
from build_dataset.quotes.phrases import PRONOUNS, cue_clause, noun_phrase, without_relative_clause
from build_dataset.quotes.reported import (
    content_span,
    split_coordinated,
    up_to_colon,
    without_final_punctuation,
)
from build_dataset.quotes.rules import RECENT, Attribution, Context, Finding, reported
from build_dataset.quotes.speakers import Speaker
from build_dataset.records import Sentence, Token


def speaker_first(context: Context, sentence: Sentence) -> Finding | None:
    """ "Weidlich sagte, die Stadt habe …", "Das Ministerium gab bekannt, dass …"."""
    # the first clause's end and verb of saying, as without_relative_clause found them
    tokens, known = without_relative_clause(sentence.tokens)
    if known is None:  # a clause was taken out: look in what is left
        comma = clause_end(tokens, 0)
        ends = comma < len(tokens) and tokens[comma].text == ","
        known = comma, cue_clause(tokens, 0, comma) if ends else None
    comma, said = known
    if said is None:  # (no words after the comma give no content either)
        return None
    phrase, head, cue = said
    parts = split_coordinated(up_to_colon(without_final_punctuation(tokens[comma + 1 :])))
    readings = [
        (content_span(part, context.marks, attributed=True, cue=inner or cue), inner)
        for part, inner in parts
    ]
    if not readings[0][0][1]:
        return None
    speaker = context.resolver.resolve(phrase, head, cue, context.quoted) or last_speaker(
        context, phrase
    )
    if speaker is None:
        return None
    quotes = tuple(
        quote
        for (content, is_reported), inner in readings
        if is_reported
        for quote in reported(
            context.body, content, speaker, (inner or cue).words, sentence.paragraph
        )
    )
    return Finding(quotes, speaker)


def last_speaker(context: Context, phrase: Sequence[Token]) -> Speaker | None:
    """For "Er"/"Sie" that no named person explains, the speaker of the statement just
    before it (within a few sentences): "Ein Sprecher der Polizei sagte, … Er fügte an, …"."""
    if len(phrase) != 1 or phrase[0].text.lower() not in PRONOUNS:
        return None
    earlier = [q for q in context.found[-RECENT:] if q.end <= phrase[0].start]
    if not earlier or phrase[0].start - earlier[-1].end > 400:
        return None
    last = earlier[-1]
    if last.speaker_entity is not None:
        return None  # a named speaker the pronoun would have found: someone else is meant
    return Speaker(last.speaker, phrase[0].text, last.speaker_entity)


def speaker_after(
    context: Context,
    sentence: Sentence,
    attribute: Callable[[Context, Sequence[Token]], Attribution | None],
) -> Finding | None:
    """Reported content before the last comma, if the tail after it attributes it."""
    key = ("last-comma", sentence.start)  # one sentence starts at each place
    if key not in context.memo:  # said_last, so_last and wie_said read the same content
        context.memo[key] = content_before_last_comma(context, sentence)
    found: tuple[tuple[Token, ...], tuple[Token, ...]] | None = context.memo[key]
    if found is None:
        return None
    content, tail = found
    attribution = attribute(context, list(tail))
    if attribution is None:
        return None
    speaker, cue = attribution
    return Finding(reported(context.body, content, speaker, cue, sentence.paragraph), speaker)


def content_before_last_comma(
    context: Context, sentence: Sentence
) -> tuple[tuple[Token, ...], tuple[Token, ...]] | None:
    """(reported content, tail from the last comma on) of SENTENCE, or None when nothing
    before its last comma reads as reported speech."""
    tokens = without_final_punctuation(sentence.tokens)
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return None
    last = commas[-1]
    content, is_reported = content_span(tokens[:last], context.marks, attributed=True)
    if not is_reported or names_only(tokens[:last]):
        return None
    return tuple(content), tuple(tokens[last:])


def names_only(tokens: Sequence[Token]) -> bool:
    """Whether TOKENS are only noun phrases between commas, a subject with its apposition
    ("Die Fraktionschefin der Grünen, Ida Kranz"): no clause, so nothing said."""
    start = 0
    for end in [*(i for i, t in enumerate(tokens) if t.text == ","), len(tokens)]:
        phrase, _ = noun_phrase(tokens, start, end)
        if not phrase or start + len(phrase) != end:
            return False
        start = end + 1
    return True


def said_last(context: Context, sentence: Sentence) -> Finding | None:
    """ "Die Lage sei ernst, sagte Müller."."""
    return speaker_after(
        context,
        sentence,
        lambda c, tail: None if is_wie(tail) else cue_after(c, tail, so=False),
    )


def so_last(context: Context, sentence: Sentence) -> Finding | None:
    """ "Die Lage sei ernst, so Müller."."""
    return speaker_after(context, sentence, lambda c, tail: cue_after(c, tail, so=True))


def wie_said(context: Context, sentence: Sentence) -> Finding | None:
    """ "Die Lage sei ernst, wie Müller sagte."."""

    def attribute(c: Context, tail: Sequence[Token]) -> Attribution | None:
        found = cue_clause(tail, 2, len(tail)) if is_wie(tail) else None
        return c.resolver.attribute(*found, c.quoted) if found else None

    return speaker_after(context, sentence, attribute)


def is_wie(tail: Sequence[Token]) -> bool:
    return len(tail) > 2 and tail[1].text == "wie"
