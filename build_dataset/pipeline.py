"""Chain the stages: seed -> extraction -> validated files -> package swapped into place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_dataset.assemble import article_record, extract_article
from build_dataset.croissant import croissant
from build_dataset.metadata import neighbour_warnings
from build_dataset.package import data_resources, descriptor, json_resource, package_metadata
from build_dataset.records import EntityRow, MentionRow, QuoteRow
from build_dataset.release import release_document, release_name, sha256sums
from build_dataset.review import review_page
from build_dataset.seed import find_seed, read_article
from build_dataset.validate import ValidationFailed, formula_warnings, validate, validate_release
from build_dataset.write import (
    CROISSANT_FILE,
    REVIEW_FILE,
    SUMS_FILE,
    check_target,
    clear_leftovers,
    staging,
    swap_in,
    write_csv,
    write_json,
)


@dataclass(frozen=True)
class BuildReport:
    out: Path
    quotes: int
    entities: int
    warnings: tuple[str, ...]


def check_package(folder: Path) -> None:
    """The same check as `frictionless validate datapackage.json`, before the swap."""
    from frictionless import Package, system

    with system.use_context(trusted=True):
        report = Package(str(folder / "datapackage.json")).validate()
    if not report.valid:
        errors = [f"{e.type}: {e.message}" for task in report.tasks for e in task.errors]
        errors += [f"{e.type}: {e.message}" for e in report.errors]
        raise ValidationFailed(errors)


def build(seeds: Path | str, out: Path | str) -> BuildReport:
    """Build the package of the seed at SEEDS (a seed file, or a folder holding one) into
    OUT; OUT is untouched unless all is valid. OUT must be absent, empty or hold nothing but
    a package build-dataset wrote. Raises InputError for bad input."""
    seeds, out = Path(seeds), Path(out)
    check_target(out, seeds)
    article = read_article(seeds)
    extraction = extract_article(article)
    validate(extraction)
    metadata = package_metadata(article)  # once, for the release and both descriptors
    with staging(out) as folder:
        write_json(folder / "article.json", article_record(article))
        write_csv(folder / "quotes.csv", QuoteRow, extraction.quotes)
        write_csv(folder / "entities.csv", EntityRow, extraction.entities)
        write_csv(folder / "mentions.csv", MentionRow, extraction.mentions)
        release = release_document(metadata, extraction, folder)
        validate_release(release)
        name = release_name(metadata)
        write_json(folder / name, release)
        # croissant.json describes the data files; datapackage.json lists them and
        # croissant.json itself, whose size and checksum exist only once it is written.
        data = data_resources(folder, name)
        write_json(folder / CROISSANT_FILE, croissant(descriptor(metadata, data)))
        described = json_resource(
            "croissant",
            folder / CROISSANT_FILE,
            "The same package described in Croissant 1.0 (MLCommons) for ML catalogues.",
        )
        package = descriptor(metadata, [*data, described])
        write_json(folder / "datapackage.json", package)
        (folder / REVIEW_FILE).write_text(
            review_page(extraction, package), encoding="utf-8", newline="\n"
        )
        check_package(folder)
        (folder / SUMS_FILE).write_text(sha256sums(folder), encoding="utf-8", newline="\n")
        kept = swap_in(folder, out)
    notes = neighbour_warnings(find_seed(seeds), article.reference_date is not None)
    warnings = (*notes, *extraction.warnings, *formula_warnings(extraction))
    warnings += (*([kept] if kept else []), *clear_leftovers(out))
    return BuildReport(out, len(extraction.quotes), len(extraction.entities), warnings)
