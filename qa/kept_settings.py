"""The build settings of a build that names none, or only some: the index's own, so a rebuild never silently drops
what its user chose (chunk size, overlap, BM25's knobs, ...). One rule for the CLI, the UI and `qa.build_index`.

Kept: the build settings the index records as chosen (those its build had other than the defaults; an index from
before that record: those other than today's), over today's defaults; a setting named replaces its kept value. The
model is compared but never loaded on a manifest's word (a manifest is anyone's data and loading a model folder runs
it): a rebuild of an index of another model that names none stops with one line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa import store
from qa.config import DEFAULT_MODEL, Settings
from qa.errors import IndexStaleError, QAError
from qa.manifest import Manifest


@dataclass(frozen=True, slots=True)
class BuildSettings:
    """The settings a build uses, and one line on what it kept of the index's own or changed ("" when nothing)."""

    settings: Settings
    note: str = ""


def recorded(index_dir: str | Path) -> Manifest | None:
    """The manifest of the index in `index_dir`; None when there is no readable index."""
    try:
        return store.open_version(index_dir, checksums=False).manifest
    except QAError:
        return None


def choices(settings: Settings) -> tuple[str, ...]:
    """The build settings of `settings` that are not the defaults: what a manifest records as chosen."""
    defaults = Settings().build_key()
    return tuple(k for k, v in settings.build_key().items() if v != defaults[k])


def chosen(manifest: Manifest) -> dict[str, Any]:
    """The build settings the index's user chose, with their values (the model among them when not the bundled)."""
    defaults = Settings().build_key()
    names = manifest.chosen if manifest.chosen is not None else \
        tuple(k for k, v in manifest.settings.items() if defaults.get(k) != v)
    return {k: manifest.settings[k] for k in names if k in manifest.settings}


def kept(manifest: Manifest | None, named: Mapping[str, Any] | None = None) -> Settings:
    """Today's defaults, then the index's chosen build settings, then those `named`: what a rebuild builds with."""
    try:
        return dataclasses.replace(Settings(**chosen(manifest)) if manifest else Settings(), **(named or {}))
    except ValueError as e:  # a value named out of range (`--chunk-tokens 999`)
        raise QAError(f"invalid build setting: {e}") from e


def named(index_dir: str | Path, **fields: Any) -> Settings | None:
    """The settings of a build naming `fields` (`--model`, `--chunk-tokens`, QA_MODEL; None: not named) over the
    index's kept ones; None when none is named: `for_build` then keeps them all."""
    given = {k: v for k, v in fields.items() if v is not None}
    return _checked(index_dir, recorded(index_dir), given) if given else None


def for_build(index_dir: str | Path, settings: Settings | None) -> BuildSettings:
    """`settings` when given (every build setting as it says), else the index's kept ones; with the line saying which
    of the index's own were kept or changed. IndexStaleError when that would load a model on the manifest's word."""
    manifest = recorded(index_dir)
    used = settings if settings is not None else _checked(index_dir, manifest, {})
    return BuildSettings(used, note(manifest, used))


def note(manifest: Manifest | None, used: Settings) -> str:
    """One line on the index's build settings a build with `used` changes, and the chosen ones it keeps; "" when
    there is no index yet, or it has only defaults and keeps them."""
    if manifest is None:
        return ""
    was, now = manifest.build_settings().build_key(), used.build_key()
    changed = [f"{k} {was[k]} -> {now[k]}" for k in now if was.get(k) != now[k]]
    same = [f"{k} {now[k]}" for k in chosen(manifest) if k != "model" and was.get(k) == now.get(k)]
    parts = ([f"changed {', '.join(changed)}"] if changed else []) + \
        ([f"kept the index's own {', '.join(same)} (name another value to change one)"] if same else [])
    return f"build settings: {'; '.join(parts)}" if parts else ""


def _checked(index_dir: str | Path, manifest: Manifest | None, given: Mapping[str, Any]) -> Settings:
    """`kept`, unless it would build with the index's own model unnamed: IndexStaleError naming how to keep it."""
    settings = kept(manifest, given)
    if "model" in given or settings.model == DEFAULT_MODEL:
        return settings
    built = settings.model
    keep = ", ".join(f"{k}={v!r}" for k, v in chosen(manifest).items() if k != "model") if manifest else ""
    python = f"Settings(model={built!r}{', ' + keep if keep else ''})"
    raise IndexStaleError(f"{index_dir} was built with model {built!r} and no model is named: pass --model "
                          f"{built!r} (QA_MODEL for `make run`; Python: settings={python}) to rebuild it with that "
                          f"model, if you trust it (loading a model runs it), or --model {DEFAULT_MODEL} (Python: "
                          f"settings=Settings({keep})) to rebuild it with the bundled one")
