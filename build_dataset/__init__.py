"""Turn a German news article into a validated Frictionless Data Package."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("build-dataset")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
