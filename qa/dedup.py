"""Duplicate groups among texts: exact copies by a normalised-text hash, near copies by MinHash LSH.

LSH (`qa.minhash`) only proposes candidates; each is kept when its true similarity, the overlap coefficient
|A ∩ B| / min(|A|, |B|) (at least the Jaccard index), reaches the threshold, so a cut-down copy still counts.
Texts with fewer than MIN_SHINGLES shingles group only when exactly equal after normalisation: two short
sentences share most of their few shingles by chance.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import lru_cache

import numpy as np

from qa.minhash import NUM_PERM, ShingleTable, band_hash, equal_key_pairs, normalised_words, signatures

MIN_SHINGLES = 5  # about a 7-word sentence


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
    table = ShingleTable.of(word_lists)
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
    table: ShingleTable,
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
        for first, second in equal_key_pairs(band_hash(sigs[:, band]), pairs.label):
            pairs.verify(first, second, band, groups, threshold)


def _source_codes(sources: Sequence[Hashable] | None, index: np.ndarray) -> np.ndarray | None:
    """An integer per text, equal exactly when the texts' sources are equal; None without sources."""
    if sources is None:
        return None
    codes: dict[Hashable, int] = {}
    return np.array([codes.setdefault(sources[i], len(codes)) for i in index.tolist()], dtype=np.int64)


class _Pairs:
    """Candidate pairs of a table's texts checked so far: `label` is equal exactly for texts grouped already."""

    def __init__(self, sigs: np.ndarray, table: ShingleTable, index: np.ndarray, source: np.ndarray | None) -> None:
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
