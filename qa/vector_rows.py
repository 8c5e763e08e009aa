"""Sentence vectors in segments: the previous version's file kept (hard-linked), new rows in a small delta.

    sentence_vectors.npy         the base: float16 rows, as a full build writes them (one per sentence)
    sentence_vectors_delta.npy   rows a rebuild added (absent after a full build)
    sentence_vectors_rows.npy    sentence row -> position in base then delta (absent: row r is base row r)

At a million chunks the sentence vectors are 5 GB, which every `add` rewrote and checksummed again. A rebuild
reuses a vector by its content hash (`qa.previous`), so a new sentence row whose hash the previous version holds
gets that row's position (the last row holding it, the one the reuse cache took: the same float16 bytes a full
rewrite would write). New vectors go to the delta; once the base's unused rows and the delta pass MERGE_SHARE of
all rows a full file is written again. Positions are checked at load like every array.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import arrays, dense, links, rows
from qa.errors import damaged
from qa.manifest import FileEntry, Manifest
from qa.store import Version

BASE, DELTA, ROWS = dense.SENTENCE_FILE, "sentence_vectors_delta.npy", "sentence_vectors_rows.npy"
MERGE_SHARE = 0.10
_BLOCK = 1 << 16


@dataclass(frozen=True, slots=True, eq=False)
class StackedVectors:
    """Sentence vectors read through a row map: `vectors[rows]` as a NumPy array of those rows (base mapped)."""

    base: np.ndarray
    delta: np.ndarray | None = None
    positions: np.ndarray | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self), self.base.shape[1])

    def __len__(self) -> int:
        return len(self.base) if self.positions is None else len(self.positions)

    def __getitem__(self, which: int | np.ndarray | Sequence[int]) -> np.ndarray:
        """The vectors of sentence rows `which` (an array of rows), in that order; one row's vector for a row."""
        if self.positions is None or self.delta is None:
            return self.base[which if self.positions is None else self.positions[which]]
        if np.ndim(which) == 0:
            return self[np.asarray([which])][0]
        pos = np.asarray(self.positions[which])
        out = np.empty((len(pos), self.base.shape[1]), dtype=self.base.dtype)
        in_base = pos < len(self.base)
        out[in_base] = self.base[pos[in_base]]
        out[~in_base] = self.delta[pos[~in_base] - len(self.base)]
        return out

    def __array__(self, dtype: object = None, copy: object = None) -> np.ndarray:
        """Every row, in order (a full copy: for tests and small indexes)."""
        out = self[np.arange(len(self))]
        return out if dtype is None else out.astype(dtype)

    def __iter__(self) -> Iterator[np.ndarray]:
        for a in range(0, len(self), _BLOCK):
            yield from self[np.arange(a, min(len(self), a + _BLOCK))]


def read(folder: Path, manifest: Manifest) -> StackedVectors:
    """The version's sentence vectors, mapped, every position checked against the rows it can name."""
    n, dim = manifest.counts.sentences, manifest.model.dim
    if ROWS not in manifest.files:
        return StackedVectors(_vectors(folder, manifest, BASE, n, dim))
    base = _vectors(folder, manifest, BASE, None, dim)
    delta = _vectors(folder, manifest, DELTA, None, dim) if DELTA in manifest.files else None
    positions = arrays.load(folder / ROWS, limit=rows.limit_of(folder, manifest, ROWS), dtypes=(np.int32, np.int64),
                            shape=(n,), mmap_mode=False)
    total = len(base) + (0 if delta is None else len(delta))
    if not arrays.in_range(positions, 0, total):
        raise damaged(folder / ROWS, f"a position outside 0..{total - 1}")
    return StackedVectors(base, delta, positions)


def _vectors(folder: Path, manifest: Manifest, name: str, n: int | None, dim: int) -> np.ndarray:
    return arrays.load(folder / name, limit=rows.limit_of(folder, manifest, name), dtypes=(np.float16, np.float32),
                       shape=(n, dim), mmap_mode=True)


@dataclass(frozen=True, slots=True)
class PreviousVectors:
    """The previous version's sentence vectors and each row's content hash."""

    vectors: StackedVectors
    hashes: Sequence[str]


def write(folder: Path, vectors: np.ndarray, hashes: Sequence[str], previous: PreviousVectors | None,
          version: Version | None) -> dict[str, FileEntry]:
    """Write the sentence vectors of a new version into `folder`: the previous base linked with a delta and row
    map when most rows are the previous version's, else one full file. The linked files' entries, by name."""
    plan = _plan(hashes, previous) if previous is not None and version is not None else None
    if plan is None:
        arrays.save(folder / BASE, vectors.astype(np.float16))
        return {}
    positions, fresh, from_delta = plan
    assert previous is not None
    linked = links.link_unchanged(version, [BASE], folder)
    if BASE not in linked:  # not vouched for: write the same base rows from the mapped file
        arrays.save(folder / BASE, np.ascontiguousarray(previous.vectors.base))
    n_base = len(previous.vectors.base)
    old_delta = previous.vectors.delta
    parts = [np.asarray(old_delta[from_delta - n_base], dtype=np.float16)] if len(from_delta) else []
    parts.append(vectors[fresh].astype(np.float16))
    delta = np.concatenate(parts) if parts else np.zeros((0, vectors.shape[1]), dtype=np.float16)
    arrays.save(folder / DELTA, delta)
    arrays.save(folder / ROWS, positions.astype(np.int32 if len(positions) < 2**31 else np.int64))
    return linked


def _plan(hashes: Sequence[str], previous: PreviousVectors) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Each new row's position (base rows kept, delta rows after them), the new rows to take from `vectors`, and
    the previous delta positions kept; None when a full file is the better write."""
    old = previous.vectors
    n_base = len(old.base)
    old_pos = np.arange(len(old)) if old.positions is None else np.asarray(old.positions)
    positions = _positions(previous.hashes, old_pos, hashes)
    fresh = np.flatnonzero(positions < 0)
    kept_delta = np.unique(positions[positions >= n_base])  # few: the previous delta's rows still used
    used_base = np.zeros(n_base, dtype=bool)
    used_base[positions[(positions >= 0) & (positions < n_base)]] = True
    if (n_base - int(used_base.sum())) + len(kept_delta) + len(fresh) > MERGE_SHARE * (n_base + len(fresh)):
        return None
    if len(kept_delta):
        new_at = np.full(n_base + len(old.delta if old.delta is not None else ()), -1, dtype=np.int64)
        new_at[kept_delta] = n_base + np.arange(len(kept_delta))
        reused = positions >= n_base
        positions[reused] = new_at[positions[reused]]
    positions[fresh] = n_base + len(kept_delta) + np.arange(len(fresh))
    return positions, fresh, kept_delta


def _positions(old: Sequence[str], old_pos: np.ndarray, new: Sequence[str]) -> np.ndarray:
    """The stored position of each new hash: that of the last previous row holding it (the one the reuse cache
    took), -1 if none. Fixed-width keys are matched by sorting 64-bit fingerprints and comparing every byte;
    other keys through a dict."""
    a, b = _fixed(old), _fixed(new)
    if a is None or b is None or a.shape[1] != b.shape[1] or not len(a):
        where: Mapping[str, int] = dict(zip(old, old_pos.tolist(), strict=True))  # the last row wins
        return np.fromiter((where.get(h, -1) for h in new), dtype=np.int64, count=len(new))
    pa, pb = _fingerprint(a), _fingerprint(b)
    order = np.argsort(pa, kind="stable")  # equal keys keep row order: the last of a run is the last row
    asked = np.argsort(pb)  # sorted queries: the binary searches walk memory in order (8 s -> 1 s at 7M rows)
    at = np.empty(len(pb), dtype=np.int64)
    at[asked] = np.searchsorted(pa[order], pb[asked], side="right") - 1
    row = order[np.maximum(at, 0)]
    ok = (at >= 0) & (a[row] == b).all(axis=1)  # all bytes, not just the 8 sorted on
    out = np.where(ok, old_pos[row], -1)
    clash = np.flatnonzero(~ok & (at >= 0) & (pa[row] == pb))  # another key with the same fingerprint
    if len(clash):
        rows = np.flatnonzero(np.isin(pa, pb[clash]))
        where = {old[i]: int(old_pos[i]) for i in rows.tolist()}  # in row order: the last row wins
        out[clash] = [where.get(new[j], -1) for j in clash.tolist()]
    return out


def _fixed(hashes: Sequence[str]) -> np.ndarray | None:
    """`hashes` as a (rows, width) uint8 array when all are ASCII of one width (the cache keys are), else None."""
    if not len(hashes):
        return None
    width = len(hashes[0])
    try:
        blob = "".join(hashes).encode("ascii")
    except UnicodeEncodeError:
        return None
    if len(blob) != width * len(hashes) or (np.fromiter(map(len, hashes), dtype=np.int64, count=len(hashes))
                                            != width).any():
        return None
    return np.frombuffer(blob, dtype=np.uint8).reshape(len(hashes), width)


def _fingerprint(keys: np.ndarray) -> np.ndarray:
    """A 64-bit mix of every byte of each (rows, width) key (equal keys, equal fingerprints)."""
    width = -(-keys.shape[1] // 8) * 8
    padded = np.zeros((len(keys), width), dtype=np.uint8)
    padded[:, :keys.shape[1]] = keys
    words = padded.view(np.uint64)
    out = words[:, 0].copy()
    for j in range(1, words.shape[1]):
        out = out * np.uint64(0x9E3779B97F4A7C15) ^ words[:, j]  # wraps modulo 2**64
    return out
