"""The writer's and the checker's fast paths give what the plain code gave: each compared
on many invented inputs with the slow way, written out here."""

from __future__ import annotations

import json
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.corpus.writer import plain_release_line, release_line, release_lines
from build_dataset.records import MentionRow, QuoteRow, WarningRow

# Texts that meet the separators release_lines parts on: U+001F, braces, ': ""'.
TRICKY = st.text(alphabet=st.sampled_from(['"', ":", " ", "}", "{", "\x1f", "\\", "a", "ä", "\n"]))


def slow_release_line(row: object) -> str:
    values = {name: None if value == "" else value for name, value in vars(row).items()}
    return json.dumps(values, ensure_ascii=False) + "\n"


@settings(max_examples=300)
@given(
    st.lists(st.tuples(TRICKY, st.one_of(st.none(), st.integers(0, 10**6)), TRICKY), max_size=30)
)
def test_release_lines_are_json_dumps_of_each_row(
    values: list[tuple[str, int | None, str]],
) -> None:
    rows = [WarningRow(*value) for value in values]
    assert "".join(release_lines(rows)) == "".join(slow_release_line(row) for row in rows)


def test_release_lines_part_a_long_table_into_pieces() -> None:
    rows = [WarningRow(f"a{n}", n, "" if n % 2 else "Text, mit: {}") for n in range(2500)]
    pieces = list(release_lines(rows))
    assert len(pieces) == 3
    assert "".join(pieces) == "".join(slow_release_line(row) for row in rows)


ANY_VALUE = st.one_of(
    TRICKY, st.none(), st.integers(-(10**6), 10**6), st.booleans(), st.floats(allow_nan=False)
)


@settings(max_examples=400)
@given(ANY_VALUE, ANY_VALUE, ANY_VALUE)
def test_a_compiled_release_line_is_json_dumps_for_values_of_any_type(
    article_id: object, paragraph: object, message: object
) -> None:
    row = WarningRow(article_id, paragraph, message)  # type: ignore[arg-type]
    assert release_line(WarningRow)(row) == slow_release_line(row)


@settings(max_examples=200)
@given(st.lists(st.tuples(TRICKY, st.one_of(st.none(), st.integers(0, 10**6))), max_size=40))
def test_release_lines_of_quotes_and_mentions_are_json_dumps_of_each_row(
    values: list[tuple[str, int | None]],
) -> None:
    quotes = [
        QuoteRow(text, f"p1-c{n}", text, "direct", "Eva Roth", text, None, text or None,
                 n, n, n + 5, number, None, n, number)
        for n, (text, number) in enumerate(values)
    ]  # fmt: skip
    mentions = [
        MentionRow("a", text, n, number or 0, text) for n, (text, number) in enumerate(values)
    ]
    for rows in (quotes, mentions):
        assert "".join(release_lines(rows)) == "".join(slow_release_line(row) for row in rows)


@dataclass(frozen=True)
class Measured:
    name: str
    share: float


def test_rows_of_undeclared_types_are_written_the_plain_way() -> None:
    assert release_line(Measured) is plain_release_line
    assert "".join(release_lines([Measured("", 0.5)])) == '{"name": null, "share": 0.5}\n'
