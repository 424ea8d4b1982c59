"""Read one seed: decode and normalise the text, split body paragraphs from the layout lines.

The layout is the one of the seed family: an outlet tag "(CLO) " opening the first
paragraph, a caption line "… Foto: CREDIT", a byline "NAME (laut A, B, C)", an ad
placeholder "[Anzeige_2]", a source line "Quelle: URL" and a comment counter
"Kommentar (0)". Every one of them is optional: a file of plain paragraphs is a seed too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import stat
import unicodedata
from pathlib import Path

from build_dataset.errors import InputError
from build_dataset.metadata import MAX_META, META_SUFFIX, metadata_path, parse_metadata
from build_dataset.reading import file_kind, fix, read_bytes
from build_dataset.records import Article, Caption

SEED_SUFFIX = ".txt"
# The dataset's name, version and licences beside the seeds (corpus/dataset.py reads it).
DATASET_FILE = "dataset.json"
# The package and the release file ("news-quotes-NAME-VERSION.json") are named after it.
MAX_NAME = 100

# "(CLO) Das Ministerium gab bekannt, …": an outlet's short tag before the first paragraph.
OUTLET_TAG = re.compile(r"^\((?P<tag>[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,9})\)\s+")
# "Rathaussprecher Jonas Weidlich. Foto: Presseamt der Stadt …"
CAPTION = re.compile(r"^(?P<text>.*?)\s*\b(?:Foto|Fotos|Bild|Bildquelle|Photo):\s*(?P<credit>.+)$")
# "Ngoc Anh (laut TASS, RIA, Reuters)", "Anna Berger (mit dpa)"
BYLINE = re.compile(
    r"^(?:Von\s+)?(?P<author>[^\s()\d][^()\d]{0,58}?)\s*"
    r"\((?:laut|nach|mit|via|Quelle:?)\s+(?P<agencies>[^()]+)\)$"
)
# "Von Anna Berger": a short byline line without agencies.
BYLINE_VON = re.compile(r"^Von\s+(?P<author>[A-ZÄÖÜ][\w.'-]*+(?: [A-ZÄÖÜ][\w.'-]*+){0,3})$")
# "Paul Albers" alone on the last line: a byline without agencies.
NAME_LINE = re.compile(r"^(?P<author>[A-ZÄÖÜ][\w'-]+(?: [A-ZÄÖÜ][\w'-]+){1,3})$")
AD_PLACEHOLDER = re.compile(r"^\[(?:Anzeige|Werbung|Ad)[^\]]*\]$", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^Quelle:\s*(?P<url>https?://\S+)$")
COMMENT_COUNTER = re.compile(r"^Kommentare?\s*\(\d+\)")
AGENCY_SEPARATOR = re.compile(r"\s*(?:,|/|;|\bund\b)\s*")


def find_seed(path: Path) -> Path:
    """The one seed file at PATH (a file, or a folder holding exactly one seed)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(
            str(path), "no such file or folder", "pass a seed file or a seed folder"
        ) from None
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}", fix(error)) from None
    if stat.S_ISREG(mode):
        if not path.name.endswith(SEED_SUFFIX) or path.name.endswith(META_SUFFIX):
            raise InputError(str(path), "not a seed file", f"a seed is a UTF-8 *{SEED_SUFFIX} file")
        return checked_name(path)
    if not stat.S_ISDIR(mode):
        raise InputError(str(path), f"this is {file_kind(mode)}", "give a seed file or folder")
    seeds: list[Path] = []
    strangers: list[Path] = []
    try:
        children = sorted(path.iterdir())
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}", fix(error)) from None
    for child in children:
        if child.name.startswith((".", "__")):
            continue
        if child.is_file() and (child.name.endswith(META_SUFFIX) or child.name == DATASET_FILE):
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
    return checked_name(seeds[0])


def checked_name(seed: Path) -> Path:
    """A seed whose name gives a package name: a-z or digits in it, and not too long."""
    stem = seed.name[: -len(SEED_SUFFIX)]
    if len(stem) > MAX_NAME:
        raise InputError(
            str(seed)[:80] + "…",
            f"the seed's name is longer than {MAX_NAME} characters",
            "rename it shorter: the package and release file are named after it",
        )
    if not re.search(r"[a-z0-9]", stem.lower(), re.ASCII):
        raise InputError(
            str(seed),
            "the seed's name holds no letter a-z or digit, so the package would have no name",
            "rename it, e.g. handwerk.txt",
        )
    return seed


def decode_seed(raw: bytes, name: str) -> str:
    """UTF-8 text in NFC with LF line ends; refuse what is not text."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or looks_utf16(raw):
        raise InputError(name, "this is UTF-16 text", "save the file as UTF-8")
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
    control = re.search(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text)
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
    # Invisible format characters (Unicode category Cf: zero widths, soft hyphens, bidi
    # marks) and the grapheme joiner and variation selectors cut words ("Mül\u00adler"):
    # they go.
    text = INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(name, "the file is empty", "write the article's paragraphs into it")
    return text


# Every code point of category Cf (Unicode 15), plus U+034F and the variation selectors.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef]"
)


def looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: ASCII letters with a NUL byte beside each."""
    sample = raw[:200]
    return len(sample) >= 8 and (
        sample[1::2].count(0) > len(sample) // 3 or sample[0::2].count(0) > len(sample) // 3
    )


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
        return [joined for block in blocks for joined in join_block(block)]
    return [line for block in blocks for line in block]


def join_block(block: list[str]) -> list[str]:
    """The lines of one blank-line separated block joined into a paragraph, except layout
    lines (byline, source, caption …), which stay lines of their own as in the other layout."""
    result: list[str] = []
    text: list[str] = []
    for line in block:
        if is_layout_line(line):
            result += [" ".join(text), line] if text else [line]
            text = []
        else:
            text.append(line)
    return result + ([" ".join(text)] if text else [])


def is_layout_line(line: str) -> bool:
    patterns = (SOURCE_LINE, BYLINE, BYLINE_VON, AD_PLACEHOLDER, COMMENT_COUNTER, CAPTION)
    return any(pattern.match(line) for pattern in patterns)


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


def read_article(path: Path) -> Article:
    """The article of the seed at PATH (file or folder), with its metadata."""
    seed = find_seed(path)
    raw = read_bytes(seed, "seed")
    meta_path = metadata_path(seed)
    try:
        meta_path.lstat()
    except FileNotFoundError:
        meta = None
    except OSError as error:
        raise InputError(str(meta_path), f"cannot read: {error.strerror}", fix(error)) from None
    else:
        meta = read_bytes(meta_path, "metadata file", MAX_META)
    return article_of_seed(seed.name[: -len(SEED_SUFFIX)], raw, meta, str(seed), str(meta_path))


def article_of_seed(
    id: str, raw: bytes, meta: bytes | None, label: str, meta_label: str | None
) -> Article:
    """The article of a seed file's bytes RAW and its NAME.meta.json bytes META (or None):
    layout lines looked for, the metadata's facts taken. Touches no file, so it runs in a
    worker; LABEL and META_LABEL name the files in messages. The source name is ID + ".txt"
    (the file's path relative to its folder), never a path of this machine."""
    text = decode_seed(raw, label)
    if meta is None:
        facts: dict[str, str] = {}
        checksum = None
    else:
        facts = parse_metadata(meta, meta_label or f"{label}{META_SUFFIX}")
        checksum = (f"{id}{META_SUFFIX}", hashlib.sha256(meta).hexdigest())
    fields = parse_layout(split_lines(text))
    if not fields["paragraphs"]:
        raise InputError(label, "no body paragraph found", "add the article's text")
    reference = facts.get("reference_date")
    return Article(
        id=id,
        source_name=f"{id}{SEED_SUFFIX}",
        reference_date=dt.date.fromisoformat(reference) if reference else None,
        created=facts.get("created"),
        seed_sha256=hashlib.sha256(raw).hexdigest(),
        metadata_sha256=checksum,
        title=facts.get("title"),
        **fields,  # type: ignore[arg-type]
    )
