"""find_sources: every --seeds SOURCE scanned into small records (sources.py), in id order.

A SEED is an article file NAME.txt (NAME.meta.json beside it), a folder (every *.txt in it
and below, walk.py) or a JSON Lines file (one article a line). Only ids and places are
kept, never texts: a JSON Lines line is a byte range. Bad and duplicate ids and bad lines
become Problems, so that the caller can refuse them all at once or skip them.
"""

from __future__ import annotations

import stat
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from build_dataset.corpus.ids import id_problem, shown
from build_dataset.corpus.lines import MAX_LINE, LineError, line_fields
from build_dataset.corpus.sources import Problem, Source, SourceList
from build_dataset.corpus.walk import walk_folder
from build_dataset.errors import InputError
from build_dataset.metadata import META_SUFFIX, metadata_path
from build_dataset.reading import file_kind, fix, open_regular
from build_dataset.seed import DATASET_FILE, SEED_SUFFIX

JSONL_SUFFIX = ".jsonl"
KINDS = "give NAME.txt, a folder of *.txt files or a *.jsonl file"


def find_sources(seeds: Sequence[Path]) -> SourceList:
    """Every article of the SEEDS (files, folders, JSON Lines files), sorted by id in
    code-point order, without reading article texts. A SEED that is no source at all (no
    such path, a FIFO, another kind of file, an empty folder or file) raises InputError at
    once; a bad or duplicate id and a bad JSON Lines line become Problems."""
    scan = _Scan()
    for seed in seeds:
        scan.seed(seed)
    sources = sorted(scan.sources, key=lambda source: source.id)
    return SourceList(tuple(sources), tuple(scan.problems), tuple(scan.notes))


class _Scan:
    """The state of one find_sources: what is found, and which ids are taken where."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self.taken: dict[str, str] = {}  # id -> label of its first place
        self.folded: dict[str, str] = {}  # lower-case id -> the id

    def seed(self, seed: Path) -> None:
        try:
            mode = seed.stat().st_mode
        except FileNotFoundError:
            raise InputError(str(seed), "no such file or folder", KINDS) from None
        except (OSError, RuntimeError) as error:
            raise InputError(str(seed), f"cannot read: {error}", "check the path") from None
        name = seed.name
        if stat.S_ISDIR(mode):
            self.folder(seed)
        elif name == DATASET_FILE:
            raise InputError(str(seed), "this is the dataset's metadata", "pass it as --dataset")
        elif name.endswith(JSONL_SUFFIX):
            self.jsonl(seed)
        elif name.endswith(SEED_SUFFIX) and not stat.S_ISREG(mode):
            raise InputError(str(seed), f"this is {file_kind(mode)}", "give a regular file")
        elif name.endswith(SEED_SUFFIX):
            self.add(Source(name[: -len(SEED_SUFFIX)], seed, meta=beside(seed)))
        elif name.endswith(META_SUFFIX):
            raise InputError(str(seed), "this is an article's metadata", "pass its NAME.txt")
        else:
            raise InputError(str(seed), "not an article source", KINDS)

    def folder(self, root: Path) -> None:
        before = len(self.sources) + len(self.problems)
        for id, path, meta in walk_folder(root, self.notes):
            self.add(Source(id, path, meta=meta), folder=True)
        if len(self.sources) + len(self.problems) == before:
            raise InputError(
                str(root), f"no *{SEED_SUFFIX} file in the folder or below", "put articles there"
            )

    def jsonl(self, path: Path) -> None:
        before = len(self.sources) + len(self.problems)
        with open_regular(path, "JSON Lines file") as handle:
            offset = number = 0
            while read := handle.readline(MAX_LINE + 2):
                number += 1
                start, offset = offset, offset + len(read)
                body = read[:-1] if read.endswith(b"\n") else read
                body = body[:-1] if body.endswith(b"\r") else body
                if number == 1 and body.startswith(b"\xef\xbb\xbf"):
                    body, start = body[3:], start + 3
                label = f"{path}:{number}"
                if len(body) > MAX_LINE:
                    if not read.endswith(b"\n"):
                        offset += _skip_line(handle)
                    too_long = f"the line is longer than {MAX_LINE:,} bytes"
                    self.problems.append(Problem(label, too_long, "split the article"))
                    continue
                if not body.strip():
                    continue  # a blank line holds no article
                try:
                    fields = line_fields(body, label)
                except LineError as error:
                    self.problems.append(Problem(label, error.message, error.hint, error.id))
                    continue
                self.add(Source(fields["id"], path, number, start, len(body)))
        if len(self.sources) + len(self.problems) == before:
            raise InputError(str(path), "no article in the file", 'write {"id": …, "text": …}')

    def add(self, source: Source, folder: bool = False) -> None:
        label = source.label
        if source.line is None:
            message = id_problem(source.id)
            if message is not None:
                what = "file or folder" if folder else "file (and its NAME.meta.json)"
                fix_id = f"rename the {what}: {ID_RULE}"
                self.problems.append(Problem(label, message, fix_id))
                return
        if source.id in self.taken:
            where = self.taken[source.id]
            message = f"id {shown(source.id)} is the id of {where} too"
            self.problems.append(Problem(label, message, "give each article its own id"))
            return
        folded = source.id.lower()
        if folded in self.folded:
            other = self.folded[folded]
            message = (
                f"id {shown(source.id)} differs only in case from {shown(other)} of "
                f"{self.taken[other]}, so their review pages collide on macOS and Windows"
            )
            self.problems.append(Problem(label, message, "give each article its own id"))
            return
        self.taken[source.id] = label
        self.folded[folded] = source.id
        self.sources.append(source)


def beside(seed: Path) -> Path | None:
    """NAME.meta.json beside SEED when there is anything of that name (read_job refuses
    what is not a regular file), else None."""
    meta = metadata_path(seed)
    try:
        meta.lstat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InputError(str(meta), f"cannot read: {error.strerror}", fix(error)) from None
    return meta


ID_RULE = "letters A-Z a-z, digits, '.', '_' and '-', a letter or digit first"


def _skip_line(handle: BinaryIO) -> int:
    """Read past the rest of an over-long line; the number of bytes skipped."""
    skipped = 0
    while chunk := handle.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped
