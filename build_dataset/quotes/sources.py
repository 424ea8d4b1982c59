"""Source phrases: attribution by a preposition, not a verb of saying ("Laut X …", "Nach
Angaben der X …", "nach Polizeiangaben", "Nach eigenen Angaben …", "X zufolge …", "Dem
Vernehmen nach …"). A sentence so attributed is reported speech even in the indicative:
with the phrase at its start the quote is the rest, with it inside the whole sentence
(or the relative clause that holds it). The speaker is who the phrase names: the genitive
or "von" part ("Angaben der Polizei" -> "die Polizei"), the subject for "nach eigenen
Angaben", the person of a possessive ("nach seinen Angaben"), else the phrase itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from build_dataset.lexicons import lazy_word_set, load, word_set
from build_dataset.names import is_capitalised, is_function_word
from build_dataset.quotes.cues import Cue
from build_dataset.quotes.phrases import noun_phrase
from build_dataset.quotes.reported import without_final_punctuation
from build_dataset.quotes.rules import Context, Finding, reported
from build_dataset.quotes.speakers import Speaker
from build_dataset.records import Sentence, Token
from build_dataset.wordclasses import DETERMINERS, GENITIVE_ARTICLES, RELATIVE_PRONOUNS, role_of
from build_dataset.wordlists import german_nouns

POSSESSIVES = frozenset(
    {"eigenen", "eigener", "eigenem", "seinen", "seiner", "seinem", "ihren", "ihrer", "ihrem",
     "deren", "dessen", "unseren", "unserer"}
)  # fmt: skip
SELF = frozenset({"eigenen", "eigener", "eigenem"})
COMPOUND_HEADS = tuple(load("source_compound_heads.txt"))  # "Polizeiangaben"
EVENTS = word_set("event_nouns")  # "nach dem Urteil" is time
TIME_BEFORE = word_set("time_before_nach")  # "kurz nach der Meldung" is time
OWNER_PREPOSITIONS = frozenset({"von", "vom", "aus"})


source_nouns = lazy_word_set("source_nouns")


def is_source_noun(word: str) -> bool:
    """ "Angaben", "Polizeiangaben", "Medienberichten"."""
    if not is_capitalised(word) or not word.isalpha():
        return False
    lower = word.lower()
    return lower in source_nouns() or lower.endswith(COMPOUND_HEADS)


@dataclass(frozen=True)
class SourcePhrase:
    begin: int  # first token of the whole phrase, preposition included
    end: int  # after it, postposition included
    mention: tuple[int, int]  # the source as written, without the preposition
    owner: tuple[int, int] | None  # the genitive or "von" part naming who: "der Polizei"
    own: bool  # "nach eigenen Angaben": the subject of the sentence is the source
    cue: str
    kind: str  # "laut", "nach" (a preposition) or "zufolge" (a postposition, "… nach" too)


def modifiers_end(tokens: Sequence[Token], index: int, stop: int) -> int:
    """Past one article or possessive and inflected adjectives: "den ersten offiziellen"."""
    start, articles = index, 0
    while index < stop and index - start < 4:
        word = tokens[index].text
        lower = word.lower()
        if lower in DETERMINERS or lower in POSSESSIVES or lower in {"diesem", "diesen"}:
            articles += 1
            if articles > 1:
                break  # "die ihrer Ansicht nach": the first article belongs elsewhere
            index += 1
        elif (
            word.isalpha() and word.islower() and not is_function_word(word)
            and word.endswith(("e", "en", "er", "em", "es"))
        ):  # fmt: skip
            index += 1  # "ersten", "offiziellen", "israelischen"
        else:
            break
    return index


def owner_after(tokens: Sequence[Token], index: int, stop: int) -> tuple[int, int] | None:
    """ "der Polizei", "des Ministeriums", "von Amnesty International" after a source noun."""
    if index >= stop:
        return None
    start = index + 1 if tokens[index].text in OWNER_PREPOSITIONS else index
    if start == index and tokens[index].text not in GENITIVE_ARTICLES:
        return None
    phrase, _ = noun_phrase(tokens, start, stop)
    if phrase:
        return start, start + len(phrase)
    noun = modifiers_end(tokens, start, stop)  # "der israelischen Armee"
    phrase, _ = noun_phrase(tokens, noun, stop)
    return (start, noun + len(phrase)) if phrase else None


def source_noun_phrase(
    tokens: Sequence[Token], at: int, noun: int, stop: int, cue: str
) -> SourcePhrase:
    owner = owner_after(tokens, noun + 1, stop)
    end = owner[1] if owner else noun + 1
    own = any(tokens[i].text.lower() in SELF for i in range(at + 1, noun))
    return SourcePhrase(at, end, (at + 1, end), owner, own, cue, tokens[at].text.lower())


def prepositional(tokens: Sequence[Token], at: int) -> SourcePhrase | None:
    """ "nach Angaben der Polizei", "nach eigenen Angaben", "laut einem Bericht der
    Zeitung", "laut Polizei", "laut örtlichen Medien"."""
    word, stop = tokens[at].text.lower(), len(tokens)
    noun = modifiers_end(tokens, at + 1, stop)
    if noun >= stop:
        return None
    if word == "nach":
        if at > 0 and tokens[at - 1].text.lower() in TIME_BEFORE:
            return None
        if not is_source_noun(tokens[noun].text) or tokens[noun].text.lower() in EVENTS:
            return None
        if any(tokens[i].text.lower() in {"anderen", "anderer"} for i in range(at + 1, noun)):
            return None  # "nach anderen Angaben": a second figure, not an attribution
        # "Nach Angaben" is the cue as a whole, as written
        angaben = noun == at + 1 and tokens[noun].text == "Angaben"
        cue = f"{tokens[at].text} Angaben" if angaben else tokens[at].text
        return source_noun_phrase(tokens, at, noun, stop, cue)
    if is_source_noun(tokens[noun].text):
        return source_noun_phrase(tokens, at, noun, stop, tokens[at].text)
    phrase, head = noun_phrase(tokens, at + 1, stop)
    if not phrase:
        phrase, head = noun_phrase(tokens, noun, stop)
        phrase = [*tokens[at + 1 : noun], *phrase] if phrase else []
    if not phrase or not any(is_capitalised(t.text) for t in head):
        return None
    end = at + 1 + len(phrase)
    return SourcePhrase(at, end, (at + 1, end), None, False, tokens[at].text, "laut")


def postpositional(tokens: Sequence[Token], at: int) -> SourcePhrase | None:
    """ "Einer Studie der Universität zufolge", "Dem Vernehmen nach", "Berichten zufolge":
    the longest phrase right before the postposition that names a source."""
    word = tokens[at].text
    best: SourcePhrase | None = None
    for begin in range(at - 1, max(-1, at - 10), -1):
        if tokens[begin].text in {",", ";", ":", "(", ")"}:
            break
        noun = modifiers_end(tokens, begin, at)
        if noun >= at:
            continue
        if is_source_noun(tokens[noun].text):
            owner = owner_after(tokens, noun + 1, at)
            end = owner[1] if owner else noun + 1
        elif word == "zufolge":
            phrase, _ = noun_phrase(tokens, begin, at)
            owner, end = None, begin + len(phrase)
        else:
            continue
        if end == at:
            own = any(tokens[i].text.lower() in SELF for i in range(begin, noun))
            best = SourcePhrase(begin, at + 1, (begin, at), owner, own, word, "zufolge")
    return best


# The words find_source starts from, lower case: a sentence without one holds no source.
SOURCE_WORDS = ("laut", "nach", "zufolge")


def find_source(tokens: Sequence[Token]) -> SourcePhrase | None:
    for at, token in enumerate(tokens):
        lower = token.text.lower()
        if token.text == "Laut" and at > 0:
            continue  # "Laut" inside a sentence is the noun "sound"
        found = None
        if lower in {"laut", "nach"} and at + 1 < len(tokens):
            found = prepositional(tokens, at)
        if found is None and lower in {"zufolge", "nach"} and at > 0:
            found = postpositional(tokens, at)
        if found is not None:
            return found
    return None


def owner_pronoun(tokens: Sequence[Token], source: SourcePhrase) -> str | None:
    """ "nach seinen Angaben" -> "m", "ihrer Ansicht nach" -> "f"."""
    for token in tokens[source.mention[0] : source.mention[1]]:
        lower = token.text.lower()
        if lower.startswith("sein"):
            return "m"
        if lower.startswith("ihr"):
            return "f"
    return None


def source_speaker(
    context: Context, tokens: Sequence[Token], source: SourcePhrase
) -> Speaker | None:
    resolver = context.resolver
    a, b = source.mention
    mention = context.body[tokens[a].start : tokens[b - 1].end]
    cue = Cue(tokens[source.begin], ())
    gender = owner_pronoun(tokens, source)
    entity = resolver.antecedent(gender, tokens[a].start, context.quoted) if gender else None
    if entity is not None:
        return Speaker(entity.name, mention, entity.key)
    if source.owner:
        start, stop = source.owner
        mention = context.body[tokens[start].start : tokens[stop - 1].end]
    elif source.own:  # the subject: "Nach eigenen Angaben hat die Firma …", "Die Firma hat
        # nach eigenen Angaben …"
        start = source.end + 1 if source.begin == 0 else 0
        stop = len(tokens) if source.begin == 0 else source.begin
        if start >= stop:
            return None
    else:
        start, stop = a, b
    phrase, head = noun_phrase(tokens, start, stop)
    if not phrase:
        if source.own:
            return None
        phrase = head = list(tokens[start:stop])
    speaker = resolver.resolve(phrase, head, cue, context.quoted)
    if speaker is None:
        return None
    name = speaker.name
    if source.owner and speaker.entity is None and name.startswith("der "):
        name = "die " + name[4:]  # the genitive "Angaben der Polizei" names "die Polizei"
    return Speaker(name, mention, speaker.entity, speaker.candidate)


def names_a_source(context: Context, tokens: Sequence[Token], source: SourcePhrase) -> bool:
    """ "laut" inside a sentence attributes when an article or adjective, a source noun, a
    role, a name or an acronym follows: "riefen laut Parolen" is the adverb "loudly"."""
    a, b = source.mention
    if modifiers_end(tokens, a, b) > a or b - a > 1:
        return True
    word = tokens[a].text
    return (
        is_source_noun(word) or role_of(word) is not None
        or word not in german_nouns().common_forms
        or context.resolver.mention_entity(tokens[a:b]) is not None
    )  # fmt: skip


def clause_around(tokens: Sequence[Token], source: SourcePhrase) -> list[Token]:
    """The whole sentence, or the relative clause that holds the source phrase: in "die
    Tasche, die nach seinen Angaben eine Bombe enthielt, wurde …" only the clause."""
    begin = source.begin
    while begin > 0 and tokens[begin - 1].text != ",":
        begin -= 1
    if begin == 0 or tokens[begin].text.lower() not in RELATIVE_PRONOUNS | {"denen", "wo"}:
        return list(tokens)
    end = source.end
    while end < len(tokens) and tokens[end].text != ",":
        end += 1
    return list(tokens[begin:end])


def attributed_by_source(
    context: Context, sentence: Sentence, kinds: frozenset[str], first: bool
) -> Finding | None:
    lowered = sentence.text.lower()
    if not any(word in lowered for word in SOURCE_WORDS):
        return None  # find_source would find none: four rules ask, most sentences have none
    key = ("source", sentence.start)  # one sentence starts at each place
    if key not in context.memo:  # four rules ask for the same sentence's source
        tokens = without_final_punctuation(sentence.tokens)
        context.memo[key] = (tokens, find_source(tokens) if len(tokens) >= 4 else None)
    tokens, source = context.memo[key]
    if len(tokens) < 4:
        return None
    if source is None or source.kind not in kinds or (source.begin == 0) != first:
        return None
    if not first and source.kind == "laut" and not names_a_source(context, tokens, source):
        return None
    speaker = source_speaker(context, tokens, source)
    if speaker is None:
        return None
    if first:
        content = list(tokens[source.end :])
        if content and content[0].text == ",":
            content = content[1:]
    else:
        content = clause_around(tokens, source)
    if len(content) < 2:
        return None
    return Finding(
        reported(context.body, content, speaker, source.cue, sentence.paragraph), speaker
    )


ALL_KINDS = frozenset({"laut", "nach", "zufolge"})


def laut_first(context: Context, sentence: Sentence) -> Finding | None:
    """ "Laut dem Veranstalter kamen 5000 Besucher." -> "kamen 5000 Besucher"."""
    return attributed_by_source(context, sentence, frozenset({"laut"}), first=True)


def nach_first(context: Context, sentence: Sentence) -> Finding | None:
    """ "Nach Angaben der Polizei wurde niemand verletzt." -> "wurde niemand verletzt"."""
    return attributed_by_source(context, sentence, frozenset({"nach"}), first=True)


def zufolge_first(context: Context, sentence: Sentence) -> Finding | None:
    """ "Einer Umfrage des Instituts zufolge pendelt jeder Dritte." -> "pendelt jeder
    Dritte"."""
    return attributed_by_source(context, sentence, frozenset({"zufolge"}), first=True)


def source_inside(context: Context, sentence: Sentence) -> Finding | None:
    """ "Die Kosten steigen laut Kämmerin Lis auf drei Millionen Euro." -> the sentence."""
    return attributed_by_source(context, sentence, ALL_KINDS, first=False)
