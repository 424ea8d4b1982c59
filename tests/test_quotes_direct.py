"""Direct speech (quotes/direct.py, finder.py), one short hand-written text each:
(text, type, speaker, mention, cue)."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        ["„Wir bauen die Brücke bis zum Sommer fertig“, sagte Bürgermeisterin Julia Hofmann."],
        [
            (
                "Wir bauen die Brücke bis zum Sommer fertig",
                "direct",
                "Julia Hofmann",
                "Bürgermeisterin Julia Hofmann",
                "sagte",
            )
        ],
        id="cue-after-quote",
    ),
    pytest.param(
        ["Trainer Markus Lenz sagte: »Die Mannschaft hat Charakter gezeigt.«"],
        [
            (
                "Die Mannschaft hat Charakter gezeigt.",
                "direct",
                "Markus Lenz",
                "Trainer Markus Lenz",
                "sagte",
            )
        ],
        id="colon-guillemets",
    ),
    pytest.param(
        ['"Das Angebot ist zu niedrig", so Gewerkschafterin Petra Sommer.'],
        [
            (
                "Das Angebot ist zu niedrig",
                "direct",
                "Petra Sommer",
                "Gewerkschafterin Petra Sommer",
                "so",
            )
        ],
        id="so-straight-quotes",
    ),
    pytest.param(
        ["„Wir sind zufrieden“, sagte Klaus Meier, „aber es bleibt viel zu tun.“"],
        [
            ("Wir sind zufrieden", "direct", "Klaus Meier", "Klaus Meier", "sagte"),
            ("aber es bleibt viel zu tun.", "direct", "Klaus Meier", "Klaus Meier", "sagte"),
        ],
        id="split-quote",
    ),
    pytest.param(
        ["Der Film „Sommerwind“ läuft ab Donnerstag."],
        [],
        id="quoted-title-is-not-a-quote",
    ),
    pytest.param(
        [
            "Trainerin Jana Kessler sagte: „Wir haben lange auf diesen Sieg gewartet.",
            "„Jetzt wollen wir mehr.“",
        ],
        [
            (
                "Wir haben lange auf diesen Sieg gewartet.\n\n„Jetzt wollen wir mehr.",
                "direct",
                "Jana Kessler",
                "Trainerin Jana Kessler",
                "sagte",
            )
        ],
        id="quote-over-two-paragraphs",
    ),
    pytest.param(
        ["Die Gebühren würden sinken, sagte Ministerin Ada Roth. „Wir entlasten Familien.“"],
        [
            ("Die Gebühren würden sinken", "indirect", "Ada Roth", "Ministerin Ada Roth", "sagte"),
            ("Wir entlasten Familien.", "direct", "Ada Roth", "Ministerin Ada Roth", "sagte"),
        ],
        id="unattributed-quote-after-a-statement-in-the-same-paragraph",
    ),
    pytest.param(
        [
            "Anna Berger sagte, das Team habe gekämpft. Kapitän Jonas Weber widersprach. "
            "„Das war zu wenig.“"
        ],
        [
            ("das Team habe gekämpft", "indirect", "Anna Berger", "Anna Berger", "sagte"),
            ("Das war zu wenig.", "direct", "Jonas Weber", "Jonas Weber", None),
        ],
        id="a-person-named-in-between-takes-over",
    ),  # fmt: skip,
    pytest.param(
        ["„Wir sind zurück“, sagte Anna Berger. Der Film „Das Wunder von Bern“ lief danach."],
        [("Wir sind zurück", "direct", "Anna Berger", "Anna Berger", "sagte")],
        id="a-title-is-no-continued-quote",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quotes(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    got = [(q.text, q.type, q.speaker, q.speaker_mention, q.cue) for q in run(paragraphs).quotes]
    assert got == expected


def test_unmatched_quote_mark_warns_and_gives_no_row() -> None:
    extraction = run(["„Das ist ein offener Satz, sagte Anna Berger."])
    assert extraction.quotes == ()
    assert any("unmatched quotation mark" in w for w in extraction.warnings)
