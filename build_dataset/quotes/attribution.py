"""Attribution rules as ordered tables: which words say who said a quote.

Each rule is one row: a name, the function that matches it, an invented example sentence
and the quote and speaker the example must give (tests/test_attribution_rules.py runs them
all). The first rule that matches a sentence wins, so order matters; to add a pattern, write
its matcher and add one row with its example where it belongs in the order.

- DIRECT_RULES attribute a quotation in marks: a cue after it („…“, sagte X / „…“, so X)
  or a cue and colon before it (X sagte: „…“).
- REPORTED_RULES find reported speech in a sentence without direct speech: Laut X …,
  Nach Angaben X …, X zufolge …, X sagte, … sei …, … sei …, sagte X / so X / wie X sagte,
  and "… laut X …" inside the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from build_dataset.names import is_capitalised
from build_dataset.quotes.cues import Cue, clause_end, cue_at
from build_dataset.quotes.phrases import cue_clause, noun_phrase, skip_relative_clause
from build_dataset.quotes.reported import (
    MarkIndex,
    content_span,
    split_coordinated,
    without_final_punctuation,
)
from build_dataset.quotes.speakers import Quoted, Speaker, SpeakerResolver
from build_dataset.records import Quote, Sentence, Token
from build_dataset.wordclasses import DETERMINERS, QUOTE_MARKS, role_of

Attribution = tuple[Speaker, str]  # (speaker, cue text)


@dataclass(frozen=True)
class Context:
    """What a rule reads: the body, who is named where, the quotation marks, and the spans
    of the quotes found so far (the finder's list, read only)."""

    body: str
    resolver: SpeakerResolver
    marks: MarkIndex
    quoted: Quoted


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


# --- direct speech ---------------------------------------------------------------------


def cue_after(context: Context, tokens: Sequence[Token], so: bool) -> Attribution | None:
    """ ", sagte Peskow in einem Interview", ", fügte sie hinzu"; with SO ", so Müller"."""
    index = 0
    while index < len(tokens) and tokens[index].text in {",", "!", "?", ".", "…"}:
        index += 1
    if index == 0 or index >= len(tokens) or (tokens[index].text == "so") != so:
        return None
    end = clause_end(tokens, index)
    # "so" is no verb but works as one after a quote: „…“, so Müller.
    cue = Cue(tokens[index], ()) if so else cue_at(tokens, index, end)
    if cue is None:
        return None
    phrase, head = noun_phrase(tokens, index + 1, end)
    return context.resolver.attribute(phrase, head, cue, context.quoted) if phrase else None


def said_after(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    return cue_after(context, after, so=False)


def so_after(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    return cue_after(context, after, so=True)


def colon_before(
    context: Context, tokens: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """ "Berger sagte: „…“", "Dazu sagte Berger am Montag: „…“",
    "Die Sprecherin der Initiative, Dr. Ida Kaya, sagte: „…“"."""
    if not tokens or tokens[-1].text != ":":
        return None
    tokens = [*skip_relative_clause(tokens[:-1]), tokens[-1]]
    start = 0
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].text in {",", ";"} | QUOTE_MARKS:
            start = index + 1
            break
    found = cue_clause(tokens, start, len(tokens) - 1)
    if found is None:
        return None
    return context.resolver.attribute(*found, context.quoted)


DIRECT_RULES: tuple[DirectRule, ...] = (
    DirectRule(
        "said-after", said_after,
        "„Wir bauen die Brücke bis zum Herbst neu“, sagte Bürgermeisterin Jana Olbrich.",
        "Wir bauen die Brücke bis zum Herbst neu", "Jana Olbrich",
    ),
    DirectRule(
        "so-after", so_after,
        "„Der Verein hat keine Schulden mehr“, so Kassenwart Timo Brenzel.",
        "Der Verein hat keine Schulden mehr", "Timo Brenzel",
    ),
    DirectRule(
        "colon-before", colon_before,
        "Trainerin Ewa Lindqvist sagte: „Wir haben heute verdient verloren.“",
        "Wir haben heute verdient verloren.", "Ewa Lindqvist",
    ),
)  # fmt: skip


# --- reported speech -------------------------------------------------------------------


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


REPORTED_RULES: tuple[ReportedRule, ...] = (
    ReportedRule(
        "laut-first", laut_first,
        "Laut Kämmerer Olaf Rindt fehlen der Stadt zwei Millionen Euro.",
        "fehlen der Stadt zwei Millionen Euro", "Olaf Rindt",
    ),
    ReportedRule(
        "nach-angaben", nach_angaben,
        "Nach Angaben von Förster Udo Krell sind im Winter dreißig Bäume umgestürzt.",
        "sind im Winter dreißig Bäume umgestürzt", "Udo Krell",
    ),
    ReportedRule(
        "zufolge", zufolge,
        "Dem Schulleiter Jens Pohlmann zufolge fällt der Unterricht am Freitag aus.",
        "fällt der Unterricht am Freitag aus", "Jens Pohlmann",
    ),
    ReportedRule(
        "speaker-first", speaker_first,
        "Ortsvorsteherin Gesa Ahlborn sagte, der Spielplatz werde im Mai eröffnet.",
        "der Spielplatz werde im Mai eröffnet", "Gesa Ahlborn",
    ),
    ReportedRule(
        "said-last", said_last,
        "Die Fähre falle wegen Sturms aus, teilte Reeder Piet Janssen mit.",
        "Die Fähre falle wegen Sturms aus", "Piet Janssen",
    ),
    ReportedRule(
        "so-last", so_last,
        "Die Ernte sei in diesem Jahr besser als erwartet, so Landwirt Hinrich Tamm.",
        "Die Ernte sei in diesem Jahr besser als erwartet", "Hinrich Tamm",
    ),
    ReportedRule(
        "wie-said", wie_said,
        "Der Umbau koste mehr als geplant, wie Architektin Maren Voss sagte.",
        "Der Umbau koste mehr als geplant", "Maren Voss",
    ),
    ReportedRule(
        "laut-inside", laut_inside,
        "Die Miete steigt laut Vermieterin Carla Benning um zehn Prozent.",
        "Die Miete steigt laut Vermieterin Carla Benning um zehn Prozent", "Carla Benning",
    ),
)  # fmt: skip
