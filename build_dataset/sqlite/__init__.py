"""Export a built package as one SQLite database: its articles, quotes, entities,
mentions, warnings and skipped articles, with the primary keys (composite ones included)
and foreign keys of the Table Schemas, for datasette or any SQLite client. Rows stream
from the CSVs into the database; only article.json is read whole."""

from __future__ import annotations

from build_dataset.sqlite.export import ARTICLE_COLUMNS, export_sqlite
from build_dataset.sqlite.target import APPLICATION_ID, EXPORT_TABLES

__all__ = ["APPLICATION_ID", "ARTICLE_COLUMNS", "EXPORT_TABLES", "export_sqlite"]
