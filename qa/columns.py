"""Row tables of an index version as NumPy files: mapped from disk, checked before use, never parsed row by row.

    NAME.npy          an integer table, one row per chunk or sentence: shape (rows, columns), int32 or int64
    NAME.npy          a column of strings: their UTF-8 bytes end to end (uint8) ...
    NAME_bounds.npy   ... and where each starts, with the end of the last (int64, rows + 1)

A million chunk rows parsed from JSON took seconds and a gigabyte of dicts; mapped, they cost nothing until read.
A string is decoded when it is asked for, so a corpus's text stays on disk (in the page cache) after a load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa import arrays
from qa.errors import damaged

BOUNDS = "_bounds"
_SPACE = np.zeros(256, dtype=bool)  # ASCII whitespace, looked up by byte value
_SPACE[list(b" \t\n\r\x0b\x0c")] = True


def int_table(columns: Sequence[Sequence[int]] | np.ndarray) -> np.ndarray:
    """Equal-length integer columns as one (rows, columns) table, int32 when every value fits (half the bytes)."""
    table = np.ascontiguousarray(np.asarray(columns, dtype=np.int64).reshape(len(columns), -1).T)
    if not table.size or (table.min() >= np.iinfo(np.int32).min and table.max() <= np.iinfo(np.int32).max):
        return table.astype(np.int32)
    return table


def read_table(path: Path, *, limit: int, rows: int, columns: int) -> np.ndarray:
    """The (rows, columns) integer table in `path`, memory-mapped (values are the caller's to check)."""
    return arrays.load(path, limit=limit, dtypes=(np.int32, np.int64), shape=(rows, columns), mmap_mode=rows > 0)


def strings_file(name: str) -> tuple[str, str]:
    """The two file names of string column `name`: its bytes and its bounds."""
    return f"{name}.npy", f"{name}{BOUNDS}.npy"


def write_strings(folder: Path, name: str, texts: Iterable[str]) -> None:
    """A column of strings as `name`.npy (UTF-8 bytes end to end) and `name`_bounds.npy (where each starts)."""
    blob, where = strings_file(name)
    if isinstance(texts, FixedStrings):  # cache keys: the bytes as they are, no string made
        arrays.save(folder / blob, np.ascontiguousarray(texts.matrix).reshape(-1))
        arrays.save(folder / where, np.arange(len(texts) + 1, dtype=np.int64) * texts.matrix.shape[1])
        return
    encoded = [t.encode("utf-8") for t in texts]
    bounds = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=bounds[1:])
    arrays.save(folder / blob, np.frombuffer(b"".join(encoded), dtype=np.uint8))
    arrays.save(folder / where, bounds)


@dataclass(frozen=True, slots=True, eq=False)
class FixedStrings(Sequence[str]):
    """ASCII strings of one width (the embedding cache keys) as a (rows, width) uint8 array, or rows read through a row
    map (`qa.segments`): a rebuild matches and writes a million keys by row without a Python string for each."""

    matrix: Any

    def __len__(self) -> int:
        return len(self.matrix)

    def __getitem__(self, row: int) -> str:  # type: ignore[override]  # rows one at a time
        return bytes(self.matrix[int(row)]).decode("ascii")

    def __iter__(self) -> Iterator[str]:
        step, width = 1 << 16, self.matrix.shape[1]
        for a in range(0, len(self), step):
            rows = np.arange(a, min(len(self), a + step))
            block = self.matrix[a:a + step] if isinstance(self.matrix, np.ndarray) else self.matrix[rows]
            yield from np.ascontiguousarray(block).view(f"S{width}").reshape(-1).astype(f"U{width}").tolist()


def fixed_strings(texts: Sequence[str]) -> FixedStrings | None:
    """`texts` as `FixedStrings` when all are ASCII of one non-zero width (a mapped column's bytes, not copied;
    a list encoded once), else None."""
    if isinstance(texts, FixedStrings):
        return texts
    if isinstance(texts, Strings):
        lengths = texts.byte_lengths()
        width = int(lengths[0]) if len(lengths) else 0
        if not width or (lengths != width).any():
            return None
        matrix = texts.blob.reshape(len(texts), width)
        return FixedStrings(matrix) if not (matrix >= 128).any() else None
    if not texts or not texts[0]:
        return None
    width = len(texts[0])
    try:
        blob = "".join(texts).encode("ascii")
    except (UnicodeEncodeError, TypeError):
        return None
    if len(blob) != width * len(texts) or any(len(t) != width for t in texts):
        return None
    return FixedStrings(np.frombuffer(blob, dtype=np.uint8).reshape(len(texts), width))


@dataclass(frozen=True, slots=True, eq=False)
class Strings(Sequence[str]):
    """A mapped column of strings: `strings[i]` decodes row i's bytes (bytes that are not UTF-8 are damage)."""

    path: Path
    blob: np.ndarray
    bounds: np.ndarray

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __getitem__(self, row: int) -> str:  # type: ignore[override]  # no slices: rows one at a time
        row = int(row)
        if not 0 <= row < len(self):
            raise IndexError(f"string row {row} outside 0..{len(self) - 1}")
        try:
            return bytes(self.blob[self.bounds[row]:self.bounds[row + 1]]).decode("utf-8")
        except UnicodeDecodeError as e:
            raise damaged(self.path, f"row {row} is not UTF-8 ({e.reason})") from None

    def __iter__(self) -> Iterator[str]:
        return self.rows(0, len(self))

    def rows(self, start: int, stop: int) -> Iterator[str]:
        """Rows `start`..`stop`-1 in order, read a block of rows at a time (a row at a time costs ~8 us of mapped
        slicing)."""
        step = 1 << 16
        for a in range(start, stop, step):
            cuts = np.asarray(self.bounds[a:min(stop, a + step) + 1]).tolist()
            data, base = bytes(self.blob[cuts[0]:cuts[-1]]), cuts[0]
            for i, (x, y) in enumerate(zip(cuts[:-1], cuts[1:], strict=False)):
                try:
                    yield data[x - base:y - base].decode("utf-8")
                except UnicodeDecodeError as e:
                    raise damaged(self.path, f"row {a + i} is not UTF-8 ({e.reason})") from None

    def byte_lengths(self) -> np.ndarray:
        """Each string's length in bytes (int64), without decoding any."""
        return np.diff(self.bounds)

    def word_counts(self, block: int = 1 << 24) -> np.ndarray:
        """Each string's number of words (runs between ASCII whitespace), counted on the mapped bytes a block at a
        time: the Articles view lists every article's length without decoding every text."""
        counts = np.zeros(len(self), dtype=np.int64)
        previous_space = True
        for a in range(0, len(self.blob), block):
            space = _SPACE[self.blob[a:a + block]]
            before = np.concatenate(([previous_space], space[:-1]))
            starts = self.bounds[(self.bounds >= a) & (self.bounds < a + len(space))] - a
            before[starts] = True  # a string's first byte starts a word unless it is a space
            at = np.flatnonzero(before & ~space) + a
            counts += np.bincount(np.searchsorted(self.bounds, at, side="right") - 1, minlength=len(self))
            previous_space = bool(space[-1])
        return counts


def read_strings(folder: Path, name: str, *, rows: int | None, limits: tuple[int, int]) -> Strings:
    """String column `name` of `rows` rows (None: any number; its files of at most `limits` bytes), its bounds
    checked: from 0, never decreasing, ending at the last byte, so every row is a slice inside the bytes."""
    blob_name, bounds_name = strings_file(name)
    blob_path, bounds_path = folder / blob_name, folder / bounds_name
    bounds = arrays.load(bounds_path, limit=limits[1], dtypes=(np.int64,), shape=(None if rows is None else rows + 1,),
                         mmap_mode=True)
    if not len(bounds):
        raise damaged(bounds_path, "no bounds")
    blob = arrays.load(blob_path, limit=limits[0], dtypes=(np.uint8,), shape=(None,), mmap_mode=True)
    if bounds[0] != 0 or bounds[-1] != len(blob) or not arrays.nondecreasing(bounds):
        raise damaged(bounds_path, f"bounds not rising from 0 to the {len(blob):,} bytes of {blob_name}")
    return Strings(blob_path, blob, bounds)



@dataclass(frozen=True, slots=True, eq=False)
class StackedStrings(Sequence[str]):
    """A string column in segments (`qa.text_rows`): row r is `base` row `positions[r]`, or past the base's rows,
    `delta` row `positions[r] - len(base)`."""

    base: Strings
    delta: Strings | None
    positions: np.ndarray

    @property
    def path(self) -> Path:
        """The base segment's blob: where a damaged row is reported."""
        return self.base.path

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, row: int) -> str:  # type: ignore[override]  # no slices: rows one at a time
        row = int(row)
        if not 0 <= row < len(self):
            raise IndexError(f"string row {row} outside 0..{len(self) - 1}")
        at = int(self.positions[row])
        return self.base[at] if at < len(self.base) or self.delta is None else self.delta[at - len(self.base)]

    def __iter__(self) -> Iterator[str]:
        """Every row in order, none kept: each run of consecutive positions inside one segment read a block of rows
        at a time (`Strings.rows`); an add breaks the runs only where it removed or replaced texts."""
        at, n_base = self.positions, len(self.base)
        if not len(at):
            return
        edges = [0, *(np.flatnonzero((np.diff(at) != 1) | (at[1:] == n_base)) + 1).tolist(), len(at)]
        for a, b in zip(edges[:-1], edges[1:], strict=False):
            first = int(at[a])
            if first < n_base:
                yield from self.base.rows(first, first + b - a)
            else:
                yield from self.delta.rows(first - n_base, first - n_base + b - a)

    def byte_lengths(self) -> np.ndarray:
        """Each row's length in bytes (`Strings.byte_lengths` of its segment), without decoding any."""
        return self._each(Strings.byte_lengths)

    def word_counts(self) -> np.ndarray:
        """Each row's number of words (`Strings.word_counts` of its segment)."""
        return self._each(Strings.word_counts)

    def _each(self, of: Callable[[Strings], np.ndarray]) -> np.ndarray:
        parts = [of(self.base)] if self.delta is None else [of(self.base), of(self.delta)]
        return np.concatenate(parts)[self.positions]


def read_stacked(folder: Path, name: str, *, rows: int, limits: Mapping[str, int]) -> Strings | StackedStrings:
    """String column `name` of `rows` rows: its one pair of files, or when `limits` (the most bytes of each file, by
    name) names its row map, its base, delta and row map (`segment_names`), every position inside them."""
    base, delta, positions = segment_names(name)
    if positions not in limits:
        return read_strings(folder, name, rows=rows, limits=tuple(limits[f] for f in strings_file(name)))
    stacked = [read_strings(folder, n, rows=None, limits=(limits[b], limits[d]))
               for n in (base, delta) for b, d in [strings_file(n)] if b in limits]
    at = arrays.load(folder / positions, limit=limits[positions], dtypes=(np.int32, np.int64), shape=(rows,),
                     mmap_mode=False)
    total = sum(len(s) for s in stacked)
    if not arrays.in_range(at, 0, total):
        raise damaged(folder / positions, f"a position outside 0..{total - 1}")
    return StackedStrings(stacked[0], stacked[1] if len(stacked) > 1 else None, at)


def segment_names(name: str) -> tuple[str, str, str]:
    """The column names of a segmented string column `name`: base, delta, and the row map's file."""
    return name, f"{name}_delta", f"{name}_rows.npy"
