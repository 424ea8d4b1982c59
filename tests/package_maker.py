"""Tiny hand-made packages in the shape of 2.0 (several articles, composite keys) and of
1.x (one article, single-column keys), for export and diff tests that need exact rows.
Invented articles; the descriptor holds what export and diff read."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

STRING, INTEGER = "string", "integer"

# name -> (fields with types, primary key, foreign keys), in the 2.0 shape of CORPUS.md.
TABLES: dict[str, tuple[list[tuple[str, str]], list[str], list[str]]] = {
    "quotes": (
        [("article_id", STRING), ("quote_id", STRING), ("text", STRING), ("type", STRING),
         ("speaker", STRING), ("speaker_mention", STRING), ("speaker_entity_id", STRING),
         ("cue", STRING), ("paragraph", INTEGER), ("start", INTEGER), ("end", INTEGER),
         ("speaker_start", INTEGER), ("speaker_end", INTEGER), ("cue_start", INTEGER),
         ("cue_end", INTEGER)],
        ["article_id", "quote_id"],
        ["speaker_entity_id"],
    ),
    "entities": (
        [("entity_id", STRING), ("name", STRING), ("type", STRING), ("mentions", INTEGER),
         ("articles", INTEGER), ("first_article_id", STRING), ("first_start", INTEGER),
         ("first_end", INTEGER), ("normalized", STRING)],
        ["entity_id"],
        [],
    ),
    "mentions": (
        [("article_id", STRING), ("entity_id", STRING), ("start", INTEGER), ("end", INTEGER),
         ("text", STRING)],
        ["article_id", "start"],
        ["entity_id"],
    ),
    "warnings": ([("article_id", STRING), ("paragraph", INTEGER), ("message", STRING)], [], []),
    "skipped": ([("source", STRING), ("article_id", STRING), ("reason", STRING)], ["source"], []),
}  # fmt: skip
OLD_DROPPED = {"article_id", "articles", "first_article_id"}  # columns 1.x did not have
OLD_KEYS = {"quotes": ["quote_id"], "entities": ["entity_id"], "mentions": ["start"]}

ONE = "Die Ministerin Petra Lindner sagte: „Wir sparen nicht an Schulen.“"
TWO = "Der Verband in Erfurt erklärte, Lindner habe recht."


def span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def corpus_rows() -> dict[str, Any]:
    """Two invented articles, one with "/" in its id, and the rows a build would give."""
    q1, s1, c1 = (
        span(ONE, "Wir sparen nicht an Schulen."),
        span(ONE, "Petra Lindner"),
        span(ONE, "sagte"),
    )
    q2 = span(TWO, "Lindner habe recht")
    lindner, erfurt = span(TWO, "Lindner"), span(TWO, "Erfurt")
    articles = [
        {"id": "land/schule", "title": "Schulen <bleiben>", "language": "de", "body": ONE,
         "paragraphs": [ONE], "author": None, "agencies": ["dpa"], "outlet_tag": None,
         "source_url": None, "captions": [], "reference_date": "2026-03-02",
         "body_length": len(ONE), "body_sha256": "a" * 64, "seed_sha256": "b" * 64},
        {"id": "verband", "title": None, "language": "de", "body": TWO, "paragraphs": [TWO],
         "author": "Kai Roth", "agencies": [], "outlet_tag": None,
         "source_url": "https://example.org/v", "captions": [], "reference_date": None,
         "body_length": len(TWO), "body_sha256": "c" * 64, "seed_sha256": "d" * 64},
    ]  # fmt: skip
    quotes = [
        ["land/schule", f"p1-c{q1[0]}", ONE[q1[0] : q1[1]], "direct", "Petra Lindner",
         "Petra Lindner", "per-petra-lindner", "sagte", 1, *q1, *s1, *c1],
        ["verband", f"p1-c{q2[0]}", TWO[q2[0] : q2[1]], "indirect", "Verband", "Der Verband",
         None, "erklärte", 1, *q2, None, None, None, None],
    ]  # fmt: skip
    entities = [
        ["loc-erfurt", "Erfurt", "LOC", 1, 1, "verband", *erfurt, None],
        ["per-petra-lindner", "Petra Lindner", "PER", 2, 2, "land/schule", *s1, None],
    ]
    mentions = [
        ["land/schule", "per-petra-lindner", *s1, "Petra Lindner"],
        ["verband", "loc-erfurt", *erfurt, "Erfurt"],
        ["verband", "per-petra-lindner", *lindner, "Lindner"],
    ]
    warnings = [["verband", 1, "ein erfundener Hinweis"], ["verband", None, "noch einer"]]
    skipped = [["kaputt.jsonl:3", None, "bad JSON"]]
    return {"article": articles, "quotes": quotes, "entities": entities, "mentions": mentions,
            "warnings": warnings, "skipped": skipped}  # fmt: skip


def write_table(path: Path, columns: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else v for v in row] for row in rows])


def make_package(
    folder: Path,
    rows: dict[str, Any] | None = None,
    *,
    version: str = "2.0.0",
    name: str = "news-quotes-corpus",
    old: bool = False,
) -> Path:
    """A package in FOLDER holding ROWS (corpus_rows() by default); OLD: the 1.x shape
    (the first article only, as one object; no article columns; single-column keys)."""
    rows = rows if rows is not None else corpus_rows()
    folder.mkdir(parents=True, exist_ok=True)
    resources: list[dict[str, Any]] = [
        {"name": "article", "path": "article.json", "type": "json", "format": "json"}
    ]
    articles = rows["article"]
    if old:
        first = articles[0]["id"]
        articles = {
            k: v for k, v in articles[0].items() if k not in ("title", "body_length", "body_sha256")
        }
    (folder / "article.json").write_text(json.dumps(articles, ensure_ascii=False) + "\n")
    for table, (typed, key, references) in TABLES.items():
        if old and table in ("warnings", "skipped"):
            continue
        keep = [i for i, (column, _) in enumerate(typed) if not (old and column in OLD_DROPPED)]
        table_rows = rows[table]
        if old:
            table_rows = [r for r in table_rows if table == "entities" or r[0] == first]
        write_table(
            folder / f"{table}.csv",
            [typed[i][0] for i in keep],
            [[r[i] for i in keep] for r in table_rows],
        )
        schema: dict[str, Any] = {
            "fields": [{"name": typed[i][0], "type": typed[i][1]} for i in keep],
            "foreignKeys": [
                {"fields": [c], "reference": {"resource": "entities", "fields": ["entity_id"]}}
                for c in references
            ],
        }
        if key:
            schema["primaryKey"] = OLD_KEYS[table] if old else key
        resources.append({"name": table, "path": f"{table}.csv", "type": "table",
                          "format": "csv", "schema": schema})  # fmt: skip
    descriptor = {"name": name, "title": "Erfundene Artikel", "version": version,
                  "resources": resources}  # fmt: skip
    (folder / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False) + "\n")
    return folder
