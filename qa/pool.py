"""Pooling the model's word-piece vectors into chunk and sentence vectors (issue 15: fewer forward passes).

One forward pass gives a vector per word piece and, from the fast tokenizer's offset mapping, the characters
of the text each word piece came from. A span's vector is the mean of the word pieces that start inside it,
L2-normalised: the same mean pooling all-MiniLM-L6-v2 was trained with, over part of a pass or over several.
Offsets are positions in the (already folded) clean text the model read, so spans map exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Pass:
    """One forward pass over a text: a float32 vector per word piece ([CLS] and [SEP] included) and each word
    piece's (start, end) characters in that text ((0, 0) for the special tokens)."""

    tokens: np.ndarray
    offsets: np.ndarray


@dataclass(frozen=True, slots=True)
class Pooled:
    """What is kept of a pass once it is read: the sum of its word-piece vectors and how many there were."""

    total: np.ndarray
    count: int


def normalise(vector: np.ndarray) -> np.ndarray:
    """`vector` scaled to unit length, float32 (a zero vector stays zero)."""
    v = np.asarray(vector, dtype=np.float32)
    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else v


def span_mask(offsets: np.ndarray, start: int, end: int) -> np.ndarray:
    """Word pieces starting inside characters [start, end): each real word piece belongs to exactly one of a
    text's consecutive spans, even one cut inside a word; special tokens (empty offsets) to none."""
    offsets = np.asarray(offsets).reshape(-1, 2)
    return (offsets[:, 0] >= start) & (offsets[:, 0] < end) & (offsets[:, 1] > offsets[:, 0])


def span_vector(p: Pass, start: int, end: int) -> np.ndarray:
    """The normalised mean of the word pieces of `p` in characters [start, end) (the whole pass if none)."""
    mask = span_mask(p.offsets, start, end)
    picked = p.tokens[mask] if mask.any() else p.tokens
    return normalise(picked.mean(axis=0))


def whole(p: Pass) -> Pooled:
    """Every word piece of `p`, [CLS] and [SEP] included, as sentence-transformers' mean pooling counts them."""
    return Pooled(p.tokens.sum(axis=0, dtype=np.float32), len(p.tokens))


def mean_of(parts: Sequence[Pooled]) -> np.ndarray:
    """The normalised mean over all word pieces of several passes (each weighted by its length)."""
    if not parts:
        raise ValueError("no passes to pool")
    total = np.sum([p.total for p in parts], axis=0, dtype=np.float32)
    return normalise(total / sum(p.count for p in parts))
