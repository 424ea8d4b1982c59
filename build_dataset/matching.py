"""The one place where found rows meet gold: the quote rule, span overlap, one-to-one
pairing and P/R/F1. Every gold set (the project's folders, Wikinews, GermEval) is scored
through these functions, so a figure means the same whichever set it comes from.

The quote rule: a found quote matches a gold quote of the same type when it holds at least
half of the gold's words and at least 30% of its own words are the gold's. Words are
compared case-blind as a multiset, so either way of writing a span (with or without the
reopening quotation mark of a quote over paragraphs) matches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

MIN_GOLD_SHARE = 0.5  # of the gold's words the row must hold
MIN_OWN_SHARE = 0.3  # of the row's own words that must be the gold's
WORD = re.compile(r"\w+")
G = TypeVar("G")
F = TypeVar("F")


@dataclass(frozen=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def measured(self) -> bool:
        """False when the gold and the rows held nothing of this category."""
        return bool(self.tp + self.fp + self.fn)


def judged(right: bool) -> Score:
    """A value judged over a matched pair (speaker, cue): right is a hit; wrong is both a
    false hit and a miss, so precision, recall and F1 all equal the accuracy."""
    return Score(tp=1) if right else Score(fp=1, fn=1)


@dataclass(frozen=True)
class Finding:
    """One miss, false hit or wrong value, with where it is, for --show-errors."""

    article: str
    category: str
    kind: str  # "missed", "false hit" or "wrong"
    what: str
    paragraph: int | None
    context: str


@dataclass(frozen=True)
class Evaluation:
    articles: tuple[str, ...]
    scores: dict[str, Score]
    findings: tuple[Finding, ...]
    # The rows of the table, in order: (key for --min-f1, label).
    categories: tuple[tuple[str, str], ...]


def tokens(text: str) -> Counter[str]:
    return Counter(word.casefold() for word in WORD.findall(text))


def overlap(gold_text: str, found_text: str) -> float:
    """The share of GOLD_TEXT's words that FOUND_TEXT holds (each word as often as it is
    there)."""
    gold = tokens(gold_text)
    return sum((gold & tokens(found_text)).values()) / max(1, sum(gold.values()))


def quote_similarity(gold_text: str, found_text: str) -> tuple[float, float] | None:
    """(share of the gold's words the row holds, share of the row's words that are the
    gold's) when the row matches the gold by the quote rule, else None."""
    gold, found = tokens(gold_text), tokens(found_text)
    common = sum((gold & found).values())
    gold_share = common / max(1, sum(gold.values()))
    own_share = common / max(1, sum(found.values()))
    if gold_share >= MIN_GOLD_SHARE and own_share >= MIN_OWN_SHARE:
        return gold_share, own_share
    return None


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two [start, end) spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair_up(
    gold: list[G], found: list[F], similarity: Callable[[G, F], tuple[float, float] | None]
) -> tuple[list[tuple[G, F]], list[G], list[F]]:
    """One-to-one greedy matching: best similarity first, then the tighter match (the
    second figure), then text order. SIMILARITY returns None for a pair that does not
    match at all."""
    candidates = sorted(
        (-score[0], -score[1], i, j)
        for i, g in enumerate(gold)
        for j, f in enumerate(found)
        if (score := similarity(g, f)) is not None
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((gold[i], found[j]))
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    extra = [f for j, f in enumerate(found) if j not in used_found]
    return pairs, missed, extra


def by_type(
    kinds: tuple[str, ...], pairs: list[tuple[Any, Any]], missed: list[Any], extra: list[Any]
) -> dict[str, Score]:
    """Matches, false hits and misses per type (records with a ``type``)."""
    return {
        kind: Score(
            tp=sum(g.type == kind for g, _ in pairs),
            fp=sum(f.type == kind for f in extra),
            fn=sum(g.type == kind for g in missed),
        )
        for kind in kinds
    }


def context(body: str, start: int, length: int) -> tuple[int, str]:
    """(1-based paragraph, the line around body[start:start+length], at most 60 characters
    either side) for a finding."""
    paragraph = body.count("\n\n", 0, start) + 1
    left = max(body.rfind("\n", 0, start) + 1, start - 60)
    right = body.find("\n", start)
    right = min(len(body) if right < 0 else right, start + min(length, 120) + 60)
    return paragraph, body[left:right].strip()
