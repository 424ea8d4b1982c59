"""Partial quotes: a phrase in quotation marks inside someone's statement.

"Die Ministerin nannte den Entwurf „handwerklich schlecht“." — the quoted words are hers,
a direct quote however short. The rules of PARTIAL_RULES (attribution.py) say whose words
they are, first match wins:
- nested: the phrase lies inside a reported clause found already ("Er sagte, die Lage
  sei „ernst“"): the reported clause's speaker;
- split: a direct quote earlier in the sentence („…“, so X, „…“): its speaker;
- sourced: the sentence names its source ("laut X", "nach Angaben X", "X zufolge",
  "Für X ist …"): that source;
- framed: the sentence holds a verb of saying or judging (nannte, sprach von, warnte
  vor, bezeichnete als …): its subject, if it can speak;
- continued: the sentence is in the Konjunktiv and follows a quote of the same or the
  previous paragraph ("Damit sei „kein Geld mehr da“"): that quote's speaker.
A label (labels.py) is never a quote, and a single quoted word only counts when it is
nested or split or a verb names it ("nannte den Plan „mutig“"): alone in a plain sentence
it is a scare quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from build_dataset.lexicons import load, word_set
from build_dataset.quotes.cues import Cue, subjunctive_forms
from build_dataset.quotes.labels import words_of
from build_dataset.quotes.phrases import noun_phrase
from build_dataset.quotes.reported import has_pronoun_subjunctive
from build_dataset.quotes.rules import Attribution, Context
from build_dataset.quotes.speakers import Speaker
from build_dataset.quotes.subjects import clause_subject, is_statement_verb, speaks
from build_dataset.records import Quote, QuoteMarks, Sentence, Token
from build_dataset.wordclasses import QUOTE_MARKS

NAMING_VERBS = word_set("naming_verbs")


def same_speaker(quote: Quote) -> Attribution:
    return Speaker(quote.speaker, quote.speaker_mention, quote.speaker_entity), quote.cue or ""


def without_quotations(tokens: Sequence[Token], marks: Sequence[QuoteMarks]) -> list[Token]:
    """TOKENS without the quotation marks and what they enclose: the frame around them."""
    return [
        t for t in tokens
        if t.text not in QUOTE_MARKS and not any(m.start <= t.start < m.end for m in marks)
    ]  # fmt: skip


def scare_quote(mark: QuoteMarks, sentence: Sentence) -> bool:
    """One quoted word in a sentence no verb of naming governs: „Helden“ of the day."""
    return len(words_of(mark)) == 1 and not any(t.text in NAMING_VERBS for t in sentence.tokens)


def nested(
    context: Context, sentence: Sentence, mark: QuoteMarks, marks: Sequence[QuoteMarks],
    quotes: Sequence[Quote],
) -> Attribution | None:  # fmt: skip
    """The speaker of the reported clause that holds MARK."""
    for quote in this_sentence(quotes, sentence):
        if quote.type == "indirect" and quote.start <= mark.start - 1 and mark.end <= quote.end + 1:
            return same_speaker(quote)
    return None


def this_sentence(quotes: Sequence[Quote], sentence: Sentence) -> list[Quote]:
    """The quotes found in SENTENCE, latest first: the finder appends them sentence by
    sentence, so the look back stops at the first quote of an earlier sentence."""
    found: list[Quote] = []
    for quote in reversed(quotes):
        if quote.end < sentence.start:
            break
        found.append(quote)
    return found


def split(
    context: Context, sentence: Sentence, mark: QuoteMarks, marks: Sequence[QuoteMarks],
    quotes: Sequence[Quote],
) -> Attribution | None:  # fmt: skip
    """The speaker of a direct quote earlier in the same sentence: „…“, so X, „…“."""
    for quote in this_sentence(quotes, sentence):
        if quote.type == "direct" and sentence.start <= quote.start < mark.start:
            return same_speaker(quote)
    return None


@cache
def source_nouns() -> tuple[str, ...]:
    return tuple(load("source_nouns.txt"))


def source_start(words: Sequence[str], index: int) -> int:
    """Where the source phrase of the source word at INDEX starts, or -1."""
    word = words[index]
    if word.lower() == "laut" and (index == 0 or words[index + 1][:1].isupper()):
        return index + 1
    if word.lower() == "nach":
        start = index + 1 + (words[index + 1] in {"den", "dem", "eigenen"})
        noun = words[start].lower() if start < len(words) else ""
        if not any(noun.endswith(source) for source in source_nouns()):
            return -1
        return start + 1 + (start + 1 < len(words) and words[start + 1] == "von")
    if word == "Für" and index == 0:
        return 1  # "Für die Ärztin ist die Lage „ernst“"
    return 0 if word == "zufolge" and index > 0 else -1


def sourced(
    context: Context, sentence: Sentence, mark: QuoteMarks, marks: Sequence[QuoteMarks],
    quotes: Sequence[Quote],
) -> Attribution | None:  # fmt: skip
    """The source the sentence names for its claim: "laut X", "nach Angaben X", "X
    zufolge", "Für X ist …" — a speaker in sight even for a single word."""
    tokens = without_quotations(sentence.tokens, marks)
    words = [t.text for t in tokens]
    for index, word in enumerate(words[:-1]):
        start = source_start(words, index)
        if start < 0:
            continue
        phrase, head = noun_phrase(tokens, start, index if word == "zufolge" else len(tokens))
        if not phrase:
            continue
        cue = Cue(tokens[index], ())
        speaker = context.resolver.resolve(phrase, head, cue, context.quoted)
        if speaker is not None and (word != "Für" or speaks(speaker, head)):
            return speaker, word
    return None


def framed(
    context: Context, sentence: Sentence, mark: QuoteMarks, marks: Sequence[QuoteMarks],
    quotes: Sequence[Quote],
) -> Attribution | None:  # fmt: skip
    """The subject of a sentence whose verb says or judges: "X nannte Y „…“"."""
    if scare_quote(mark, sentence):
        return None
    tokens = without_quotations(sentence.tokens, marks)
    verbs = [t for t in tokens if is_statement_verb(t)]
    if not verbs:
        return None
    speaker = clause_subject(context.resolver, tokens, 0, len(tokens), context.quoted)
    return (speaker, verbs[0].text) if speaker else None


def in_konjunktiv(tokens: Sequence[Token]) -> bool:
    """Whether the sentence reads as reported speech: a Konjunktiv form in it."""
    words = [t.text for t in tokens]
    return not subjunctive_forms().isdisjoint(words) or has_pronoun_subjunctive(words)


def continued(
    context: Context, sentence: Sentence, mark: QuoteMarks, marks: Sequence[QuoteMarks],
    quotes: Sequence[Quote],
) -> Attribution | None:  # fmt: skip
    """The speaker of the quote before a Konjunktiv sentence, within a paragraph's reach."""
    if scare_quote(mark, sentence) or not in_konjunktiv(sentence.tokens):
        return None
    previous = next((q for q in reversed(quotes) if q.start < sentence.start), None)
    if previous is None or previous.paragraph < sentence.paragraph - 1:
        return None
    first = sentence.tokens[0]
    if first.text in {"Er", "Sie"}:  # "Er werde „…“": the pronoun says whose
        cue = Cue(first, ())
        speaker = context.resolver.resolve([first], [first], cue, context.quoted)
        if speaker is not None:
            return speaker, previous.cue or ""
    return same_speaker(previous)
