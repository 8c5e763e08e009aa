"""MinHash over word 3-shingles, in NumPy: each text's shingles, datasketch's signatures bit for bit, and the
LSH banding that proposes candidate pairs (pairs equal in some band of the signatures).

Shingles are lowercased word 3-grams over letters and digits only, so punctuation and apostrophe style
("country's" / "country’s") do not matter and a removed name changes only the three shingles around it.
datasketch supplies the hash permutations (and its scheme); its MinHash with MinHashLSH is the reference
implementation in tests/test_dedup.py. Everything runs over all texts at once, because datasketch's per-item
Python LSH inserts and queries cost about 11 s of a 19 s incremental rebuild.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 3

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


class ShingleTable:
    """Each text's distinct shingles (32-bit hashes of its word 3-shingles, MinHash's input), sorted, end to end."""

    def __init__(self, values: np.ndarray, starts: np.ndarray) -> None:
        self.values, self.starts = values, starts  # text k's shingles: values[starts[k] : starts[k + 1]]
        self._sets: list[frozenset[int] | None] = [None] * (len(starts) - 1)

    @classmethod
    def of(cls, word_lists: Sequence[list[str]]) -> ShingleTable:
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

    def subset(self, keep: np.ndarray) -> ShingleTable:
        """The table of the texts where the boolean mask `keep` is set."""
        sizes = self.sizes()
        starts = np.concatenate(([0], np.cumsum(sizes[keep])))
        return ShingleTable(self.values[np.repeat(keep, sizes)], starts)

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


def band_hash(values: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of `values`, for sorting equal rows together."""
    h = np.zeros(len(values), dtype=np.uint64)
    for column in values.T:
        h = (h ^ column.astype(np.uint64)) * _MIX[0]
    return h ^ (h >> np.uint64(29))


def equal_key_pairs(keys: np.ndarray, label: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The pairs of positions with equal `keys`, unless all positions with that key share a `label` already; sorted by
    key, the d-th batch holds the pairs d apart (at most len(keys) pairs, however big a key's run)."""
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
