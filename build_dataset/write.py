"""Write the package into a temporary folder beside the target, then swap it in."""

from __future__ import annotations

import csv
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
from build_dataset.package import GENERATOR

SUMS_FILE = "SHA256SUMS"


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
    if out.is_dir() and any(out.iterdir()) and not written_by_us(out) and not force:
        raise InputError(
            str(out),
            "--out is a non-empty folder that build-dataset did not write",
            "choose an empty folder or pass --force",
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


def swap_in(built: Path, out: Path) -> None:
    """Replace OUT by BUILT; other files in OUT (written by others, --force) move along."""
    out = out.absolute()
    if out.is_dir():
        ours = our_files(out)
        for child in out.iterdir():
            if child.name not in ours and not (built / child.name).exists():
                os.replace(child, built / child.name)
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(out, old / out.name)
        os.replace(built, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(built, out)
