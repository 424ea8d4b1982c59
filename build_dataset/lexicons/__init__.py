"""Word lists as data files: one entry a line, '#' starts a comment."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load(name: str) -> tuple[str, ...]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)
