"""Safe writes: a build killed with SIGKILL at any point leaves --out as the old package or
the new one, never a mix; a folder holding anything build-dataset did not write is refused;
leftovers of killed builds are cleared by the next build when they hold only its files."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import build_dataset

from build_dataset.write import written_by_us

ROOT = Path(__file__).parents[1]
NEW_TEXT = (
    "Landrätin Petra Sommer eröffnete am Montag die Umgehungsstraße in Niederwessel.\n"
    "„Das hat viel zu lange gedauert“, sagte Sommer.\n"
)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below FOLDER (the review/ pages too) by its relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def start_build(seeds: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "build_dataset", "--seeds", str(seeds), "--out", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=out.parent,
    )  # fmt: skip


def staging_has(parent: Path, name: str | None) -> bool:
    for folder in parent.glob(".out.building-*"):
        if name is None or (folder / name).exists():
            return True
    return False


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    """(seed of the new package, the old package's files, the new package's files)."""
    base = tmp_path_factory.mktemp("packages")
    new_seed = base / "neu.txt"
    new_seed.write_text(NEW_TEXT, encoding="utf-8")
    old, new = base / "old", base / "new"
    for seeds, out in ((ROOT / "seeds", old), (new_seed, new)):
        assert build_dataset("--seeds", str(seeds), "--out", str(out), cwd=base).returncode == 0
    return new_seed, snapshot(old), snapshot(new)


# When to kill: the moment a condition on the staging folder holds. The early points are
# always reached while the build runs; the late ones sit milliseconds before the swap, and a
# build may finish first: then the new package must be in place.
KILL_POINTS: list[tuple[str, Callable[[Path], bool], bool]] = [
    ("staging-created", lambda parent: staging_has(parent, None), True),
    ("csv-written", lambda parent: staging_has(parent, "entities.csv"), True),
    ("descriptor-written", lambda parent: staging_has(parent, "datapackage.json"), False),
    ("sums-written", lambda parent: staging_has(parent, "SHA256SUMS"), False),
]


@pytest.mark.acceptance  # five builds killed with SIGKILL: the slowest of the safety runs
@pytest.mark.parametrize(
    ("point", "when", "surely_running"), KILL_POINTS, ids=[p for p, _, _ in KILL_POINTS]
)
def test_killed_build_leaves_old_or_new(
    tmp_path: Path,
    packages: tuple[Path, dict, dict],
    point: str,
    when: Callable[[Path], bool],
    surely_running: bool,
) -> None:
    new_seed, old_files, new_files = packages
    out = tmp_path / "out"
    out.mkdir()
    for name, data in old_files.items():
        (out / name).parent.mkdir(exist_ok=True)
        (out / name).write_bytes(data)
    process = start_build(new_seed, out)
    deadline = time.monotonic() + 60
    while not when(tmp_path) and process.poll() is None and time.monotonic() < deadline:
        pass
    running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    if surely_running:
        assert running, f"the build ended before {point}"
    assert out.is_dir(), f"killed at {point}: --out is gone"
    state = snapshot(out)
    assert state in (old_files, new_files), f"killed at {point}: a mix of old and new"
    assert written_by_us(out)
    # The next build clears what the killed one left, without a word of advice.
    rebuild_clears_leftovers(new_seed, out)


def rebuild_clears_leftovers(seed: Path, out: Path) -> None:
    """The next build succeeds and leaves nothing beside OUT, without a word of advice."""
    result = build_dataset("--seeds", str(seed), "--out", str(out), cwd=out.parent)
    assert result.returncode == 0 and "leftover" not in result.stderr, result.stderr
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


def test_a_leftover_of_our_own_files_is_removed_by_the_next_build(
    tmp_path: Path, packages: tuple[Path, dict, dict]
) -> None:
    """Case 5: a build killed just after the swap leaves the previous package in its
    staging folder; the next build removes it, as it holds only the tool's files."""
    new_seed, old_files, _ = packages
    out = tmp_path / "out"
    for leftover in (tmp_path / ".out.building-x1y2", tmp_path / ".out.old-a1b2"):
        for name, data in old_files.items():
            (leftover / name).parent.mkdir(parents=True, exist_ok=True)
            (leftover / name).write_bytes(data)
    (tmp_path / ".out.building-half").mkdir()  # killed while writing the CSVs
    (tmp_path / ".out.building-half" / "quotes.csv").write_text("quote_id\n", "utf-8")
    rebuild_clears_leftovers(new_seed, out)


def test_a_leftover_holding_a_users_file_is_kept_and_no_advice_deletes_it(
    tmp_path: Path, packages: tuple[Path, dict, dict]
) -> None:
    """Case 4: an older version's --force left the user's folder in .out.old-…; the next
    build keeps it and says to look through it, never to remove it."""
    new_seed, _, _ = packages
    out = tmp_path / "out"
    holder = tmp_path / ".out.old-x1y2" / "out" / "plots"
    holder.mkdir(parents=True)
    (holder / "a.svg").write_text("<svg/>", encoding="utf-8")
    result = build_dataset("--seeds", str(new_seed), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "leftover folder .out.old-x1y2" in result.stderr
    assert "remove" not in result.stderr and "delete" not in result.stderr
    assert (holder / "a.svg").read_text(encoding="utf-8") == "<svg/>"


def test_a_staging_folder_of_a_running_build_is_left_alone(
    tmp_path: Path, packages: tuple[Path, dict, dict]
) -> None:
    new_seed, _, _ = packages
    running = tmp_path / ".out.building-live"
    running.mkdir()
    (running / "quotes.csv").write_text("quote_id\n", encoding="utf-8")
    handle = os.open(running, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)  # what a running build holds
    try:
        result = build_dataset("--seeds", str(new_seed), "--out", str(tmp_path / "out"))
    finally:
        os.close(handle)
    assert result.returncode == 0 and "leftover" not in result.stderr, result.stderr
    assert (running / "quotes.csv").exists()


def test_folder_of_others_is_refused_naming_five_entries(tmp_path: Path) -> None:
    """Case 4: nothing of a folder build-dataset did not write is moved, re-owned or
    replaced: the build refuses, naming what is there, and no option overrides it."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "plots").mkdir()
    (out / "plots" / "a.svg").write_text("<svg/>", encoding="utf-8")
    for index in range(6):
        (out / f"notes{index}.txt").write_text("mine", encoding="utf-8")
    before = {str(p): (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.rglob("*")}
    folder_inode = out.stat().st_ino
    for args in ((), ("--force",)):
        result = build_dataset("--out", str(out), *args, cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    refused = build_dataset("--out", str(out), cwd=tmp_path).stderr
    assert "did not write: notes0.txt, notes1.txt, notes2.txt, notes3.txt, notes4.txt and" in (
        refused
    )
    assert "2 more" in refused
    after = {str(p): (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.rglob("*")}
    assert after == before and out.stat().st_ino == folder_inode


def test_their_file_of_a_package_name_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "quotes.csv").write_text("their own table", encoding="utf-8")
    result = build_dataset("--out", str(out), cwd=tmp_path)
    assert result.returncode == 2
    assert "did not write: quotes.csv;" in result.stderr
    assert (out / "quotes.csv").read_text(encoding="utf-8") == "their own table"
    assert sorted(os.listdir(out)) == ["quotes.csv"]
    assert not list(tmp_path.glob(".out.*"))


@pytest.mark.acceptance  # several full builds in child processes
def test_a_dangling_link_in_out_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    """Case 10: a dangling symbolic link in --out made a new .X.old-* on every build."""
    out = tmp_path / "out"
    assert build_dataset("--out", str(out), cwd=tmp_path).returncode == 0
    (out / "gone").symlink_to(tmp_path / "nowhere")
    for _ in range(2):
        result = build_dataset("--out", str(out), cwd=tmp_path)
        assert result.returncode == 2 and "did not write: gone;" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.acceptance  # several full builds in child processes
def test_rebuilding_replaces_an_older_release_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert start_build(ROOT / "seeds", out).wait() == 0
    release = next(out.glob("news-quotes-*.json"))
    older = out / release.name.replace(".json", "-old.json")
    shutil.move(release, older)
    descriptor = (out / "datapackage.json").read_text(encoding="utf-8")
    (out / "datapackage.json").write_text(
        descriptor.replace(release.name, older.name), encoding="utf-8"
    )
    # As an older version wrote it: its SHA256SUMS vouches for every file, under its name
    sums = "".join(
        f"{hashlib.sha256(content).hexdigest()}  {name}\n"
        for name, content in snapshot(out).items()
        if name != "SHA256SUMS"
    )
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
    assert start_build(ROOT / "seeds", out).wait() == 0
    assert not older.exists() and release.exists()  # ours, listed in the old descriptor


@pytest.mark.acceptance  # two full builds in child processes
def test_a_descriptor_cannot_make_a_file_of_others_ours(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build_dataset("--out", str(out), cwd=tmp_path).returncode == 0
    (out / "notes.md").write_text("mine", encoding="utf-8")
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"].append({"name": "notes", "path": "notes.md"})
    (out / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    result = build_dataset("--out", str(out), cwd=tmp_path)
    # the edited descriptor no longer matches SHA256SUMS, so it is refused too
    assert result.returncode == 2 and "did not write: datapackage.json, notes.md;" in result.stderr
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"


def test_another_generator_is_not_us(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "datapackage.json").write_text('{"generator": "build-dataset-ng 2.0"}', "utf-8")
    (out / "data.csv").write_text("a,b\n", encoding="utf-8")
    result = build_dataset("--out", str(out), cwd=tmp_path)
    assert result.returncode == 2 and "did not write" in result.stderr
    assert sorted(os.listdir(out)) == ["data.csv", "datapackage.json"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: (tmp / "link").symlink_to(tmp / "real") or tmp / "link",
         "--out is a symbolic link"),
        (lambda tmp: Path("."), "holds the seeds or the current folder"),
        (lambda tmp: Path(".."), "holds the seeds or the current folder"),
    ],
)  # fmt: skip
def test_out_that_the_swap_would_break_is_refused(tmp_path: Path, make, message: str) -> None:
    (tmp_path / "real").mkdir()
    work = tmp_path / "work"
    work.mkdir()
    out = make(tmp_path)
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    result = build_dataset("--out", str(out), cwd=work)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before


@pytest.mark.acceptance  # two full builds in child processes
def test_out_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build_dataset("--out", str(out), cwd=tmp_path).returncode == 0
    out.chmod(0o700)
    assert build_dataset("--out", str(out), cwd=tmp_path).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o700


@pytest.mark.acceptance  # several full builds in child processes
def test_parallel_builds_into_one_out_all_succeed_and_leave_nothing(
    tmp_path: Path, packages: tuple[Path, dict, dict]
) -> None:
    new_seed, _, new_files = packages
    out = tmp_path / "out"
    builds = [start_build(new_seed, out) for _ in range(4)]
    assert [process.wait() for process in builds] == [0, 0, 0, 0]
    assert snapshot(out) == new_files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("name", ["quotes.csv", "index.html", "review/000_7562abd95e068531.html"])
def test_an_edited_file_of_a_package_is_refused_and_kept(tmp_path: Path, name: str) -> None:
    """Issue 11: a file of --out is the tool's only while its sha256 is the one SHA256SUMS
    records; the user's edit made it theirs, and it was overwritten by name alone."""
    out = tmp_path / "o3"
    shutil.copytree(ROOT / "data", out)
    with (out / name).open("a", encoding="utf-8") as file:
        file.write("edit\n")
    before = snapshot(out)
    result = build_dataset("--out", str(out), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1
    assert f"did not write: {name};" in result.stderr
    assert snapshot(out) == before
    assert (out / name).read_text(encoding="utf-8").endswith("edit\n")


REVIEW_PAGE = "review/000_7562abd95e068531.html"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        pytest.param(
            lambda out: (out / "review" / "notes.txt").write_text("mine", encoding="utf-8"),
            "review/notes.txt",
            id="a-file-of-the-user-in-review",
        ),
        pytest.param(
            lambda out: (out / "review" / "extra.html").write_text("mine", encoding="utf-8"),
            "review/extra.html",
            id="a-page-no-sum-lists",
        ),
        pytest.param(
            lambda out: (out / "review" / "sub").mkdir(),
            "review/sub",
            id="a-folder-in-review",
        ),
        pytest.param(
            lambda out: (
                (out / "review" / "000_7562abd95e068531.html").unlink()
                or (out / "review" / "000_7562abd95e068531.html").symlink_to(out / "index.html")
            ),
            "review/000_7562abd95e068531.html",
            id="a-page-replaced-by-a-link",
        ),
    ],
)
def test_the_review_folder_is_ours_only_as_the_sums_list_it(
    tmp_path: Path, change: Callable[[Path], object], named: str
) -> None:
    """review/ is the one folder of a package: the tool's while every file in it is a
    regular file SHA256SUMS lists by its path with its sha256; anything else is the user's."""
    out = tmp_path / "o4"
    shutil.copytree(ROOT / "data", out, symlinks=True)
    change(out)
    before = {str(p.relative_to(out)) for p in out.rglob("*")}
    result = build_dataset("--out", str(out), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert f"did not write: {named}" in result.stderr and result.stderr.count("\n") == 1
    assert {str(p.relative_to(out)) for p in out.rglob("*")} == before


def test_a_package_with_its_review_folder_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "o5"
    shutil.copytree(ROOT / "data", out)
    stale = out / "review" / "old-article.html"
    stale.write_text("<p>an article of the previous build</p>", encoding="utf-8")
    sums = (out / "SHA256SUMS").read_text(encoding="utf-8")
    digest = hashlib.sha256(stale.read_bytes()).hexdigest()
    (out / "SHA256SUMS").write_text(sums + f"{digest}  review/old-article.html\n", "utf-8")
    result = build_dataset("--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()  # the page of an article the new build does not hold
    assert snapshot(out) == snapshot(ROOT / "data")


def test_sums_may_name_only_review_pages_below_the_package(tmp_path: Path) -> None:
    """A SHA256SUMS line naming a path elsewhere ("../x", "sub/x.html") makes the file
    malformed, so nothing it lists counts as the tool's."""
    out = tmp_path / "o6"
    shutil.copytree(ROOT / "data", out)
    sums = (out / "SHA256SUMS").read_text(encoding="utf-8")
    (out / "SHA256SUMS").write_text(sums + f"{'0' * 64}  ../elsewhere.html\n", "utf-8")
    result = build_dataset("--out", str(out), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "did not write: SHA256SUMS, article.json, croissant.json" in result.stderr
