"""Speakers (quotes/speakers.py, phrases.py): who a phrase, pronoun or role names, one short
hand-written text each: (text, type, speaker, mention, cue)."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        [
            "Ministerin Sabine Kraus besuchte die Schule.",
            "Sie betonte, die Ausstattung sei veraltet.",
        ],
        [("die Ausstattung sei veraltet", "indirect", "Sabine Kraus", "Sie", "betonte")],
        id="female-pronoun-konjunktiv",
    ),
    pytest.param(
        ["Experten erwarten, dass die Zinsen sinken."],
        [("die Zinsen sinken", "indirect", "Experten", "Experten", "erwarten")],
        id="unnamed-group",
    ),
    pytest.param(
        ["Die Sprecherin der Stadt, Ewa Nowicka, sagte, die Straße bleibe gesperrt."],
        [("die Straße bleibe gesperrt", "indirect", "Ewa Nowicka", "Ewa Nowicka", "sagte")],
        id="apposition-names-the-speaker",
    ),
    pytest.param(
        ["Im Prozess hatte er erklärt, das Geld sei verschwunden.", "Staatsanwalt Uwe Brink kam."],
        [],
        id="pronoun-without-antecedent-is-left-out",
    ),
    pytest.param(
        ["Staatsanwalt Uwe Brink kam.", "Im Prozess hatte er erklärt, das Geld sei verschwunden."],
        [("das Geld sei verschwunden", "indirect", "Uwe Brink", "er", "erklärt")],
        id="subject-between-auxiliary-and-participle",
    ),
    pytest.param(
        ["Ole Brandt vom Heimatverein Kirchdorf e.V. sagte: „Das Fest findet statt.“"],
        [
            (
                "Das Fest findet statt.",
                "direct",
                "Ole Brandt",
                "Ole Brandt vom Heimatverein Kirchdorf e.V.",
                "sagte",
            )
        ],
        id="speaker-with-affiliation",
    ),
    pytest.param(
        ["Die Firma Holmberg hatte vergangene Woche mitgeteilt, man ziehe nach Polen."],
        [
            (
                "man ziehe nach Polen",
                "indirect",
                "die Firma Holmberg",
                "Die Firma Holmberg",
                "mitgeteilt",
            )
        ],  # fmt: skip
        id="subject-before-an-auxiliary",
    ),
    pytest.param(
        ["Stadträtin Ina Vogt (SPD) sagte: „Das reicht nicht.“"],
        [("Das reicht nicht.", "direct", "Ina Vogt", "Stadträtin Ina Vogt (SPD)", "sagte")],
        id="party-in-brackets-after-the-speaker",
    ),
    pytest.param(
        ["Trainer Olaf Brink lobte das Team. „Wir waren stark“, sagte der 52-Jährige."],
        [("Wir waren stark", "direct", "Olaf Brink", "der 52-Jährige", "sagte")],
        id="person-named-by-age",
    ),
    pytest.param(
        ["Brinks Anwältin Petra Lutz sagte, ihr Mandant sei unschuldig."],
        [
            (
                "ihr Mandant sei unschuldig",
                "indirect",
                "Petra Lutz",
                "Brinks Anwältin Petra Lutz",
                "sagte",
            )
        ],  # fmt: skip
        id="the-last-name-in-the-phrase-speaks",
    ),
    pytest.param(
        ["Dem Angeklagten hatte der Richter Paul Enders gesagt, er müsse zahlen."],
        [("er müsse zahlen", "indirect", "Paul Enders", "der Richter Paul Enders", "gesagt")],
        id="subject-after-the-auxiliary",
    ),
    pytest.param(
        ["Anfang März hatte die Ministerin Eva Lind erklärt, der Etat reiche."],
        [("der Etat reiche", "indirect", "Eva Lind", "die Ministerin Eva Lind", "erklärt")],
        id="time-before-the-auxiliary",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quotes(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    got = [(q.text, q.type, q.speaker, q.speaker_mention, q.cue) for q in run(paragraphs).quotes]
    assert got == expected


def test_speaker_slot_name_becomes_a_person() -> None:
    extraction = run(["„Wir haben hart gearbeitet“, sagte Kowalczyk nach dem Spiel."])
    (quote,) = extraction.quotes
    assert quote.speaker == "Kowalczyk" and quote.speaker_entity_id == "per-kowalczyk"
    assert ("Kowalczyk", "PER") in {(e.name, e.type) for e in extraction.entities}


def test_pronoun_is_the_person_named_last_outside_quoted_words() -> None:
    paragraphs = [
        "Bürgermeisterin Eva Roth eröffnete die Sitzung.",
        "Kämmerin Ute Falk legte den Haushalt vor. „Wir müssen sparen“, sagte sie.",
        "Roth sagte, Ute Falk habe recht. Sie kündigte an, die Bäder blieben offen.",
    ]
    speakers = [(q.text, q.speaker) for q in run(paragraphs).quotes]
    assert speakers == [
        ("Wir müssen sparen", "Ute Falk"),  # named last before the pronoun
        ("Ute Falk habe recht", "Eva Roth"),
        ("die Bäder blieben offen", "Eva Roth"),  # Falk is only named inside what Roth said
    ]
