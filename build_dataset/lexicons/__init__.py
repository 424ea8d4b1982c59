"""Word lists as data files: one entry a line, '#' starts a comment."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from importlib.resources import files


@cache
def load(name: str) -> tuple[str, ...]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of lexicons/NAME.txt as a set, made once per process and shared by every
    stage that reads it."""
    return frozenset(load(f"{name}.txt"))


def lazy_word_set(name: str) -> Callable[[], frozenset[str]]:
    """word_set(NAME) as a function of no arguments that reads the file at its first call,
    for sets that hot code asks for at each word: a memo without arguments answers in about
    two thirds of the time of word_set(NAME), whose call builds a tuple of its argument."""
    return cache(partial(word_set, name))
