"""Article ids: a safe character set, since ids name review pages, appear in URLs and
decide the order of every table (code-point order).

An id is one or more parts joined by "/"; a part is 1 to 100 of A-Z a-z 0-9 "." "_" "-",
a letter or digit first (so no part is "." or ".." and none is hidden); at most 200
characters in all. A folder's article has its relative path without ".txt" as id; a
review page is named by the id with "/" replaced by "~", which no id holds.
"""

from __future__ import annotations

import re

from build_dataset.reading import one_line

ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})*"
MAX_ID = 200
MAX_PART = 100
# One pass over at most MAX_ID characters: each part is bounded and "/" separates them.
_ID = re.compile(ID_PATTERN, re.ASCII)
_PART_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")


def is_id(text: str) -> bool:
    return len(text) <= MAX_ID and _ID.fullmatch(text) is not None


def id_problem(text: str) -> str | None:
    """Why TEXT is no id, in words, or None when it is one."""
    if is_id(text):
        return None
    if not text:
        return "the id is empty"
    if len(text) > MAX_ID:
        return f"id {shown(text)} is longer than {MAX_ID} characters"
    for part in text.split("/"):
        if not part:
            return f"id {shown(text)} has an empty part (a '/' at an end or '//')"
        if len(part) > MAX_PART:
            return f"id {shown(text)} has a part longer than {MAX_PART} characters"
        bad = next((char for char in part if char not in _PART_CHARS), None)
        if bad is not None:
            return f"id {shown(text)} holds {shown(bad)}"
        if not part[0].isalnum():
            return f"id {shown(text)} has a part that starts with {shown(part[0])}"
    return f"id {shown(text)} is not an id"  # not reached: every rule is checked above


def shown(text: object, limit: int = 60) -> str:
    """TEXT quoted for a message: one line, control characters escaped, cut at LIMIT."""
    value = str(text)
    cut = value if len(value) <= limit else value[:limit] + "…"
    return one_line(repr(cut))
