"""Entity ids that survive any script: transliterated, unique, the same in every build."""

from __future__ import annotations

import pytest
from helpers import run

from build_dataset.names import slug, unique_keys


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Dmitri Peskow", "dmitri-peskow", id="latin-unchanged"),
        pytest.param("Jörg Weißhaupt", "joerg-weisshaupt", id="german-letters"),
        pytest.param("Łukasz Wróbel", "lukasz-wrobel", id="polish-l-stroke"),
        pytest.param("Søren Ærebøl", "soren-aerebol", id="danish"),
        pytest.param("Emre Yıldırım", "emre-yildirim", id="dotless-i"),
        pytest.param("Ђорђе Јанковић", "djordje-jankovic", id="serbian-cyrillic"),
        pytest.param("Олена Ткаченко", "olena-tkachenko", id="ukrainian-cyrillic"),
        pytest.param("王小明", "wangxiaoming", id="chinese"),
        pytest.param("Γιώργος Παππάς", "giorgos-pappas", id="greek"),
        pytest.param("— ? —", "x", id="no-letter-at-all"),
    ],
)
def test_slug_transliterates_every_script(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_unique_keys_number_repeats_in_order_and_skip_taken_ones() -> None:
    keys = ["per-anna", "loc-route", "loc-route", "per-anna", "loc-route-2", "loc-route"]
    assert unique_keys(keys) == [
        "per-anna", "loc-route", "loc-route-3", "per-anna-2", "loc-route-2", "loc-route-4",
    ]  # fmt: skip


def test_two_people_in_other_scripts_get_two_ids() -> None:
    people = [
        e.entity_id
        for e in run(
            ["Bürgermeisterin Олена Ткаченко traf Botschafter Ђорђе Јанковић in Kassel."]
        ).entities
        if e.type == "PER"
    ]
    assert people == ["per-olena-tkachenko", "per-djordje-jankovic"]


def test_names_with_one_id_are_told_apart_by_first_mention() -> None:
    text = [
        "Bürgermeisterin Anna Mueller eröffnete die Brücke.",
        "Kämmerin Anna Müller sagte, die Kosten seien gestiegen.",
    ]
    extraction = run(text)
    ids = {e.name: e.entity_id for e in extraction.entities if e.type == "PER"}
    assert ids == {"Anna Mueller": "per-anna-mueller", "Anna Müller": "per-anna-mueller-2"}
    (quote,) = extraction.quotes
    assert (quote.speaker, quote.speaker_entity_id) == ("Anna Müller", "per-anna-mueller-2")
    assert run(text).entities == extraction.entities  # the same ids in every build
