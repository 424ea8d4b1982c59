"""Write the package into a temporary folder beside the target, then swap it in.

The promise is simple: --out is either absent, empty, or a folder holding nothing but a
package build-dataset wrote; anything else is refused, and only such a folder is replaced.
The package's one subfolder, review/, is the tool's only while it holds nothing but files
SHA256SUMS lists by their path ("review/a.html") with the sha256 they still have.
Leftovers of killed builds are removed by the next build when they hold only the tool's own
files, and otherwise reported without advice to delete them.
"""

from __future__ import annotations

import csv
import ctypes
import errno
import fcntl
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import fields
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError

# The names of a package's own files live in owned.py; they are exported here too, where
# the pipeline, export and the tests have always found them.
from build_dataset.owned import CROISSANT_FILE as CROISSANT_FILE
from build_dataset.owned import REVIEW_FILE as REVIEW_FILE
from build_dataset.owned import REVIEW_FOLDER as REVIEW_FOLDER
from build_dataset.owned import SUMS_FILE as SUMS_FILE
from build_dataset.owned import (
    is_package_file,
    is_review_page,
    our_files,
    real_folder,
    regular_file,
    strangers,
)
from build_dataset.owned import written_by_us as written_by_us
from build_dataset.reading import printable


def write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")


def write_csv(path: Path, row_type: type, rows: Iterable[Any]) -> None:
    """UTF-8 without BOM, comma, minimal quoting, LF line ends; None as an empty field."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([field.name for field in fields(row_type)])
        for row in rows:
            # vars(), not astuple(): astuple deep-copies every value
            writer.writerow(["" if value is None else value for value in vars(row).values()])


def listing(names: list[str]) -> str:
    shown = ", ".join(printable(name) for name in names[:5])
    return shown + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links: reading it will say so in one line
        return path.absolute()


def check_target(out: Path, sources: Path | Sequence[Path]) -> None:
    """Refuse an --out that is a file, a link or a mount point, holds a source or the
    working folder, lies in a source folder, or holds anything build-dataset did not write."""
    try:
        mode: int | None = out.lstat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(
            str(out), f"cannot write here: {error.strerror}", "choose another folder"
        ) from None
    if mode is not None and stat.S_ISLNK(mode):
        raise InputError(str(out), "--out is a symbolic link", "give the folder it points to")
    if mode is not None and not stat.S_ISDIR(mode):
        raise InputError(str(out), "--out is an existing file", "give a folder for the package")
    target = out.resolve()
    for seeds in [sources] if isinstance(sources, Path) else sources:
        seeds_at = resolved(seeds)
        if seeds.is_dir() and (target == seeds_at or seeds_at in target.parents):
            raise InputError(
                str(out), "--out lies inside the seeds folder", "write the package elsewhere"
            )
        if target in seeds_at.parents:
            raise InputError(
                str(out),
                "--out holds the seeds or the current folder, which the swap would move",
                "give a folder of its own for the package",
            )
    if target in Path.cwd().resolve().parents or target == Path.cwd().resolve():
        raise InputError(
            str(out),
            "--out holds the seeds or the current folder, which the swap would move",
            "give a folder of its own for the package",
        )
    if mode is None:
        return
    if os.path.ismount(out):
        raise InputError(
            str(out), "--out is a mount point, which cannot be replaced", "give a folder inside it"
        )
    refuse_strangers(out)


def refuse_strangers(out: Path) -> None:
    try:
        found = strangers(out)
    except OSError as error:
        raise InputError(
            str(out), f"cannot read: {error.strerror}", "check its permissions"
        ) from None
    if found:
        raise InputError(
            str(out),
            f"--out holds what build-dataset did not write: {listing(found)}",
            "move them out or choose another folder; no option overrides this",
        )


def lock(folder: Path) -> int:
    """An exclusive lock on FOLDER, held while this build lives: the kernel drops it when the
    process ends, even by SIGKILL, so a later build knows a locked folder is in use."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A temporary folder beside OUT, locked while the build runs; removed when the build
    fails before the swap. An OSError while writing (a full disk) is one line."""
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        while True:
            temporary = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=parent))
            handle = lock(temporary)
            try:  # another build may have cleared it as a leftover before we locked it
                if os.path.samestat(os.fstat(handle), temporary.stat()):
                    break
            except FileNotFoundError:
                pass
            os.close(handle)
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o777 & ~umask)  # mkdtemp makes it private; the package is not
    except OSError as error:
        raise InputError(
            str(out), f"cannot write here: {error.strerror}", "choose a writable folder"
        ) from error
    try:
        yield temporary
    except OSError as error:
        raise InputError(
            str(out),
            f"cannot write the package: {error.strerror or error}",
            "free some space or choose another folder; --out is unchanged",
        ) from error
    finally:
        try:  # still the locked folder of this build, not the old package swapped there
            ours = os.path.samestat(os.fstat(handle), temporary.stat())
        except OSError:
            ours = False
        if ours:
            remove_package(temporary, any_package_file=True)
        os.close(handle)


RENAME_NOREPLACE, RENAME_EXCHANGE = 1, 2


def renameat2(first: Path, second: Path, flags: int) -> bool | None:
    """Linux renameat2: True when done, False when refused, None where the system has none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.renameat2
    except (OSError, AttributeError):
        return None
    at_fdcwd = -100
    if call(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), flags) == 0:
        return True
    return None if ctypes.get_errno() in (errno.ENOSYS, errno.EINVAL) else False


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step; False where the system cannot."""
    return bool(renameat2(first, second, RENAME_EXCHANGE))


def remove_package(folder: Path, any_package_file: bool = False) -> bool:
    """Delete the build's own files in FOLDER, file by file, never recursing, then the
    folder if that left it empty. Ours are the files the descriptor lists, or, in a staging
    folder (ANY_PACKAGE_FILE), every regular file with a name a build writes."""
    ours = our_files(folder)
    try:
        with os.scandir(folder) as scan:
            entries = list(scan)
    except FileNotFoundError:
        return True  # another build cleared it first
    except OSError:
        return False
    for entry in entries:
        mine = entry.name in ours or (any_package_file and is_package_file(entry.name))
        if mine and regular_file(entry):
            with suppress(FileNotFoundError):
                os.unlink(entry.path)
        elif entry.name == REVIEW_FOLDER and real_folder(entry):
            remove_review(Path(entry.path), ours, any_package_file)
    try:
        folder.rmdir()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def remove_review(review: Path, ours: set[str], any_page: bool) -> None:
    """The review pages that are ours (or, in a staging folder, any page), then the folder
    if that left it empty; never recursing further."""
    try:
        with os.scandir(review) as scan:
            entries = list(scan)
    except OSError:
        return
    for entry in entries:
        name = f"{REVIEW_FOLDER}/{entry.name}"
        mine = name in ours or (any_page and is_review_page(name))
        if mine and regular_file(entry):
            with suppress(FileNotFoundError):
                os.unlink(entry.path)
    with suppress(OSError):
        review.rmdir()


def swap_in(built: Path, out: Path) -> str | None:
    """Replace OUT by BUILT so that OUT is at every moment the old package or the new one
    (Linux renameat2 exchange; elsewhere two renames, with a moment where OUT is absent).
    OUT is checked again just before: only a folder holding nothing but a package is
    replaced. Returns a warning when files appeared in OUT during the swap."""
    out = out.absolute()
    if not out.is_dir():  # absent: check_target refused files and links
        done = renameat2(built, out, RENAME_NOREPLACE)
        if done is None:
            os.rename(built, out)
        if done is not False:
            return None
        # Another build put its package there meanwhile: replace it as any other.
    refuse_strangers(out)
    mode = stat.S_IMODE(out.stat().st_mode)
    built.chmod(mode)
    if exchange(built, out):
        old = built  # the staging path now holds the previous package
    else:
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(out, old)  # replaces the empty holder: a folder by a folder
        os.replace(built, out)
    if remove_package(old, any_package_file=False):
        return None
    return (
        f"{old} holds what was added to {out.name} while the build ran; "
        f"move it back into {out.name} or elsewhere"
    )


def clear_leftovers(out: Path) -> list[str]:
    """Folders of killed builds beside OUT: removed when no build holds them and they hold
    only the tool's own files; otherwise reported, never with advice to delete them."""
    parent, notes = out.absolute().parent, []
    for pattern in (f".{out.name}.building-*", f".{out.name}.old-*"):
        for folder in sorted(parent.glob(pattern)):
            try:
                handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
            except OSError:
                continue
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(handle)
                continue  # a build that runs now
            try:
                if not remove_package(folder, any_package_file=True):
                    notes.append(
                        f"leftover folder {printable(folder.name)} from an interrupted build "
                        f"beside {printable(out.name)} holds files build-dataset did not write; "
                        "look through it and move back what you need"
                    )
            finally:
                os.close(handle)
    return notes
