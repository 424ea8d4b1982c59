"""A corpus of N invented German local-news articles, the same for the same N and seed.

    python bench/generate.py N OUT.jsonl           # JSON Lines, one article a line
    python bench/generate.py N OUT_FOLDER --txt    # one NAME.txt (+ NAME.meta.json) each

Each article (~3 KB) reports on a council decision in an invented town: several
paragraphs with direct quotes in „…“, reported speech with sagte/erklärte/betonte and the
Konjunktiv, people with first names and roles, organisations, places and dates ("am 12.
März"). Names are put together from short lists of common German first names, surnames
and invented town-name parts written for this file. Article I depends on the seed and I
only (not on N, not on the clock), so the first 1,000 of 10,000 are the 1,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

FIRST_F = ["Anna", "Birgit", "Carla", "Dana", "Elke", "Frieda", "Greta", "Hanna", "Ines"]
FIRST_F += ["Jana", "Katrin", "Lena", "Maren", "Nina", "Petra", "Ruth", "Sabine", "Tanja", "Vera"]
FIRST_M = ["Arne", "Bernd", "Claus", "Dirk", "Emil", "Felix", "Gerd", "Hauke", "Ingo", "Jonas"]
FIRST_M += ["Karl", "Lars", "Malte", "Nils", "Ole", "Paul", "Rainer", "Sven", "Timo", "Uwe"]
SURNAMES = ["Albers", "Brandt", "Dreyer", "Eggers", "Fehling", "Grote", "Hansen", "Iwersen"]
SURNAMES += ["Jessen", "Kröger", "Lüders", "Möller", "Nissen", "Olbrich", "Petersen", "Quast"]
SURNAMES += ["Rohde", "Steffens", "Thies", "Voss", "Wendt", "Ziegler"]
TOWN_HEADS = ["Alt", "Neu", "Ober", "Nieder", "Groß", "Klein", "Hohen", "Bad"]
TOWN_STEMS = ["Lessen", "Hollen", "Marwe", "Tessen", "Brünne", "Karse", "Wendel", "Rothen"]
TOWN_STEMS += ["Sellin", "Haßel", "Quern", "Dorne"]
TOWN_TAILS = ["dorf", "bach", "hausen", "feld", "stedt", "heim", "au", "rode"]
ROLES_F = ["Bürgermeisterin", "Landrätin", "Stadträtin", "Sprecherin der Stadtwerke", "Kämmerin"]
ROLES_M = ["Bürgermeister", "Landrat", "Stadtrat", "Sprecher der Stadtwerke", "Kämmerer"]
PARTIES = ["SPD", "CDU", "Grüne", "FDP", "Freie Wähler", "Linke"]
MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]
MONTH_NAMES += ["September", "Oktober", "November", "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
# (the thing, its article in the nominative, what is done to it)
TOPICS = [
    ("Hallenbad", "das", "saniert"),
    ("Radweg an der Kreisstraße", "der", "gebaut"),
    ("Grundschule am Markt", "die", "erweitert"),
    ("Feuerwehrhaus", "das", "neu gebaut"),
    ("Busverbindung in die Kreisstadt", "die", "ausgebaut"),
    ("Windpark am Mühlenberg", "der", "geplant"),
    ("Kindergarten Sonnenblume", "der", "vergrößert"),
    ("Deich an der Aue", "der", "erhöht"),
]
ORGS = [
    "die Stadtwerke {town} GmbH",
    "der Heimatverein {town}",
    "die {surname} Bau GmbH",
    "der Landkreis {town}",
    "die Sparkasse {town}",
    "der Sportverein TSV {town}",
]
DIRECT = [
    "„Wir haben lange gestritten, aber jetzt liegt ein Plan auf dem Tisch“, sagte {person}.",
    "„{Article} {thing} ist für viele Familien in {town} wichtig“, betonte {person}.",
    "{person} sagte: „Ohne Hilfe vom Land wird es nicht gehen.“",
    "„Die Kosten sind hoch, und niemand weiß, ob sie reichen“, erklärte {person} am {weekday}.",
    "„Ich bin froh, dass wir endlich entscheiden“, sagte {person} nach der Sitzung.",
    "„Wir werden die Bürger früh beteiligen“, kündigte {person} an.",
    "„Das ist kein guter Tag für {town}“, sagte {person}. „Wir hätten mehr erwartet.“",
    "„Die Zahlen liegen seit dem {date} vor“, sagte {person}, „und sie sind eindeutig.“",
    "{person} meinte: „Wer jetzt spart, zahlt später doppelt.“",
    "„Wir bleiben im Gespräch mit dem Kreis“, versicherte {person}.",
]
REPORTED = [
    "{person} erklärte, die Verwaltung habe alle Angebote sorgfältig geprüft.",
    "{person} betonte, man werde den Zeitplan einhalten, sofern das Wetter mitspiele.",
    "{person} sagte, die Stadt könne den Anteil nur mit einem Kredit aufbringen.",
    "Nach Angaben von {person} ist der Zuschuss des Landes bereits zugesagt.",
    "{person} zufolge müsse der Rat bis Ende {month} über die Ausschreibung entscheiden.",
    "{person} kritisierte, die Pläne seien zu spät vorgelegt worden.",
    "{person} sagte, {org} habe seine Zusage schriftlich gegeben.",
    "{person} erklärte am {weekday}, eine Bürgerbefragung sei nicht vorgesehen.",
    "{person} betonte, niemand müsse wegen der Bauarbeiten auf den Bus verzichten.",
    "Wie {person} mitteilte, wird der Auftrag im {month} vergeben.",
]
NARRATIVE = [
    "Die Kosten schätzt die Verwaltung auf rund {millions} Millionen Euro; {org} will sich mit {thousands}.000 Euro beteiligen.",  # noqa: E501
    "Die Arbeiten sollen am {date} beginnen und bis zum Herbst {year} abgeschlossen sein.",
    "Bei einer Versammlung im Gemeindehaus kamen am {weekday} mehr als {count} Menschen zusammen.",
    "Schon im {month} hatte {org} ein Gutachten vorgelegt, das Mängel an mehreren Stellen beschreibt.",  # noqa: E501
    "Auch aus dem Nachbarort {town2} kamen Fragen, vor allem zum Verkehr während der Bauzeit.",
    "Die Fraktion der {party} stimmte dagegen, die übrigen Fraktionen dafür.",
    "Einen genauen Termin für die nächste Sitzung gibt es noch nicht.",
    "Der Bauausschuss hatte sich bereits am {date} mit dem Vorhaben befasst.",
    "Anwohner der Lindenstraße in {town} sammelten {count} Unterschriften gegen die Pläne.",
    "Das Land fördert Vorhaben dieser Art seit {year2} mit bis zu sechzig Prozent der Kosten.",
    "Ein erster Entwurf war im {month} an fehlenden Mitteln gescheitert.",
    "Im Haushalt für {year} sind dafür bislang nur {thousands}.000 Euro vorgesehen.",
]
OPENING = "Der Rat von {town} hat am {date} mit großer Mehrheit beschlossen, dass {article} {thing} {done} wird."  # noqa: E501


def town(rng: random.Random) -> str:
    head = rng.choice(TOWN_HEADS)
    name = rng.choice(TOWN_STEMS) + rng.choice(TOWN_TAILS)
    if head == "Bad":
        return f"Bad {name}"
    return head + name.lower() if rng.random() < 0.3 else name


def people(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """Three or four (role, first name, surname, party), all different surnames."""
    surnames = rng.sample(SURNAMES, 4)
    cast = []
    for surname in surnames[: rng.randint(3, 4)]:
        female = rng.random() < 0.5
        role = rng.choice(ROLES_F if female else ROLES_M)
        first = rng.choice(FIRST_F if female else FIRST_M)
        cast.append((role, first, surname, rng.choice(PARTIES)))
    return cast


def article(index: int, seed: int = 14) -> dict[str, str]:
    """Article INDEX: {"id", "title", "reference_date", "text"}."""
    rng = random.Random(f"{seed}:{index}")
    place, other = town(rng), town(rng)
    thing, article_word, done = rng.choice(TOPICS)
    cast = people(rng)
    year = rng.choice([2023, 2024, 2025])
    reference = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    named: set[str] = set()

    def person() -> str:
        role, first, surname, party = rng.choice(cast)
        if surname in named and rng.random() < 0.7:
            return surname  # later mentions by surname, as news do
        named.add(surname)
        if rng.random() < 0.3:
            return f"{first} {surname} ({party})"
        return f"{role} {first} {surname}"

    def fill(template: str) -> str:
        values = {
            "town": place,
            "town2": other,
            "thing": thing,
            "article": article_word,
            "Article": article_word.capitalize(),
            "done": done,
            "date": f"{rng.randint(1, 28)}. {rng.choice(MONTH_NAMES)}",
            "weekday": rng.choice(WEEKDAYS),
            "month": rng.choice(MONTH_NAMES),
            "year": str(year + 1),
            "year2": str(year - rng.randint(2, 9)),
            "millions": f"{rng.randint(1, 9)},{rng.randint(1, 9)}",
            "thousands": str(rng.randint(20, 900)),
            "count": str(rng.randint(40, 300)),
            "party": rng.choice(PARTIES),
            "org": rng.choice(ORGS).format(town=place, surname=rng.choice(SURNAMES)),
            "surname": rng.choice(SURNAMES),
        }
        if "{person}" in template:
            values["person"] = person()
        text = template.format(**values)
        return text[0].upper() + text[1:]

    decks: dict[int, list[str]] = {}

    def draw(kind: list[str]) -> str:
        """Templates of KIND without repeats until all were used, as a writer varies."""
        deck = decks.setdefault(id(kind), [])
        if not deck:
            deck.extend(rng.sample(kind, len(kind)))
        return deck.pop()

    paragraphs = [fill(OPENING) + " " + fill(draw(DIRECT))]
    size, target = len(paragraphs[0]), rng.randint(2700, 3300)
    while size < target:
        kinds = [NARRATIVE, DIRECT, REPORTED, REPORTED, NARRATIVE]
        sentences = [fill(draw(rng.choice(kinds))) for _ in range(rng.randint(2, 4))]
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    return {
        "id": f"artikel-{index:07d}",
        "title": f"{place}: {article_word.capitalize()} {thing} wird {done}",
        "reference_date": reference.isoformat(),
        "text": "\n\n".join(paragraphs),
    }


def articles(count: int, seed: int = 14) -> Iterator[dict[str, str]]:
    for index in range(1, count + 1):
        yield article(index, seed)


def write_jsonl(path: Path, count: int, seed: int = 14) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for item in articles(count, seed):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def write_txt(folder: Path, count: int, seed: int = 14) -> None:
    """NAME.txt with one paragraph a line, and NAME.meta.json with the reference date."""
    folder.mkdir(parents=True, exist_ok=True)
    for item in articles(count, seed):
        text = item["text"].replace("\n\n", "\n") + "\n"
        (folder / f"{item['id']}.txt").write_text(text, encoding="utf-8", newline="\n")
        meta = {
            "reference_date": {
                "value": item["reference_date"],
                "justification": "Invented by bench/generate.py.",
            }
        }
        (folder / f"{item['id']}.meta.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="a .jsonl file, or a folder with --txt")
    parser.add_argument("--txt", action="store_true", help="a folder of NAME.txt files")
    parser.add_argument("--seed", type=int, default=14, help="another corpus of the same size")
    arguments = parser.parse_args()
    if arguments.txt:
        write_txt(arguments.out, arguments.count, arguments.seed)
    else:
        write_jsonl(arguments.out, arguments.count, arguments.seed)


if __name__ == "__main__":
    main()
