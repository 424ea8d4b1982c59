"""Matchers that find reported speech in a sentence without direct speech.

Laut X …, Nach Angaben X …, X zufolge …, X sagte, … sei …, … sei …, sagte X / so X /
wie X sagte, and "… laut X …" inside the sentence. Their rows, with examples, are in
attribution.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from build_dataset.names import is_capitalised
from build_dataset.quotes.cues import Cue, clause_end
from build_dataset.quotes.direct import cue_after
from build_dataset.quotes.phrases import cue_clause, noun_phrase, skip_relative_clause
from build_dataset.quotes.reported import content_span, split_coordinated, without_final_punctuation
from build_dataset.quotes.rules import Attribution, Context, Finding, reported
from build_dataset.records import Sentence, Token
from build_dataset.wordclasses import DETERMINERS, role_of


def source_phrase(
    context: Context, sentence: Sentence, start: int, cue: str, zufolge: bool = False
) -> Finding | None:
    """The source phrase at START ("Laut X", "Nach Angaben von X", "X zufolge") and the
    rest of the sentence as what it said."""
    tokens = without_final_punctuation(sentence.tokens)
    words = [t.text for t in tokens]
    stop = words.index("zufolge") if zufolge else len(tokens)
    phrase, head = noun_phrase(tokens, start, stop)
    if not phrase or (zufolge and len(phrase) != stop):
        return None
    speaker = context.resolver.resolve(phrase, head, Cue(tokens[0], ()), context.quoted)
    if speaker is None:
        return None
    content = tokens[start + len(phrase) + (1 if zufolge else 0) :]
    if content and content[0].text == ",":
        content = content[1:]
    return Finding(reported(context.body, content, speaker, cue, sentence.paragraph), speaker)


def source_words(sentence: Sentence) -> list[str]:
    words = [t.text for t in without_final_punctuation(sentence.tokens)]
    return words if len(words) >= 3 else []


def laut_first(context: Context, sentence: Sentence) -> Finding | None:
    words = source_words(sentence)
    if words[:1] != ["Laut"]:
        return None
    return source_phrase(context, sentence, 1, "Laut")


def nach_angaben(context: Context, sentence: Sentence) -> Finding | None:
    words = source_words(sentence)
    if words[:2] != ["Nach", "Angaben"]:
        return None
    return source_phrase(context, sentence, 3 if words[2] == "von" else 2, "Nach Angaben")


def zufolge(context: Context, sentence: Sentence) -> Finding | None:
    words = source_words(sentence)
    if words[:1] == ["Laut"] or words[:2] == ["Nach", "Angaben"] or "zufolge" not in words[1:9]:
        return None  # a sentence that opens with another source phrase is that rule's
    return source_phrase(context, sentence, 0, "zufolge", zufolge=True)


def speaker_first(context: Context, sentence: Sentence) -> Finding | None:
    """ "Peskow sagte, Russland habe …", "Der Kreml gab bekannt, dass …"."""
    tokens = skip_relative_clause(sentence.tokens)
    comma = clause_end(tokens, 0)
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    found = cue_clause(tokens, 0, comma)
    if found is None:
        return None
    phrase, head, cue = found
    parts = split_coordinated(without_final_punctuation(tokens[comma + 1 :]))
    readings = [
        (content_span(part, context.marks, attributed=True), inner) for part, inner in parts
    ]
    if not readings[0][0][1]:
        return None
    speaker = context.resolver.resolve(phrase, head, cue, context.quoted)
    if speaker is None:
        return None
    quotes = tuple(
        quote
        for (content, is_reported), inner in readings
        if is_reported
        for quote in reported(
            context.body, content, speaker, (inner or cue).text, sentence.paragraph
        )
    )
    return Finding(quotes, speaker)


def speaker_after(
    context: Context,
    sentence: Sentence,
    attribute: Callable[[Context, Sequence[Token]], Attribution | None],
) -> Finding | None:
    """Reported content before the last comma, if the tail after it attributes it."""
    tokens = without_final_punctuation(sentence.tokens)
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return None
    last = commas[-1]
    content, is_reported = content_span(tokens[:last], context.marks, attributed=True)
    if not is_reported:
        return None
    attribution = attribute(context, tokens[last:])
    if attribution is None:
        return None
    speaker, cue = attribution
    return Finding(reported(context.body, content, speaker, cue, sentence.paragraph), speaker)


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


def laut_inside(context: Context, sentence: Sentence) -> Finding | None:
    """ "Die Kosten steigen laut Kämmerin Lis auf 3,4 Millionen Euro": the whole
    sentence is the statement, as its two halves make one span. The source must be
    named or have an article: "riefen laut Parolen" is the adverb "loudly"."""
    tokens = without_final_punctuation(sentence.tokens)
    words = [t.text for t in tokens]
    if "laut" not in words[1:]:
        return None
    at = words.index("laut", 1)
    phrase, head = noun_phrase(tokens, at + 1, len(tokens))
    if not phrase or not any(is_capitalised(t.text) for t in head):
        return None
    named = context.resolver.mention_entity(head) is not None
    if not (named or phrase[0].text.lower() in DETERMINERS or role_of(head[0].text)):
        return None
    speaker = context.resolver.resolve(phrase, head, Cue(tokens[at], ()), context.quoted)
    if speaker is None:
        return None
    return Finding(reported(context.body, tokens, speaker, "laut", sentence.paragraph), speaker)
