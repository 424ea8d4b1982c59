"""Compare two versions of the package, row by row, and say which version bump the change
needs (semantic versioning for data, see README "Versions"):

- MAJOR: a resource, a column or a primary key removed or renamed, or a column's type changed;
  article.json turned from one object into a list of articles (1.x -> 2.0);
- MINOR: a resource, a column or rows added;
- PATCH: values corrected (rows changed or removed), metadata changed;
- none: the same data.

Rows are matched by the primary key the descriptor declares, composite keys included
((article_id, quote_id)); article.json's articles by their id; a table without a key by
its whole row. Where the key itself changed, rows cannot be matched and are only counted.
"""

from __future__ import annotations

from build_dataset.diff.compare import BUMPS, PackageDiff, TableDiff, compare
from build_dataset.diff.report import as_json, report
from build_dataset.diff.snapshot import Snapshot, Table, load

__all__ = [
    "BUMPS",
    "PackageDiff",
    "Snapshot",
    "Table",
    "TableDiff",
    "as_json",
    "compare",
    "load",
    "report",
]
