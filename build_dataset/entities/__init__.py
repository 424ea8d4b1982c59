"""Find the people, organisations and places a text names, and count their mentions.

Names are found by general rules, not by a list of the names themselves (one module each):
- people.py: a role noun or title before capitalised words ("Rathaussprecher Jonas
  Weidlich"), a known first name before a capitalised word ("Anna Berger"); the name's
  words read by person_names.py;
- organisations.py: organisation endings and legal forms ("Innenministerium", "Müller
  Logistik GmbH"), acronyms ("NATO") and a list of institutions ("Bundestag"); the name
  around an organisation's noun read by org_names.py ("Landgericht Moosbach");
- brands.py: acronyms ("NATO"), listed companies ("Siemens"), teams ("Lakeport Owls");
- places.py: the German names of countries (CLDR), the toponyms of Wiktionary ("Moskau"),
  the world's towns (GeoNames), streets, and places of several words ("Bad Lindau");
- phrases.py: listed names of several words in any inflected form ("der Vereinigten
  Staaten"), found first, so that the longest name wins;
- single_names.py: a person named by one word ("laut Lindner");
- mentions.py: every mention of each name, surname-only and genitive ones folded in.

Each pass asks its rules only at words where one of them can start, and there only the
rules whose test of the word alone passed (person_openers, org_openers, place_openers,
may_open_phrase: memoised), so that the many words no name can start with ("sagte",
"Regierung") cost one look-up and the others are not put to every rule; gates.py asks
all passes' tests of a word in that one look-up.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from itertools import islice

from build_dataset.entities.company import coordinated, named_by_kind, quoted_media
from build_dataset.entities.gates import sentence_gates
from build_dataset.entities.mentions import count_mentions, drop_genitive_duplicates
from build_dataset.entities.organisations import organisations_in
from build_dataset.entities.people import people_in
from build_dataset.entities.phrases import phrases_in
from build_dataset.entities.places import places_in
from build_dataset.entities.words import joined
from build_dataset.records import Document, Found

__all__ = ["count_mentions", "find_named_entities"]


def find_named_entities(document: Document) -> list[Found]:
    """Every person, organisation and place the body names, in order of discovery."""
    found: dict[str, Found] = {}
    kinds: dict[str, str] = {}  # found names' first and last words -> type
    clashes: set[str] = set()
    indexed = 0  # how many of FOUND are in KINDS
    for sentence in document.sentences:
        # the words each pass's rules can start at
        phrase_at, person_at, organisation_at, place_at, firm_at, candidate_at = sentence_gates(
            sentence.tokens
        )
        for phrase, start, end in phrases_in(sentence.tokens, phrase_at):
            written = joined(sentence.tokens[start:end])
            written_forms = {written} - {phrase.name}
            known = found.get(phrase.name, Found(phrase.name, phrase.type))
            found[phrase.name] = dataclasses.replace(
                known, forms=tuple(sorted({*known.forms, *written_forms}))
            )  # "der Vereinigten Staaten" is a mention of "Vereinigte Staaten"
        for candidate, _ in people_in(sentence, person_at):
            found.setdefault(candidate.name, candidate)
        found_here = [
            *organisations_in(sentence, organisation_at),
            *places_in(sentence, place_at),
        ]
        for candidate in found_here:
            known = found.setdefault(candidate.name, candidate)
            if candidate.forms and known is not candidate:
                forms = tuple(sorted({*known.forms, *candidate.forms}))
                found[candidate.name] = dataclasses.replace(known, forms=forms)
        for candidate in named_by_kind(sentence.tokens, firm_at):
            found.setdefault(candidate.name, candidate)  # "der Mobilfunkbetreiber Telvia"
        for candidate in quoted_media(sentence.tokens):
            found.setdefault(candidate.name, candidate)  # "sagte sie dem „Nordkurier“"
        new = [found[name] for name in islice(reversed(found), len(found) - indexed)]
        add_kinds(new, kinds, clashes)  # only the new names: linear in the article
        indexed = len(found)
        for candidate in coordinated(sentence.tokens, kinds, candidate_at):
            found.setdefault(candidate.name, candidate)  # "Wenzlick und Ollertz"
    return drop_genitive_duplicates(list(found.values()), document.body)


def add_kinds(found: Iterable[Found], kinds: dict[str, str], clashes: set[str]) -> None:
    """Index each found name's type under its first and its last word; a word that two
    types share (CLASHES) is left out for good."""
    for candidate in found:
        words = candidate.name.split()
        for word in {words[0], words[-1]} if words else set():
            if word in clashes:
                continue
            if kinds.setdefault(word, candidate.type) != candidate.type:
                clashes.add(word)
                del kinds[word]
