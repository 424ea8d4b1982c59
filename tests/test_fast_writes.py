"""The writer's and the checker's fast paths give what the plain code gave: each compared
on many invented inputs with the slow way, written out here."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.corpus.writer import release_lines
from build_dataset.records import WarningRow

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
