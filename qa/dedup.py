"""Duplicate groups among texts: exact copies by a normalised-text hash, near copies by MinHash LSH.

Shingles are lowercased word 3-grams over letters and digits only, so punctuation and apostrophe style
("country's" / "country’s") do not matter, a removed name changes only the three shingles around it, and
common word pairs do not make unrelated texts look alike. LSH only proposes candidates; each is kept when its
true similarity, the overlap coefficient |A ∩ B| / min(|A|, |B|) (at least the Jaccard index), reaches the
threshold, so a cut-down copy still counts. Texts with fewer than MIN_SHINGLES shingles group only when
exactly equal after normalisation: two short sentences share most of their few shingles by chance.

The MinHash signatures are datasketch's, bit for bit: datasketch supplies the hash permutations (and its
scheme), and its MinHash with MinHashLSH is the reference implementation in tests/test_dedup.py. Signatures
and banding run in NumPy over all texts at once, because datasketch's per-item Python LSH inserts and queries
cost about 11 s of a 19 s incremental rebuild.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Hashable, Iterator, Sequence
from functools import lru_cache
from itertools import chain

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 3
MIN_SHINGLES = 5  # about a 7-word sentence

_WORD = re.compile(r"[^\W_]+")
# Odd 64-bit multipliers: a shingle's hash is the top half of the weighted sum of its words' CRC-32s.
_MIX = tuple(np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9))

_BLOCK = 1 << 14  # shingles permuted at a time: 16384 x 128 hash values, 8 MiB as uint32; 4x faster than 1 << 16
# datasketch's permutation of a shingle hash h: "legacy" (datasketch < 2) (a * h + b) mod (2**61 - 1), kept to
# 32 bits; "affine32" / "affine64" a * fmix(h) + b, wrapping at the width, fmix the MurmurHash3 finaliser.
_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_LEGACY_MAX = np.uint64((1 << 32) - 1)
_FMIX = {
    32: (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16),
    64: (33, 0xFF51AFD7ED558CCD, 33, 0xC4CEB9FE1A85EC53, 33),
}


def normalised_words(text: str) -> list[str]:
    """The words (letters and digits) of `text`, NFKC-normalised and case-folded; punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


class _ShingleTable:
    """Each text's distinct shingles (32-bit hashes of its word 3-shingles, MinHash's input), sorted, end to end."""

    def __init__(self, values: np.ndarray, starts: np.ndarray) -> None:
        self.values, self.starts = values, starts  # text k's shingles: values[starts[k] : starts[k + 1]]
        self._sets: list[frozenset[int] | None] = [None] * (len(starts) - 1)

    @classmethod
    def of(cls, word_lists: Sequence[list[str]]) -> _ShingleTable:
        """The shingles of each word list: deterministic hashes (unlike `hash`), mixed for all texts at once."""
        lengths = np.fromiter(map(len, word_lists), dtype=np.int64, count=len(word_lists))
        h = np.fromiter(map(_word_hash, chain.from_iterable(word_lists)), dtype=np.uint64, count=int(lengths.sum()))
        mixed = (h[:-2] * _MIX[0] + h[1:-1] * _MIX[1] + h[2:] * _MIX[2]) >> np.uint64(32)  # wraps mod 2**64
        text = np.repeat(np.arange(len(word_lists)), lengths)[: len(mixed)]
        inside = np.arange(len(mixed)) + SHINGLE_WORDS <= np.cumsum(lengths)[text]  # all three words in one text
        keys = _distinct(text[inside].astype(np.uint64) << np.uint64(32) | mixed[inside])  # by text, then shingle
        starts = np.searchsorted(keys >> np.uint64(32), np.arange(len(word_lists) + 1, dtype=np.uint64))
        return cls(keys & np.uint64(0xFFFFFFFF), starts)

    def __len__(self) -> int:
        return len(self.starts) - 1

    def sizes(self) -> np.ndarray:
        """The number of distinct shingles of each text."""
        return np.diff(self.starts)

    def subset(self, keep: np.ndarray) -> _ShingleTable:
        """The table of the texts where the boolean mask `keep` is set."""
        sizes = self.sizes()
        starts = np.concatenate(([0], np.cumsum(sizes[keep])))
        return _ShingleTable(self.values[np.repeat(keep, sizes)], starts)

    def set(self, k: int) -> frozenset[int]:
        """Text k's shingles as a set, built on first use."""
        shingles = self._sets[k]
        if shingles is None:
            shingles = self._sets[k] = frozenset(self.values[self.starts[k] : self.starts[k + 1]].tolist())
        return shingles


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: np.unique by a sort, which beats its hash table here several times over."""
    values = np.sort(values)
    first = np.ones(len(values), dtype=bool)
    first[1:] = values[1:] != values[:-1]
    return values[first]


@lru_cache(maxsize=8)
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for a Jaccard cut low enough to propose copies whose overlap coefficient is `threshold`.

    A text with overlap coefficient t inside one twice its size has Jaccard t / (3 - t); aim the LSH there.
    """
    jaccard = threshold / (3 - threshold)
    candidates = [(NUM_PERM // rows, rows) for rows in range(1, 9)]
    return min(candidates, key=lambda br: abs(_knee(*br) - jaccard))


def _knee(bands: int, rows: int) -> float:
    """The Jaccard at which a pair becomes an LSH candidate with probability one half."""
    return (1 - 0.5 ** (1 / bands)) ** (1 / rows)


class _Groups:
    """Union-find whose root is always the lowest index of its group."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Overlap coefficient of two shingle sets: 1.0 when the smaller is inside the larger."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def duplicate_groups(
    texts: Sequence[str], *, threshold: float, sources: Sequence[Hashable] | None = None
) -> list[int]:
    """For each text, the lowest index of its duplicate group (itself when it has no duplicate).

    `sources` (optional, one per text): texts from the same source never pair as near copies, only as exact
    ones; pass the article of each chunk so overlapping neighbour chunks of one article are not merged.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if sources is not None and len(sources) != len(texts):
        raise ValueError(f"{len(sources)} sources for {len(texts)} texts")
    groups = _Groups(len(texts))
    index, word_lists = _exact_copies(texts, groups)
    table = _ShingleTable.of(word_lists)
    keep = table.sizes() >= MIN_SHINGLES
    _near_copies(np.array(index, dtype=np.int64)[keep], table.subset(keep), groups, threshold, sources)
    return [groups.find(i) for i in range(len(texts))]


def _exact_copies(texts: Sequence[str], groups: _Groups) -> tuple[list[int], list[list[str]]]:
    """Union the texts equal after normalisation; return the first of each, with its words (wordless ones left out)."""
    first_of: dict[str, int] = {}
    index: list[int] = []
    word_lists: list[list[str]] = []
    for i, text in enumerate(texts):
        words = normalised_words(text)
        if not words:
            continue
        key = " ".join(words)
        if key in first_of:
            groups.union(first_of[key], i)
            continue
        first_of[key] = i
        index.append(i)
        word_lists.append(words)
    return index, word_lists


def _near_copies(
    index: np.ndarray,
    table: _ShingleTable,
    groups: _Groups,
    threshold: float,
    sources: Sequence[Hashable] | None,
) -> None:
    """Union every LSH candidate pair from different sources whose true similarity reaches `threshold`.

    Text k of `table` is text index[k] of the input. MinHashLSH's candidates are the pairs whose signatures are
    equal in some band of `rows` hash values; each band sorts the texts by a hash of their band to find them.
    """
    if len(table) < 2:
        return
    bands, rows = _lsh_params(threshold)
    sigs = signatures(table.values, table.starts)[:, : bands * rows].reshape(len(table), bands, rows)
    pairs = _Pairs(sigs, table, index, _source_codes(sources, index))
    for band in range(bands):
        for first, second in _equal_key_pairs(_band_hash(sigs[:, band]), pairs.label):
            pairs.verify(first, second, band, groups, threshold)


def _source_codes(sources: Sequence[Hashable] | None, index: np.ndarray) -> np.ndarray | None:
    """An integer per text, equal exactly when the texts' sources are equal; None without sources."""
    if sources is None:
        return None
    codes: dict[Hashable, int] = {}
    return np.array([codes.setdefault(sources[i], len(codes)) for i in index.tolist()], dtype=np.int64)


class _Pairs:
    """Candidate pairs of a table's texts checked so far: `label` is equal exactly for texts grouped already."""

    def __init__(self, sigs: np.ndarray, table: _ShingleTable, index: np.ndarray, source: np.ndarray | None) -> None:
        self.sigs, self.table, self.index, self.source = sigs, table, index, source
        self.label = np.arange(len(table))  # none grouped yet: exact copies were left out of `table`
        self._members = [[k] for k in range(len(table))]

    def verify(self, first: np.ndarray, second: np.ndarray, band: int, groups: _Groups, threshold: float) -> None:
        """Of the pairs with equal keys for `band`, group the new ones that are from two sources and similar.

        New: not grouped yet, and equal in no earlier band, so that each pair's similarity is computed once.
        """
        keep = self.label[first] != self.label[second]
        if self.source is not None:
            keep &= self.source[first] != self.source[second]
        first, second = first[keep], second[keep]
        a, b = self.sigs[first, : band + 1], self.sigs[second, : band + 1]
        keep = np.all(a[:, band] == b[:, band], axis=1)  # not a collision of the band hash
        keep &= ~np.any(np.all(a[:, :band] == b[:, :band], axis=2), axis=1)
        merged = False  # until a merge, the pairs left are known to be in two groups
        for x, y in zip(first[keep].tolist(), second[keep].tolist(), strict=True):
            if merged and self.label[x] == self.label[y]:
                continue
            if similarity(self.table.set(x), self.table.set(y)) >= threshold:
                self._merge(x, y)
                groups.union(int(self.index[x]), int(self.index[y]))
                merged = True

    def _merge(self, x: int, y: int) -> None:
        """Give the smaller group of x and y the label of the larger, so each text is relabelled O(log n) times."""
        keep, gone = int(self.label[x]), int(self.label[y])
        if len(self._members[keep]) < len(self._members[gone]):
            keep, gone = gone, keep
        self.label[self._members[gone]] = keep
        self._members[keep] += self._members[gone]
        self._members[gone] = []


@lru_cache(maxsize=1)
def _datasketch() -> MinHash:
    """The MinHash whose permutations, scheme and initial hash values `duplicate_groups` uses."""
    return MinHash(num_perm=NUM_PERM, seed=1)


def signatures(values: np.ndarray, starts: np.ndarray, like: MinHash | None = None) -> np.ndarray:
    """Row k: the hash values datasketch's `like` (default `_datasketch()`) gets from values[starts[k]:starts[k+1]]."""
    like = _datasketch() if like is None else like
    scheme = getattr(like, "scheme", "legacy")
    a, b = (np.asarray(p) for p in like.permutations)
    out = np.tile(np.asarray(like.hashvalues), (len(starts) - 1, 1))
    filled = np.flatnonzero(np.diff(starts))
    starts = starts[np.append(filled, len(starts) - 1)]  # drop the empty texts
    for lo in range(0, len(values), _BLOCK):
        hi = min(lo + _BLOCK, len(values))
        first = int(np.searchsorted(starts, lo, side="right")) - 1
        last = int(np.searchsorted(starts, hi, side="left")) - 1
        offsets = np.concatenate(([0], starts[first + 1 : last + 1] - lo))
        mins = np.minimum.reduceat(_permute(values[lo:hi], a, b, scheme), offsets, axis=1)  # 6x axis=0's speed
        rows = filled[first : last + 1]
        out[rows] = np.minimum(out[rows], mins.T)
    return out


def _permute(hv: np.ndarray, a: np.ndarray, b: np.ndarray, scheme: str) -> np.ndarray:
    """datasketch's permuted hash values of the shingle hashes `hv`: one row per permutation, one column per hash."""
    if scheme == "legacy":
        return ((a[:, None] * hv + b[:, None]) % _MERSENNE_PRIME) & _LEGACY_MAX
    return a[:, None] * _fmix(hv.astype(a.dtype)) + b[:, None]


def _fmix(hv: np.ndarray) -> np.ndarray:
    """The MurmurHash3 finaliser at the width of `hv`'s dtype; multiplications wrap, as intended."""
    s1, m1, s2, m2, s3 = (hv.dtype.type(c) for c in _FMIX[hv.dtype.itemsize * 8])
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def _band_hash(values: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of `values`, for sorting equal rows together."""
    h = np.zeros(len(values), dtype=np.uint64)
    for column in values.T:
        h = (h ^ column.astype(np.uint64)) * _MIX[0]
    return h ^ (h >> np.uint64(29))


def _equal_key_pairs(keys: np.ndarray, label: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The pairs of positions with equal `keys`, unless all positions with that key share a `label` already.

    Sorted by key, the d-th batch holds the pairs d apart: at most len(keys) pairs, however big a key's run.
    """
    order = np.argsort(keys)
    ordered = keys[order]
    run_start = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    run_size = np.diff(np.append(run_start, len(keys)))
    labels = label[order]
    open_run = np.minimum.reduceat(labels, run_start) != np.maximum.reduceat(labels, run_start)
    run_end = np.repeat(np.where(open_run, run_start + run_size, 0), run_size)
    at = np.flatnonzero(run_end - np.arange(len(keys)) > 1)
    distance = 1
    while len(at):
        yield order[at], order[at + distance]
        distance += 1
        at = at[run_end[at] - at > distance]
