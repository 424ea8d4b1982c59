"""Files of a --seeds folder: every *.txt in it and below, safely.

Names starting with "." or "__" (hidden files, .git, __pycache__) are passed over.
Symbolic links are followed only to a file inside the folder: a link leading out of the
folder, a link to a folder (loops) and a broken link are noted and not read, as are files
that are not regular (FIFOs, devices, sockets). A *.jsonl file inside a folder is noted too:
JSON Lines files are sources of their own.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from build_dataset.errors import InputError
from build_dataset.metadata import META_SUFFIX
from build_dataset.reading import file_kind, fix

TXT = ".txt"


def walk_folder(root: Path, notes: list[str]) -> Iterator[tuple[str, Path, Path | None]]:
    """(id, path, NAME.meta.json path or None) of every article file under ROOT, in order
    of relative path; what is passed over is appended to NOTES as one line each."""
    try:
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError) as error:
        raise InputError(str(root), f"cannot read the folder: {error}", "check the path") from None
    found: list[tuple[str, Path, Path | None]] = []
    folders: list[tuple[Path, str]] = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        entries = listing(folder)
        names = {entry.name: entry for entry in entries}
        for entry in entries:
            name, path = entry.name, Path(entry.path)
            if name.startswith((".", "__")):
                continue
            if entry.is_symlink():
                passed = link_problem(path, real_root)
                if passed is not None:
                    notes.append(f"{path}: not read: {passed}")
                    continue
            if entry.is_dir(follow_symlinks=False):
                folders.append((path, f"{prefix}{name}/"))
                continue
            if name.endswith(".jsonl"):
                notes.append(
                    f"{path}: not read: a JSON Lines file in a folder is no article; "
                    "pass it with a --seeds of its own"
                )
                continue
            if not name.endswith(TXT) or name.endswith(META_SUFFIX):
                continue
            try:
                mode = entry.stat().st_mode
            except OSError as error:
                notes.append(f"{path}: not read: {error.strerror}")
                continue
            if not stat.S_ISREG(mode):
                notes.append(f"{path}: not read: it is {file_kind(mode)}")
                continue
            stem = name[: -len(TXT)]
            meta = names.get(stem + META_SUFFIX)
            meta_path = None if meta is None else Path(meta.path)
            if meta is not None and meta.is_symlink():
                passed = link_problem(Path(meta.path), real_root)
                if passed is not None:
                    notes.append(f"{meta.path}: not read: {passed}")
                    meta_path = None
            found.append((prefix + stem, path, meta_path))
    found.sort(key=lambda item: item[0] + TXT)  # relative path order
    yield from found


def listing(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as error:
        raise InputError(
            str(folder), f"cannot read the folder: {error.strerror}", fix(error)
        ) from None


def link_problem(path: Path, real_root: Path) -> str | None:
    """Why the symbolic link PATH is not followed, or None for a link to a file inside."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "a broken symbolic link or a loop of them"
    if target != real_root and real_root not in target.parents:
        return "a symbolic link leading out of the folder"
    if target.is_dir():
        return "a symbolic link to a folder (not followed, so no folder is read twice)"
    return None
