"""The package writer: consumes article results in id order and streams them to disk.

Rows go to quotes.csv, mentions.csv and warnings.csv as each article arrives; article.json
grows by one object; each article's review page is written at once. What is kept grows
only with the distinct entities (the registry) and one short summary line per article
for the index page; entities.csv and skipped.csv are written at the end.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import json
import tempfile
import typing
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import fields
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any, TextIO, TypeVar

from build_dataset.collector import collector_paused
from build_dataset.corpus.registry import EntityRegistry
from build_dataset.corpus.work import ArticleResult
from build_dataset.records import EntityRow, MentionRow, QuoteRow, SkippedRow, WarningRow
from build_dataset.review import (
    ArticleSummary,
    article_page_parts,
    index_parts,
    page_path,
    summarise,
)
from build_dataset.write import REVIEW_FILE, REVIEW_FOLDER, write_csv

CSV_FILES = {"quotes": QuoteRow, "mentions": MentionRow, "warnings": WarningRow}
Row = TypeVar("Row")


def renamed(row: Row, field: str, value: str) -> Row:
    """ROW with FIELD set to VALUE, as dataclasses.replace gives it but without running the
    row's __init__ again: the row was checked in its worker. The copy holds a dict of its
    own (larger than the values __init__ leaves), so add() copies only the rows whose id
    changes."""
    copy = object.__new__(type(row))
    vars(copy).update(vars(row))
    vars(copy)[field] = value
    return copy


def plain_release_line(row: Any) -> str:
    """ROW as the release file gives it: one compact JSON object as json.dumps writes it
    (ensure_ascii=False), its values in the order of vars(ROW); as the CSV reads back, an
    empty text is null (release.typed_rows)."""
    values = {name: None if value == "" else value for name, value in vars(row).items()}
    return json.dumps(values, ensure_ascii=False) + "\n"


# For each declared type a field may have: its value V in the line's f-string, as json.dumps
# writes it. TEXT (the encoder json.dumps uses for a text) raises TypeError for anything but
# a text, and NUMBER (int.__repr__, json.dumps's) for anything but an integer; a bool (json's
# true) is tested apart, where the class test is cheaper than a call.
RELEASE_VALUES: dict[object, str] = {
    str: '{"null" if V == "" else TEXT(V)}',
    str | None: '{"null" if V is None or V == "" else TEXT(V)}',
    int: "{NUMBER(V)}",
    int | None: '{"null" if V is None else NUMBER(V)}',
}


@functools.cache
def release_line(row_type: type) -> Callable[[Any], str]:
    """plain_release_line for rows of ROW_TYPE, compiled once from the types its dataclass
    declares (as review.table compiles the review pages' lines): a json.dumps a row cost
    twice the f-string. A value not of its declared type hands the row to the plain way,
    so the line is the plain way's for any row whose vars() are the dataclass's fields in
    their order (the order its __init__ sets them). For a WarningRow it reads:

        def line(row):
            v0 = row.article_id
            v1 = row.paragraph
            v2 = row.message
            if v1.__class__ is not bool:
                try:
                    return f'''{"article_id": {"null" if v0 == "" else TEXT(v0)}, ...}'''
                except TypeError:
                    pass
            return SLOW(row)
    """
    try:
        hints = typing.get_type_hints(row_type)
        names = [field.name for field in dataclasses.fields(row_type)]
    except Exception:  # no dataclass, or annotations that do not resolve: the plain way
        return plain_release_line
    values = [RELEASE_VALUES.get(hints[name]) for name in names]
    if None in values or not all(name.isidentifier() and name.isascii() for name in names):
        return plain_release_line
    reads, items, numbers = [], [], []
    for number, (name, value) in enumerate(zip(names, values, strict=True)):
        assert value is not None
        reads.append(f"    v{number} = row.{name}\n")
        items.append(f'"{name}": ' + value.replace("V", f"v{number}"))
        if "NUMBER" in value:
            numbers.append(f"v{number}.__class__ is not bool")
    source = (
        "def line(row):\n"
        + "".join(reads)
        + f"    if {' and '.join(numbers) or 'True'}:\n"
        + "        try:\n"
        + f"            return f'''{{{{{', '.join(items)}}}}}\\n'''\n"
        + "        except TypeError:\n"
        + "            pass\n"
        + "    return SLOW(row)\n"
    )
    namespace: dict[str, Any] = {
        "TEXT": encode_basestring, "NUMBER": int.__repr__, "SLOW": plain_release_line,
    }  # fmt: skip
    exec(source, namespace)  # noqa: S102 (the source is made above from checked names)
    line: Callable[[Any], str] = namespace["line"]
    return line


def release_lines(rows: Sequence[Any]) -> Iterator[str]:
    """ROWS as the release file gives them (plain_release_line's lines), ROWS_A_PIECE
    lines a piece, made by the line compiled for the first row's type."""
    if not rows:
        return
    row_type: Any = type(rows[0])  # (mypy takes a type for unhashable)
    line = release_line(row_type)
    for at in range(0, len(rows), ROWS_A_PIECE):
        yield "".join([line(row) for row in rows[at : at + ROWS_A_PIECE]])


ROWS_A_PIECE = 1000  # rows of a table in one piece of release_lines


class PackageWriter:
    """Writes one package into FOLDER; use as a context manager, call add() per article
    in id order, then finish()."""

    def __init__(self, folder: Path, names: dict[str, str], bodies: bool) -> None:
        self.folder, self.names, self.bodies = folder, names, bodies
        self.registry = EntityRegistry()
        self.summaries: list[ArticleSummary] = []
        self.counts = {"articles": 0, "quotes": 0, "mentions": 0, "warnings": 0}
        self.first_warnings: list[str] = []
        self.stack = ExitStack()  # the release's copy of the articles, open to the end
        self.files = ExitStack()  # the package's files, closed by finish()
        self.writers: dict[str, Any] = {}
        self.articles: IO[str]
        self.release_articles: TextIO
        self.release_rows: dict[str, TextIO] = {}

    def __enter__(self) -> PackageWriter:
        for name, row_type in CSV_FILES.items():
            handle = self.files.enter_context(
                (self.folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
            )
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow([field.name for field in fields(row_type)])
            self.writers[name] = writer
        self.articles = self.files.enter_context(
            (self.folder / "article.json").open("w", encoding="utf-8", newline="\n")
        )
        # The articles again, one compact line each, for the release file, and so the rows of
        # the tables written here, typed: it is written without reading the CSVs back.
        # Unlinked at once.
        self.release_articles = self.spare_file()
        self.release_rows = {name: self.spare_file() for name in CSV_FILES}
        (self.folder / REVIEW_FOLDER).mkdir()
        return self

    def spare_file(self) -> TextIO:
        """A temporary text file in the package folder, gone when the writer closes."""
        return self.stack.enter_context(
            tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n", dir=self.folder)
        )

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.files.close()
        self.stack.close()

    def add(self, result: ArticleResult) -> None:
        """Write RESULT's article and rows, with the package's entity ids."""
        with collector_paused():  # writing makes a few cycles, not one a row (collector.py)
            self.write(result)

    def write(self, result: ArticleResult) -> None:
        ids = self.registry.add(result.id, result.entities)
        # A row is copied only where its id changes: most keep theirs (a name's slug is its
        # id in the package too), and a large article's rows are not held twice.
        quotes = [
            q
            if (key := q.speaker_entity_id) is None or ids[key] == key
            else renamed(q, "speaker_entity_id", ids[key])
            for q in result.quotes
        ]
        mentions = [
            m if ids[m.entity_id] == m.entity_id else renamed(m, "entity_id", ids[m.entity_id])
            for m in result.mentions
        ]
        entities = [
            e if ids[e.entity_id] == e.entity_id else renamed(e, "entity_id", ids[e.entity_id])
            for e in result.entities
        ]
        for name, rows in (
            ("quotes", quotes), ("mentions", mentions), ("warnings", result.warnings),
        ):  # fmt: skip
            # csv writes None as an empty field, as it writes ""
            self.writers[name].writerows(map(dict.values, map(vars, rows)))
            self.release_rows[name].writelines(release_lines(rows))
        article = result.article
        indented = json.dumps(article, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        # separator and article written apart: a 5 MB article is not copied once more
        self.articles.write("[\n  " if not self.counts["articles"] else ",\n  ")
        self.articles.write(indented)
        del indented
        self.release_articles.write(json.dumps(article, ensure_ascii=False))
        self.release_articles.write("\n")
        page = article_page_parts(article, quotes, entities, mentions, self.names, result.warnings)
        with (self.folder / page_path(result.id)).open("w", encoding="utf-8", newline="\n") as out:
            out.writelines(page)
        self.summaries.append(summarise(article, quotes, mentions, result.warnings))
        self.counts["articles"] += 1
        self.counts["quotes"] += len(quotes)
        self.counts["mentions"] += len(mentions)
        self.counts["warnings"] += len(result.warnings)
        for warning in result.warnings[: max(0, 5 - len(self.first_warnings))]:
            where = f": paragraph {warning.paragraph}" if warning.paragraph else ""
            self.first_warnings.append(f"{result.label}{where}: {warning.message}")

    def rows(self) -> int:
        """The rows of all tables written."""
        counted = ("quotes", "mentions", "warnings")
        return sum(self.counts[name] for name in counted) + len(self.registry)

    def finish(self, skipped: list[SkippedRow]) -> None:
        """Close article.json, write entities.csv, skipped.csv and the index page."""
        self.articles.write("\n]\n" if self.counts["articles"] else "[]\n")
        self.files.close()
        self.release_articles.flush()
        for handle in self.release_rows.values():
            handle.flush()
        write_csv(self.folder / "entities.csv", EntityRow, self.registry.rows())
        write_csv(self.folder / "skipped.csv", SkippedRow, sorted(skipped, key=lambda r: r.source))
        with (self.folder / REVIEW_FILE).open("w", encoding="utf-8", newline="\n") as index:
            index.writelines(index_parts(self.summaries, self.names))
        if not self.counts["articles"]:
            (self.folder / REVIEW_FOLDER).rmdir()
