"""finish.py and its helpers: the release's arrays copied in blocks, the check before the
swap still catching a bad row and a file whose size is not the listed one."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset import release
from build_dataset.finish import check_package
from build_dataset.validate import ValidationFailed

DATA = Path(__file__).parents[1] / "data"

# JSON values as the writer puts them one a line: texts with newlines, quote marks and
# other characters json.dumps escapes, numbers, nulls.
VALUES = st.lists(
    st.dictionaries(
        st.sampled_from(["text", "start", "speaker"]),
        st.one_of(st.text(alphabet=st.sampled_from('a\n"ß,{} \\„“')), st.integers(), st.none()),
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(values=VALUES, block=st.integers(min_value=1, max_value=9))
def test_file_array_writes_what_array_of_the_lines_writes(values: list[dict], block: int) -> None:
    lines = [json.dumps(value, ensure_ascii=False) for value in values]
    handle = io.BytesIO("".join(line + "\n" for line in lines).encode())
    handle.seek(0, io.SEEK_END)  # file_array reads from the start wherever the file stands
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(release, "BLOCK", block)  # blocks that part lines anywhere
        copied = b"".join(release.file_array("quotes", handle)).decode()
    assert copied == "".join(release.array("quotes", lines))
    nested = json.loads("{" + copied.removeprefix(",") + "}")  # the file's JSON, as nested
    assert nested == {"quotes": values}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy


def test_check_package_accepts_the_released_package(package: Path) -> None:
    check_package(package, rows=100)


def test_check_package_still_reads_the_rows(package: Path) -> None:
    quotes = package / "quotes.csv"
    text = quotes.read_text(encoding="utf-8")
    # the same length, so that only the row is wrong, not the file's size
    quotes.write_text(text.replace(",indirect,", ",indirekt,", 1), encoding="utf-8")
    with pytest.raises(ValidationFailed, match="constraint"):
        check_package(package, rows=100)


def test_check_package_compares_each_file_size_with_the_listed_one(package: Path) -> None:
    with (package / "entities.csv").open("a", encoding="utf-8") as entities:
        entities.write("\n")
    with pytest.raises(ValidationFailed, match="entities.csv has .* bytes, not as listed"):
        check_package(package, rows=100)
