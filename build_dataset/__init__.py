"""Turn a German news article into a validated Frictionless Data Package.

    >>> from build_dataset import extract
    >>> result = extract("„Wir bleiben“, sagte Bürgermeisterin Jana Olbrich.")
    >>> [(q.speaker, q.text) for q in result.quotes]
    [('Jana Olbrich', 'Wir bleiben')]

The names below load on first use, so that ``import build_dataset`` stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    __version__: str
    from build_dataset.api import extract
    from build_dataset.assemble import Extraction
    from build_dataset.errors import InputError
    from build_dataset.pipeline import BuildReport, build
    from build_dataset.records import Article, Caption, EntityRow, MentionRow, QuoteRow

__all__ = [
    "Article",
    "BuildReport",
    "Caption",
    "EntityRow",
    "Extraction",
    "InputError",
    "MentionRow",
    "QuoteRow",
    "__version__",
    "build",
    "extract",
]

_HOMES = {
    "extract": "build_dataset.api",
    "Extraction": "build_dataset.assemble",
    "InputError": "build_dataset.errors",
    "BuildReport": "build_dataset.pipeline",
    "build": "build_dataset.pipeline",
    "Article": "build_dataset.records",
    "Caption": "build_dataset.records",
    "EntityRow": "build_dataset.records",
    "MentionRow": "build_dataset.records",
    "QuoteRow": "build_dataset.records",
}


def _installed_version() -> str:
    """The installed version; read on first use, as importlib.metadata costs a twentieth
    of a second that `build-dataset --help` need not spend."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("build-dataset")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()["__version__"] = value = _installed_version()
        return value
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'build_dataset' has no attribute {name!r}")
