"""STAND-IN until corpus-in's sources.py lands: one seed (a file, or a folder holding one),
with the Job and article_of interface of notes/CORPUS.md. Deleted after the merge."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from build_dataset.records import Article


@dataclass(frozen=True)
class Job:
    id: str
    label: str
    kind: str
    raw: bytes
    meta: bytes | None
    meta_label: str | None
    path: str  # stand-in only: the worker re-reads the seed through seed.read_article


def jobs_of(seeds: list[Path]) -> list[Job]:
    from build_dataset.reading import read_bytes
    from build_dataset.seed import SEED_SUFFIX, find_seed

    jobs = []
    for source in seeds:
        seed = find_seed(source)
        jobs.append(
            Job(
                seed.name[: -len(SEED_SUFFIX)],
                seed.name,
                "txt",
                read_bytes(seed),
                None,
                None,
                str(seed),
            )  # fmt: skip
        )
    return sorted(jobs, key=lambda job: job.id)


def article_of(job: Job) -> Article:
    from build_dataset.errors import InputError
    from build_dataset.seed import read_article

    try:
        return replace(read_article(Path(job.path)), id=job.id)
    except InputError as error:
        raise InputError(job.label, error.message, error.hint, error.line) from None
