"""Which model a build naming none uses: the bundled one, but never over an index of another model unasked.

A manifest is anyone's data and loading a model folder runs it, so an index's own model is compared (an index built
with `--model M` is not stale for want of one) but never loaded on its word: its rebuild stops with one line.
"""

from __future__ import annotations

from pathlib import Path

from qa import store
from qa.config import DEFAULT_MODEL, Settings
from qa.errors import IndexStaleError, QAError


def named(model: str | None) -> Settings | None:
    """The build settings of a model named (`--model`, QA_MODEL), else None: `build_index` then decides."""
    return Settings(model=model) if model else None


def recorded_model(index_dir: str | Path) -> str | None:
    """The model the index records it was built with; None when there is no readable index."""
    try:
        return store.open_version(index_dir, checksums=False).manifest.model.name
    except QAError:
        return None


def build_settings(index_dir: str | Path, settings: Settings | None) -> Settings:
    """`settings` when given, else the bundled model's; but an index of another model is neither rebuilt with the
    bundled one unasked nor with its own on its manifest's word: IndexStaleError naming the model to pass."""
    if settings is not None:
        return settings
    built = recorded_model(index_dir)
    if built not in (None, DEFAULT_MODEL):
        raise IndexStaleError(f"{index_dir} was built with model {built!r} and no model is named: pass --model "
                              f"{built!r} (QA_MODEL for `make run`; Python: settings=Settings(model={built!r})) to "
                              "rebuild it with that model, if you trust it (loading a model runs it), or --model "
                              f"{DEFAULT_MODEL} (Python: settings=Settings()) to rebuild it with the bundled one")
    return Settings()
