"""Read the user's files safely: only regular files, never more than a size cap, JSON with
no duplicate keys and bounded depth, and every failure as one InputError line.

Every command reads its inputs here (seeds, NAME.meta.json, gold files, packages and release
files), so a FIFO, a device, a symbolic link loop or a huge file gets the same one-line
refusal wherever it is given.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from build_dataset.errors import InputError

# Big enough for a 5 MB article many times over; small enough that a mistake cannot eat
# the memory of the machine.
MAX_BYTES = 256 * 1024 * 1024
# Package, release, metadata and gold JSON nests a few levels; 100 is generous.
MAX_DEPTH = 100
# csv's default field limit is 131,072 characters: a long quote of a valid package broke it.
csv.field_size_limit(MAX_BYTES)

# A string (to its closing quote, or to the end when it has none: no backtracking) or a bracket.
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)


def file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def open_regular(path: Path, what: str) -> BinaryIO:
    """PATH opened for reading in binary, if it is a regular file (a FIFO is opened without
    waiting for a writer and refused, as are devices and folders): the streaming twin of
    read_bytes, for files too large to read at once."""
    name = str(path)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise InputError(name, f"cannot read the {what}: {error.strerror}", fix(error)) from None
    try:
        mode = os.fstat(handle).st_mode
    except OSError as error:
        os.close(handle)
        raise InputError(name, f"cannot read the {what}: {error.strerror}", fix(error)) from None
    if not stat.S_ISREG(mode):
        os.close(handle)
        raise InputError(name, f"the {what} is {file_kind(mode)}", "give a regular file")
    return os.fdopen(handle, "rb")


def read_bytes(path: Path, what: str = "file", limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file PATH (open_regular); more than LIMIT bytes are refused."""
    name = str(path)
    with open_regular(path, what) as handle:
        try:
            if os.fstat(handle.fileno()).st_size > limit:
                raise InputError(
                    name, f"the {what} is larger than {limit:,} bytes", "give a smaller file"
                )
            data = handle.read(limit + 1)  # a file that grew since: still capped
        except OSError as error:
            raise InputError(
                name, f"cannot read the {what}: {error.strerror}", fix(error)
            ) from None
    if len(data) > limit:
        raise InputError(name, f"the {what} is larger than {limit:,} bytes", "give a smaller file")
    return data


def fix(error: OSError) -> str:
    if error.strerror and "too long" in error.strerror:
        return "use a shorter name"
    if error.strerror and "symbolic links" in error.strerror:
        return "the path is a loop of symbolic links; give the file itself"
    return "check the path and its permissions"


def read_text(path: Path, what: str = "file", limit: int = MAX_BYTES) -> str:
    raw = read_bytes(path, what, limit)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(
            str(path), f"invalid UTF-8 at byte {error.start}", "save the file as UTF-8", line
        ) from None


def nesting_depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings, in one linear pass."""
    depth = deepest = 0
    for match in _NESTING.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def no_duplicates(path: str, text: str) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise InputError(
                    path, f"key {key!r} appears twice", "keep one of them", line_of(text, key)
                )
            result[key] = value
        return result

    return hook


def parse_json(text: str, name: str) -> Any:
    """JSON text as Python values; a duplicate key, deep nesting or a huge number is one line."""
    if nesting_depth(text) > MAX_DEPTH:
        raise InputError(
            name, f"JSON nested deeper than {MAX_DEPTH} levels", "give a flatter document"
        )
    try:
        return json.loads(text, object_pairs_hook=no_duplicates(name, text))
    except json.JSONDecodeError as error:
        raise InputError(
            name, f"malformed JSON: {error.msg}", "fix the JSON", error.lineno
        ) from None
    except (ValueError, RecursionError) as error:  # e.g. an integer of 5,000 digits
        raise InputError(name, f"unreadable JSON: {error}", "fix the JSON") from None


def read_json(path: Path, what: str = "file", limit: int = MAX_BYTES) -> Any:
    return parse_json(read_text(path, what, limit), str(path))


def line_of(text: str, key: str) -> int | None:
    position = text.find(json.dumps(key, ensure_ascii=False))
    return None if position < 0 else text.count("\n", 0, position) + 1


def inside(folder: Path, relative: object, what: str = "resource") -> Path:
    """FOLDER/RELATIVE for a path a package names: relative, without "..", and (after
    symbolic links) still inside FOLDER."""
    where = str(folder)
    if not isinstance(relative, str) or not relative:
        raise InputError(
            where, f"a {what} path is not a string", "pass a package build-dataset wrote"
        )
    shown = printable(relative)
    if relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
        raise InputError(
            where, f"{what} path {shown!r} is absolute", "paths must stay inside the package"
        )
    if ".." in re.split(r"[/\\]", relative):
        raise InputError(where, f"{what} path {shown!r} leaves the package", "remove the '..'")
    path = folder / relative
    try:
        real, root = path.resolve(strict=False), folder.resolve()
    except (OSError, RuntimeError):
        raise InputError(
            where, f"{what} path {shown!r} cannot be resolved", "fix the path"
        ) from None
    if root not in real.parents:
        raise InputError(
            where,
            f"{what} path {shown!r} links out of the package",
            "paths must stay inside the package",
        )
    return path


def csv_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a CSV file read by read_text (so with its caps)."""
    yield from csv.DictReader(io.StringIO(read_text(path, "table"), newline=""))


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """TEXT with control characters (terminal escapes among them) shown as \\xNN; line feeds
    and tabs stay."""
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


# Every control character, line breaks and tabs included, and the invisible format
# characters (category Cf: bidi overrides such as U+202E, soft hyphens, zero widths).
_ANY_CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)


def one_line(text: str) -> str:
    """TEXT as one line a terminal shows as written: every control and format character,
    line feeds and tabs included, as \\xNN or \\uNNNN, so a value read from a file can
    neither move the cursor nor forge a line of the tool's own output."""
    return _ANY_CONTROL.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )


def json_text(data: Any) -> str:
    """JSON for a terminal: C0 controls are escaped by json itself, C1 and DEL here."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return re.sub(r"[\x7f-\x9f]", lambda match: f"\\u{ord(match.group()):04x}", text)
