"""Compare two versions of the package, row by row, and say which version bump the change
needs (semantic versioning for data, see README "Versions"):

- MAJOR: a resource, a column or a primary key removed or renamed, or a column's type changed;
- MINOR: a resource, a column or rows added;
- PATCH: values corrected (rows changed or removed), metadata changed;
- none: the same data.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from build_dataset.errors import InputError

BUMPS = ("none", "patch", "minor", "major")
# Metadata every build restates; a change in them is no change of the data.
VOLATILE = {"version", "created", "generator", "resources", "$schema"}


@dataclass(frozen=True)
class Table:
    fields: dict[str, str]  # column -> type
    key: tuple[str, ...]
    rows: dict[tuple[Any, ...], dict[str, Any]]


@dataclass(frozen=True)
class Snapshot:
    """One version of the package, from a package folder or a release file."""

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

    @property
    def empty(self) -> bool:
        return not (
            self.added or self.removed or self.changed or self.columns_added
            or self.columns_removed or self.types_changed or self.key_changed
        )  # fmt: skip


@dataclass(frozen=True)
class PackageDiff:
    old_version: str
    new_version: str
    resources_added: list[str]
    resources_removed: list[str]
    tables: dict[str, TableDiff]
    metadata_changed: dict[str, tuple[Any, Any]]

    @property
    def required_bump(self) -> str:
        if self.resources_removed or any(
            t.columns_removed or t.types_changed or t.key_changed for t in self.tables.values()
        ):
            return "major"
        if self.resources_added or any(t.columns_added or t.added for t in self.tables.values()):
            return "minor"
        if self.metadata_changed or any(t.changed or t.removed for t in self.tables.values()):
            return "patch"
        return "none"

    @property
    def version_is_honest(self) -> bool:
        return actual_bump(self.old_version, self.new_version) >= BUMPS.index(self.required_bump)


def parse_version(version: str, where: str) -> tuple[int, int, int]:
    parts = version.split("-", 1)[0].split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise InputError(where, f"version {version!r} is not MAJOR.MINOR.PATCH", "fix the version")
    major, minor, patch = (int(p) for p in parts)
    return major, minor, patch


def actual_bump(old: str, new: str) -> int:
    """0 none (or lower), 1 patch, 2 minor, 3 major: how far NEW is ahead of OLD."""
    a, b = parse_version(old, "OLD"), parse_version(new, "NEW")
    if b <= a:
        return 0 if b == a else -1
    if b[0] > a[0]:
        return 3
    return 2 if b[1] > a[1] else 1


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}", "check the path") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(str(path), f"not JSON: {error}", "pass a package or release") from None


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


def table(fields: dict[str, str], key: tuple[str, ...], rows: list[dict[str, Any]]) -> Table:
    return Table(fields, key, {key_of(row, key): row for row in rows})


def article_table(article: dict[str, Any]) -> Table:
    """article.json as a one-row table keyed by id; its fields are JSON of any type."""
    return table(dict.fromkeys(article, "json"), ("id",), [article])


# The release file itself, a resource of the package: compared by presence only, as it
# holds the same rows as the other resources.
CONTAINER = Table({}, (), {})


def from_folder(folder: Path) -> Snapshot:
    package = read_json(folder / "datapackage.json")
    tables: dict[str, Table] = {}
    for resource in package.get("resources", []):
        path = folder / resource["path"]
        if resource["name"] == "article":
            tables["article"] = article_table(read_json(path))
        elif resource.get("type") == "table":
            schema = resource["schema"]
            fields = {f["name"]: f["type"] for f in schema["fields"]}
            with path.open(encoding="utf-8", newline="") as handle:
                rows = [
                    {name: typed(value, fields.get(name, "string")) for name, value in row.items()}
                    for row in csv.DictReader(handle)
                ]
            tables[resource["name"]] = table(fields, tuple(schema["primaryKey"]), rows)
        else:
            tables[resource["name"]] = CONTAINER
    return Snapshot(str(package.get("version", "0.0.0")), package, tables)


def from_release(path: Path) -> Snapshot:
    release = read_json(path)
    if not isinstance(release, dict) or "tables" not in release:
        raise InputError(str(path), "not a release file", "pass NAME-VERSION.json or a folder")
    # The release names every resource of its package; those without rows of their own
    # (the release file itself, croissant.json) are compared by presence.
    tables = {name: CONTAINER for name in release.get("resources", ["release"])}
    tables["article"] = article_table(release["article"])
    for name, schema in release["tables"].items():
        fields = {f["name"]: f["type"] for f in schema["fields"]}
        tables[name] = table(fields, tuple(schema["primaryKey"]), release[name])
    return Snapshot(str(release.get("version", "0.0.0")), release, tables)


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
    )


def compare(old: Snapshot, new: Snapshot) -> PackageDiff:
    shared = [name for name in old.tables if name in new.tables]
    metadata = {
        key: (old.metadata.get(key), new.metadata.get(key))
        for key in sorted((old.metadata.keys() | new.metadata.keys()) - VOLATILE)
        if key not in ("checksums", "tables", "article", "quotes", "entities")
        and old.metadata.get(key) != new.metadata.get(key)
    }
    return PackageDiff(
        old_version=old.version,
        new_version=new.version,
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
    return "\n".join(lines)


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
                "primary_key_changed": (
                    {"old": list(t.key_changed[0]), "new": list(t.key_changed[1])}
                    if t.key_changed
                    else None
                ),
            }
            for name, t in diff.tables.items()
        },
    }
