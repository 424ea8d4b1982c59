"""Segment the body: paragraph offsets, quotation-mark pairs, sentences and tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator

from build_dataset.lexicons import load
from build_dataset.records import Article, Document, QuoteMarks, Sentence, Token

# Opening mark -> closing marks. German „…“ and »…«, Swiss «…», English “…”,
# straight "…", and the single forms used for a quote inside a quote: ‚…‘ ›…‹.
CLOSERS = {
    "„": "“”",
    "»": "«",
    "«": "»",
    "“": "”",
    '"': '"',
    "‚": "‘’",
    "›": "‹",
    "‹": "›",
}
ALL_CLOSERS = set('“”«»"‘’‹›')
SINGLE_OPENERS = {"‚", "›", "‹"}

TOKEN = re.compile(r"\w+(?:[-‐'’.]\w+)*|\S")
TERMINATORS = ".!?…"


def pair_quote_marks(text: str) -> tuple[list[tuple[int, int, str, int]], list[int]]:
    """Balanced pairs as (open, close, opener, depth) and positions of unmatched marks.

    A closing mark that matches the innermost open mark closes it; any other mark opens a
    new quote if it can open one. "“" closes „ but opens an English-style quote at depth 0.
    An apostrophe inside a word ("geht’s") is not a mark.
    """
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int, str, int]] = []
    unmatched: list[int] = []
    for position, char in enumerate(text):
        inside_word = 0 < position < len(text) - 1 and text[position - 1].isalnum()
        if char in "‘’" and inside_word and text[position + 1].isalnum():
            continue  # "geht’s"
        closes_single = bool(stack) and "’" in CLOSERS[stack[-1][1]]
        if char == "’" and position > 0 and text[position - 1].isalnum() and not closes_single:
            continue  # "Merz’ Plan": a genitive apostrophe
        if stack and char in CLOSERS[stack[-1][1]]:
            start, opener = stack.pop()
            pairs.append((start, position, opener, len(stack)))
        elif char in CLOSERS and (char not in SINGLE_OPENERS or stack or char == "‚"):
            stack.append((position, char))
        elif char in ALL_CLOSERS:
            unmatched.append(position)
    unmatched.extend(start for start, _ in stack)
    return sorted(pairs), sorted(unmatched)


def tokenize(text: str, offset: int) -> tuple[Token, ...]:
    return tuple(
        Token(offset + match.start(), offset + match.end(), match.group())
        for match in TOKEN.finditer(text)
    )


def sentence_ends(text: str, inside_quote: list[bool]) -> Iterator[int]:
    """Offsets just after each sentence end in one paragraph."""
    abbreviations = set(load("abbreviations.txt"))
    for match in re.finditer(r"[.!?…]+[“”«»\"‘’‹›)]*(?=\s+[\"„»«“‚(\[A-ZÄÖÜ0-9])", text):
        terminator = match.start()
        if inside_quote[terminator] and not inside_quote[match.end() - 1]:
            pass  # „… fertig.“ Dann …: the quote closes the sentence
        elif inside_quote[terminator]:
            continue
        word = re.search(r"(\S+)$", text[:terminator])
        before = word.group(1) if word else ""
        if text[terminator] == "." and match.group() == ".":
            if before in abbreviations or re.fullmatch(r"\d{1,2}|[A-ZÄÖÜ]", before):
                continue  # "Dr. Berger", "12. Februar", "J. Smith"
            if "." in before and before.rstrip(".") in abbreviations:
                continue
        yield match.end()


def split_sentences(
    text: str, offset: int, paragraph: int, marks: list[tuple[int, int]]
) -> list[Sentence]:
    inside = [False] * (len(text) + 1)
    for start, end in marks:
        for position in range(start + 1, end):
            inside[position] = True
    sentences, start = [], 0
    for end in [*sentence_ends(text, inside), len(text)]:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if chunk:
            begin = offset + start + lead
            sentences.append(
                Sentence(begin, begin + len(chunk), chunk, paragraph, tokenize(chunk, begin))
            )
        start = end
    return sentences


def segment(article: Article) -> Document:
    sentences: list[Sentence] = []
    quote_marks: list[QuoteMarks] = []
    starts: list[int] = []
    warnings: list[str] = []
    offset = 0
    for number, paragraph in enumerate(article.paragraphs, start=1):
        starts.append(offset)
        pairs, unmatched = pair_quote_marks(paragraph)
        for open_at, close_at, opener, depth in pairs:
            if depth == 0:
                content = paragraph[open_at + 1 : close_at]
                quote_marks.append(
                    QuoteMarks(offset + open_at + 1, offset + close_at, content, number, opener)
                )
        for position in unmatched:
            warnings.append(
                f"paragraph {number}: unmatched quotation mark "
                f"{paragraph[position]!r} at body offset {offset + position}"
            )
        top = [(start, end) for start, end, _, depth in pairs if depth == 0]
        sentences.extend(split_sentences(paragraph, offset, number, top))
        offset += len(paragraph) + 2
    return Document(
        body=article.body,
        paragraph_starts=tuple(starts),
        sentences=tuple(sentences),
        quote_marks=tuple(quote_marks),
        reference_date=article.reference_date,
        warnings=tuple(warnings),
    )
