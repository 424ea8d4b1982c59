"""More frames of a quotation in marks, beyond a verb of saying next to it with a comma
or a colon (direct.py): their rows, with examples, are in attribution.py.

- bare-cue-after: „Wir sind zufrieden.“ sagte die Trainerin — the cue right after the
  closing mark, the comma left out or written inside the marks;
- judged-after: „…“, zeigte sich die Trainerin zufrieden / kommentierte der Verband;
- quoted-passive: „…“, wird der Minister in der Zeitung zitiert;
- heisst-es: „…“, heißt es in der Erklärung / In dem Bericht heißt es: „…“ — the
  document speaks;
- colon-subject, name-colon: a colon after a clause without a verb of saying ("Die Trainerin zeigte
  sich zufrieden: „…“", "Sein Fazit: „…“", "Ministerin Lea Brandt: „…“") — the subject
  of that clause, if it can speak.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from build_dataset.quotes.cues import Cue, clause_end, cue_at
from build_dataset.quotes.direct import colon_before
from build_dataset.quotes.labels import is_short
from build_dataset.quotes.phrases import noun_phrase
from build_dataset.quotes.rules import Attribution, Context
from build_dataset.quotes.subjects import PREPOSITIONS, clause_subject, is_statement_verb, speaks
from build_dataset.records import Token
from build_dataset.wordclasses import CLAUSE_ADVERBS, OBJECT_ARTICLES, QUOTE_MARKS

PASSIVE = frozenset({"wird", "wurde", "werden", "wurden"})
HEISST = frozenset({"heißt", "hieß"})
REFLEXIVE = frozenset({"sich"})


def phrase_after(
    context: Context, tokens: Sequence[Token], index: int, end: int, cue: Cue, object: bool = False
) -> Attribution | None:
    """The noun phrase after the verb at INDEX-1, past "sich" and clause adverbs; the
    subject, or with OBJECT the accusative object ("zitierte den Minister")."""
    while index < end and (
        tokens[index].text in REFLEXIVE or tokens[index].text.lower() in CLAUSE_ADVERBS
    ):
        index += 1
    phrase, head = noun_phrase(tokens, index, end)
    if not phrase or (phrase[0].text.lower() in OBJECT_ARTICLES and not object):
        return None
    speaker = context.resolver.resolve(phrase, head, cue, context.quoted)
    return (speaker, cue.text) if speaker and speaks(speaker, head) else None


def bare_cue_after(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """„…“ sagte X — a verb of saying right after the closing mark."""
    if not after:
        return None
    end = clause_end(after, 0)
    cue = cue_at(after, 0, end)
    return phrase_after(context, after, 1, end - len(cue.particle), cue) if cue else None


def judged_after(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """„…“, zeigte sich X zufrieden / „…“, kommentierte X / „…“, wollen die Fans: after
    the comma a verb that is none of saying, and its subject — any verb when the
    quotation is a whole sentence or a long stretch, a verb of judging otherwise."""
    if len(after) < 3 or after[0].text != "," or not after[1].text.isalpha():
        return None
    end = clause_end(after, 1)
    if not after[1].text.islower() or after[1].text in {"so", "wie"} or cue_at(after, 1, end):
        return None  # no verb, or said-after's and so-after's
    if not is_statement_verb(after[1]) and not is_sentence_before(context, after[0]):
        return None
    speaker = clause_subject(context.resolver, after, 2, end, context.quoted)
    return (speaker, after[1].text) if speaker else None


def is_sentence_before(context: Context, token: Token) -> bool:
    """Whether the quotation that closes right before TOKEN is a sentence, not a phrase."""
    index = bisect_right(context.marks.starts, token.start) - 1
    if index < 0:
        return False
    mark = context.marks.marks[index]
    return mark.end <= token.start and not is_short(mark) and len(mark.text.split()) >= 4


def quoted_passive(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """„…“, wird der Minister zitiert / „…“, wurde sie in der Zeitung zitiert."""
    at = 1 if after and after[0].text == "," else 0
    if len(after) < at + 3 or after[at].text not in PASSIVE:
        return None
    end = clause_end(after, at)
    if not any(t.text == "zitiert" for t in after[at + 1 : end]):
        return None
    return phrase_after(context, after, at + 1, end, Cue(after[at], ()))


QUOTING = frozenset({"zitiert", "zitierte", "zitierten"})


def quoted_colon(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """ "Der Sender zitierte den Minister mit den Worten: „…“" and "Der Minister wird
    in der Zeitung so zitiert: „…“": the one quoted speaks, not the one quoting."""
    start = colon_clause(before)
    end = len(before) - 1
    verbs = [i for i in range(max(start, 0), end) if before[i].text in QUOTING]
    if start < 0 or not verbs:
        return None
    passive = [i for i in range(start, verbs[0]) if before[i].text in PASSIVE]
    at = passive[0] + 1 if passive else verbs[0] + 1
    if not passive and not any(t.text in {"Worten", "folgt"} for t in before[at:end]):
        return None  # "Die Zeitung zitiert: „…“" names no one quoted
    cue = Cue(before[verbs[0]], ())
    found = phrase_after(context, before, at, end, cue, object=not passive)
    if found is None and passive:  # "Die Ministerin wird von der Zeitung so zitiert:"
        speaker = clause_subject(context.resolver, before, start, passive[0], context.quoted)
        found = (speaker, cue.text) if speaker else None
    return found


def document_after(
    context: Context, tokens: Sequence[Token], index: int, end: int
) -> Attribution | None:
    """The document named after "heißt es" at INDEX: "in der Erklärung des Vereins"."""
    while index < end and tokens[index].text.lower() not in PREPOSITIONS:
        index += 1
    phrase, head = noun_phrase(tokens, index + 1, end)
    if not phrase:
        return None
    speaker = context.resolver.resolve(phrase, head, Cue(tokens[index], ()), context.quoted)
    return (speaker, "heißt es") if speaker else None


def heisst_es_after(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """„…“, heißt es in der Erklärung."""
    at = 1 if after and after[0].text == "," else 0
    if len(after) >= at + 3 and after[at].text in HEISST and after[at + 1].text == "es":
        return document_after(context, after, at + 2, clause_end(after, at))
    return None


def heisst_es_colon(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """In der Erklärung heißt es: „…“."""
    if len(before) < 4 or before[-1].text != ":":
        return None
    words = [t.text for t in before]
    if words[0].lower() not in PREPOSITIONS:
        return None
    for index in range(2, len(words) - 2):
        if words[index] in HEISST and words[index + 1] == "es":
            phrase, head = noun_phrase(before, 1, index)
            if not phrase:
                return None
            cue = Cue(before[index], ())
            speaker = context.resolver.resolve(phrase, head, cue, context.quoted)
            return (speaker, "heißt es") if speaker else None
    return None


def colon_clause(before: Sequence[Token]) -> int:
    """Where the clause before a final colon starts, or -1 when BEFORE ends in none."""
    if len(before) < 2 or before[-1].text != ":":
        return -1
    for index in range(len(before) - 2, -1, -1):
        if before[index].text in {";", ":"} | QUOTE_MARKS:
            return index + 1
    return 0


def colon_subject(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """The subject of a clause before a colon that holds a verb, though none of saying:
    "Die Trainerin zeigte sich zufrieden: „…“"."""
    start = colon_clause(before)
    if start < 0 or not any(t.text[:1].islower() and t.text.isalpha() for t in before[start:]):
        return None
    if colon_before(context, before, after):
        return None  # a verb of saying that names its speaker: colon-before's
    speaker = clause_subject(context.resolver, before, start, len(before) - 1, context.quoted)
    return (speaker, "") if speaker else None


def name_colon(
    context: Context, before: Sequence[Token], after: Sequence[Token]
) -> Attribution | None:
    """A name and nothing else before a colon: "Ministerin Lea Brandt: „…“"."""
    start = colon_clause(before)
    if start < 0:
        return None
    phrase, head = noun_phrase(before, start, len(before) - 1)
    if not phrase or len(phrase) != len(before) - 1 - start:
        return None
    speaker = context.resolver.resolve(phrase, head, Cue(before[-1], ()), context.quoted)
    return (speaker, "") if speaker and speaks(speaker, head) else None
