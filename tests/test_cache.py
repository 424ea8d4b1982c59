"""The per-article result cache: round trip, damaged entries, builder keys, links; versions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import build_dataset
from build_dataset.corpus.cache import ResultCache, cache_key, default_cache_folder
from build_dataset.corpus.versions import ROW_PACKAGES, builder_key, package_versions
from build_dataset.errors import InputError

RESULT = '{"id": "lokales/rathaus", "quotes": ["„Wir bauen“, sagte Jana Olbrich."]}'
KEY = cache_key(b"Die Stadt Lessendorf baut.", None, "options", "builder 1")


def entry(cache: ResultCache, key: str = KEY) -> Path:
    return cache.root / key[:2] / key[2:4] / key


def test_a_stored_result_comes_back_unchanged(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "builder 1")
    assert cache.get(KEY) is None
    cache.put(KEY, RESULT)
    assert cache.get(KEY) == RESULT
    assert ResultCache(tmp_path, "builder 1").get(KEY) == RESULT  # a later build finds it


def test_has_tells_a_stored_entry_without_reading_it(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "builder 1")
    assert not cache.has(KEY)
    cache.put(KEY, RESULT)
    assert cache.has(KEY)
    assert not ResultCache(tmp_path, "builder 2").has(KEY)  # another builder's entry


def test_entries_sit_in_two_levels_of_folders_and_leave_no_temporary_file(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "builder 1")
    cache.put(KEY, RESULT)
    cache.put(KEY, RESULT + " ")  # replaced, not appended
    assert cache.get(KEY) == RESULT + " "
    assert [path.name for path in entry(cache).parent.iterdir()] == [KEY]
    assert entry(cache).parent.parent.name == KEY[:2] and entry(cache).parent.name == KEY[2:4]


def test_another_builder_misses(tmp_path: Path) -> None:
    ResultCache(tmp_path, "build-dataset=2.0.0;german-nouns=1.2.5").put(KEY, RESULT)
    assert ResultCache(tmp_path, "build-dataset=2.0.1;german-nouns=1.2.5").get(KEY) is None
    assert ResultCache(tmp_path, "build-dataset=2.0.0;german-nouns=1.2.5").get(KEY) == RESULT


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="cut-short"),
        pytest.param(lambda data: data.split(b"\n")[0], id="header-only"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data.replace(b"Olbrich", b"Olbrych"), id="edited"),
        pytest.param(lambda data: data.split(b"\n", 1)[1], id="no-header"),
        pytest.param(lambda data: b"\xff\xfe" + data, id="garbage"),
    ],
)
def test_a_damaged_entry_is_a_miss(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    cache = ResultCache(tmp_path, "builder 1")
    cache.put(KEY, RESULT)
    path = entry(cache)
    path.write_bytes(damage(path.read_bytes()))
    assert cache.get(KEY) is None
    cache.put(KEY, RESULT)  # and the next build repairs it
    assert cache.get(KEY) == RESULT


def test_an_entry_under_another_key_is_a_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "builder 1")
    other = cache_key(b"Ein anderer Artikel.")
    cache.put(other, RESULT)
    entry(cache).parent.mkdir(parents=True, exist_ok=True)
    entry(cache).write_bytes(entry(cache, other).read_bytes())  # copied under the wrong name
    assert cache.get(KEY) is None


def test_a_link_in_the_cache_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    cache = ResultCache(tmp_path / "cache", "builder 1")
    cache.put(KEY, RESULT)
    (outside / KEY).write_bytes(entry(cache).read_bytes())
    entry(cache).unlink()
    entry(cache).symlink_to(outside / KEY)
    assert cache.get(KEY) is None  # a valid entry, but behind a link
    fan = entry(cache).parent
    for child in fan.iterdir():
        child.unlink()
    fan.rmdir()
    fan.symlink_to(outside, target_is_directory=True)
    assert cache.get(KEY) is None
    with pytest.raises(InputError, match="link"):
        cache.put(KEY, RESULT)
    assert sorted(path.name for path in outside.iterdir()) == [KEY]  # nothing written there


@pytest.mark.parametrize("key", ["../../etc/passwd", "A" * 64, "ab", KEY + "0"])
def test_only_sha256_keys_name_entries(tmp_path: Path, key: str) -> None:
    cache = ResultCache(tmp_path, "builder 1")
    with pytest.raises(ValueError, match="64 lowercase hex"):
        cache.get(key)
    with pytest.raises(ValueError, match="64 lowercase hex"):
        cache.put(key, RESULT)


def test_a_cache_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "eine-datei"
    blocker.write_text("kein Ordner\n", encoding="utf-8")
    with pytest.raises(InputError, match="--no-cache"):
        ResultCache(blocker / "cache", "builder 1")


def test_the_key_tells_its_parts_apart() -> None:
    assert cache_key(b"ab", b"c") != cache_key(b"a", b"bc")
    assert cache_key(b"text", None) != cache_key(b"text", b"")
    assert cache_key("Jana", None) == cache_key(b"Jana", None)
    assert cache_key(b"text", None, "builder 1") != cache_key(b"text", None, "builder 2")


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_folder() == tmp_path / "xdg" / "build-dataset"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relativ/ordner")  # the XDG spec: ignore it
    assert default_cache_folder() == tmp_path / "home" / ".cache" / "build-dataset"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_folder() == tmp_path / "home" / ".cache" / "build-dataset"


def test_package_versions_name_every_row_deciding_package() -> None:
    versions = package_versions()
    assert list(versions) == list(ROW_PACKAGES)
    assert versions["build-dataset"] == build_dataset.__version__
    key = builder_key()
    for name, value in versions.items():
        assert f"{name}={value}" in key.split(";")
    assert any(part.startswith("code=") and len(part) == 5 + 64 for part in key.split(";"))


def test_the_builder_key_changes_with_a_package_version(monkeypatch: pytest.MonkeyPatch) -> None:
    from build_dataset.corpus import versions

    before = builder_key()
    monkeypatch.setattr(
        versions, "package_versions", lambda: {**package_versions(), "german-nouns": "9.9.9"}
    )
    assert builder_key() != before
