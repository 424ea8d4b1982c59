"""Score the builder against hand-written gold files: NAME.txt beside NAME.json in a folder.

A quote matches a gold quote of the same type when it holds at least half of the gold's
tokens; an entity matches when type and name agree (a person also by surname). Matching is
one-to-one and greedy, best overlap first. Speaker, date value and mention count are then
scored over the matched pairs only, so a missed quote counts once, as a miss.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from jsonschema import Draft202012Validator, FormatChecker

from build_dataset.assemble import extract
from build_dataset.errors import InputError
from build_dataset.records import Article, EntityRow, QuoteRow
from build_dataset.resources import json_schema
from build_dataset.seed import line_of, read_article
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
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except UnicodeDecodeError as error:
        raise InputError(str(path), "invalid UTF-8", "save the file as UTF-8") from error
    except json.JSONDecodeError as error:
        raise InputError(
            str(path), f"malformed JSON: {error.msg}", "fix the JSON", error.lineno
        ) from error
    except OSError as error:
        raise InputError(
            str(path), f"cannot read: {error.strerror}", "check its permissions"
        ) from error
    validator = Draft202012Validator(json_schema("gold"), format_checker=FormatChecker())
    for problem in sorted(validator.iter_errors(data), key=lambda e: e.json_path):
        key = next((str(p) for p in reversed(problem.absolute_path) if isinstance(p, str)), None)
        raise InputError(
            str(path),
            f"{problem.json_path}: {problem.message}",
            "see schema/gold.schema.json",
            line_of(raw, f'"{key}"') if key else None,
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


def same_speaker(gold: GoldQuote, found: QuoteRow) -> bool:
    expected, given = comparable(gold.speaker), comparable(found.speaker)
    if expected == given:
        return True
    # A person named by surname only is still the right person.
    return gold.speaker_is_entity and bool(given) and given[-1:] == expected[-1:]


def same_entity(gold: GoldEntity, found: EntityRow) -> bool:
    if gold.type != found.type:
        return False
    expected, given = comparable(gold.name), comparable(found.name)
    return expected == given or (gold.type == "PER" and expected[-1:] == given[-1:])


def pair_up(
    gold: list[G], found: list[F], similarity: Any, threshold: float
) -> tuple[list[tuple[G, F]], list[G], list[F]]:
    """One-to-one greedy matching, best similarity first; ties by text order."""
    candidates = sorted(
        (
            (-score, i, j)
            for i, g in enumerate(gold)
            for j, f in enumerate(found)
            if (score := similarity(g, f)) >= threshold
        ),
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((gold[i], found[j]))
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    extra = [f for j, f in enumerate(found) if j not in used_found]
    return pairs, missed, extra


def quote_similarity(gold: GoldQuote, found: QuoteRow) -> float:
    return overlap(gold.text, found.text) if gold.type == found.type else 0.0


def entity_similarity(gold: GoldEntity, found: EntityRow) -> float:
    return 1.0 if same_entity(gold, found) else 0.0


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

    def quotes(self, gold: tuple[GoldQuote, ...], found: tuple[QuoteRow, ...]) -> None:
        pairs, missed, extra = pair_up(list(gold), list(found), quote_similarity, MIN_OVERLAP)
        for kind in QUOTE_TYPES:
            self.count(
                kind,
                tp=sum(g.type == kind for g, _ in pairs),
                fp=sum(f.type == kind for f in extra),
                fn=sum(g.type == kind for g in missed),
            )
        for g in missed:
            self.note(g.type, "missed", f"{g.speaker}: {g.text}", g.text[:40])
        for f in extra:
            self.note(f.type, "false hit", f"{f.speaker}: {f.text}", f.text, f.start)
        for g, f in pairs:
            if same_speaker(g, f):
                self.count("speaker", tp=1)
            else:
                self.count("speaker", fp=1 if f.speaker else 0, fn=1)
                what = f"{f.speaker or '(none)'} instead of {g.speaker}: {f.text}"
                self.note("speaker", "wrong", what, f.text, f.start)

    def entities(self, gold: tuple[GoldEntity, ...], found: tuple[EntityRow, ...]) -> None:
        pairs, missed, extra = pair_up(list(gold), list(found), entity_similarity, 1.0)
        for kind in ENTITY_TYPES:
            self.count(
                kind,
                tp=sum(g.type == kind for g, _ in pairs),
                fp=sum(f.type == kind for f in extra),
                fn=sum(g.type == kind for g in missed),
            )
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
