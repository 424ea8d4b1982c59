"""Typed records passed between the pipeline stages; every span carries body offsets."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str


@dataclass(frozen=True)
class Article:
    """One seed, read and split into body paragraphs and the lines around them."""

    id: str
    source_name: str  # the seed's file name, for messages; never an absolute path
    paragraphs: tuple[str, ...]
    author: str | None
    agencies: tuple[str, ...]
    outlet_tag: str | None
    source_url: str | None
    captions: tuple[Caption, ...]
    reference_date: dt.date | None
    created: str | None
    seed_sha256: str
    metadata_sha256: tuple[str, str] | None = None  # (NAME.meta.json, its sha256)
    title: str | None = None  # NAME.meta.json's "title" or a JSON Lines "title"
    licence: str | None = None  # a JSON Lines line's "licence" (the article text's)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the body: ``body[start:end] == text``. Spans and their kinds keep their
    fields in slots, not a dict each: a 5 MB article is a million tokens."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token(Span):
    pass


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    paragraph: int  # 1-based
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class QuoteMarks(Span):
    """A balanced pair of quotation marks; ``start``/``end`` enclose the content only."""

    paragraph: int
    opener: str


@dataclass(frozen=True)
class Document:
    """The body, segmented: what every extraction stage reads."""

    body: str
    paragraph_starts: tuple[int, ...]
    sentences: tuple[Sentence, ...]
    quote_marks: tuple[QuoteMarks, ...]
    reference_date: dt.date | None
    warnings: tuple[str, ...]

    @cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        return tuple(sentence.start for sentence in self.sentences)

    def sentence_index(self, sentence: Sentence) -> int:
        """The position of SENTENCE in ``sentences``, by bisection: a search of the tuple
        would make every rule that looks back a sentence quadratic in the article."""
        return bisect_left(self.sentence_starts, sentence.start)


@dataclass(frozen=True, slots=True)
class Mention(Span):
    pass


@dataclass(frozen=True)
class Entity:
    key: str  # stable id, e.g. "per-dmitri-peskow"
    name: str
    type: str  # PER | ORG | LOC | DATE
    mentions: tuple[Mention, ...]
    normalized: str | None = None
    role: str | None = None  # the role noun written before a person's name, e.g. "Sprecher"
    gender: str | None = None  # "f" | "m" for persons when the first name tells


@dataclass(frozen=True)
class CueWords:
    """The words of saying as the cue column gives them ("gab bekannt"), and the stretch
    of the body from their first to their last word (``body[start:end]`` is "gab am
    Montag bekannt" for a separable verb, else the cue itself)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote(Span):
    type: str  # direct | indirect
    speaker: str
    speaker_mention: str
    speaker_entity: str | None  # Entity.key
    cue: str
    paragraph: int
    # Where speaker_mention and the cue stand in the body; None where there is none (a
    # quote that continues another has the speaker and cue of that one, at their places).
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class QuoteRow:
    """One row of quotes.csv; the key is (article_id, quote_id)."""

    article_id: str
    quote_id: str
    text: str
    type: str
    speaker: str
    speaker_mention: str
    speaker_entity_id: str | None
    cue: str | None
    paragraph: int
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class EntityRow:
    """One row of entities.csv: one entity of the whole package, counted over its articles."""

    entity_id: str
    name: str
    type: str
    mentions: int
    articles: int
    first_article_id: str
    first_start: int
    first_end: int
    normalized: str | None


@dataclass(frozen=True)
class MentionRow:
    """One mention of an entity: ``body[start:end] == text`` in the article's body."""

    article_id: str
    entity_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class WarningRow:
    """One row of warnings.csv: a warning of the build about one article."""

    article_id: str
    paragraph: int | None
    message: str


@dataclass(frozen=True)
class SkippedRow:
    """One row of skipped.csv: a source --skip-invalid left out, and why."""

    source: str
    article_id: str | None
    reason: str


@dataclass(frozen=True)
class Found:
    """An entity as first found, before its mentions are counted."""

    name: str
    type: str
    role: str | None = None
    gender: str | None = None
    family_first: bool = False  # "Tran Thi Mai": the surname is the first word
    forms: tuple[str, ...] = ()  # inflected forms as written: "der Vereinigten Staaten"
