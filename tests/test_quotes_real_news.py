"""Reported speech as real news writes it (issue 12), one short INVENTED text each:
source phrases, frames around the clause, zu-infinitives and Konjunktiv sentences that go
on with a statement; each case checked by reading it. (text, type, speaker, mention, cue)."""

from __future__ import annotations

import pytest
from helpers import run

CASES = [
    pytest.param(
        [
            "Die Grünen im Stadtrat begrüßten den Plan: „Das ist ein guter Anfang“, erklärte Fraktionschefin Mira Oltmanns."
        ],
        [
            (
                "Das ist ein guter Anfang",
                "direct",
                "Mira Oltmanns",
                "Fraktionschefin Mira Oltmanns",
                "erklärte",
            )
        ],
        id="narration-before-a-colon-quote-is-no-reported-speech",
    ),
    pytest.param(
        [
            "Der Sprecher sagte, die Lage sei ernst. Man habe alle Kräfte zusammengezogen. Weitere Hilfe werde erwartet."
        ],
        [
            ("die Lage sei ernst", "indirect", "der Sprecher", "Der Sprecher", "sagte"),
            (
                "Man habe alle Kräfte zusammengezogen. Weitere Hilfe werde erwartet",
                "indirect",
                "der Sprecher",
                "Der Sprecher",
                "sagte",
            ),
        ],
        id="continuation-sentences-join-into-one-quote",
    ),
    pytest.param(
        [
            "Jan Ohm von der Wetterwarte, die den Wert zunächst mit 5,1 angegeben hatte, sagte, dass solche Stürme selten seien."
        ],
        [
            (
                "solche Stürme selten seien",
                "indirect",
                "Jan Ohm",
                "Jan Ohm von der Wetterwarte",
                "sagte",
            )
        ],
        id="a-decimal-comma-in-a-relative-clause-closes-no-clause",
    ),
    pytest.param(
        ["Der Einsatz sei eine Übung, so der Sprecher der Gruppe Tarek-i-Salam Ostland."],
        [
            (
                "Der Einsatz sei eine Übung",
                "indirect",
                "der Sprecher der Gruppe Tarek-i-Salam Ostland",
                "der Sprecher der Gruppe Tarek-i-Salam Ostland",
                "so",
            )
        ],
        id="a-name-after-a-hyphenated-name-stays-in-the-speaker",
    ),
    pytest.param(
        [
            "Die Fähre fiel aus, teilte die Reederei mit. Jan Wendrich, ein Abgeordneter aus Moosbach, sagte zu den Vorwürfen, dass der Ausfall kein Zufall gewesen sei."
        ],
        [
            ("Die Fähre fiel aus", "indirect", "die Reederei", "die Reederei", "teilte mit"),
            (
                "der Ausfall kein Zufall gewesen sei",
                "indirect",
                "Jan Wendrich",
                "Jan Wendrich",
                "sagte",
            ),
        ],
        id="an-apposition-with-ein-between-speaker-and-verb-is-skipped",
    ),
    pytest.param(
        ["Ein Reporter des Senders ra-dio berichtete, dass die Lage ruhig sei."],
        [
            (
                "die Lage ruhig sei",
                "indirect",
                "ein Reporter des Senders ra-dio",
                "Ein Reporter des Senders ra-dio",
                "berichtete",
            )
        ],
        id="a-hyphenated-name-after-a-genitive-noun-stays-in-the-speaker",
    ),
    pytest.param(
        ["Ministerin Ida Kranz sagte, der Etat reiche nicht. Das Parlament tagt am Freitag."],
        [("der Etat reiche nicht", "indirect", "Ida Kranz", "Ministerin Ida Kranz", "sagte")],
        id="continuation-stops-at-the-indicative",
    ),
    pytest.param(
        [
            "Ministerin Ida Kranz sagte, der Etat reiche nicht. Das Parlament tagt am Freitag. Der Plan könnte scheitern."
        ],
        [("der Etat reiche nicht", "indirect", "Ida Kranz", "Ministerin Ida Kranz", "sagte")],
        id="after-a-sentence-between-konjunktiv-ii-is-a-conditional",
    ),
    pytest.param(
        [
            "Ministerin Ida Kranz sagte, der Etat reiche nicht. Das Parlament tagt am Freitag. Der Plan müsse warten."
        ],
        [
            ("der Etat reiche nicht", "indirect", "Ida Kranz", "Ministerin Ida Kranz", "sagte"),
            ("Der Plan müsse warten", "indirect", "Ida Kranz", "Ministerin Ida Kranz", "sagte"),
        ],
        id="after-a-sentence-between-konjunktiv-i-goes-on",
    ),
    pytest.param(
        [
            "Trainer Jan Wolter sagte, die Mannschaft habe gekämpft.",
            "Nun gehe es um den Klassenerhalt.",
        ],
        [
            (
                "die Mannschaft habe gekämpft",
                "indirect",
                "Jan Wolter",
                "Trainer Jan Wolter",
                "sagte",
            ),
            (
                "Nun gehe es um den Klassenerhalt",
                "indirect",
                "Jan Wolter",
                "Trainer Jan Wolter",
                "sagte",
            ),
        ],
        id="continuation-in-the-next-paragraph",
    ),
    pytest.param(
        [
            "„Wir bleiben dran“, sagte Bürgermeisterin Ida Kranz. Die Stadt werde den Antrag erneut stellen."
        ],
        [
            ("Wir bleiben dran", "direct", "Ida Kranz", "Bürgermeisterin Ida Kranz", "sagte"),
            (
                "Die Stadt werde den Antrag erneut stellen",
                "indirect",
                "Ida Kranz",
                "Bürgermeisterin Ida Kranz",
                "sagte",
            ),
        ],
        id="continuation-of-a-direct-quote",
    ),
    pytest.param(
        [
            "Trainer Jan Wolter sagte, die Mannschaft habe gekämpft. Ich habe das Spiel nicht gesehen."
        ],
        [("die Mannschaft habe gekämpft", "indirect", "Jan Wolter", "Trainer Jan Wolter", "sagte")],
        id="first-person-habe-is-indicative",
    ),
    pytest.param(
        ["Ministerin Ida Kranz traf Minister Olaf Brenner. Der Plan sei bezahlbar."],
        [],
        id="konjunktiv-after-two-people-has-no-speaker",
    ),
    pytest.param(
        ["Nach Polizeiangaben wurden drei Menschen leicht verletzt."],
        [
            (
                "wurden drei Menschen leicht verletzt",
                "indirect",
                "Polizeiangaben",
                "Polizeiangaben",
                "Nach",
            )
        ],
        id="nach-compound-source-noun",
    ),
    pytest.param(
        ["Nach eigenen Angaben beschäftigt der Verein 300 Helfer."],
        [
            (
                "beschäftigt der Verein 300 Helfer",
                "indirect",
                "der Verein",
                "eigenen Angaben",
                "Nach",
            )
        ],
        id="nach-eigenen-angaben-the-subject-speaks",
    ),
    pytest.param(
        ["Der Verein beschäftigt nach eigenen Angaben 300 Helfer."],
        [
            (
                "Der Verein beschäftigt nach eigenen Angaben 300 Helfer",
                "indirect",
                "der Verein",
                "eigenen Angaben",
                "nach",
            )
        ],
        id="nach-eigenen-angaben-inside",
    ),
    pytest.param(
        ["Zwei Wochen nach dem Urteil legte der Verteidiger Berufung ein."],
        [],
        id="nach-after-a-time-is-time",
    ),
    pytest.param(
        ["Nach der Auszählung aller Stimmen lag die Partei vorn."],
        [],
        id="nach-an-event-is-time",
    ),
    pytest.param(
        ["Die Reichweite liegt bei 100, nach anderen Angaben bei 110 Kilometern."],
        [],
        id="nach-anderen-angaben-is-a-second-figure",
    ),
    pytest.param(
        ["Die Tasche, die nach Angaben der Polizei eine Attrappe enthielt, wurde gesprengt."],
        [
            (
                "die nach Angaben der Polizei eine Attrappe enthielt",
                "indirect",
                "die Polizei",
                "der Polizei",
                "nach Angaben",
            )
        ],
        id="source-phrase-in-a-relative-clause",
    ),
    pytest.param(
        ["Dem Vernehmen nach will der Vorstand im Mai zurücktreten."],
        [
            (
                "will der Vorstand im Mai zurücktreten",
                "indirect",
                "dem Vernehmen",
                "Dem Vernehmen",
                "nach",
            )
        ],
        id="dem-vernehmen-nach",
    ),
    pytest.param(
        ["Nach ersten Schätzungen entstand ein Schaden von einer Million Euro."],
        [
            (
                "entstand ein Schaden von einer Million Euro",
                "indirect",
                "ersten Schätzungen",
                "ersten Schätzungen",
                "Nach",
            )
        ],
        id="source-that-names-nobody-is-the-speaker",
    ),
    pytest.param(
        [
            "Bürgermeister Jan Wolter lobte die Helfer. Nach seinen Angaben waren 200 Freiwillige im Einsatz."
        ],
        [("waren 200 Freiwillige im Einsatz", "indirect", "Jan Wolter", "seinen Angaben", "Nach")],
        id="possessive-source-points-to-a-person",
    ),
    pytest.param(
        ["Der Verband forderte die Stadt auf, die Gebühren zurückzunehmen."],
        [("die Gebühren zurückzunehmen", "indirect", "der Verband", "Der Verband", "forderte auf")],
        id="zu-infinitive-forderte-auf",
    ),
    pytest.param(
        ["Der Angeklagte bestritt, von dem Plan gewusst zu haben."],
        [
            (
                "von dem Plan gewusst zu haben",
                "indirect",
                "der Angeklagte",
                "Der Angeklagte",
                "bestritt",
            )
        ],
        id="zu-infinitive-bestritt",
    ),
    pytest.param(
        ["Die Ministerin kündigte an, nicht erneut zu kandidieren."],
        [
            (
                "nicht erneut zu kandidieren",
                "indirect",
                "die Ministerin",
                "Die Ministerin",
                "kündigte an",
            )
        ],
        id="zu-infinitive-kuendigte-an",
    ),
    pytest.param(
        ["Die Ministerin sagte, um Missverständnisse zu vermeiden."],
        [],
        id="um-zu-is-no-content",
    ),
    pytest.param(
        ["Die Gewerkschaft kritisierte den Beschluss, der am Montag gefallen war."],
        [],
        id="relative-clause-on-the-object-is-no-content",
    ),
    pytest.param(
        ["Die Lage, sagte der Sprecher, sei ernst."],
        [
            (
                "Die Lage, sagte der Sprecher, sei ernst",
                "indirect",
                "der Sprecher",
                "der Sprecher",
                "sagte",
            )
        ],
        id="frame-inside-the-clause-one-quote",
    ),
    pytest.param(
        ["Der Trainer habe das Vertrauen verloren, hieß es."],
        [],
        id="hiess-es-without-a-source-is-left-out",
    ),
    pytest.param(
        ["In einer Erklärung des Vereins heißt es, der Trainer habe das Vertrauen verloren."],
        [
            (
                "der Trainer habe das Vertrauen verloren",
                "indirect",
                "einer Erklärung des Vereins",
                "einer Erklärung des Vereins",
                "heißt es",
            )
        ],
        id="heisst-es-in-a-source",
    ),
    pytest.param(
        [
            "Die Firma schließt ihr Werk. Die 300 Beschäftigten erhalten eine Abfindung. Das teilte der Betriebsrat am Montag mit."
        ],
        [
            (
                "Die Firma schließt ihr Werk. Die 300 Beschäftigten erhalten eine Abfindung",
                "indirect",
                "der Betriebsrat",
                "der Betriebsrat",
                "teilte mit",
            )
        ],
        id="back-reference-takes-two-sentences",
    ),
    pytest.param(
        ["Die Polizei sperrte die Straße. Danach räumte die Feuerwehr die Trümmer."],
        [],
        id="danach-is-afterwards",
    ),
    pytest.param(
        ["Die Sonne schien den ganzen Tag. Demnach war es warm."],
        [],
        id="demnach-without-a-source-before",
    ),
    pytest.param(
        ["Die Zeitung „Abendpost“ berichtet, dass der Bürgermeister zurücktritt."],
        [
            (
                "der Bürgermeister zurücktritt",
                "indirect",
                "die Zeitung „Abendpost“",
                "Die Zeitung „Abendpost“",
                "berichtet",
            )
        ],
        id="name-in-quotation-marks-in-the-speaker",
    ),
    pytest.param(
        ["Weiter sagte die Ministerin, der Etat reiche nicht."],
        [("der Etat reiche nicht", "indirect", "die Ministerin", "die Ministerin", "sagte")],
        id="sentence-adverb-is-no-speaker",
    ),
    pytest.param(
        ["Wie aus Kreisen der Regierung verlautete, soll der Etat steigen."],
        [
            (
                "soll der Etat steigen",
                "indirect",
                "Kreisen der Regierung",
                "Kreisen der Regierung",
                "verlautete",
            )
        ],
        id="wie-aus-kreisen-verlautete",
    ),
    pytest.param(
        ["Die Fähre sank laut örtlichen Medien vor der Küste."],
        [
            (
                "Die Fähre sank laut örtlichen Medien vor der Küste",
                "indirect",
                "örtlichen Medien",
                "örtlichen Medien",
                "laut",
            )
        ],
        id="laut-adjective-and-plural-noun",
    ),
    # Regressions: a subject with its apposition before "kritisierte den Plan" was read as
    # a statement and the object as its speaker; "Gegenüber der Zeitung" as a speaker.
    pytest.param(
        [
            "Die Fraktionschefin der Grünen, Ida Kranz, kritisierte die Pläne der Regierung "
            "als unsozial. Die Mittel seien zu knapp."
        ],
        [("Die Mittel seien zu knapp", "indirect", "Ida Kranz", "Ida Kranz", None)],
        id="apposition-subject-is-no-statement",
    ),
    pytest.param(
        ["Gegenüber der Zeitung sagte der Minister, der Etat reiche nicht."],
        [("der Etat reiche nicht", "indirect", "der Minister", "der Minister", "sagte")],
        id="gegenueber-is-no-speaker",
    ),
    pytest.param(
        ["Die Gewerkschaft kritisierte den Plan scharf. Er sei zu teuer."],
        [("Er sei zu teuer", "indirect", "die Gewerkschaft", "Die Gewerkschaft", None)],
        id="continuation-of-a-statement-without-a-clause",
    ),
    pytest.param(
        [
            "Ministerin Ida Kranz sagte, der Etat reiche nicht. Die Gewerkschaft "
            "kritisierte den Plan. Er sei zu teuer."
        ],
        [
            ("der Etat reiche nicht", "indirect", "Ida Kranz", "Ministerin Ida Kranz", "sagte"),
            ("Er sei zu teuer", "indirect", "die Gewerkschaft", "Die Gewerkschaft", None),
        ],
        id="the-speaker-in-between-takes-over",
    ),
    pytest.param(
        ["Dazu sagte die Ministerin, der Etat reiche nicht."],
        [("der Etat reiche nicht", "indirect", "die Ministerin", "die Ministerin", "sagte")],
        id="pronominal-adverb-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quotes(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    got = [(q.text, q.type, q.speaker, q.speaker_mention, q.cue) for q in run(paragraphs).quotes]
    assert got == expected
