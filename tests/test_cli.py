"""End to end on the seed: the command, the package, and the facts a reader can check."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from frictionless import Package, system
from helpers import build_dataset

from build_dataset import diff

ROOT = Path(__file__).parents[1]
SEED = ROOT / "seeds" / "000_7562abd95e068531.txt"
# The seed's dataset.json names the package and gives its version.
DATASET = json.loads((ROOT / "seeds" / "dataset.json").read_text(encoding="utf-8"))


def build(out: Path, *extra: str, child: bool = False) -> subprocess.CompletedProcess[str]:
    """build-dataset with no environment but PATH, as from a bare shell; in a child process
    (its own hash seed, its own caches) when CHILD."""
    bare = {**dict.fromkeys(os.environ), "PATH": "/usr/bin:/bin"}
    return build_dataset("--out", str(out), *extra, cwd=out.parent, env=bare, child=child)


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "dist"
    result = build(out)
    assert result.returncode == 0, result.stderr
    return out


def files(folder: Path) -> list[str]:
    """Every file below FOLDER, by its path relative to it."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_writes_the_package_files(package: Path) -> None:
    assert files(package) == [
        "SHA256SUMS", "article.json", "croissant.json", "datapackage.json", "entities.csv",
        "index.html", "mentions.csv", f"{DATASET['name']}-{DATASET['version']}.json",
        "quotes.csv", "review/000_7562abd95e068531.html", "skipped.csv", "warnings.csv",
    ]  # fmt: skip
    # The seed has a reference date and balanced quotation marks: nothing to warn about,
    # nothing skipped; both tables are there with their header alone.
    assert (package / "warnings.csv").read_text() == "article_id,paragraph,message\n"
    assert (package / "skipped.csv").read_text() == "source,article_id,reason\n"


def test_frictionless_validates_the_package(package: Path) -> None:
    with system.use_context(trusted=True):
        report = Package(str(package / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "message"])


def test_one_direct_quote_by_peskow(package: Path) -> None:
    direct = [q for q in rows(package, "quotes.csv") if q["type"] == "direct"]
    assert [(q["text"], q["speaker"], q["cue"]) for q in direct] == [
        ("Von nun an werden wir über Frieden sprechen, nicht über Krieg", "Dmitri Peskow", "sagte")
    ]


def test_reported_speech_and_speakers(package: Path) -> None:
    indirect = [q for q in rows(package, "quotes.csv") if q["type"] == "indirect"]
    peskow = [q["text"] for q in indirect if q["speaker"] == "Dmitri Peskow"]
    for fragment in ("sei ein starkes Signal", "nicht ausreichend kommuniziert",
                     "könne bei Realisten Anklang finden", "nicht behindern würden"):  # fmt: skip
        assert sum(fragment in text for text in peskow) == 1, fragment
    assert len(peskow) == 4
    opening = indirect[0]
    assert (opening["speaker"], opening["cue"], opening["speaker_entity_id"]) == (
        "Kreml",
        "gab bekannt",
        "org-kreml",
    )
    assert opening["text"].startswith("das Telefonat zwischen dem russischen Präsidenten")
    analysts = [q for q in indirect if q["speaker"] == "Analysten"]
    # their statement, and the Konjunktiv sentence after it that goes on with it, hanging
    # on the same verb of saying
    assert len(analysts) == 2 and all(q["speaker_entity_id"] == "" for q in analysts)
    assert (analysts[1]["cue"], analysts[1]["text"][:7]) == ("gehen davon aus", "Sollten")
    assert analysts[1]["cue_start"] == analysts[0]["cue_start"]
    speakers = {q["speaker"] for q in rows(package, "quotes.csv")}
    assert not speakers & {"Wladimir Putin", "Donald Trump", "Putin", "Trump"}
    mentions = {q["speaker_mention"] for q in indirect if q["speaker"] == "Dmitri Peskow"}
    assert mentions == {"Kremlsprecher Dmitri Peskow", "Peskow", "Er"}


def test_entities(package: Path) -> None:
    entities = {(e["name"], e["type"]): e for e in rows(package, "entities.csv")}
    assert entities[("Wladimir Putin", "PER")]["mentions"] == "3"
    assert entities[("Donald Trump", "PER")]["mentions"] == "4"
    assert entities[("Dmitri Peskow", "PER")]["mentions"] == "3"
    for name, kind in [
        ("Kreml", "ORG"),
        ("Ukraine", "LOC"),
        ("Russland", "LOC"),
        ("Moskau", "LOC"),
    ]:
        assert (name, kind) in entities
    assert entities[("12. Februar", "DATE")]["normalized"] == "2025-02-12"
    assert entities[("Sonntag", "DATE")]["normalized"] == "2025-02-16"
    assert not [name for name, kind in entities if kind == "PER" and name not in
                {"Wladimir Putin", "Donald Trump", "Dmitri Peskow"}]  # fmt: skip


def test_rows_are_keyed_by_article_and_quotes_by_place(package: Path) -> None:
    quotes = rows(package, "quotes.csv")
    assert {q["article_id"] for q in quotes} == {"000_7562abd95e068531"}
    (article,) = json.loads((package / "article.json").read_text(encoding="utf-8"))
    starts = [0]
    for paragraph in article["paragraphs"]:
        starts.append(starts[-1] + len(paragraph) + 2)
    for quote in quotes:  # p2-c68: paragraph 2, 68 characters into it
        paragraph = int(quote["paragraph"])
        offset = int(quote["start"]) - starts[paragraph - 1]
        assert quote["quote_id"] == f"p{paragraph}-c{offset}"
    # "Der Kreml gab bekannt, dass das Telefonat …": the reported words start at 28.
    assert quotes[0]["quote_id"] == "p1-c28" and quotes[0]["text"].startswith("das Telefonat")
    entities = rows(package, "entities.csv")
    assert {(e["articles"], e["first_article_id"]) for e in entities} == {
        ("1", "000_7562abd95e068531")
    }
    dates = {e["entity_id"] for e in entities if e["type"] == "DATE"}
    assert dates == {"date-2025-02-12", "date-2025-02-16"}  # ids from the normalised values


def test_offsets_point_into_the_body(package: Path) -> None:
    (article,) = json.loads((package / "article.json").read_text(encoding="utf-8"))
    body = article["body"]
    for quote in rows(package, "quotes.csv"):
        assert body[int(quote["start"]) : int(quote["end"])] == quote["text"]
    for entity in rows(package, "entities.csv"):
        mention = body[int(entity["first_start"]) : int(entity["first_end"])]
        assert mention == entity["name"] or mention.rstrip("s") in entity["name"]


def test_article_fields(package: Path) -> None:
    (article,) = json.loads((package / "article.json").read_text(encoding="utf-8"))
    assert article["id"] == "000_7562abd95e068531" and article["title"] is None
    assert article["body_length"] == len(article["body"])
    assert article["body_sha256"] == hashlib.sha256(article["body"].encode()).hexdigest()
    assert article["author"] == "Ngoc Anh"
    assert article["agencies"] == ["TASS", "RIA", "Reuters"]
    assert article["outlet_tag"] == "CLO"
    assert [c["credit"] for c in article["captions"]] == [
        "Presse- und Informationsbüro des russischen Präsidenten"
    ]
    assert article["body"] == "\n\n".join(article["paragraphs"])


def test_without_reference_date_dates_stay_open(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / SEED.name)
    out = tmp_path / "out"
    assert build(out, "--seeds", str(tmp_path / SEED.name)).returncode == 0
    dates = {e["name"]: e["normalized"] for e in rows(out, "entities.csv") if e["type"] == "DATE"}
    assert dates == {"12. Februar": "XXXX-02-12", "Sonntag": ""}


def test_two_builds_are_identical(package: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert build(again, "--jobs", "2", child=True).returncode == 0
    names = files(package)
    assert names == files(again)
    for name in names:
        assert (package / name).read_bytes() == (again / name).read_bytes(), name


def test_committed_data_is_a_fresh_build(package: Path) -> None:
    """data/ is the release; when the builder changes it, the failure says how and which
    version the change needs (rebuild with `build-dataset --out data/`)."""
    change = diff.compare(diff.load(ROOT / "data"), diff.load(package))
    same = change.required_bump == "none" and change.old_version == change.new_version
    assert same, diff.report(change, "data/", "a fresh build")
    names = files(package)
    assert names == files(ROOT / "data")
    for name in names:
        assert (package / name).read_bytes() == (ROOT / "data" / name).read_bytes(), (
            f"data/{name} differs from a fresh build in its bytes"
        )


def test_bad_input_exits_2_with_one_line_and_keeps_out(tmp_path: Path) -> None:
    seed = tmp_path / "seeds" / "bad.txt"
    seed.parent.mkdir()
    seed.write_bytes(b"Text \xff kaputt")
    out = tmp_path / "out"
    assert build(out).returncode == 0
    before = {name: (out / name).read_bytes() for name in files(out)}
    result = build(out, "--seeds", str(seed))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "bad.txt:1: invalid UTF-8 at byte 5" in result.stderr
    assert {name: (out / name).read_bytes() for name in files(out)} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]


def test_foreign_folder_is_refused_and_force_is_gone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    refused = build(out)
    assert refused.returncode == 2 and "did not write: mine.txt;" in refused.stderr
    forced = build(out, "--force")
    assert forced.returncode == 2 and "--force: is gone" in forced.stderr
    assert forced.stderr.count("\n") == 1
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_version_and_help() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "build_dataset", "--version"], capture_output=True, text=True
    )
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert version.stdout.split()[-1] in pyproject
    helped = subprocess.run(
        [sys.executable, "-m", "build_dataset", "--help"], capture_output=True, text=True
    )
    assert "--out" in helped.stdout and "--seeds" in helped.stdout


def test_an_article_where_a_command_belongs_gets_the_seeds_hint(tmp_path: Path) -> None:
    (tmp_path / "artikel.txt").write_text("Er sagte, es regne.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "build_dataset", "artikel.txt"],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "error: artikel.txt: not a command; to build articles, pass them with --seeds: "
        "build-dataset --seeds artikel.txt --out DIR\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["artikel.txt"]


def test_help_teaches_files_metadata_reference_date_and_flags() -> None:
    helped = subprocess.run(
        [sys.executable, "-m", "build_dataset", "--help"], capture_output=True, text=True
    )
    text = " ".join(helped.stdout.split())
    for phrase in (
        "datapackage.json, article.json, quotes.csv, entities.csv", "croissant.json",
        "warnings.csv, skipped.csv", "one page per article in review/, and SHA256SUMS",
        "NAME.meta.json beside it", "The reference date is", "JSON Lines file *.jsonl",
        "dataset.json", "Exit codes: 0 done;",
    ):  # fmt: skip
        assert phrase in text, phrase
    assert "<bool>" not in helped.stdout and re.search(r"^  --version +Print", helped.stdout, re.M)
    diffed = subprocess.run(
        [sys.executable, "-m", "build_dataset", "diff", "--help"], capture_output=True, text=True
    )
    assert "diff [OPTIONS] OLD NEW\n" in diffed.stdout and "{" not in diffed.stdout
    assert re.search(r"^  --json +Print", diffed.stdout, re.M)


def test_a_package_that_breaks_its_schema_exits_3(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from build_dataset import cli, pipeline
    from build_dataset.validate import ValidationFailed

    def broken_build(*_: object, **__: object) -> None:
        raise ValidationFailed(["quotes.csv:2: $.start: -1 is less than the minimum of 0"])

    monkeypatch.setattr(pipeline, "build", broken_build)
    result = CliRunner().invoke(cli.app, ["--out", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "a bug, please report" in result.output and "quotes.csv:2" in result.output


def crash(*args: object) -> object:
    raise KeyError("a bug planted by the test")


def test_an_unexpected_exception_is_one_line_and_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11: a traceback exited 1, the code of a failed check; main() now says it is a
    bug in one line and exits 3 (BUG)."""
    from build_dataset import cli

    monkeypatch.setattr(diff, "compare", crash)
    monkeypatch.setattr(sys, "argv", ["build-dataset", "diff", "data", "data"])
    monkeypatch.chdir(Path(__file__).parents[1])
    monkeypatch.delenv("BUILD_DATASET_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code == cli.BUG == 3
    err = capsys.readouterr().err
    assert err == (
        "error: internal error: KeyError: 'a bug planted by the test'; please report it "
        "(run with BUILD_DATASET_DEBUG=1 for the traceback)\n"
    )
    monkeypatch.setenv("BUILD_DATASET_DEBUG", "1")
    with pytest.raises(KeyError, match="a bug planted"):
        cli.main()


# `build-dataset cache`: the survey, --prune and its errors (the library: test_housekeeping)


def old_cache(home: Path) -> Path:
    """Under HOME (an XDG_CACHE_HOME) an old builder's generation of one entry, a file of
    the user's, and nothing current."""
    entry = home / "build-dataset" / "0123456789abcdef" / "ab" / "cd" / ("abcd" + "5" * 60)
    entry.parent.mkdir(parents=True)
    entry.write_bytes(b"e" * 2500)
    os.utime(entry, (1_700_000_000, 1_700_000_000))  # 2023: no build is writing it now
    (home / "build-dataset" / "liesmich.txt").write_text("meins", encoding="utf-8")
    return home / "build-dataset"


def test_cache_shows_the_default_folder_and_prune_empties_it(tmp_path: Path) -> None:
    folder = old_cache(tmp_path)
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    shown = build_dataset("cache", env=env)
    assert shown.returncode == 0 and shown.stderr == ""
    assert shown.stdout.startswith(f"cache {folder}: 2.5 KB\nresults, one folder per builder:\n")
    assert "  0123456789abcdef          1 entry    2.5 KB  newest " in shown.stdout
    assert "(current)" not in shown.stdout
    assert "not the cache's, left alone: liesmich.txt\n" in shown.stdout
    assert "`build-dataset cache --prune` frees 2.5 KB: 1 folder not current" in shown.stdout
    assert (folder / "0123456789abcdef").is_dir()  # showing removes nothing
    pruned = build_dataset("cache", "--prune", env=env)
    assert pruned.returncode == 0 and pruned.stderr == ""
    assert pruned.stdout == (
        "removed 1 folder: 0123456789abcdef\n"
        "removed 1 result, 0 unfinished writes, 0 word-list files\n"
        f"freed 2.5 KB in {folder}\n"
    )
    assert [p.name for p in folder.iterdir()] == ["liesmich.txt"]


def test_cache_errors_are_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = old_cache(tmp_path)
    entry = next(p for p in folder.rglob("abcd*") if p.is_file())
    real_unlink = Path.unlink

    def refused(self: Path, missing_ok: bool = False) -> None:
        if self == entry:
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refused)
    locked = build_dataset("cache", "--cache", str(folder), "--prune")
    assert locked.returncode == 2 and locked.stdout == ""
    assert locked.stderr == (
        f"error: {entry}: cannot remove it (Permission denied); make it writable "
        "(chmod u+w on its folder) or delete it yourself\n"
    )
    assert entry.read_bytes() == b"e" * 2500
    alone = build_dataset("cache", "--cache", str(folder), "--all")
    assert (alone.returncode, alone.stderr) == (
        2, "error: --all: given without --prune; add --prune to empty the cache\n"
    )  # fmt: skip
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "brief.txt").write_text("Hallo", encoding="utf-8")
    foreign = build_dataset("cache", "--cache", str(tmp_path / "home"), "--prune")
    assert foreign.returncode == 2 and foreign.stderr.count("\n") == 1
    assert "holds nothing of build-dataset's cache" in foreign.stderr
    assert (tmp_path / "home" / "brief.txt").read_text(encoding="utf-8") == "Hallo"
