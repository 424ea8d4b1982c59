"""The sortable tables of the review pages: one <tr> a row, a cell per column, numbers
marked as numbers (the sorting script sorts them as such), None an empty cell.

An article's page holds a few hundred cells, and a corpus a few million, all made in the
one process that writes the package while the workers extract: a cell's call, its
isinstance test and its escape() search cost more than the cell's text. So the line of a
row is made by a function compiled once per row type and columns (as rowcheck compiles
its checks), which reads the columns as plain attributes, tests all the row's texts for
&<>"' with one search, and formats the line as one f-string from the types the row's
dataclass declares. For a QuoteRow's (quote_id, cue, start, cue_end) it reads:

    def line(row):
        v0 = row.quote_id
        v1 = row.cue
        v2 = row.start
        v3 = row.cue_end
        if v0.__class__ is str and (v1 is None or v1.__class__ is str) and ...:
            if SPECIAL("".join((v0, (v1 or "")))) is None:
                return f'''<tr><td>{v0}</td>{"<td></td>" if v1 is None else "<td>" + v1 ...
        return SLOW(row)

A value that is not exactly of its declared type goes to SLOW, the plain way (cell() per
value), as does a text that needs escaping: a subclass of str or int may print otherwise
than its value reads (its own __str__ or __format__), and bool is an int that prints as a
word. So the line is the plain way's for any row; the declared types only decide which
rows are fast.
"""

from __future__ import annotations

import functools
import keyword
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any

from build_dataset.review.html import SPECIAL, escape

Line = Callable[[Any], str]
TABLE_FOOT = "</tbody></table></div>"
ROWS_A_PIECE = 256  # table rows joined into one piece of table_parts


def cell(value: Any) -> str:
    """The cell of VALUE: the plain way, which the compiled lines must equal."""
    if value is None:
        return "<td></td>"
    if isinstance(value, int):
        return f'<td class="number">{value}</td>'
    return f"<td>{escape(str(value))}</td>"


def plain_line(row: Any, columns: Sequence[str]) -> str:
    """The line of ROW's COLUMNS, cell by cell."""
    return "<tr>" + "".join([cell(getattr(row, name)) for name in columns]) + "</tr>\n"


def any_line(columns: tuple[str, ...]) -> Line:
    """plain_line for rows of any types, with cell() written out: a call per cell cost
    more than the cell."""
    values = attrgetter(*columns) if len(columns) > 1 else lambda row: (getattr(row, columns[0]),)

    def line(row: Any) -> str:
        cells = [
            "<td></td>"
            if value is None
            else f'<td class="number">{value}</td>'
            if isinstance(value, int)
            else f"<td>{escape(str(value))}</td>"
            for value in values(row)
        ]
        return "<tr>" + "".join(cells) + "</tr>\n"

    return line


# For each declared type a column may have: the test its value V must pass to be made
# here (exactly that type: see the module's docstring), what it adds to the texts searched
# for &<>"' (None: nothing), and its cell as a replacement field of the line's f-string.
TYPED_CELLS: dict[object, tuple[str, str | None, str]] = {
    str: ("V.__class__ is str", "V", "<td>{V}</td>"),
    str | None: (
        "(V is None or V.__class__ is str)",
        '(V or "")',
        '{"<td></td>" if V is None else "<td>" + V + "</td>"}',
    ),
    int: ("V.__class__ is int", None, '<td class="number">{NUMBER(V, "")}</td>'),
    int | None: (
        "(V is None or V.__class__ is int)",
        None,
        """{"<td></td>" if V is None else '<td class="number">' + NUMBER(V, "") + "</td>"}""",
    ),
}


@functools.cache
def compiled_line(row_type: type, columns: tuple[str, ...]) -> Line:
    """The function that makes the line of a row of ROW_TYPE (plain_line's line, for a row
    of any type); any_line's when ROW_TYPE does not declare every column as a text or an
    integer (or None)."""
    slow = any_line(columns)
    try:
        hints = typing.get_type_hints(row_type)
    except Exception:  # a type whose annotations do not resolve: made the plain way
        return slow
    kinds = [TYPED_CELLS.get(hints.get(name, Any)) for name in columns]
    names_ok = all(name.isidentifier() and not keyword.iskeyword(name) for name in columns)
    if not names_ok or None in kinds:
        return slow
    reads, tests, texts, fields = [], [], [], []
    for number, (name, kind) in enumerate(zip(columns, kinds, strict=True)):
        assert kind is not None
        test, text, field = kind
        variable = f"v{number}"
        reads.append(f"    {variable} = row.{name}\n")
        tests.append(test.replace("V", variable))
        if text is not None:
            texts.append(text.replace("V", variable))
        fields.append(field.replace("V", variable))
    searched = f'SPECIAL("".join(({", ".join(texts)},)))' if texts else "None"
    source = (
        "def line(row):\n"
        + "".join(reads)
        + f"    if {' and '.join(tests)}:\n"
        + f"        if {searched} is None:\n"
        + f"            return f'''<tr>{''.join(fields)}</tr>\\n'''\n"
        + "    return SLOW(row)\n"
    )
    namespace: dict[str, Any] = {"SPECIAL": SPECIAL, "NUMBER": int.__format__, "SLOW": slow}
    exec(source, namespace)  # noqa: S102 (the source is made above from checked names)
    line: Line = namespace["line"]
    return line


def table_head(columns: Sequence[str], caption: str, kind: str = "rows") -> str:
    head = "".join(f"<th scope=col>{escape(name)}</th>" for name in columns)
    return (
        f'<div class="table"><table class="{kind}"><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
    )


def table(rows: Iterable[Any], columns: Sequence[str], caption: str) -> str:
    """A sortable table of ROWS' attributes COLUMNS; None shows as an empty cell."""
    return "".join(table_parts(rows, columns, caption))


def table_parts(rows: Iterable[Any], columns: Sequence[str], caption: str) -> Iterator[str]:
    """table() in pieces of ROWS_A_PIECE rows, so that a long table is never whole in memory.
    The lines are compiled for the first row's type; a row of another is still made right
    (its values are checked, not its type), if more slowly."""
    yield table_head(columns, caption)
    line = None
    lines: list[str] = []
    for row in rows:
        if line is None:
            row_type: Any = type(row)  # (mypy takes a type for unhashable)
            line = compiled_line(row_type, tuple(columns))
        lines.append(line(row))
        if len(lines) == ROWS_A_PIECE:
            yield "".join(lines)
            lines = []
    yield "".join(lines) + TABLE_FOOT
