"""index.html in a real headless Chromium (Debian's chromium, driven by playwright): every
quote and entity of the CSVs highlighted at its offsets, sortable tables, phone width,
no network, every value escaped. Screenshots are kept in test-artifacts/."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from helpers import build_dataset

if TYPE_CHECKING:  # playwright is an acceptance dependency: the default tier lacks it
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.acceptance

ROOT = Path(__file__).parents[1]
DATA = ROOT / "data"
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian's chromium is needed: apt-get install chromium (.ci/run does)"
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        yield launched
        launched.close()


def open_page(browser: Browser, folder: Path, width: int = 1280) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((folder / "index.html").as_uri())
    return page, requests


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def body_of(folder: Path) -> str:
    body: str = json.loads((folder / "article.json").read_text(encoding="utf-8"))["body"]
    return body


def test_every_quote_is_highlighted_at_its_offsets(browser: Browser) -> None:
    page, _ = open_page(browser, DATA)
    body = body_of(DATA)
    assert page.locator("article p").count() == body.count("\n\n") + 1  # one per paragraph
    for quote in rows(DATA, "quotes.csv"):
        pieces = page.locator(f'mark[data-kind="quote"][data-id="{quote["quote_id"]}"]')
        assert pieces.count() >= 1, quote["quote_id"]
        assert {(p.get_attribute("data-start"), p.get_attribute("data-end"))
                for p in pieces.all()} == {(quote["start"], quote["end"])}  # fmt: skip
        shown = "".join(pieces.all_text_contents())
        expected = body[int(quote["start"]) : int(quote["end"])].replace("\n\n", "")
        assert shown == expected == quote["text"].replace("\n\n", "")
        assert quote["type"] in (pieces.first.get_attribute("class") or "")
        assert quote["speaker"] in (pieces.first.get_attribute("title") or "")
    page.close()


def test_every_entity_is_underlined_at_its_first_mention(browser: Browser) -> None:
    page, _ = open_page(browser, DATA)
    body = body_of(DATA)
    for entity in rows(DATA, "entities.csv"):
        first = page.locator(
            f'span[data-kind="entity"][data-id="{entity["entity_id"]}"]'
            f'[data-start="{entity["first_start"]}"]'
        )
        assert first.count() >= 1, entity["entity_id"]
        text = "".join(first.all_text_contents())
        assert text == body[int(entity["first_start"]) : int(entity["first_end"])]
        mentions = page.locator(f'span[data-kind="entity"][data-id="{entity["entity_id"]}"]')
        starts = {m.get_attribute("data-start") for m in mentions.all()}
        assert len(starts) == int(entity["mentions"]), entity["entity_id"]
        title = first.first.get_attribute("title") or ""
        assert entity["type"] in first.first.get_attribute("class")
        if entity["type"] == "DATE":
            assert f"= {entity['normalized'] or 'unknown day'}" in title  # value on hover
    page.close()


def test_tables_sort_by_a_clicked_column(browser: Browser) -> None:
    page, _ = open_page(browser, DATA)
    quotes = page.locator("table").first
    header = quotes.locator("th", has_text=re.compile(r"^start$"))  # not speaker_start
    cells = quotes.locator("tbody tr td:nth-child(9)")
    header.click()
    ascending = [int(text) for text in cells.all_text_contents()]
    header.click()
    descending = [int(text) for text in cells.all_text_contents()]
    assert ascending == sorted(ascending) and descending == sorted(ascending, reverse=True)
    assert len(ascending) == len(rows(DATA, "quotes.csv"))
    page.close()


@pytest.mark.parametrize(("device", "width"), [("phone", 390), ("desktop", 1280)])
def test_readable_at_phone_and_desktop_width_without_network(
    browser: Browser, device: str, width: int
) -> None:
    page, requests = open_page(browser, DATA, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways page
    assert requests == [(DATA / "index.html").as_uri()]  # nothing else was fetched
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"review-{device}.png"), full_page=True)
    page.close()


def test_values_are_escaped(browser: Browser, tmp_path: Path) -> None:
    seed = tmp_path / "boese.txt"
    seed.write_text(
        "„<script>window.hacked = 1</script> ist kein Code“, sagte Anna <b>Berger</b>.\n"
        "Bürgermeisterin Anna Berger sagte, <img src=x onerror=window.hacked=2> sei Text.\n"
        "Quelle: https://example.org/a?x=\"'><img/src=y/onerror=window.hacked=3>\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = build_dataset("--seeds", str(seed), "--out", str(out))
    assert result.returncode == 0, result.stderr
    page, requests = open_page(browser, out)
    assert page.evaluate("window.hacked") is None
    assert page.locator("img").count() == 0 and page.locator("b").count() == 0  # anywhere
    link = page.locator("p.meta a")
    assert (
        link.get_attribute("href")
        == "https://example.org/a?x=\"'><img/src=y/onerror=window.hacked=3>"
    )
    assert "<img src=x onerror=window.hacked=2>" in (
        page.locator("table").first.text_content() or ""
    )
    quote = page.locator('mark[data-kind="quote"]').first
    assert quote.text_content() == "<script>window.hacked = 1</script> ist kein Code"
    assert requests == [(out / "index.html").as_uri()]
    page.close()
