"""Walking a cache folder by its layout (cache.py, wordcache.py), for the survey and the
prune of housekeeping.py: each name below it is an entry, an unfinished write, a word-list
file, one of the cache's folders, a symbolic link (never followed) or something that is
not the cache's.

    <16 hex>/<2 hex>/<2 hex>/<64 hex starting with those 4>   a result
    <16 hex>/<2 hex>/<2 hex>/.partial-*                       a write not finished
    wordlists-<hex>/<name>.txt and .<name>-*                  compiled word lists
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from build_dataset.errors import InputError

GENERATION = re.compile(r"[0-9a-f]{16}")
LEVEL = re.compile(r"[0-9a-f]{2}")
ENTRY = re.compile(r"[0-9a-f]{64}")
PARTIAL = re.compile(r"\.partial-[A-Za-z0-9_]+")
WORDLISTS = re.compile(r"wordlists-[0-9a-f]{8,64}")
# The lists wordlists.py compiles (its compiled() names), and wordcache.write's temporary
# files: a user's own notes.txt in an old word-list folder is not taken for one of them.
WORDLIST_NAMES = "first_names|german_nouns|names|places"
WORDLIST_FILE = re.compile(rf"(?:{WORDLIST_NAMES})\.txt|\.(?:{WORDLIST_NAMES})-[A-Za-z0-9_]+")
READ_HINT = "make it readable (chmod u+rx on it) or pass --cache with another folder"


@dataclass(frozen=True)
class Item:
    """One name below the cache folder, as the walk found it (sizes and ages of files)."""

    kind: str  # "entry", "partial", "file" (of word lists), "folder", "foreign", "link"
    path: Path
    bytes: int = 0
    mtime: float = 0.0


def listing(folder: Path) -> list[os.DirEntry[str]]:
    """FOLDER's names in order, links not followed; none when it is gone."""
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda entry: entry.name)
    except FileNotFoundError:
        return []  # removed since it was seen (another prune)
    except OSError as error:
        raise InputError(
            str(folder), f"cannot read it ({error.strerror or error})", READ_HINT
        ) from error


def item(kind: str, entry: os.DirEntry[str]) -> Item:
    return Item(kind, Path(entry.path))


def sized(kind: str, entry: os.DirEntry[str]) -> Iterator[Item]:
    """The file ENTRY with its size and age; nothing when it is gone since the folder was
    listed (a build renamed its .partial-* into place, another prune removed it)."""
    try:
        info = entry.stat(follow_symlinks=False)
    except FileNotFoundError:
        return
    except OSError as error:
        raise InputError(
            entry.path, f"cannot read it ({error.strerror or error})", READ_HINT
        ) from error
    yield Item(kind, Path(entry.path), info.st_size, info.st_mtime)


def walk_generation(root: Path) -> Iterator[Item]:
    """Everything in a generation folder, each folder after what it holds."""
    for first in listing(root):
        if first.is_symlink():
            yield item("link", first)
        elif not (first.is_dir(follow_symlinks=False) and LEVEL.fullmatch(first.name)):
            yield item("foreign", first)
        else:
            for second in listing(Path(first.path)):
                if second.is_symlink():
                    yield item("link", second)
                elif not (second.is_dir(follow_symlinks=False) and LEVEL.fullmatch(second.name)):
                    yield item("foreign", second)
                else:
                    prefix = first.name + second.name
                    for leaf in listing(Path(second.path)):
                        kind = leaf_kind(leaf, prefix)
                        if kind in ("entry", "partial"):
                            yield from sized(kind, leaf)
                        else:
                            yield item(kind, leaf)
                    yield item("folder", second)
            yield item("folder", first)


def leaf_kind(leaf: os.DirEntry[str], prefix: str) -> str:
    if leaf.is_symlink():
        return "link"
    if not leaf.is_file(follow_symlinks=False):
        return "foreign"
    if ENTRY.fullmatch(leaf.name) and leaf.name.startswith(prefix):
        return "entry"
    return "partial" if PARTIAL.fullmatch(leaf.name) else "foreign"


def walk_wordlists(root: Path) -> Iterator[Item]:
    for leaf in listing(root):
        if leaf.is_symlink():
            yield item("link", leaf)
        elif leaf.is_file(follow_symlinks=False) and WORDLIST_FILE.fullmatch(leaf.name):
            yield from sized("file", leaf)
        else:
            yield item("foreign", leaf)
