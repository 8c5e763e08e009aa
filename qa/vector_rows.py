"""Sentence vectors in segments (`qa.segments`), and matching cache keys as arrays (`last_rows`, `qa.known`).

    sentence_vectors.npy         the base: float16 rows, as a full build writes them (one per sentence)
    sentence_vectors_delta.npy   rows a rebuild added (absent after a full build)
    sentence_vectors_rows.npy    sentence row -> position in base then delta (absent: row r is base row r)

A new sentence row carried over (`qa.carry`) or whose cache key the previous version holds gets that row's
position (`qa.known`): the same float16 bytes a full rewrite would write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa import dense, segments
from qa.manifest import FileEntry, Manifest
from qa.store import Version

NAMES = segments.names_of(dense.SENTENCE_FILE)
BASE, DELTA, ROWS = NAMES
StackedVectors, NewVectors = segments.Stacked, segments.NewRows


def read(folder: Path, manifest: Manifest) -> StackedVectors:
    """The version's sentence vectors, mapped, every position checked against the rows it can name."""
    return segments.read(folder, manifest, NAMES, manifest.counts.sentences, manifest.model.dim,
                         (np.float16, np.float32))


def write(folder: Path, vectors: NewVectors | np.ndarray, version: Version | None) -> dict[str, FileEntry]:
    """Write the sentence vectors of a new version into `folder` (float16; `qa.segments`): the linked files'
    entries, by name."""
    return segments.write(folder, NAMES, vectors, version, np.float16)


@dataclass(frozen=True, slots=True, eq=False)
class Prints:
    """(rows, width) uint8 keys with their 64-bit fingerprints, and the sort of those (made on first need): a
    build matches against the previous keys several times, and fingerprinting and sorting 9M keys are not free."""

    keys: np.ndarray | segments.Stacked
    prints: np.ndarray
    _sorted: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)

    def order(self) -> tuple[np.ndarray, np.ndarray]:
        """The rows in fingerprint order (equal fingerprints keep row order), and the fingerprints in that order."""
        if not self._sorted:
            order = np.argsort(self.prints, kind="stable")
            self._sorted.append((order, self.prints[order]))
        return self._sorted[0]


def prints_of(keys: np.ndarray | segments.Stacked) -> Prints:
    """`keys` with their fingerprints, to match many times (`last_rows`); segmented keys' base and delta are
    fingerprinted as they are stored, then put in row order."""
    if not isinstance(keys, segments.Stacked):
        return Prints(keys, _fingerprint(keys))
    prints = _fingerprint(keys.base) if keys.delta is None else np.concatenate(
        [_fingerprint(keys.base), _fingerprint(keys.delta)])
    return Prints(keys, prints if keys.positions is None else prints[keys.positions])


def last_rows(a: np.ndarray | Prints, b: np.ndarray) -> np.ndarray:
    """For each row of the (rows, width) uint8 keys `b`, the last row of `a` equal to it in every byte, else -1.
    A few keys are compared with every row's 64-bit fingerprint; many, by sorting those fingerprints."""
    a = a if isinstance(a, Prints) else prints_of(a)
    pa, pb = a.prints, _fingerprint(b)
    out = np.full(len(b), -1, dtype=np.int64)
    if not len(pa) or not len(b):
        return out
    if len(b) > 32:
        order, sorted_prints = a.order()  # equal keys keep row order: the last of a run is the last row
        asked = np.argsort(pb)  # sorted queries: the binary searches walk memory in order (8 s -> 1 s at 7M rows)
        at = np.empty(len(pb), dtype=np.int64)
        at[asked] = np.searchsorted(sorted_prints, pb[asked], side="right") - 1
        row = order[np.maximum(at, 0)]
        ok = (at >= 0) & (np.asarray(a.keys[row]) == b).all(axis=1)  # all bytes, not just the 8 sorted on
        out[ok] = row[ok]
        unsure = np.flatnonzero(~ok & (at >= 0) & (pa[row] == pb))  # another key with the same fingerprint
    else:
        unsure = np.arange(len(b))
    for j in unsure.tolist():
        same = np.flatnonzero(pa == pb[j])
        same = same[(np.asarray(a.keys[same]) == b[j]).all(axis=1)]
        if len(same):
            out[j] = same[-1]
    return out


def _fingerprint(keys: np.ndarray) -> np.ndarray:
    """A 64-bit mix of every byte of each (rows, width) key (equal keys, equal fingerprints)."""
    if keys.shape[1] % 8 == 0 and keys.flags.c_contiguous:
        words = np.asarray(keys).view(np.uint64)  # a mapped column's bytes as they are
    else:
        width = -(-keys.shape[1] // 8) * 8
        padded = np.zeros((len(keys), width), dtype=np.uint8)
        padded[:, :keys.shape[1]] = keys
        words = padded.view(np.uint64)
    out = words[:, 0].copy()
    for j in range(1, words.shape[1]):
        out = out * np.uint64(0x9E3779B97F4A7C15) ^ words[:, j]  # wraps modulo 2**64
    return out
