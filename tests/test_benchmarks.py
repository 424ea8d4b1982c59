"""Benchmark readers and their scoring, on tiny INVENTED files in the benchmarks' formats;
figures computed by hand. The real files are only counted, and skipped when absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from build_dataset.api import article_from_text
from build_dataset.assemble import Extraction
from build_dataset.benchmarks import detect
from build_dataset.benchmarks.germeval import read_germeval
from build_dataset.benchmarks.gold import NEUTRAL, GoldSpan, plain_paragraphs
from build_dataset.benchmarks.scoring import right_speaker, score_names, score_quotes
from build_dataset.benchmarks.wikinews import read_wikinews
from build_dataset.cli import app
from build_dataset.errors import InputError
from build_dataset.records import EntityRow, MentionRow, QuoteRow

BENCHMARKS = Path(__file__).parents[1] / ".." / "shared" / "benchmarks"

# An invented Wikinews-style article. Offsets are found with str.index below, so the
# spans are what a reader of the text marks.
TEXT = (
    "Kassel eröffnet eine Brücke.\n\n"
    "„Das ist ein guter Tag für die Stadt“, sagte Bürgermeisterin Jana Pohlmann.  \n"
    "Sie betonte, die Kosten seien gedeckt. Man habe lange geplant.\n\n"
    "Der Verband kritisierte den Bau."
)


def spans(text: str, part: str) -> list[list[int]]:
    start = text.index(part)
    return [[start, start + len(part)]]


def annotation(kind: str, quote: str, speaker: str | None, cue: str | None) -> dict[str, object]:
    return {
        "type": kind,
        "quote": {"text": quote, "spans": spans(TEXT, quote)},
        "speaker": {"text": speaker, "spans": spans(TEXT, speaker)} if speaker else None,
        "cue": {"text": cue, "spans": spans(TEXT, cue)} if cue else None,
        "medium": "Speech",
        "nested": False,
    }


ARTICLE = {
    "id": "a1",
    "title": "Brücke",
    "date": "2024-05-08",
    "text": TEXT,
    "quotes": [
        annotation("Direct", "Das ist ein guter Tag für die Stadt", "Jana Pohlmann", "sagte"),
        annotation("Indirect", "die Kosten seien gedeckt", "Sie", "betonte"),
        annotation("IndirectFreeIndirect", "Man habe lange geplant.", "Sie", None),
        annotation("Reported", "kritisierte den Bau", "Der Verband", "kritisierte"),
    ],
}


def jsonl(tmp_path: Path, *articles: dict[str, object]) -> Path:
    path = tmp_path / "quotes.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_plain_paragraphs_moves_offsets_with_the_text() -> None:
    text = "  Erster Satz. \n\n\nZweiter Satz.\nDritter."
    body, starts, ends = plain_paragraphs(text)
    assert body == "Erster Satz.\n\nZweiter Satz.\n\nDritter."
    for word in ("Erster Satz.", "Zweiter", "Satz.\nDritter"):
        a = text.index(word)
        moved = body[starts[a] : ends[a + len(word)]]
        assert moved.split() == word.split()
    assert body[starts[0] : ends[len(text)]] == body  # leading blanks and all


def test_wikinews_reader_maps_types_and_keeps_offsets(tmp_path: Path) -> None:
    [gold] = read_wikinews(jsonl(tmp_path, ARTICLE))
    assert gold.id == "a1" and str(gold.reference_date) == "2024-05-08"
    assert gold.text.count("\n\n") == 3  # the single line break became a paragraph break
    assert [s.type for s in gold.spans] == ["direct", "indirect", "indirect", NEUTRAL]
    for span, raw in zip(gold.spans, ARTICLE["quotes"], strict=True):  # type: ignore[arg-type]
        assert gold.text[span.start : span.end] == raw["quote"]["text"]
        assert span.text == raw["quote"]["text"]
    assert gold.spans[0].speaker == "Jana Pohlmann" and gold.spans[0].cue == "sagte"


def test_a_quote_in_two_parts_is_compared_on_both(tmp_path: Path) -> None:
    split = json.loads(json.dumps(ARTICLE))
    first, second = TEXT.index("Das ist"), TEXT.index("Tag für")
    split["quotes"][0]["quote"]["spans"] = [[second, second + 3], [first, first + 7]]
    [gold] = read_wikinews(jsonl(tmp_path, split))
    assert gold.spans[0].text == "Das ist Tag"
    assert (gold.spans[0].start, gold.spans[0].end) == (
        gold.text.index("Das ist"),
        gold.text.index("Tag für") + 3,
    )


@pytest.mark.parametrize(
    ("change", "message", "line"),
    [
        (lambda a: a.pop("text"), "not an article: KeyError('text')", 2),
        (lambda a: a["quotes"][0].update(type="Zitat"), "unknown quote type 'Zitat'", 2),
        (lambda a: a["quotes"][0]["quote"].update(spans=[[5, 9999]]), "outside the text", 2),
    ],
)
def test_a_bad_wikinews_line_is_named(tmp_path: Path, change, message: str, line: int) -> None:
    bad = json.loads(json.dumps(ARTICLE))
    change(bad)
    bad["id"] = "a2"
    with pytest.raises(InputError) as caught:
        read_wikinews(jsonl(tmp_path, ARTICLE, bad))
    assert message in caught.value.one_line() and caught.value.line == line


def test_broken_json_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_wikinews(path)
    assert caught.value.line == 2 and "malformed JSON" in caught.value.message


def row(text: str, kind: str, mention: str, cue: str | None, body: str) -> QuoteRow:
    start = body.index(text)
    return QuoteRow(
        "a", "p1-c0", text, kind, mention, mention, None, cue, 1, start, start + len(text)
    )


def fake(body: str, quotes: list[QuoteRow], mentions: list[tuple[str, int, int]]) -> Extraction:
    kinds = sorted({kind for kind, _, _ in mentions})
    entities = tuple(EntityRow(kind, kind, kind, 1, 1, "a", 0, 1, None) for kind in kinds)
    return Extraction(
        article=article_from_text(body, "case", None, "plain", None),
        quotes=tuple(quotes),
        entities=entities,
        warnings=(),
        mentions=tuple(MentionRow("a", k, s, e, body[s:e]) for k, s, e in sorted(mentions)),
    )


def test_quotes_are_scored_by_hand_computed_figures(tmp_path: Path) -> None:
    [gold] = read_wikinews(jsonl(tmp_path, ARTICLE))
    body = gold.text
    rows = [
        # matches the direct quote; speaker right by its last word, cue right
        row("Das ist ein guter Tag für die Stadt", "direct", "Pohlmann", "sagte", body),
        # matches the indirect quote (4 of 4 gold words, 4 of 6 own); gold speaker "Sie" is a
        # bare pronoun: no speaker judgement; cue wrong
        row("die Kosten seien gedeckt. Man habe", "indirect", "Kassel", "meinte", body),
        # lies on the Reported annotation: neither right nor wrong
        row("kritisierte den Bau", "indirect", "Der Verband", "kritisierte", body),
        # a direct row where the gold has none: a false hit
        row("Kassel eröffnet eine Brücke", "direct", "Kassel", None, body),
    ]
    result = score_quotes(gold, fake(body, rows, []))
    s = result.scores
    assert (s["direct"].tp, s["direct"].fp, s["direct"].fn) == (1, 1, 0)
    # "Man habe lange geplant." is missed: the row above holds 2 of its 4 words but is
    # already the better match of "die Kosten seien gedeckt"
    assert (s["indirect"].tp, s["indirect"].fp, s["indirect"].fn) == (1, 0, 1)
    assert (s["quotes"].tp, s["quotes"].fp, s["quotes"].fn) == (2, 1, 1)
    assert s["quotes"].precision == pytest.approx(2 / 3) and s["quotes"].recall == 2 / 3
    assert (s["speaker"].tp, s["speaker"].fn) == (1, 0)
    assert (s["cue"].tp, s["cue"].fn) == (1, 1)
    kinds = sorted((f.category, f.kind, f.paragraph) for f in result.findings)
    assert kinds == [("direct", "false hit", 1), ("indirect", "missed", 3)]


@pytest.mark.parametrize(
    ("gold", "speaker", "mention", "right"),
    [
        ("Bürgermeisterin Jana Pohlmann", "Jana Pohlmann", "Pohlmann", True),
        ("Pohlmann", "Jana Pohlmann", "die Bürgermeisterin", True),  # gold's last word
        ("die Bürgermeisterin", "Jana Pohlmann", "Die Bürgermeisterin", True),
        ("ein Sprecher der Polizei", "Polizei", "die Polizei", True),
        ("Jana Pohlmann", "Karl Brenner", "Brenner", False),
        ("Jana Pohlmann", "", "", False),
        ("", "Jana Pohlmann", "Pohlmann", False),  # no speaker in the gold: no row is right
    ],
)
def test_speaker_rule(gold: str, speaker: str, mention: str, right: bool) -> None:
    found = QuoteRow("a", "p1-c0", "x", "direct", speaker, mention, None, None, 1, 0, 1)
    assert right_speaker(gold, found) is right


GERMEVAL = (
    "#\thttp://example.org/a\t[2024-01-02]\t\n"
    "1\tAnna\tB-PER\tO\n"
    "2\tBerger\tI-PER\tO\n"
    "3\t(\tO\tO\n"
    "4\tSPD\tB-ORG\tO\n"
    "5\t)\tO\tO\n"
    "6\tlobte\tO\tO\n"
    "7\tdie\tO\tO\n"
    "8\thessische\tB-LOCderiv\tO\n"
    "9\tEU-Politik\tB-ORGpart\tB-ORG\n"
    "10\tin\tO\tO\n"
    "11\tBad\tB-LOC\tO\n"
    "12\tHomburg\tI-LOC\tO\n"
    "13\t.\tO\tO\n"
    "\n"
    "#\thttp://example.org/b\t[2024-01-03]\t\n"
    "1\tKassel\tB-LOC\tO\n"
    "2\tB-Stadt\tO\tO\n"
    "3\t,\tO\tO\n"
    "4\tja\tO\tO\n"
    "5\t!\tO\tO\n"
    "\n"
)


def germeval(tmp_path: Path, text: str = GERMEVAL) -> Path:
    path = tmp_path / "ner.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_germeval_reader_joins_tokens_and_places_chunks(tmp_path: Path) -> None:
    first, second = read_germeval(germeval(tmp_path))
    assert first.text == "Anna Berger (SPD) lobte die hessische EU-Politik in Bad Homburg."
    assert second.text == "Kassel B-Stadt, ja!"
    assert str(first.reference_date) == "2024-01-02" and (first.line, second.line) == (1, 16)
    assert [(s.type, s.text) for s in first.spans] == [
        ("PER", "Anna Berger"), ("ORG", "SPD"), (NEUTRAL, "hessische"), (NEUTRAL, "EU-Politik"),
        ("LOC", "Bad Homburg"),
    ]  # fmt: skip
    for gold in (first, second):
        assert all(gold.text[s.start : s.end] == s.text for s in gold.spans)


def test_a_bad_germeval_line_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_germeval(germeval(tmp_path, GERMEVAL.replace("B-ORG\tO", "B-XYZ\tO")))
    assert caught.value.line == 5 and "unknown tag 'B-XYZ'" in caught.value.message
    with pytest.raises(InputError) as caught:
        read_germeval(germeval(tmp_path, "#\tx\n1 Anna B-PER O\n"))
    assert caught.value.line == 2 and "not a token line" in caught.value.message


def test_names_are_scored_exact_and_by_overlap(tmp_path: Path) -> None:
    first, _ = read_germeval(germeval(tmp_path))
    body = first.text

    def at(kind: str, part: str) -> tuple[str, int, int]:
        start = body.index(part)
        return (kind, start, start + len(part))

    mentions = [
        at("PER", "Berger"),  # overlaps the gold PER: an overlap match, an exact miss
        at("ORG", "SPD"),  # exact
        at("LOC", "hessische"),  # on a LOCderiv chunk: not counted
        at("ORG", "EU"),  # inside an ORGpart chunk: not counted
        at("PER", "Bad Homburg"),  # right span, wrong type: a PER false hit, a LOC miss
        at("LOC", "lobte"),  # a false hit
    ]
    s = score_names(first, fake(body, [], mentions)).scores
    assert (s["PER"].tp, s["PER"].fp, s["PER"].fn) == (0, 2, 1)
    assert (s["ORG"].tp, s["ORG"].fp, s["ORG"].fn) == (1, 0, 0)
    assert (s["LOC"].tp, s["LOC"].fp, s["LOC"].fn) == (0, 1, 1)
    assert (s["micro"].tp, s["micro"].fp, s["micro"].fn) == (1, 3, 2)
    assert (s["PER-overlap"].tp, s["PER-overlap"].fp, s["PER-overlap"].fn) == (1, 1, 0)
    assert (s["micro-overlap"].tp, s["micro-overlap"].fp, s["micro-overlap"].fn) == (2, 2, 1)
    assert s["micro"].f1 == pytest.approx(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3))


def test_formats_are_recognised_by_content(tmp_path: Path) -> None:
    assert detect(jsonl(tmp_path, ARTICLE)) == "wikinews"
    assert detect(germeval(tmp_path)) == "germeval"
    assert detect(tmp_path) == "folder"
    other = tmp_path / "notes.txt"
    other.write_text("Ein Satz.\n", encoding="utf-8")
    with pytest.raises(InputError, match="--format"):
        detect(other)
    assert detect(other, "germeval") == "germeval"
    with pytest.raises(InputError, match="unknown format 'conll'"):
        detect(other, "conll")


def test_gold_span_is_a_record() -> None:
    span = GoldSpan("PER", 0, 4, "Anna")
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


needs_benchmarks = pytest.mark.skipif(
    not BENCHMARKS.is_dir(), reason="../shared/benchmarks is not there"
)


@needs_benchmarks
@pytest.mark.parametrize(("name", "articles"), [("dev.jsonl", 150), ("train.jsonl", 700)])
def test_the_wikinews_files_read_whole(name: str, articles: int) -> None:
    texts = read_wikinews(BENCHMARKS / "wikinews-quotes" / name)
    assert len(texts) == articles
    for gold in texts:
        for span in (s for s in gold.spans if s.text.strip()):
            written = gold.text[span.start : span.end]
            assert span.text.split()[0] in written and span.text.split()[-1] in written


@needs_benchmarks
def test_the_germeval_dev_file_reads_whole() -> None:
    texts = read_germeval(BENCHMARKS / "germeval2014" / "NER-de-dev.tsv")
    assert len(texts) == 2200
    assert all(gold.text[s.start : s.end] == s.text for gold in texts for s in gold.spans)
    assert len({gold.id for gold in texts}) == 2200


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_command_scores_a_wikinews_file(tmp_path: Path) -> None:
    path = jsonl(tmp_path, ARTICLE)
    code, out, _ = invoke("evaluate", "--gold", str(path), "--json", "--show-errors")
    result = json.loads(out)
    assert code == 0 and result["articles"] == ["a1"]
    assert list(result["categories"]) == ["direct", "indirect", "quotes", "speaker", "cue"]
    # the plain direct quote with "sagte" and its speaker are what the builder always finds
    assert result["categories"]["direct"]["tp"] == 1
    assert result["categories"]["speaker"]["fn"] == 0
    assert all(error["article"] == "a1" for error in result["errors"])
    code, out, err = invoke("evaluate", "--gold", str(path), "--min-f1", "direct=1.0")
    assert "direct quotes" in out and (code, err) == (0, "")
    code, _, err = invoke("evaluate", "--gold", str(path), "--min-f1", "PER=0.5")
    assert code == 2 and "unknown category 'PER'" in err


def test_command_scores_a_germeval_file(tmp_path: Path) -> None:
    code, out, _ = invoke("evaluate", "--gold", str(germeval(tmp_path)), "--show-errors")
    assert code == 0 and out.startswith("2 articles")
    assert "all three, exact span" in out and "PER, overlapping span" in out
    code, _, err = invoke(
        "evaluate", "--gold", str(germeval(tmp_path)), "--format", "germeval", "--min-f1", "1"
    )
    assert code == 1 and "below the bar: " in err  # nobody finds every name


def test_command_refuses_a_bad_benchmark_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n[1, 2]\n", encoding="utf-8")
    code, _, err = invoke("evaluate", "--gold", str(path))
    assert code == 2 and f"{path}:2: not an article" in err
    assert len(err.strip().splitlines()) == 1


def test_a_crash_of_the_extraction_is_exit_3(tmp_path: Path, monkeypatch) -> None:
    def broken(article: object) -> None:
        raise IndexError("string index out of range")

    monkeypatch.setattr("build_dataset.benchmarks.adapter.extract_article", broken)
    code, _, err = invoke("evaluate", "--gold", str(germeval(tmp_path)))
    assert code == 3 and "s1: the extraction failed: IndexError" in err
