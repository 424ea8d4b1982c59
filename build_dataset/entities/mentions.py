"""Mentions: every place in the body where a found name stands, each stretch counted for
one entity only. Later surname-only and genitive mentions ("Weidlich", "Bergers") fold into
the full name."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from itertools import compress

from build_dataset.names import genitive_stem, slug
from build_dataset.records import Entity, Found, Mention
from build_dataset.wordclasses import WORD_MEMO, legal_forms

WORD_RUN = re.compile(r"\w+")


def drop_genitive_duplicates(found: list[Found], body: str) -> list[Found]:
    """ "Anna Bergers" is "Anna Berger" when the body also has the bare "Berger"."""
    result: dict[str, Found] = {}
    words: set[str] | None = None  # the body's words, read at the first genitive
    for candidate in found:
        name = candidate.name
        stem = genitive_stem(name)
        if stem:
            last = stem.split()[-1]
            if WORD_RUN.fullmatch(last):  # a whole word of the body, looked up
                words = set(WORD_RUN.findall(body)) if words is None else words
                standing = last in words
            else:  # "Müller-Lüdenscheid": searched as written
                standing = bool(re.search(rf"(?<!\w){re.escape(last)}(?!\w)", body))
            if standing:
                candidate = dataclasses.replace(candidate, name=stem)
        result.setdefault(candidate.name, candidate)
    return list(result.values())


def surface_forms(candidate: Found) -> list[str]:
    """The strings that count as a mention of the entity, longest first."""
    forms = {candidate.name, candidate.name + "s", *candidate.forms}
    parts = candidate.name.split()
    if candidate.type == "PER" and len(parts) > 1:
        surname = parts[0] if candidate.family_first else parts[-1]
        if len(surname) > 2 and surname.replace("-", "").isalpha() and not regnal(surname):
            forms.update({surname, surname + "s"})  # not "F." of "John F." nor "XIV."
    last = parts[-1] if parts else ""  # a legal form, also with a period: "GmbH", "AG."
    if candidate.type == "ORG" and (
        last in legal_forms() or last[-1:] == "." and last[:-1] in legal_forms()
    ):
        short = " ".join(parts[:-1])
        forms.update({short, short + "s"})
    if candidate.type == "ORG":
        forms.add(candidate.name + "es")
        if len(parts) > 1:  # "des Landgerichts Moosbach": the genitive is on the noun
            rest = " ".join(parts[1:])
            forms.update({f"{parts[0]}s {rest}", f"{parts[0]}es {rest}"})
    return sorted(forms, key=len, reverse=True)


def regnal(word: str) -> bool:
    """ "II", "XIV": a regnal number, not a surname."""
    return set(word) <= set("IVXLCDM")


def mention_claims(found: Sequence[Found], body: str) -> list[tuple[int, int, int]]:
    """(start, -end, index into FOUND) of every place where a surface form stands as whole
    words, in no particular order (count_mentions sorts them). Each place is looked up by
    the form's first word, so that a long article with many names stays linear."""
    by_first_word: dict[str, list[tuple[str, int, bool]]] = {}
    odd_forms: list[tuple[str, int]] = []  # forms that do not begin with a letter or digit
    for number, candidate in enumerate(found):
        for form in surface_forms(candidate):
            first = WORD_RUN.match(form)
            if first:
                whole = first.group() == form  # a form of one word: its run is the mention
                by_first_word.setdefault(first.group(), []).append((form, number, whole))
            else:
                odd_forms.append((form, number))
    if len(by_first_word) <= SEARCHED_WORDS:
        places = searched_places(by_first_word, body)
    else:
        places = walked_places(by_first_word, body)
    claims: list[tuple[int, int, int]] = []
    for start, word in places:
        for form, number, whole in by_first_word[word]:
            if whole:  # the run is a whole word: \w+ takes every letter there is
                claims.append((start, -(start + len(word)), number))
                continue
            end = start + len(form)
            if body.startswith(form, start) and not WORD_RUN.match(body, end):
                claims.append((start, -end, number))
    for form, number in odd_forms:
        for match in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", body):
            claims.append((match.start(), -match.end(), number))
    return claims


# Up to this many first words are each searched for with str.find, which runs through the
# body many times faster than its word runs are made in Python (a few dozen words is a
# news article's); more are looked up in one walk over the body's runs, which stays linear
# however many names a long article has. The same places (tests/test_fast_mentions.py).
SEARCHED_WORDS = 64
WORD_CHARACTER = re.compile(r"\w")


def searched_places(words: Iterable[str], body: str) -> list[tuple[int, str]]:
    """(start, word) of every run of word characters in BODY that is one of WORDS."""
    places = []
    at_word = WORD_CHARACTER.match
    for word in words:
        length = len(word)
        at = body.find(word)
        while at >= 0:
            if not (at and at_word(body, at - 1)) and not at_word(body, at + length):
                places.append((at, word))
            # a run that starts inside this occurrence has a word character before it
            at = body.find(word, at + length)
    return places


def walked_places(words: Container[str], body: str) -> list[tuple[int, str]]:
    """searched_places by one walk over the body's runs: only the runs that are one of
    WORDS are handled in Python, the others passed over by map and compress."""
    runs = list(WORD_RUN.finditer(body))
    found = compress(runs, map(words.__contains__, map(re.Match.group, runs)))
    return [(run.start(), run.group()) for run in found]


@lru_cache(maxsize=WORD_MEMO)  # a corpus names the same people, bodies and places again
def entity_key(kind: str, name: str) -> str:
    """ "per-jonas-weidlich": the type and the name's slug, made once per name."""
    return f"{kind.lower()}-{slug(name)}"


def count_mentions(found: Sequence[Found], body: str) -> list[Entity]:
    """Entities with every mention in the body; a stretch counts for one entity only."""
    claims = mention_claims(found, body)
    mentions: dict[int, list[Mention]] = {number: [] for number in range(len(found))}
    taken_until = -1
    for start, negative_end, number in sorted(claims):
        if start < taken_until:
            continue
        end = -negative_end
        mentions[number].append(Mention(start, end, body[start:end]))
        taken_until = end
    entities = [
        Entity(
            key=entity_key(candidate.type, candidate.name),
            name=candidate.name,
            type=candidate.type,
            mentions=tuple(mentions[number]),
            role=candidate.role,
            gender=candidate.gender,
        )
        for number, candidate in enumerate(found)
        if mentions[number]
    ]
    return entities
