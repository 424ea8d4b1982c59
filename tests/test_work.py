"""An article's result travels between processes (pickle) and into the cache (JSON) and
comes back the same, rows and all."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from build_dataset.corpus import work
from build_dataset.corpus.cache import ResultCache
from build_dataset.corpus.sources import Job
from build_dataset.corpus.work import ROWS, ArticleResult, process
from build_dataset.records import EntityRow, MentionRow, QuoteRow, WarningRow

TEXT = (
    "„Der Radweg kommt im Mai“, sagte Bürgermeisterin Jana Olbrich am Montag in Lessendorf.\n"
    "Der Stadtrat Piotr Nowak sagte, die Kosten seien zu hoch."
)


def result() -> ArticleResult:
    line = json.dumps({"id": "lessendorf/radweg", "text": TEXT}, ensure_ascii=False)
    return process(Job("lessendorf/radweg", "news.jsonl:1", "jsonl", line.encode()))


def test_an_invented_article_gives_rows_of_every_kind() -> None:
    built = result()
    assert built.error is None and not built.problems
    assert built.quotes and built.entities and built.mentions and built.warnings


def test_a_pickled_result_comes_back_equal_with_its_row_types() -> None:
    built = result()
    back = pickle.loads(pickle.dumps(built))
    assert back == built
    for name, kind in (
        ("quotes", QuoteRow), ("entities", EntityRow), ("mentions", MentionRow),
        ("warnings", WarningRow),
    ):  # fmt: skip
        rows = getattr(back, name)
        assert all(type(row) is kind for row in rows)
        assert [vars(row) for row in rows] == [vars(row) for row in getattr(built, name)]
    assert hash(back.quotes[0]) == hash(built.quotes[0])  # frozen rows, usable as keys


def test_a_bad_article_pickles_as_its_error() -> None:
    bad = process(Job("x", "news.jsonl:2", "jsonl", b'{"id": "x"}'))
    assert bad.error is not None
    assert pickle.loads(pickle.dumps(bad)) == bad


def test_the_cached_json_comes_back_equal() -> None:
    built = result()
    assert ArticleResult.from_json(built.to_json()) == built


def test_the_cached_json_in_pieces_is_one_json_text(monkeypatch: pytest.MonkeyPatch) -> None:
    built = result()
    whole = {
        "id": built.id, "label": built.label, "error": None, "problems": [],
        "article": built.article, "created": built.created,
        **{name: [list(vars(row).values()) for row in getattr(built, name)] for name in ROWS},
    }  # fmt: skip
    expected = json.dumps(whole, ensure_ascii=False, separators=(",", ":"))
    monkeypatch.setattr(work, "ROWS_A_PIECE", 2)  # tables of several pieces
    assert len(list(built.json_pieces())) > 2 + 3 * len(ROWS)
    assert "".join(built.json_pieces()) == built.to_json() == expected


def test_the_cache_stores_a_text_given_in_pieces(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "builder")
    key = "a" * 64
    cache.put(key, iter(['{"a":', '"Straße"', "}"]))
    assert cache.get(key) == '{"a":"Straße"}'
