"""What the cache folder holds, and pruning what no build of this installation will read.

The folder (``--cache DIR``, default $XDG_CACHE_HOME/build-dataset) grows with every new
builder: each writes its results into a generation of its own (cache.py), and each new set
of word-list versions compiles its lists into a ``wordlists-KEY`` folder of its own
(wordcache.py). ``survey`` lists them, marking the ones this installation uses now;
``prune`` removes the others.

Only names of the cache's own layout are ever removed, one file or empty folder at a time
(never a whole tree)::

    <16 hex>/<2 hex>/<2 hex>/<64 hex starting with those 4>   a result
    <16 hex>/<2 hex>/<2 hex>/.partial-*                       a write not finished
    wordlists-<hex>/<name>.txt and .<name>-*                  compiled word lists

Anything else (a file of yours, a folder of another name, a symbolic link anywhere) is
reported and left alone, and so is every folder holding it; a link is never followed.
A ``.partial-*`` file younger than an hour may be a build writing right now: it stays.
"""

from __future__ import annotations

import errno
import time
from dataclasses import dataclass
from pathlib import Path

from build_dataset.corpus.cache_walk import (
    GENERATION,
    WORDLISTS,
    listing,
    walk_generation,
    walk_wordlists,
)
from build_dataset.errors import InputError

YOUNG = 3600  # seconds: a younger .partial-* file may be a build writing it now
PERMISSION_HINT = "make it writable (chmod u+w on its folder) or delete it yourself"


@dataclass(frozen=True)
class Generation:
    """One builder's results: NAME is 16 hex digits; NEWEST the latest mtime of an entry."""

    name: str
    entries: int
    bytes: int
    newest: float | None
    current: bool
    partials: int  # unfinished writes
    partial_bytes: int
    old_partials: int  # of them, older than an hour: prune removes them
    old_partial_bytes: int
    # Written in the last hour (an entry or an unfinished write): another installation's
    # build may be using it now, and emptying it under that build would cost it its
    # results, so prune leaves it unless told --all.
    recent: bool = False


@dataclass(frozen=True)
class WordLists:
    name: str
    files: int
    bytes: int
    current: bool


@dataclass(frozen=True)
class Survey:
    """A cache folder: its generations and word lists, and what is not the cache's
    (FOREIGN, paths relative to FOLDER; LINKS, symbolic links), which is never touched."""

    folder: Path
    generations: tuple[Generation, ...]
    wordlists: tuple[WordLists, ...]
    foreign: tuple[str, ...]
    links: tuple[str, ...]

    @property
    def bytes(self) -> int:
        return sum(g.bytes + g.partial_bytes for g in self.generations) + sum(
            w.bytes for w in self.wordlists
        )

    @property
    def prunable_bytes(self) -> int:
        """What prune (without EVERYTHING) frees: the folders not current, old partials."""
        stale = sum(g.bytes for g in self.generations if not (g.current or g.recent))
        stale += sum(w.bytes for w in self.wordlists if not w.current)
        return stale + sum(g.old_partial_bytes for g in self.generations)


@dataclass(frozen=True)
class Pruned:
    """What prune removed: whole folders (REMOVED, names), entries, unfinished writes and
    word-list files, the bytes freed, the cache's folders KEPT because they still hold
    something (a young unfinished write, a file not the cache's, a link), and the
    generations IN_USE (written in the last hour) left whole."""

    folder: Path
    removed: tuple[str, ...]
    entries: int
    partials: int
    wordlist_files: int
    freed: int
    kept: tuple[str, ...]
    in_use: tuple[str, ...] = ()


def current_names() -> tuple[str, str]:
    """The generation and word-list folder a build of this installation uses now, named
    as pipeline.open_cache and wordcache.cache_folder name them."""
    from build_dataset import wordcache
    from build_dataset.corpus.cache import generation_name
    from build_dataset.corpus.versions import builder_key

    return generation_name(builder_key()), f"wordlists-{wordcache.cache_key()}"


def survey(
    folder: Path, current: tuple[str, str] | None = None, now: float | None = None
) -> Survey:
    """What FOLDER holds. CURRENT: the (generation, word-list folder) names in use, by
    default this installation's (current_names()); NOW: the time partial files are aged
    against. An absent folder is an empty survey; a path that is no folder is an error."""
    if folder.exists() and not folder.is_dir():
        raise InputError(str(folder), "is not a folder", "pass --cache with the cache's folder")
    generation_now, wordlists_now = current or current_names()
    cutoff = (time.time() if now is None else now) - YOUNG
    generations: list[Generation] = []
    wordlists: list[WordLists] = []
    foreign: list[str] = []
    links: list[str] = []
    for top in listing(folder) if folder.is_dir() else []:
        path = Path(top.path)
        if top.is_symlink():
            links.append(top.name)
        elif top.is_dir(follow_symlinks=False) and GENERATION.fullmatch(top.name):
            items = list(walk_generation(path))
            entries = [i for i in items if i.kind == "entry"]
            partials = [i for i in items if i.kind == "partial"]
            generations.append(
                Generation(
                    top.name,
                    len(entries),
                    sum(i.bytes for i in entries),
                    max((i.mtime for i in entries), default=None),
                    top.name == generation_now,
                    len(partials),
                    sum(i.bytes for i in partials),
                    sum(1 for i in partials if i.mtime < cutoff),
                    sum(i.bytes for i in partials if i.mtime < cutoff),
                    recent=any(i.mtime >= cutoff for i in entries + partials),
                )
            )
            foreign += [_relative(i.path, folder) for i in items if i.kind == "foreign"]
            links += [_relative(i.path, folder) for i in items if i.kind == "link"]
        elif top.is_dir(follow_symlinks=False) and WORDLISTS.fullmatch(top.name):
            items = list(walk_wordlists(path))
            files = [i for i in items if i.kind == "file"]
            size = sum(i.bytes for i in files)
            wordlists.append(WordLists(top.name, len(files), size, top.name == wordlists_now))
            foreign += [_relative(i.path, folder) for i in items if i.kind == "foreign"]
            links += [_relative(i.path, folder) for i in items if i.kind == "link"]
        else:
            foreign.append(top.name)
    return Survey(folder, tuple(generations), tuple(wordlists), tuple(foreign), tuple(links))


def _relative(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


def _remove(path: Path, folder: bool = False) -> bool:
    """Remove the file (or empty folder) at PATH; False when a folder is not empty or the
    path is gone already (another prune, or the build that owns it)."""
    try:
        if folder:
            path.rmdir()
        else:
            path.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        if folder and error.errno in (errno.ENOTEMPTY, errno.EEXIST):
            return False
        raise InputError(
            str(path), f"cannot remove it ({error.strerror or error})", PERMISSION_HINT
        ) from error
    return True


def prune(
    folder: Path,
    everything: bool = False,
    current: tuple[str, str] | None = None,
    now: float | None = None,
) -> Pruned:
    """Remove from FOLDER every generation and word-list folder not in use now, and every
    unfinished write older than an hour; EVERYTHING: the ones in use too (the current
    generation's folder itself stays, empty, as a build running now needs it). Only the
    cache's own names are removed; a folder holding nothing of the cache's but other
    things is refused whole (it is not a cache: --cache names the wrong folder)."""
    found = survey(folder, current, now)
    if not found.generations and not found.wordlists and (found.foreign or found.links):
        raise InputError(
            str(folder),
            "holds nothing of build-dataset's cache, only other files",
            "pass --cache with the cache's folder",
        )
    cutoff = (time.time() if now is None else now) - YOUNG
    removed: list[str] = []
    kept: list[str] = []
    in_use = [g.name for g in found.generations if g.recent and not g.current and not everything]
    entries = partials = wordlist_files = freed = 0
    for generation in found.generations:
        root = folder / generation.name
        whole = everything or not (generation.current or generation.name in in_use)
        for item in walk_generation(root):
            if item.kind == "folder" and whole:
                _remove(item.path, folder=True)  # kept when it holds what is not removed
            elif item.kind == "entry" and whole and not everything and item.mtime >= cutoff:
                continue  # written since the survey looked: a build is using this folder now
            elif item.kind == "entry" and whole and _remove(item.path):
                entries += 1
                freed += item.bytes
            elif item.kind == "partial" and item.mtime < cutoff and _remove(item.path):
                partials += 1
                freed += item.bytes
        if whole and not generation.current:  # the current one's folder stays for builds
            (removed if _remove(root, folder=True) else kept).append(generation.name)
    for lists in found.wordlists:
        if everything or not lists.current:
            root = folder / lists.name
            for item in walk_wordlists(root):
                if item.kind == "file" and _remove(item.path):
                    wordlist_files += 1
                    freed += item.bytes
            (removed if _remove(root, folder=True) else kept).append(lists.name)
    return Pruned(
        folder, tuple(removed), entries, partials, wordlist_files, freed, tuple(kept),
        tuple(in_use),
    )  # fmt: skip
