"""NumPy arrays from an index folder: loaded through `qa.files` without pickle, and checked in blocks.

An index folder may come from someone else, and its checksums prove nothing (whoever edits a file can
recompute them), so every array is checked before use: its dtype and shape against what a build writes, and
its values against the ranges its readers index with. A memory-mapped array is checked a block at a time and
its pages are handed back to the page cache afterwards (madvise DONTNEED), so checking never copies it into
memory nor leaves it resident. A failed check raises the one-line "damaged" error naming the file.
"""

from __future__ import annotations

import io
import mmap
import os
import tokenize
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from qa import files
from qa.errors import damaged

BLOCK = 1 << 22  # elements per block: 16 MiB of int32
_LOAD_ERRORS = (ValueError, TypeError, SyntaxError, OSError, EOFError, MemoryError, OverflowError, UnicodeError,
                tokenize.TokenError)  # a garbled .npy header: numpy tokenizes it as Python


def load(path: Path, *, limit: int, dtypes: tuple[type, ...], shape: tuple[int | None, ...], mmap_mode: bool
         ) -> np.ndarray:
    """The array in `path` (a .npy file of at most `limit` bytes), of one of `dtypes` (exactly: native byte
    order) and `shape` (None: any length), C-ordered; memory-mapped with `mmap_mode`."""
    try:
        with files.pinned_path(path, limit=limit) as name:
            array = np.load(name, allow_pickle=False, mmap_mode="r" if mmap_mode else None)
    except files.FileRefused as e:
        raise damaged(path, e.reason) from None
    except _LOAD_ERRORS as e:
        raise damaged(path, f"not a NumPy array: {type(e).__name__}: {e}") from None
    if not isinstance(array, np.ndarray):  # a .npz archive
        raise damaged(path, "not a NumPy array")
    if array.dtype not in [np.dtype(t) for t in dtypes]:
        raise damaged(path, f"dtype {array.dtype.str}, expected {' or '.join(np.dtype(t).str for t in dtypes)}")
    if len(array.shape) != len(shape) or any(want not in (None, got) for got, want in zip(array.shape, shape,
                                                                                            strict=False)):
        want = ", ".join("n" if d is None else str(d) for d in shape) + ("," if len(shape) == 1 else "")
        raise damaged(path, f"shape {array.shape}, expected ({want})")
    if not array.flags.c_contiguous:
        raise damaged(path, "not in C order")
    return array


def save(path: Path, array: np.ndarray) -> None:
    """`np.save` through Python's file writes: a full disk is an OSError with its errno and the path (numpy's own
    fast path for real files raises a bare "N requested and M written")."""
    with files.writing(path), open(path, "wb") as f:
        np.save(_Writes(f), array, allow_pickle=False)


class _Writes:
    """A file as numpy sees a plain writable object (not a real file, so it writes through `write`)."""

    def __init__(self, f: io.BufferedWriter) -> None:
        self.write = f.write


def blocks(array: np.ndarray, overlap: int = 0) -> Iterator[np.ndarray]:
    """Consecutive slices of `array` of at most BLOCK rows (each sharing `overlap` rows with the one before)."""
    for start in range(0, max(len(array) - overlap, 1), BLOCK):
        yield array[start:start + BLOCK + overlap]


def in_range(array: np.ndarray, lo: int, hi: int) -> bool:
    """Every value v of `array` has lo <= v < hi (an empty array passes), checked a block at a time."""
    try:
        return all(not b.size or (int(b.min()) >= lo and int(b.max()) < hi) for b in blocks(array))
    finally:
        release(array)


def nondecreasing(array: np.ndarray) -> bool:
    """Every value is at least the one before it, checked a block at a time."""
    try:
        return all(bool((b[1:] >= b[:-1]).all()) for b in blocks(array, overlap=1))
    finally:
        release(array)


def finite(array: np.ndarray) -> bool:
    """No NaN or infinity in `array`, checked a block at a time."""
    try:
        return all(bool(np.isfinite(b).all()) for b in blocks(array))
    finally:
        release(array)


def release(array: np.ndarray) -> None:
    """Hand a memory-mapped array's pages back to the page cache: checking it must not leave it resident."""
    held = getattr(array, "_mmap", None)
    if isinstance(held, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED") and os.name == "posix":
        held.madvise(mmap.MADV_DONTNEED)


def take(parts: tuple[np.ndarray, ...], rows: np.ndarray) -> np.ndarray:
    """Rows `rows` of `parts` stacked end to end (a mapped base, then a delta) without stacking them: each run of
    consecutive rows inside one part copied as one slice, much faster than a fancy index into a mapped file."""
    # A fancy index faults the file in page by page through a temporary: 0.3-1.4 s for an add's 160 MB of carried
    # duplicate keys at 82k chunks, 0.04 s by runs. Many short runs (rows out of order) fall back to fancy indexing.
    rows = np.asarray(rows, dtype=np.int64).reshape(-1)
    width = parts[0].shape[1:]
    out = np.empty((len(rows), *width), dtype=parts[0].dtype)
    ends = np.cumsum([len(p) for p in parts])
    if not len(rows):
        return out
    if rows.min() < 0 or rows.max() >= ends[-1]:
        raise IndexError(f"a row outside 0..{ends[-1] - 1}")
    part = np.searchsorted(ends, rows, side="right")
    cuts = np.flatnonzero((np.diff(rows) != 1) | (np.diff(part) != 0)) + 1
    starts = ends - [len(p) for p in parts]
    if len(cuts) > len(rows) // 64:
        for k, p in enumerate(parts):
            at = part == k
            out[at] = p[rows[at] - starts[k]]
        return out
    for a, b in zip([0, *cuts.tolist()], [*cuts.tolist(), len(rows)], strict=True):
        k = int(part[a])
        first = int(rows[a] - starts[k])
        out[a:b] = parts[k][first:first + b - a]
    return out
