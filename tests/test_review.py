"""The review pages in a real headless Chromium (Debian's chromium, driven by playwright):
index.html lists every article with its counts, sorts by a clicked header and links each
article's page; every quote and entity mention of the CSVs is highlighted at its offsets
on its article's page; phone width, no network, every value escaped. Screenshots are kept
in test-artifacts/."""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from helpers import build_dataset

from build_dataset.review import page_path

if TYPE_CHECKING:  # playwright is an acceptance dependency: the default tier lacks it
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.acceptance

ROOT = Path(__file__).parents[1]
DATA = ROOT / "data"
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))

# Invented articles as JSON Lines: an id with "/", a title with markup, one without title.
CORPUS = [
    {"id": "lokal/markt", "title": "Markt <b>eröffnet</b>",
     "text": "„Wir haben lange gewartet“, sagte Marktleiterin Eva Lorenz in Fulda.\n\n"
             "Der Händler Paul Kern sagte, der Umsatz steige seit Mai."},
    {"id": "lokal/schule", "title": "<img src=x onerror=window.hacked=4>",
     "text": "Die Schulleiterin Eva Lorenz erklärte, die Turnhalle öffne im Juni 2026."},
    {"id": "wetter", "text": "„Es bleibt nass“, sagte der Meteorologe Jan Vogt."},
]  # fmt: skip


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


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review")
    seeds = folder / "corpus.jsonl"
    seeds.write_text(
        "".join(json.dumps(article, ensure_ascii=False) + "\n" for article in CORPUS),
        encoding="utf-8",
    )
    result = build_dataset("--seeds", str(seeds), "--out", str(folder / "out"))
    assert result.returncode == 0, result.stderr
    return folder / "out"


def open_page(browser: Browser, page_file: Path, width: int = 1280) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())
    return page, requests


def rows(folder: Path, name: str, article_id: str | None = None) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        found = list(csv.DictReader(handle))
    return [r for r in found if article_id is None or r["article_id"] == article_id]


def articles(folder: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads((folder / "article.json").read_text("utf-8"))
    return found


def check_quotes(page: Page, folder: Path, article: dict[str, Any]) -> None:
    body = article["body"]
    assert page.locator("article p").count() == body.count("\n\n") + 1  # one per paragraph
    for quote in rows(folder, "quotes.csv", article["id"]):
        pieces = page.locator(f'mark[data-kind="quote"][data-id="{quote["quote_id"]}"]')
        assert pieces.count() >= 1, quote["quote_id"]
        assert {(p.get_attribute("data-start"), p.get_attribute("data-end"))
                for p in pieces.all()} == {(quote["start"], quote["end"])}  # fmt: skip
        shown = "".join(pieces.all_text_contents())
        expected = body[int(quote["start"]) : int(quote["end"])].replace("\n\n", "")
        assert shown == expected == quote["text"].replace("\n\n", "")
        assert quote["type"] in (pieces.first.get_attribute("class") or "")
        assert quote["speaker"] in (pieces.first.get_attribute("title") or "")


def check_entities(page: Page, folder: Path, article: dict[str, Any]) -> None:
    body = article["body"]
    mentions = rows(folder, "mentions.csv", article["id"])
    counts = Counter(m["entity_id"] for m in mentions)
    entities = {e["entity_id"]: e for e in rows(folder, "entities.csv")}
    for entity_id, count in counts.items():
        entity = entities[entity_id]
        shown = page.locator(f'span[data-kind="entity"][data-id="{entity_id}"]')
        assert len({m.get_attribute("data-start") for m in shown.all()}) == count, entity_id
        first = min((m for m in mentions if m["entity_id"] == entity_id),
                    key=lambda m: int(m["start"]))  # fmt: skip
        if entity["first_article_id"] == article["id"]:
            assert first["start"] == entity["first_start"]
        piece = shown.and_(page.locator(f'[data-start="{first["start"]}"]'))
        assert "".join(piece.all_text_contents()) == body[int(first["start"]) : int(first["end"])]
        assert entity["type"] in (piece.first.get_attribute("class") or "")
        if entity["type"] == "DATE":  # the value on hover
            title = piece.first.get_attribute("title") or ""
            assert f"= {entity['normalized'] or 'unknown day'}" in title


@pytest.mark.parametrize("folder", ["data", "corpus"])
def test_every_quote_and_mention_is_highlighted_on_its_page(
    browser: Browser, corpus: Path, folder: str
) -> None:
    package = DATA if folder == "data" else corpus
    for article in articles(package):
        page, requests = open_page(browser, package / page_path(article["id"]))
        check_quotes(page, package, article)
        check_entities(page, package, article)
        assert requests == [(package / page_path(article["id"])).as_uri()]
        page.close()


def test_the_index_lists_and_links_every_article(browser: Browser, corpus: Path) -> None:
    page, requests = open_page(browser, corpus / "index.html")
    lines = page.locator("table tbody tr")
    listed = [line.locator("td").all_text_contents() for line in lines.all()]
    quotes, mentions = rows(corpus, "quotes.csv"), rows(corpus, "mentions.csv")
    assert listed == [
        [a["id"], a.get("title") or "",
         str(sum(q["article_id"] == a["id"] for q in quotes)),
         str(len({m["entity_id"] for m in mentions if m["article_id"] == a["id"]})),
         str(sum(m["article_id"] == a["id"] for m in mentions)),
         str(len(rows(corpus, "warnings.csv", a["id"])))]
        for a in articles(corpus)
    ]  # fmt: skip
    assert page.evaluate("window.hacked") is None and page.locator("img, b").count() == 0
    page.locator("table tbody a", has_text="lokal/markt").click()
    assert page.url == (corpus / "review" / "lokal~markt.html").as_uri()
    assert page.locator("h1").text_content() == "Markt <b>eröffnet</b>"
    page.locator('a[href="../index.html"]').click()
    assert page.url == (corpus / "index.html").as_uri()
    assert all(url.startswith("file://") for url in requests)  # nothing from the network
    page.close()


def test_tables_sort_by_a_clicked_column(browser: Browser, corpus: Path) -> None:
    page, _ = open_page(browser, corpus / "index.html")
    index = page.locator("table").first
    header = index.locator("th", has_text="mentions")
    cells = index.locator("tbody tr td:nth-child(5)")
    header.click()
    ascending = [int(text) for text in cells.all_text_contents()]
    header.click()
    descending = [int(text) for text in cells.all_text_contents()]
    assert ascending == sorted(ascending) and descending == sorted(ascending, reverse=True)
    assert len(set(ascending)) > 1  # the corpus's articles differ, so the order shows
    page.close()
    (article,) = articles(DATA)[:1]
    page, _ = open_page(browser, DATA / page_path(article["id"]))
    quotes = page.locator("table", has=page.locator("caption", has_text="quotes.csv"))
    names = quotes.locator("th").all_text_contents()
    column = names.index("start") + 1  # not speaker_start
    cells = quotes.locator(f"tbody tr td:nth-child({column})")
    quotes.locator("th").nth(column - 1).click()
    ascending = [int(text) for text in cells.all_text_contents()]
    quotes.locator("th").nth(column - 1).click()
    descending = [int(text) for text in cells.all_text_contents()]
    assert ascending == sorted(ascending) and descending == sorted(ascending, reverse=True)
    assert len(ascending) == len(rows(DATA, "quotes.csv", article["id"]))
    page.close()


@pytest.mark.parametrize(("device", "width"), [("phone", 390), ("desktop", 1280)])
def test_readable_at_phone_and_desktop_width_without_network(
    browser: Browser, corpus: Path, device: str, width: int
) -> None:
    article = articles(DATA)[0]
    for kind, page_file in (("index", corpus / "index.html"),
                            ("article", DATA / page_path(article["id"]))):  # fmt: skip
        page, requests = open_page(browser, page_file, width)
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways
        assert requests == [page_file.as_uri()]  # nothing else was fetched
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"review-{kind}-{device}.png"), full_page=True)
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
    page_file = out / page_path("boese")
    page, requests = open_page(browser, page_file)
    assert page.evaluate("window.hacked") is None
    assert page.locator("img").count() == 0 and page.locator("b").count() == 0  # anywhere
    link = page.locator("p.meta a", has_text="example.org")
    assert (
        link.get_attribute("href")
        == "https://example.org/a?x=\"'><img/src=y/onerror=window.hacked=3>"
    )
    quotes = page.locator("table", has=page.locator("caption", has_text="quotes.csv"))
    assert "<img src=x onerror=window.hacked=2>" in (quotes.text_content() or "")
    quote = page.locator('mark[data-kind="quote"]').first
    assert quote.text_content() == "<script>window.hacked = 1</script> ist kein Code"
    assert requests == [page_file.as_uri()]
    page.close()
