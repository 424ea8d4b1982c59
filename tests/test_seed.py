"""Reading seeds: the layout lines and the metadata file. The input matrix (encodings,
line ends, refusals) runs through the command line in test_inputs.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_dataset.errors import InputError
from build_dataset.seed import read_article

SEED = Path(__file__).parents[1] / "seeds" / "000_7562abd95e068531.txt"


def write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_seed_layout_fields() -> None:
    article = read_article(SEED)
    assert article.outlet_tag == "CLO"
    assert article.author == "Ngoc Anh"
    assert article.agencies == ("TASS", "RIA", "Reuters")
    assert [c.credit for c in article.captions] == [
        "Presse- und Informationsbüro des russischen Präsidenten"
    ]
    assert article.source_url.startswith("https://www.congluan.vn/")
    assert article.reference_date.isoformat() == "2025-02-16"
    assert len(article.paragraphs) == 6
    assert article.paragraphs[0].startswith("Der Kreml gab bekannt")
    for line in ("Foto:", "[Anzeige_2]", "Quelle:", "Kommentar (0)", "(laut TASS"):
        assert line not in article.body


def test_plain_paragraphs_are_a_seed(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, b"Erster Absatz.\n\nZweiter Absatz.\n"))
    assert article.paragraphs == ("Erster Absatz.", "Zweiter Absatz.")
    assert article.author is None and article.source_url is None and article.reference_date is None


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        pytest.param(
            '{\n"reference_date": {"value": "2025-02-30", "justification": "x"}}',
            "a.meta.json:2: reference_date '2025-02-30' is not a valid date",
            id="bad-date",
        ),
        pytest.param(
            '{"reference_date": {"value": "2025-02-03"}}',
            "has no justification",
            id="no-justification",
        ),
        pytest.param(
            '{"colour": {"value": "x", "justification": "y"}}',
            "unknown key 'colour'",
            id="unknown-key",
        ),
    ],
)
def test_bad_metadata_is_refused(tmp_path: Path, meta: str, expected: str) -> None:
    seed = write(tmp_path, b"Ein Absatz.")
    (tmp_path / "a.meta.json").write_text(meta, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_article(seed)
    assert expected in error.value.one_line()


@pytest.mark.parametrize(
    ("last_lines", "author", "paragraphs"),
    [
        ("Carsten Vogelsang\nQuelle: https://example.org/a\n", "Carsten Vogelsang", 2),
        ("Carsten Vogelsang\n", "Carsten Vogelsang", 2),
        ("Berlin Mitte\n", None, 3),  # no first name: a short paragraph, not a byline
        ("Carsten Vogelsang sagte nichts.\n", None, 3),
    ],
)
def test_bare_name_on_the_last_line_is_the_byline(
    tmp_path: Path, last_lines: str, author: str | None, paragraphs: int
) -> None:
    text = "Der Rat tagte am Montag.\nDie Sitzung dauerte lange.\n" + last_lines
    article = read_article(write(tmp_path, text.encode()))
    assert (article.author, len(article.paragraphs)) == (author, paragraphs)
