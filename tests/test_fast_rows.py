"""Rows made without the frozen dataclass's __init__ (assemble.made) are the rows its
__init__ makes: equal, hash-equal, frozen, with their fields in the fields' order (which
the worker's pickling and the cache's JSON keep). On an invented article."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from build_dataset.api import extract
from build_dataset.assemble import made
from build_dataset.corpus.work import ArticleResult
from build_dataset.records import EntityRow, MentionRow, QuoteRow

TEXT = (
    "Der Rat von Lessendorf hat am 3. März beschlossen, dass das Hallenbad saniert wird. "
    "„Wir haben lange gestritten“, sagte Landrätin Jana Olbrich.\n\n"
    "Olbrich betonte, man werde den Zeitplan einhalten. Wie Uwe Brenner mitteilte, wird "
    "der Auftrag im April vergeben."
)


def test_rows_are_those_of_the_dataclass_init() -> None:
    extraction = extract(TEXT, reference_date="2025-04-20")
    tables = [extraction.quotes, extraction.entities, extraction.mentions]
    assert all(tables), "each table has rows to compare"
    for rows in tables:
        for row in rows:
            names = [field.name for field in dataclasses.fields(row)]
            assert list(vars(row)) == names
            plain = type(row)(*vars(row).values())
            assert row == plain and hash(row) == hash(plain)
            assert list(vars(row).values()) == list(vars(plain).values())
            assert dataclasses.astuple(row) == dataclasses.astuple(plain)
            with pytest.raises(dataclasses.FrozenInstanceError):
                row.start = 0  # type: ignore[misc]
    speakers = {row.speaker for row in extraction.quotes}
    assert {"Jana Olbrich", "Uwe Brenner"} <= speakers
    result = ArticleResult("a", "a", quotes=extraction.quotes, mentions=extraction.mentions)
    assert pickle.loads(pickle.dumps(result)) == result
    assert ArticleResult.from_json(result.to_json()) == result


def test_made_rows_of_each_kind() -> None:
    mention = made(
        MentionRow, {"article_id": "a", "entity_id": "per-x", "start": 1, "end": 4, "text": "Ida"}
    )
    assert mention == MentionRow("a", "per-x", 1, 4, "Ida")
    entity = made(
        EntityRow,
        {
            "entity_id": "per-x", "name": "Ida", "type": "PER", "mentions": 1, "articles": 1,
            "first_article_id": "a", "first_start": 1, "first_end": 4, "normalized": None,
        },
    )  # fmt: skip
    assert entity == EntityRow("per-x", "Ida", "PER", 1, 1, "a", 1, 4, None)
    assert made(
        QuoteRow, vars(QuoteRow("a", "p1-c0", "Ja", "direct", "Ida", "Ida", None, None, 1, 0, 2))
    ) == (QuoteRow("a", "p1-c0", "Ja", "direct", "Ida", "Ida", None, None, 1, 0, 2))
