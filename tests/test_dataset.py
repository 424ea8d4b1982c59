"""dataset.json: found beside the sources or given with --dataset, two candidates refused, a
bad one refused in one line naming its file, line and fix; the project's own carries the
project's version."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from build_dataset.corpus.dataset import Dataset, find_dataset, read_dataset
from build_dataset.errors import InputError

ROOT = Path(__file__).parents[1]
GOOD = {
    "name": "news-quotes-hafen-2026",
    "title": "Zitate aus Meldungen über den Hafen",
    "version": "1.4.2",
    "created": "2026-03-31T12:00:00Z",
}


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_found_in_a_seeds_folder_with_defaults_for_what_it_does_not_say(tmp_path: Path) -> None:
    write(tmp_path / "korpus" / "dataset.json", GOOD)
    dataset = find_dataset([tmp_path / "korpus"], None)
    assert dataset == Dataset(
        name="news-quotes-hafen-2026",
        title="Zitate aus Meldungen über den Hafen",
        version="1.4.2",
        description=None,
        licenses=(),
        sources=(),
        keywords=(),
        created="2026-03-31T12:00:00Z",
    )


def test_found_beside_a_seeds_file(tmp_path: Path) -> None:
    write(tmp_path / "dataset.json", GOOD | {"keywords": ["Hafen", "Zitate"]})
    seeds = [tmp_path / "meldungen.jsonl", tmp_path / "a.txt"]  # the same folder twice: one
    assert find_dataset(seeds, None).keywords == ("Hafen", "Zitate")  # type: ignore[union-attr]


def test_none_beside_the_sources_is_none(tmp_path: Path) -> None:
    (tmp_path / "korpus").mkdir()
    assert find_dataset([tmp_path / "korpus", tmp_path / "a.jsonl"], None) is None


def test_two_candidates_are_refused_unless_one_is_given(tmp_path: Path) -> None:
    first = write(tmp_path / "eins" / "dataset.json", GOOD)
    second = write(tmp_path / "zwei" / "dataset.json", GOOD | {"version": "2.0.0"})
    seeds = [tmp_path / "eins", tmp_path / "zwei" / "a.txt"]
    with pytest.raises(InputError) as error:
        find_dataset(seeds, None)
    text = error.value.one_line()
    assert "\n" not in text
    assert text.startswith(
        f"{second}: a second dataset.json beside the sources (the first is {first})"
    )
    assert text.endswith("say which one holds the dataset's metadata with --dataset FILE")
    assert find_dataset(seeds, second).version == "2.0.0"  # type: ignore[union-attr]


def test_an_explicit_file_is_used_even_without_sources_beside_it(tmp_path: Path) -> None:
    chosen = write(tmp_path / "meta" / "mein-datensatz.json", GOOD | {"title": "Eigener Titel"})
    assert find_dataset([tmp_path / "korpus"], chosen).title == "Eigener Titel"  # type: ignore[union-attr]


def line_of(data: dict[str, object], key: str) -> int:
    """The line of KEY in json.dumps(DATA, indent=2): the file's line the error must name."""
    lines = json.dumps(data, indent=2).splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(f'  "{key}"'))


@pytest.mark.parametrize(
    ("change", "key", "message", "fix"),
    [
        (
            {"version": "2.0"},
            "version",
            '"version" is not a version MAJOR.MINOR.PATCH',
            'write e.g. "1.0.0"',
        ),
        # Python's "$" matches before a final line break: the schema says "not" a control
        ({"version": "1.0.0\n"}, "version", '"version" is not a version', 'write e.g. "1.0.0"'),
        ({"name": "korpus\n"}, "name", '"name" is not a package name', "news-quotes-my-corpus"),
        ({"version": "1.0.0-rc.1"}, "version", '"version" is not a version', "without pre-release"),
        (
            {"name": "Mein Korpus"},
            "name",
            '"name" is not a package name',
            '"news-quotes-my-corpus"',
        ),
        (
            {"created": "2026-03-31"},
            "created",
            '"created" is not a UTC time',
            '"2026-01-31T00:00:00Z"',
        ),
        (
            {"created": "2026-02-30T00:00:00Z"},
            "created",
            "is no time of the calendar",
            "2026-01-31",
        ),
        (
            {"title": "Zwei\nZeilen"},
            "title",
            '"title" is not one line',
            "write the title as one line",
        ),
        ({"farbe": "blau"}, "farbe", "unknown key 'farbe'", "use only name, title, version"),
        (
            {"licenses": [{"title": "frei"}]},
            "licenses",
            '"licenses" is not a list of licences',
            "CC-BY-4.0",
        ),
        ({"licenses": [{"name": "CC BY"}]}, "licenses", "(at licenses[0].name)", "CC-BY-4.0"),
        (
            {"keywords": ["Hafen", "Hafen"]},
            "keywords",
            '"keywords" is not a list of distinct',
            '["news"',
        ),
    ],
)
def test_a_schema_violation_is_one_line_with_file_line_and_fix(
    tmp_path: Path, change: dict[str, object], key: str, message: str, fix: str
) -> None:
    data = GOOD | change
    path = write(tmp_path / "dataset.json", data)
    with pytest.raises(InputError) as error:
        find_dataset([tmp_path], None)
    text = error.value.one_line()
    assert "\n" not in text
    assert text.startswith(f"{path}:{line_of(data, key)}: "), text
    said, hint = text.split("; ", 1)
    assert message in said and fix in hint, text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (json.dumps({k: v for k, v in GOOD.items() if k != "created"}), '"created" is missing'),
        ("[]", "expected a JSON object"),
        ('{"name": "a", "name": "b"}', "key 'name' appears twice"),
        ("{", "malformed JSON"),
    ],
)
def test_a_file_that_is_no_dataset_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "dataset.json", content)
    with pytest.raises(InputError) as error:
        read_dataset(path)
    assert message in error.value.one_line() and str(path) in error.value.one_line()


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dataset.json"
    path.write_bytes(b'{\n"title": "Gr\xfc\xdfe"}')
    with pytest.raises(InputError, match=r"dataset.json:2: invalid UTF-8; save the file as UTF-8"):
        read_dataset(path)


def test_the_seed_dataset_keeps_todays_package_metadata() -> None:
    dataset = find_dataset([ROOT / "seeds"], None)
    assert dataset is not None
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert dataset.name == "news-quotes-000_7562abd95e068531"
    for field in ("name", "title", "description", "created"):
        assert getattr(dataset, field) == package[field], field
    assert list(dataset.licenses) == package["licenses"]
    assert list(dataset.sources) == package["sources"]
    assert list(dataset.keywords) == package["keywords"]


def newest_changelog_version() -> str:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog, re.M)
    assert newest, "CHANGELOG.md has no '## [X.Y.Z] - DATE' entry"
    return newest.group(1)


def test_one_version_in_pyproject_changelog_and_the_seed_dataset() -> None:
    """The project's one version (test_docs.test_versions_agree checks pyproject, CHANGELOG
    and data/ as well)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    seed = json.loads((ROOT / "seeds" / "dataset.json").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == newest_changelog_version() == seed["version"]
