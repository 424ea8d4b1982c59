"""The review pages' fast paths give what the plain code gives: each compared on many
invented inputs with the plain way."""

from __future__ import annotations

from dataclasses import dataclass, fields

from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.records import MentionRow, QuoteRow, WarningRow
from build_dataset.review.table import any_line, compiled_line, plain_line, table_parts

# Texts with and without the characters that need escaping, and values of the wrong type
# for every declared one: each must come out as the plain way makes it.
TEXTS = st.text(alphabet=st.sampled_from(["a", "ä", " ", "&", "<", ">", '"', "'", "„", "\n"]))
ANY_VALUE = st.one_of(
    TEXTS, st.none(), st.integers(-(10**6), 10**6), st.booleans(), st.floats(allow_nan=False)
)


@dataclass(frozen=True)
class Typed:
    """One column of every type the compiled lines know, and one of a type they do not."""

    text: str
    maybe_text: str | None
    number: int
    maybe_number: int | None


@dataclass(frozen=True)
class Untyped:
    text: str
    ratio: float


@settings(max_examples=400)
@given(
    TEXTS,
    st.one_of(st.none(), TEXTS),
    st.integers(0, 10**6),
    st.one_of(st.none(), st.integers(0, 99)),
)
def test_a_compiled_line_is_the_plain_line_for_rows_of_their_types(
    text: str, maybe_text: str | None, number: int, maybe_number: int | None
) -> None:
    row = Typed(text, maybe_text, number, maybe_number)
    columns = tuple(field.name for field in fields(Typed))
    assert compiled_line(Typed, columns)(row) == plain_line(row, columns)
    # and in another order, a column left out
    assert compiled_line(Typed, columns[:0:-1])(row) == plain_line(row, columns[:0:-1])


@settings(max_examples=400)
@given(ANY_VALUE, ANY_VALUE, ANY_VALUE, ANY_VALUE)
def test_a_compiled_line_is_the_plain_line_for_values_of_any_type(
    text: object, maybe_text: object, number: object, maybe_number: object
) -> None:
    row = Typed(text, maybe_text, number, maybe_number)  # type: ignore[arg-type]
    columns = tuple(field.name for field in fields(Typed))
    assert compiled_line(Typed, columns)(row) == plain_line(row, columns)


@settings(max_examples=200)
@given(st.lists(st.tuples(TEXTS, st.one_of(st.none(), st.integers(1, 40))), max_size=600))
def test_a_table_of_real_rows_is_the_plain_table(values: list[tuple[str, int | None]]) -> None:
    quotes = [
        QuoteRow("a", f"p1-c{n}", text, "direct", "Eva Roth", text, None, paragraph and text,
                 paragraph or 1, n, n + 5, paragraph, None, n, paragraph)
        for n, (text, paragraph) in enumerate(values)
    ]  # fmt: skip
    for rows, columns in (
        (quotes, ("quote_id", "text", "speaker_entity_id", "cue", "paragraph", "cue_end")),
        ([WarningRow("a", p, t) for t, p in values], ("paragraph", "message")),
        ([MentionRow("a", "per-eva-roth", 3, 11, t) for t, _ in values], ("start", "text")),
    ):
        fast = "".join(table_parts(rows, columns, "c"))
        pieces = "".join(plain_line(row, columns) for row in rows)
        assert fast == "".join(table_parts([], columns, "c")).replace(
            "</tbody>", pieces + "</tbody>"
        )


def test_rows_of_undeclared_types_are_made_the_plain_way() -> None:
    columns = ("text", "ratio")
    line = compiled_line(Untyped, columns)
    row = Untyped("Lärm & <Mühe>", 0.5)
    assert (
        line(row)
        == plain_line(row, columns)
        == ("<tr><td>Lärm &amp; &lt;Mühe&gt;</td><td>0.5</td></tr>\n")
    )
    assert line.__code__ is any_line(columns).__code__  # no compiled line for a float column
    typed = compiled_line(Typed, ("text", "number"))
    assert typed.__code__ is not any_line(columns).__code__
    assert typed(Typed("Eva", None, 7, None)) == '<tr><td>Eva</td><td class="number">7</td></tr>\n'
