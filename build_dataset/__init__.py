"""Turn a German news article into a validated Frictionless Data Package.

    >>> from build_dataset import extract
    >>> result = extract("„Wir bleiben“, sagte Bürgermeisterin Jana Olbrich.")
    >>> [(q.speaker, q.text) for q in result.quotes]
    [('Jana Olbrich', 'Wir bleiben')]

The names below load on first use, so that ``import build_dataset`` stays light.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("build-dataset")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'build_dataset' has no attribute {name!r}")
