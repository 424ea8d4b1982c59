"""Reading seeds: the layout lines, normalisation of the text, and refusals."""

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
    "data",
    [
        pytest.param("Über „Grüße“.\r\nZweiter.\r\n".encode(), id="crlf"),
        pytest.param("Über „Grüße“.\rZweiter.\r".encode(), id="cr"),
        pytest.param("\ufeffÜber „Grüße“.\nZweiter.\n".encode(), id="bom"),
        pytest.param(
            "U\u0308ber „Gru\u0308ße“.   \n\nZweiter.\n".encode(), id="nfd-trailing-space"
        ),
        pytest.param("Über\u00a0„Grüße“.\nZweiter.\n".encode(), id="nbsp"),
    ],
)
def test_normalised_to_the_same_body(tmp_path: Path, data: bytes) -> None:
    assert read_article(write(tmp_path, data)).body == "Über „Grüße“.\n\nZweiter."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b"  \n\t\n", "the file is empty", id="whitespace"),
        pytest.param(b"Text\x00mehr", "a.txt:1: NUL byte at byte 4", id="nul"),
        pytest.param(
            "Zeile\nÜ".encode("latin-1"),
            "a.txt:2: invalid UTF-8 at byte 6; save the file as UTF-8",
            id="latin1",
        ),
    ],
)
def test_bad_text_is_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    with pytest.raises(InputError) as error:
        read_article(write(tmp_path, data))
    assert expected in error.value.one_line()
    assert "\n" not in error.value.one_line()


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        pytest.param("{", "a.meta.json:1: malformed JSON", id="malformed"),
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


def test_folder_needs_exactly_one_seed(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no seed in the folder"):
        read_article(tmp_path)
    write(tmp_path, b"Eins.", "a.txt")
    write(tmp_path, b"Zwei.", "b.txt")
    with pytest.raises(InputError, match="2 seeds in the folder"):
        read_article(tmp_path)


def test_folder_with_a_stranger_is_refused(tmp_path: Path) -> None:
    write(tmp_path, b"Eins.", "a.txt")
    write(tmp_path, b"x", "notes.docx")
    with pytest.raises(InputError, match="notes.docx: not a seed"):
        read_article(tmp_path)


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
