"""The compiled word lists (wordcache.py) answer exactly as the packages they come from,
survive damage and concurrent starts, and follow the versions they were compiled from."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from build_dataset import wordcache, wordlists

CACHED = (
    wordlists.german_nouns,
    wordlists._first_name_genders,
    wordlists.gazetteer,
    wordlists._names,
    wordlists.is_first_name,
)


def forget() -> None:
    for function in CACHED:
        function.cache_clear()


def refuse() -> dict[str, list[str]]:
    raise AssertionError("computed again, though the compiled file was there")


Lists = tuple[object, ...]


def the_lists() -> Lists:
    return (
        wordlists.german_nouns(),
        wordlists._first_name_genders(),
        wordlists.gazetteer(),
        wordlists._names(),
    )


@pytest.fixture(scope="module")
def computed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Lists]]:
    """The lists computed from the packages once, into an empty cache home: (the folder of
    the compiled files, the lists)."""
    home = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(home))
        forget()
        folder = wordlists.compile_all()
        assert folder == home / "build-dataset" / f"wordlists-{wordcache.cache_key()}"
        yield folder, the_lists()
    forget()


@pytest.fixture
def compiled_only(
    computed: tuple[Path, Lists], monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, Lists]]:
    """The lists can now come from the compiled files only: computing them fails."""
    for name in ("german_nouns", "first_name_genders", "places", "names"):
        monkeypatch.setattr(wordlists, f"compute_{name}", refuse)
    forget()
    yield computed
    forget()


def test_the_compiled_lists_are_the_computed_ones(compiled_only: tuple[Path, Lists]) -> None:
    folder, computed = compiled_only
    assert sorted(path.name for path in folder.iterdir()) == [
        "first_names.txt", "german_nouns.txt", "names.txt", "places.txt",
    ]  # fmt: skip
    read = the_lists()
    assert read == computed
    nouns = wordlists.german_nouns()
    assert "Haltung" in nouns.common_forms and "Stein" in nouns.noun_forms
    assert nouns.common_forms < nouns.noun_forms
    assert ("Buenos", "Aires") in wordlists.gazetteer().phrases
    assert "Niedersachsen" in wordlists.region_names() and "CHF" in wordlists.currency_codes()


def test_first_name_genders_are_gender_guessers(compiled_only: tuple[Path, Lists]) -> None:
    """first_name_gender from the compiled lists against gender-guesser itself, for a
    sample of its names (every 7th) and for words it does not know."""
    import gender_guesser.detector as detector

    guesser = detector.Detector(case_sensitive=True)
    genders = {"female": "f", "mostly_female": "f", "male": "m", "mostly_male": "m"}
    first_names = wordlists.german_nouns().first_names
    sample = [*list(guesser.names)[::7], *sorted(first_names)[::7], "Zeltstange", "anna"]
    assert len(sample) > 8000
    for name in sample:
        guess = guesser.get_gender(name)
        expected = genders.get(guess) or ("?" if guess == "andy" or name in first_names else None)
        assert wordlists.first_name_gender(name) == expected, name
    assert wordlists.first_name_gender("Anna") == "f"
    assert wordlists.first_name_gender("Zeltstange") is None


def test_entries_of_any_characters_round_trip(tmp_path: Path) -> None:
    """One entry a line split on "\\n" alone: a line separator of Unicode, a carriage
    return, spaces or a "#" stay inside their entry."""
    odd = ["Rio de Janeiro", "a\u2028b", "c\rd", "# no comment", " ", ""]
    sections = {"odd": odd, "empty": [], "plain": ["Anna"]}
    first = wordcache.compiled("odd", ("odd", "empty", "plain"), lambda: sections, tmp_path)
    again = wordcache.compiled("odd", ("odd", "empty", "plain"), refuse, tmp_path)
    assert again == first == {"odd": sorted(odd), "empty": [], "plain": ["Anna"]}


def test_an_entry_with_a_line_break_is_not_stored(tmp_path: Path) -> None:
    sections = {"broken": ["Rio\nde Janeiro"]}
    assert wordcache.compiled("broken", ("broken",), lambda: sections, tmp_path) == sections
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut off
        lambda text: text.replace("end\n", ""),  # no end marker
        lambda text: text.replace("names 2", "names 3"),  # a count that does not fit
        lambda text: text.replace("names 2", "other 2"),  # another section
        lambda text: "",
    ],
)
def test_a_damaged_file_is_compiled_again(tmp_path: Path, damage: object) -> None:
    sections = {"names": ["Anna", "Ben"]}
    wordcache.compiled("list", ("names",), lambda: sections, tmp_path)
    path = tmp_path / "list.txt"
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    assert wordcache.compiled("list", ("names",), lambda: sections, tmp_path) == sections
    assert wordcache.read(path) == sections


def test_undecodable_bytes_are_a_miss(tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_bytes(b"\xff\xfe")
    sections = {"names": ["Anna"]}
    assert wordcache.compiled("list", ("names",), lambda: sections, tmp_path) == sections
    assert wordcache.read(tmp_path / "list.txt") == sections


def test_concurrent_compilations_leave_one_whole_file(tmp_path: Path) -> None:
    entries = [f"Name{number}" for number in range(20_000)]

    def slow() -> dict[str, list[str]]:
        time.sleep(0.05)  # all threads are computing at once
        return {"names": entries}

    results: list[dict[str, list[str]]] = []
    threads = [
        threading.Thread(
            target=lambda: results.append(wordcache.compiled("list", ("names",), slow, tmp_path))
        )
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [{"names": sorted(entries)}] * 6
    assert [path.name for path in tmp_path.iterdir()] == ["list.txt"]  # no temporary left
    assert wordcache.read(tmp_path / "list.txt") == {"names": sorted(entries)}


def test_an_unwritable_cache_computes_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    sections = {"names": ["Anna"]}
    assert wordcache.compiled("list", ("names",), lambda: sections, blocked / "sub") == sections
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_the_key_follows_the_package_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    before = wordcache.cache_key()
    wordcache.cache_key.cache_clear()

    def newer(name: str) -> str:
        return "99.0" if name == "german-nouns" else metadata.version(name)

    monkeypatch.setattr("build_dataset.wordcache.version", newer)
    try:
        assert wordcache.cache_key() != before
    finally:
        wordcache.cache_key.cache_clear()


def test_the_cache_home_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert wordcache.cache_home() == tmp_path / "build-dataset"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the spec says: ignore it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert wordcache.cache_home() == tmp_path / "home" / ".cache" / "build-dataset"
