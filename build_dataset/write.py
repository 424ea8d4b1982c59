"""Write the package into a temporary folder beside the target, then swap it in."""

from __future__ import annotations

import csv
import ctypes
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import astuple, fields
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError
from build_dataset.package import GENERATOR, NAME_PREFIX

SUMS_FILE = "SHA256SUMS"
CROISSANT_FILE = "croissant.json"
REVIEW_FILE = "index.html"
# The names a build writes; the release file is "<package name>-<version>.json".
PACKAGE_NAMES = {
    "datapackage.json", "article.json", "quotes.csv", "entities.csv", "mentions.csv",
    SUMS_FILE, CROISSANT_FILE, REVIEW_FILE,
}  # fmt: skip


def write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")


def write_csv(path: Path, row_type: type, rows: Iterable[Any]) -> None:
    """UTF-8 without BOM, comma, minimal quoting, LF line ends; None as an empty field."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([field.name for field in fields(row_type)])
        for row in rows:
            writer.writerow(["" if value is None else value for value in astuple(row)])


def read_descriptor(folder: Path) -> dict[str, Any] | None:
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return package if isinstance(package, dict) else None


def written_by_us(folder: Path) -> bool:
    """Whether FOLDER's datapackage.json names build-dataset as its generator (the marker
    every build leaves)."""
    package = read_descriptor(folder)
    generator = str(package.get("generator", "")) if package else ""
    return generator.startswith(GENERATOR + " ")


def is_package_file(name: str) -> bool:
    """A name that a build writes: the fixed files and "news-quotes-<…>.json" releases."""
    return name in PACKAGE_NAMES or (name.startswith(NAME_PREFIX) and name.endswith(".json"))


def our_files(folder: Path) -> set[str]:
    """The files of an earlier build in FOLDER: those its descriptor lists that have the
    name of a file a build writes, and the descriptor and SHA256SUMS. A file of someone
    else is never ours, whatever a descriptor says about it."""
    package = read_descriptor(folder)
    if package is None or not written_by_us(folder):
        return set()
    listed = {
        r["path"] for r in package.get("resources", [])
        if isinstance(r, dict) and isinstance(r.get("path"), str)
    }  # fmt: skip
    # SHA256SUMS and the review page are no resources, but every build writes them.
    return {"datapackage.json", SUMS_FILE, REVIEW_FILE} | {p for p in listed if is_package_file(p)}


def check_target(out: Path, seeds: Path, force: bool) -> None:
    """Refuse an --out that is a file or a link, holds the seeds or the working folder,
    lies in the seeds, or holds someone else's files."""
    if out.is_symlink():
        raise InputError(str(out), "--out is a symbolic link", "give the folder it points to")
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "--out is an existing file", "give a folder for the package")
    target, seeds_at = out.resolve(), seeds.resolve()
    if seeds.is_dir() and (target == seeds_at or seeds_at in target.parents):
        raise InputError(
            str(out), "--out lies inside the seeds folder", "write the package elsewhere"
        )
    if (
        target in seeds_at.parents
        or target in Path.cwd().resolve().parents
        or target == Path.cwd().resolve()
    ):
        raise InputError(
            str(out),
            "--out holds the seeds or the current folder, which the swap would move",
            "give a folder of its own for the package",
        )
    if not out.is_dir():
        return
    strangers = [child for child in sorted(out.iterdir()) if child.name not in our_files(out)]
    if strangers and not written_by_us(out) and not force:
        raise InputError(
            str(out),
            "--out is a non-empty folder that build-dataset did not write",
            "choose an empty folder or pass --force",
        )
    for child in strangers:
        if is_package_file(child.name):
            raise InputError(
                str(child),
                "the build would replace this file, which build-dataset did not write",
                "move it out of the folder first",
            )
        if child.is_dir() and os.path.ismount(child):
            raise InputError(
                str(child), "a mount point inside --out cannot be kept", "unmount it first"
            )


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A temporary folder beside OUT; removed when the build fails before the swap."""
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=parent))
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o777 & ~umask)  # mkdtemp makes it private; the package is not
    except OSError as error:
        raise InputError(
            str(out), f"cannot write here: {error.strerror}", "choose a writable folder"
        ) from error
    try:
        yield temporary
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where
    the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    return bool(result == 0)


def keep_strangers(out: Path, built: Path) -> None:
    """Files of others in OUT appear in BUILT as hard links (copies where links are
    impossible), so that OUT keeps them until the swap. Their folders move after it."""
    ours = our_files(out)
    for child in sorted(out.iterdir()):
        if child.name in ours or (built / child.name).exists():
            continue
        if not child.is_dir() or child.is_symlink():
            link_or_copy(str(child), str(built / child.name))


def link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def same_file(first: Path, second: Path) -> bool:
    try:
        if os.path.samefile(first, second):
            return True
        return first.is_file() and second.is_file() and first.read_bytes() == second.read_bytes()
    except OSError:
        return False


def clear_old(old: Path, out: Path, ours: set[str]) -> bool:
    """Empty the folder that held the old package, file by file, never recursing: our files
    go, links to files kept in OUT go, folders and late files of others move into OUT.
    True when OLD could be removed."""
    for child in sorted(old.iterdir()):
        target = out / child.name
        if child.name in ours and not child.is_dir():
            child.unlink()
        elif target.exists() or target.is_symlink():
            if not child.is_dir() and same_file(child, target):
                child.unlink()
        else:
            os.rename(child, target)  # a folder, or a file written during the build
    try:
        old.rmdir()
    except OSError:
        return False
    return True


def swap_in(built: Path, out: Path) -> str | None:
    """Replace OUT by BUILT so that OUT is at every moment the old package or the new one
    (Linux renameat2 exchange; elsewhere two renames, with a moment where OUT is absent).
    Others' files are kept. Returns a warning when the old folder could not be emptied."""
    out = out.absolute()
    if not out.is_dir():
        os.replace(built, out)
        return None
    ours = our_files(out)
    keep_strangers(out, built)
    shutil.copymode(out, built)
    holder = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old = holder / out.name
    if exchange(built, out):
        os.rename(built, old)  # the staging path is gone, so nothing removes it wholesale
    else:
        os.replace(out, old)
        os.replace(built, out)
    if clear_old(old, out, ours):
        holder.rmdir()
        return None
    return f"files that could not be placed in {out.name} are kept in {old}"
