"""Where the project's seeds and schemas are: the source tree, or the installed package."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent


def project_folder(name: str) -> Path:
    """seeds/ or schema/ beside pyproject.toml in a checkout, else the copy in the package."""
    checkout = PACKAGE.parent / name
    if (PACKAGE.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return PACKAGE / name


def default_seeds() -> Path:
    return project_folder("seeds")


@cache
def json_schema(name: str) -> dict[str, Any]:
    """One of schema/*.schema.json, parsed."""
    schema: dict[str, Any] = json.loads(
        (project_folder("schema") / f"{name}.schema.json").read_text(encoding="utf-8")
    )
    return schema
