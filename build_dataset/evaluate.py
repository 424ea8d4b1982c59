"""Score the builder against hand-written gold files: NAME.txt beside NAME.json in a folder.

A quote matches a gold quote of the same type by the quote rule of matching.py (at least
half of the gold's words, and at least 30% of its own words the gold's); an entity matches
when type and name agree (a person also by surname). Matching is one-to-one and greedy,
best overlap first. Speaker, date value and mention count are then
scored over the matched pairs only, so a missed quote counts once, as a miss.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from build_dataset.api import extract
from build_dataset.errors import InputError
from build_dataset.matching import (
    WORD,
    Evaluation,
    Finding,
    Score,
    by_type,
    context,
    pair_up,
)
from build_dataset.matching import quote_similarity as quote_rule
from build_dataset.reading import line_of, parse_json, read_bytes, read_text
from build_dataset.records import Article, EntityRow, QuoteRow
from build_dataset.resources import json_schema
from build_dataset.seed import decode_seed
from build_dataset.validate import validate
from build_dataset.wordclasses import ARTICLES

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
        quotes=tuple(  # the schema's optional speaker_mention and paragraph are not scored
            GoldQuote(q["text"], q["type"], q["speaker"], q["speaker_is_entity"], q["cue"])
            for q in data["quotes"]
        ),
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


def entity_similarity(gold: GoldEntity, found: EntityRow) -> tuple[float, float] | None:
    """(1, 1) for the same name, (1, 0) for a person by surname only, None otherwise."""
    if gold.type != found.type:
        return None
    expected, given = comparable(gold.name), comparable(found.name)
    if expected == given:
        return 1.0, 1.0
    return (1.0, 0.0) if gold.type == "PER" and same_person(expected, given) else None


def quote_similarity(gold: GoldQuote, found: QuoteRow) -> tuple[float, float] | None:
    """The quote rule, for a row of the gold's type; the second figure breaks ties in
    favour of the tighter row."""
    return quote_rule(gold.text, found.text) if gold.type == found.type else None


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
        paragraph, around = None, needle[:120].strip()
        if start >= 0:
            paragraph, around = context(body, start, len(needle))
        self.findings.append(Finding(self.article.id, category, kind, what, paragraph, around))

    def count_by_type(self, scores: dict[str, Score]) -> None:
        for kind, score in scores.items():
            self.scores[kind] += score

    def find_words(self, text: str) -> int | None:
        """Where the first words of TEXT stand in the body, across line breaks and
        quotation marks; None when they cannot be found."""
        words = WORD.findall(text)[:4]
        if not words:
            return None
        match = re.search(r"\W+".join(map(re.escape, words)), self.article.body)
        return match.start() if match else None

    def quotes(self, gold: tuple[GoldQuote, ...], found: tuple[QuoteRow, ...]) -> None:
        pairs, missed, extra = pair_up(list(gold), list(found), quote_similarity)
        self.count_by_type(by_type(QUOTE_TYPES, pairs, missed, extra))
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
        pairs, missed, extra = pair_up(list(gold), list(found), entity_similarity)
        self.count_by_type(by_type(ENTITY_TYPES, pairs, missed, extra))
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
    extraction = extract(
        decode_seed(read_bytes(text, "article"), str(text)),
        id=text.stem,
        reference_date=gold.reference_date,
        layout="seed",
        source_name=text.name,
    )
    validate(extraction, package_ids=False)  # a gold file's name, not a package's id
    scorer = Scorer(extraction.article)
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
    return Evaluation(tuple(names), scores, tuple(findings), CATEGORIES)
