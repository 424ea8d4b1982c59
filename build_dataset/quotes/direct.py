"""Matchers that attribute a quotation in marks: a cue after it or a cue and colon before it.

„…“, sagte X / „…“, so X / X sagte: „…“. Their rows, with examples, are in attribution.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from build_dataset.quotes.cues import Cue, clause_end, cue_at
from build_dataset.quotes.phrases import cue_clause, noun_phrase, skip_relative_clause
from build_dataset.quotes.rules import Attribution, Context
from build_dataset.records import Token
from build_dataset.wordclasses import QUOTE_MARKS


def cue_after(context: Context, tokens: Sequence[Token], so: bool) -> Attribution | None:
    """ ", sagte Weidlich in einem Interview", ", fügte sie hinzu"; with SO ", so Müller"."""
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
