"""Chain the stages: sources -> per-article work (in workers) -> the package writer, which
streams rows in article id order -> the whole-package check -> the package swapped in."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from build_dataset.corpus.cache import ResultCache, default_cache_folder
from build_dataset.corpus.dataset import find_dataset
from build_dataset.corpus.feed import checked, results
from build_dataset.corpus.progress import progress_bar
from build_dataset.corpus.scan import find_sources
from build_dataset.corpus.versions import builder_key, package_versions
from build_dataset.corpus.work import Options
from build_dataset.corpus.writer import PackageWriter
from build_dataset.errors import InputError
from build_dataset.finish import seal
from build_dataset.metadata import neighbour_warnings
from build_dataset.package import (
    CORPUS_WARNING,
    naming,
    package_metadata,
)
from build_dataset.records import SkippedRow
from build_dataset.validate import ValidationFailed
from build_dataset.write import (
    check_target,
    clear_leftovers,
    staging,
    swap_in,
)

MAX_LISTED = 20  # bad articles named one a line before "and N more"
FIRST_WARNINGS = 5  # warnings shown on stderr; all of them are in warnings.csv


class BadArticles(InputError):
    """Articles that cannot be built, one line each (the command line shows the first
    MAX_LISTED and counts the rest); nothing was written."""

    shown = MAX_LISTED

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        count = f"{len(lines)} bad article{'s' if len(lines) != 1 else ''}"
        super().__init__(
            "--seeds",
            f"{count}, nothing written; the first: {lines[0]}",
            "fix them, or pass --skip-invalid to build the rest and list them in skipped.csv",
        )

    def one_line(self) -> str:
        """One bad article: its own line, as a build of one article always said it."""
        return self.lines[0] if len(self.lines) == 1 else super().one_line()

    def listed(self) -> list[str]:
        """What the command line prints: one article's error alone, as always; for more,
        a heading and one indented line each, the first MAX_LISTED and a count."""
        if len(self.lines) == 1:
            return [f"error: {self.lines[0]}"]
        count = len(self.lines)
        shown = [f"  {line}" for line in self.lines[: self.shown]]
        more = [f"  and {count - self.shown} more"] if count > self.shown else []
        heading = (
            f"error: {count} bad articles, nothing written; fix them, or pass --skip-invalid "
            "to build the rest and list them in skipped.csv:"
        )
        return [heading, *shown, *more]


@dataclass(frozen=True)
class BuildReport:
    out: Path
    articles: int
    quotes: int
    entities: int
    warnings: tuple[str, ...]  # about the build itself, for stderr
    warning_rows: int  # rows of warnings.csv
    first_warnings: tuple[str, ...]  # the first few of them, for stderr
    skipped: tuple[SkippedRow, ...] = ()

    def stderr_lines(self, quiet: bool) -> list[str]:
        """What stderr shows: each skipped article; unless QUIET, the warnings about the
        build, and the count of the articles' warnings with the first few."""
        lines = [f"skipped: {row.source}: {row.reason}" for row in self.skipped]
        if quiet:
            return lines
        lines += [f"warning: {warning}" for warning in self.warnings]
        count, shown = self.warning_rows, len(self.first_warnings)
        if count:
            where = (
                "in warnings.csv:" if count == shown else f"all in warnings.csv; the first {shown}:"
            )
            lines.append(
                f"warning: {count} warning{'s' if count != 1 else ''} about the articles, {where}"
            )
            lines += [f"  {warning}" for warning in self.first_warnings]
        return lines

    def summary(self) -> str:
        """The line stdout shows."""
        articles = f"{self.articles} article{'s' if self.articles != 1 else ''}"
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        return (
            f"wrote {self.out}: {articles}, {self.quotes} quotes, {self.entities} entities{skipped}"
        )


def package_sources(first: dict[str, Any], label: str) -> list[dict[str, str]]:
    """The sources a package of one article names: its URL, else its file."""
    if first.get("source_url"):
        return [{"title": "Original article", "path": first["source_url"]}]
    return [{"title": f"Seed file {label}"}]


def package_label(label: str, given: Sequence[Path]) -> str:
    """LABEL as the package may show it, without this machine's folders: below the --seeds
    folder or file it names ("seeds/sub/a.txt", "news.jsonl:17")."""
    for seed in given:
        at = str(seed)
        if label == at or label.startswith((at + "/", at + ":")):
            return seed.name + label[len(at) :] if seed.name else label
    return label.rsplit("/", 1)[-1]


def shown_sources(rows: list[SkippedRow], given: Sequence[Path]) -> list[SkippedRow]:
    """ROWS with each source below its --seeds argument (package_label), unless two would
    then look alike (x.jsonl:2 of two folders): those keep the label as given."""
    # One row per source (its primary key): a source reached twice, through a folder and
    # by itself, is skipped once.
    first = {row.source: index for index, row in reversed(list(enumerate(rows)))}
    rows = [row for index, row in enumerate(rows) if first[row.source] == index]
    short = [package_label(row.source, given) for row in rows]
    twice = {label for label, count in Counter(short).items() if count > 1}
    return [
        row if label in twice else replace(row, source=label)
        for row, label in zip(rows, short, strict=True)
    ]


def once_each(given: list[Path]) -> list[Path]:
    """GIVEN, refused when one source is named twice: its articles would all be duplicates."""
    seen: dict[Path, Path] = {}
    for seed in given:
        key = seed.resolve() if seed.exists() else seed.absolute()
        if key in seen:
            raise InputError(
                str(seed),
                f"--seeds names this source twice (also as {seen[key]})",
                "give each file or folder once",
            )
        seen[key] = seed
    return given


def reason_of(error: str, label: str) -> str:
    """An article's one-line error without its label: "line 1: invalid UTF-8 …"."""
    rest = error.removeprefix(label)
    number, colon, message = rest.removeprefix(":").partition(": ")
    if rest.startswith(":") and colon and number.isdigit():
        return f"line {number}: {message}"
    return rest.removeprefix(": ") or error


def near_misses(given: Sequence[Path]) -> list[str]:
    """A JSON file beside a .txt given by itself that looks meant as its metadata but is
    not read (halle.json beside halle.txt). Folders are not searched for such files: a
    folder of a million articles would be listed a million times."""
    return [
        note
        for seed in given
        if seed.suffix == ".txt" and seed.is_file()
        for note in neighbour_warnings(seed, has_reference=True)
    ]


def open_cache(cache: Path | str | Literal[False] | None) -> tuple[ResultCache | None, str]:
    """The result cache to use (None with --no-cache) and the key naming this builder."""
    builder = builder_key()
    if cache is False:
        return None, builder
    return ResultCache(default_cache_folder() if cache is None else Path(cache), builder), builder


def build(
    seeds: Sequence[Path | str] | Path | str,
    out: Path | str,
    *,
    dataset: Path | str | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    cache: Path | str | Literal[False] | None = None,
    no_bodies: bool = False,
    skip_invalid: bool = False,
    progress: bool = False,
) -> BuildReport:
    """Build the package of the articles at SEEDS (files, folders, JSON Lines files) into
    OUT; OUT is untouched unless all is valid. OUT must be absent, empty or hold nothing
    but a package build-dataset wrote. Raises InputError for bad input (BadArticles for
    articles that cannot be built, unless SKIP_INVALID).

    DATASET: the dataset.json to use (default: the one beside the sources); JOBS: worker
    processes (default: all cores; 1 runs in this process); SCHEDULER: a Dask scheduler's
    address to run the articles on; CACHE: the folder of cached per-article results
    (default: the user's cache folder; False: none); NO_BODIES: article.json without the
    texts; PROGRESS: a progress bar on stderr."""
    given = once_each([Path(seeds)] if isinstance(seeds, str | Path) else [Path(s) for s in seeds])
    out = Path(out)
    check_target(out, given)
    found = find_sources(given)
    about = find_dataset(given, Path(dataset) if dataset is not None else None)
    count = len(found.sources) + len(found.problems)
    single = found.sources[0].id if count == 1 and found.sources and about is None else None
    names = naming(about, single)
    options = Options(bodies=not no_bodies)
    result_cache, builder = open_cache(cache)
    bad = [problem.one_line() for problem in found.problems]
    skipped = [SkippedRow(p.label, p.id, f"{p.message}; {p.fix}") for p in found.problems]
    problems: list[str] = []
    workers = max(1, min(jobs or os.cpu_count() or 1, len(found.sources)))  # no pool for one
    first: tuple[dict[str, Any], str, str | None] | None = None
    with staging(out) as folder, PackageWriter(folder, names, bodies=not no_bodies) as writer:
        with progress_bar(len(found.sources), quiet=not progress) as bar:
            refused = bool(found.problems) and not skip_invalid  # only bad ones to find
            for result in checked(found.sources, bar) if refused else results(
                found.sources, options, jobs=workers, scheduler=scheduler,
                cache=result_cache, builder=builder, progress=bar,
            ):  # fmt: skip
                if result.error is not None:
                    bad.append(result.error)
                    reason = reason_of(result.error, result.label)
                    skipped.append(SkippedRow(result.label, result.id, reason))
                    continue
                problems += [f"{result.label}: {problem}" for problem in result.problems]
                if bad and not skip_invalid or problems:
                    continue  # nothing will be kept: only look for more bad articles
                if first is None:
                    first = (result.article, result.label, result.created)
                writer.add(result)
        if bad and not skip_invalid:
            raise BadArticles(bad)
        if problems:
            raise ValidationFailed(problems)
        skipped = shown_sources(skipped, given)
        writer.finish(skipped)
        described = package_sources(first[0], first[1]) if single and first else CORPUS_SOURCES
        created = first[2] if single and first else None
        metadata = package_metadata(names, about, described, created, package_versions())
        seal(folder, metadata, writer)
        kept = swap_in(folder, out)
    notes = [*found.notes, *near_misses(given)]
    notes += [CORPUS_WARNING] if about is None and single is None else []
    notes += [*([kept] if kept else []), *clear_leftovers(out)]
    return BuildReport(
        out=out,
        articles=writer.counts["articles"],
        quotes=writer.counts["quotes"],
        entities=len(writer.registry),
        warnings=tuple(notes),
        warning_rows=writer.counts["warnings"],
        first_warnings=tuple(writer.first_warnings),
        skipped=tuple(skipped),
    )


CORPUS_SOURCES = [{"title": "The news articles of article.json, each with its source_url"}]
