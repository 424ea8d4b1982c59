"""Small shared helpers on names: slugs for ids, genitive folding, capitalisation."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from build_dataset.lexicons import load

TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slug(text: str) -> str:
    """ "Dmitri Peskow" -> "dmitri-peskow"; stable across versions, ASCII only."""
    ascii_text = unicodedata.normalize("NFKD", text.lower().translate(TRANSLITERATION))
    ascii_text = ascii_text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_function_word(word: str) -> bool:
    return word.lower() in function_words()


@cache
def function_words() -> frozenset[str]:
    return frozenset(load("function_words.txt"))


def genitive_stem(word: str) -> str | None:
    """ "Kremls" -> "Kreml", "Peskows" -> "Peskow"; None when the word has no such ending."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None
