"""Segment the body: paragraph offsets, quotation-mark pairs, sentences and tokens."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, repeat

from build_dataset.lexicons import word_set
from build_dataset.records import Article, Document, QuoteMarks, Sentence, Span, Token

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
# Every character pair_quote_marks acts on: the openers, the closers and the apostrophes.
MARKS = {*CLOSERS, *"".join(CLOSERS.values()), *ALL_CLOSERS, *"‘’"}
MARK = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")

# TOKEN has no group of its own (only (?:…)): TOKEN_SPLIT's one group is then the token,
# which re.split keeps between the stretches around it.
TOKEN = re.compile(r"\w+(?:[-‐'’.]\w+)*|\S")
TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
TERMINATORS = ".!?…"
# More warnings about unmatched marks than this are counted in one line.
MAX_MARK_WARNINGS = 10


def pair_quote_marks(text: str) -> tuple[list[tuple[int, int, str, int]], list[int]]:
    """Balanced pairs as (open, close, opener, depth) and positions of unmatched marks.

    A closing mark that matches the innermost open mark closes it; any other mark opens a
    new quote if it can open one. "“" closes „ but opens an English-style quote at depth 0.
    An apostrophe inside a word ("geht’s") is not a mark.
    """
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int, str, int]] = []
    unmatched: list[int] = []
    for found in MARK.finditer(text):  # no other character changes the state
        position, char = found.start(), found.group()
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
    """The tokens of TEXT, which starts at OFFSET of the body.

    A segmented article holds a Token for each word and sign, so their making is most of
    segmentation's time. The frozen dataclass's __init__ is one Python call a token, which
    sets each field by object.__setattr__; here the tokens are made empty and each field
    is set through its slot for all of them by map, in C. The texts and offsets come from
    one split, the tokens and the stretches between them taking turns, whose running
    lengths are the offsets: no match object a token, and no Python step a token. Equal,
    hash-equal Tokens with the same fields (tests/test_fast_segment.py).
    """
    parts = TOKEN_SPLIT.split(text)  # between, token, between, …, token, between
    offsets = list(accumulate(map(len, parts), initial=offset))
    texts = parts[1::2]
    tokens = tuple(map(_new, repeat(Token, len(texts))))
    deque(map(_START, tokens, offsets[1::2]), maxlen=0)
    deque(map(_END, tokens, offsets[2::2]), maxlen=0)
    deque(map(_TEXT, tokens, texts), maxlen=0)
    return tokens


_new = object.__new__
# The setters of Token's slots (records.Span's fields, slots=True).
_START, _END, _TEXT = (getattr(Span, field).__set__ for field in ("start", "end", "text"))


# A run of terminators with the closing marks after it, before a space and a capital, digit
# or opening mark. The look-behind starts it only at the first terminator of a run and the
# possessive quantifiers never give back: each character is looked at a bounded number of
# times, whatever the shape of the text (a 40,000-character word, a line of dots).
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[“”«»\"‘’‹›)]*+(?=\s+[\"„»«“‚(\[A-ZÄÖÜ0-9])")
NUMBER_OR_INITIAL = re.compile(r"\d{1,2}|[A-ZÄÖÜ]")


def sentence_ends(text: str, inside_quote: list[bool]) -> Iterator[int]:
    """Offsets just after each sentence end in one paragraph, in time linear in its length."""
    abbreviations = word_set("abbreviations")  # made once, not for each paragraph
    for match in SENTENCE_END.finditer(text):
        terminator = match.start()
        if inside_quote[terminator] and not inside_quote[match.end() - 1]:
            pass  # „… fertig.“ Dann …: the quote closes the sentence
        elif inside_quote[terminator]:
            continue
        if text[terminator] == "." and match.group() == ".":
            # the word the period ends, back to the space before it: a space follows each
            # match, so no two of them read the same word
            start = terminator
            while start and not text[start - 1].isspace():
                start -= 1
            before = text[start:terminator]
            if before in abbreviations or NUMBER_OR_INITIAL.fullmatch(before):
                continue  # "Dr. Berger", "12. Februar", "J. Smith"
            if "." in before and before.rstrip(".") in abbreviations:
                continue
        yield match.end()


def split_sentences(
    text: str, offset: int, paragraph: int, marks: list[tuple[int, int]]
) -> list[Sentence]:
    inside = [False] * (len(text) + 1)
    for start, end in marks:
        if end > start + 1:
            inside[start + 1 : end] = [True] * (end - start - 1)
    # The paragraph's tokens, made at once: a sentence ends before a space and starts
    # after one, and no token holds a space, so each sentence's tokens are a slice.
    tokens = tokenize(text, offset)
    token_starts = [token.start for token in tokens]
    sentences, start = [], 0
    for end in [*sentence_ends(text, inside), len(text)]:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if chunk:
            begin = offset + start + lead
            first = bisect_left(token_starts, begin)
            last = bisect_left(token_starts, begin + len(chunk), first)
            sentences.append(
                Sentence(begin, begin + len(chunk), chunk, paragraph, tokens[first:last])
            )
        start = end
    return sentences


@dataclass(frozen=True)
class ParagraphMarks:
    pairs: list[tuple[int, int, str, int]]
    unmatched: list[int]


def open_tail(text: str, marks: ParagraphMarks) -> int | None:
    """Where a quote opens that the paragraph leaves open: German style continues it in the
    next paragraph, which opens with the same mark again."""
    if not marks.unmatched:
        return None
    last = marks.unmatched[-1]
    return last if text[last] in CLOSERS and last == max(marks.unmatched) else None


def continues(text: str, marks: ParagraphMarks, opener: str) -> bool:
    if text[:1] != opener:
        return False
    return any(start == 0 for start, _, _, _ in marks.pairs) or open_tail(text, marks) == 0


def segment(article: Article) -> Document:
    """Sentences, tokens and quotation marks of the body. A quote that runs over several
    paragraphs („… ¶ „…“) becomes one span from its first opening to its last closing mark."""
    paragraphs = article.paragraphs
    starts: list[int] = []
    offset = 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    marks = [ParagraphMarks(*pair_quote_marks(paragraph)) for paragraph in paragraphs]
    sentences: list[Sentence] = []
    quote_marks: list[QuoteMarks] = []
    unmatched_marks: list[str] = []
    # paragraph index -> (body offset, paragraph number) where the quote it continues opened
    carried: dict[int, tuple[int, int]] = {}
    for index, paragraph in enumerate(paragraphs):
        number, offset, found = index + 1, starts[index], marks[index]
        spans = [(start, end) for start, end, _, depth in found.pairs if depth == 0]
        unmatched = list(found.unmatched)
        for open_at, close_at, opener, depth in found.pairs:
            if depth != 0:
                continue
            if open_at == 0 and index in carried:
                begin, first = carried.pop(index)
                quote_marks.append(
                    QuoteMarks(begin, offset + close_at, article.body[begin : offset + close_at],
                               first, opener)
                )  # fmt: skip
                continue
            content = paragraph[open_at + 1 : close_at]
            quote_marks.append(
                QuoteMarks(offset + open_at + 1, offset + close_at, content, number, opener)
            )
        tail = open_tail(paragraph, found)
        following = index + 1
        if tail is not None and following < len(paragraphs):
            opener = paragraph[tail]
            if continues(paragraphs[following], marks[following], opener):
                opened = carried.pop(index) if tail == 0 and index in carried else None
                carried[following] = opened or (offset + tail + 1, number)
                unmatched.remove(tail)
                spans.append((tail, len(paragraph)))
        for position in unmatched:
            unmatched_marks.append(
                f"paragraph {number}: unmatched quotation mark "
                f"{paragraph[position]!r} at body offset {offset + position}"
            )
        sentences.extend(split_sentences(paragraph, offset, number, spans))
    return Document(
        body=article.body,
        paragraph_starts=tuple(starts),
        sentences=tuple(sentences),
        quote_marks=tuple(sorted(quote_marks, key=lambda mark: mark.start)),
        reference_date=article.reference_date,
        warnings=tuple(shortened(unmatched_marks)),
    )


def shortened(warnings: list[str], shown: int = MAX_MARK_WARNINGS) -> list[str]:
    """The first SHOWN warnings about unmatched marks and one line counting the rest."""
    if len(warnings) <= shown + 1:
        return warnings
    rest = len(warnings) - shown
    return [*warnings[:shown], f"{rest} more unmatched quotation marks (no rows for them)"]
