"""Row files in segments: the previous version's file kept (hard-linked), rows a rebuild added in a small delta.

    NAME.npy          the base: one row per table row, as a full build writes it
    NAME_delta.npy    rows a rebuild added (absent after a full build)
    NAME_rows.npy     table row -> position in base then delta (absent: row r is base row r)

Used for the sentence vectors (`qa.vector_rows`) and the duplicate keys (`qa.carry`): at a million chunks they
are 5 GB and 2.8 GB, which every `add` rewrote and checksummed again. A new row that repeats a previous row (by
row carried over, or by cache key) gets that row's position, the same bytes a full rewrite would write; other rows
go to the delta; once the base's unused rows and the delta pass MERGE_SHARE of all rows a full file is written
again. Positions are checked at load like every array.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa import arrays, links, rows
from qa.errors import damaged
from qa.manifest import FileEntry, Manifest
from qa.store import Version

MERGE_SHARE = 0.10
_BLOCK = 1 << 16
Names = tuple[str, str, str]  # base, delta, row map
SaveRows = Callable[[Path, str, np.ndarray], None]  # (folder, name, rows): one segment written


def names_of(base: str) -> Names:
    """The three files of the segmented rows `base` (NAME.npy, NAME_delta.npy, NAME_rows.npy)."""
    stem = base.removesuffix(".npy")
    return base, f"{stem}_delta.npy", f"{stem}_rows.npy"


@dataclass(frozen=True, slots=True, eq=False)
class Stacked:
    """Rows read through a row map: `stacked[rows]` as a NumPy array of those rows (base mapped)."""

    base: np.ndarray
    delta: np.ndarray | None = None
    positions: np.ndarray | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self), self.base.shape[1])

    def __len__(self) -> int:
        return len(self.base) if self.positions is None else len(self.positions)

    def __getitem__(self, which: int | np.ndarray | Sequence[int]) -> np.ndarray:
        """Rows `which` (an array of rows), in that order; one row for a row. Copied by runs of consecutive
        positions (`arrays.take`): a rebuild asks for nearly every row, in order."""
        if np.ndim(which) == 0:
            return self[np.asarray([which])][0]
        pos = np.asarray(which) if self.positions is None else np.asarray(self.positions[which])
        return arrays.take((self.base,) if self.delta is None else (self.base, self.delta), pos)

    def columns(self, stop: int) -> Stacked:
        """The same rows, only their first `stop` columns (views: a read copies only those)."""
        return Stacked(self.base[:, :stop], None if self.delta is None else self.delta[:, :stop], self.positions)

    def __array__(self, dtype: object = None, copy: object = None) -> np.ndarray:
        """Every row, in order (a full copy: for tests and small indexes)."""
        out = self[np.arange(len(self))]
        return out if dtype is None else out.astype(dtype)

    def __iter__(self) -> Iterator[np.ndarray]:
        for a in range(0, len(self), _BLOCK):
            yield from self[np.arange(a, min(len(self), a + _BLOCK))]


@dataclass(frozen=True, slots=True, eq=False)
class NewRows:
    """A new version's rows: row r is the previous version's row `previous_row[r]` (by position, so its bytes
    carry over) or, where that is -1, the next row of `fresh` (row order)."""

    previous: Stacked
    previous_row: np.ndarray
    fresh: np.ndarray
    _fresh_rows: list[np.ndarray] = field(default_factory=list)  # the rows taken from `fresh`, found once

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns), as a NumPy array's."""
        return (len(self), self.previous.shape[1])

    def __len__(self) -> int:
        return len(self.previous_row)

    def fresh_rows(self) -> np.ndarray:
        """The rows taken from `fresh`, in order (row `fresh_rows()[k]` is `fresh[k]`), found on first use."""
        if not self._fresh_rows:
            self._fresh_rows.append(np.flatnonzero(self.previous_row < 0))
        return self._fresh_rows[0]

    def __getitem__(self, which: int | np.ndarray) -> np.ndarray:
        """Rows `which` (an array of rows), in that order; one row for a row."""
        if np.ndim(which) == 0:
            return self[np.asarray([which])][0]
        which = np.asarray(which)
        old = self.previous_row[which]
        out = np.empty((len(which), self.shape[1]), dtype=self.previous.base.dtype)
        have = old >= 0
        if have.any():
            out[have] = self.previous[old[have]]
        if not have.all():  # blocks of carried rows (most of an add's) skip the pass over every row
            out[~have] = self.fresh[np.searchsorted(self.fresh_rows(), which[~have])]
        return out

    def columns(self, stop: int) -> NewRows:
        """The same rows, only their first `stop` columns."""
        return NewRows(self.previous.columns(stop), self.previous_row, self.fresh[:, :stop])

    def __array__(self, dtype: object = None, copy: object = None) -> np.ndarray:
        """Every row, in order (a full copy, the previous rows read a block at a time)."""
        out = np.empty(self.shape, dtype=self.previous.base.dtype)
        have = self.previous_row >= 0
        for a in range(0, len(self), _BLOCK):  # the mapped rows a block at a time
            rows = np.flatnonzero(have[a:a + _BLOCK]) + a
            out[rows] = self.previous[self.previous_row[rows]]
        out[~have] = self.fresh
        return out if dtype is None else out.astype(dtype)


def read(folder: Path, manifest: Manifest, names: Names, n: int, width: int, dtypes: tuple[type, ...]) -> Stacked:
    """The version's `n` rows of `width` values, mapped, every position checked against the rows it can name."""
    base_name, delta_name, rows_name = names
    if rows_name not in manifest.files:
        return Stacked(_rows(folder, manifest, base_name, n, width, dtypes))
    base = _rows(folder, manifest, base_name, None, width, dtypes)
    delta = _rows(folder, manifest, delta_name, None, width, dtypes) if delta_name in manifest.files else None
    positions = arrays.load(folder / rows_name, limit=rows.limit_of(folder, manifest, rows_name),
                            dtypes=(np.int32, np.int64), shape=(n,), mmap_mode=False)
    total = len(base) + (0 if delta is None else len(delta))
    if not arrays.in_range(positions, 0, total):
        raise damaged(folder / rows_name, f"a position outside 0..{total - 1}")
    return Stacked(base, delta, positions)


def _rows(folder: Path, manifest: Manifest, name: str, n: int | None, width: int, dtypes: tuple[type, ...]
          ) -> np.ndarray:
    return arrays.load(folder / name, limit=rows.limit_of(folder, manifest, name), dtypes=dtypes, shape=(n, width),
                       mmap_mode=True)


def _save(folder: Path, name: str, rows: np.ndarray) -> None:
    arrays.save(folder / name, rows)


def _one_file(name: str) -> tuple[str, ...]:
    return (name,)


@dataclass(frozen=True, slots=True)
class Layout:
    """How a segment is stored: its files' names, and its rows written under its name (`qa.text_rows`: as a
    string column's two files)."""

    files: Callable[[str], tuple[str, ...]] = _one_file
    save: SaveRows = _save


def write(folder: Path, names: Names, vectors: NewRows | np.ndarray, version: Version | None, dtype: type,
          layout: Layout | None = None) -> dict[str, FileEntry]:
    """Write a new version's rows into `folder`: the previous base linked with a delta and row map when most
    rows are the previous version's, else one full file (of `dtype`). The linked files' entries, by name."""
    BASE, DELTA, ROWS = names  # noqa: N806
    files, save = (layout or Layout()).files, (layout or Layout()).save
    plan = None
    if isinstance(vectors, NewRows) and version is not None:
        old = vectors.previous
        plan = plan_rows(vectors.previous_row, old.positions, len(old.base),
                         len(old.base) + (0 if old.delta is None else len(old.delta)))
    if plan is None:
        save(folder, BASE, np.asarray(vectors).astype(dtype))
        return {}
    assert isinstance(vectors, NewRows) and version is not None
    positions, from_delta = plan
    previous = vectors.previous
    linked = links.link_unchanged(version, files(BASE), folder)
    if len(linked) < len(files(BASE)):  # not vouched for: write the same base rows from the mapped file
        for name in linked:
            (folder / name).unlink()
        linked = {}
        save(folder, BASE, np.ascontiguousarray(previous.base))
    n_base = len(previous.base)
    parts = [np.asarray(previous.delta[from_delta - n_base], dtype=dtype)] if len(from_delta) else []
    parts.append(np.asarray(vectors.fresh, dtype=dtype))
    save(folder, DELTA, np.concatenate(parts))
    arrays.save(folder / ROWS, positions.astype(np.int32 if len(positions) < 2**31 else np.int64))
    return linked


def plan_rows(previous_row: np.ndarray, old_positions: np.ndarray | None, n_base: int, n_old: int
              ) -> tuple[np.ndarray, np.ndarray] | None:
    """Each new row's position (base rows kept, delta rows after them) and the previous delta positions kept, or None
    when a full file is the better write."""
    # From each row's previous row (-1: a fresh row, placed last in row order) and the previous version's row map over
    # `n_base` base and `n_old` stored rows (None: row r at r).
    old_pos = np.arange(n_old) if old_positions is None else np.asarray(old_positions)
    positions = np.full(len(previous_row), -1, dtype=np.int64)
    have = previous_row >= 0
    positions[have] = old_pos[previous_row[have]]
    fresh = np.flatnonzero(~have)
    kept_delta = np.unique(positions[positions >= n_base])  # few: the previous delta's rows still used
    used_base = np.zeros(n_base, dtype=bool)
    used_base[positions[(positions >= 0) & (positions < n_base)]] = True
    if (n_base - int(used_base.sum())) + len(kept_delta) + len(fresh) > MERGE_SHARE * (n_base + len(fresh)):
        return None
    if len(kept_delta):
        new_at = np.full(n_old, -1, dtype=np.int64)
        new_at[kept_delta] = n_base + np.arange(len(kept_delta))
        reused = positions >= n_base
        positions[reused] = new_at[positions[reused]]
    positions[fresh] = n_base + len(kept_delta) + np.arange(len(fresh))
    return positions, kept_delta
