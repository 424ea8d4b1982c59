"""Every attribution rule's invented example gives the quote and speaker its row names."""

from __future__ import annotations

import pytest

from build_dataset import extract
from build_dataset.quotes.attribution import DIRECT_RULES, REPORTED_RULES
from build_dataset.quotes.rules import DirectRule, ReportedRule

RULES: list[DirectRule | ReportedRule] = [*DIRECT_RULES, *REPORTED_RULES]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_example(rule: DirectRule | ReportedRule) -> None:
    result = extract(rule.example)
    assert [(q.text, q.speaker) for q in result.quotes] == [(rule.quote, rule.speaker)]


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_matches_its_own_example(rule: DirectRule | ReportedRule) -> None:
    """The example is found by its own row, not only by a rule before it: with the row
    taken out of the table, the example gives another result or none."""
    from build_dataset.quotes import attribution

    table = "DIRECT_RULES" if rule in DIRECT_RULES else "REPORTED_RULES"
    others = tuple(r for r in getattr(attribution, table) if r is not rule)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(f"build_dataset.quotes.finder.{table}", others)
        result = extract(rule.example)
    assert [(q.text, q.speaker) for q in result.quotes] != [(rule.quote, rule.speaker)]
