"""A corpus through the command line: several articles into one package, with one entity
per name across articles, composite keys, bad articles refused or skipped, --no-bodies,
and the same bytes for every number of workers. Invented German text throughout."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest
from frictionless import Package, system
from helpers import build_dataset, extracted_ids

from build_dataset.pipeline import BadArticles, build

ARTICLES = {
    # a Monday 6 May 2024, the reference date of its metadata: "am Montag" is that day
    "a": "Bürgermeisterin Jana Pohlmann eröffnete am Montag die Brücke in Kassel.\n"
    "„Das ist ein guter Tag für Kassel“, sagte Pohlmann.\n",
    # the same day written out, the same person and town
    "b": "Jana Pohlmann besuchte am 6. Mai 2024 eine Schule in Kassel.\n"
    "Die Schule sei in gutem Zustand, sagte Pohlmann.\n",
}
META = '{"reference_date": {"value": "2024-05-06", "justification": "invented"}}'


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """build-dataset ARGS from a bare shell (no environment but PATH), in this process."""
    bare = {**dict.fromkeys(os.environ), "PATH": "/usr/bin:/bin"}
    return build_dataset(*args, cwd=cwd, env=bare)


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def write_articles(folder: Path, texts: dict[str, str]) -> list[str]:
    """The articles as NAME.txt in FOLDER, "a" with its metadata; the --seeds arguments."""
    folder.mkdir(exist_ok=True)
    arguments = []
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        arguments += ["--seeds", str(folder / f"{name}.txt")]
    (folder / "a.meta.json").write_text(META, encoding="utf-8")
    return arguments


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("corpus")
    # given in the wrong order: the package is in id order all the same
    seeds = write_articles(base / "seeds", dict(reversed(ARTICLES.items())))
    result = run(base, "--out", str(base / "out"), "--jobs", "1", *seeds)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote {base / 'out'}: 2 articles, 2 quotes, 3 entities\n"
    assert "no dataset.json: the package of several articles is named news-quotes-corpus" in (
        result.stderr
    )
    return base / "out"


def test_a_corpus_is_a_valid_package_named_as_a_corpus(corpus: Path) -> None:
    with system.use_context(trusted=True):
        report = Package(str(corpus / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "message"])
    package = json.loads((corpus / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "news-quotes-corpus"
    keys = {r["name"]: r["schema"].get("primaryKey") for r in package["resources"] if "schema" in r}
    assert keys == {
        "quotes": ["article_id", "quote_id"], "entities": ["entity_id"],
        "mentions": ["article_id", "start"], "warnings": None, "skipped": ["source"],
    }  # fmt: skip


def test_articles_in_id_order_each_with_its_page(corpus: Path) -> None:
    articles = json.loads((corpus / "article.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in articles] == ["a", "b"]
    assert {"review/a.html", "review/b.html"} <= set(files(corpus))
    index = (corpus / "index.html").read_text(encoding="utf-8")
    assert index.index("review/a.html") < index.index("review/b.html")


def test_one_person_one_town_one_day_across_articles(corpus: Path) -> None:
    entities = {e["entity_id"]: e for e in rows(corpus, "entities.csv")}
    assert set(entities) == {"per-jana-pohlmann", "loc-kassel", "date-2024-05-06"}
    person = entities["per-jana-pohlmann"]
    # a: "Jana Pohlmann", "Pohlmann"; b: "Jana Pohlmann", "Pohlmann"
    assert (person["mentions"], person["articles"], person["first_article_id"]) == ("4", "2", "a")
    town = entities["loc-kassel"]  # a names Kassel twice, b once
    assert (town["mentions"], town["articles"]) == ("3", "2")
    day = entities["date-2024-05-06"]  # "Montag" in a, "6. Mai 2024" in b: one day
    assert (day["name"], day["normalized"], day["articles"]) == ("Montag", "2024-05-06", "2")
    assert (day["first_start"], day["first_end"]) == ("43", "49")  # "Montag" in a's body


def test_rows_point_into_their_own_articles_body(corpus: Path) -> None:
    bodies = {a["id"]: a["body"] for a in json.loads((corpus / "article.json").read_text())}
    quotes = rows(corpus, "quotes.csv")
    assert [(q["article_id"], q["speaker_entity_id"]) for q in quotes] == [
        ("a", "per-jana-pohlmann"), ("b", "per-jana-pohlmann"),
    ]  # fmt: skip
    for quote in quotes:
        assert bodies[quote["article_id"]][int(quote["start"]) : int(quote["end"])] == quote["text"]
    for mention in rows(corpus, "mentions.csv"):
        body = bodies[mention["article_id"]]
        assert body[int(mention["start"]) : int(mention["end"])] == mention["text"]
    # b's quote starts its second paragraph: p2-c0
    assert quotes[1]["quote_id"] == "p2-c0"


def test_warnings_are_rows_of_their_article(corpus: Path) -> None:
    warnings = rows(corpus, "warnings.csv")
    assert [(w["article_id"], w["paragraph"]) for w in warnings] == [("b", "")]
    assert warnings[0]["message"].startswith("no reference date")


def test_the_same_bytes_for_one_and_two_workers(corpus: Path, tmp_path: Path) -> None:
    seeds = write_articles(tmp_path / "seeds", ARTICLES)
    result = run(tmp_path, "--out", str(tmp_path / "out"), "--jobs", "2", *seeds)
    assert result.returncode == 0, result.stderr
    assert files(tmp_path / "out") == files(corpus)


def test_no_bodies_keeps_length_and_sha256(corpus: Path, tmp_path: Path) -> None:
    seeds = write_articles(tmp_path / "seeds", ARTICLES)
    result = run(tmp_path, "--out", str(tmp_path / "out"), "--no-bodies", *seeds)
    assert result.returncode == 0, result.stderr
    full = json.loads((corpus / "article.json").read_text(encoding="utf-8"))
    bare = json.loads((tmp_path / "out" / "article.json").read_text(encoding="utf-8"))
    for whole, kept in zip(full, bare, strict=True):
        assert kept["body"] is None and kept["paragraphs"] is None
        assert kept["body_length"] == len(whole["body"])
        assert kept["body_sha256"] == hashlib.sha256(whole["body"].encode()).hexdigest()
        # the user's own copy, paragraphs joined by a blank line, resolves the offsets
        own = "\n\n".join(ARTICLES[kept["id"]].splitlines())
        assert hashlib.sha256(own.encode()).hexdigest() == kept["body_sha256"]
    assert (tmp_path / "out" / "quotes.csv").read_bytes() == (corpus / "quotes.csv").read_bytes()
    assert "Brücke" not in (tmp_path / "out" / "review" / "a.html").read_text(encoding="utf-8")


BAD = {"c": b"Text \xff kaputt\n", "d": b""}


def test_bad_articles_are_all_named_and_nothing_is_written(tmp_path: Path) -> None:
    seeds = write_articles(tmp_path / "seeds", ARTICLES)
    for name, data in BAD.items():
        (tmp_path / "seeds" / f"{name}.txt").write_bytes(data)
        seeds += ["--seeds", str(tmp_path / "seeds" / f"{name}.txt")]
    result = run(tmp_path, "--out", str(tmp_path / "out"), *seeds)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: 2 bad articles, nothing written;")
    assert "--skip-invalid" in lines[0]
    assert lines[1].endswith("seeds/c.txt:1: invalid UTF-8 at byte 5; save the file as UTF-8")
    assert lines[2].endswith(
        "seeds/d.txt: the file is empty; write the article's paragraphs into it"
    )
    assert len(lines) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds"]


def test_a_bad_id_found_while_scanning_lists_the_bad_without_extracting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The build is refused whatever the good articles hold: none is worth extracting, but
    # every bad one is still named, the unreadable text as well as the bad name.
    write_articles(tmp_path / "seeds", ARTICLES)
    (tmp_path / "seeds" / "c.txt").write_bytes(BAD["c"])
    (tmp_path / "seeds" / "kein name.txt").write_text("Ein Satz.\n", encoding="utf-8")
    extracted: list[str] = []
    monkeypatch.setattr(
        "build_dataset.corpus.work.extract_article", lambda a: extracted.append(a.id)
    )
    with pytest.raises(BadArticles) as refused:
        build([tmp_path / "seeds"], tmp_path / "out", jobs=1, cache=False)
    assert extracted == []
    assert [line.split("seeds/")[-1] for line in refused.value.lines] == [
        "kein name.txt: id 'kein name' holds ' '; rename the file or folder: letters A-Z a-z,"
        " digits, '.', '_' and '-', a letter or digit first",
        "c.txt:1: invalid UTF-8 at byte 5; save the file as UTF-8",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds"]


def test_skip_invalid_builds_the_rest_and_lists_the_skipped(corpus: Path, tmp_path: Path) -> None:
    seeds = write_articles(tmp_path / "seeds", ARTICLES)
    for name, data in BAD.items():
        (tmp_path / "seeds" / f"{name}.txt").write_bytes(data)
        seeds += ["--seeds", str(tmp_path / "seeds" / f"{name}.txt")]
    out = tmp_path / "out"
    result = run(tmp_path, "--out", str(out), "--skip-invalid", *seeds)
    assert result.returncode == 0, result.stderr
    assert "skipped: c.txt: line 1: invalid UTF-8 at byte 5" in result.stderr
    assert "skipped: d.txt: the file is empty" in result.stderr
    # no folder of this machine in the package: the source as given below --seeds
    assert str(tmp_path) not in (out / "skipped.csv").read_text(encoding="utf-8")
    assert result.stdout.endswith("2 articles, 2 quotes, 3 entities, 2 skipped\n")
    skipped = [(s["source"], s["article_id"]) for s in rows(out, "skipped.csv")]
    assert skipped == [("c.txt", "c"), ("d.txt", "d")]
    for name in ("quotes.csv", "entities.csv", "mentions.csv", "article.json"):
        assert (out / name).read_bytes() == (corpus / name).read_bytes(), name
    with system.use_context(trusted=True):
        assert Package(str(out / "datapackage.json")).validate().valid


# The input forms: a folder, JSON Lines, dataset.json; duplicate ids -----------------------

DATASET = {
    "name": "brueckenberichte",
    "title": "Berichte über Brücken",
    "version": "3.1.0",
    "created": "2024-05-31T00:00:00Z",
    "description": "Erfundene Berichte für einen Test.",
}


def jsonl(path: Path, lines: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    return path


def test_a_folder_jsonl_and_dataset_json_make_one_named_package(tmp_path: Path) -> None:
    folder = tmp_path / "korpus"
    (folder / "kassel").mkdir(parents=True)
    (folder / "kassel" / "a.txt").write_text(ARTICLES["a"], encoding="utf-8")
    (folder / "kassel" / "a.meta.json").write_text(META, encoding="utf-8")
    (folder / "dataset.json").write_text(json.dumps(DATASET), encoding="utf-8")
    lines = jsonl(
        tmp_path / "neu.jsonl",
        [
            {
                "id": "b",
                "text": ARTICLES["b"],
                "title": "Schulbesuch",
                "reference_date": "2024-05-06",
            }
        ],
    )
    out = tmp_path / "out"
    result = run(tmp_path, "--out", str(out), "--seeds", str(folder), "--seeds", str(lines))
    assert result.returncode == 0, result.stderr
    assert "dataset.json" not in result.stderr  # no warning: the dataset names the package
    articles = json.loads((out / "article.json").read_text(encoding="utf-8"))
    # "b" < "kassel/a" in code-point order; the folder's id is the relative path
    assert [(a["id"], a["title"]) for a in articles] == [("b", "Schulbesuch"), ("kassel/a", None)]
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert (package["name"], package["version"], package["created"]) == (
        "brueckenberichte", "3.1.0", "2024-05-31T00:00:00Z",
    )  # fmt: skip
    assert package["generator"].startswith("build-dataset ")
    assert {"german-nouns", "dateparser", "babel"} <= set(package["packages"])
    assert (out / "brueckenberichte-3.1.0.json").is_file()
    assert (out / "review" / "kassel~a.html").is_file()  # "/" in a page name is "~"
    entities = {e["entity_id"]: e for e in rows(out, "entities.csv")}
    assert entities["per-jana-pohlmann"]["first_article_id"] == "b"
    assert entities["date-2024-05-06"]["name"] == "6. Mai 2024"  # b comes first now
    # The release file named by dataset.json is the tool's own: the same build again, as
    # after adding articles, replaces the package instead of refusing it as a stranger.
    again = run(tmp_path, "--out", str(out), "--seeds", str(folder), "--seeds", str(lines))
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")) == []


def test_a_source_given_twice_is_refused(tmp_path: Path) -> None:
    lines = jsonl(tmp_path / "eins.jsonl", [{"id": "a", "text": ARTICLES["b"]}, {"id": "b"}])
    out = tmp_path / "out"
    result = run(
        tmp_path, "--out", str(out), "--seeds", str(lines), "--seeds", "eins.jsonl",
        "--skip-invalid",
    )  # fmt: skip
    assert result.returncode == 2
    assert "names this source twice" in result.stderr
    assert not out.exists()


def test_duplicate_ids_are_refused_naming_both(tmp_path: Path) -> None:
    first = jsonl(tmp_path / "eins.jsonl", [{"id": "a", "text": ARTICLES["b"]}])
    (tmp_path / "a.txt").write_text(ARTICLES["a"], encoding="utf-8")
    out = tmp_path / "out"
    result = run(tmp_path, "--out", str(out), "--seeds", str(first), "--seeds", "a.txt")
    assert result.returncode == 2
    assert "duplicate" in result.stderr and "eins.jsonl:1" in result.stderr
    assert not out.exists()


def test_a_bad_json_line_is_skipped_with_its_line_and_kept_out(tmp_path: Path) -> None:
    lines = tmp_path / "neu.jsonl"
    lines.write_text(
        json.dumps({"id": "b", "text": ARTICLES["b"]}) + "\n" + '{"id": "c", "text": 5}\n'
    )
    out = tmp_path / "out"
    refused = run(tmp_path, "--out", str(out), "--seeds", str(lines))
    assert refused.returncode == 2 and "neu.jsonl:2" in refused.stderr and not out.exists()
    result = run(tmp_path, "--out", str(out), "--seeds", str(lines), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    (skipped,) = rows(out, "skipped.csv")
    assert (skipped["source"], skipped["article_id"]) == ("neu.jsonl:2", "c")
    assert [a["id"] for a in json.loads((out / "article.json").read_text())] == ["b"]


def test_two_skipped_sources_of_one_name_stay_apart(tmp_path: Path) -> None:
    """skipped.csv's key is the source: two x.jsonl of two folders keep their paths."""
    seeds = []
    for folder in ("eins", "zwei"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "x.jsonl"
        path.write_text(
            json.dumps({"id": folder, "text": 5})
            + "\n"
            + json.dumps({"id": f"{folder}-gut", "text": ARTICLES["a"]})
            + "\n"
        )
        seeds += ["--seeds", f"{folder}/x.jsonl"]
    out = tmp_path / "out"
    result = run(tmp_path, "--out", str(out), "--skip-invalid", *seeds)
    assert result.returncode == 0, result.stderr
    sources = [row["source"] for row in rows(out, "skipped.csv")]
    assert sources == ["eins/x.jsonl:1", "zwei/x.jsonl:1"]  # as given, relative


# Incremental: a cached result is not extracted again --------------------------------------


def test_adding_an_article_extracts_only_it_and_gives_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from build_dataset.pipeline import build

    worked = extracted_ids(monkeypatch)
    folder = tmp_path / "korpus"
    write_articles(folder, {"a": ARTICLES["a"]})
    cache = tmp_path / "cache"
    build([folder], tmp_path / "one", jobs=1, cache=cache)
    assert worked == ["a"]
    (folder / "b.txt").write_text(ARTICLES["b"], encoding="utf-8")
    build([folder], tmp_path / "two", jobs=1, cache=cache)
    assert worked == ["a", "b"]  # a came from the cache
    build([folder], tmp_path / "fresh", jobs=1, cache=False)
    assert files(tmp_path / "two") == files(tmp_path / "fresh")


# A Dask cluster gives the package of one process ------------------------------------------


@pytest.mark.acceptance  # starts a LocalCluster; Dask is in the acceptance extra
def test_jobs_and_a_local_cluster_give_the_same_package(corpus: Path, tmp_path: Path) -> None:
    import dask.distributed as distributed

    seeds = write_articles(tmp_path / "seeds", ARTICLES)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},  # test_run.py
    ) as cluster:  # fmt: skip
        out = tmp_path / "out"
        result = run(
            tmp_path, "--out", str(out), "--no-cache", "--scheduler", cluster.scheduler_address,
            *seeds,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert files(out) == files(corpus)
