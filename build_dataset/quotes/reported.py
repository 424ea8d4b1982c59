"""Reported speech: whether a clause reads as what someone said, and where it starts.

A dass/ob clause, a Konjunktiv ("die Lage sei ernst", "er erwarte", "Europa drohe") or,
when a verb of saying introduces it, a main clause; never an adverbial or relative clause,
an infinitive ("drohte, die Ernte zu vernichten") or a stretch with a broken quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

from build_dataset.names import is_capitalised
from build_dataset.quotes.cues import (
    CLAUSE_END,
    Cue,
    between_digits,
    clause_end,
    cue_at,
    infinitive_cues,
    subjunctive_forms,
)
from build_dataset.records import QuoteMarks, Token
from build_dataset.wordclasses import (
    CLAUSE_ADVERBS,
    DETERMINERS,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)


@dataclass(frozen=True)
class MarkIndex:
    """The quotation-mark pairs segment found (Document.quote_marks), by start."""

    marks: tuple[QuoteMarks, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, marks: Sequence[QuoteMarks]) -> MarkIndex:
        return cls(tuple(marks), tuple(mark.start for mark in marks))

    def balanced(self, tokens: Sequence[Token]) -> bool:
        """Whether every quotation mark among TOKENS belongs to a pair that lies wholly
        within them: a stretch that cuts a quotation is neither direct nor reported."""
        first, last = tokens[0].start, tokens[-1].end
        for token in tokens:
            if token.text not in QUOTE_MARKS:
                continue
            index = bisect_right(self.starts, token.start + 1) - 1  # the opener is at start-1
            mark = self.marks[index] if index >= 0 else None
            inside = mark is not None and mark.start - 1 <= token.start <= mark.end
            if not (inside and mark is not None and first < mark.start and mark.end < last):
                return False
        return True


def content_span(
    tokens: Sequence[Token], marks: MarkIndex, attributed: bool = False, cue: Cue | None = None
) -> tuple[list[Token], bool]:
    """Reported content without a leading "dass"; whether it reads as reported speech:
    a dass/ob clause, a Konjunktiv, or, when a verb of saying ATTRIBUTED it, a main clause
    ("Müller sagte, die Summe reiche nicht" has a Konjunktiv no list holds), or the
    zu-infinitive of a CUE of lexicons/infinitive_cues.txt ("kündigte an, zurückzutreten")."""
    if not tokens or not marks.balanced(tokens):
        return [], False  # a broken quotation: neither direct nor reported
    if tokens[0].text in ("dass", "ob"):
        return list(tokens[1:]), len(tokens) > 1
    words = [t.text for t in tokens]
    subjunctive = (
        not subjunctive_forms().isdisjoint(words)
        or has_pronoun_subjunctive(words)
        or any(noun_subjunctive(a, b) for a, b in zip(words[:3], words[1:4], strict=False))
    )
    first = tokens[0].text
    opens_with_subject = (
        is_capitalised(first) or first.lower() in DETERMINERS or first.lower() in SUBJECT_PRONOUNS
    )
    # "drohte, die Ernte zu vernichten", "kündigte an, zurückzutreten"
    infinitive = len(tokens) >= 2 and (
        tokens[-2].text == "zu" or bool(ZU_INFIX.fullmatch(tokens[-1].text))
    )
    if infinitive and subjunctive:
        infinitive = False  # "Europa drohe, den Anschluss zu verlieren" has a finite verb
    # "…, die am Montag begann": a relative clause on the object, not what was said
    # ("die ersten Anlagen" is an article with its adjective)
    relative = (
        first.lower() in RELATIVE_PRONOUNS and len(tokens) > 2 and tokens[1].text[:1].islower()
        and tokens[1].text not in subjunctive_forms()
        and not (tokens[1].text.endswith(INFLECTED) and is_capitalised(tokens[2].text))
    )  # fmt: skip
    if relative and not any(t.text in subjunctive_forms() - AMBIGUOUS for t in tokens):
        return list(tokens), False
    if infinitive and cue is not None and cue.verb.text in infinitive_cues():
        return list(tokens), first.lower() not in INFINITIVE_ADVERBIALS
    statement = (
        len(tokens) >= 3 and first.lower() not in SUBORDINATORS and opens_with_subject
        and not infinitive
    )  # fmt: skip
    return list(tokens), subjunctive or (attributed and statement)


# The zu-infinitive of a separable verb: "zurückzutreten", "anzusprechen", "aufzuheben".
ZU_INFIX = re.compile(
    r"(?:ab|an|auf|aus|bei|dar|durch|ein|fest|frei|her|hin|los|mit|nach|nieder|offen|um|vor"
    r"|vorbei|weg|weiter|zu|zurück|zusammen)zu[a-zäöüß]{3,}n"
)
INFLECTED = ("e", "en", "er", "es", "em")  # adjective endings
# Forms of subjunctive_forms.txt that are also the indicative past or plural.
AMBIGUOUS = frozenset({"haben", "sollten", "wollten", "sollte", "wollte", "möchte", "möchten"})
# "um … zu", "ohne … zu", "statt … zu": an adverbial, not what was said.
INFINITIVE_ADVERBIALS = frozenset({"um", "ohne", "statt", "anstatt", "anstelle"})


def every_case(words: frozenset[str]) -> frozenset[str]:
    """Every word whose lower case is one of WORDS ("er" -> "er", "Er", "eR", "ER"): one
    set test then asks what a lower() of each token would."""
    return frozenset(
        "".join(letters) for word in words for letters in product(*({c, c.upper()} for c in word))
    )


THIRD_PERSON = frozenset({"er", "sie", "es", "man"})
# A sentence without one of these holds no pronoun_subjunctive.
THIRD_PERSON_WRITTEN = every_case(THIRD_PERSON)


def pronoun_subjunctive(subject: str, verb: str) -> bool:
    """ "er erwarte", "man plane": a 3rd person pronoun before a verb in -e is Konjunktiv I
    (the indicative would be "erwartet", "plant")."""
    return subject.lower() in THIRD_PERSON and is_k1_verb(verb)


def is_k1_verb(verb: str) -> bool:
    return verb.islower() and len(verb) > 3 and verb.endswith("e") and verb not in DETERMINERS


def has_pronoun_subjunctive(words: Sequence[str]) -> bool:
    """Whether two neighbours of WORDS are a pronoun_subjunctive: what testing every pair
    tells, looking only next to the pronouns."""
    if THIRD_PERSON_WRITTEN.isdisjoint(words):
        return False
    return any(
        word in THIRD_PERSON_WRITTEN and is_k1_verb(words[index + 1])
        for index, word in enumerate(words[:-1])
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
                and all(t.text.lower() in CLAUSE_ADVERBS for t in between)
            ):
                parts.append((current, cue))
                current, cue, index = [], inner, comma + 1
                continue
        current.append(tokens[index])
        index += 1
    parts.append((current, cue))
    return parts


def up_to_colon(tokens: Sequence[Token]) -> list[Token]:
    """The reported clause before "und fügte hinzu: „…“": a colon opens what comes next."""
    for index, token in enumerate(tokens):
        if token.text == ":" and not between_digits(tokens, index):
            end = index
            for back in range(index - 1, max(-1, index - 5), -1):
                if tokens[back].text == "und":
                    end = back
                    break
            return list(tokens[:end])
    return list(tokens)


FINAL_PUNCTUATION = frozenset(CLAUSE_END | {","})


def without_final_punctuation(tokens: Sequence[Token]) -> list[Token]:
    tokens = list(tokens)
    while tokens and tokens[-1].text in FINAL_PUNCTUATION:
        tokens.pop()
    return tokens
