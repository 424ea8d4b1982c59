"""Property-based tests: any article, however broken, gives a valid package whose offsets
hold, or one clean line of error. Never a traceback.

The default run is bounded to stay within seconds; `pytest -m acceptance` runs the long fuzz.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_dataset.errors import InputError
from build_dataset.pipeline import build

WORDS = st.sampled_from(
    [
        "Der", "Rat", "tagte", "lange", "und", "die", "Kosten", "seien", "gestiegen", "über",
        "Grüße", "Straße", "heute", "gestern", "am", "Montag", "12. März", "3.4.2024", "in",
        "Kassel", "Niederwessel", "laut", "zufolge", "Nach Angaben", "der", "Polizei", "GmbH",
        "AG", "Landgericht", "e.V.", "Dr.", "Prof.", "(CDU)", "47-Jährige", "vom", "des",
    ]
)  # fmt: skip
NAMES = st.sampled_from(
    ["Anna Berger", "Jonas Weber", "Nguyen Thi Hoa", "Kowalski", "Bürgermeisterin Eva Roth"]
)
CUES = st.sampled_from(
    ["sagte", "sagte sie", "betonte, dass", "erklärte:", "so", "kündigte an,", "fügte hinzu"]
)
MARKS = st.sampled_from(["„", "“", "»", "«", '"', "‚", "‘", "‹", "›", "'"])
PUNCTUATION = st.sampled_from([".", ",", ":", "!", "?", ";", " - ", "…", "(", ")"])
ODD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF), max_size=8
)
FRAGMENT = st.one_of(WORDS, NAMES, CUES, MARKS, PUNCTUATION, ODD)
PARAGRAPH = st.lists(FRAGMENT, min_size=1, max_size=30).map(" ".join)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=5).map("\n".join)
RAW = st.one_of(
    ARTICLE.map(lambda text: text.encode("utf-8")),
    st.binary(max_size=300),
    ARTICLE.map(lambda text: text.encode("utf-8")[:-1] + b"\xff"),
)


# Well-formed statements with random words inside, so that quotes do occur.
FILLER = st.lists(
    st.sampled_from(["die", "Lage", "ernst", "alles", "gut", "Straße", "bald", "fertig", "ü"]),
    min_size=2,
    max_size=8,
).map(" ".join)
STATEMENT = st.one_of(
    st.builds("„{}“, sagte {}.".format, FILLER, NAMES),
    st.builds("{} sagte: »{}.«".format, NAMES, FILLER),
    st.builds("{} betonte, {} sei wichtig.".format, NAMES, FILLER),
    st.builds("Laut {} ist {}.".format, NAMES, FILLER),
)
QUOTED_ARTICLE = st.lists(
    st.lists(STATEMENT, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4
)


def check_one(data: bytes) -> int:
    """The property: a valid package with offsets that hold, or an InputError of one line.
    Returns the number of quotes in the package (-1 for an error)."""
    with tempfile.TemporaryDirectory() as folder:
        seed = Path(folder) / "artikel.txt"
        seed.write_bytes(data)
        out = Path(folder) / "out"
        try:
            build(seed, out)
        except InputError as error:
            line = error.one_line()
            assert "\n" not in line and line.split(":")[0].endswith(seed.name)
            assert not out.exists()
            return -1
        (article,) = json.loads((out / "article.json").read_text(encoding="utf-8"))
        body = article["body"]
        with (out / "quotes.csv").open(encoding="utf-8", newline="") as handle:
            quotes = list(csv.DictReader(handle))
        for row in quotes:
            assert body[int(row["start"]) : int(row["end"])] == row["text"]
        with (out / "entities.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                mention = body[int(row["first_start"]) : int(row["first_end"])]
                assert mention.strip() == mention and mention, row
                if row["type"] == "DATE":
                    assert mention == row["name"], row
        return len(quotes)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RAW)
def test_any_input_gives_a_valid_package_or_one_line(data: bytes) -> None:
    check_one(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUOTED_ARTICLE)
def test_articles_with_statements_give_quotes_whose_offsets_hold(paragraphs: list[str]) -> None:
    statements = sum(p.count("sagte") + p.count("betonte") + p.count("Laut") for p in paragraphs)
    assert check_one("\n".join(paragraphs).encode("utf-8")) == statements


# 3,000 examples keep CI within its time; BUILD_DATASET_FUZZ=20000 runs the long fuzz.
LONG_FUZZ = int(os.environ.get("BUILD_DATASET_FUZZ", "3000"))


@pytest.mark.acceptance
@settings(max_examples=LONG_FUZZ, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RAW)
def test_long_fuzz(data: bytes) -> None:
    check_one(data)
