"""Frames of reported speech that sit around the clause rather than before it with a comma:

"Wie X mitteilte, …", "S. Dies bestätigte X.", "Demnach …" after a source, "…, wonach …",
"In X heißt es, …" / "…, hieß es aus X", and a frame inside the clause ("A, so X, B",
"Die Lage, sagte er, sei ernst"), which gives ONE quote over the whole sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from build_dataset.lexicons import load
from build_dataset.quotes.cues import Cue, clause_end, cue_at
from build_dataset.quotes.indirect import names_only
from build_dataset.quotes.moods import is_reported_mood
from build_dataset.quotes.phrases import noun_phrase
from build_dataset.quotes.reported import content_span, without_final_punctuation
from build_dataset.quotes.rules import RECENT, Context, Finding, reported
from build_dataset.quotes.sources import is_source_noun, modifiers_end
from build_dataset.quotes.speakers import Speaker
from build_dataset.records import Sentence, Token

BACK_REFERENCES = frozenset({"Dies", "Das", "Dieses"})
POINTERS = frozenset({"Demnach"})  # "Danach" is mostly "afterwards"
SAYS = frozenset({"heißt", "hieß"})
SOURCE_PREPOSITIONS = frozenset({"in", "im", "aus", "von", "vom", "bei", "beim"})
NOT_AFTER_SAYS = frozenset({":", "„", "“", '"'})


@cache
def verb_final_forms() -> frozenset[str]:
    """Forms of a verb of saying at the end of a subordinate clause, particle joined:
    "sagte", "mitteilte", "bekanntgab", "berichtet" (of "berichtet wurde")."""
    forms: set[str] = set()
    for line in load("speech_verbs.txt"):
        words, _, particle = line.partition(":")[2].partition("|")
        last = particle.split()[-1] if particle.split() else ""
        forms.update(last + form for form in words.split())
    return frozenset(forms)


def previous_sentence(context: Context, sentence: Sentence) -> Sentence | None:
    index = context.document.sentence_index(sentence)
    return context.document.sentences[index - 1] if index > 0 else None


def speaker_of(context: Context, tokens: Sequence[Token], start: int, stop: int) -> Speaker | None:
    phrase, head = noun_phrase(tokens, start, stop)
    if not phrase:
        return None
    return context.resolver.resolve(phrase, head, Cue(tokens[start], ()), context.quoted)


def wie_first(context: Context, sentence: Sentence) -> Finding | None:
    """ "Wie die Stadt mitteilte, bleibt das Bad zu." -> "bleibt das Bad zu"."""
    tokens = without_final_punctuation(sentence.tokens)
    if len(tokens) < 5 or tokens[0].text != "Wie":
        return None
    comma = clause_end(tokens, 0)
    if comma >= len(tokens) - 2 or tokens[comma].text != ",":
        return None
    verbs = [i for i in range(2, comma) if tokens[i].text in verb_final_forms()]
    if not verbs or comma - verbs[-1] > 3:  # the verb closes the clause, an auxiliary may follow
        return None
    start = 2 if tokens[1].text in {"aus", "von"} else 1  # "Wie aus Kreisen der Firma verlautete"
    speaker = speaker_of(context, tokens, start, verbs[0])
    if speaker is None:
        return None
    cue = " ".join(t.text for t in tokens[verbs[0] : comma])  # "mitteilte", "berichtet hatte"
    content = tokens[comma + 1 :]
    return Finding(reported(context.body, content, speaker, cue, sentence.paragraph), speaker)


def back_reference(context: Context, sentence: Sentence) -> Finding | None:
    """ "Die Schule bleibt zu. Dies bestätigte der Direktor." -> the sentence before (and
    one more of its paragraph, when nothing in them was quoted) is what he said."""
    tokens = sentence.tokens
    if len(tokens) < 4 or tokens[0].text not in BACK_REFERENCES:
        return None
    previous = previous_sentence(context, sentence)
    if previous is None or previous.paragraph != sentence.paragraph:
        return None
    end = clause_end(tokens, 1)
    cue = cue_at(tokens, 1, end)
    if cue is None:
        return None
    phrase, head = noun_phrase(tokens, 2, end - len(cue.particle))
    last_quote = max((b for _, b in context.quoted), default=-1)
    if not phrase or last_quote > previous.start:
        return None
    speaker = context.resolver.resolve(phrase, head, cue, context.quoted)
    if speaker is None:
        return None
    first = previous.tokens[0]
    earlier = previous_sentence(context, previous)
    if (
        earlier and earlier.paragraph == sentence.paragraph and last_quote <= earlier.start
        and not earlier.text.rstrip().endswith((":", "?"))
    ):  # fmt: skip
        first = earlier.tokens[0]
    span = [first, previous.tokens[-1]]
    return Finding(reported(context.body, span, speaker, cue.text, previous.paragraph), speaker)


def pointer(context: Context, sentence: Sentence) -> Finding | None:
    """ "Das Amt legte einen Bericht vor. Demnach stiegen die Kosten." -> "stiegen die
    Kosten", said by the source of the sentence before: its quote's speaker, or its
    subject when it names a source or a verb of saying; the mention is the adverb."""
    tokens = without_final_punctuation(sentence.tokens)
    previous = previous_sentence(context, sentence)
    if previous is None or len(tokens) < 4 or tokens[0].text not in POINTERS:
        return None
    if tokens[1].text == ",":
        return None
    mention = tokens[0].text
    recent = context.found[-RECENT:]
    earlier = [q for q in recent if q.end > previous.start and q.start < previous.end]
    if earlier:
        last = earlier[-1]
        speaker = Speaker(last.speaker, mention, last.speaker_entity)
    else:
        words = previous.tokens
        if not any(is_source_noun(t.text) or t.text in verb_final_forms() for t in words):
            return None  # no source named before
        found = speaker_of(context, words, 0, len(words))
        if found is None or found.mention.lower() in {"er", "sie"}:
            return None
        speaker = Speaker(found.name, mention, found.entity, found.candidate)
    content = tokens[1:]
    return Finding(reported(context.body, content, speaker, mention, sentence.paragraph), speaker)


def wonach(context: Context, sentence: Sentence) -> Finding | None:
    """ "Der Sender verbreitete eine Meldung, wonach der Minister zurücktritt." -> "der
    Minister zurücktritt", speaker "eine Meldung"."""
    tokens = without_final_punctuation(sentence.tokens)
    words = [t.text for t in tokens]
    if "wonach" not in words[2:]:
        return None
    at = words.index("wonach", 2)
    if words[at - 1] != ",":
        return None
    stop = at + 1
    while stop < len(tokens) and words[stop] != ",":
        stop += 1
    content = tokens[at + 1 : stop] if stop - at > 3 else tokens[at + 1 :]
    best: tuple[list[Token], list[Token]] = ([], [])
    for begin in range(at - 2, max(-1, at - 9), -1):  # the longest phrase before the comma
        phrase, head = noun_phrase(tokens, begin, at - 1)
        if phrase and begin + len(phrase) == at - 1:
            best = (phrase, head)
        elif best[0]:
            break
    if not best[0]:
        return None
    speaker = context.resolver.resolve(*best, Cue(tokens[at], ()), context.quoted)
    if speaker is None:
        return None
    return Finding(reported(context.body, content, speaker, "wonach", sentence.paragraph), speaker)


def heisst_es(context: Context, sentence: Sentence) -> Finding | None:
    """ "In der Erklärung heißt es, die Lage sei ernst." / "Die Lage sei ernst, hieß es aus
    dem Ministerium." -> speaker the named source; with none named, no quote."""
    tokens = without_final_punctuation(sentence.tokens)
    words = [t.text for t in tokens]
    spots = [i for i in range(len(words) - 1) if words[i] in SAYS and words[i + 1] == "es"]
    if not spots:
        return None
    at, first = spots[0], clause_end(tokens, 0)
    if at < first:  # the frame first: "In X heißt es, …"
        if first >= len(tokens) - 2 or words[first] != ",":
            return None
        frame, content = range(0, first), list(tokens[first + 1 :])
    else:  # the frame last: "…, hieß es aus X"
        if words[at - 1] != "," or any(w in NOT_AFTER_SAYS for w in words[at:]):
            return None
        frame, content = range(at, len(tokens)), list(tokens[: at - 1])
        if not content_span(content, context.marks, attributed=True)[1]:
            return None
    for index in frame:
        if words[index].lower() not in SOURCE_PREPOSITIONS or index + 1 >= frame.stop:
            continue
        start = index + 1
        speaker = speaker_of(context, tokens, start, frame.stop) or speaker_of(
            context, tokens, modifiers_end(tokens, start, frame.stop), frame.stop
        )
        if speaker is not None:
            cue = f"{words[at]} es"
            return Finding(
                reported(context.body, content, speaker, cue, sentence.paragraph), speaker
            )
    return None


def interrupted(context: Context, sentence: Sentence) -> Finding | None:
    """ "Die Brücke werde, so die Behörde, im Mai fertig." / "Die Lage, sagte er, sei
    ernst." -> ONE quote over the whole sentence, frame included. After a verb the rest
    must be in the Konjunktiv: in "A, kritisierte den Plan, B" the verb has its object."""
    tokens = without_final_punctuation(sentence.tokens)
    for comma in range(1, len(tokens) - 4):
        if tokens[comma].text != ",":
            continue
        verb = comma + 1
        end = clause_end(tokens, verb)
        if end >= len(tokens) - 1 or tokens[end].text != ",":
            continue
        so = tokens[verb].text == "so"
        cue = Cue(tokens[verb], ()) if so else cue_at(tokens, verb, end)
        if cue is None:
            continue
        phrase, head = noun_phrase(tokens, verb + 1, end - len(cue.particle))
        if not phrase or verb + 1 + len(phrase) != end - len(cue.particle):
            continue
        if any(t.text == "," for t in tokens[:comma]) and names_only(tokens[:comma]):
            continue  # "X, Apposition, kritisierte den Plan, …": the subject, no clause
        rest = [*tokens[:comma], *tokens[end + 1 :]]
        if so and not content_span(rest, context.marks, attributed=True)[1]:
            return None
        if not so and not is_reported_mood(rest, second=False):
            return None
        speaker = context.resolver.resolve(phrase, head, cue, context.quoted)
        if speaker is None:
            return None
        found = reported(context.body, tokens, speaker, cue.text, sentence.paragraph)
        return Finding(found, speaker)
    return None
