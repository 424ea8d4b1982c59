"""The public Python API: `extract` from a string gives the seed's facts, README's example
runs, and `__all__` names what the package offers."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

import pytest

import build_dataset
from build_dataset import Extraction, InputError, extract

ROOT = Path(__file__).parents[1]
SEED = ROOT / "seeds" / "000_7562abd95e068531.txt"


@pytest.fixture(scope="module")
def seed() -> Extraction:
    text = SEED.read_text(encoding="utf-8")
    return extract(text, id="seed", reference_date="2025-02-16", layout="seed")


def test_seed_speakers_and_quote_types(seed: Extraction) -> None:
    # Read from the article: the Kremlin announces (p1) and is the source of p4 ("Nach
    # Angaben des Kremls"); Peskow speaks in p2, p3 (the one direct quote) and three times
    # in p5 (the last by "Er"); analysts expect something in p6, and their expectation
    # goes on in the next sentence in the Konjunktiv ("…, könnte dies … haben").
    got = [(q.paragraph, q.type, q.speaker) for q in seed.quotes]
    assert got == [
        (1, "indirect", "Kreml"),
        (2, "indirect", "Dmitri Peskow"),
        (3, "direct", "Dmitri Peskow"),
        (4, "indirect", "Kreml"),
        (5, "indirect", "Dmitri Peskow"),
        (5, "indirect", "Dmitri Peskow"),
        (5, "indirect", "Dmitri Peskow"),
        (6, "indirect", "Analysten"),
        (6, "indirect", "Analysten"),
    ]
    direct = next(q for q in seed.quotes if q.type == "direct")
    assert direct.text == "Von nun an werden wir über Frieden sprechen, nicht über Krieg"
    assert [q.speaker_mention for q in seed.quotes if q.paragraph == 5][-1] == "Er"


def test_seed_dates_from_the_reference_date(seed: Extraction) -> None:
    # "vom Sonntag" before 2025-02-16 (a Sunday) is that day; "am 12. Februar" takes its year.
    dates = {e.name: e.normalized for e in seed.entities if e.type == "DATE"}
    assert dates == {"Sonntag": "2025-02-16", "12. Februar": "2025-02-12"}


def test_seed_mention_counts(seed: Extraction) -> None:
    # Putin: "Wladimir Putin", "Putin", "Putin"; Trump: "Donald Trump", "Trump", "Trumps",
    # "Trump"; Peskow: "Dmitri Peskow", "Peskow", "Peskow" (the caption is no body text).
    counts = {e.name: e.mentions for e in seed.entities}
    assert counts["Wladimir Putin"] == 3
    assert counts["Donald Trump"] == 4
    assert counts["Dmitri Peskow"] == 3
    per_entity = Counter(m.entity_id for m in seed.mentions)
    assert per_entity["per-donald-trump"] == 4
    assert {m.text for m in seed.mentions if m.entity_id == "per-donald-trump"} == {
        "Donald Trump",
        "Trump",
        "Trumps",
    }


def test_seed_layout_lines_leave_the_body(seed: Extraction) -> None:
    article = seed.article
    assert (article.outlet_tag, article.author) == ("CLO", "Ngoc Anh")
    assert article.reference_date == dt.date(2025, 2, 16)
    for line in ("Foto:", "[Anzeige_2]", "Quelle:", "Kommentar (0)"):
        assert line not in article.body


def test_offsets_point_into_the_normalised_body(seed: Extraction) -> None:
    body = seed.article.body
    assert seed.quotes and seed.mentions
    for quote in seed.quotes:
        assert body[quote.start : quote.end] == quote.text
    for mention in seed.mentions:
        assert body[mention.start : mention.end] == mention.text


def test_plain_layout_keeps_every_line_in_the_body() -> None:
    text = "Quelle: https://example.org/a\n\nDer Rat tagte am Montag."
    assert extract(text, layout="seed").article.source_url == "https://example.org/a"
    plain = extract(text)
    assert plain.article.source_url is None
    assert plain.article.paragraphs[0] == "Quelle: https://example.org/a"


def test_text_is_normalised_like_a_seed_file() -> None:
    # A non-breaking space and a decomposed "ü" become a space and one code point.
    result = extract("Bürgermeister\u00a0Jan Falk sagte, die Bru\u0308cke sei sicher.")
    assert result.article.body == "Bürgermeister Jan Falk sagte, die Brücke sei sicher."
    assert [q.text for q in result.quotes] == ["die Brücke sei sicher"]


@pytest.mark.parametrize(
    ("text", "options", "message"),
    [
        pytest.param("  \n\n ", {}, "the file is empty", id="empty"),
        pytest.param("a\x00b", {}, "NUL byte", id="binary"),
        pytest.param("Ein Satz.", {"reference_date": "16.02.2025"}, "not a date", id="date"),
    ],
)
def test_bad_input_raises_input_error(text: str, options: dict[str, str], message: str) -> None:
    with pytest.raises(InputError) as error:
        extract(text, id="x", **options)  # type: ignore[arg-type]
    assert message in error.value.one_line()
    assert error.value.one_line().startswith("x.txt")


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="layout"):
        extract("Ein Satz.", layout="html")  # type: ignore[arg-type]


def test_public_names() -> None:
    for name in build_dataset.__all__:
        assert getattr(build_dataset, name) is not None
    assert callable(build_dataset.build) and callable(build_dataset.extract)
    with pytest.raises(AttributeError):
        _ = build_dataset.no_such_name  # type: ignore[attr-defined]
    assert (Path(build_dataset.__file__).parent / "py.typed").is_file()


def test_readme_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    printed = io.StringIO()
    with redirect_stdout(printed):
        exec(compile(code.group(1), "README.md", "exec"), {})
    # The example's comments say what it prints; hold the example to them.
    expected = [line.removeprefix("# ") for line in code.group(1).splitlines()]
    expected = [line for line in expected if line.count(" | ") == 2]
    assert printed.getvalue().splitlines() == expected


def test_package_docstring_example_runs() -> None:
    import doctest

    result = doctest.testmod(build_dataset)
    assert result.attempted >= 3 and result.failed == 0


def test_build_writes_the_package_from_str_paths(tmp_path: Path) -> None:
    out = tmp_path / "package"
    report = build_dataset.build(str(SEED), str(out))
    assert isinstance(report, build_dataset.BuildReport)
    # Nine quotes (see above); Kreml, Putin, Trump, Peskow, Ukraine, Russland, Moskau and
    # the two dates.
    assert (report.quotes, report.entities, report.out) == (9, 9, out)
    for name in ("quotes.csv", "entities.csv", "article.json"):
        assert (out / name).read_bytes() == (ROOT / "data" / name).read_bytes()


def test_build_takes_a_list_and_refuses_bad_articles_listing_each(tmp_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text("„Ja“, sagte Jana Olbrich in Lessendorf.\n", encoding="utf-8")
    bad = tmp_path / "kaputt.txt"
    bad.write_bytes(b"Text \xff kaputt\n")
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    out = tmp_path / "package"
    with pytest.raises(build_dataset.InputError) as refused:
        build_dataset.build([good, bad, empty], out, jobs=1, cache=False)
    lines = refused.value.lines  # type: ignore[attr-defined]
    assert [line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in lines] == [
        "kaputt.txt:1", "leer.txt",
    ]  # fmt: skip
    assert not out.exists()
    report = build_dataset.build(
        [good, bad, empty], out, jobs=1, cache=False, skip_invalid=True, no_bodies=True
    )
    assert (report.articles, report.quotes) == (1, 1)
    assert [(row.source, row.article_id) for row in report.skipped] == [
        ("kaputt.txt", "kaputt"), ("leer.txt", "leer"),
    ]  # fmt: skip
