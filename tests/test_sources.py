"""Sources of a corpus: .txt files, folders and JSON Lines files scanned into ids and places,
the bad ones collected as problems, jobs read on the client and articles built from a job's
bytes alone. Every text here is invented."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
from pathlib import Path

import pytest

from build_dataset.corpus import lines, scan
from build_dataset.corpus.ids import id_problem, is_id
from build_dataset.corpus.scan import find_sources
from build_dataset.corpus.sources import (
    Job,
    Problem,
    Refusal,
    Source,
    article_of,
    problem_lines,
    read_job,
    refusal,
)
from build_dataset.errors import InputError

TEXT = (
    "Die Bürgermeisterin eröffnete am Montag die neue Brücke.\n\nSie sagte, es sei ein guter Tag.\n"
)
META = {
    "reference_date": {"value": "2026-03-02", "justification": "Der Text nennt den Montag."},
    "title": {"value": "Neue  Brücke eröffnet", "justification": "Die Überschrift der Seite."},
}


def txt(folder: Path, name: str, text: str = TEXT, meta: dict[str, object] | None = None) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        stem = name[: -len(".txt")]
        (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def jsonl(path: Path, *lines: object) -> Path:
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    path.write_text(text, encoding="utf-8")
    return path


def article(source: Source):  # type: ignore[no-untyped-def]
    return article_of(read_job(source))


def assert_one_line(text: str, *parts: str) -> None:
    assert "\n" not in text and "; " in text, text
    for part in parts:
        assert part in text, (part, text)


# --- .txt files -------------------------------------------------------------------------------


def test_a_txt_file_keeps_the_seed_rules_and_gives_its_title(tmp_path: Path) -> None:
    path = txt(tmp_path, "bruecke.txt", TEXT + "Quelle: https://example.org/bruecke\n", META)
    found = find_sources([path])
    assert found.problems == () and found.notes == ()
    (source,) = found.sources
    assert (source.id, source.line, source.label) == ("bruecke", None, str(path))
    result = article(source)
    assert result.title == "Neue Brücke eröffnet"  # runs of spaces become one
    assert result.reference_date == dt.date(2026, 3, 2)
    assert result.source_url == "https://example.org/bruecke"  # a layout line of a seed
    assert result.paragraphs == (
        "Die Bürgermeisterin eröffnete am Montag die neue Brücke.",
        "Sie sagte, es sei ein guter Tag.",
    )
    assert result.source_name == "bruecke.txt"
    assert result.metadata_sha256 is not None and result.metadata_sha256[0] == "bruecke.meta.json"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Zwei\nZeilen", "bruecke.meta.json:1: title is empty", id="line-break"),
        pytest.param("   ", "title is empty", id="blank"),
    ],
)
def test_a_bad_title_in_the_metadata_is_refused(tmp_path: Path, title: str, expected: str) -> None:
    meta = {"title": {"value": title, "justification": "x"}}
    (source,) = find_sources([txt(tmp_path, "bruecke.txt", meta=meta)]).sources
    with pytest.raises(InputError) as error:
        article(source)
    assert_one_line(error.value.one_line(), expected, "write the headline")


def test_a_bare_string_title_is_refused_like_the_other_keys(tmp_path: Path) -> None:
    (source,) = find_sources([txt(tmp_path, "a.txt", meta={"title": "Brücke"})]).sources
    with pytest.raises(InputError, match="title is a bare string"):
        article(source)


def test_a_job_needs_no_file(tmp_path: Path) -> None:
    """article_of works from the job's bytes: the files may be gone, the job pickled."""
    path = txt(tmp_path, "a.txt", meta=META)
    job = read_job(find_sources([path]).sources[0])
    path.unlink()
    (tmp_path / "a.meta.json").unlink()
    result = article_of(pickle.loads(pickle.dumps(job)))
    assert result.title == "Neue Brücke eröffnet" and result.id == "a"


def test_a_bad_txt_article_names_its_file(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.txt"
    path.write_bytes(b"Ein Absatz.\n\x00\x01")
    (source,) = find_sources([path]).sources
    with pytest.raises(InputError) as error:
        article(source)
    assert_one_line(error.value.one_line(), f"{path}:2: NUL byte", "give a UTF-8 text file")


# --- folders ----------------------------------------------------------------------------------


def test_a_folder_gives_every_txt_below_it_by_relative_path(tmp_path: Path) -> None:
    corpus = tmp_path / "korpus"
    txt(corpus, "b.txt")
    txt(corpus, "a.txt", meta=META)
    txt(corpus, "region/nord/c.txt", meta=META)
    txt(corpus, "region/A.txt")
    txt(corpus, ".versteckt.txt")  # hidden: passed over
    (corpus / "notizen.md").write_text("keine Meldung", encoding="utf-8")  # not an article
    (corpus / "dataset.json").write_text("{}", encoding="utf-8")  # the dataset's, not an article
    found = find_sources([corpus])
    assert [s.id for s in found.sources] == ["a", "b", "region/A", "region/nord/c"]
    assert found.problems == () and found.notes == ()
    nested = found.sources[3]
    assert nested.label == str(corpus / "region" / "nord" / "c.txt")
    assert nested.meta == corpus / "region" / "nord" / "c.meta.json"
    result = article(nested)
    assert (result.source_name, result.title) == ("region/nord/c.txt", "Neue Brücke eröffnet")
    assert result.metadata_sha256 is not None
    assert result.metadata_sha256[0] == "region/nord/c.meta.json"
    assert article(found.sources[1]).metadata_sha256 is None  # b has no metadata


def test_links_out_of_the_folder_and_odd_files_are_noted_not_read(tmp_path: Path) -> None:
    corpus = tmp_path / "korpus"
    txt(corpus, "a.txt")
    outside = txt(tmp_path / "draussen", "geheim.txt")
    (corpus / "raus.txt").symlink_to(outside)
    (corpus / "ordner").symlink_to(tmp_path / "draussen", target_is_directory=True)
    (corpus / "innen.txt").symlink_to(corpus / "a.txt")  # inside: followed
    (corpus / "kaputt.txt").symlink_to(tmp_path / "gibt-es-nicht.txt")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "schleife").symlink_to(corpus, target_is_directory=True)
    os.mkfifo(corpus / "rohr.txt")
    jsonl(corpus / "mehr.jsonl", {"id": "x", "text": "Ein Satz."})
    found = find_sources([corpus])
    assert [s.id for s in found.sources] == ["a", "innen"]
    notes = "\n".join(found.notes)
    assert f"{corpus / 'raus.txt'}: not read: a symbolic link leading out of the folder" in notes
    assert f"{corpus / 'ordner'}: not read: a symbolic link leading out" in notes
    assert f"{corpus / 'kaputt.txt'}: not read: a broken symbolic link" in notes
    assert f"{corpus / 'sub' / 'schleife'}: not read: a symbolic link to a folder" in notes
    assert f"{corpus / 'rohr.txt'}: not read: it is a FIFO" in notes
    assert f"{corpus / 'mehr.jsonl'}: not read: a JSON Lines file in a folder" in notes
    assert len(found.notes) == 6


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "leer" / "unter").mkdir(parents=True)
    with pytest.raises(InputError) as error:
        find_sources([tmp_path / "leer"])
    assert_one_line(error.value.one_line(), "no *.txt file in the folder or below")


# --- JSON Lines -------------------------------------------------------------------------------


def test_json_lines_give_plain_articles_with_their_fields(tmp_path: Path) -> None:
    path = tmp_path / "meldungen.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf"  # a byte-order mark some editors write
        + json.dumps(
            {
                "id": "2026/maerz/brücke".replace("ü", "ue"),
                "text": "Der Rat tagte.\nQuelle: https://example.org/nicht-layout",
                "title": "Rat  tagt",
                "reference_date": "2026-03-03",
                "source_url": "https://example.org/rat",
                "author": "Lena Kordes",
                "licence": "CC-BY-4.0",
            },
            ensure_ascii=False,
        ).encode()
        + b"\r\n\n   \n"  # CRLF, then blank lines: allowed and passed over
        + json.dumps(
            {"id": "1-kurz", "text": "Ein Satz über den Hafen."}, ensure_ascii=False
        ).encode()
    )
    found = find_sources([path])
    assert found.problems == ()
    assert [(s.id, s.line) for s in found.sources] == [("1-kurz", 4), ("2026/maerz/bruecke", 1)]
    short, long = found.sources
    assert short.label == f"{path}:4"
    job = read_job(long)
    assert job.raw.startswith(b'{"id"') and job.raw.endswith(b"}")  # no BOM, no CR LF
    result = article_of(job)
    assert result.paragraphs == ("Der Rat tagte.", "Quelle: https://example.org/nicht-layout")
    assert (result.title, result.author, result.licence) == ("Rat tagt", "Lena Kordes", "CC-BY-4.0")
    assert result.source_url == "https://example.org/rat"
    assert result.reference_date == dt.date(2026, 3, 3)
    assert article(short).paragraphs == ("Ein Satz über den Hafen.",)
    assert article(short).title is None


BAD_LINES = [
    ('{"id": "a", "text": "x"', "malformed JSON", "write one JSON object a line"),
    ('["a", "x"]', "the line is not a JSON object", 'write {"id"'),
    ({"id": "a"}, '"text" is missing', 'write {"id"'),
    ({"id": "a", "text": "x", "titel": "T"}, "unknown field 'titel'", "use only id, text, title"),
    ({"id": "a", "text": 5}, '"text" is a number, not a string', "write the article's paragraphs"),
    ({"id": "a", "text": "  \n "}, '"text" holds no text', "write the article's paragraphs"),
    ({"id": "a b", "text": "x"}, "id 'a b' holds ' '", 'give an "id" of letters'),
    ({"id": "../a", "text": "x"}, "id '../a' has a part that starts with '.'", 'give an "id"'),
    ({"id": "a//b", "text": "x"}, "has an empty part", 'give an "id"'),
    ({"id": "x" * 201, "text": "x"}, "is longer than 200 characters", 'give an "id"'),
    (
        {"id": "a", "text": "x", "reference_date": "3.3.2026"},
        '"reference_date" is not a date',
        "2025-02-16",
    ),
    (
        {"id": "a", "text": "x", "reference_date": "2026-02-30"},
        "is no day of the calendar",
        "2025-02-16",
    ),
    (
        {"id": "a", "text": "x", "title": "Zwei\nZeilen"},
        '"title" is not one line',
        "write the headline",
    ),
    (
        {"id": "a", "text": "x", "source_url": "ftp://x"},
        '"source_url" is not an http(s) URL',
        "give the address",
    ),
    (b"\xff\xfe", "invalid UTF-8 at byte 0 of the line", "save the file as UTF-8"),
    # a trailing line break passes "^…$" in Python's re: the schema says "not" a control
    ({"id": "a", "text": "x", "title": "Titel\n"}, '"title" is not one line', "the headline"),
    ({"id": "a", "text": "x", "source_url": "https://ex.org/\n"}, '"source_url" is not', "give"),
    ({"id": "a", "text": "x", "licence": ["CC0"]}, '"licence" is a list, not a string', "CC-BY"),
    ({"id": "a", "text": "x", "author": ""}, '"author" is not one line', "write the byline"),
]


def test_the_quick_check_accepts_only_what_the_schema_accepts() -> None:
    """surely_valid skips the schema validator, so it must never accept a line the schema
    refuses; lines it refuses go to the validator, which has the last word."""
    good = [
        {"id": "a", "text": "x"},
        {
            "id": "a/b",
            "text": "Ein Satz.\nNoch einer.",
            "title": "T",
            "reference_date": "2026-01-02",
        },
        {
            "id": "a",
            "text": "x",
            "source_url": "http://ex.org/a?b=c",
            "author": "A",
            "licence": "L",
        },
    ]
    for data in good:
        assert lines.surely_valid(data) and not list(lines.validator().iter_errors(data))
    for line, message, _ in BAD_LINES:
        if isinstance(line, dict) and "calendar" not in message:  # the schema knows no calendar
            assert not lines.surely_valid(line), line


@pytest.mark.parametrize(("line", "message", "fix"), BAD_LINES)
def test_a_bad_line_is_one_problem_naming_file_and_line(
    tmp_path: Path, line: object, message: str, fix: str
) -> None:
    path = tmp_path / "m.jsonl"
    bad = (
        line
        if isinstance(line, bytes)
        else (line if isinstance(line, str) else json.dumps(line)).encode()
    )
    path.write_bytes(b'{"id": "gut", "text": "Ein Satz."}\n' + bad + b"\n")
    found = find_sources([path])
    assert [s.id for s in found.sources] == ["gut"]
    (problem,) = found.problems
    assert_one_line(problem.one_line(), f"{path}:2: ", message, fix)


def test_a_bad_line_with_a_good_id_keeps_the_id_for_the_skipped_list(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "m.jsonl", {"id": "a7", "text": "x", "farbe": "rot"}, {"id": 7, "text": "x"}
    )
    with_id, without = find_sources([path]).problems
    assert (with_id.id, without.id) == ("a7", None)
    assert without.message == '"id" is a number, not a string'


def test_an_over_long_line_is_refused_and_the_next_line_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan, "MAX_LINE", 100)
    long = json.dumps({"id": "lang", "text": "Wort " * 50})
    path = jsonl(tmp_path / "m.jsonl", long, {"id": "kurz", "text": "Ein Satz."})
    found = find_sources([path])
    (problem,) = found.problems
    assert_one_line(problem.one_line(), f"{path}:1: the line is longer than 100 bytes", "split")
    (source,) = found.sources
    assert (source.id, source.line, source.offset) == ("kurz", 2, len(long) + 1)
    assert article(source).paragraphs == ("Ein Satz.",)


def test_a_control_character_in_a_text_is_refused_in_the_worker(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "m.jsonl", {"id": "a", "text": "Ein\u0007Satz."})
    (source,) = find_sources([path]).sources
    with pytest.raises(InputError) as error:
        article(source)
    assert_one_line(error.value.one_line(), f'{path}:1: "text": control character U+0007')


def test_a_line_changed_after_the_scan_is_caught(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "m.jsonl", {"id": "a", "text": "Ein Satz."})
    (source,) = find_sources([path]).sources
    jsonl(path, {"id": "b", "text": "Ein Satz."})
    with pytest.raises(InputError, match="the line's id is now 'b'; the file changed"):
        article(source)
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="shorter than when it was scanned"):
        read_job(source)


def test_an_empty_json_lines_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leer.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no article in the file"):
        find_sources([path])


# --- ids across sources -----------------------------------------------------------------------


def test_ids_are_ordered_by_code_point_across_sources(tmp_path: Path) -> None:
    corpus = tmp_path / "k"
    txt(corpus, "b/z.txt")
    txt(corpus, "B.txt")
    lines = jsonl(tmp_path / "m.jsonl", {"id": "b.a", "text": "x"}, {"id": "_x", "text": "x"})
    found = find_sources([lines, corpus, txt(tmp_path, "0.txt")])
    assert [s.id for s in found.sources] == ["0", "B", "b.a", "b/z"]  # "." < "/" < letters
    assert (
        len(found.problems) == 1
        and "'_x' has a part that starts with '_'" in found.problems[0].message
    )


def test_duplicate_ids_are_refused_naming_both_places(tmp_path: Path) -> None:
    single = txt(tmp_path, "hafen.txt")
    lines = jsonl(
        tmp_path / "m.jsonl",
        {"id": "hafen", "text": "x"},
        {"id": "Hafen", "text": "x"},
        {"id": "c", "text": "x"},
    )
    found = find_sources([single, lines])
    assert [s.id for s in found.sources] == ["c", "hafen"]
    same, case = found.problems
    assert_one_line(
        same.one_line(), f"{lines}:1: id 'hafen' is the id of {single} too", "its own id"
    )
    assert_one_line(
        case.one_line(), f"{lines}:2: id 'Hafen' differs only in case from 'hafen'", str(single)
    )
    assert same.id is None  # the first keeps the id: the second is no article of it


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("mein artikel.txt", "id 'mein artikel' holds ' '"),
        ("über/a.txt", "id 'über/a' holds 'ü'"),
        ("-x.txt", "id '-x' has a part that starts with '-'"),
    ],
)
def test_a_file_whose_name_is_no_id_is_refused_with_a_rename(
    tmp_path: Path, name: str, message: str
) -> None:
    corpus = tmp_path / "k"
    txt(corpus, "gut.txt")
    bad = txt(corpus, name)
    found = find_sources([corpus])
    assert [s.id for s in found.sources] == ["gut"]
    (problem,) = found.problems
    assert_one_line(
        problem.one_line(), f"{bad}: {message}", "rename the file or folder: letters A-Z"
    )


def test_the_id_rules() -> None:
    good = ["a", "A1", "2026/03/a-b_c.d", "x" * 100, "/".join(["y" * 99] * 2)]
    bad = [
        "",
        ".a",
        "a/",
        "/a",
        "a b",
        "ä",
        "a/../b",
        "x" * 101,
        "/".join(["y" * 100] * 2) + "/z",
        "a\n",
    ]
    assert [is_id(text) for text in good] == [True] * len(good)
    assert [is_id(text) for text in bad] == [False] * len(bad)
    assert all(id_problem(text) is not None for text in bad)


# --- the --seeds arguments and the refusal ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message", "fix"),
    [
        ("fehlt.txt", "no such file or folder", "give NAME.txt"),
        ("dataset.json", "this is the dataset's metadata", "pass it as --dataset"),
        ("a.meta.json", "this is an article's metadata", "pass its NAME.txt"),
        (
            "a.csv",
            "not an article source",
            "give NAME.txt, a folder of *.txt files or a *.jsonl file",
        ),
    ],
)
def test_a_seeds_argument_that_is_no_source_is_refused_at_once(
    tmp_path: Path, name: str, message: str, fix: str
) -> None:
    if name != "fehlt.txt":
        (tmp_path / name).write_text("{}", encoding="utf-8")
    with pytest.raises(InputError) as error:
        find_sources([tmp_path / name])
    assert_one_line(error.value.one_line(), f"{tmp_path / name}: {message}", fix)


def test_a_fifo_given_as_a_source_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "rohr.jsonl")
    with pytest.raises(InputError, match="the JSON Lines file is a FIFO"):
        find_sources([tmp_path / "rohr.jsonl"])
    os.mkfifo(tmp_path / "rohr.txt")
    with pytest.raises(InputError, match="this is a FIFO"):
        find_sources([tmp_path / "rohr.txt"])


def test_problems_become_one_refusal_capped_with_and_n_more() -> None:
    problems = [Problem(f"m.jsonl:{n}", f"id 'x{n}' holds ' '", "rename it") for n in range(1, 26)]
    error = refusal(problems)
    assert isinstance(error, InputError) and isinstance(error, Refusal)
    assert len(error.lines) == 21 and error.lines[-1] == "and 5 more problems"
    assert error.lines[0] == "m.jsonl:1: id 'x1' holds ' '; rename it"
    assert error.one_line().split("\n") == list(error.lines)
    assert (error.path, error.message, error.hint) == (
        "m.jsonl:1",
        "id 'x1' holds ' '",
        "rename it",
    )
    assert problem_lines(problems[:2]) == [p.one_line() for p in problems[:2]]
    assert problem_lines(problems[:21], limit=20)[-1] == "and 1 more problem"


def test_a_problem_line_cannot_forge_terminal_output() -> None:
    problem = Problem("a\x1b[2J.jsonl:1", "bad\nline", "fix\u202e it")
    assert "\x1b" not in problem.one_line() and "\n" not in problem.one_line()
    assert "\u202e" not in problem.one_line()


def test_a_job_is_plain_data() -> None:
    job = Job("a", "m.jsonl:1", "jsonl", b'{"id": "a", "text": "Ein Satz."}')
    assert pickle.loads(pickle.dumps(job)) == job
    assert article_of(job).paragraphs == ("Ein Satz.",)


def test_the_bundled_seed_through_the_sources_is_the_seed_read_as_today() -> None:
    from build_dataset.seed import read_article

    seeds = Path(__file__).parents[1] / "seeds"
    found = find_sources([seeds])
    assert [s.id for s in found.sources] == ["000_7562abd95e068531"]
    assert found.problems == () and found.notes == ()  # dataset.json is not an article
    assert article(found.sources[0]) == read_article(seeds)
