"""Show an evaluation: a table per category, the findings, JSON, and the bars it must reach."""

from __future__ import annotations

from typing import Any

from build_dataset.errors import InputError
from build_dataset.matching import Evaluation, Finding


def table(evaluation: Evaluation) -> str:
    lines = [
        f"{len(evaluation.articles)} articles",
        "",
        f"{'category':<31}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for key, label in evaluation.categories:
        s = evaluation.scores[key]
        figures = f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
        if not s.measured:
            figures = f"{'–':>8}" * 3  # nothing in the gold, nothing found
        lines.append(f"{label:<31}{s.tp:>5}{s.fp:>5}{s.fn:>5}{figures}")
    return "\n".join(lines)


def finding_line(finding: Finding) -> str:
    where = f"{finding.article} ¶{finding.paragraph}" if finding.paragraph else finding.article
    return f"{where}  {finding.category} {finding.kind}: {finding.what}\n    … {finding.context} …"


def findings(evaluation: Evaluation) -> str:
    if not evaluation.findings:
        return "no misses, false hits or wrong values"
    return "\n".join(finding_line(finding) for finding in evaluation.findings)


def as_json(evaluation: Evaluation, show_errors: bool) -> dict[str, Any]:
    result: dict[str, Any] = {
        "articles": list(evaluation.articles),
        "categories": {
            key: {
                "label": label,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": round(s.precision, 4) if s.measured else None,
                "recall": round(s.recall, 4) if s.measured else None,
                "f1": round(s.f1, 4) if s.measured else None,
            }
            for key, label in evaluation.categories
            for s in [evaluation.scores[key]]
        },
    }
    if show_errors:
        result["errors"] = [vars(finding) for finding in evaluation.findings]
    return result


def parse_bars(specs: list[str], keys: list[str]) -> dict[str, float]:
    """`0.9` sets a bar for every category of KEYS, `direct=0.95` for one; later specs
    win."""
    bars: dict[str, float] = {}
    for spec in specs:
        key, equals, value = spec.rpartition("=")
        if equals and not key:
            raise InputError("--min-f1", f"{spec!r} names no category", "write CATEGORY=F1")
        if key and key not in keys:
            raise InputError(
                "--min-f1", f"unknown category {key!r}", f"use one of {', '.join(keys)}"
            )
        try:
            bar = float(value)
        except ValueError:
            raise InputError(
                "--min-f1", f"{value!r} is not a number", "write e.g. 0.9 or direct=0.95"
            ) from None
        if not 0.0 <= bar <= 1.0:
            raise InputError("--min-f1", f"{bar} is outside 0..1", "write a value from 0 to 1")
        bars.update({k: bar for k in ([key] if key else keys)})
    return bars


def below_bars(evaluation: Evaluation, bars: dict[str, float]) -> list[str]:
    failures = []
    for key, bar in bars.items():
        score = evaluation.scores[key]
        if not score.measured:
            failures.append(f"{key}: nothing to measure, so no evidence for the bar {bar}")
        elif score.f1 < bar:
            failures.append(f"{key}: F1 {score.f1:.3f} < {bar}")
    return failures
