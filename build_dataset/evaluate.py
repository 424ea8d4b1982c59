"""Score the builder against hand-written gold files: NAME.txt beside NAME.json in a folder.

A quote matches a gold quote of the same type when it holds at least half of the gold's
tokens; an entity matches when type and name agree (a person also by surname). Matching is
one-to-one and greedy, best overlap first. Speaker, date value and mention count are then
scored over the matched pairs only, so a missed quote counts once, as a miss.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from jsonschema import Draft202012Validator, FormatChecker

from build_dataset.assemble import extract
from build_dataset.errors import InputError
from build_dataset.reading import line_of, parse_json, read_text
from build_dataset.records import Article, EntityRow, QuoteRow
from build_dataset.resources import json_schema
from build_dataset.seed import read_article
from build_dataset.validate import validate

QUOTE_TYPES = ("direct", "indirect")
ENTITY_TYPES = ("PER", "ORG", "LOC", "DATE")
# Rows of the table, in order: (key for --min-f1, label).
CATEGORIES = (
    ("direct", "direct quotes"),
    ("indirect", "indirect quotes"),
    ("speaker", "speaker (of matched quotes)"),
    ("PER", "entities PER"),
    ("ORG", "entities ORG"),
    ("LOC", "entities LOC"),
    ("DATE", "entities DATE"),
    ("dates", "date value (of matched DATEs)"),
    ("mentions", "mention count (of matched)"),
    ("cue", "cue (of matched quotes)"),
    ("metadata", "byline author and source URL"),
)
MIN_OVERLAP = 0.5
WORD = re.compile(r"\w+")
G = TypeVar("G")
F = TypeVar("F")
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem"}


@dataclass(frozen=True)
class GoldQuote:
    text: str
    type: str
    speaker: str
    speaker_is_entity: bool
    cue: str | None


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    mentions: int
    normalized: str | None


@dataclass(frozen=True)
class Gold:
    source_url: str | None
    author: str | None
    quotes: tuple[GoldQuote, ...]
    entities: tuple[GoldEntity, ...]
    reference_date: dt.date | None


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


def read_gold(path: Path) -> Gold:
    """Parse and check NAME.json against schema/gold.schema.json."""
    raw = read_text(path, "gold file", 16 * 1024 * 1024)
    data = parse_json(raw, str(path))
    validator = Draft202012Validator(json_schema("gold"), format_checker=FormatChecker())
    for problem in sorted(validator.iter_errors(data), key=lambda e: e.json_path):
        key = next((str(p) for p in reversed(problem.absolute_path) if isinstance(p, str)), None)
        raise InputError(
            str(path),
            f"{problem.json_path}: {problem.message}",
            "see schema/gold.schema.json",
            line_of(raw, key) if key else None,
        )
    reference = data["reference_date"]
    return Gold(
        source_url=data["source_url"],
        author=data["author"],
        quotes=tuple(GoldQuote(**quote) for quote in data["quotes"]),
        entities=tuple(GoldEntity(**entity) for entity in data["entities"]),
        reference_date=dt.date.fromisoformat(reference) if reference else None,
    )


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    if not folder.is_dir():
        raise InputError(
            str(folder), "not a folder", "pass the folder holding NAME.txt + NAME.json"
        )
    pairs = []
    for text in sorted(folder.glob("*.txt")):
        gold = text.with_suffix(".json")
        if not gold.is_file():
            raise InputError(str(text), "has no gold file beside it", f"write {gold.name}")
        pairs.append((text, gold))
    if not pairs:
        raise InputError(str(folder), "holds no NAME.txt", "add articles with their NAME.json")
    return pairs


def tokens(text: str) -> Counter[str]:
    return Counter(word.casefold() for word in WORD.findall(text))


def overlap(gold_text: str, found_text: str) -> float:
    gold = tokens(gold_text)
    return sum((gold & tokens(found_text)).values()) / max(1, sum(gold.values()))


def comparable(name: str) -> list[str]:
    words = [word.casefold() for word in WORD.findall(name)]
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return words


def same_person(expected: list[str], given: list[str]) -> bool:
    """Equal names, or a surname alone against the full name: "Berger" is "Anna Berger",
    but "Jonas Berger" is not."""
    if expected == given:
        return True
    shorter, longer = sorted((expected, given), key=len)
    return len(shorter) == 1 and bool(longer) and longer[-1] == shorter[0]


def same_speaker(gold: GoldQuote, found: QuoteRow) -> bool:
    """The same name (a person also by surname), and linked to an entity exactly when the
    gold says the speaker is one."""
    expected, given = comparable(gold.speaker), comparable(found.speaker)
    if gold.speaker_is_entity != (found.speaker_entity_id is not None):
        return False
    return expected == given or (gold.speaker_is_entity and same_person(expected, given))


def same_cue(gold: GoldQuote, found: QuoteRow) -> bool:
    return " ".join(comparable(gold.cue or "")) == " ".join(comparable(found.cue or ""))


def entity_similarity(gold: GoldEntity, found: EntityRow) -> tuple[float, float]:
    """(1, 1) for the same name, (1, 0) for a person by surname only, (0, 0) otherwise."""
    if gold.type != found.type:
        return 0.0, 0.0
    expected, given = comparable(gold.name), comparable(found.name)
    if expected == given:
        return 1.0, 1.0
    return (1.0, 0.0) if gold.type == "PER" and same_person(expected, given) else (0.0, 0.0)


def quote_similarity(gold: GoldQuote, found: QuoteRow) -> tuple[float, float]:
    """(share of the gold's words the row holds, share of the row's words that are gold's):
    the second breaks ties in favour of the tighter row."""
    if gold.type != found.type:
        return 0.0, 0.0
    return overlap(gold.text, found.text), overlap(found.text, gold.text)


def pair_up(
    gold: list[G], found: list[F], similarity: Any, threshold: float
) -> tuple[list[tuple[G, F]], list[G], list[F]]:
    """One-to-one greedy matching, best similarity first, then the tighter match, then
    text order."""
    candidates = sorted(
        (
            (-score[0], -score[1], i, j)
            for i, g in enumerate(gold)
            for j, f in enumerate(found)
            if (score := similarity(g, f))[0] >= threshold
        ),
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


class Scorer:
    """Collects scores and findings for one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.scores: dict[str, Score] = {key: Score() for key, _ in CATEGORIES}
        self.findings: list[Finding] = []

    def count(self, category: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.scores[category] += Score(tp, fp, fn)

    def note(self, category: str, kind: str, what: str, needle: str, at: int | None = None) -> None:
        body = self.article.body
        start = at if at is not None else body.find(needle)
        needle = needle[:120]
        paragraph, context = None, needle
        if start >= 0:
            paragraph = body.count("\n\n", 0, start) + 1
            left = max(body.rfind("\n", 0, start) + 1, start - 60)
            right = body.find("\n", start)
            right = min(len(body) if right < 0 else right, start + len(needle) + 60)
            context = body[left:right]
        self.findings.append(
            Finding(self.article.id, category, kind, what, paragraph, context.strip())
        )

    def count_by_type(
        self, kinds: tuple[str, ...], pairs: list[Any], missed: list[Any], extra: list[Any]
    ) -> None:
        """Matches, false hits and misses per type: direct/indirect or PER/ORG/LOC/DATE."""
        for kind in kinds:
            self.count(
                kind,
                tp=sum(g.type == kind for g, _ in pairs),
                fp=sum(f.type == kind for f in extra),
                fn=sum(g.type == kind for g in missed),
            )

    def find_words(self, text: str) -> int | None:
        """Where the first words of TEXT stand in the body, across line breaks and
        quotation marks; None when they cannot be found."""
        words = WORD.findall(text)[:4]
        if not words:
            return None
        match = re.search(r"\W+".join(map(re.escape, words)), self.article.body)
        return match.start() if match else None

    def quotes(self, gold: tuple[GoldQuote, ...], found: tuple[QuoteRow, ...]) -> None:
        pairs, missed, extra = pair_up(list(gold), list(found), quote_similarity, MIN_OVERLAP)
        self.count_by_type(QUOTE_TYPES, pairs, missed, extra)
        for g in missed:
            self.note(g.type, "missed", f"{g.speaker}: {g.text}", g.text, self.find_words(g.text))
        for f in extra:
            self.note(f.type, "false hit", f"{f.speaker}: {f.text}", f.text, f.start)
        for g, f in pairs:
            if same_cue(g, f):
                self.count("cue", tp=1)
            else:
                self.count("cue", fp=1 if f.cue else 0, fn=1)
                self.note("cue", "wrong", f"{f.cue} instead of {g.cue}: {f.text}", f.text, f.start)
            if same_speaker(g, f):
                self.count("speaker", tp=1)
            else:
                self.count("speaker", fp=1 if f.speaker else 0, fn=1)
                what = f"{f.speaker or '(none)'} instead of {g.speaker}: {f.text}"
                self.note("speaker", "wrong", what, f.text, f.start)

    def entities(self, gold: tuple[GoldEntity, ...], found: tuple[EntityRow, ...]) -> None:
        pairs, missed, extra = pair_up(list(gold), list(found), entity_similarity, 1.0)
        self.count_by_type(ENTITY_TYPES, pairs, missed, extra)
        for g in missed:
            self.note(g.type, "missed", g.name, g.name)
        for f in extra:
            self.note(f.type, "false hit", f.name, f.name, f.first_start)
        for g, f in pairs:
            if g.type == "DATE":
                right = g.normalized == f.normalized
                self.count("dates", tp=int(right), fp=int(not right), fn=int(not right))
                if not right:
                    what = f"{f.name}: {f.normalized} instead of {g.normalized}"
                    self.note("dates", "wrong", what, f.name, f.first_start)
            right = g.mentions == f.mentions
            self.count("mentions", tp=int(right), fp=int(not right), fn=int(not right))
            if not right:
                what = f"{f.name}: {f.mentions} instead of {g.mentions}"
                self.note("mentions", "wrong", what, f.name, f.first_start)

    def metadata(self, gold: Gold) -> None:
        for field, expected, given in (
            ("author", gold.author, self.article.author),
            ("source_url", gold.source_url, self.article.source_url),
        ):
            if expected is None and given is None:
                continue  # nothing to find, nothing found: no evidence either way
            if expected == given:
                self.count("metadata", tp=1)
                continue
            self.count("metadata", fp=int(given is not None), fn=int(expected is not None))
            self.findings.append(
                Finding(self.article.id, "metadata", "wrong", f"{field}: {given} instead of "
                        f"{expected}", None, "")
            )  # fmt: skip


def evaluate_article(text: Path, gold_file: Path) -> Scorer:
    gold = read_gold(gold_file)
    article = dataclasses.replace(read_article(text), reference_date=gold.reference_date)
    extraction = extract(article)
    validate(extraction)
    scorer = Scorer(article)
    scorer.quotes(gold.quotes, extraction.quotes)
    scorer.entities(gold.entities, extraction.entities)
    scorer.metadata(gold)
    return scorer


def evaluate(folder: Path) -> Evaluation:
    """Build every article of FOLDER in memory and score it against its gold file."""
    scores = {key: Score() for key, _ in CATEGORIES}
    findings: list[Finding] = []
    names = []
    for text, gold_file in gold_pairs(folder):
        scorer = evaluate_article(text, gold_file)
        names.append(text.stem)
        findings += scorer.findings
        for key, score in scorer.scores.items():
            scores[key] += score
    return Evaluation(tuple(names), scores, tuple(findings))
