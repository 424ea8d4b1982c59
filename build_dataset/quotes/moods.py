"""Mood: whether a sentence is in the Konjunktiv, the mark of reported speech that goes on
without a verb of saying ("Man habe alle Kräfte zusammengezogen.")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from build_dataset.lexicons import word_set
from build_dataset.quotes.reported import AMBIGUOUS, THIRD_PERSON_WRITTEN, is_k1_verb
from build_dataset.records import Token
from build_dataset.wordclasses import FIRST_PLACE_ADVERBS

# Konjunktiv II: in reported speech it stands for a Konjunktiv I that would look like the
# indicative ("sie hätten" for "sie haben"); elsewhere it is a conditional, so it counts
# only right after a reported statement.
KONJUNKTIV_II = frozenset(
    {"hätte", "hätten", "wäre", "wären", "würde", "würden", "könnte", "könnten", "müsste",
     "müssten", "dürfte", "dürften", "gäbe", "käme", "kämen"}
)  # fmt: skip
FIRST_PERSON = frozenset({"ich", "wir"})


def is_k1_shape(word: str) -> bool:
    return (
        word.islower() and word.isalpha() and len(word) > 3 and word.endswith("e")
        and not word.endswith(("te", "de"))
    )  # fmt: skip


@cache
def konjunktiv_i() -> frozenset[str]:
    """3rd person Konjunktiv I forms that differ from the indicative: "sei", "habe"."""
    return word_set("subjunctive_forms") - AMBIGUOUS - KONJUNKTIV_II


@cache
def reported_forms(second: bool) -> frozenset[str]:
    """The Konjunktiv I forms, with the Konjunktiv II ones when SECOND: united once."""
    return konjunktiv_i() | (KONJUNKTIV_II if second else frozenset())


def is_reported_mood(tokens: Sequence[Token], second: bool) -> bool:
    """Does the stretch hold a finite Konjunktiv I (or II when SECOND) outside the first
    person ("ich habe", "wir seien" are no reported speech of a third)?"""
    forms = reported_forms(second)
    words = [t.text for t in tokens]
    if not forms.isdisjoint(words):  # one set test for the many sentences without a form
        for index, word in enumerate(words):
            neighbours = words[max(0, index - 1) : index + 2]
            if word in forms and not {w.lower() for w in neighbours} & FIRST_PERSON:
                return True
    # "Daran ändere das nichts": a one-word first place and a verb in -e second (V2; the
    # indicative is "ändert"), when the first word is an adverb, not an article.
    if len(words) > 2 and words[0].lower() in FIRST_PLACE_ADVERBS and is_k1_shape(words[1]):
        return True
    # "er erwarte", "so sehe er" (the indicative: "erwartet", "sieht"); not the past
    # "er wurde", "sie hatte".
    if THIRD_PERSON_WRITTEN.isdisjoint(words):
        return False
    for index, word in enumerate(words):  # a pronoun_subjunctive either way round
        if word in THIRD_PERSON_WRITTEN:
            before = words[index - 1] if index > 0 else ""
            after = words[index + 1] if index + 1 < len(words) else ""
            if is_present_k1(before) or is_present_k1(after):
                return True
    return False


def is_present_k1(verb: str) -> bool:
    """A verb in -e after or before "er", "sie", "es", "man", not the past ("wurde")."""
    return is_k1_verb(verb) and not verb.endswith(("te", "de"))
