"""Read one seed: decode and normalise the text, split body paragraphs from the layout lines.

The layout is the one of the seed family: an outlet tag "(CLO) " opening the first
paragraph, a caption line "… Foto: CREDIT", a byline "NAME (laut A, B, C)", an ad
placeholder "[Anzeige_2]", a source line "Quelle: URL" and a comment counter
"Kommentar (0)". Every one of them is optional: a file of plain paragraphs is a seed too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from pathlib import Path

from build_dataset.errors import InputError
from build_dataset.records import Article, Caption

SEED_SUFFIX = ".txt"
META_SUFFIX = ".meta.json"
META_KEYS = ("reference_date", "created")

# "(CLO) Der Kreml gab bekannt, …": an outlet's short tag before the first paragraph.
OUTLET_TAG = re.compile(r"^\((?P<tag>[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,9})\)\s+")
# "Kreml-Sprecher Dmitri Peskow. Foto: Presse- und Informationsbüro …"
CAPTION = re.compile(r"^(?P<text>.*?)\s*\b(?:Foto|Fotos|Bild|Bildquelle|Photo):\s*(?P<credit>.+)$")
# "Ngoc Anh (laut TASS, RIA, Reuters)", "Anna Berger (mit dpa)"
BYLINE = re.compile(
    r"^(?:Von\s+)?(?P<author>[^\s()\d][^()\d]{0,58}?)\s*"
    r"\((?:laut|nach|mit|via|Quelle:?)\s+(?P<agencies>[^()]+)\)$"
)
# "Von Anna Berger": a short byline line without agencies.
BYLINE_VON = re.compile(r"^Von\s+(?P<author>(?:[A-ZÄÖÜ][\w.'-]*\s?){1,4})$")
# "Paul Albers" alone on the last line: a byline without agencies.
NAME_LINE = re.compile(r"^(?P<author>[A-ZÄÖÜ][\w'-]+(?: [A-ZÄÖÜ][\w'-]+){1,3})$")
AD_PLACEHOLDER = re.compile(r"^\[(?:Anzeige|Werbung|Ad)[^\]]*\]$", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^Quelle:\s*(?P<url>https?://\S+)$")
COMMENT_COUNTER = re.compile(r"^Kommentare?\s*\(\d+\)")
AGENCY_SEPARATOR = re.compile(r"\s*(?:,|/|;|\bund\b)\s*")


def find_seed(path: Path) -> Path:
    """The one seed file at PATH (a file, or a folder holding exactly one seed)."""
    if not path.exists():
        raise InputError(str(path), "no such file or folder", "pass a seed file or a seed folder")
    if path.is_file():
        if not path.name.endswith(SEED_SUFFIX) or path.name.endswith(META_SUFFIX):
            raise InputError(str(path), "not a seed file", f"a seed is a UTF-8 *{SEED_SUFFIX} file")
        return path
    seeds: list[Path] = []
    strangers: list[Path] = []
    for child in sorted(path.iterdir()):
        if child.name.startswith((".", "__")):
            continue
        if child.is_file() and child.name.endswith(META_SUFFIX):
            continue
        (seeds if child.is_file() and child.suffix == SEED_SUFFIX else strangers).append(child)
    if strangers:
        raise InputError(
            str(strangers[0]),
            "not a seed",
            f"a seed folder holds one NAME{SEED_SUFFIX} and its NAME{META_SUFFIX}; move it out",
        )
    if len(seeds) != 1:
        found = "no seed" if not seeds else f"{len(seeds)} seeds"
        raise InputError(
            str(path), f"{found} in the folder", f"put exactly one *{SEED_SUFFIX} file there"
        )
    return seeds[0]


def decode_seed(raw: bytes, name: str) -> str:
    """UTF-8 text in NFC with LF line ends; refuse what is not text."""
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        raise InputError(
            name,
            f"NUL byte at byte {nul}: this is binary, not text",
            "give a UTF-8 text file",
            line,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(
            name, f"invalid UTF-8 at byte {error.start}", "save the file as UTF-8", line
        ) from error
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    control = re.search(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    if control:
        line = text[: control.start()].count("\n") + 1
        raise InputError(
            name,
            f"control character U+{ord(control.group()):04X}: this is binary, not text",
            "give a UTF-8 text file",
            line,
        )
    # Non-breaking and other exotic spaces become plain spaces so that offsets and
    # patterns see one kind of space; NFC makes "ü" one code point whatever the editor wrote.
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(name, "the file is empty", "write the article's paragraphs into it")
    return text


def split_lines(text: str) -> list[str]:
    """Paragraph lines: one a line, or blank-line separated blocks whose lines are joined."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    hard_wrapped = len(blocks) > 1 and any(len(block) > 1 for block in blocks)
    if hard_wrapped:
        return [" ".join(block) for block in blocks]
    return [line for block in blocks for line in block]


def parse_layout(lines: list[str]) -> dict[str, object]:
    paragraphs: list[str] = []
    captions: list[Caption] = []
    fields: dict[str, object] = {"author": None, "agencies": (), "outlet_tag": None}
    fields["source_url"] = None
    for index, line in enumerate(lines):
        if index == 0 and (tag := OUTLET_TAG.match(line)):
            fields["outlet_tag"] = tag.group("tag")
            line = line[tag.end() :]
        if AD_PLACEHOLDER.match(line) or COMMENT_COUNTER.match(line):
            continue
        if source := SOURCE_LINE.match(line):
            fields["source_url"] = source.group("url")
        elif caption := CAPTION.match(line):
            captions.append(Caption(caption.group("text"), caption.group("credit").strip()))
        elif byline := BYLINE.match(line):
            fields["author"] = byline.group("author").strip()
            agencies = AGENCY_SEPARATOR.split(byline.group("agencies").strip())
            fields["agencies"] = tuple(agency for agency in agencies if agency)
        elif (von := BYLINE_VON.match(line)) and fields["author"] is None:
            fields["author"] = von.group("author").strip()
        else:
            paragraphs.append(line)
    if fields["author"] is None and len(paragraphs) > 1 and is_name_line(paragraphs[-1]):
        fields["author"] = paragraphs.pop()
    fields["paragraphs"] = tuple(paragraphs)
    fields["captions"] = tuple(captions)
    return fields


def is_name_line(line: str) -> bool:
    """The last line is a bare name ("Paul Albers"): two to four capitalised words
    without punctuation, the first a known first name."""
    from build_dataset.wordlists import is_first_name

    return bool(NAME_LINE.match(line)) and is_first_name(line.split()[0])


def read_metadata(seed: Path) -> dict[str, str]:
    """Facts the text cannot give, from NAME.meta.json beside the seed (optional)."""
    meta_path = metadata_path(seed)
    if not meta_path.exists():
        return {}
    name = str(meta_path)
    try:
        raw = meta_path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except UnicodeDecodeError as error:
        raise InputError(name, "invalid UTF-8", "save the file as UTF-8") from error
    except json.JSONDecodeError as error:
        raise InputError(
            name, f"malformed JSON: {error.msg}", "fix the JSON", error.lineno
        ) from error
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror}", "check its permissions") from error
    if not isinstance(data, dict):
        raise InputError(name, "expected a JSON object", 'write {"reference_date": {...}}', 1)
    facts: dict[str, str] = {}
    for key, entry in data.items():
        line = line_of(raw, f'"{key}"')
        if key not in META_KEYS:
            raise InputError(
                name, f"unknown key {key!r}", f"use one of {', '.join(META_KEYS)}", line
            )
        if not (isinstance(entry, dict) and isinstance(entry.get("value"), str)):
            raise InputError(
                name, f"{key} needs a string value", 'write {"value": …, "justification": …}', line
            )
        if not str(entry.get("justification", "")).strip():
            raise InputError(name, f"{key} has no justification", "say in one line why", line)
        value = entry["value"]
        try:
            if key == "reference_date":
                dt.date.fromisoformat(value)
            else:
                dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as error:
            raise InputError(
                name, f"{key} {value!r} is not a valid date", "write it as YYYY-MM-DD", line
            ) from error
        facts[key] = value
    return facts


def line_of(text: str, needle: str) -> int | None:
    position = text.find(needle)
    return None if position < 0 else text[:position].count("\n") + 1


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(
            str(path), f"cannot read: {error.strerror}", "check its permissions"
        ) from error


def read_article(path: Path) -> Article:
    """The article of the seed at PATH (file or folder), with its metadata."""
    seed = find_seed(path)
    raw = read_bytes(seed)
    text = decode_seed(raw, str(seed))
    facts = read_metadata(seed)
    fields = parse_layout(split_lines(text))
    if not fields["paragraphs"]:
        raise InputError(str(seed), "no body paragraph found", "add the article's text")
    reference = facts.get("reference_date")
    return Article(
        id=seed.name[: -len(SEED_SUFFIX)],
        source_name=seed.name,
        reference_date=dt.date.fromisoformat(reference) if reference else None,
        created=facts.get("created"),
        seed_sha256=hashlib.sha256(raw).hexdigest(),
        metadata_sha256=metadata_checksum(seed),
        **fields,  # type: ignore[arg-type]
    )


def metadata_path(seed: Path) -> Path:
    return seed.with_name(seed.name[: -len(SEED_SUFFIX)] + META_SUFFIX)


def metadata_checksum(seed: Path) -> tuple[str, str] | None:
    """(file name, sha256) of NAME.meta.json, which decides dates and the creation stamp."""
    path = metadata_path(seed)
    if not path.is_file():
        return None
    return path.name, hashlib.sha256(path.read_bytes()).hexdigest()
