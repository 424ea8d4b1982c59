"""Where a corpus's articles come from: every --seeds SOURCE scanned into small records.

A source is an article file NAME.txt (NAME.meta.json beside it gives its facts), a folder
(every *.txt in it and below; the id is the relative path without ".txt") or a JSON Lines
file *.jsonl (one article a line, ``schema/jsonl-article.schema.json``). Scanning keeps
only ids and places (a JSON Lines line as a byte range), never texts, so memory grows by a
small record an article. The bad ones (bad id, duplicate id, bad line) are collected as
``Problem``s, so that the caller can refuse them all at once or skip them.

JSON Lines: UTF-8, LF or CRLF line ends, a byte-order mark before the first line tolerated,
blank (or all-space) lines allowed and passed over, a line over MAX_LINE bytes refused.

Three steps, so that the middle one can run anywhere:

- ``find_sources(seeds)`` (client, scan.py): the sources in id order and the problems;
- ``read_job(source)`` (client, cheap I/O): the bytes of one article, as a picklable ``Job``;
- ``article_of(job)`` (worker, pure): the ``Article``, or an InputError naming the source.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from build_dataset.corpus.ids import ID_PATTERN, MAX_ID, shown
from build_dataset.corpus.lines import MAX_LINE, line_fields
from build_dataset.errors import InputError
from build_dataset.metadata import MAX_META, clean_title
from build_dataset.reading import fix, one_line, open_regular, read_bytes
from build_dataset.records import Article
from build_dataset.seed import article_of_seed

__all__ = [
    "ID_PATTERN",
    "MAX_ID",
    "MAX_LINE",
    "SHOWN",
    "Job",
    "Problem",
    "Refusal",
    "Source",
    "SourceList",
    "article_of",
    "problem_lines",
    "read_job",
    "refusal",
]

# Problems listed one a line before "and N more problems".
SHOWN = 20


@dataclass(frozen=True, slots=True)
class Source:
    """One article's place: a .txt file (line None, the whole file) or a line of a JSON
    Lines file (1-based LINE, its bytes from OFFSET, LENGTH of them, without the line end).
    META is the NAME.meta.json beside a .txt, when there is one."""

    id: str
    path: Path
    line: int | None = None
    offset: int = 0
    length: int = -1
    meta: Path | None = None

    @property
    def label(self) -> str:
        """How messages name it: "corpus/a.txt" or "news.jsonl:17"."""
        return str(self.path) if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Problem:
    """A source that gives no article: where (LABEL), what (MESSAGE), what to do (FIX), and
    the article's id when it has a usable one (for skipped.csv)."""

    label: str
    message: str
    fix: str
    id: str | None = None

    def one_line(self) -> str:
        return one_line(f"{self.label}: {self.message}; {self.fix}")


@dataclass(frozen=True)
class SourceList:
    """The articles of all --seeds in id order, the problems in the order found, and notes
    on files that were passed over (a link out of a folder, a FIFO …) for stderr."""

    sources: tuple[Source, ...]
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Job:
    """One article's bytes, all a worker needs: a .txt file's bytes (and its NAME.meta.json
    bytes), or one JSON Lines line without its line end. LABEL and META_LABEL only name the
    files in messages; nothing here is a path the worker opens."""

    id: str
    label: str
    kind: Literal["txt", "jsonl"]
    raw: bytes
    meta: bytes | None = None
    meta_label: str | None = None


class Refusal(InputError):
    """Every problem at once: ``lines`` holds one line a problem, at most SHOWN of them, and
    "and N more problems"; the CLI prints each line as an error. ``path``, ``message`` and
    ``hint`` are the first problem's."""

    def __init__(self, problems: Sequence[Problem], limit: int = SHOWN) -> None:
        if not problems:
            raise ValueError("a refusal needs at least one problem")
        self.problems = tuple(problems)
        self.lines = tuple(problem_lines(problems, limit))
        first = problems[0]
        super().__init__(first.label, first.message, first.fix)

    def one_line(self) -> str:
        return "\n".join(self.lines)


def problem_lines(problems: Sequence[Problem], limit: int = SHOWN) -> list[str]:
    """One line a problem for the first LIMIT problems, then "and N more problems"."""
    lines = [problem.one_line() for problem in problems[:limit]]
    if len(problems) > limit:
        rest = len(problems) - limit
        lines.append(f"and {rest} more problem{'s' if rest > 1 else ''}")
    return lines


def refusal(problems: Sequence[Problem], limit: int = SHOWN) -> Refusal:
    """The one InputError that refuses all PROBLEMS (see Refusal)."""
    return Refusal(problems, limit)


def read_job(source: Source) -> Job:
    """The bytes of SOURCE's article (client side). Raises InputError when the file cannot
    be read, is no longer a regular file or has changed since it was scanned."""
    if source.line is None:
        raw = read_bytes(source.path, "article")
        if source.meta is None:
            return Job(source.id, source.label, "txt", raw)
        meta = read_bytes(source.meta, "metadata file", MAX_META)
        return Job(source.id, source.label, "txt", raw, meta, str(source.meta))
    with open_regular(source.path, "JSON Lines file") as handle:
        try:
            handle.seek(source.offset)
            raw = handle.read(source.length)
        except OSError as error:
            raise InputError(source.label, f"cannot read: {error.strerror}", fix(error)) from None
    if len(raw) != source.length:
        raise InputError(source.label, "the file is shorter than when it was scanned", RERUN)
    return Job(source.id, source.label, "jsonl", raw)


RERUN = "the file changed during the build; run it again"


def article_of(job: Job) -> Article:
    """The article of JOB (worker side, touches no file). A .txt follows the seed rules
    (layout lines looked for, NAME.meta.json's reference_date, created and title); a JSON
    Lines text is plain paragraphs and its fields give title, reference_date, source_url,
    author and licence. Raises InputError naming JOB.label for a bad article."""
    if job.kind == "txt":
        return article_of_seed(job.id, job.raw, job.meta, job.label, job.meta_label)
    fields = line_fields(job.raw, job.label)
    if fields["id"] != job.id:
        raise InputError(job.label, f"the line's id is now {shown(fields['id'])}", RERUN)
    # Imported here: api pulls in the extraction and its word lists, which the client that
    # only scans and reads never needs (and `--help` must not load).
    from build_dataset.api import article_from_text

    try:
        article = article_from_text(
            fields["text"], job.id, fields.get("reference_date"), "plain", job.id
        )
    except InputError as error:
        raise InputError(job.label, f'"text": {error.message}', error.hint) from None
    title, author = fields.get("title"), fields.get("author")
    return dataclasses.replace(
        article,
        seed_sha256=hashlib.sha256(job.raw).hexdigest(),
        title=clean_title(title) if title else None,
        author=clean_title(author) if author else None,
        source_url=fields.get("source_url"),
        licence=fields.get("licence"),
    )
