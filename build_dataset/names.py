"""Small shared helpers on names: slugs for ids, genitive folding, capitalisation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from anyascii import anyascii

from build_dataset.lexicons import lazy_word_set

# German letters keep their German spelling in ids ("Müller" -> "mueller"), as before;
# every other script goes through anyascii's transliteration tables.
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slug(text: str) -> str:
    """ "Jonas Weidlich" -> "jonas-weidlich", "Łukasz Wróbel" -> "lukasz-wrobel",
    "Владимир Путин" -> "vladimir-putin", "习近平" -> "xijinping"; ASCII only, "x" only
    for a name without a letter or digit in any script."""
    ascii_text = anyascii(text.lower().translate(TRANSLITERATION)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


def unique_keys(keys: Sequence[str]) -> list[str]:
    """KEYS, given in order of first mention, made unique: the first of equal keys keeps
    it, the next ones get "-2", "-3" …, skipping any key another entity has by its own
    name. The same names in the same order give the same ids in every build."""
    natural = set(keys)
    given: set[str] = set()
    result = []
    for key in keys:
        unique, number = key, 1
        while unique in given or (unique != key and unique in natural):
            number += 1
            unique = f"{key}-{number}"
        given.add(unique)
        result.append(unique)
    return result


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_function_word(word: str) -> bool:
    return word.lower() in function_words()


function_words = lazy_word_set("function_words")


def genitive_stem(word: str) -> str | None:
    """ "Bundestags" -> "Bundestag", "Weidlichs" -> "Weidlich"; None without such an ending."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None
