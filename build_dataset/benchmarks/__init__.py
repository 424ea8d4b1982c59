"""Benchmarks read at run time from a path: which format a --gold path is, and the loop
that extracts from each of its texts in memory and scores it.

Formats: ``folder`` (the project's NAME.txt + NAME.json), ``wikinews`` (quotation
attribution, JSON Lines) and ``germeval`` (GermEval 2014 NER, TSV). The module imports no
extraction code at load time, so the command line can check its options first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from build_dataset.errors import InputError

if TYPE_CHECKING:
    from build_dataset.matching import Evaluation

FORMATS = ("folder", "wikinews", "germeval")


def detect(path: Path, format: str | None = None) -> str:
    """FORMAT when given, else what PATH is: a folder, or a file recognised by its first
    non-empty line."""
    if format is not None:
        if format not in FORMATS:
            raise InputError("--format", f"unknown format {format!r}", f"use {', '.join(FORMATS)}")
        return format
    if path.is_dir():
        return "folder"
    from build_dataset.benchmarks.gold import benchmark_lines

    first = next((line for line in benchmark_lines(path) if line.strip()), "")
    if first.lstrip().startswith("{"):
        return "wikinews"
    if first.startswith("#\t") or first.count("\t") >= 2:
        return "germeval"
    raise InputError(
        str(path),
        "neither a gold folder nor a Wikinews JSON Lines or GermEval TSV file",
        "pass one, or name the format with --format",
        1,
    )


def categories(format: str) -> tuple[tuple[str, str], ...]:
    """The table's rows for FORMAT: (key for --min-f1, label)."""
    if format == "folder":
        from build_dataset.evaluate import CATEGORIES

        return CATEGORIES
    from build_dataset.benchmarks.scoring import NAME_CATEGORIES, QUOTE_CATEGORIES

    return QUOTE_CATEGORIES if format == "wikinews" else NAME_CATEGORIES


def evaluate_path(path: Path, format: str) -> Evaluation:
    """Score the extraction against the gold at PATH in FORMAT (see detect)."""
    if format == "folder":
        from build_dataset.evaluate import evaluate

        return evaluate(path)
    from build_dataset.benchmarks.adapter import extract_text
    from build_dataset.benchmarks.germeval import read_germeval
    from build_dataset.benchmarks.scoring import score_names, score_quotes
    from build_dataset.benchmarks.wikinews import read_wikinews
    from build_dataset.matching import Evaluation, Finding, Score

    texts = read_wikinews(path) if format == "wikinews" else read_germeval(path)
    score = score_quotes if format == "wikinews" else score_names
    rows = categories(format)
    scores = {key: Score() for key, _ in rows}
    findings: list[Finding] = []
    for gold in texts:
        result = score(gold, extract_text(gold.id, gold.text, gold.reference_date))
        findings += result.findings
        for key, value in result.scores.items():
            scores[key] += value
    return Evaluation(tuple(gold.id for gold in texts), scores, tuple(findings), rows)
