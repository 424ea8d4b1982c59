"""Cues: the verbs of saying (lexicons/speech_verbs.txt) and the clause they stand in.

"sagte", "gab … bekannt", "fügte … hinzu"; a clause ends at a comma, colon, quotation mark
or the end of the sentence, not at the period of "Dr." or between the digits of "41:07".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from build_dataset.lexicons import lazy_word_set, load
from build_dataset.names import is_capitalised
from build_dataset.records import CueWords, Sentence, Token
from build_dataset.wordclasses import QUOTE_MARKS, abbreviations

CLAUSE_END = {".", "!", "?", "…", ";"}
# What closes a clause for clause_end: made once, not for each token.
CLAUSE_CLOSERS = frozenset({",", ":"} | CLAUSE_END | QUOTE_MARKS)
OPENING_MARKS = frozenset({"„", '"', "»"})
CLOSING_MARKS = frozenset({"“", '"', "«", "”"})
# The tokens clause_end has to look at (closers, and the opening mark of a quoted name):
# at any other token the clause goes on.
CLAUSE_STOP_CANDIDATES = CLAUSE_CLOSERS | OPENING_MARKS


@dataclass(frozen=True)
class Cue:
    verb: Token
    particle: tuple[Token, ...]

    @property
    def text(self) -> str:
        return " ".join([self.verb.text, *(token.text for token in self.particle)])

    @property
    def words(self) -> CueWords:
        """The cue with its place: from the verb to its particle ("gab … bekannt")."""
        last = self.particle[-1] if self.particle else self.verb
        return CueWords(self.text, self.verb.start, max(self.verb.end, last.end))

    @property
    def plural(self) -> bool:
        return self.verb.text.endswith("n")


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
def infinitive_cues() -> frozenset[str]:
    """Finite forms of the verbs whose zu-infinitive is what was said
    (lexicons/infinitive_cues.txt): "kündigte", "forderte", "bestritt"."""
    lemmas = set(load("infinitive_cues.txt"))
    forms: set[str] = set()
    for line in load("speech_verbs.txt"):
        lemma, _, rest = line.partition(":")
        if lemma.split("-")[0] in lemmas:
            forms.update(rest.partition("|")[0].split())
    return frozenset(forms)


subjunctive_forms = lazy_word_set("subjunctive_forms")


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


def tokens_between(sentence: Sentence, start: int, end: int) -> list[Token]:
    return [t for t in sentence.tokens if start <= t.start and t.end <= end]


def clause_end(tokens: Sequence[Token], start: int) -> int:
    """Index of the comma, colon, quotation mark or end that closes the clause at START;
    the period of "Dr." or "Prof." closes nothing."""
    index, stop = start, len(tokens)
    while index < stop:
        text = tokens[index].text
        if text not in CLAUSE_STOP_CANDIDATES:
            index += 1  # a word: none of the tests below can stop or skip at it
            continue
        if text == "." and index > start and tokens[index - 1].text in abbreviations():
            index += 1
            continue
        if text in {",", ":"} and between_digits(tokens, index):
            index += 1  # "nach 41:07 Minuten", "mit 28:25", a decimal comma "mit 5,1"
            continue
        if (past := quoted_name_end(tokens, index, stop)) > index:
            index = past  # "Die Zeitung „Abendpost“ berichtet"
            continue
        if text in CLAUSE_CLOSERS:
            break
        index += 1
    return index


def quoted_name_end(tokens: Sequence[Token], index: int, stop: int) -> int:
    """Past a short capitalised name in quotation marks („Abendpost“, „Die Zeit“), which
    belongs to the noun phrase before it and closes no clause; INDEX when there is none."""
    if index >= stop or tokens[index].text not in OPENING_MARKS:
        return index
    for end in range(index + 2, min(stop, index + 6)):
        if tokens[end].text in CLOSING_MARKS:
            return end + 1 if is_capitalised(tokens[index + 1].text) else index
        if tokens[end].text in {",", ".", ":", ";"}:
            break
    return index


def between_digits(tokens: Sequence[Token], index: int) -> bool:
    if index == 0 or index + 1 >= len(tokens):
        return False
    left, right = tokens[index - 1], tokens[index + 1]
    return (
        left.text.isdigit() and right.text.isdigit()
        and left.end == tokens[index].start and tokens[index].end == right.start
    )  # fmt: skip
