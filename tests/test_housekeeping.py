"""The cache's survey and prune (issue 14): a cache made by a real build beside an old
builder's generation, word lists, unfinished writes, a file of the user's and links; what
the survey reports, exactly what prune removes and keeps, and that a build after it still
reads its results from the cache. Invented German text."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from helpers import extracted_ids

from build_dataset.corpus.cache_report import pruned_text, size, survey_text
from build_dataset.corpus.housekeeping import current_names, prune, survey
from build_dataset.errors import InputError
from build_dataset.pipeline import build

ARTICLE = "Die Stadträtin Mara Lindqvist sagte am Dienstag in Erfurt: „Wir bauen die Brücke neu.“\n"
OLD = "0123456789abcdef"  # another builder's generation
ENTRY_A = "abcd" + "1" * 60
ENTRY_B = "abef" + "2" * 60
OLD_LISTS = "wordlists-00112233445566778899"
LONG_AGO = 1_700_000_000  # 2023-11-14 22:13:20 UTC
TWO_HOURS_AGO = time.time() - 7200


def tree(folder: Path) -> set[str]:
    """Every path below FOLDER, relative, links not followed (a link is listed, not entered)."""
    found = set()
    for root, folders, names in os.walk(folder):
        for name in folders + names:
            found.add((Path(root) / name).relative_to(folder).as_posix())
    return found


def write(path: Path, data: bytes, mtime: float | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache holding what a day of builds leaves, and things that are not the cache's."""
    seeds = tmp_path / "seeds"
    write(seeds / "erfurt.txt", ARTICLE.encode())
    folder = tmp_path / "cache"
    worked = extracted_ids(monkeypatch)
    build([seeds], tmp_path / "first", jobs=1, cache=folder)
    assert worked == ["erfurt"]
    generation, lists = current_names()
    write(folder / OLD / "ab" / "cd" / ENTRY_A, b"x" * 300, LONG_AGO)
    write(folder / OLD / "ab" / "ef" / ENTRY_B, b"y" * 200, LONG_AGO - 60)
    write(folder / OLD / "ab" / "cd" / ".partial-oldone1", b"z" * 50, TWO_HOURS_AGO)
    (leaf,) = [p for p in (folder / generation).glob("*/*") if p.is_dir()]
    write(leaf / ".partial-stale123", b"s" * 70, TWO_HOURS_AGO)
    write(leaf / ".partial-writing", b"w" * 30)  # a build writing now
    write(folder / OLD_LISTS / "places.txt", b"p" * 1000)
    write(folder / OLD_LISTS / ".places-tmp1234", b"t" * 10)
    write(folder / lists / "places.txt", b"q" * 900)
    write(folder / "notizen.txt", b"meine Notizen")
    write(tmp_path / "outside.txt", b"nicht anfassen")
    (folder / "woanders").symlink_to(tmp_path / "outside.txt")
    return folder


def test_the_survey_lists_generations_word_lists_partials_and_the_rest(cache: Path) -> None:
    generation, lists = current_names()
    found = survey(cache)
    assert [(g.name, g.current) for g in found.generations] == sorted(
        [(generation, True), (OLD, False)]
    )
    old = next(g for g in found.generations if g.name == OLD)
    assert (old.entries, old.bytes, old.newest) == (2, 500, LONG_AGO)
    assert (old.partials, old.partial_bytes, old.old_partials) == (1, 50, 1)
    now = next(g for g in found.generations if g.current)
    assert now.entries == 1 and now.bytes > 0  # the one article's result
    assert (now.partials, now.partial_bytes, now.old_partials) == (2, 100, 1)
    assert [(w.name, w.files, w.bytes, w.current) for w in found.wordlists] == sorted(
        [(OLD_LISTS, 2, 1010, False), (lists, 1, 900, True)]
    )
    assert found.foreign == ("notizen.txt",) and found.links == ("woanders",)
    assert found.prunable_bytes == 500 + 50 + 1010 + 70
    text = survey_text(found)
    assert f"\n  {OLD}        2 entries     500 B  newest 2023-11-14 22:13 UTC\n" in text
    assert f"  {lists}  1 file  900 B  (current)" in text
    assert "unfinished writes (.partial-*): 3, 150 B; 2 older than an hour" in text
    assert text.endswith(
        "`build-dataset cache --prune` frees 1.6 KB: 2 folders not current, "
        "2 unfinished writes older than an hour"
    )


def test_prune_removes_exactly_what_no_build_reads_and_the_cache_still_hits(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generation, lists = current_names()
    before = tree(cache)
    pruned = prune(cache)
    assert sorted(pruned.removed) == sorted([OLD, OLD_LISTS]) and pruned.kept == ()
    assert (pruned.entries, pruned.partials, pruned.wordlist_files) == (2, 2, 2)
    assert pruned.freed == 500 + 50 + 70 + 1010
    gone = {p for p in before if p.startswith((OLD, OLD_LISTS)) or p.endswith("stale123")}
    assert tree(cache) == before - gone
    assert any(p.endswith("/.partial-writing") for p in tree(cache))
    assert (tmp_path / "outside.txt").read_bytes() == b"nicht anfassen"
    assert pruned_text(pruned).endswith(f"2 word-list files\nfreed 1.6 KB in {cache}")
    worked = extracted_ids(monkeypatch)
    build([tmp_path / "seeds"], tmp_path / "again", jobs=1, cache=cache)
    assert worked == []  # the article's result came from the pruned cache
    assert (tmp_path / "again" / "quotes.csv").read_bytes() == (
        tmp_path / "first" / "quotes.csv"
    ).read_bytes()


def test_prune_all_empties_the_current_generation_too(cache: Path, tmp_path: Path) -> None:
    generation, lists = current_names()
    (writing,) = [p for p in tree(cache) if p.endswith("/.partial-writing")]
    pruned = prune(cache, everything=True)
    assert pruned.entries == 3  # the old builder's two and the current one
    assert sorted(pruned.removed) == sorted([OLD, OLD_LISTS, lists])
    # The current generation's folder stays for a build running now, and so does the
    # write younger than an hour with the two folders above it.
    first, second, _ = writing.split("/")[1:]
    assert tree(cache) == {
        generation, f"{generation}/{first}", f"{generation}/{first}/{second}", writing,
        "notizen.txt", "woanders",
    }  # fmt: skip


def test_a_link_named_like_the_cache_is_reported_and_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "ab" / "cd" / ENTRY_A, b"keep")
    cache = tmp_path / "cache"
    write(cache / OLD / "ab" / "ef" / ENTRY_B, b"gone", LONG_AGO)
    (cache / "fedcba9876543210").symlink_to(elsewhere, target_is_directory=True)
    (cache / OLD / "ab" / "cd").mkdir()
    (cache / OLD / "ab" / "cd" / ENTRY_A).symlink_to(elsewhere / "ab" / "cd" / ENTRY_A)
    found = survey(cache, current=("1" * 16, "wordlists-" + "1" * 20))
    assert found.links == (f"{OLD}/ab/cd/{ENTRY_A}", "fedcba9876543210")  # in name order
    pruned = prune(cache, current=("1" * 16, "wordlists-" + "1" * 20))
    assert pruned.entries == 1 and pruned.removed == () and pruned.kept == (OLD,)
    assert (elsewhere / "ab" / "cd" / ENTRY_A).read_bytes() == b"keep"
    assert tree(cache) == {
        "fedcba9876543210", OLD, f"{OLD}/ab", f"{OLD}/ab/cd", f"{OLD}/ab/cd/{ENTRY_A}",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("stranger", "reported"),
    [
        pytest.param(f"{OLD}/ab/cd/{'9' * 64}", None, id="entry-in-the-wrong-folder"),
        pytest.param(f"{OLD}/ab/cd/brief.txt", None, id="a-file-of-another-name"),
        pytest.param(f"{OLD}/ab/brief.txt", None, id="a-file-between-levels"),
        pytest.param(f"{OLD}/abc/{ENTRY_A}", f"{OLD}/abc", id="a-folder-of-another-name"),
        pytest.param(f"{OLD_LISTS}/Brief.doc", None, id="a-file-among-word-lists"),
        pytest.param(f"{OLD_LISTS}/notes.txt", None, id="a-text-file-among-word-lists"),
    ],
)
def test_what_is_not_the_caches_stays_with_its_folders(
    tmp_path: Path, stranger: str, reported: str | None
) -> None:
    cache = tmp_path / "cache"
    write(cache / OLD / "ab" / "cd" / ENTRY_A, b"gone", LONG_AGO)
    write(cache / OLD_LISTS / "names.txt", b"gone")
    write(cache / stranger, b"mine")
    current = ("1" * 16, "wordlists-" + "1" * 20)
    assert survey(cache, current=current).foreign == (reported or stranger,)
    pruned = prune(cache, current=current)
    assert (cache / stranger).read_bytes() == b"mine"
    assert pruned.kept == (stranger.split("/")[0],)
    assert not (cache / OLD / "ab" / "cd" / ENTRY_A).exists()
    assert not (cache / OLD_LISTS / "names.txt").exists()


def test_a_folder_that_is_not_a_cache_is_refused_whole(tmp_path: Path) -> None:
    home = tmp_path / "home"
    write(home / "Briefe" / "an-oma.txt", b"Liebe Oma")
    write(home / "aa" / "bb" / ENTRY_A, b"looks like an entry, but not in a generation")
    with pytest.raises(InputError, match="holds nothing of build-dataset's cache"):
        prune(home)
    assert len(tree(home)) == 5


def test_an_absent_folder_is_an_empty_cache_and_a_file_is_refused(tmp_path: Path) -> None:
    assert survey_text(survey(tmp_path / "none")) == f"{tmp_path / 'none'}: no cache here yet"
    write(tmp_path / "datei", b"")
    with pytest.raises(InputError, match="is not a folder"):
        survey(tmp_path / "datei")


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, "0 B"), (999, "999 B"), (1000, "1.0 KB"), (1_640, "1.6 KB"), (514_000_000, "514.0 MB"),
     (999_960, "1.0 MB"), (2_500_000_000, "2.5 GB")],
)  # fmt: skip
def test_sizes_read_as_a_person_writes_them(count: int, shown: str) -> None:
    assert size(count) == shown


NOT_CURRENT = ("1" * 16, "wordlists-" + "1" * 20)


def test_a_folder_written_in_the_last_hour_stays_unless_all(tmp_path: Path) -> None:
    # Another installation's build (another version, another checkout) may be writing it
    # now: emptying it under that build would cost it its results.
    cache = tmp_path / "cache"
    write(cache / OLD / "ab" / "cd" / ENTRY_A, b"new")  # written just now
    found = survey(cache, current=NOT_CURRENT)
    (generation,) = found.generations
    assert generation.recent and not generation.current and found.prunable_bytes == 0
    assert f"{OLD}          1 entry       3 B  newest " in survey_text(found)
    assert "(written in the last hour)" in survey_text(found)
    pruned = prune(cache, current=NOT_CURRENT)
    assert (pruned.entries, pruned.removed, pruned.in_use) == (0, (), (OLD,))
    assert "kept, written in the last hour" in pruned_text(pruned)
    assert (cache / OLD / "ab" / "cd" / ENTRY_A).read_bytes() == b"new"
    everything = prune(cache, everything=True, current=NOT_CURRENT)
    assert (everything.entries, everything.removed) == (1, (OLD,))
    assert tree(cache) == set()


def test_a_write_finished_while_the_survey_looks_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A build renames its .partial-* into place between the listing of a folder and the
    # look at the file's size: the survey goes on without it instead of failing.
    from build_dataset.corpus import cache_walk

    cache = tmp_path / "cache"
    leaf = cache / OLD / "ab" / "cd"
    write(leaf / ".partial-abc123", b"p" * 10, LONG_AGO)
    listing = cache_walk.listing

    def renamed_after_listing(folder: Path) -> list[os.DirEntry[str]]:
        found = listing(folder)
        if folder == leaf and (leaf / ".partial-abc123").exists():
            (leaf / ".partial-abc123").rename(leaf / ENTRY_A)
        return found

    monkeypatch.setattr(cache_walk, "listing", renamed_after_listing)
    (generation,) = survey(cache, current=NOT_CURRENT).generations
    assert (generation.entries, generation.partials) == (0, 0)


def test_names_with_control_characters_are_shown_escaped(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    write(cache / OLD / "ab" / "cd" / ENTRY_A, b"x", LONG_AGO)
    write(cache / "rot\x1b[31mtext\nzweite", b"mine")
    shown = survey_text(survey(cache, current=NOT_CURRENT))
    assert "not the cache's, left alone: rot\\x1b[31mtext\\x0azweite\n" in shown
    assert "\x1b" not in shown


def test_a_build_writes_again_after_a_prune_took_its_folder(tmp_path: Path) -> None:
    # --prune --all (or another installation's prune) may remove the folders a running
    # build writes into: its next write makes them again instead of failing.
    from build_dataset.corpus.cache import ResultCache

    results = ResultCache(tmp_path / "cache", "a builder")
    shutil.rmtree(results.root)
    results.put(ENTRY_A, "ein Ergebnis")
    assert results.get(ENTRY_A) == "ein Ergebnis"


def test_an_entry_written_after_the_survey_is_not_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Between prune's survey and its walk, a build of the old builder writes a result: it
    # stays, with its folders, however old the rest of the generation is.
    from build_dataset.corpus import housekeeping

    cache = tmp_path / "cache"
    write(cache / OLD / "ab" / "cd" / ENTRY_A, b"alt", LONG_AGO)
    looked = housekeeping.survey

    def then_written(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = looked(*args, **kwargs)
        write(cache / OLD / "ab" / "ef" / ENTRY_B, b"neu")
        return found

    monkeypatch.setattr(housekeeping, "survey", then_written)
    pruned = prune(cache, current=NOT_CURRENT)
    assert (pruned.entries, pruned.removed, pruned.kept) == (1, (), (OLD,))
    assert (cache / OLD / "ab" / "ef" / ENTRY_B).read_bytes() == b"neu"
    assert not (cache / OLD / "ab" / "cd" / ENTRY_A).exists()
