"""The cache's survey and a prune's result as text for a person (`build-dataset cache`)."""

from __future__ import annotations

from datetime import UTC, datetime

from build_dataset.corpus.housekeeping import Pruned, Survey
from build_dataset.reading import one_line


def names(found: tuple[str, ...]) -> str:
    """File names as written, but a control character in one (a terminal escape, a line
    feed) shown as \\xNN: a file someone put in the folder cannot forge the output."""
    return ", ".join(one_line(name) for name in found)


def size(count: int) -> str:
    """COUNT bytes for a person: 512 B, 3.4 KB, 12.0 MB, 2.5 GB (powers of 1000)."""
    if count < 1000:
        return f"{count} B"
    value = count / 1000
    for unit in ("KB", "MB", "GB"):
        if value < 999.95:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"


def counted(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def newest(mtime: float | None) -> str:
    if mtime is None:
        return "empty"
    return "newest " + datetime.fromtimestamp(mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")


def survey_text(found: Survey) -> str:
    """Each generation and word-list folder (the current ones marked), the unfinished
    writes, what is not the cache's, and what --prune would free."""
    if not (found.generations or found.wordlists or found.foreign or found.links):
        return f"{found.folder}: no cache here yet"
    lines = [f"cache {found.folder}: {size(found.bytes)}"]
    if found.generations:
        lines.append("results, one folder per builder:")
    for g in found.generations:
        lines.append(
            f"  {g.name}  {counted(g.entries, 'entry', 'entries'):>15}  {size(g.bytes):>8}  "
            f"{newest(g.newest)}"
            + ("  (current)" if g.current else "  (written in the last hour)" if g.recent else "")
        )
    if found.wordlists:
        lines.append("compiled word lists:")
    for w in found.wordlists:
        lines.append(
            f"  {w.name}  {counted(w.files, 'file', 'files')}  {size(w.bytes)}"
            + ("  (current)" if w.current else "")
        )
    partials = sum(g.partials for g in found.generations)
    if partials:
        old = sum(g.old_partials for g in found.generations)
        lines.append(
            f"unfinished writes (.partial-*): {partials:,}, "
            f"{size(sum(g.partial_bytes for g in found.generations))}; "
            f"{old:,} older than an hour"
        )
    if found.foreign:
        lines.append("not the cache's, left alone: " + names(found.foreign))
    if found.links:
        lines.append("symbolic links, left alone, not followed: " + names(found.links))
    stale = sum(not (g.current or g.recent) for g in found.generations)
    stale += sum(not w.current for w in found.wordlists)
    old = sum(g.old_partials for g in found.generations)
    recent = any(g.recent and not g.current for g in found.generations)
    if stale or old:
        lines.append(
            f"`build-dataset cache --prune` frees {size(found.prunable_bytes)}: "
            f"{counted(stale, 'folder', 'folders')} not current, "
            f"{counted(old, 'unfinished write', 'unfinished writes')} older than an hour"
            + (" (a folder written in the last hour stays: --all takes it)" if recent else "")
        )
    else:
        lines.append("nothing to prune (--prune --all empties the current folders too)")
    return "\n".join(lines)


def pruned_text(pruned: Pruned) -> str:
    """What prune removed, what it kept and why, and the bytes freed."""
    lines = []
    if pruned.removed:
        folders = counted(len(pruned.removed), "folder", "folders")
        lines.append(f"removed {folders}: " + ", ".join(pruned.removed))
    lines.append(
        f"removed {counted(pruned.entries, 'result', 'results')}, "
        f"{counted(pruned.partials, 'unfinished write', 'unfinished writes')}, "
        f"{counted(pruned.wordlist_files, 'word-list file', 'word-list files')}"
    )
    if pruned.in_use:
        lines.append(
            "kept, written in the last hour (another installation's build may be using it; "
            "--all takes it): " + ", ".join(pruned.in_use)
        )
    if pruned.kept:
        lines.append(
            "kept, holding a write younger than an hour or something not the cache's: "
            + ", ".join(pruned.kept)
        )
    lines.append(f"freed {size(pruned.freed)} in {pruned.folder}")
    return "\n".join(lines)
