"""Reported speech that goes on: after "Der Sprecher sagte, die Lage sei ernst." the next
sentences in the Konjunktiv ("Man habe alle Kräfte zusammengezogen.") are his too, without
a verb of saying of their own (the benchmark's IndirectFreeIndirect).

- right after a quote (direct or reported) in the same or the next paragraph, a sentence
  with a Konjunktiv I or II continues it; after one sentence in between, only a
  Konjunktiv I does ("hätte" is as often a conditional);
- with no quote before, a Konjunktiv I sentence right after a sentence whose subject
  speaks without a reported clause ("Die Gewerkschaft kritisierte den Plan. Er sei zu
  teuer.") is that subject's, and after a sentence that names exactly one person that
  person's ("Ministerin Ida Kranz stellte den Plan vor. Er sei bezahlbar.").
The finder joins consecutive continuations of one speaker into one quote.
"""

from __future__ import annotations

from build_dataset.quotes.cues import clause_end
from build_dataset.quotes.moods import is_reported_mood
from build_dataset.quotes.phrases import cue_clause
from build_dataset.quotes.reported import without_final_punctuation
from build_dataset.quotes.rules import RECENT, Context, Finding, reported
from build_dataset.quotes.speakers import Speaker
from build_dataset.records import CueWords, Quote, Sentence


def sentences_before(context: Context, sentence: Sentence, count: int) -> list[Sentence]:
    """The COUNT sentences before SENTENCE, nearest first."""
    sentences = context.document.sentences
    index = context.document.sentence_index(sentence)
    return list(reversed(sentences[max(0, index - count) : index]))


def anchor(context: Context, sentence: Sentence) -> tuple[Quote, bool] | None:
    """(the quote SENTENCE may continue, whether it is right before it)."""
    if not context.found:
        return None
    last = max(context.found[-RECENT:], key=lambda quote: quote.end)
    if last.end > sentence.start or last.paragraph < sentence.paragraph - 1:
        return None
    before = sentences_before(context, sentence, 2)
    if before and last.end > before[0].start:
        return last, True
    if len(before) == 2 and last.end > before[1].start:
        return last, False  # one sentence without a quote in between
    return None


def continued(context: Context, sentence: Sentence) -> Finding | None:
    """ "Der Sprecher sagte, die Lage sei ernst. Man habe alle Kräfte zusammengezogen." ->
    "Man habe alle Kräfte zusammengezogen", the speaker's."""
    tokens = without_final_punctuation(sentence.tokens)
    if len(tokens) < 3 or sentence.text.rstrip().endswith("?"):
        return None
    found = anchor(context, sentence)
    if found is None or not found[1]:
        # the sentence between speaks itself ("Y kritisierte den Plan.") or names one person
        named = named_before(context, sentence)
        if named is not None or found is None:
            return named
    return went_on(context, sentence, *found)


def went_on(context: Context, sentence: Sentence, quote: Quote, adjacent: bool) -> Finding | None:
    tokens = without_final_punctuation(sentence.tokens)
    if not is_reported_mood(tokens, second=adjacent):
        return None
    speaker = Speaker(quote.speaker, quote.speaker_mention, quote.speaker_entity)
    cue = carried_cue(quote)
    return Finding(reported(context.body, tokens, speaker, cue, sentence.paragraph), speaker)


def carried_cue(quote: Quote) -> CueWords | str:
    """The cue a continuation hangs on: that of the quote it goes on from, at its place."""
    if quote.cue and quote.cue_start is not None and quote.cue_end is not None:
        return CueWords(quote.cue, quote.cue_start, quote.cue_end)
    return quote.cue or ""


def named_before(context: Context, sentence: Sentence) -> Finding | None:
    """ "Ministerin Ida Kranz stellte den Plan vor. Er sei bezahlbar." -> Kranz's."""
    tokens = without_final_punctuation(sentence.tokens)
    before = sentences_before(context, sentence, 1)
    if not before or before[0].paragraph < sentence.paragraph - 1:
        return None
    if not is_reported_mood(tokens, second=False):
        return None
    previous, resolver = before[0], context.resolver
    said = cue_clause(previous.tokens, 0, clause_end(previous.tokens, 0))
    if said is not None:  # "Die Gewerkschaft kritisierte den Plan. Er sei zu teuer."
        speaker = resolver.resolve(*said, context.quoted)
        if speaker is not None:
            return Finding(reported(context.body, tokens, speaker, "", sentence.paragraph), speaker)
    named: dict[str, Speaker] = {}
    for start, end, entity in resolver.mentions_between(previous.start, previous.end):
        if entity.type == "PER" and not resolver.is_quoted(start, context.quoted):
            named[entity.key] = Speaker(entity.name, context.body[start:end], entity.key)
    if len(named) != 1:
        return None
    (speaker,) = named.values()
    return Finding(reported(context.body, tokens, speaker, "", sentence.paragraph), speaker)
