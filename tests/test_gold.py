"""The bars the development set in tests/gold must reach (issue 3), and CI checks the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from build_dataset.evaluate import Evaluation, evaluate

ROOT = Path(__file__).parents[1]
# F1 per category; dates (the normalised value of matched DATEs) must all be right.
BARS = {
    "direct": 0.95,
    "indirect": 0.85,
    "speaker": 0.90,
    "PER": 0.85,
    "ORG": 0.85,
    "LOC": 0.85,
    "DATE": 1.0,
    "dates": 1.0,
}


@pytest.fixture(scope="module")
def development_set() -> Evaluation:
    return evaluate(ROOT / "tests" / "gold")


def test_development_set_is_large_enough(development_set: Evaluation) -> None:
    assert len(development_set.articles) >= 24


@pytest.mark.parametrize(("category", "bar"), BARS.items())
def test_bar(development_set: Evaluation, category: str, bar: float) -> None:
    score = development_set.scores[category]
    misses = [f for f in development_set.findings if f.category == category]
    assert score.f1 >= bar, f"{category} F1 {score.f1:.3f} < {bar}: {misses}"


def test_ci_checks_the_same_bars() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    bars = {key: float(value) for key, value in re.findall(r"--min-f1 (\w+)=([\d.]+)", ci)}
    assert bars == BARS
