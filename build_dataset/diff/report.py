"""The diff as a readable report and as JSON."""

from __future__ import annotations

from typing import Any

from build_dataset.diff.compare import PackageDiff
from build_dataset.reading import one_line


def key_text(key: tuple[Any, ...]) -> str:
    return ", ".join(str(part) for part in key)


def report(diff: PackageDiff, old: str, new: str) -> str:
    """The readable report: counts per resource, schema changes, each changed field."""
    lines = [f"{old} ({diff.old_version}) -> {new} ({diff.new_version})", ""]
    lines.append(f"{'resource':<12}{'added':>8}{'removed':>9}{'changed':>9}")
    for name, t in diff.tables.items():
        if t.unmatched:
            was, now = t.unmatched
            lines.append(f"{name:<12}  rows not matched, as the key changed: {was} -> {now}")
            continue
        lines.append(f"{name:<12}{len(t.added):>8}{len(t.removed):>9}{len(t.changed):>9}")
    lines.append("")
    for name in diff.resources_added:
        lines.append(f"resource added: {name}")
    for name in diff.resources_removed:
        lines.append(f"resource removed: {name}")
    for name, t in diff.tables.items():
        lines += [f"{name}: column added: {c}" for c in t.columns_added]
        lines += [f"{name}: column removed: {c}" for c in t.columns_removed]
        lines += [f"{name}: type of {c}: {a} -> {b}" for c, (a, b) in t.types_changed.items()]
        if t.key_changed:
            before, after = (", ".join(key) or "none" for key in t.key_changed)
            lines.append(f"{name}: primary key ({before}) -> ({after})")
        lines += [f"{name}: {what} ({bump})" for what, bump in t.schema_changes]
        lines += [f"{name} + {key_text(k)}" for k in t.added]
        lines += [f"{name} - {key_text(k)}" for k in t.removed]
        for k, changes in t.changed.items():
            for column, (before, after) in changes.items():
                lines.append(f"{name} ~ {key_text(k)}: {column}: {before!r} -> {after!r}")
    for key, (before, after) in diff.metadata_changed.items():
        lines.append(f"metadata ~ {key}: {before!r} -> {after!r}")
    verdict = "enough" if diff.version_is_honest else "NOT enough"
    bump = diff.required_bump
    lines.append("")
    lines += [f"{bump} because {why}" for level, why in diff.reasons() if level == bump]
    lines.append(f"required bump: {bump}; {diff.old_version} -> {diff.new_version} is {verdict}")
    return "\n".join(one_line(line) for line in lines)


def as_json(diff: PackageDiff) -> dict[str, Any]:
    return {
        "old_version": diff.old_version,
        "new_version": diff.new_version,
        "required_bump": diff.required_bump,
        "reasons": [{"bump": bump, "why": why} for bump, why in diff.reasons()],
        "version_is_honest": diff.version_is_honest,
        "resources_added": diff.resources_added,
        "resources_removed": diff.resources_removed,
        "metadata_changed": {
            k: {"old": a, "new": b} for k, (a, b) in diff.metadata_changed.items()
        },
        "resources": {
            name: {
                "added": [list(k) for k in t.added],
                "removed": [list(k) for k in t.removed],
                "changed": [
                    {
                        "key": list(k),
                        "fields": {c: {"old": a, "new": b} for c, (a, b) in ch.items()},
                    }
                    for k, ch in t.changed.items()
                ],
                "columns_added": t.columns_added,
                "columns_removed": t.columns_removed,
                "types_changed": {c: {"old": a, "new": b} for c, (a, b) in t.types_changed.items()},
                "schema_changes": [{"what": w, "bump": b} for w, b in t.schema_changes],
                "rows_not_matched": (
                    {"old": t.unmatched[0], "new": t.unmatched[1]} if t.unmatched else None
                ),
                "primary_key_changed": (
                    {"old": list(t.key_changed[0]), "new": list(t.key_changed[1])}
                    if t.key_changed
                    else None
                ),
            }
            for name, t in diff.tables.items()
        },
    }
