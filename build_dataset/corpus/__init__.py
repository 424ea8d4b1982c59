"""Many articles into one package: sources, per-article work, the runner and the cache."""
