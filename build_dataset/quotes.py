"""Find direct and reported speech and who said it.

A quote record is (speaker, cue, content), as in textacy's direct_quotations:
- direct speech is the content of a balanced pair of quotation marks, attributed by a
  verb of saying after it („…“, sagte X), before it with a colon (X sagte: „…“), or, for
  the second half of a split quote or a following quoted sentence, by the quote before;
- reported speech is a clause after a verb of saying that starts with "dass"/"ob" or is in
  the Konjunktiv (X sagte, Y sei …), a Konjunktiv clause before one (Y sei …, sagte X),
  or a sentence opened by "Laut X", "Nach Angaben von X / des X" or "X zufolge".
Speakers named by a surname, a role noun ("der Sprecher") or a pronoun ("Er") resolve to
the full name of an entity. A quote whose speaker cannot be told is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from build_dataset.entities import Found, is_name_word, legal_forms, role_of
from build_dataset.lexicons import load
from build_dataset.names import is_capitalised, is_function_word, slug
from build_dataset.records import Document, Entity, Quote, QuoteMarks, Sentence, Token
from build_dataset.segment import pair_quote_marks

DETERMINERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
    "einen", "sein", "seine", "ihr", "ihre", "mehrere", "viele", "einige", "zwei", "drei",
}  # fmt: skip
PRONOUNS = {"er": "m", "sie": "f"}
AGED_GENDER = {"der": "m", "die": "f"}
GENITIVE_ARTICLES = {"des", "der", "eines", "einer"}
CLAUSE_END = {".", "!", "?", "…", ";"}
QUOTE_CHARS = set('„“”»«"‚‘’‹›')


@dataclass(frozen=True)
class Cue:
    verb: Token
    particle: tuple[Token, ...]

    @property
    def text(self) -> str:
        return " ".join([self.verb.text, *(token.text for token in self.particle)])

    @property
    def plural(self) -> bool:
        return self.verb.text.endswith("n")


@dataclass(frozen=True)
class NamedMention:
    name: str  # the entity's full name
    text: str  # as written at the mention


@dataclass(frozen=True)
class Speaker:
    name: str
    mention: str
    entity: str | None


@cache
def speech_verbs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Finite form -> the particles it may take: "gab" -> (("bekannt",), ("zu",))."""
    verbs: dict[str, set[tuple[str, ...]]] = {}
    for line in load("speech_verbs.txt"):
        _, _, forms = line.partition(":")
        words, _, particle = forms.partition("|")
        for form in words.split():
            verbs.setdefault(form, set()).add(tuple(particle.split()))
    return {form: tuple(sorted(options, key=len, reverse=True)) for form, options in verbs.items()}


@cache
def subjunctive_forms() -> frozenset[str]:
    return frozenset(load("subjunctive_forms.txt"))


def cue_at(tokens: Sequence[Token], index: int, clause_end: int) -> Cue | None:
    """A verb of saying at INDEX whose particle, if it has one, closes the clause."""
    options = speech_verbs().get(tokens[index].text.lower() if index == 0 else tokens[index].text)
    for particle in options or ():
        if not particle:
            return Cue(tokens[index], ())
        tail = tokens[clause_end - len(particle) : clause_end]
        if clause_end - len(particle) > index and tuple(t.text for t in tail) == particle:
            return Cue(tokens[index], tuple(tail))
    return None


class SpeakerResolver:
    """Turns a noun phrase at a quote into a speaker, remembering who spoke last."""

    def __init__(self, body: str, entities: Sequence[Entity], quoted: Sequence[Quote]) -> None:
        self.body = body
        self.entities = entities
        self.quoted = quoted  # the quotes found so far, whose words name no speaker
        self.new_people: dict[str, Found] = {}
        # Every mention of a person or organisation in text order, for lookups by offset
        # that stay fast on long articles.
        self.named = sorted(
            (m.start, m.end, e) for e in entities if e.type in ("PER", "ORG") for m in e.mentions
        )
        self.named_starts = [start for start, _, _ in self.named]
        self.quoted_spans: list[tuple[int, int]] = []

    def is_quoted(self, offset: int) -> bool:
        for quote in self.quoted[len(self.quoted_spans) :]:  # quotes found since last time
            insort(self.quoted_spans, (quote.start, quote.end))
        index = bisect_right(self.quoted_spans, (offset, len(self.body) + 1)) - 1
        # Quotes do not nest, but a reported clause may hold a direct one: look back a few.
        return any(a <= offset < b for a, b in self.quoted_spans[max(0, index - 3) : index + 1])

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions of people and organisations that begin in [START, END), in text order."""
        return self.named[
            bisect_left(self.named_starts, start) : bisect_left(self.named_starts, end)
        ]

    def latest_before(self, before: int, wanted: Callable[[Entity], bool]) -> Entity | None:
        """The entity WANTED named last before BEFORE, outside what was quoted."""
        for index in range(bisect_left(self.named_starts, before) - 1, -1, -1):
            start, _, entity = self.named[index]
            if wanted(entity) and not self.is_quoted(start):
                return entity
        return None

    def mention_entity(self, tokens: Sequence[Token]) -> Entity | None:
        """The person or organisation named last in the phrase: in "Brenners
        Anwältin Ida Kaya" the speaker is Kaya, not Brenner."""
        start, end = tokens[0].start, tokens[-1].end
        named = [(e_end, e) for _, e_end, e in self.mentions_between(start, end) if e_end <= end]
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def antecedent(self, gender: str, before: int) -> Entity | None:
        """The person of GENDER named last before the pronoun, outside what was quoted:
        in "Peskow sagte, Trumps Haltung … Er betonte" the pronoun is Peskow."""
        return self.latest_before(before, lambda e: e.type == "PER" and e.gender == gender)

    def by_role(self, role: str, gender: str | None, before: int) -> Entity | None:
        return self.latest_before(
            before, lambda e: e.type == "PER" and e.role == role and e.gender in (gender, None)
        )

    def attribute(
        self, phrase: Sequence[Token], head: Sequence[Token], cue: Cue
    ) -> tuple[Speaker, str] | None:
        """(speaker, cue text), or None when the speaker cannot be told."""
        speaker = self.resolve(phrase, head, cue)
        return (speaker, cue.text) if speaker else None

    def resolve(self, phrase: Sequence[Token], head: Sequence[Token], cue: Cue) -> Speaker | None:
        mention = self.body[phrase[0].start : phrase[-1].end]
        words = [t.text for t in head]
        entity: Entity | None = None
        if len(words) == 1 and words[0].lower() in PRONOUNS and words[0] == phrase[0].text:
            if cue.plural:
                return None  # "sie sagten": a group whose extent we cannot tell
            entity = self.antecedent(PRONOUNS[words[0].lower()], phrase[0].start)
            if entity is None:
                return None
        elif len(words) == 1 and AGED.fullmatch(words[0]) and phrase[0].text.lower() in AGED_GENDER:
            entity = self.antecedent(AGED_GENDER[phrase[0].text.lower()], phrase[0].start)
            if entity is None:
                return None
        else:
            entity = self.mention_entity(head)
        if entity is None and len(words) == 1 and phrase[0].text.lower() in {"der", "die"}:
            role = role_of(words[0])
            if role:
                entity = self.by_role(role[0], role[1], phrase[0].start)
        if entity is None and len(phrase) == 1 and not cue.plural and is_name_word(words[0]):
            found = self.new_people.setdefault(words[0], Found(words[0], "PER"))
            return Speaker(found.name, mention, f"per-{slug(found.name)}")
        if entity is not None:
            return Speaker(entity.name, mention, entity.key)
        first = phrase[0].text
        name = (
            mention if first.lower() not in DETERMINERS else first.lower() + mention[len(first) :]
        )
        return Speaker(name, mention, None)


def noun_phrase(tokens: Sequence[Token], start: int, stop: int) -> tuple[list[Token], list[Token]]:
    """(phrase, head) of the noun phrase at START; empty when there is none.

    "Kremlsprecher Dmitri Peskow", "der Sprecher", "ein Sprecher des Ministeriums", "Er".
    """
    index = start
    if index < stop and tokens[index].text.lower() in PRONOUNS:
        return [tokens[index]], [tokens[index]]
    if index < stop and tokens[index].text.lower() in DETERMINERS:
        index += 1
        while index < stop and tokens[index].text[:1].islower() and tokens[index].text.isalpha():
            if is_function_word(tokens[index].text):
                break
            index += 1  # adjectives after an article: "ein hochrangiger Sprecher"
        if index < stop and AGED.fullmatch(tokens[index].text):
            return list(tokens[start : index + 1]), [tokens[index]]  # "der 47-Jährige"
    head_start = index
    while index < stop and (is_capitalised(tokens[index].text) or tokens[index].text == "."):
        if tokens[index].text == "." and tokens[index - 1].text not in abbreviations():
            break
        if is_function_word(tokens[index].text) and index > head_start:
            break
        index += 1
        if index - head_start >= 7:  # "Prof. Dr. Ida Kaya"
            break
    if index == head_start or is_function_word(tokens[head_start].text):
        return [], []
    head = list(tokens[head_start:index])
    if index < stop and tokens[index].text in GENITIVE_ARTICLES:
        end = index + 1
        while (
            end < stop and tokens[end].text[:1].islower() and not is_function_word(tokens[end].text)
        ):
            end += 1
        if end < stop and is_capitalised(tokens[end].text):
            index = end + 1
    return list(
        tokens[start : attachment_end(tokens, skip_brackets(tokens, index, stop), stop)]
    ), head


# "der 47-Jährige", "die 27-Jährige": a person named by age, resolved like a pronoun.
AGED = re.compile(r"\d+-[Jj]ährigen?")


def skip_brackets(tokens: Sequence[Token], index: int, stop: int) -> int:
    """Past "(CDU)" or "(34)" after a name."""
    if index < stop and tokens[index].text == "(":
        for end in range(index + 1, min(stop, index + 6)):
            if tokens[end].text == ")":
                return end + 1
    return index


ATTACHMENTS = {"vom", "von", "beim", "bei"}


def attachment_end(tokens: Sequence[Token], index: int, stop: int) -> int:
    """Past "vom Förderverein Lindenbad e.V." or "von der Universität Moosbach" after a
    name: where the speaker works belongs to the phrase, not to what was said."""
    if index >= stop or tokens[index].text not in ATTACHMENTS:
        return index
    end = index + 1
    if end < stop and tokens[end].text in DETERMINERS:
        end += 1
    named = end
    while end < stop and end - index < 9:
        text = tokens[end].text
        following = tokens[end + 1].text if end + 1 < stop else ""
        if text.rstrip(".") in legal_forms():
            end += 2 if following == "." else 1  # "e.V." is split as "e.V" "."
        elif is_capitalised(text) and not is_function_word(text):
            end += 1
        elif text in {"für", "in"} and is_capitalised(following):
            end += 1  # "Institut für Küstenforschung in Moosbach"
        else:
            break
    return end if end > named else index


def quote_for(
    document: Document, start: int, end: int, kind: str, speaker: Speaker, cue: str, paragraph: int
) -> Quote:
    while end > start and document.body[end - 1] in " .,;:":
        end -= 1
    return Quote(
        start, end, document.body[start:end], kind, speaker.name, speaker.mention,
        speaker.entity, cue, paragraph,
    )  # fmt: skip


def is_direct_quote(marks: QuoteMarks, body: str) -> bool:
    """Speech, not a quoted title or a scare-quoted word: several words or a whole sentence,
    or introduced by a colon."""
    words = marks.text.split()
    before = body[: marks.start - 1].rstrip()
    return len(words) >= 4 or marks.text.rstrip()[-1:] in "!?.…" or before.endswith(":")


def tokens_between(sentence: Sentence, start: int, end: int) -> list[Token]:
    return [t for t in sentence.tokens if start <= t.start and t.end <= end]


def clause_end(tokens: Sequence[Token], start: int) -> int:
    """Index of the comma, colon, quotation mark or end that closes the clause at START;
    the period of "Dr." or "Prof." closes nothing."""
    index = start
    while index < len(tokens):
        text = tokens[index].text
        if text == "." and index > start and tokens[index - 1].text in abbreviations():
            index += 1
            continue
        if text == ":" and between_digits(tokens, index):
            index += 1  # "nach 41:07 Minuten", "mit 28:25"
            continue
        if text in {",", ":"} | CLAUSE_END | QUOTE_CHARS:
            break
        index += 1
    return index


def between_digits(tokens: Sequence[Token], index: int) -> bool:
    if index == 0 or index + 1 >= len(tokens):
        return False
    left, right = tokens[index - 1], tokens[index + 1]
    return (
        left.text.isdigit() and right.text.isdigit()
        and left.end == tokens[index].start and tokens[index].end == right.start
    )  # fmt: skip


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(load("abbreviations.txt"))


def attribution_after(
    tokens: Sequence[Token], resolver: SpeakerResolver
) -> tuple[Speaker, str] | None:
    """ ", sagte Peskow in einem Interview", ", so Müller", ", fügte sie hinzu"."""
    index = 0
    while index < len(tokens) and tokens[index].text in {",", "!", "?", ".", "…"}:
        index += 1
    if index == 0 or index >= len(tokens):
        return None
    end = clause_end(tokens, index)
    # "so" is no verb but works as one after a quote: „…“, so Müller.
    cue = Cue(tokens[index], ()) if tokens[index].text == "so" else cue_at(tokens, index, end)
    if cue is None:
        return None
    phrase, head = noun_phrase(tokens, index + 1, end)
    return resolver.attribute(phrase, head, cue) if phrase else None


def attribution_before(
    tokens: Sequence[Token], resolver: SpeakerResolver
) -> tuple[Speaker, str] | None:
    """ "Berger sagte: „…“", "Dazu sagte Berger am Montag: „…“",
    "Die Sprecherin der Initiative, Dr. Ida Kaya, sagte: „…“"."""
    if not tokens or tokens[-1].text != ":":
        return None
    tokens = [*skip_relative_clause(tokens[:-1]), tokens[-1]]
    start = 0
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].text in {",", ";"} | QUOTE_CHARS:
            start = index + 1
            break
    found = cue_clause(tokens, start, len(tokens) - 1)
    if found is None:
        return None
    return resolver.attribute(*found)


AUXILIARIES = frozenset({"hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten"})
OBJECT_ARTICLES = frozenset({"dem", "den", "einem", "einen"})  # dative/accusative: no subject
ADVERB_SKIP = frozenset(
    {"zudem", "auch", "außerdem", "jedoch", "nun", "dabei", "dazu", "noch", "aber"}
)


def cue_clause(
    tokens: Sequence[Token], start: int, end: int
) -> tuple[list[Token], list[Token], Cue] | None:
    """The speaker phrase and cue of a clause holding a verb of saying, subject first
    ("Peskow sagte") or after the verb ("In einer Erklärung betonte Kremlsprecher Peskow")."""
    for index in range(start, end):
        cue = cue_at(tokens, index, end)
        if cue is None:
            continue
        phrase, head = noun_phrase(tokens, start, index)
        auxiliary = start + len(phrase) if phrase else -1
        if phrase and auxiliary < index and tokens[auxiliary].text in AUXILIARIES:
            # German puts one element before the finite verb: the subject, or something
            # else with the subject right after the auxiliary ("Anfang März hatte die
            # Ministerin erklärt"); "Firma X hatte vergangene Woche mitgeteilt" has none.
            inverted, inverted_head = noun_phrase(tokens, auxiliary + 1, index)
            if inverted:
                return inverted, inverted_head, cue
            if phrase[0].text.lower() not in OBJECT_ARTICLES:
                return phrase, head, cue
        if not phrase or len(phrase) != index - start:
            after = index + 1
            while after < end and tokens[after].text.lower() in ADVERB_SKIP:
                after += 1
            phrase, head = noun_phrase(tokens, after, end - len(cue.particle))
        if not phrase:
            phrase, head = subject_before(tokens, start, index)
        return (phrase, head, cue) if phrase else None
    return None


def subject_before(
    tokens: Sequence[Token], start: int, verb: int
) -> tuple[list[Token], list[Token]]:
    """The subject between an auxiliary and a participle: "hatte er erklärt"."""
    best: tuple[list[Token], list[Token]] = ([], [])
    for begin in range(verb - 1, max(start, verb - 5) - 1, -1):
        phrase, head = noun_phrase(tokens, begin, verb)
        if phrase and len(phrase) == verb - begin:
            best = (phrase, head)
        elif best[0]:
            break
    return best


RELATIVE_PRONOUNS = frozenset(
    {"der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche"}
)


def skip_relative_clause(tokens: Sequence[Token]) -> list[Token]:
    """The speaker next to the verb: "Anwalt Brandt, der die Klägerin vertrat, erklärte, …"
    without the relative clause, "Die Trainerin der Gäste, Ewa Lis, sagte, …" as
    "Ewa Lis sagte, …"; unchanged when the first clause already holds a verb of
    saying ("Peskow sagte, die Lage …")."""
    first = clause_end(tokens, 0)
    if first + 1 >= len(tokens) or tokens[first].text != "," or cue_clause(tokens, 0, first):
        return list(tokens)
    second = clause_end(tokens, first + 1)
    if second + 1 >= len(tokens) or tokens[second].text != ",":
        return list(tokens)
    if tokens[first + 1].text in RELATIVE_PRONOUNS:
        return [*tokens[:first], *tokens[second + 1 :]]
    inserted = tokens[first + 1 : second]
    phrase, _ = noun_phrase(tokens, first + 1, second)
    names_speaker = phrase and len(phrase) == len(inserted) and is_name_word(phrase[-1].text)
    if names_speaker and cue_at(tokens, second + 1, clause_end(tokens, second + 1)):
        return [*inserted, *tokens[second + 1 :]]  # an apposition naming the speaker
    return list(tokens)


def has_unmatched_mark(tokens: Sequence[Token]) -> bool:
    marks = "".join(t.text for t in tokens if t.text in QUOTE_CHARS)
    return bool(marks) and bool(pair_quote_marks(marks)[1])


SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "man", "wir", "ich", "ihr", "du", "dies", "das"})
# A clause opened by one of these is an adverbial or relative clause, not what was said.
SUBORDINATORS = frozenset(
    {
        # Only words that cannot also be a preposition or an adverb ("Statt Ende Mai …").
        "weil", "wenn", "nachdem", "bevor", "obwohl", "sobald", "indem", "falls", "sodass",
        "welcher", "welche", "welches", "deren", "dessen",  # der/die/das are also articles
    }
)  # fmt: skip


def content_span(tokens: Sequence[Token], attributed: bool = False) -> tuple[list[Token], bool]:
    """Reported content without a leading "dass"; whether it reads as reported speech:
    a dass/ob clause, a Konjunktiv, or, when a verb of saying ATTRIBUTED it, a main clause
    ("Müller sagte, die Summe reiche nicht" has a Konjunktiv no list holds)."""
    if not tokens or has_unmatched_mark(tokens):
        return [], False  # a broken quotation: neither direct nor reported
    if tokens[0].text in ("dass", "ob"):
        return list(tokens[1:]), len(tokens) > 1
    pairs = list(zip(tokens, tokens[1:], strict=False))
    subjunctive = (
        any(t.text in subjunctive_forms() for t in tokens)
        or any(pronoun_subjunctive(a.text, b.text) for a, b in pairs)
        or any(noun_subjunctive(a.text, b.text) for a, b in pairs[:3])
    )
    first = tokens[0].text
    opens_with_subject = (
        is_capitalised(first) or first.lower() in DETERMINERS or first.lower() in SUBJECT_PRONOUNS
    )
    infinitive = len(tokens) >= 2 and tokens[-2].text == "zu"  # "drohte, die Ernte zu vernichten"
    if infinitive and subjunctive:
        infinitive = False  # "Europa drohe, den Anschluss zu verlieren" has a finite verb
    statement = (
        len(tokens) >= 3 and first.lower() not in SUBORDINATORS and opens_with_subject
        and not infinitive
    )  # fmt: skip
    return list(tokens), subjunctive or (attributed and statement)


def pronoun_subjunctive(subject: str, verb: str) -> bool:
    """ "er erwarte", "man plane": a 3rd person pronoun before a verb in -e is Konjunktiv I
    (the indicative would be "erwartet", "plant")."""
    return subject.lower() in {"er", "sie", "es", "man"} and (
        verb.islower() and len(verb) > 3 and verb.endswith("e") and verb not in DETERMINERS
    )


def noun_subjunctive(subject: str, verb: str) -> bool:
    """ "Europa drohe", "die Summe reiche": a verb in -e right after the subject noun at the
    start of the clause is Konjunktiv I (the indicative would be "droht", "reicht")."""
    return is_capitalised(subject) and pronoun_subjunctive("er", verb)


def split_coordinated(tokens: Sequence[Token]) -> list[tuple[list[Token], Cue | None]]:
    """ "A sei so und betonte, B könne so sein" -> [(A, None), (B, betonte)]."""
    parts: list[tuple[list[Token], Cue | None]] = []
    current: list[Token] = []
    cue: Cue | None = None
    index = 0
    while index < len(tokens):
        if tokens[index].text == "und" and index + 1 < len(tokens):
            comma = clause_end(tokens, index + 1)
            inner = cue_at(tokens, index + 1, comma) if comma < len(tokens) else None
            between = tokens[index + 2 + len(inner.particle) if inner else 0 : comma]
            if (
                inner
                and tokens[comma].text == ","
                and all(t.text.lower() in ADVERB_SKIP for t in between)
            ):
                parts.append((current, cue))
                current, cue, index = [], inner, comma + 1
                continue
        current.append(tokens[index])
        index += 1
    parts.append((current, cue))
    return parts


def without_final_punctuation(tokens: Sequence[Token]) -> list[Token]:
    tokens = list(tokens)
    while tokens and tokens[-1].text in CLAUSE_END | {","}:
        tokens.pop()
    return tokens


class QuoteFinder:
    def __init__(self, document: Document, entities: Sequence[Entity]) -> None:
        self.document = document
        self.sentence_starts = [sentence.start for sentence in document.sentences]
        self.mark_starts = [mark.start for mark in document.quote_marks]
        self.quotes: list[Quote] = []
        self.resolver = SpeakerResolver(document.body, entities, self.quotes)
        self.warnings: list[str] = []

    def add(self, tokens: Sequence[Token], speaker: Speaker, cue: str, sentence: Sentence) -> None:
        if tokens:
            self.quotes.append(
                quote_for(
                    self.document,
                    tokens[0].start,
                    tokens[-1].end,
                    "indirect",
                    speaker,
                    cue,
                    sentence.paragraph,
                )
            )

    def source_phrase(self, sentence: Sentence) -> bool:
        """ "Laut X …", "Nach Angaben von X …", "X zufolge …"."""
        tokens = without_final_punctuation(sentence.tokens)
        words = [t.text for t in tokens]
        if len(words) < 3:
            return False
        if words[0] == "Laut":
            start, cue = 1, "Laut"
        elif words[:2] == ["Nach", "Angaben"]:
            start, cue = (3 if words[2] == "von" else 2), "Nach Angaben"
        elif "zufolge" in words[1:9]:
            start, cue = 0, "zufolge"
        else:
            return False
        stop = words.index("zufolge") if cue == "zufolge" else len(tokens)
        phrase, head = noun_phrase(tokens, start, stop)
        if not phrase or (cue == "zufolge" and len(phrase) != stop):
            return False
        speaker = self.resolver.resolve(phrase, head, Cue(tokens[0], ()))
        if speaker is None:
            return False
        content = tokens[start + len(phrase) + (1 if cue == "zufolge" else 0) :]
        if content and content[0].text == ",":
            content = content[1:]
        self.add(content, speaker, cue, sentence)
        return True

    def source_inside(self, sentence: Sentence) -> bool:
        """ "Die Kosten steigen laut Kämmerin Lis auf 3,4 Millionen Euro": the whole
        sentence is the statement, as its two halves make one span. The source must be
        named or have an article: "riefen laut Parolen" is the adverb "loudly"."""
        tokens = without_final_punctuation(sentence.tokens)
        words = [t.text for t in tokens]
        if "laut" not in words[1:]:
            return False
        at = words.index("laut", 1)
        phrase, head = noun_phrase(tokens, at + 1, len(tokens))
        if not phrase or not any(is_capitalised(t.text) for t in head):
            return False
        named = self.resolver.mention_entity(head) is not None
        if not (named or phrase[0].text.lower() in DETERMINERS or role_of(head[0].text)):
            return False
        speaker = self.resolver.resolve(phrase, head, Cue(tokens[at], ()))
        if speaker is None:
            return False
        self.add(tokens, speaker, "laut", sentence)
        return True

    def speaker_first(self, sentence: Sentence) -> bool:
        """ "Peskow sagte, Russland habe …", "Der Kreml gab bekannt, dass …"."""
        tokens = skip_relative_clause(sentence.tokens)
        comma = clause_end(tokens, 0)
        if comma >= len(tokens) or tokens[comma].text != ",":
            return False
        found = cue_clause(tokens, 0, comma)
        if found is None:
            return False
        phrase, head, cue = found
        parts = split_coordinated(without_final_punctuation(tokens[comma + 1 :]))
        readings = [(content_span(part, attributed=True), inner) for part, inner in parts]
        if not readings[0][0][1]:
            return False
        speaker = self.resolver.resolve(phrase, head, cue)
        if speaker is None:
            return False
        for (content, is_reported), inner in readings:
            if is_reported:
                self.add(content, speaker, (inner or cue).text, sentence)
        return True

    def speaker_after(self, sentence: Sentence) -> bool:
        """ "Die Lage sei ernst, sagte Müller." and ", so Müller." / ", wie X sagte."."""
        tokens = without_final_punctuation(sentence.tokens)
        commas = [i for i, t in enumerate(tokens) if t.text == ","]
        if not commas:
            return False
        last = commas[-1]
        # Reported only if the tail below turns out to attribute it.
        content, is_reported = content_span(tokens[:last], attributed=True)
        if not is_reported:
            return False
        tail = tokens[last:]
        if len(tail) > 2 and tail[1].text == "wie":
            found = cue_clause(tail, 2, len(tail))
            if found is None:
                return False
            attribution = self.resolver.attribute(*found)
        else:
            attribution = attribution_after(tail, self.resolver)
        if attribution is None:
            return False
        self.add(content, attribution[0], attribution[1], sentence)
        return True

    def direct(self, sentence: Sentence, marks: Sequence[QuoteMarks]) -> None:
        previous = self.quotes[-1] if self.quotes else None
        if previous and previous.type == "indirect" and previous.paragraph != sentence.paragraph:
            previous = None  # a reported statement carries its speaker within its paragraph
        for mark in marks:
            before = tokens_between(sentence, sentence.start, mark.start - 1)
            closing = self.sentence_at(mark.end) or sentence  # a quote over paragraphs
            after = tokens_between(closing, mark.end + 1, closing.end)
            attribution = attribution_after(after, self.resolver) or attribution_before(
                before, self.resolver
            )
            if attribution:
                speaker, cue = attribution
            elif not is_direct_quote(mark, self.document.body):
                continue  # a quoted title or word, not speech
            elif continued := self.continued_speaker(previous, sentence, mark):
                speaker, cue = continued
            else:
                self.warn(mark, "direct quote without a speaker left out")
                continue
            quote = Quote(
                mark.start, mark.end, mark.text, "direct", speaker.name, speaker.mention,
                speaker.entity, cue, sentence.paragraph,
            )  # fmt: skip
            self.quotes.append(quote)
            previous = quote
            if attribution:
                self.reported_after_quote(closing, after, speaker)

    def continued_speaker(
        self, previous: Quote | None, sentence: Sentence, mark: QuoteMarks
    ) -> tuple[Speaker, str] | None:
        """The speaker of a quote without a cue: the second half of a split quote, or a
        quoted sentence after a statement. A person named in between takes over
        ("X sagte, … Kapitän Y widersprach. „…“" is Y's); a quote that is no whole
        sentence ("Der Film „Das Wunder von Bern“") is a title, not speech."""
        if previous is None or previous.paragraph < sentence.paragraph - 1:
            return None
        if previous.start >= sentence.start:  # the same sentence: a split quote
            return Speaker(previous.speaker, previous.speaker_mention, previous.speaker_entity), (
                previous.cue or ""
            )
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
            return Speaker(mention.name, mention.text, key), ""
        return Speaker(previous.speaker, previous.speaker_mention, previous.speaker_entity), ""

    def people_between(self, start: int, end: int) -> dict[str, NamedMention]:
        """Each person named between START and END, with the last mention of them there."""
        people: dict[str, NamedMention] = {}
        for m_start, m_end, entity in self.resolver.mentions_between(start, end):
            if entity.type == "PER":
                people[entity.key] = NamedMention(entity.name, self.document.body[m_start:m_end])
        return people

    def reported_after_quote(
        self, sentence: Sentence, after: list[Token], speaker: Speaker
    ) -> None:
        """ "„…“, sagte ein Polizeisprecher und fügte hinzu, Brandstiftung könne …": the
        reported half of the sentence, with the same speaker."""
        parts = split_coordinated(without_final_punctuation(after))
        for part, cue in parts[1:]:
            content, is_reported = content_span(part, attributed=True)
            if cue and is_reported:
                self.add(content, speaker, cue.text, sentence)

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect_right(self.sentence_starts, offset) - 1
        sentence = self.document.sentences[index] if index >= 0 else None
        return sentence if sentence and offset <= sentence.end else None

    def inside_quote(self, sentence: Sentence) -> bool:
        index = bisect_right(self.mark_starts, sentence.start) - 1
        return index >= 0 and sentence.start < self.document.quote_marks[index].end

    def marks_in(self, sentence: Sentence) -> list[QuoteMarks]:
        """The quotation-mark pairs that open in SENTENCE."""
        marks = self.document.quote_marks
        first = bisect_left(self.mark_starts, sentence.start)
        last = bisect_right(self.mark_starts, sentence.end)
        return [m for m in marks[first:last] if m.text.strip()]

    def warn(self, mark: QuoteMarks, message: str) -> None:
        self.warnings.append(f"paragraph {mark.paragraph}: {message}: {mark.text[:40]!r}")

    def run(self) -> list[Quote]:
        for sentence in self.document.sentences:
            marks = self.marks_in(sentence)
            if marks:
                before = len(self.quotes)
                self.direct(sentence, marks)
                if len(self.quotes) > before:
                    continue  # otherwise the marks held a title or a word: look for reported speech
            if self.inside_quote(sentence):
                continue  # the later sentences of a quote that runs over paragraphs
            _ = (
                self.source_phrase(sentence)
                or self.speaker_first(sentence)
                or self.speaker_after(sentence)
                or self.source_inside(sentence)
            )
        return self.quotes


def find_quotes(
    document: Document, entities: Sequence[Entity]
) -> tuple[list[Quote], list[Found], list[str]]:
    """Quotes in body order, the persons only a speaker slot named, and warnings."""
    finder = QuoteFinder(document, entities)
    quotes = finder.run()
    return quotes, list(finder.resolver.new_people.values()), finder.warnings
