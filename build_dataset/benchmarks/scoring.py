"""Score one benchmark text's extraction against its gold spans, by the rules of
matching.py: quotes by the quote rule, names by exact span and by overlap."""

from __future__ import annotations

from typing import Any

from build_dataset.assemble import Extraction
from build_dataset.benchmarks.adapter import entity_mentions
from build_dataset.benchmarks.gold import NEUTRAL, GoldSpan, GoldText
from build_dataset.matching import (
    WORD,
    Finding,
    Score,
    by_type,
    context,
    judged,
    pair_up,
    quote_similarity,
    span_overlap,
)
from build_dataset.records import QuoteRow

QUOTE_CATEGORIES = (
    ("direct", "direct quotes"),
    ("indirect", "indirect quotes"),
    ("quotes", "quotes, both types"),
    ("speaker", "speaker (matched, no pronoun)"),
    ("cue", "cue (of matched quotes)"),
)
NAME_TYPES = ("PER", "ORG", "LOC")
NAME_CATEGORIES = (
    *((kind, f"{kind}, exact span") for kind in NAME_TYPES),
    ("micro", "all three, exact span"),
    *((f"{kind}-overlap", f"{kind}, overlapping span") for kind in NAME_TYPES),
    ("micro-overlap", "all three, overlapping span"),
)
# A gold speaker that is one of these words alone is a bare pronoun: its quotes stay out of
# speaker accuracy (the builder names whom the pronoun stands for, the gold does not).
PRONOUNS = frozenset({
    "ich", "du", "er", "sie", "es", "wir", "ihr", "man",
    "dieser", "diese", "dieses", "jener", "jene", "jenes", "der", "die", "das",
})  # fmt: skip


def words(text: str | None) -> list[str]:
    return [word.casefold() for word in WORD.findall(text or "")]


def bare_pronoun(speaker: str | None) -> bool:
    return len(words(speaker)) == 1 and words(speaker)[0] in PRONOUNS


def right_speaker(gold: str, row: QuoteRow) -> bool:
    """The last word of the row's speaker or speaker_mention occurs in the gold speaker,
    or the gold's last word occurs in the row's speaker or speaker_mention."""
    expected = words(gold)
    given = [words(row.speaker), words(row.speaker_mention)]
    return any(g and g[-1] in expected for g in given) or any(
        expected and expected[-1] in g for g in given
    )


def right_cue(gold: str, row: QuoteRow) -> bool:
    """The row's cue shares a word with the gold cue ("hatte angekündigt", "angekündigt")."""
    return bool(set(words(gold)) & set(words(row.cue)))


class Collector:
    def __init__(self, gold: GoldText, categories: tuple[tuple[str, str], ...]) -> None:
        self.gold = gold
        self.scores = {key: Score() for key, _ in categories}
        self.findings: list[Finding] = []

    def add(self, scores: dict[str, Score]) -> None:
        for key, score in scores.items():
            self.scores[key] += score

    def note(self, category: str, kind: str, what: str, start: int, end: int) -> None:
        paragraph, around = context(self.gold.text, start, end - start)
        self.findings.append(Finding(self.gold.id, category, kind, what, paragraph, around))


def without_neutral(extra: list[Any], neutral: list[GoldSpan], span: Any) -> list[Any]:
    """The unmatched rows that lie on no neutral gold span: the false hits."""
    return [f for f in extra if not any(span_overlap(span(f), (n.start, n.end)) for n in neutral)]


def score_quotes(gold: GoldText, extraction: Extraction) -> Collector:
    result = Collector(gold, QUOTE_CATEGORIES)
    expected = [s for s in gold.spans if s.type != NEUTRAL]
    neutral = [s for s in gold.spans if s.type == NEUTRAL]

    def similarity(g: GoldSpan, f: QuoteRow) -> tuple[float, float] | None:
        return quote_similarity(g.text, f.text) if g.type == f.type else None

    pairs, missed, extra = pair_up(expected, list(extraction.quotes), similarity)
    extra = without_neutral(extra, neutral, lambda f: (f.start, f.end))
    scores = by_type(("direct", "indirect"), pairs, missed, extra)
    result.add({**scores, "quotes": scores["direct"] + scores["indirect"]})
    for g in missed:
        what = f"({g.speaker or 'no speaker'}) {g.text}"
        result.note(g.type, "missed", what, g.start, g.end)
    for f in extra:
        result.note(f.type, "false hit", f"({f.speaker_mention}) {f.text}", f.start, f.end)
    for g, f in pairs:
        if not bare_pronoun(g.speaker):  # a gold quote without speaker: no row is right
            right = right_speaker(g.speaker or "", f)
            result.add({"speaker": judged(right)})
            if not right:
                wanted = g.speaker or "(no speaker in the gold)"
                what = f"{f.speaker_mention or '(none)'} [{f.speaker}] instead of {wanted}"
                result.note("speaker", "wrong", what, f.start, f.end)
        if g.cue:
            result.add({"cue": judged(right_cue(g.cue, f))})
    return result


def score_names(gold: GoldText, extraction: Extraction) -> Collector:
    result = Collector(gold, NAME_CATEGORIES)
    expected = [s for s in gold.spans if s.type != NEUTRAL]
    neutral = [s for s in gold.spans if s.type == NEUTRAL]
    found = [
        GoldSpan(kind, start, end, extraction.article.body[start:end])
        for kind, start, end in entity_mentions(extraction)
        if kind in NAME_TYPES
    ]

    def exact(g: GoldSpan, f: GoldSpan) -> tuple[float, float] | None:
        return (1.0, 1.0) if (g.type, g.start, g.end) == (f.type, f.start, f.end) else None

    def overlapping(g: GoldSpan, f: GoldSpan) -> tuple[float, float] | None:
        shared = span_overlap((g.start, g.end), (f.start, f.end))
        if g.type != f.type or not shared:
            return None
        return shared / (g.end - g.start), shared / (f.end - f.start)

    for suffix, similarity in (("", exact), ("-overlap", overlapping)):
        pairs, missed, extra = pair_up(expected, found, similarity)
        extra = without_neutral(extra, neutral, lambda f: (f.start, f.end))
        scores = by_type(NAME_TYPES, pairs, missed, extra)
        micro = scores["PER"] + scores["ORG"] + scores["LOC"]
        result.add({f"{k}{suffix}": s for k, s in scores.items()} | {f"micro{suffix}": micro})
        if suffix:
            continue
        for g in missed:
            result.note(g.type, "missed", g.text, g.start, g.end)
        for f in extra:
            result.note(f.type, "false hit", f.text, f.start, f.end)
    return result
