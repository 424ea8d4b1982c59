"""The evaluate command: matching rules, scores, bars, and errors in gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from build_dataset.cli import app
from build_dataset.evaluate import evaluate
from build_dataset.matching import Score, overlap, quote_similarity

TEXT = (
    "Bürgermeisterin Jana Pohlmann eröffnete am Montag die Brücke in Kassel. "
    "„Das ist ein guter Tag für Kassel“, sagte Pohlmann.\n"
    "Sie betonte, die Kosten seien gedeckt.\n"
)
GOLD = {
    "source_url": None,
    "author": None,
    "quotes": [
        {
            "text": "Das ist ein guter Tag für Kassel",
            "type": "direct",
            "speaker": "Jana Pohlmann",
            "speaker_is_entity": True,
            "cue": "sagte",
        },
        {
            "text": "die Kosten seien gedeckt",
            "type": "indirect",
            "speaker": "Jana Pohlmann",
            "speaker_is_entity": True,
            "cue": "betonte",
        },
    ],
    "entities": [
        {"name": "Jana Pohlmann", "type": "PER", "mentions": 2, "normalized": None},
        {"name": "Montag", "type": "DATE", "mentions": 1, "normalized": "2024-05-06"},
        {"name": "Kassel", "type": "LOC", "mentions": 2, "normalized": None},
    ],
    "reference_date": "2024-05-08",
}


def gold_folder(tmp_path: Path, gold: dict[str, object], text: str = TEXT) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "brücke.txt").write_text(text, encoding="utf-8")
    (tmp_path / "brücke.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("gold", "found", "share"),
    [
        ("die Kosten seien gedeckt", "die Kosten seien gedeckt", 1.0),
        ("die Kosten seien gedeckt", "Kosten seien", 0.5),
        ("die Kosten seien gedeckt", "ganz anders", 0.0),
        ("Die Kosten", "die kosten, die kosten", 1.0),  # case-blind, each gold token once
    ],
)
def test_overlap_is_the_share_of_gold_tokens(gold: str, found: str, share: float) -> None:
    assert overlap(gold, found) == share


def test_the_quote_rule_needs_both_shares() -> None:
    gold = "die Kosten seien gedeckt"  # 4 words
    assert quote_similarity(gold, "Kosten seien") == (0.5, 1.0)
    assert quote_similarity(gold, "Kosten") is None  # 1/4 of the gold's words
    # all 4 gold words in a row of 13 words: 4/13 ≈ 0.31 of its own, a match ...
    assert quote_similarity(gold, gold + " und das Geld komme vom Land und vom Bund") is not None
    # ... in a row of 14 words: 4/14 ≈ 0.29, no match
    assert quote_similarity(gold, gold + " und das Geld komme vom Land und vom Bund ab") is None


def test_score_arithmetic() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert (score.precision, score.recall) == (0.75, 0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score().f1 == 1.0  # nothing expected, nothing found


def test_a_text_read_right_scores_one_everywhere(tmp_path: Path) -> None:
    evaluation = evaluate(gold_folder(tmp_path, GOLD))
    assert evaluation.findings == ()
    assert {key: s.f1 for key, s in evaluation.scores.items()} == dict.fromkeys(
        evaluation.scores, 1.0
    )


def test_misses_false_hits_and_wrong_values_are_counted(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["quotes"][1]["speaker"] = "Karl Brenner"  # the reader says someone else said it
    gold["quotes"].append(
        {
            "text": "die Brücke trage 40 Tonnen",
            "type": "indirect",
            "speaker": "Jana Pohlmann",
            "speaker_is_entity": True,
            "cue": "sagte",
        }
    )
    gold["entities"][1]["normalized"] = "2024-05-13"
    gold["entities"][2]["mentions"] = 3
    evaluation = evaluate(gold_folder(tmp_path, gold))
    scores = evaluation.scores
    assert (scores["indirect"].tp, scores["indirect"].fn) == (1, 1)
    assert (scores["speaker"].tp, scores["speaker"].fn) == (1, 1)
    assert scores["dates"].tp == 0 and scores["mentions"].fn == 1
    kinds = sorted((f.category, f.kind, f.paragraph) for f in evaluation.findings)
    assert kinds == [
        ("dates", "wrong", 1),
        ("indirect", "missed", None),
        ("mentions", "wrong", 1),
        ("speaker", "wrong", 2),
    ]


def test_a_person_matches_by_surname_but_not_by_another_first_name(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["quotes"][0]["speaker"] = "Pohlmann"
    assert evaluate(gold_folder(tmp_path / "a", gold)).findings == ()
    gold["quotes"][0]["speaker"] = "Jonas Pohlmann"
    gold["entities"][0]["name"] = "Jonas Pohlmann"
    findings = evaluate(gold_folder(tmp_path / "b", gold)).findings
    assert sorted((f.category, f.kind) for f in findings) == [
        ("PER", "false hit"), ("PER", "missed"), ("speaker", "wrong"),
    ]  # fmt: skip


def test_a_speaker_must_be_linked_as_the_gold_says(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["quotes"][1]["speaker_is_entity"] = False
    scores = evaluate(gold_folder(tmp_path, gold)).scores
    assert (scores["speaker"].tp, scores["speaker"].fn) == (1, 1)


def test_wrong_cue_is_counted(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["quotes"][1]["cue"] = "erklärte"
    scores = evaluate(gold_folder(tmp_path, gold)).scores
    assert (scores["cue"].tp, scores["cue"].fp, scores["cue"].fn) == (1, 1, 1)


def test_the_tighter_quote_wins_a_tie(tmp_path: Path) -> None:
    text = "„Das Spiel war hart. Wir kommen wieder“, sagte Trainer Olaf Brink.\n"
    text += "„Das Spiel war hart“, sagte Brink.\n"
    gold = {
        **GOLD,
        "quotes": [
            {"text": "Das Spiel war hart", "type": "direct", "speaker": "Olaf Brink",
             "speaker_is_entity": True, "cue": "sagte"},
            {"text": "Das Spiel war hart. Wir kommen wieder", "type": "direct",
             "speaker": "Olaf Brink", "speaker_is_entity": True, "cue": "sagte"},
        ],
        "entities": [{"name": "Olaf Brink", "type": "PER", "mentions": 2, "normalized": None}],
    }  # fmt: skip
    scores = evaluate(gold_folder(tmp_path, gold, text)).scores
    assert (scores["direct"].tp, scores["direct"].fp, scores["direct"].fn) == (2, 0, 0)


def test_a_category_without_data_is_not_measured_and_fails_a_bar(tmp_path: Path) -> None:
    folder = gold_folder(tmp_path, GOLD)
    code, out, err = invoke("evaluate", "--gold", str(folder), "--min-f1", "ORG=0.5")
    assert "entities ORG" in out and "–" in out
    assert code == 1 and "ORG: nothing to measure" in err


def test_a_quote_of_the_other_type_does_not_match(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["quotes"][0]["type"] = "indirect"
    scores = evaluate(gold_folder(tmp_path, gold)).scores
    assert (scores["direct"].fp, scores["indirect"].fn) == (1, 1)


def test_command_prints_a_table_and_fails_under_a_bar(tmp_path: Path) -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["entities"].append({"name": "Kasseler Stadtwerke", "type": "ORG", "mentions": 1,
                             "normalized": None})  # fmt: skip
    folder = gold_folder(tmp_path, gold)
    code, out, _ = invoke("evaluate", "--gold", str(folder), "--show-errors")
    assert code == 0
    assert "entities ORG" in out and "ORG missed: Kasseler Stadtwerke" in out
    code, _, err = invoke(
        "evaluate", "--gold", str(folder), "--min-f1", "PER=1", "--min-f1", "ORG=0.5"
    )
    assert code == 1 and "ORG: F1 0.000 < 0.5" in err
    code, _, _ = invoke("evaluate", "--gold", str(folder), "--min-f1", "direct=0.95")
    assert code == 0


def test_json_output(tmp_path: Path) -> None:
    code, out, _ = invoke("evaluate", "--gold", str(gold_folder(tmp_path, GOLD)), "--json")
    result = json.loads(out)
    assert code == 0 and result["articles"] == ["brücke"]
    assert result["categories"]["direct"] == {
        "label": "direct quotes", "tp": 1, "fp": 0, "fn": 0,
        "precision": 1.0, "recall": 1.0, "f1": 1.0,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda g: g.pop("reference_date"), "'reference_date' is a required property"),
        (lambda g: g["quotes"][0].update(type="paraphrase"), "$.quotes[0].type"),
        (lambda g: g.update(reference_date="16.02.2025"), "is not a 'date'"),
    ],
)
def test_a_bad_gold_file_is_one_line_and_exit_2(tmp_path: Path, change, message: str) -> None:
    gold = json.loads(json.dumps(GOLD))
    change(gold)
    folder = gold_folder(tmp_path, gold)
    code, _, err = invoke("evaluate", "--gold", str(folder))
    assert code == 2 and message in err and "brücke.json" in err
    assert len(err.strip().splitlines()) == 1


def test_a_text_without_gold_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ein Satz.\n", encoding="utf-8")
    code, _, err = invoke("evaluate", "--gold", str(tmp_path))
    assert code == 2 and "a.txt: has no gold file beside it; write a.json" in err


@pytest.mark.parametrize(
    ("bar", "message"),
    [("quotes=0.9", "unknown category 'quotes'"), ("=0.9", "names no category")],
)
def test_a_bad_bar_is_refused(tmp_path: Path, bar: str, message: str) -> None:
    code, _, err = invoke("evaluate", "--gold", str(tmp_path), "--min-f1", bar)
    assert code == 2 and message in err


def test_command_line_knows_every_category() -> None:
    from build_dataset.cli import CATEGORY_KEYS
    from build_dataset.evaluate import CATEGORIES

    assert tuple(key for key, _ in CATEGORIES) == CATEGORY_KEYS
