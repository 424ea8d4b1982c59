"""Traceable speakers and cues: speaker_start/speaker_end and cue_start/cue_end point to
the words in the body, and validate.py holds them to it."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from helpers import run

from build_dataset.assemble import extract_article
from build_dataset.seed import read_article
from build_dataset.validate import ValidationFailed, cue_fits, validate

ROOT = Path(__file__).parents[1]


@pytest.mark.parametrize(
    ("text", "mention", "cue_written"),
    [
        pytest.param("„Wir bauen die Brücke bis zum Herbst neu“, sagte Bürgermeisterin Jana Olbrich.", "Bürgermeisterin Jana Olbrich", "sagte", id="said-after"),
        pytest.param("Trainerin Ewa Lindqvist sagte: „Wir haben heute verdient verloren.“", "Trainerin Ewa Lindqvist", "sagte", id="colon-before"),
        pytest.param("„Der Verein hat keine Schulden mehr“, so Kassenwart Timo Brenzel.", "Kassenwart Timo Brenzel", "so", id="so-after"),
        pytest.param("Reeder Piet Janssen teilte am Montag mit, die Fähre falle wegen Sturms aus.", "Reeder Piet Janssen", "teilte am Montag mit", id="separable-verb"),
        pytest.param("Laut Kämmerer Olaf Rindt fehlen der Stadt zwei Millionen Euro.", "Kämmerer Olaf Rindt", "Laut", id="laut"),
        pytest.param("Nach Angaben von Förster Udo Krell sind dreißig Bäume umgestürzt.", "Förster Udo Krell", "Nach Angaben", id="nach-angaben"),
        pytest.param("Dem Schulleiter Jens Pohlmann zufolge fällt der Unterricht am Freitag aus.", "Dem Schulleiter Jens Pohlmann", "zufolge", id="zufolge"),
        pytest.param("Die Miete steigt laut Vermieterin Carla Benning um zehn Prozent.", "Vermieterin Carla Benning", "laut", id="laut-inside"),
    ],
)  # fmt: skip
def test_speaker_and_cue_are_where_the_body_says(text: str, mention: str, cue_written: str) -> None:
    extraction = run([text])
    (quote,) = extraction.quotes
    body = extraction.article.body
    assert quote.speaker_start is not None and quote.cue_start is not None
    assert body[quote.speaker_start : quote.speaker_end] == quote.speaker_mention == mention
    assert body[quote.cue_start : quote.cue_end] == cue_written
    assert cue_fits(cue_written, quote.cue or "")


def test_a_split_quote_points_to_the_speaker_and_cue_of_its_first_half() -> None:
    first, second = run(
        ["„Wir wollten gewinnen“, sagte Trainerin Anja Wulff, „und wir haben es geschafft.“"]
    ).quotes
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)
    assert (second.cue, second.cue_start, second.cue_end) == (
        first.cue, first.cue_start, first.cue_end,
    )  # fmt: skip


@pytest.mark.parametrize("folder", ["gold", "heldout", "unseen"])
def test_every_quote_of_the_gold_texts_has_its_places(folder: str) -> None:
    """No attribution rule may leave a speaker or a cue without its place."""
    for seed in sorted((ROOT / "tests" / folder).glob("*.txt")):
        extraction = extract_article(read_article(seed))
        for quote in extraction.quotes:
            assert quote.speaker_start is not None, (seed.name, quote.quote_id)
            assert quote.cue is None or quote.cue_start is not None, (seed.name, quote.quote_id)


@pytest.mark.parametrize(
    ("written", "cue", "fits"),
    [
        ("sagte", "sagte", True),
        ("gab am Montag bekannt", "gab bekannt", True),
        ("teilte die Stadt gestern mit", "teilte mit", True),
        ("gab am Montag", "gab bekannt", False),
        ("sagte er", "sagte", False),
        ("", "sagte", False),
    ],
)
def test_cue_fits(written: str, cue: str, fits: bool) -> None:
    assert cue_fits(written, cue) is fits


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"speaker_start": 0}, "body[speaker_start:speaker_end] differs", id="speaker"),
        pytest.param({"speaker_end": None}, "both be given or both be empty", id="half-speaker"),
        pytest.param({"cue_end": 3}, "does not run from the cue's first to last word", id="cue"),
        pytest.param({"cue": None}, "for a quote without a cue", id="place-without-cue"),
    ],
)
def test_validation_catches_a_wrong_place(change: dict[str, object], message: str) -> None:
    extraction = extract_article(read_article(ROOT / "seeds" / "000_7562abd95e068531.txt"))
    quotes = list(extraction.quotes)
    quotes[2] = dataclasses.replace(quotes[2], **change)  # type: ignore[arg-type]
    with pytest.raises(
        ValidationFailed, match=re.escape("quotes.csv:4: ") + ".*" + re.escape(message)
    ):
        validate(dataclasses.replace(extraction, quotes=tuple(quotes)))


def test_validate_names_an_unknown_speaker_and_a_repeated_entity_id() -> None:
    extraction = run(["„Wir öffnen das Bad im Mai“, sagte Bademeister Kurt Pilling."])
    (quote,) = extraction.quotes
    assert quote.speaker_entity_id is not None
    validate(extraction)  # as extracted: valid
    unknown = dataclasses.replace(quote, speaker_entity_id="per-niemand")
    with pytest.raises(ValidationFailed, match="speaker_entity_id per-niemand unknown"):
        validate(dataclasses.replace(extraction, quotes=(unknown,)))
    twice = (*extraction.entities, extraction.entities[0])
    with pytest.raises(ValidationFailed, match="entity_id is not unique"):
        validate(dataclasses.replace(extraction, entities=twice))
