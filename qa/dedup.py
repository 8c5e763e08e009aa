"""Duplicate groups among texts: exact copies by a normalised-text hash, near copies by MinHash LSH.

Shingles are lowercased word 3-grams over letters and digits only, so punctuation and apostrophe style
("country's" / "country’s") do not matter, a removed name changes only the three shingles around it, and
common word pairs do not make unrelated texts look alike. LSH only proposes candidates; each is kept when its
true similarity, the overlap coefficient |A ∩ B| / min(|A|, |B|) (at least the Jaccard index), reaches the
threshold, so a cut-down copy still counts. Texts with fewer than MIN_SHINGLES shingles group only when
exactly equal after normalisation: two short sentences share most of their few shingles by chance.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Hashable, Sequence
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
MIN_SHINGLES = 5  # about a 7-word sentence

_WORD = re.compile(r"[^\W_]+")
# Odd 64-bit multipliers: a shingle's hash is the top half of the weighted sum of its words' CRC-32s.
_MIX = tuple(np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9))


def normalised_words(text: str) -> list[str]:
    """The words (letters and digits) of `text`, NFKC-normalised and case-folded; punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


def _shingles(words: list[str]) -> frozenset[int]:
    """32-bit hashes of the word 3-shingles: deterministic (unlike `hash`), and MinHash's input."""
    if len(words) < SHINGLE_WORDS:
        return frozenset()
    h = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    mixed = h[:-2] * _MIX[0] + h[1:-1] * _MIX[1] + h[2:] * _MIX[2]  # wraps mod 2**64, as intended
    return frozenset((mixed >> np.uint64(32)).tolist())


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
    first_of: dict[str, int] = {}
    unique: list[tuple[int, frozenset[int]]] = []
    for i, text in enumerate(texts):
        words = normalised_words(text)
        if not words:
            continue
        key = " ".join(words)
        if key in first_of:
            groups.union(first_of[key], i)
            continue
        first_of[key] = i
        shingles = _shingles(words)
        if len(shingles) >= MIN_SHINGLES:
            unique.append((i, shingles))
    _near_copies(unique, groups, threshold, sources)
    return [groups.find(i) for i in range(len(texts))]


def _near_copies(
    items: list[tuple[int, frozenset[int]]],
    groups: _Groups,
    threshold: float,
    sources: Sequence[Hashable] | None,
) -> None:
    """Union every LSH candidate pair whose true similarity reaches `threshold`."""
    if len(items) < 2:
        return
    lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params(threshold))
    sets = dict(items)
    for (i, _), mh in zip(items, MinHash.generator(([*s] for _, s in items), num_perm=NUM_PERM, hashfunc=int),
                          strict=True):
        for j in lsh.query(mh):
            if sources is not None and sources[i] == sources[j]:
                continue
            if groups.find(i) != groups.find(j) and similarity(sets[i], sets[j]) >= threshold:
                groups.union(i, j)
        lsh.insert(i, mh)
