"""The quote finder: one pass over the sentences, direct speech first, then the reported
speech rules of attribution.py in their order.

The finder owns the only list that grows (the quotes found so far, and their spans for the
rules to read); speakers, rules and readings are values it is given or gets back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence

from build_dataset.quotes.attribution import DIRECT_RULES, PARTIAL_RULES, REPORTED_RULES
from build_dataset.quotes.cues import tokens_between
from build_dataset.quotes.guards import SentenceWords
from build_dataset.quotes.labels import is_label, is_label_after_colon
from build_dataset.quotes.partial import without_quotations
from build_dataset.quotes.reported import (
    MarkIndex,
    content_span,
    split_coordinated,
    without_final_punctuation,
)
from build_dataset.quotes.rules import (
    Attribution,
    Context,
    located,
    make_quote,
    reported,
)
from build_dataset.quotes.speakers import NamedMention, Speaker, SpeakerResolver
from build_dataset.quotes.subjects import clause_subject
from build_dataset.records import (
    CueWords,
    Document,
    Entity,
    Found,
    Quote,
    QuoteMarks,
    Sentence,
    Token,
)


def is_direct_quote(marks: QuoteMarks, body: str) -> bool:
    """Speech, not a quoted title or a scare-quoted word: several words or a whole sentence,
    or introduced by a colon."""
    words = marks.text.split()
    return len(words) >= 4 or marks.text.rstrip()[-1:] in "!?.…" or colon_opens(body, marks)


def colon_opens(body: str, marks: QuoteMarks) -> bool:
    """Whether the last character before the opening mark, past spaces, is a colon (read
    backwards over the spaces, not by copying the body up to the mark for each quote)."""
    position = marks.start - 1
    while position > 0 and body[position - 1].isspace():
        position -= 1
    return position > 0 and body[position - 1] == ":"


def is_embedded(before: Sequence[Token]) -> bool:
    """Whether a quotation stands inside a sentence: words before it that are no colon
    introduction ("Er nannte den Plan „mutig“", not "Er sagte: „…“")."""
    words = [t for t in before if t.text[:1].isalnum()]
    return bool(words) and before[-1].text != ":"


class QuoteFinder:
    def __init__(self, document: Document, entities: Sequence[Entity]) -> None:
        self.document = document
        self.sentence_starts = [sentence.start for sentence in document.sentences]
        self.marks = MarkIndex.of(document.quote_marks)
        self.quotes: list[Quote] = []
        self.spans: list[tuple[int, int]] = []  # the quotes' spans, sorted
        self.candidates: dict[str, Found] = {}  # persons only a speaker slot named
        self.warnings: list[str] = []
        self.context = Context(
            document, SpeakerResolver(document.body, entities), self.marks, self.spans, self.quotes
        )

    def keep(self, quotes: Sequence[Quote], speaker: Speaker) -> None:
        for quote in quotes:
            if self.goes_on(quote):
                last = self.quotes.pop()
                # the first equal span, as list.remove takes, found by bisection: a search
                # from the front made a long article's continuations quadratic
                del self.spans[bisect_left(self.spans, (last.start, last.end))]
                quote = Quote(
                    last.start, quote.end, self.document.body[last.start : quote.end],
                    "indirect", last.speaker, last.speaker_mention, last.speaker_entity,
                    last.cue, last.paragraph, cue_start=last.cue_start, cue_end=last.cue_end,
                )  # fmt: skip
            self.quotes.append(quote)
            insort(self.spans, (quote.start, quote.end))
        if speaker.candidate is not None:
            self.candidates.setdefault(speaker.candidate.name, speaker.candidate)

    def attribute(self, before: Sequence[Token], after: Sequence[Token]) -> Attribution | None:
        for rule in DIRECT_RULES:
            if attribution := rule.match(self.context, before, after):
                return attribution
        return None

    def direct(self, sentence: Sentence, marks: Sequence[QuoteMarks]) -> None:
        previous = self.quotes[-1] if self.quotes else None
        if previous and previous.type == "indirect" and previous.paragraph != sentence.paragraph:
            previous = None  # a reported statement carries its speaker within its paragraph
        for mark in marks:
            before = tokens_between(sentence, sentence.start, mark.start - 1)
            closing = self.sentence_at(mark.end) or sentence  # a quote over paragraphs
            after = tokens_between(closing, mark.end + 1, closing.end)
            attribution = self.attribute(before, after)
            if attribution and is_label_after_colon(mark, before):
                continue  # Codename: „Nordstern“ — a name after a colon, not speech
            following = self.document.body[mark.end + 1 : mark.end + 40]
            if attribution and is_embedded(before) and is_label(mark, before, following):
                continue  # gegenüber der Agentur „Nordpress“ sagte X: a name, not speech
            if attribution:
                speaker, cue = attribution
            elif is_embedded(before):
                continue  # a phrase inside a statement: partial() decides after reported speech
            elif not is_direct_quote(mark, self.document.body):
                continue  # a quoted title or word, not speech
            elif continued := self.continued_speaker(previous, sentence, mark):
                speaker, cue = continued
            elif introduced := self.introduced_before(sentence, mark):
                speaker, cue = introduced
            else:
                self.warn(mark, "direct quote without a speaker left out")
                continue
            quote = make_quote(
                mark.start, mark.end, mark.text, "direct", speaker, cue, sentence.paragraph
            )
            self.keep([quote], speaker)
            previous = quote
            if attribution:
                self.reported_after_quote(closing, after, speaker)

    def continued_speaker(
        self, previous: Quote | None, sentence: Sentence, mark: QuoteMarks
    ) -> Attribution | None:
        """The speaker of a quote without a cue: the second half of a split quote, or a
        quoted sentence after a statement. A person named in between takes over
        ("X sagte, … Kapitän Y widersprach. „…“" is Y's); a quote that is no whole
        sentence ("Der Film „Das Wunder von Bern“") is a title, not speech."""
        if previous is None or previous.paragraph < sentence.paragraph - 1:
            return None
        same = Speaker(
            previous.speaker, previous.speaker_mention, previous.speaker_entity,
            start=previous.speaker_start, end=previous.speaker_end,
        )  # fmt: skip
        if previous.start >= sentence.start:  # the same sentence: a split quote
            return same, self.previous_cue(previous)
        if mark.text.rstrip()[-1:] not in "!?.…":
            return None
        between = self.people_between(previous.end, mark.start)
        others = {
            key: mention for key, mention in between.items() if key != previous.speaker_entity
        }
        if len(others) > 1:
            return None
        if others:
            ((key, mention),) = others.items()
            return Speaker(
                mention.name, mention.text, key, start=mention.start, end=mention.end
            ), ""
        return same, self.previous_cue(previous)

    @staticmethod
    def previous_cue(previous: Quote) -> CueWords | str:
        """The cue of the quote a speaker goes on from: „…“, sagte sie. „…“ — both quotes
        hang on "sagte"."""
        if previous.cue and previous.cue_start is not None and previous.cue_end is not None:
            return CueWords(previous.cue, previous.cue_start, previous.cue_end)
        return previous.cue or ""

    def introduced_before(self, sentence: Sentence, mark: QuoteMarks) -> Attribution | None:
        """A quoted sentence that stands alone after a sentence of the same paragraph whose
        subject can speak: "Die Ministerin verteidigte den Plan. „Er ist bezahlbar.“"."""
        index = bisect_right(self.sentence_starts, sentence.start) - 1
        sentence_like = mark.text.rstrip()[-1:] in "!?.…" or len(mark.text.split()) >= 8
        if index < 1 or not sentence_like:
            return None
        previous = self.document.sentences[index - 1]
        if previous.paragraph != sentence.paragraph:
            return None
        tokens = without_quotations(previous.tokens, self.marks_in(previous))
        speaker = clause_subject(self.context.resolver, tokens, 0, len(tokens), self.spans)
        return (speaker, "") if speaker else None

    def people_between(self, start: int, end: int) -> dict[str, NamedMention]:
        """Each person named between START and END, with the last mention of them there."""
        people: dict[str, NamedMention] = {}
        for m_start, m_end, entity in self.context.resolver.mentions_between(start, end):
            if entity.type == "PER":
                people[entity.key] = NamedMention(
                    entity.name, self.document.body[m_start:m_end], m_start, m_end
                )
        return people

    def reported_after_quote(
        self, sentence: Sentence, after: list[Token], speaker: Speaker
    ) -> None:
        """ "„…“, sagte ein Polizeisprecher und fügte hinzu, Brandstiftung könne …": the
        reported half of the sentence, with the same speaker."""
        parts = split_coordinated(without_final_punctuation(after))
        for part, cue in parts[1:]:
            content, is_reported = content_span(part, self.marks, attributed=True, cue=cue)
            if cue and is_reported:
                found = reported(
                    self.document.body, content, speaker, cue.words, sentence.paragraph
                )
                self.keep(found, speaker)

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect_right(self.sentence_starts, offset) - 1
        sentence = self.document.sentences[index] if index >= 0 else None
        return sentence if sentence and offset <= sentence.end else None

    def inside_quote(self, sentence: Sentence) -> bool:
        index = bisect_right(self.marks.starts, sentence.start) - 1
        return index >= 0 and sentence.start < self.document.quote_marks[index].end

    def marks_in(self, sentence: Sentence) -> list[QuoteMarks]:
        """The quotation-mark pairs that open in SENTENCE."""
        first = bisect_left(self.marks.starts, sentence.start)
        last = bisect_right(self.marks.starts, sentence.end)
        return [m for m in self.marks.marks[first:last] if m.text.strip()]

    def warn(self, mark: QuoteMarks, message: str) -> None:
        self.warnings.append(f"paragraph {mark.paragraph}: {message}: {mark.text[:40]!r}")

    def goes_on(self, quote: Quote) -> bool:
        """Whether QUOTE continues the last quote found, a continuation of the same speaker
        in the same paragraph with nothing but space between: they make one quote."""
        if not self.quotes or not self.carried(quote) or quote.type != "indirect":
            return False
        last = self.quotes[-1]
        return (
            last.type == "indirect" and self.carried(last) and last.speaker == quote.speaker
            and (last.cue, last.cue_start) == (quote.cue, quote.cue_start)
            and last.paragraph == quote.paragraph
            and not self.document.body[last.end : quote.start].strip(" .!…")
        )  # fmt: skip

    def carried(self, quote: Quote) -> bool:
        """Whether QUOTE has no cue of its own sentence: none at all, or the cue of the
        quote it continues ("Sie sagte, … . Man habe …" — the second hangs on "sagte")."""
        if not quote.cue:
            return True
        if quote.cue_start is None:
            return False
        return self.sentence_at(quote.cue_start) is not self.sentence_at(quote.start)

    def reported(self, sentence: Sentence, direct: Sequence[Quote]) -> None:
        """The first reported-speech rule that matches SENTENCE, in the table's order. A
        reported clause mostly in quotation marks is that direct quote with its frame; one
        that only holds a quoted phrase ("Er sagte, der Plan sei „verfehlt“") stays."""
        words = SentenceWords.of(sentence)
        for rule in REPORTED_RULES:
            if rule.needs(words) and (finding := rule.match(self.context, sentence)):
                body = self.document.body
                kept = [q for q in finding.quotes if not mostly_inside(q, direct, body)]
                self.keep(kept, finding.speaker)
                return

    def partial(self, sentence: Sentence, marks: Sequence[QuoteMarks]) -> None:
        """The quoted phrases of SENTENCE that direct() left: partial quotes (partial.py)."""
        for mark in marks:
            if any(q.type == "direct" and q.start == mark.start for q in self.quotes[-20:]):
                continue
            before = tokens_between(sentence, sentence.start, mark.start - 1)
            after = self.document.body[mark.end + 1 : mark.end + 40]
            if not is_embedded(before) or is_label(mark, before, after):
                continue  # a quotation standing alone is direct()'s, by its own frames
            found = next(
                (
                    attribution
                    for rule in PARTIAL_RULES
                    if (attribution := rule.match(self.context, sentence, mark, marks, self.quotes))
                ),
                None,
            )
            if found is None:
                continue
            speaker, cue = found
            quote = located(
                self.document.body, mark.start, mark.end, "direct", speaker, cue,
                sentence.paragraph,
            )  # fmt: skip
            self.keep([quote], speaker)

    def run(self) -> None:
        for sentence in self.document.sentences:
            marks = self.marks_in(sentence)
            before = len(self.quotes)
            if marks:
                self.direct(sentence, marks)
            if not self.inside_quote(sentence):  # later sentences of a quote over paragraphs
                # Also around quoted phrases: a partial quote may nest in the reported clause.
                self.reported(sentence, self.quotes[before:])
            if marks:
                self.partial(sentence, marks)


def mostly_inside(quote: Quote, direct: Sequence[Quote], body: str) -> bool:
    """Whether half of QUOTE's characters or more lie inside the DIRECT quotes, or QUOTE
    holds one that a colon introduces: what stands before that colon frames the direct
    quote ("Der Rat begrüßte den Plan: „…“, erklärte X." is narration and a direct quote,
    not reported speech)."""
    inside = sum(max(0, min(quote.end, d.end) - max(quote.start, d.start)) for d in direct)
    introduced = any(
        quote.start <= d.start and d.end <= quote.end
        and body[max(quote.start, d.start - 4) : d.start].rstrip(" „»«\"“‚").endswith(":")
        for d in direct
    )  # fmt: skip
    return introduced or inside * 2 >= quote.end - quote.start


def find_quotes(
    document: Document, entities: Sequence[Entity]
) -> tuple[list[Quote], list[Found], list[str]]:
    """Quotes in the order found, the persons only a speaker slot named, and warnings."""
    finder = QuoteFinder(document, entities)
    finder.run()
    return finder.quotes, list(finder.candidates.values()), finder.warnings
