"""`build-dataset diff`: what changed between two versions, and which bump it needs."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from package_maker import corpus_rows, make_package
from typer.testing import CliRunner

from build_dataset.cli import app

ROOT = Path(__file__).parents[1]
DATA = ROOT / "data"
SEED = "000_7562abd95e068531"  # the id of data/'s one article


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def copy_of_data(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(DATA, folder)
    return folder


def edit_csv(folder: Path, name: str, change: Callable[[list[dict[str, str]]], None]) -> None:
    path = folder / name
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    change(rows)
    columns = list(rows[0]) if rows else []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def edit_descriptor(folder: Path, change: Callable[[dict], None]) -> None:
    path = folder / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    change(package)
    path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")


def set_version(version: str) -> Callable[[dict], None]:
    return lambda package: package.update(version=version)


def table(package: dict, name: str) -> dict:
    return next(r for r in package["resources"] if r["name"] == name)


def rename_speaker(rows: list[dict[str, str]]) -> None:
    rows[0]["speaker"] = "Someone Else"


def add_row(rows: list[dict[str, str]]) -> None:
    rows.append({**rows[0], "quote_id": "p9-c1"})


def drop_column(rows: list[dict[str, str]]) -> None:
    for row in rows:
        del row["cue"]


def drop_cue_field(package: dict) -> None:
    schema = table(package, "quotes")["schema"]
    schema["fields"] = [f for f in schema["fields"] if f["name"] != "cue"]


def make_paragraph_a_string(package: dict) -> None:
    for f in table(package, "quotes")["schema"]["fields"]:
        if f["name"] == "paragraph":
            f["type"] = "string"


def drop_entities(package: dict) -> None:
    package["resources"] = [r for r in package["resources"] if r["name"] != "entities"]


def field_of(package: dict, table_name: str, column: str) -> dict:
    return next(f for f in table(package, table_name)["schema"]["fields"] if f["name"] == column)


def add_enum_value(package: dict) -> None:
    field_of(package, "quotes", "type")["constraints"]["enum"].append("mixed")


def drop_enum_value(package: dict) -> None:
    field_of(package, "entities", "type")["constraints"]["enum"].remove("DATE")


def widen_pattern(package: dict) -> None:
    constraints = field_of(package, "entities", "normalized")["constraints"]
    constraints["pattern"] += "|^[0-9]{3}$"  # everything it matched, and more


def narrow_pattern(package: dict) -> None:
    constraints = field_of(package, "entities", "normalized")["constraints"]
    constraints["pattern"] = "^[0-9]{4}$"


def require_cue(package: dict) -> None:
    field_of(package, "quotes", "cue")["constraints"]["required"] = True


def reword(package: dict) -> None:
    field_of(package, "quotes", "cue")["description"] = "The verb."


def drop_foreign_key(package: dict) -> None:
    del table(package, "quotes")["schema"]["foreignKeys"]


def semicolons(package: dict) -> None:
    table(package, "quotes")["dialect"]["delimiter"] = ";"


def rename_key(rows: list[dict[str, str]]) -> None:
    rows[0]["quote_id"] = "p1-q9"


# (what changes in quotes.csv, what changes in the descriptor, the bump it needs)
CHANGES = [
    pytest.param(None, None, "none", id="nothing"),
    pytest.param(rename_speaker, None, "patch", id="value-corrected"),
    pytest.param(lambda rows: rows.pop(), None, "patch", id="row-removed-as-a-correction"),
    pytest.param(add_row, None, "minor", id="row-added"),
    pytest.param(None, lambda p: p.update(title="Another title"), "patch", id="metadata"),
    pytest.param(drop_column, drop_cue_field, "major", id="column-removed"),
    pytest.param(None, make_paragraph_a_string, "major", id="type-changed"),
    pytest.param(None, drop_entities, "major", id="resource-removed"),
    pytest.param(None, add_enum_value, "minor", id="enum-value-added"),
    pytest.param(None, drop_enum_value, "major", id="enum-value-removed"),
    pytest.param(None, widen_pattern, "minor", id="pattern-widened-by-an-alternative"),
    pytest.param(None, narrow_pattern, "major", id="pattern-replaced"),
    pytest.param(None, require_cue, "major", id="column-made-required"),
    pytest.param(None, reword, "patch", id="description-changed"),
    pytest.param(None, drop_foreign_key, "major", id="foreign-key-removed"),
    pytest.param(None, semicolons, "major", id="dialect-changed"),
    pytest.param(rename_key, None, "minor", id="key-renamed-is-a-row-removed-and-added"),
]


@pytest.mark.parametrize(("rows", "descriptor", "bump"), CHANGES)
def test_required_bump(tmp_path: Path, rows, descriptor, bump: str) -> None:
    new = copy_of_data(tmp_path, "new")
    if rows:
        edit_csv(new, "quotes.csv", rows)
    if descriptor:
        edit_descriptor(new, descriptor)
    code, out, _ = invoke("diff", str(DATA), str(new), "--json")
    result = json.loads(out)
    assert result["required_bump"] == bump
    assert code == (0 if bump == "none" else 1)  # the version number did not move


# data/'s version (seeds/dataset.json's), which the changed copies keep unless a test sets one
VERSION = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))["version"]
MAJOR, MINOR, PATCH = (int(part) for part in VERSION.split("."))


@pytest.mark.parametrize(
    ("bump", "version", "code"),
    [
        ("patch", f"{MAJOR}.{MINOR}.{PATCH + 1}", 0),
        ("patch", f"{MAJOR}.{MINOR + 1}.0", 0),
        ("patch", VERSION, 1),
        ("minor", f"{MAJOR}.{MINOR}.{PATCH + 1}", 1),
        ("minor", f"{MAJOR}.{MINOR + 1}.0", 0),
        ("major", f"{MAJOR}.{MINOR + 5}.0", 1),
        ("major", f"{MAJOR + 1}.0.0", 0),
    ],
)
def test_exit_code_says_whether_the_version_is_honest(
    tmp_path: Path, bump: str, version: str, code: int
) -> None:
    new = copy_of_data(tmp_path, "new")
    change = {"patch": rename_speaker, "minor": add_row, "major": drop_column}[bump]
    edit_csv(new, "quotes.csv", change)
    edit_descriptor(new, set_version(version))
    if bump == "major":
        edit_descriptor(new, drop_cue_field)
    assert invoke("diff", str(DATA), str(new))[0] == code


def test_report_names_the_changed_field(tmp_path: Path) -> None:
    new = copy_of_data(tmp_path, "new")
    edit_csv(new, "quotes.csv", rename_speaker)
    code, out, _ = invoke("diff", str(DATA), str(new))
    assert code == 1
    assert f"quotes ~ {SEED}, p1-c28: speaker: 'Kreml' -> 'Someone Else'" in out
    assert f"required bump: patch; {VERSION} -> {VERSION} is NOT enough" in out


def test_json_lists_changed_rows_by_primary_key(tmp_path: Path) -> None:
    new = copy_of_data(tmp_path, "new")
    edit_csv(new, "quotes.csv", rename_speaker)
    edit_csv(new, "quotes.csv", add_row)
    result = json.loads(invoke("diff", str(DATA), str(new), "--json")[1])
    quotes = result["resources"]["quotes"]
    assert quotes["added"] == [[SEED, "p9-c1"]]
    assert quotes["changed"] == [
        {"key": [SEED, "p1-c28"], "fields": {"speaker": {"old": "Kreml", "new": "Someone Else"}}}
    ]


def test_a_release_file_equals_its_package_folder() -> None:
    release = DATA / f"news-quotes-{SEED}-{VERSION}.json"
    code, out, _ = invoke("diff", str(DATA), str(release))
    assert code == 0 and "required bump: none" in out
    code, out, _ = invoke("diff", str(release), str(DATA))
    assert code == 0 and "required bump: none" in out


def drop_release(package: dict) -> None:
    package["resources"] = [r for r in package["resources"] if r["name"] != "release"]
    package["version"] = f"{MAJOR}.{MINOR - 1}.0" if MINOR else f"{MAJOR - 1}.0.0"


def test_a_version_without_release_file_needs_a_minor_bump(tmp_path: Path) -> None:
    old = copy_of_data(tmp_path, "old")  # like 1.0.0, which had no release file
    edit_descriptor(old, drop_release)
    code, out, _ = invoke("diff", str(old), str(DATA))
    assert code == 0 and "resource added: release" in out and "required bump: minor" in out


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing", "no such file or folder"),
        (lambda tmp: tmp, "holds no datapackage.json"),
        (lambda tmp: write(tmp / "r.json", '{"tables": {"quotes": {}}}'), "not a package or"),
        (lambda tmp: write(tmp / "r.json", "[1, 2]"), "not a release file"),
        (lambda tmp: write(tmp / "r.json", "{"), "malformed JSON"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make, message: str) -> None:
    code, _, err = invoke("diff", str(make(tmp_path)), str(DATA))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_a_malformed_version_is_refused(tmp_path: Path) -> None:
    new = copy_of_data(tmp_path, "new")
    edit_descriptor(new, set_version("1.1"))
    code, _, err = invoke("diff", str(DATA), str(new))
    assert code == 2 and "version '1.1' is not MAJOR.MINOR.PATCH" in err


def test_two_different_packages_are_refused(tmp_path: Path) -> None:
    other = copy_of_data(tmp_path, "other")
    edit_descriptor(other, lambda p: p.update(name="news-quotes-another-article"))
    code, _, err = invoke("diff", str(DATA), str(other))
    assert code == 2 and "another package" in err


def test_a_duplicate_primary_key_is_refused(tmp_path: Path) -> None:
    new = copy_of_data(tmp_path, "new")
    edit_csv(new, "quotes.csv", lambda rows: rows.append(dict(rows[0])))
    code, _, err = invoke("diff", str(DATA), str(new))
    assert code == 2 and f"primary key ('{SEED}', 'p1-c28') appears twice" in err


@pytest.mark.parametrize("version", ["1.1.0-rc1", "1.1.1+b5", "1.².0", "v1.2.0"])
def test_only_plain_versions_are_read(tmp_path: Path, version: str) -> None:
    new = copy_of_data(tmp_path, "new")
    edit_descriptor(new, set_version(version))
    code, _, err = invoke("diff", str(DATA), str(new))
    assert code == 2 and f"version {version!r} is not MAJOR.MINOR.PATCH" in err
    assert str(new) in err  # the message names the package, not "NEW"


# The 2.0 shape: composite keys, article.json a list of articles, a table without key.


def corpus(tmp_path: Path, name: str, change: Callable[[dict], None] | None = None, **kw) -> Path:
    rows = corpus_rows()
    if change:
        change(rows)
    return make_package(tmp_path / name, rows, **kw)


def test_a_1x_package_against_a_2_0_package_needs_a_major_bump(tmp_path: Path) -> None:
    old = make_package(tmp_path / "old", version="1.2.0", old=True)
    new = corpus(tmp_path, "new", version="2.0.0")
    code, out, err = invoke("diff", str(old), str(new))
    assert (code, err) == (0, ""), err
    assert "major because article: one article object -> a list of articles" in out
    assert "major because quotes: primary key (quote_id) -> (article_id, quote_id)" in out
    assert "major because mentions: primary key (start) -> (article_id, start)" in out
    assert "quotes        rows not matched, as the key changed: 1 -> 2" in out
    assert out.rstrip().endswith("required bump: major; 1.2.0 -> 2.0.0 is enough")
    result = json.loads(invoke("diff", str(old), str(new), "--json")[1])
    assert result["resources_added"] == ["warnings", "skipped"]
    assert result["resources"]["quotes"]["columns_added"] == ["article_id"]
    assert result["resources"]["quotes"]["rows_not_matched"] == {"old": 1, "new": 2}
    assert result["resources"]["article"]["added"] == [["verband"]]  # matched by id
    assert {"bump": "minor", "why": "entities: column added: articles"} in result["reasons"]
    code, out, _ = invoke("diff", str(old), str(corpus(tmp_path, "minor", version="1.3.0")))
    assert code == 1 and "required bump: major; 1.2.0 -> 1.3.0 is NOT enough" in out


def test_2_0_rows_are_matched_by_the_composite_key(tmp_path: Path) -> None:
    def edit(rows: dict) -> None:
        rows["quotes"][1][4] = "Landesverband"  # speaker of the quote in "verband"
        other = list(rows["quotes"][0])
        other[0] = "verband"  # the same quote id in another article: a new row
        rows["quotes"].append(other)

    old, new = corpus(tmp_path, "old"), corpus(tmp_path, "new", edit)
    result = json.loads(invoke("diff", str(old), str(new), "--json")[1])
    quotes = result["resources"]["quotes"]
    key = [["verband", corpus_rows()["quotes"][1][1]]]
    assert [change["key"] for change in quotes["changed"]] == key
    assert quotes["changed"][0]["fields"] == {"speaker": {"old": "Verband", "new": "Landesverband"}}
    assert quotes["added"] == [["verband", corpus_rows()["quotes"][0][1]]]
    assert quotes["removed"] == [] and result["required_bump"] == "minor"
    _, out, _ = invoke("diff", str(old), str(new))
    assert f"quotes ~ verband, {key[0][1]}: speaker: 'Verband' -> 'Landesverband'" in out


@pytest.mark.parametrize(
    ("change", "bump", "line"),
    [
        (lambda rows: rows["article"][1].update(title="Neu"), "patch",
         "article ~ verband: title: None -> 'Neu'"),
        (lambda rows: rows["article"].append({**rows["article"][1], "id": "z"}), "minor",
         "article + z"),
        (lambda rows: rows["warnings"].append(["verband", 2, "neu"]), "minor",
         "warnings + verband, 2, neu, 1"),
        (lambda rows: rows["warnings"].pop(), "patch", "warnings - verband, None, noch einer, 1"),
        (lambda rows: None, "none", "required bump: none; 2.0.0 -> 2.0.0 is enough"),
    ],
)  # fmt: skip
def test_2_0_articles_by_id_and_keyless_rows_by_value(
    tmp_path: Path, change: Callable[[dict], None], bump: str, line: str
) -> None:
    old, new = corpus(tmp_path, "old"), corpus(tmp_path, "new", change)
    code, out, _ = invoke("diff", str(old), str(new))
    assert line in out.splitlines() and f"required bump: {bump};" in out
    assert code == (0 if bump == "none" else 1)


def test_a_changed_body_is_named_by_its_length_and_hash_not_printed(tmp_path: Path) -> None:
    def edit(rows: dict) -> None:
        rows["article"][1]["body"] = rows["article"][1]["body"].replace("recht", "unrecht")

    old, new = corpus(tmp_path, "old"), corpus(tmp_path, "new", edit)
    code, out, _ = invoke("diff", str(old), str(new))
    (line,) = [line for line in out.splitlines() if line.startswith("article ~ verband: body:")]
    length = len(corpus_rows()["article"][1]["body"])  # "unrecht" is two letters longer
    assert f"<{length} characters, sha256 " in line and f"<{length + 2} characters" in line
    assert "Lindner" not in line and "required bump: patch" in out and code == 1


def test_a_duplicate_article_id_is_refused(tmp_path: Path) -> None:
    new = corpus(tmp_path, "new", lambda rows: rows["article"].append(rows["article"][0]))
    code, _, err = invoke("diff", str(corpus(tmp_path, "old")), str(new))
    assert code == 2 and "article 'land/schule' appears twice" in err


def test_the_versions_of_the_builders_packages_are_no_change(tmp_path: Path) -> None:
    def versions(package: dict) -> None:
        package["packages"] = {"german-nouns": "9.9.9"}
        package["generator"] = "build-dataset 9.9.9"

    old, new = corpus(tmp_path, "old"), corpus(tmp_path, "new")
    edit_descriptor(new, versions)
    code, out, _ = invoke("diff", str(old), str(new))
    assert code == 0 and "required bump: none" in out
