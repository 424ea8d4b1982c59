"""The input matrix of issue 5, through the command line: what is accepted and normalised,
what is refused with one line and exit 2 (nothing written), and what must hold steady."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from build_dataset.cli import app

TEXT = (
    "Bürgermeisterin Jana Pohlmann eröffnete am Montag die Brücke in Kassel.\n"
    "„Das ist ein guter Tag für Kassel“, sagte Pohlmann.\n"
    "Sie betonte, die Kosten seien gedeckt.\n"
)
META = '{"reference_date": {"value": "2024-05-08", "justification": "publication day"}}'


@dataclass
class Case:
    seeds: Path  # what --seeds gets
    out: Path  # what --out gets


def invoke(case: Case, *extra: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--seeds", str(case.seeds), "--out", str(case.out), *extra])
    return result.exit_code, result.stdout, result.stderr


def seed_folder(tmp_path: Path, data: bytes, meta: str | None = META) -> Case:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "artikel.txt").write_bytes(data)
    if meta is not None:
        (folder / "artikel.meta.json").write_text(meta, encoding="utf-8")
    return Case(folder, tmp_path / "out")


def text_case(data: bytes, meta: str | None = META) -> Callable[[Path], Case]:
    return lambda tmp_path: seed_folder(tmp_path, data, meta)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package of TEXT written with LF line ends: what every accepted variant gives."""
    case = seed_folder(tmp_path_factory.mktemp("reference"), TEXT.encode())
    assert invoke(case)[0] == 0
    return case.out


ACCEPTED = [
    pytest.param(TEXT.encode("utf-8-sig"), id="utf8-bom"),
    pytest.param(TEXT.replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param(TEXT.replace("\n", "\r").encode(), id="cr"),
    pytest.param(TEXT.replace(".\n", ".   \n").encode(), id="trailing-spaces"),
    pytest.param(TEXT.replace("\n", "\n\n").encode(), id="blank-lines-between-paragraphs"),
    pytest.param(TEXT.replace("ü", "u\u0308").replace("ö", "o\u0308").encode(), id="nfd-umlauts"),
    pytest.param(TEXT.replace("am Montag", "am\u00a0Montag").encode(), id="non-breaking-space"),
]


@pytest.mark.parametrize("data", ACCEPTED)
def test_accepted_and_normalised(tmp_path: Path, reference: Path, data: bytes) -> None:
    case = seed_folder(tmp_path, data)
    code, _, err = invoke(case)
    assert code == 0, err
    for name in ("quotes.csv", "entities.csv"):
        assert (case.out / name).read_bytes() == (reference / name).read_bytes(), name
    (article,) = json.loads((case.out / "article.json").read_text(encoding="utf-8"))
    body = article["body"]
    assert body == json.loads((reference / "article.json").read_text(encoding="utf-8"))[0]["body"]
    assert "u\u0308" not in body  # NFC


def test_a_seed_without_any_layout_line(tmp_path: Path) -> None:
    case = seed_folder(tmp_path, b"Ein einziger Absatz ohne Zeile drumherum.\n", meta=None)
    code, _, err = invoke(case)
    assert code == 0, err
    (article,) = json.loads((case.out / "article.json").read_text(encoding="utf-8"))
    assert (article["author"], article["source_url"], article["outlet_tag"]) == (None, None, None)
    assert article["captions"] == [] and article["reference_date"] is None


def unreadable(tmp_path: Path) -> Case:
    # As root, chmod 000 still reads; a seed that links to /proc/self/mem cannot be read.
    # (In a folder such a link leads out of it and is passed over: given by itself.)
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "artikel.txt").symlink_to("/proc/self/mem")
    return Case(folder / "artikel.txt", tmp_path / "out")


def out_is_a_file(tmp_path: Path) -> Case:
    case = seed_folder(tmp_path, TEXT.encode())
    case.out.write_text("my notes", encoding="utf-8")
    return case


def out_inside_seeds(tmp_path: Path) -> Case:
    case = seed_folder(tmp_path, TEXT.encode())
    return Case(case.seeds, case.seeds / "out")


def out_not_writable(tmp_path: Path) -> Case:
    case = seed_folder(tmp_path, TEXT.encode())
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, where a folder should be", encoding="utf-8")
    return Case(case.seeds, blocker / "out")


def no_seed(tmp_path: Path) -> Case:
    (tmp_path / "seeds").mkdir()
    return Case(tmp_path / "seeds", tmp_path / "out")


REFUSED = [
    pytest.param(text_case(b""), "artikel.txt: the file is empty", id="empty"),
    pytest.param(text_case(b" \n\t\n"), "artikel.txt: the file is empty", id="whitespace-only"),
    pytest.param(text_case(b"Text\x00mehr"), "artikel.txt:1: NUL byte at byte 4", id="nul"),
    pytest.param(
        text_case(b"Text\n\x01\x02\x03binary"), "artikel.txt:2: control character", id="binary"
    ),
    pytest.param(
        text_case("Zeile\nÜber".encode("latin-1")),
        "artikel.txt:2: invalid UTF-8 at byte 6; save the file as UTF-8",
        id="invalid-utf8",
    ),
    pytest.param(no_seed, "no *.txt file in the folder or below", id="folder-without-seed"),
    pytest.param(unreadable, "artikel.txt: cannot read", id="unreadable-file"),
    pytest.param(out_is_a_file, "--out is an existing file", id="out-is-a-file"),
    pytest.param(out_inside_seeds, "--out lies inside the seeds folder", id="out-inside-seeds"),
    pytest.param(out_not_writable, "cannot write here", id="out-not-writable"),
    pytest.param(
        text_case(TEXT.encode(), meta="{"), "artikel.meta.json:1: malformed JSON", id="meta-json"
    ),
    pytest.param(
        text_case(
            TEXT.encode(), meta='{"reference_date": {"value": "2025-02-30", "justification": "x"}}'
        ),
        "reference_date '2025-02-30' is not a valid date",
        id="meta-invalid-date",
    ),
    pytest.param(
        text_case(TEXT.encode(), meta='{"path": {"value": "../../etc", "justification": "x"}}'),
        "unknown key 'path'",
        id="meta-cannot-point-outside",
    ),
]


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_refused_with_one_line(tmp_path: Path, make: Callable[[Path], Case], message: str) -> None:
    case = make(tmp_path)
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    code, out, err = invoke(case)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert "Traceback" not in out + err
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before  # nothing written


def test_unbalanced_quote_warns_and_gives_no_row(tmp_path: Path) -> None:
    case = seed_folder(tmp_path, "„Das bleibt offen, sagte Pohlmann.\nZweiter Absatz.\n".encode())
    code, _, err = invoke(case)
    assert code == 0
    assert "warning: 1 warning about the articles, in warnings.csv:\n" in err
    assert "seeds/artikel.txt: paragraph 1: unmatched quotation mark '„'" in err
    assert (case.out / "quotes.csv").read_text(encoding="utf-8").count("\n") == 1  # header
    with (case.out / "warnings.csv").open(encoding="utf-8", newline="") as handle:
        warnings = [(w["article_id"], w["paragraph"], w["message"]) for w in csv.DictReader(handle)]
    assert warnings == [("artikel", "1", "unmatched quotation mark '„' at body offset 0")]


def test_an_article_without_reference_date_gets_a_warning_row(tmp_path: Path) -> None:
    case = seed_folder(tmp_path, TEXT.encode(), meta=None)
    code, _, err = invoke(case)
    assert code == 0, err
    assert "seeds/artikel.txt: no reference date, so weekdays get no date" in err
    with (case.out / "warnings.csv").open(encoding="utf-8", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["article_id"], row["paragraph"]) == ("artikel", "")  # the whole article
    assert row["message"].startswith("no reference date")


def test_quote_over_several_paragraphs_is_one_row(tmp_path: Path) -> None:
    text = "Pohlmann sagte: „Erster Teil.\n„Zweiter Teil.\n„Dritter Teil.“\n"
    case = seed_folder(tmp_path, text.encode())
    assert invoke(case)[0] == 0
    with (case.out / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert row["text"] == "Erster Teil.\n\n„Zweiter Teil.\n\n„Dritter Teil."
    assert (row["speaker"], row["paragraph"]) == ("Pohlmann", "1")


@pytest.mark.acceptance  # a 230,000-character line: a scale run of a minute or more
def test_very_long_line(tmp_path: Path) -> None:
    sentence = "Der Rat der Stadt Kassel tagte lange und ohne Ergebnis. "
    case = seed_folder(tmp_path, (sentence * 4000).encode())  # one line of 230,000 characters
    code, _, err = invoke(case)
    assert code == 0, err
    entities = (case.out / "entities.csv").read_text(encoding="utf-8")
    assert "loc-kassel,Kassel,LOC,4000," in entities


def test_no_quotes_and_no_entities_is_a_valid_empty_package(tmp_path: Path) -> None:
    from frictionless import Package, system

    case = seed_folder(tmp_path, b"es regnete den ganzen tag.\n", meta=None)
    assert invoke(case)[0] == 0
    assert (
        (case.out / "quotes.csv")
        .read_text(encoding="utf-8")
        .startswith("article_id,quote_id,text,")
    )
    assert (case.out / "quotes.csv").read_text(encoding="utf-8").count("\n") == 1
    assert (case.out / "entities.csv").read_text(encoding="utf-8").count("\n") == 1
    with system.use_context(trusted=True):
        assert Package(str(case.out / "datapackage.json")).validate().valid


def test_no_network_is_needed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the build tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    case = seed_folder(tmp_path, TEXT.encode())
    code, _, err = invoke(case)
    assert code == 0, err
    assert os.listdir(case.out)
