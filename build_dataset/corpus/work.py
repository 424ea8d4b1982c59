"""The work on one article, as a worker runs it: read, extract, check, and return rows.

``process`` touches no file and no global state beyond the validators it compiles once
per process, so the same function runs in a loop, a process pool or on a Dask cluster.
Its result is plain data with a JSON round trip, for the cache and for the transport.
A bad article is a result with ``error`` set, never an exception, so that the client can
list every bad article at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from itertools import chain, repeat
from typing import Any

from build_dataset.assemble import Extraction, article_record, extract_article
from build_dataset.collector import collector_paused
from build_dataset.corpus.sources import Job, article_of
from build_dataset.errors import InputError
from build_dataset.metadata import EXAMPLE
from build_dataset.reading import one_line
from build_dataset.records import EntityRow, MentionRow, QuoteRow, WarningRow
from build_dataset.validate import extraction_errors, formula_warnings

PARAGRAPH = re.compile(r"paragraph (\d+): ")
ROWS_A_PIECE = 2000  # rows of a table in one piece of ArticleResult.json_pieces


@dataclass(frozen=True)
class Options:
    """What changes a result besides the article: part of the cache key."""

    bodies: bool = True  # False: article.json without the texts (--no-bodies)


@dataclass(frozen=True)
class ArticleResult:
    """One article's rows, with the article's own entity ids (the writer maps them to the
    package's); ``error`` for an article that cannot be read, ``problems`` for rows that
    break their schema (a bug)."""

    id: str
    label: str
    error: str | None = None
    problems: tuple[str, ...] = ()
    article: dict[str, Any] = field(default_factory=dict)
    created: str | None = None  # NAME.meta.json's creation stamp: a one-article package's
    quotes: tuple[QuoteRow, ...] = ()
    entities: tuple[EntityRow, ...] = ()
    mentions: tuple[MentionRow, ...] = ()
    warnings: tuple[WarningRow, ...] = ()

    def to_json(self) -> str:
        return "".join(self.json_pieces())

    def json_pieces(self) -> Iterator[str]:
        """to_json() in pieces of at most ROWS_A_PIECE rows, for the cache to write as they
        come: a 5 MB article's rows are some 20 MB of JSON."""
        head = {
            "id": self.id,
            "label": self.label,
            "error": self.error,
            "problems": list(self.problems),
            "article": self.article,
            "created": self.created,
        }
        yield json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
        for name in ROWS:
            rows = getattr(self, name)
            yield f',"{name}":['
            for at in range(0, len(rows), ROWS_A_PIECE):
                # vars(), not astuple(): astuple deep-copies every value
                values = [list(vars(row).values()) for row in rows[at : at + ROWS_A_PIECE]]
                text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
                yield ("," if at else "") + text[1:-1]
            yield "]"
        yield "}"

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as plain tuples (the transport from a worker): a row as its values, not
        as a dataclass with its state dict, halves the cost at both ends; and the rows of
        a table as one flat tuple of all their values, not a tuple per row, which pickle
        framed and remembered one by one."""
        state: Callable[[Any], dict[str, Any]] = vars
        rows = (
            tuple(chain.from_iterable(map(dict.values, map(state, getattr(self, name)))))
            for name in ROWS
        )
        fixed = (self.id, self.label, self.error, self.problems, self.article, self.created)
        return unpickled, (*fixed, *rows)

    @classmethod
    def from_json(cls, text: str) -> ArticleResult:
        data = json.loads(text)
        return cls(
            id=data["id"],
            label=data["label"],
            error=data["error"],
            problems=tuple(data["problems"]),
            article=data["article"],
            created=data["created"],
            **{name: tuple(kind(*row) for row in data[name]) for name, kind in ROWS.items()},
        )


ROWS: dict[str, Any] = {
    "quotes": QuoteRow,
    "entities": EntityRow,
    "mentions": MentionRow,
    "warnings": WarningRow,
}


FIELD_NAMES = {name: tuple(f.name for f in fields(kind)) for name, kind in ROWS.items()}


def unpickled(*values: Any) -> ArticleResult:
    """An ArticleResult from its __reduce__ values: each row made as dataclasses.replace
    makes a copy, its fields set without __init__ (it was built and checked by then)."""
    rows: dict[str, Any] = {}
    for (name, kind), flat in zip(ROWS.items(), values[6:], strict=True):
        names = FIELD_NAMES[name]
        count, rest = divmod(len(flat), len(names))
        if rest:
            raise ValueError(f"{len(flat)} values are no whole number of {name} rows")
        # all in map(), with no Python call per row: the rows' state dicts from the flat
        # values a row at a time, each put into a new instance's own
        states = map(zip, repeat(names), zip(*[iter(flat)] * len(names), strict=True))
        made = tuple(map(object.__new__, repeat(kind, count)))
        for _ in map(dict.update, map(vars, made), states):
            pass
        rows[name] = made
    return ArticleResult(*values[:6], **rows)


def no_reference_date(article_id: str, kind: str, label: str) -> str:
    """What a missing reference date costs, and where to give one for this kind of source."""
    name = label.rsplit("/", 1)[-1].removesuffix(".txt")
    where = (
        f'add {name}.meta.json beside it holding {{"reference_date": {EXAMPLE}}}'
        if kind == "txt"
        else 'give its line a "reference_date": "YYYY-MM-DD"'
    )
    return (
        "no reference date, so weekdays get no date and dates without a year stay "
        f"XXXX-MM-DD; {where}"
    )


def warning_rows(extraction: Extraction, job: Job) -> tuple[WarningRow, ...]:
    """The extraction's warnings as rows: "paragraph 3: …" gives the paragraph."""
    article = extraction.article
    prefix = f"{article.source_name}: "
    rows = []
    for warning in extraction.warnings:
        message = warning.removeprefix(prefix)
        found = PARAGRAPH.match(message)
        paragraph = int(found.group(1)) if found else None
        rows.append(WarningRow(article.id, paragraph, message[found.end() :] if found else message))
    if article.reference_date is None:
        rows.append(
            WarningRow(article.id, None, no_reference_date(article.id, job.kind, job.label))
        )
    rows += [WarningRow(article.id, None, text) for text in formula_warnings(extraction)]
    return tuple(rows)


def warm() -> None:
    """Load the word lists and compile the patterns once, before workers are forked, so
    that they share them (an invented sentence touches every stage)."""
    from build_dataset.api import extract

    extract("„Ja“, sagte Jana Olbrich am 3. März in Lessendorf.", reference_date="2024-03-01")


def process(job: Job, options: Options = Options()) -> ArticleResult:
    """The rows of JOB's article, checked against the row schemas in this process."""
    with collector_paused():  # the extraction makes no reference cycles (collector.py)
        try:
            article = article_of(job)
        except InputError as error:
            return ArticleResult(job.id, job.label, error=one_line(error.one_line()))
        extraction = extract_article(article)
        return ArticleResult(
            id=article.id,
            label=job.label,
            problems=tuple(extraction_errors(extraction)),
            article=article_record(article, options.bodies),
            created=article.created,
            quotes=extraction.quotes,
            entities=extraction.entities,
            mentions=extraction.mentions,
            warnings=warning_rows(extraction, job),
        )
