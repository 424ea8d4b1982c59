"""The articles' results in id order, from the cache where it has them and from the
workers otherwise (run_ordered): only what changed is extracted, and a killed build resumes
where it stopped, as every finished result was stored.

A cached result never travels to a worker: the order is kept by a queue of slots, each
either a cache key (read back when its turn comes, so a long cached stretch costs no
memory) or a place for the next result of the runner.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from functools import partial

from build_dataset.corpus.cache import ResultCache, cache_key
from build_dataset.corpus.progress import Progress
from build_dataset.corpus.run import run_ordered
from build_dataset.corpus.sources import Job, Source, article_of, read_job
from build_dataset.corpus.versions import builder_key
from build_dataset.corpus.work import ArticleResult, Options, process, warm
from build_dataset.errors import InputError
from build_dataset.reading import one_line

RUN = "run"  # the slot of a result the runner gives next


def job_key(job: Job, options: Options, builder: str) -> str:
    """Everything that decides JOB's result: its id and names, bytes and the options."""
    described = json.dumps(asdict(options), sort_keys=True)
    return cache_key(
        job.id, job.label, job.kind, job.raw, job.meta, job.meta_label, described, builder
    )


def results(
    sources: Sequence[Source],
    options: Options,
    *,
    jobs: int,
    scheduler: str | None,
    cache: ResultCache | None,
    builder: str,
    progress: Progress,
) -> Iterator[ArticleResult]:
    """The result of every source, in the order of SOURCES."""
    slots: deque[tuple[str, str | ArticleResult | None, Source]] = deque()

    def to_work() -> Iterator[Job]:
        for source in sources:
            try:
                job = read_job(source)
            except InputError as error:  # unreadable now, or changed since the scan
                slots.append(
                    (
                        "done",
                        ArticleResult(source.id, source.label, one_line(error.one_line())),
                        source,
                    )
                )
                continue
            key = job_key(job, options, builder) if cache is not None else None
            if cache is not None and key is not None and cache.has(key):
                slots.append(("cached", key, source))
                continue
            slots.append((RUN, key, source))
            yield job

    def flush() -> Iterator[ArticleResult]:
        while slots and slots[0][0] != RUN:
            kind, value, source = slots.popleft()
            if kind == "done":
                assert isinstance(value, ArticleResult)
                yield value
            else:
                text = cache.get(str(value)) if cache is not None else None
                if text is None:  # damaged, or gone meanwhile: work it out here
                    yield process(read_job(source), options)
                    progress.advance()
                    continue
                yield ArticleResult.from_json(text)
            progress.advance()

    work = partial(process, options=options)
    # Warming loads the word lists before workers fork, to share them; in this process the
    # first article loads them anyway, and a build that finds every result cached needs none.
    warming = warm if jobs > 1 or scheduler else None
    ran = run_ordered(
        to_work(), work, jobs=jobs, scheduler=scheduler, progress=progress, warm=warming,
        fingerprint=builder_key,
    )  # fmt: skip
    for result in ran:
        yield from flush()
        _, key, _ = slots.popleft()
        if cache is not None and key is not None and result.error is None and not result.problems:
            cache.put(str(key), result.json_pieces())
        yield result
    yield from flush()


def checked(sources: Sequence[Source], progress: Progress) -> Iterator[ArticleResult]:
    """Each source read and its article checked, nothing extracted: a build already known
    to be refused (a bad id found while scanning) only has to name every bad article, and
    reading is a small part of what extraction costs."""
    for source in sources:
        try:
            article_of(read_job(source))
        except InputError as error:
            yield ArticleResult(source.id, source.label, one_line(error.one_line()))
        else:
            yield ArticleResult(source.id, source.label)
        progress.advance()
