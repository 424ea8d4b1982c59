"""The review pages' fast paths give what the plain code gives: each compared on many
invented inputs with the plain way."""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, fields

from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset.records import MentionRow, QuoteRow, WarningRow
from build_dataset.review.article import Mark, highlighted
from build_dataset.review.table import any_line, compiled_line, plain_line, table_parts

# Texts with and without the characters that need escaping, and values of the wrong type
# for every declared one: each must come out as the plain way makes it.
TEXTS = st.text(alphabet=st.sampled_from(["a", "ä", " ", "&", "<", ">", '"', "'", "„", "\n"]))


class Shown(str):
    """A text that prints otherwise than it reads: the page shows what str() gives."""

    def __str__(self) -> str:
        return "<b>" + self


class Formatted(int):
    """An integer that formats otherwise than int does."""

    def __format__(self, spec: str) -> str:
        return "<i>"


ANY_VALUE = st.one_of(
    TEXTS, st.none(), st.integers(-(10**6), 10**6), st.booleans(), st.floats(allow_nan=False),
    TEXTS.map(Shown), st.integers(-9, 9).map(Formatted),
)  # fmt: skip


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
        QuoteRow("a", f"p1-c{n}", text, "direct", "Eva Roth", text, None, text if paragraph else None,
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


def plain_highlighted(body: str, marks: list[Mark], speakers: dict[str, str]) -> str:
    """highlighted(), the plain way: each stretch between two boundaries wrapped in the
    tags of the highlights over it (in their order in MARKS), each quote's speaker after
    its end."""

    def tags(mark: Mark) -> tuple[str, str]:
        start, end, kind, ident, extra = mark
        element = "mark" if kind == "quote" else "span"
        rendered = "".join(f' {name}="{html.escape(value)}"' for name, value in extra.items())
        opening = f'<{element} data-kind="{kind}" data-id="{html.escape(ident)}" '
        return opening + f'data-start="{start}" data-end="{end}"{rendered}>', f"</{element}>"

    boundaries = sorted({0, len(body), *[m[0] for m in marks], *[m[1] for m in marks]})
    out = ["<p>"]
    for left, right in itertools.pairwise(boundaries):
        over = [tags(mark) for mark in marks if mark[0] <= left < mark[1]]
        before = "".join(opening for opening, _ in over)
        after = "".join(closing for _, closing in reversed(over))
        for index, piece in enumerate(body[left:right].split("\n\n")):
            if index:
                out.append("</p>\n<p>")
            if piece:
                out.append(before + html.escape(piece) + after)
        for _, end, kind, ident, _ in marks:
            if end == right and kind == "quote":
                out.append(f'<span class="speaker">{html.escape(speakers[ident])}</span>')
    return "".join(out) + "</p>"


BODY_TEXT = st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "&", "'", "ä"]), max_size=80)
# A few labels, each shared by several marks as an entity's is by its mentions.
LABELS = [
    {"class": "entity PER", "title": "PER: Eva Roth"},
    {"class": "quote direct", "title": "direct: Eva & Co"},
    {"class": "quote direct nested", "title": "direct, inside q1: <Eva>", "data-inside": "q1"},
]


@st.composite
def bodies_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark], dict[str, str]]:
    body = draw(BODY_TEXT)
    marks: list[Mark] = []
    speakers = {}
    if len(body) > 0:
        for number in range(draw(st.integers(0, 12))):
            start = draw(st.integers(0, len(body) - 1))
            end = draw(st.integers(start + 1, len(body)))
            kind = draw(st.sampled_from(["quote", "entity"]))
            ident = f"q{number}" + draw(st.sampled_from(["", "&", "'x"]))
            marks.append((start, end, kind, ident, draw(st.sampled_from(LABELS))))
            speakers[ident] = draw(st.sampled_from(["Eva Roth", "Tom & Jerry"]))
    return body, marks, speakers


@settings(max_examples=500)
@given(bodies_and_marks())
def test_highlighted_is_the_plain_walk(case: tuple[str, list[Mark], dict[str, str]]) -> None:
    body, marks, speakers = case
    assert highlighted(body, marks, speakers) == plain_highlighted(body, marks, speakers)
