"""A package's big files read without holding them: a CSV file row by row, article.json
article by article. Only regular files are read (a FIFO, device or link is refused, never
waited on); JSON keeps the checks of reading.parse_json (duplicate keys, nesting)."""

from __future__ import annotations

import csv
import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from build_dataset.errors import InputError
from build_dataset.reading import MAX_BYTES, MAX_DEPTH, file_kind, nesting_depth, no_duplicates


@contextmanager
def regular_file(path: Path) -> Iterator[TextIO]:
    """PATH opened as UTF-8 text: a regular file, not followed if a link, never waiting
    for the writer of a FIFO."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError as error:
        raise InputError(
            str(path), f"cannot read: {error.strerror}", "rebuild the package"
        ) from None
    with open(handle, encoding="utf-8", newline="") as text:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(str(path), f"is {file_kind(mode)}", "rebuild the package")
        yield text


def table_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of the CSV file PATH, streamed."""
    with regular_file(path) as text:
        yield from csv.DictReader(text)


CHUNK = 1 << 20  # characters read at a time from article.json


def articles(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of article.json one at a time: a list of them (2.0), or the one object
    of a 1.x package. Memory holds the article being read, not the corpus; one article
    above MAX_BYTES is refused. Duplicate keys and malformed JSON are one line."""
    name = str(path)
    decoder = json.JSONDecoder(object_pairs_hook=no_duplicates(name, ""))
    with regular_file(path) as text:
        buffer, position, done = "", 0, False

        def more() -> bool:
            nonlocal buffer, position, done
            chunk = "" if done else text.read(CHUNK)
            done = done or not chunk
            buffer, position = buffer[position:] + chunk, 0
            if len(buffer) > MAX_BYTES:
                raise InputError(name, "holds an article too large to read", "split it")
            return bool(chunk)

        def next_char() -> str:  # the next character that is no white space, not consumed
            nonlocal position
            while True:
                while position < len(buffer) and buffer[position] in " \t\r\n":
                    position += 1
                if position < len(buffer) or not more():
                    return buffer[position : position + 1]

        def one_object() -> dict[str, Any]:
            nonlocal position
            deep = InputError(name, f"JSON nested deeper than {MAX_DEPTH} levels", "rebuild it")
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, position)
                except json.JSONDecodeError as error:
                    if more():
                        continue
                    raise InputError(name, f"malformed JSON: {error.msg}", "rebuild it") from None
                except RecursionError:
                    raise deep from None
                if nesting_depth(buffer[position:end]) > MAX_DEPTH:
                    raise deep
                position = end
                if not isinstance(value, dict) or not isinstance(value.get("id"), str):
                    raise ValueError("article.json holds an article without an id")
                return value

        first = next_char()
        if first == "{":  # 1.x: the one article
            yield one_object()
        elif first == "[":
            position += 1
            while next_char() != "]":
                yield one_object()
                if next_char() == ",":
                    position += 1
                elif next_char() != "]":
                    raise ValueError("article.json: no ',' or ']' after an article")
            position += 1
        else:
            raise ValueError("article.json holds no list of articles")
        if next_char():
            raise ValueError("article.json: more after its list")
