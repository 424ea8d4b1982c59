"""Mood: whether a sentence is in the Konjunktiv, the mark of reported speech that goes on
without a verb of saying ("Man habe alle Kräfte zusammengezogen.")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from build_dataset.lexicons import load
from build_dataset.quotes.reported import AMBIGUOUS, pronoun_subjunctive
from build_dataset.records import Token

# Konjunktiv II: in reported speech it stands for a Konjunktiv I that would look like the
# indicative ("sie hätten" for "sie haben"); elsewhere it is a conditional, so it counts
# only right after a reported statement.
KONJUNKTIV_II = frozenset(
    {"hätte", "hätten", "wäre", "wären", "würde", "würden", "könnte", "könnten", "müsste",
     "müssten", "dürfte", "dürften", "gäbe", "käme", "kämen"}
)  # fmt: skip
FIRST_PERSON = frozenset({"ich", "wir"})


@cache
def konjunktiv_i() -> frozenset[str]:
    """3rd person Konjunktiv I forms that differ from the indicative: "sei", "habe"."""
    return frozenset(load("subjunctive_forms.txt")) - AMBIGUOUS - KONJUNKTIV_II


def is_reported_mood(tokens: Sequence[Token], second: bool) -> bool:
    """Does the stretch hold a finite Konjunktiv I (or II when SECOND) outside the first
    person ("ich habe", "wir seien" are no reported speech of a third)?"""
    forms = konjunktiv_i() | (KONJUNKTIV_II if second else frozenset())
    words = [t.text for t in tokens]
    for index, word in enumerate(words):
        if word in forms and not {w.lower() for w in words[max(0, index - 1) : index + 2]} & (
            FIRST_PERSON
        ):
            return True
    # "er erwarte", "so sehe er" (the indicative: "erwartet", "sieht"); not the past
    # "er wurde", "sie hatte".
    return any(
        (pronoun_subjunctive(a, b) and not b.endswith(("te", "de")))
        or (pronoun_subjunctive(b, a) and not a.endswith(("te", "de")))
        for a, b in zip(words, words[1:], strict=False)
    )
