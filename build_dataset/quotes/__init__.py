"""Find direct and reported speech and who said it.

A quote record is (speaker, cue, content), as in textacy's direct_quotations. One module
per sub-problem:
- cues.py: verbs of saying and the clause they stand in;
- phrases.py: the noun phrase of a speaker ("ein Sprecher des Ministeriums");
- speakers.py: a phrase, surname, role noun or pronoun resolved to an entity;
- reported.py: whether a clause reads as reported speech (dass/ob, Konjunktiv);
- attribution.py: the ordered tables of attribution rules, each with an example;
- finder.py: one pass over the sentences, direct speech first.
A quote whose speaker cannot be told is left out.
"""

from __future__ import annotations

from build_dataset.quotes.finder import find_quotes

__all__ = ["find_quotes"]
