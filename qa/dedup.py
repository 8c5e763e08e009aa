"""Duplicate groups among texts: exact copies by a normalised-text digest, near copies by MinHash LSH.

Each text is first reduced to a row of keys (`text_keys`): a 16-byte digest of its normalised words, its number
of distinct shingles (+1; 0: no words), and one 64-bit hash per LSH band of its MinHash signature. Groups are
then found from the keys alone and the texts of the candidate pairs, so a rebuild keeps the previous version's
keys and computes only its new texts' (`qa.dedup_update`).

LSH (`qa.minhash`) only proposes candidates; each is kept when its true similarity, the overlap coefficient
|A ∩ B| / min(|A|, |B|) (at least the Jaccard index), reaches the threshold, so a cut-down copy still counts.
Texts with fewer than MIN_SHINGLES shingles group only when exactly equal after normalisation: two short
sentences share most of their few shingles by chance.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from qa.minhash import NUM_PERM, ShingleTable, band_hash, equal_key_pairs, normalised_words, signatures

MIN_SHINGLES = 5  # about a 7-word sentence
BANDS_AT = 3  # key columns: digest (2), shingles + 1, then one per band


@lru_cache(maxsize=8)
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for a Jaccard cut low enough to propose copies whose overlap coefficient is `threshold`."""
    # A text with overlap coefficient t inside one twice its size has Jaccard t / (3 - t); aim the LSH there.
    jaccard = threshold / (3 - threshold)
    candidates = [(NUM_PERM // rows, rows) for rows in range(1, 9)]
    return min(candidates, key=lambda br: abs(_knee(*br) - jaccard))


def _knee(bands: int, rows: int) -> float:
    """The Jaccard at which a pair becomes an LSH candidate with probability one half."""
    return (1 - 0.5 ** (1 / bands)) ** (1 / rows)


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Overlap coefficient of two shingle sets: 1.0 when the smaller is inside the larger."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def key_width(threshold: float) -> int:
    """Columns of a `text_keys` row for `threshold`."""
    return BANDS_AT + _lsh_params(threshold)[0]


def text_keys(texts: Sequence[str], threshold: float) -> np.ndarray:
    """(len(texts), key_width) uint64: each text's digest, shingle count + 1 and band hashes (signatures are
    computed once per distinct text that has MIN_SHINGLES shingles; other rows' band hashes are 0)."""
    bands, rows = _lsh_params(threshold)
    out = np.zeros((len(texts), BANDS_AT + bands), dtype=np.uint64)
    words = [normalised_words(t) for t in texts]
    first: dict[bytes, int] = {}
    copy_of = np.full(len(texts), -1, dtype=np.int64)
    distinct: list[int] = []
    for i, w in enumerate(words):
        if not w:
            continue
        digest = hashlib.blake2b(" ".join(w).encode(), digest_size=16).digest()
        out[i, :2] = np.frombuffer(digest, dtype=np.uint64)
        j = first.setdefault(digest, i)
        if j == i:
            distinct.append(i)
        copy_of[i] = j
    table = ShingleTable.of([words[i] for i in distinct])
    at = np.asarray(distinct, dtype=np.int64)
    out[at, 2] = table.sizes().astype(np.uint64) + 1
    keep = table.sizes() >= MIN_SHINGLES
    if keep.any():
        sub = table.subset(keep)
        sigs = signatures(sub.values, sub.starts)[:, : bands * rows].reshape(len(sub), bands, rows)
        out[at[keep], BANDS_AT:] = np.stack([band_hash(sigs[:, b]) for b in range(bands)], axis=1)
    copies = np.flatnonzero((copy_of >= 0) & (copy_of != np.arange(len(texts))))
    out[copies, 2:] = out[copy_of[copies], 2:]
    return out


def exact_firsts(keys: np.ndarray) -> np.ndarray:
    """For each row, the first row with its digest (-1: no words), from one sort on the digest's first half (an add
    runs this over every row four times); a first half two digests share is sorted on the whole digest and the row."""
    n = len(keys)
    out = np.full(n, -1, dtype=np.int64)
    has = np.flatnonzero(np.asarray(keys[:, 2]) > 0)
    if not len(has):
        return out
    d = np.asarray(keys[has, :2])
    order = np.argsort(d[:, 0])
    ds = d[order]
    same = ds[1:, 0] == ds[:-1, 0]
    if (same & (ds[1:, 1] != ds[:-1, 1])).any():
        order = np.lexsort((has, d[:, 1], d[:, 0]))
        ds = d[order]
        same = (ds[1:] == ds[:-1]).all(axis=1)
    rows = has[order]
    starts = np.flatnonzero(np.concatenate(([True], ~same)))
    out[rows] = np.repeat(np.minimum.reduceat(rows, starts), np.diff(np.append(starts, len(rows))))
    return out


def in_table(keys: np.ndarray, firsts: np.ndarray) -> np.ndarray:
    """The rows LSH looks at: the first of their exact copies, with at least MIN_SHINGLES shingles."""
    return (firsts == np.arange(len(keys))) & (np.asarray(keys[:, 2]).astype(np.int64) > MIN_SHINGLES)


@dataclass(frozen=True, slots=True)
class Groups:
    """Each row's group (its lowest row) and the near-copy pairs that joined groups (kept for the next build)."""

    dup_of: np.ndarray
    edges: np.ndarray


class Shingles:
    """Texts' shingle sets, made on first use (only candidate pairs need them)."""

    def __init__(self, text_of: Callable[[int], str]) -> None:
        self.text_of = text_of
        self._sets: dict[int, frozenset[int]] = {}

    def similar(self, x: int, y: int, threshold: float) -> bool:
        return similarity(self.set(x), self.set(y)) >= threshold

    def set(self, row: int) -> frozenset[int]:
        if row not in self._sets:
            self._sets[row] = ShingleTable.of([normalised_words(self.text_of(row))]).set(0)
        return self._sets[row]


def components(n: int, firsts: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Each row's lowest row among those joined to it by an exact copy or a near-copy edge."""
    copies = np.flatnonzero(firsts >= 0)
    a = np.concatenate([copies, edges[:, 0]])
    b = np.concatenate([firsts[copies], edges[:, 1]])
    _, label = connected_components(coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n)), directed=False)
    lowest = np.full(label.max() + 1 if n else 0, n, dtype=np.int64)
    np.minimum.at(lowest, label, np.arange(n))
    return lowest[label]


def groups_from_keys(keys: np.ndarray, text_of: Callable[[int], str], threshold: float,
                     sources: Sequence[Hashable] | None = None) -> Groups:
    """Groups of all rows from their keys: LSH candidates among the table rows, band by band, each pair from two
    sources and not yet grouped checked on its true similarity."""
    firsts = exact_firsts(keys)
    index = np.flatnonzero(in_table(keys, firsts))
    pairs = _Pairs(np.asarray(keys[index, BANDS_AT:]), index, _source_codes(sources, index),
                   Shingles(lambda k: text_of(int(index[k]))))
    for band in range(pairs.bands if len(index) > 1 else 0):
        for first, second in equal_key_pairs(pairs.bandkeys[:, band], pairs.label):
            pairs.verify(first, second, band, threshold)
    edges = np.asarray(pairs.edges, dtype=np.int64).reshape(-1, 2)
    return Groups(components(len(keys), firsts, edges), edges)


class _Pairs:
    """Candidate pairs of the table rows checked so far: `label` is equal exactly for rows grouped already."""

    def __init__(self, bandkeys: np.ndarray, index: np.ndarray, source: np.ndarray | None, shingles: Shingles) -> None:
        self.bandkeys, self.index, self.source, self.shingles = bandkeys, index, source, shingles
        self.bands = bandkeys.shape[1]
        self.label = np.arange(len(index))  # none grouped yet: exact copies are not table rows
        self._members = [[k] for k in range(len(index))]
        self.edges: list[tuple[int, int]] = []

    def verify(self, first: np.ndarray, second: np.ndarray, band: int, threshold: float) -> None:
        """Of the pairs with equal keys for `band`, group the new ones that are from two sources and similar (new: not
        grouped yet, and equal in no earlier band, so each pair's similarity is computed once)."""
        keep = self.label[first] != self.label[second]
        if self.source is not None:
            keep &= self.source[first] != self.source[second]
        first, second = first[keep], second[keep]
        keep = ~np.any(self.bandkeys[first, :band] == self.bandkeys[second, :band], axis=1)
        merged = False  # until a merge, the pairs left are known to be in two groups
        for x, y in zip(first[keep].tolist(), second[keep].tolist(), strict=True):
            if merged and self.label[x] == self.label[y]:
                continue
            if self.shingles.similar(x, y, threshold):
                self._merge(x, y)
                self.edges.append((int(self.index[x]), int(self.index[y])))
                merged = True

    def _merge(self, x: int, y: int) -> None:
        """Give the smaller group of x and y the label of the larger, so each row is relabelled O(log n) times."""
        keep, gone = int(self.label[x]), int(self.label[y])
        if len(self._members[keep]) < len(self._members[gone]):
            keep, gone = gone, keep
        self.label[self._members[gone]] = keep
        self._members[keep] += self._members[gone]
        self._members[gone] = []


def _source_codes(sources: Sequence[Hashable] | None, index: np.ndarray) -> np.ndarray | None:
    """An integer per text, equal exactly when the texts' sources are equal; None without sources."""
    if sources is None:
        return None
    codes: dict[Hashable, int] = {}
    return np.array([codes.setdefault(sources[i], len(codes)) for i in index.tolist()], dtype=np.int64)


def duplicate_groups(
    texts: Sequence[str], *, threshold: float, sources: Sequence[Hashable] | None = None
) -> list[int]:
    """For each text, the lowest index of its duplicate group (itself when it has no duplicate); texts of one of
    `sources` (optional, one per text) pair only as exact copies, so one article's overlapping chunks stay apart."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if sources is not None and len(sources) != len(texts):
        raise ValueError(f"{len(sources)} sources for {len(texts)} texts")
    return groups_from_keys(text_keys(texts, threshold), texts.__getitem__, threshold, sources).dup_of.tolist()
