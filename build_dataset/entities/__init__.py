"""Find the people, organisations and places a text names, and count their mentions.

Names are found by general rules, not by a list of the names themselves (one module each):
- people.py: a role noun or title before capitalised words ("Kremlsprecher Dmitri
  Peskow"), a known first name before a capitalised word ("Anna Berger");
- organisations.py: organisation endings and legal forms ("Innenministerium", "Müller
  Logistik GmbH"), acronyms ("NATO") and a list of institutions ("Kreml");
- places.py: the German names of countries (CLDR) and the toponyms of Wiktionary ("Moskau");
- mentions.py: every mention of each name, surname-only and genitive ones folded in.
"""

from __future__ import annotations

from build_dataset.entities.mentions import count_mentions, drop_genitive_duplicates
from build_dataset.entities.organisations import organisations_in
from build_dataset.entities.people import people_in
from build_dataset.entities.places import places_in
from build_dataset.records import Document, Found

__all__ = ["count_mentions", "find_named_entities"]


def find_named_entities(document: Document) -> list[Found]:
    """Every person, organisation and place the body names, in order of discovery."""
    found: dict[str, Found] = {}
    for sentence in document.sentences:
        for candidate, _ in people_in(sentence):
            found.setdefault(candidate.name, candidate)
        for candidate in [*organisations_in(sentence), *places_in(sentence)]:
            found.setdefault(candidate.name, candidate)
    return drop_genitive_duplicates(list(found.values()), document.body)
