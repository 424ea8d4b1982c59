"""Labels: a phrase in quotation marks that names a thing instead of saying something.

German news puts titles, names and terms in quotation marks as it does speech: der Film
„…“, die Zeitung „…“, das Schiff „…“, die so genannte „…“, the „…“-Gipfel. Such a phrase
is no quote, whoever stands next to it (README, "How extraction works"). A label is told
by the word before it (a kind of work or body, a naming word, a definite article before a
capitalised name, a source preposition), the word after it (genannt, bekannt, a verb of
saying whose subject it is, a hyphen), or its own shape (capitalised words only; one
capitalised word German does not know as a common noun).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from build_dataset.lexicons import load, word_set
from build_dataset.quotes.cues import speech_verbs
from build_dataset.records import QuoteMarks, Token
from build_dataset.wordclasses import QUOTE_MARKS
from build_dataset.wordlists import german_nouns

GERMAN_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(-[A-ZÄÖÜ]?[a-zäöüß]+)*")
WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\w.,-]*")
NAMING_WORDS = word_set("naming_words")
# Words of a name that stay lower case: "Helfer ohne Pause", "Bank of Utopia".
NAME_LINKS = frozenset(
    {"von", "der", "des", "die", "das", "den", "dem", "für", "und", "mit", "im", "in", "am",
     "an", "auf", "zur", "zum", "aus", "ohne", "über", "unter", "vor", "bei", "of", "the",
     "and", "de", "la", "le", "du", "for", "&", "ein", "eine", "eines", "einer", "einem"}
)  # fmt: skip
DEFINITE = frozenset(
    {"der", "die", "das", "des", "dem", "den", "im", "vom", "zum", "zur", "beim", "am", "ins"}
)
# After these the phrase is what someone calls a thing: "nannte ihn einen „Träumer“".
PREDICATIVE = frozenset({"als", "ein", "eine", "einen", "einem", "einer", "eines"})
# A name used as a source: laut „Abendblatt“, gegenüber „Radio Nord“.
SOURCE_WORDS = frozenset({"laut", "Laut", "gegenüber", "Gegenüber"})


def words_of(mark: QuoteMarks) -> list[str]:
    return WORD.findall(mark.text)


def is_short(mark: QuoteMarks) -> bool:
    """A few words, no sentence: the shape of a name as much as of a phrase."""
    return len(words_of(mark)) <= 4 and mark.text.rstrip()[-1:] not in "!?.…"


@cache
def title_nouns() -> tuple[str, ...]:
    return tuple(sorted(load("title_nouns.txt"), key=len, reverse=True))


def is_title_noun(word: str) -> bool:
    """ "Zeitung", "Tageszeitung", "Fachblatts": a kind of work, medium or body."""
    lower = word.lower()
    stems = {lower, lower.removesuffix("s"), lower.removesuffix("es")}
    return any(
        stem == noun or (len(noun) >= 4 and stem.endswith(noun))
        for stem in stems
        for noun in title_nouns()
    )


def is_common_noun(word: str) -> bool:
    """A German common noun, also a compound whose last part is one ("Wahlkampfgetöse")."""
    nouns = german_nouns().common_forms
    if word in nouns:
        return True
    if not GERMAN_WORD.fullmatch(word):
        return False  # "Compagnie", "Fotoblick": not a German compound
    return any(word[i:].capitalize() in nouns for i in range(3, len(word) - 3))


def is_label(mark: QuoteMarks, before: Sequence[Token], after: str) -> bool:
    """Whether the phrase in MARK names a thing; BEFORE are the sentence's tokens before
    the opening mark, AFTER is the text right after the closing mark."""
    words = words_of(mark)
    if not words or after.startswith("-"):
        return True  # the „Brücken-Gipfel“-Streit: part of a compound
    following = after.split(maxsplit=1)[0] if after.split() else ""
    if following in NAMING_WORDS or following.startswith(("genannt", "bekannt")):
        return True  # als „Nachtfalke“ bekannt, auch „Moorfalke“ genannt
    capital = words[0][0].isupper()
    if capital and following in speech_verbs() and mark.text.rstrip()[-1:] not in ".!?,":
        return True  # „Abendblatt“ berichtet: the quoted name is the subject
    previous = [t.text for t in before[-2:] if t.text not in QUOTE_MARKS]
    last = previous[-1] if previous else ""
    if last in {"wie", "Wie"} and following in speech_verbs():
        return True  # wie „Nordkurier“ berichtet
    if last in SOURCE_WORDS or last in NAMING_WORDS or (last and is_title_noun(last)):
        return True  # laut „…“, so genannte „…“, die Zeitung „…“
    if len(previous) == 2 and previous[0] in NAMING_WORDS:
        return True  # so genannten „…“
    if last == "(" and len(words) <= 4:
        return True  # a gloss or translation in brackets
    if capital and len(words) <= 4 and (last in DEFINITE or (last and is_common_noun(last))):
        return True  # die „Aktion Saubere Stadt“, der Komet „K-17“: a name
    lower = [w for w in words if w[0].islower() and w not in NAME_LINKS]
    if len(words) >= 2 and not lower and last not in PREDICATIVE:
        return True  # "Helfer ohne Pause", "Tempo 30 für alle": capitalised words name a thing
    if len(words) == 1 and capital:
        return not is_common_noun(words[0])  # "Kalimbo", "Verastra"; not "Wahlkampfgetöse"
    return mark.text.isupper()


def is_label_after_colon(mark: QuoteMarks, before: Sequence[Token]) -> bool:
    """A few words after a colon that name a thing: "Codename: „Nordstern“", "Motto:
    „Alle an Bord“", "vorgestellt als: „Lea Brandt, Juristin“" — not "Er sagte: „Nein.“"."""
    if not before or before[-1].text != ":" or not is_short(mark):
        return False
    words = words_of(mark)
    last = before[-2].text if len(before) > 1 else ""
    lower = [w for w in words if w[0].islower() and w not in NAME_LINKS]
    return last in NAMING_WORDS or is_title_noun(last) or (len(words) >= 2 and not lower)
