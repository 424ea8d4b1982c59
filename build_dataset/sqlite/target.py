"""Where export may write: a new file, or a database an earlier export wrote (its
application id, none of the user's tables), never a special file, a link, a file of the
user's or anything inside a package."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from build_dataset.errors import InputError
from build_dataset.reading import file_kind, printable

# PRAGMA application_id of every database export writes ("bdqt"): the mark by which a
# later export knows the file is its own to replace.
APPLICATION_ID = 0x62647174


def ours(target: Path) -> bool:
    """Whether TARGET is a database an export wrote: SQLite's header with our application id."""
    try:
        handle = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        header = os.read(handle, 100) if stat.S_ISREG(os.fstat(handle).st_mode) else b""
    finally:
        os.close(handle)
    return header[:16] == b"SQLite format 3\x00" and header[68:72] == APPLICATION_ID.to_bytes(4)


# The tables an export writes (the article and the package's tables); a database holding
# anything else has been added to by someone, and replacing it would lose their work.
EXPORT_TABLES = frozenset({"article", "entities", "quotes", "mentions", "warnings", "skipped"})


def added(target: Path) -> list[str] | None:
    """What TARGET's schema holds beyond export's tables and their key indexes (None when
    the schema cannot be read)."""
    try:
        uri = target.absolute().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        try:
            entries = connection.execute("SELECT type, name, tbl_name FROM sqlite_master")
            schema = entries.fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return None

    def own(kind: str, name: str, table: str) -> bool:
        if kind == "table":
            return name == table and name in EXPORT_TABLES
        prefix = f"sqlite_autoindex_{table}_"
        return kind == "index" and table in EXPORT_TABLES and name.startswith(prefix)

    return sorted(str(entry[1]) for entry in schema if not own(*entry))


def package_around(folder: Path, source: Path) -> Path | None:
    """The package that FOLDER is or lies in: the one exported, any package directly
    holding FOLDER's files, or a package build-dataset wrote further up."""
    from build_dataset.write import written_by_us

    for candidate in (folder, *folder.parents):
        if candidate == source or (
            (candidate / "datapackage.json").exists()
            and (candidate == folder or written_by_us(candidate))
        ):
            return candidate
    return None


def check_target(folder: Path, target: Path) -> None:
    """Write only a new file or a database an export wrote: never a special file, a link, a
    file of the user's, or anything inside a package."""
    try:
        mode: int | None = target.lstat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise InputError(
            str(target), f"cannot write: {error.strerror}", "give another file name"
        ) from None
    parent = target.absolute().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent  # the nearest folder that exists: export makes the rest
    if parent.exists():
        package = package_around(parent.resolve(), folder.resolve())
        if package is not None:
            raise InputError(
                str(target),
                f"lies in the package folder {package}, which export must not change",
                "write the database elsewhere",
            )
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError(str(target), "is a folder", "give a file name for the database")
    if mode is not None and stat.S_ISLNK(mode):
        raise InputError(str(target), "is a symbolic link", "give the file name itself")
    if mode is not None and not stat.S_ISREG(mode):
        raise InputError(str(target), f"is {file_kind(mode)}", "give a file name for the database")
    if mode is not None and not ours(target):
        raise InputError(
            str(target),
            "exists and is not a database that build-dataset export wrote",
            "give a new file name; export never replaces other files",
        )
    extra = added(target) if mode is not None else []
    if extra is None or extra:
        what = "cannot be read" if extra is None else "holds " + ", ".join(map(repr, extra[:5]))
        raise InputError(
            str(target),
            f"the database {printable(what)}, which export did not write",
            "give a new file name; export never replaces what you added",
        )
