"""Speakers: turn the noun phrase at a cue into a person or organisation.

A surname, a role noun ("der Sprecher"), an age ("der 47-Jährige") or a pronoun ("Er")
resolves to the full name of an entity named before; a single unknown name word in the
speaker slot becomes a new person, returned with the speaker as a candidate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from build_dataset.names import slug
from build_dataset.quotes.cues import Cue
from build_dataset.quotes.phrases import AGED, AGED_GENDER, PRONOUNS
from build_dataset.records import CueWords, Entity, Found, Token
from build_dataset.wordclasses import DETERMINERS, is_name_word, role_of

# Spans (start, end) of the quotes found so far, sorted; their words name no speaker.
Quoted = Sequence[tuple[int, int]]


@dataclass(frozen=True)
class NamedMention:
    name: str  # the entity's full name
    text: str  # as written at the mention
    start: int | None = None  # where it is written
    end: int | None = None


@dataclass(frozen=True)
class Speaker:
    name: str
    mention: str
    entity: str | None
    # A person only the speaker slot names ("Müller sagte"), to be counted with the others.
    candidate: Found | None = None
    # Where the mention stands in the body: body[start:end] == mention.
    start: int | None = None
    end: int | None = None


class SpeakerResolver:
    """Looks up who a phrase names among the entities; holds nothing that changes."""

    def __init__(self, body: str, entities: Sequence[Entity]) -> None:
        self.body = body
        # Every mention of a person or organisation in text order, for lookups by offset
        # that stay fast on long articles.
        self.named = sorted(
            (m.start, m.end, e) for e in entities if e.type in ("PER", "ORG") for m in e.mentions
        )
        self.named_starts = [start for start, _, _ in self.named]

    def is_quoted(self, offset: int, quoted: Quoted) -> bool:
        index = bisect_right(quoted, (offset, len(self.body) + 1)) - 1
        # Quotes do not nest, but a reported clause may hold a direct one: look back a few.
        return any(a <= offset < b for a, b in quoted[max(0, index - 3) : index + 1])

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions of people and organisations that begin in [START, END), in text order."""
        return self.named[
            bisect_left(self.named_starts, start) : bisect_left(self.named_starts, end)
        ]

    def latest_before(
        self, before: int, wanted: Callable[[Entity], bool], quoted: Quoted
    ) -> Entity | None:
        """The entity WANTED named last before BEFORE, outside what was quoted."""
        for index in range(bisect_left(self.named_starts, before) - 1, -1, -1):
            start, _, entity = self.named[index]
            if wanted(entity) and not self.is_quoted(start, quoted):
                return entity
        return None

    def mention_entity(self, tokens: Sequence[Token]) -> Entity | None:
        """The person or organisation named last in the phrase: in "Brenners
        Anwältin Ida Kaya" the speaker is Kaya, not Brenner."""
        start, end = tokens[0].start, tokens[-1].end
        named = [(e_end, e) for _, e_end, e in self.mentions_between(start, end) if e_end <= end]
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def antecedent(self, gender: str, before: int, quoted: Quoted) -> Entity | None:
        """The person of GENDER (or of unknown gender) named last before the pronoun,
        outside what was quoted: in "Peskow sagte, Trumps Haltung … Er betonte" the
        pronoun is Peskow."""
        # A person whose first name does not tell the gender counts too: "Nkosi erklärte,
        # … Er sagte" is Nkosi.
        return self.latest_before(
            before, lambda e: e.type == "PER" and e.gender in (gender, None), quoted
        )

    def by_role(self, role: str, gender: str | None, before: int, quoted: Quoted) -> Entity | None:
        return self.latest_before(
            before,
            lambda e: e.type == "PER" and e.role == role and e.gender in (gender, None),
            quoted,
        )

    def attribute(
        self, phrase: Sequence[Token], head: Sequence[Token], cue: Cue, quoted: Quoted
    ) -> tuple[Speaker, CueWords] | None:
        """(speaker, cue), or None when the speaker cannot be told."""
        speaker = self.resolve(phrase, head, cue, quoted)
        return (speaker, cue.words) if speaker else None

    def resolve(
        self, phrase: Sequence[Token], head: Sequence[Token], cue: Cue, quoted: Quoted
    ) -> Speaker | None:
        mention = self.body[phrase[0].start : phrase[-1].end]
        start, end = phrase[0].start, phrase[-1].end  # where the mention stands
        words = [t.text for t in head]
        first = phrase[0].text
        entity: Entity | None = None
        if len(words) == 1 and words[0].lower() in PRONOUNS and words[0] == first:
            if cue.plural:
                return None  # "sie sagten": a group whose extent we cannot tell
            entity = self.antecedent(PRONOUNS[words[0].lower()], phrase[0].start, quoted)
            if entity is None:
                return None
        elif len(words) == 1 and AGED.fullmatch(words[0]) and first.lower() in AGED_GENDER:
            entity = self.antecedent(AGED_GENDER[first.lower()], phrase[0].start, quoted)
            if entity is None:
                return None
        else:
            entity = self.mention_entity(head)
        if entity is None and len(words) == 1 and first.lower() in {"der", "die"}:
            role = role_of(words[0])
            if role:
                entity = self.by_role(role[0], role[1], phrase[0].start, quoted)
        if entity is None and len(phrase) == 1 and not cue.plural and is_name_word(words[0]):
            found = Found(words[0], "PER")
            return Speaker(found.name, mention, f"per-{slug(found.name)}", found, start, end)
        if entity is not None:
            return Speaker(entity.name, mention, entity.key, start=start, end=end)
        name = (
            mention if first.lower() not in DETERMINERS else first.lower() + mention[len(first) :]
        )
        return Speaker(name, mention, None, start=start, end=end)
