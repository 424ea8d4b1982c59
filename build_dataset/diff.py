"""Compare two versions of the package, row by row, and say which version bump the change
needs (semantic versioning for data, see README "Versions"):

- MAJOR: a resource, a column or a primary key removed or renamed, or a column's type changed;
- MINOR: a resource, a column or rows added;
- PATCH: values corrected (rows changed or removed), metadata changed;
- none: the same data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError
from build_dataset.reading import csv_rows, inside, one_line, printable, read_json

BUMPS = ("none", "patch", "minor", "major")
# Metadata every build restates; a change in them is no change of the data.
VOLATILE = {"version", "created", "generator", "resources", "$schema"}


@dataclass(frozen=True)
class Table:
    fields: dict[str, str]  # column -> type
    key: tuple[str, ...]
    rows: dict[tuple[Any, ...], dict[str, Any]]
    schema: dict[str, Any] = field(default_factory=dict)  # the Table Schema, if any


@dataclass(frozen=True)
class Snapshot:
    """One version of the package, from a package folder or a release file."""

    source: str  # the folder or file, for messages
    version: str
    metadata: dict[str, Any]
    tables: dict[str, Table]


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

    @property
    def required_bump(self) -> str:
        bumps = ["none"]
        if self.resources_removed:
            bumps.append("major")
        if self.resources_added:
            bumps.append("minor")
        if self.metadata_changed:
            bumps.append("patch")
        for t in self.tables.values():
            if t.columns_removed or t.types_changed or t.key_changed:
                bumps.append("major")
            if t.columns_added or t.added:
                bumps.append("minor")
            if t.changed or t.removed:
                bumps.append("patch")
            bumps += [bump for _, bump in t.schema_changes]
        return max(bumps, key=BUMPS.index)

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


def typed(value: str, kind: str) -> Any:
    if value == "":
        return None
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    return value


def key_of(row: dict[str, Any], key: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row.get(column) for column in key)


def table(source: str, name: str, schema: dict[str, Any], rows: list[dict[str, Any]]) -> Table:
    fields = {f["name"]: f["type"] for f in schema["fields"]}
    key = tuple(schema["primaryKey"])
    keyed: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        if key_of(row, key) in keyed:
            raise InputError(
                source, f"{name}: primary key {key_of(row, key)} appears twice", "fix the rows"
            )
        keyed[key_of(row, key)] = row
    return Table(fields, key, keyed, schema)


def article_table(article: dict[str, Any]) -> Table:
    """article.json as a one-row table keyed by id; its fields are JSON of any type."""
    return Table(dict.fromkeys(article, "json"), ("id",), {(article.get("id"),): article})


# The release file itself, a resource of the package: compared by presence only, as it
# holds the same rows as the other resources.
CONTAINER = Table({}, (), {})


def from_folder(folder: Path) -> Snapshot:
    package = read_json(inside(folder, "datapackage.json", "descriptor"), "descriptor", 1 << 26)
    tables: dict[str, Table] = {}
    for resource in package.get("resources", []):
        path = inside(folder, resource["path"])
        if resource["name"] == "article":
            tables["article"] = article_table(read_json(path, "article"))
        elif resource.get("type") == "table":
            schema = {**resource["schema"], "dialect": resource.get("dialect")}
            kinds = {f["name"]: f["type"] for f in schema["fields"]}
            rows = [
                {name: typed(value, kinds.get(name, "string")) for name, value in row.items()}
                for row in csv_rows(path)
            ]
            tables[resource["name"]] = table(str(folder), resource["name"], schema, rows)
        else:
            tables[resource["name"]] = CONTAINER
    return Snapshot(str(folder), str(package.get("version", "0.0.0")), package, tables)


def from_release(path: Path) -> Snapshot:
    release = read_json(path, "release file")
    if not isinstance(release, dict) or "tables" not in release:
        raise InputError(str(path), "not a release file", "pass NAME-VERSION.json or a folder")
    # The release names every resource of its package; those without rows of their own
    # (the release file itself, croissant.json) are compared by presence.
    tables = {name: CONTAINER for name in release.get("resources", ["release"])}
    tables["article"] = article_table(release["article"])
    for name, schema in release["tables"].items():
        tables[name] = table(str(path), name, schema, release[name])
    return Snapshot(str(path), str(release.get("version", "0.0.0")), release, tables)


def load(path: Path) -> Snapshot:
    """A package folder (with datapackage.json) or a release file."""
    if not path.exists():
        raise InputError(str(path), "no such file or folder", "pass a package folder or release")
    if path.is_dir() and not (path / "datapackage.json").is_file():
        raise InputError(str(path), "holds no datapackage.json", "pass a package folder")
    try:
        return from_folder(path) if path.is_dir() else from_release(path)
    except (KeyError, TypeError, ValueError, AttributeError, OSError) as error:
        raise InputError(
            str(path),
            f"not a package or release of build-dataset ({type(error).__name__}: {error})",
            "pass a folder or NAME-VERSION.json that build-dataset wrote",
        ) from None


def compare_tables(old: Table, new: Table) -> TableDiff:
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
    return TableDiff(
        added=[k for k in new.rows if k not in old.rows],
        removed=[k for k in old.rows if k not in new.rows],
        changed=changed,
        columns_added=[c for c in new.fields if c not in old.fields],
        columns_removed=[c for c in old.fields if c not in new.fields],
        types_changed={
            c: (old.fields[c], new.fields[c])
            for c in old.fields
            if c in new.fields and old.fields[c] != new.fields[c]
        },
        key_changed=(old.key, new.key) if old.key != new.key else None,
        schema_changes=schema_changes(old.schema, new.schema),
    )


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


def key_text(key: tuple[Any, ...]) -> str:
    return ", ".join(str(part) for part in key)


def report(diff: PackageDiff, old: str, new: str) -> str:
    """The readable report: counts per resource, schema changes, each changed field."""
    lines = [f"{old} ({diff.old_version}) -> {new} ({diff.new_version})", ""]
    lines.append(f"{'resource':<12}{'added':>8}{'removed':>9}{'changed':>9}")
    for name, t in diff.tables.items():
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
            lines.append(f"{name}: primary key {t.key_changed[0]} -> {t.key_changed[1]}")
        lines += [f"{name}: {what} ({bump})" for what, bump in t.schema_changes]
        lines += [f"{name} + {key_text(k)}" for k in t.added]
        lines += [f"{name} - {key_text(k)}" for k in t.removed]
        for k, changes in t.changed.items():
            for column, (before, after) in changes.items():
                lines.append(f"{name} ~ {key_text(k)}: {column}: {before!r} -> {after!r}")
    for key, (before, after) in diff.metadata_changed.items():
        lines.append(f"metadata ~ {key}: {before!r} -> {after!r}")
    verdict = "enough" if diff.version_is_honest else "NOT enough"
    lines += [
        "",
        f"required bump: {diff.required_bump}; "
        f"{diff.old_version} -> {diff.new_version} is {verdict}",
    ]
    return "\n".join(one_line(line) for line in lines)


def as_json(diff: PackageDiff) -> dict[str, Any]:
    return {
        "old_version": diff.old_version,
        "new_version": diff.new_version,
        "required_bump": diff.required_bump,
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
                "primary_key_changed": (
                    {"old": list(t.key_changed[0]), "new": list(t.key_changed[1])}
                    if t.key_changed
                    else None
                ),
            }
            for name, t in diff.tables.items()
        },
    }
