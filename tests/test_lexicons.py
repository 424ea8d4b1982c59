"""Word lists as data: each lexicon says where it comes from, is read by the code, and
holds each entry once."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "build_dataset"
LEXICONS = sorted((PACKAGE / "lexicons").glob("*.txt"))
CODE = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", LEXICONS, ids=[p.stem for p in LEXICONS])
def test_lexicon_has_a_header_is_used_and_has_no_repeats(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 20, "a header saying where it comes from"
    assert f'"{path.name}"' in CODE or f'"{path.stem}"' in CODE, "no module loads it"
    entries = [line.split("#", 1)[0].strip() for line in lines]
    entries = [entry for entry in entries if entry]
    assert entries and len(entries) == len(set(entries))
