"""Per-article results kept between builds, keyed by content (issue 14, "Incremental").

A result is a text (an ArticleResult's JSON) stored under the sha256 key of everything that
decides it (``cache_key``). Layout::

    FOLDER/<sha256 of builder_key, 16 hex>/<key[:2]>/<key[2:4]>/<key>

so a new builder (another version of build-dataset or of a row-deciding package, another
word list) looks in a folder of its own and misses, and no folder holds more than a few
hundred entries even for millions of articles. An entry starts with one header line,
``<key> <sha256 of the text>``: an entry that is cut short, edited or written by another
program does not match its header and is a miss, so a write needs no fsync (a crash leaves
at worst a miss). Writes go to a temporary file beside the entry, then ``os.replace``:
readers, and other builds sharing the folder, see the whole entry or none. Nothing below
FOLDER is followed through a symbolic link.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from build_dataset.errors import InputError

KEY = re.compile(r"[0-9a-f]{64}")
GENERATION_LENGTH = 16
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
PIECE = 1 << 20  # characters of an entry encoded at a time
HEADER_LENGTH = 64 + 1 + 64 + 1  # "<key> <sha256 of the text>\n"


def default_cache_folder() -> Path:
    """$XDG_CACHE_HOME/build-dataset, else ~/.cache/build-dataset (XDG: relative = unset)."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "build-dataset"


def cache_key(*parts: bytes | str | None) -> str:
    """sha256 of PARTS, each length-prefixed so that no two different lists collide."""
    digest = hashlib.sha256()
    for part in parts:
        if part is None:
            digest.update(b"-")
            continue
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(b"%d:" % len(data))
        digest.update(data)
    return digest.hexdigest()


def generation_name(builder_key: str) -> str:
    """The name of the folder holding the results of the builder BUILDER_KEY names."""
    return hashlib.sha256(builder_key.encode("utf-8")).hexdigest()[:GENERATION_LENGTH]


def _is_real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


class ResultCache:
    """Results of one builder under FOLDER; ``get`` and ``put`` by a 64-hex-digit key."""

    def __init__(self, folder: Path | str, builder_key: str) -> None:
        self.folder = Path(folder)
        self.root = self.folder / generation_name(builder_key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not _is_real_folder(self.root):
                self.root.mkdir()
        except OSError as error:
            raise InputError(
                str(self.folder),
                f"cannot use this folder as the cache ({error.strerror or error})",
                "pass --cache DIR with a folder you can write, or --no-cache",
            ) from error
        if not _is_real_folder(self.root):
            raise InputError(
                str(self.root),
                "the cache's folder is a symbolic link or no folder",
                "remove it, or pass another --cache DIR",
            )

    def _path(self, key: str) -> Path:
        if not KEY.fullmatch(key):
            raise ValueError(f"a cache key is 64 lowercase hex digits, not {key!r}")
        return self.root / key[:2] / key[2:4] / key

    def has(self, key: str) -> bool:
        """Whether an entry is stored under KEY, without reading it: get() may still find it
        damaged, and its caller then works the result out."""
        path = self._path(key)
        if not (_is_real_folder(path.parent.parent) and _is_real_folder(path.parent)):
            return False
        try:
            return stat.S_ISREG(os.lstat(path).st_mode)
        except OSError:
            return False

    def get(self, key: str) -> str | None:
        """The text stored under KEY, or None: absent, cut short, altered or a link."""
        path = self._path(key)
        if not (_is_real_folder(path.parent.parent) and _is_real_folder(path.parent)):
            return None
        try:
            descriptor = os.open(path, os.O_RDONLY | NOFOLLOW)
        except OSError:
            return None
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            data = handle.read()
        header, _, body = data.partition(b"\n")
        if header != f"{key} {hashlib.sha256(body).hexdigest()}".encode("ascii"):
            return None
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def _temporary(self, path: Path) -> tuple[int, str]:
        """A new .partial-* file beside PATH, its folders made first. `build-dataset cache
        --prune` (of this installation with --all, or of another one) may remove them
        while a build runs, even between the making and the file: then they are made
        again."""
        for _ in range(2):
            _make_folders(path)
            try:
                return tempfile.mkstemp(prefix=".partial-", dir=path.parent)
            except FileNotFoundError:
                continue
        _make_folders(path)
        return tempfile.mkstemp(prefix=".partial-", dir=path.parent)

    def put(self, key: str, text: str | Iterable[str]) -> None:
        """Store TEXT (or the pieces of a text, joined) under KEY, atomically; an entry
        already there is replaced."""
        path = self._path(key)
        descriptor, temporary = self._temporary(path)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                # The text is hashed as it is written, a piece at a time, and the header
                # (of a fixed length: two sha256s) written last in its place: a 5 MB
                # article's result is some 30 MB of JSON, never held whole as bytes.
                handle.write(b" " * HEADER_LENGTH)
                digest = hashlib.sha256()
                for piece in [text] if isinstance(text, str) else text:
                    for at in range(0, len(piece), PIECE):
                        data = piece[at : at + PIECE].encode("utf-8")
                        digest.update(data)
                        handle.write(data)
                handle.seek(0)
                handle.write(f"{key} {digest.hexdigest()}\n".encode("ascii"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _make_folders(path: Path) -> None:
    """The two folders above an entry's PATH (and the generation's, if it is gone)."""
    for folder in (path.parent.parent, path.parent):
        if not os.path.lexists(folder):
            # parents: a prune may have taken the generation's folder; exist_ok: another
            # build may make it at the same time
            folder.mkdir(parents=True, exist_ok=True)
        if not _is_real_folder(folder):
            raise InputError(str(folder), "is a link or no folder inside the cache", "remove it")
