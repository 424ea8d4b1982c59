"""What changed between two snapshots, and the version bump each change needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from build_dataset.diff.snapshot import Snapshot, Table
from build_dataset.errors import InputError
from build_dataset.reading import printable

BUMPS = ("none", "patch", "minor", "major")
# Metadata every build restates; a change in them is no change of the data (the versions
# of the packages that decide rows, "packages", change rows only where the rows show it).
VOLATILE = {"version", "created", "generator", "packages", "resources", "$schema"}


@dataclass(frozen=True)
class TableDiff:
    added: list[tuple[Any, ...]] = field(default_factory=list)
    removed: list[tuple[Any, ...]] = field(default_factory=list)
    changed: dict[tuple[Any, ...], dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    types_changed: dict[str, tuple[str, str]] = field(default_factory=dict)
    key_changed: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    schema_changes: list[tuple[str, str]] = field(default_factory=list)  # (what, bump)
    unmatched: tuple[int, int] | None = None  # (old rows, new rows) when keys differ


@dataclass(frozen=True)
class PackageDiff:
    old: Snapshot
    new: Snapshot
    resources_added: list[str]
    resources_removed: list[str]
    tables: dict[str, TableDiff]
    metadata_changed: dict[str, tuple[Any, Any]]

    @property
    def old_version(self) -> str:
        return self.old.version

    @property
    def new_version(self) -> str:
        return self.new.version

    def reasons(self) -> list[tuple[str, str]]:
        """(bump, why) for every change, in the order of the report."""
        found = [("major", f"resource removed: {name}") for name in self.resources_removed]
        found += [("minor", f"resource added: {name}") for name in self.resources_added]
        found += [("patch", f"metadata changed: {key}") for key in self.metadata_changed]
        for name, t in self.tables.items():
            found += [("major", f"{name}: column removed: {c}") for c in t.columns_removed]
            found += [
                ("major", f"{name}: type of {c}: {a} -> {b}")
                for c, (a, b) in t.types_changed.items()
            ]
            if t.key_changed:
                was, now = (", ".join(k) or "none" for k in t.key_changed)
                found.append(("major", f"{name}: primary key ({was}) -> ({now})"))
            found += [("minor", f"{name}: column added: {c}") for c in t.columns_added]
            found += [(bump, f"{name}: {what}") for what, bump in t.schema_changes]
            if t.added:
                found.append(("minor", f"{name}: {len(t.added)} rows added"))
            if t.changed or t.removed:
                counts = f"{len(t.changed)} changed, {len(t.removed)} removed"
                found.append(("patch", f"{name}: rows corrected ({counts})"))
        return found

    @property
    def required_bump(self) -> str:
        return max(["none", *(bump for bump, _ in self.reasons())], key=BUMPS.index)

    @property
    def version_is_honest(self) -> bool:
        return actual_bump(self.old, self.new) >= BUMPS.index(self.required_bump)


def parse_version(version: str, where: str) -> tuple[int, int, int]:
    """MAJOR.MINOR.PATCH in ASCII digits; pre-releases and build metadata are refused, as
    the rules of README say nothing about them."""
    match = re.fullmatch(r"(\d{1,18})\.(\d{1,18})\.(\d{1,18})", version, re.ASCII)
    if not match:
        shown = printable(version[:40]) + ("…" if len(version) > 40 else "")
        raise InputError(where, f"version {shown!r} is not MAJOR.MINOR.PATCH", "fix the version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def actual_bump(old: Snapshot, new: Snapshot) -> int:
    """0 none (or lower), 1 patch, 2 minor, 3 major: how far NEW is ahead of OLD."""
    a, b = parse_version(old.version, old.source), parse_version(new.version, new.source)
    if b <= a:
        return 0 if b == a else -1
    if b[0] > a[0]:
        return 3
    return 2 if b[1] > a[1] else 1


def compare_tables(old: Table, new: Table) -> TableDiff:
    columns = TableDiff(
        columns_added=[c for c in new.fields if c not in old.fields],
        columns_removed=[c for c in old.fields if c not in new.fields],
        types_changed={
            c: (old.fields[c], new.fields[c])
            for c in old.fields
            if c in new.fields and old.fields[c] != new.fields[c]
        },
        key_changed=(old.key, new.key) if old.key != new.key else None,
        schema_changes=schema_changes(old.schema, new.schema) + shape_changes(old, new),
    )
    if old.key != new.key:  # the rows of one cannot be found by the key of the other
        return replace(columns, unmatched=(len(old.rows), len(new.rows)))
    changed = {}
    for k in sorted(old.rows.keys() & new.rows.keys(), key=str):
        before, after = old.rows[k], new.rows[k]
        changes = {
            c: (before.get(c), after.get(c))
            for c in new.fields
            if c in old.fields and before.get(c) != after.get(c)
        }
        if changes:
            changed[k] = changes
    return replace(
        columns,
        added=[k for k in new.rows if k not in old.rows],
        removed=[k for k in old.rows if k not in new.rows],
        changed=changed,
    )


def shape_changes(old: Table, new: Table) -> list[tuple[str, str]]:
    """article.json read as one object before and as a list now (or back): every reader
    of it breaks."""
    if old.shape == new.shape:
        return []
    what = {"object": "one article object", "list": "a list of articles"}
    return [(f"{what[old.shape]} -> {what[new.shape]}", "major")]


def schema_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    """Changes of a Table Schema beyond columns, types and key, with the bump each needs:
    a tighter constraint, a removed foreign key or another dialect breaks readers (major);
    a looser constraint or a new foreign key adds (minor); a new description is a patch."""
    changes: list[tuple[str, str]] = []
    before = {f["name"]: f for f in old.get("fields", [])}
    for field_ in new.get("fields", []):
        name, was = field_["name"], before.get(field_["name"])
        if was is None:
            continue
        if was.get("description") != field_.get("description"):
            changes.append((f"description of {name}", "patch"))
        old_c, new_c = was.get("constraints", {}), field_.get("constraints", {})
        for constraint in sorted(old_c.keys() | new_c.keys()):
            a, b = old_c.get(constraint), new_c.get(constraint)
            if a == b:
                continue
            looser = (
                b is None
                or (constraint == "enum" and a is not None and set(a) <= set(b))
                # "OLD|MORE" matches all that OLD matched: a widened pattern
                or (constraint == "pattern" and isinstance(a, str) and str(b).startswith(a + "|"))
            )
            changes.append(
                (f"{constraint} of {name}: {a!r} -> {b!r}", "minor" if looser else "major")
            )
    old_keys, new_keys = old.get("foreignKeys", []), new.get("foreignKeys", [])
    if any(key not in new_keys for key in old_keys):
        changes.append(("a foreign key removed", "major"))
    if any(key not in old_keys for key in new_keys):
        changes.append(("a foreign key added", "minor"))
    for setting in ("dialect", "missingValues"):
        # A release file holds no dialect: compare only what both sides state.
        if setting in old and setting in new and old[setting] != new[setting]:
            changes.append((f"{setting}: {old.get(setting)!r} -> {new.get(setting)!r}", "major"))
    return changes


def compare(old: Snapshot, new: Snapshot) -> PackageDiff:
    """What changed from OLD to NEW, two versions of the same package."""
    if old.metadata.get("name") != new.metadata.get("name"):
        raise InputError(
            new.source,
            f"another package ({new.metadata.get('name')!r}, not {old.metadata.get('name')!r})",
            "compare two versions of the same package",
        )
    shared = [name for name in old.tables if name in new.tables]
    metadata = {
        key: (old.metadata.get(key), new.metadata.get(key))
        for key in sorted((old.metadata.keys() | new.metadata.keys()) - VOLATILE)
        # a release file's rows (quotes, entities, mentions …) are tables, not metadata
        if key not in ("checksums", "tables", "article", *old.tables, *new.tables)
        and old.metadata.get(key) != new.metadata.get(key)
    }
    return PackageDiff(
        old=old,
        new=new,
        resources_added=[name for name in new.tables if name not in old.tables],
        resources_removed=[name for name in old.tables if name not in new.tables],
        tables={name: compare_tables(old.tables[name], new.tables[name]) for name in shared},
        metadata_changed=metadata,
    )
