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
# The names a build writes; the release file is "<package name>-<version>.json".
PACKAGE_NAMES = {
    "datapackage.json", "article.json", "quotes.csv", "entities.csv", SUMS_FILE, CROISSANT_FILE,
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
    package = read_descriptor(folder)
    return package is not None and str(package.get("generator", "")).startswith(GENERATOR)


def our_files(folder: Path) -> set[str]:
    """The files of an earlier build in FOLDER: its descriptor, the resources it lists, and
    SHA256SUMS. An older version's release file is ours too, and is replaced."""
    package = read_descriptor(folder)
    if package is None or not written_by_us(folder):
        return set()
    resources = package.get("resources", [])
    paths = {r["path"] for r in resources if isinstance(r, dict) and isinstance(r.get("path"), str)}
    return {"datapackage.json", SUMS_FILE} | {p for p in paths if "/" not in p}


def check_target(out: Path, seeds: Path, force: bool) -> None:
    """Refuse an --out that is a file, lies in the seeds, or holds someone else's files."""
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "--out is an existing file", "give a folder for the package")
    seeds_folder = seeds.resolve()
    if seeds.is_dir() and (out.resolve() == seeds_folder or seeds_folder in out.resolve().parents):
        raise InputError(
            str(out), "--out lies inside the seeds folder", "write the package elsewhere"
        )
    if out.is_dir() and any(out.iterdir()) and not written_by_us(out):
        if not force:
            raise InputError(
                str(out),
                "--out is a non-empty folder that build-dataset did not write",
                "choose an empty folder or pass --force",
            )
        for child in sorted(out.iterdir()):
            if child.name in PACKAGE_NAMES or child.name.startswith(NAME_PREFIX):
                raise InputError(
                    str(child),
                    "--force would replace this file, which build-dataset did not write",
                    "move it out of the folder first",
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
    """Files in OUT that build-dataset did not write (kept with --force) appear in BUILT as
    hard links (copies where links are impossible): OUT keeps them until the swap."""
    ours = our_files(out)
    for child in sorted(out.iterdir()):
        if child.name in ours or (built / child.name).exists():
            continue
        target = built / child.name
        if child.is_dir() and not child.is_symlink():
            shutil.copytree(child, target, symlinks=True, copy_function=link_or_copy)
        else:
            link_or_copy(str(child), str(target))


def link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def swap_in(built: Path, out: Path) -> None:
    """Replace OUT by BUILT so that OUT is at every moment the old package or the new one.

    Where the system swaps folders atomically, it does; elsewhere OUT is briefly absent
    between two renames. Files of others in OUT are kept (see keep_strangers)."""
    out = out.absolute()
    if not out.is_dir():
        os.replace(built, out)
        return
    keep_strangers(out, built)
    if exchange(built, out):
        shutil.rmtree(built, ignore_errors=True)  # now the old package
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.replace(out, old / out.name)
    os.replace(built, out)
    shutil.rmtree(old, ignore_errors=True)
