"""Word lists compiled once into plain text, so that a start reads them in milliseconds.

Computing the sets the extraction queries from german-nouns (a 25 MB CSV), gender-guesser's
name file, GeoNames' towns, pycountry and babel costs some two seconds. wordlists.py
computes each set once and keeps it here, sorted, one entry a line:

    $XDG_CACHE_HOME/build-dataset/wordlists-KEY/NAME.txt      (else ~/.cache/build-dataset)

KEY is a hash of what decides the sets: the versions of build-dataset and of the packages
the lists come from, the bytes of the modules that compute them, and the bytes of the
lexicon files they read. Another version of anything gives another folder, so a stale list
is never read; a change is picked up at the next start without anybody clearing anything.

Plain text, not pickle or marshal: reading a file runs no code, and a damaged one cannot
crash the interpreter. Each section carries its count and the file ends with a marker; a file
that does not parse is a miss, recomputed and written again. A file is written beside its
final name and renamed into place (os.replace), so a reader sees a whole file or none; two
processes compiling at once write the same bytes and the last rename wins. When the cache
cannot be written (a read-only home), the sets are computed in memory, as before.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

MAGIC = "build-dataset word list 1"
END = "end"
# The packages whose data the lists are computed from.
SOURCES = (
    "build-dataset",
    "german-nouns",
    "gender-guesser",
    "babel",
    "pycountry",
    "pytickersymbols",
)
# Files in the package whose bytes decide the lists: the code that computes them, the
# lexicons it reads.
CODE = ("wordlists.py", "wordcache.py")
LEXICONS = ("places.txt", "places_large.txt")

Sections = dict[str, list[str]]


def settle() -> None:
    """Move every object alive now out of the garbage collector's reach (gc.freeze), and
    again at exit. The lists are loaded after the extraction's modules; from then on they
    and the modules live as long as the process, yet every full collection and the ones at
    shutdown walked them all again: a sixth of a one-article build's CPU time (2.23 s ->
    1.85 s, measured beside bench/startup.py). Garbage cycles made before the call are
    never freed: a bounded amount, once per list."""
    gc.freeze()
    if not _FREEZE_AT_EXIT:
        atexit.register(gc.freeze)
        _FREEZE_AT_EXIT.append(True)


_FREEZE_AT_EXIT: list[bool] = []


def cache_home() -> Path | None:
    """$XDG_CACHE_HOME/build-dataset (an absolute path only, as the spec says), else
    ~/.cache/build-dataset; None without a home."""
    configured = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(configured):
        return Path(configured) / "build-dataset"
    try:
        return Path.home() / ".cache" / "build-dataset"
    except RuntimeError:
        return None


@cache
def cache_key() -> str:
    digest = hashlib.sha256()
    for name in SOURCES:
        try:
            digest.update(f"{name}={version(name)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{name}=none\n".encode())
    package = Path(__file__).parent
    files = [package / name for name in CODE]
    files += [package / "lexicons" / name for name in LEXICONS]
    for path in files:
        digest.update(f"{path.name}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:20]


def cache_folder() -> Path | None:
    home = cache_home()
    return home / f"wordlists-{cache_key()}" if home else None


def compiled(
    name: str,
    names: tuple[str, ...],
    compute: Callable[[], Mapping[str, Iterable[str]]],
    folder: Path | None = None,
) -> Sections:
    """The sections NAMES of word list NAME, each sorted: read from the cache FOLDER
    (default: cache_folder()), or computed by COMPUTE (section name -> entries) and stored
    there for the next start. A stored file without exactly those sections is a miss."""
    folder = folder if folder is not None else cache_folder()
    path = folder / f"{name}.txt" if folder else None
    if path is not None:
        stored = read(path)
        if stored is not None and tuple(stored) == names:
            return stored
    computed = compute()
    sections = {section: sorted(set(computed[section])) for section in names}
    if path is not None:
        write(path, sections)
    return sections


def serialise(sections: Sections) -> str | None:
    """The file's text; None when an entry holds a line break (it cannot be one line)."""
    lines = [MAGIC]
    for section, entries in sections.items():
        if any("\n" in entry for entry in entries) or not section.isidentifier():
            return None
        lines.append(f"{section} {len(entries)}")
        lines.extend(entries)
    lines.append(END)
    return "\n".join(lines) + "\n"


def parse(text: str) -> Sections | None:
    """The sections of a file's text, or None when it is not a whole word-list file."""
    lines = text.split("\n")  # not splitlines(): an entry may hold any other character
    if len(lines) < 3 or lines[0] != MAGIC or lines[-2:] != [END, ""]:
        return None
    sections: Sections = {}
    position, last = 1, len(lines) - 2
    while position < last:
        section, _, count = lines[position].partition(" ")
        if not count.isdigit() or position + 1 + int(count) > last or section in sections:
            return None
        start = position + 1
        sections[section] = lines[start : start + int(count)]
        position = start + int(count)
    return sections


def read(path: Path) -> Sections | None:
    try:
        text = path.read_bytes().decode("utf-8")  # no newline translation: "\r" stays
    except (OSError, UnicodeDecodeError):
        return None
    return parse(text)


def write(path: Path, sections: Sections) -> bool:
    """Store SECTIONS at PATH atomically; False when that is not possible (nothing is left
    behind then)."""
    text = serialise(sections)
    if text is None:
        return False
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        return True
    except OSError:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return False
