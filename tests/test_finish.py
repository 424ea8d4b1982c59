"""finish.py and its helpers: the release's arrays copied in blocks, the check before the
swap still catching a bad row and a file whose size is not the listed one."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dataset import build, release
from build_dataset.finish import check_package, digests_until
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


def test_check_package_names_a_listed_file_that_is_missing(package: Path) -> None:
    (package / "mentions.csv").unlink()
    with pytest.raises(ValidationFailed, match="mentions.csv: No such file"):
        check_package(package, rows=100)


ARTICLES = {
    "a": "„Wir öffnen das Bad im Mai“, sagte Bademeister Kurt Pilling in Lessendorf.\n",
    "b": "Laut Landrätin Jana Olbrich kostet die Brücke vier Millionen Euro.\n",
    "c": "Die Stadtwerke Lessendorf GmbH teilte am 3. März mit, die Preise stiegen.\n",
}


def test_every_hash_a_corpus_lists_is_the_file_s(tmp_path: Path) -> None:
    """The descriptor, the release head and SHA256SUMS share one hash of each file
    (finish.seal): each is checked here against the file as it lies on disk."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([seeds], out, jobs=1, cache=False)

    def sha256(name: str) -> str:
        return hashlib.sha256((out / name).read_bytes()).hexdigest()

    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        assert resource["hash"] == "sha256:" + sha256(resource["path"]), resource["path"]
        assert resource["bytes"] == (out / resource["path"]).stat().st_size
    (release,) = [r["path"] for r in package["resources"] if r["name"] == "release"]
    checksums = json.loads((out / release).read_text(encoding="utf-8"))["checksums"]
    assert checksums and all(digest == sha256(name) for name, digest in checksums.items())
    sums = (out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in sums)
    assert {"review/a.html", "review/b.html", "review/c.html", "index.html"} <= set(listed)
    assert all(digest == sha256(name) for name, digest in listed.items())


def test_the_pages_hashing_stops_once_the_seal_failed(tmp_path: Path) -> None:
    names = [f"p{number}.html" for number in range(5)]
    for name in names:
        (tmp_path / name).write_text(name, encoding="utf-8")
    failed = threading.Event()
    assert len(digests_until(tmp_path, names, failed)) == 5
    failed.set()
    assert digests_until(tmp_path, names, failed) == {}
