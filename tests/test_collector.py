"""collector.py: the cycle collector is paused while an article is extracted and written,
which is safe only because those stages make no reference cycles (or a few, bounded)."""

from __future__ import annotations

import gc
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_dataset import extract
from build_dataset.collector import collector_paused
from build_dataset.corpus import writer as writer_module
from build_dataset.corpus.sources import Job
from build_dataset.corpus.work import process
from build_dataset.pipeline import build

GOLD = Path(__file__).parent / "gold"


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector on, with nothing left for it to find, whatever the test before did."""
    was_enabled = gc.isenabled()
    gc.enable()
    gc.collect()
    yield
    (gc.enable if was_enabled else gc.disable)()


def test_the_collector_is_off_inside_and_on_again_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_turns_the_collector_on_again(collector_on: None) -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("inside")
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_outer_one_paused(collector_on: None) -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()  # the inner pause must not end the outer one
    assert gc.isenabled()


def test_a_caller_who_turned_the_collector_off_finds_it_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def gold_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(GOLD.glob("*.txt"))]


def test_extracting_invented_articles_makes_no_reference_cycles(collector_on: None) -> None:
    # With the collector paused, whatever gc.collect() finds unreachable afterwards is
    # garbage in a cycle the extraction made: none may be left to pile up in a long article.
    # One extraction first, so that loading the word lists and dateparser is not counted.
    extract(gold_texts()[0], reference_date="2025-03-14")
    gc.collect()
    gc.disable()
    try:
        for text in gold_texts():
            extract(text, reference_date="2025-03-14")
            assert gc.collect() == 0, text[:60]
    finally:
        gc.enable()


def test_a_whole_article_result_made_in_a_worker_leaves_no_cycles(collector_on: None) -> None:
    text = gold_texts()[0]
    line = json.dumps({"id": "gold/first", "text": text}, ensure_ascii=False)
    process(Job("gold/first", "news.jsonl:1", "jsonl", line.encode()))  # loads what it needs
    gc.collect()
    gc.disable()
    try:
        result = process(Job("gold/first", "news.jsonl:1", "jsonl", line.encode()))
        assert result.error is None and result.quotes
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_writing_an_article_makes_only_a_few_cycles(
    collector_on: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # json.dumps(indent=...) builds its encoder from closures that refer to each other: a
    # few dozen objects an article, freed when the collector runs again after it; no cycle
    # grows with the article's rows.
    found: list[int] = []
    write = writer_module.PackageWriter.write

    def counted(self: writer_module.PackageWriter, result: object) -> None:
        gc.collect()
        write(self, result)  # type: ignore[arg-type]
        found.append(gc.collect())

    monkeypatch.setattr(writer_module.PackageWriter, "write", counted)
    folder = tmp_path / "articles"
    shutil.copytree(GOLD, folder, ignore=shutil.ignore_patterns("*.json", "*.md"))
    build([folder], tmp_path / "out", jobs=1, cache=False)
    assert len(found) == len(gold_texts())
    assert max(found) <= 100


def test_the_build_extracts_and_writes_with_the_collector_paused(
    collector_on: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from build_dataset import assemble
    from build_dataset.corpus import work

    seen: list[tuple[str, bool]] = []
    extract_article, write = assemble.extract_article, writer_module.PackageWriter.write

    def extracting(article):  # type: ignore[no-untyped-def]
        seen.append(("extract", gc.isenabled()))
        return extract_article(article)

    def writing(self, result):  # type: ignore[no-untyped-def]
        seen.append(("write", gc.isenabled()))
        return write(self, result)

    monkeypatch.setattr(work, "extract_article", extracting)
    monkeypatch.setattr(writer_module.PackageWriter, "write", writing)
    (tmp_path / "a.txt").write_text(gold_texts()[0], encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "out", jobs=1, cache=False)
    assert seen == [("extract", False), ("write", False)]
    assert gc.isenabled()  # and on again for the check of the files
