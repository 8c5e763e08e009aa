"""The previous version's vectors as a rebuild reuses them, without a dict of every vector: a row carried over
(`qa.carry`: its article's split reused) takes its previous row's vector and cache key by position; any other
row's key is looked up among the previous keys by a NumPy match (`qa.vector_rows.last_rows`).

At a million chunks the dict (9M hashes -> vectors) and the gather through it were ~140 s of every `add`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from qa import dense, segments
from qa.columns import FixedStrings, StackedStrings, fixed_strings
from qa.vector_rows import Prints, StackedVectors, last_rows, prints_of


@dataclass(frozen=True, slots=True, eq=False)
class Known:
    """The previous version's chunk vectors (float32, read by row from the dense index's storage, mapped: `index`
    holds it) and sentence vectors (float16, mapped), and each row's cache key."""

    chunks: StackedVectors
    chunk_keys: FixedStrings
    sentences: StackedVectors
    sentence_keys: FixedStrings
    _prints: dict[str, Prints] = field(default_factory=dict)
    index: Any = None

    @property
    def dim(self) -> int:
        return int(self.chunks.shape[1])

    def prints(self, kind: str) -> Prints:
        """The "chunk" or "sentence" keys' fingerprints, made once however many times keys are looked up."""
        if kind not in self._prints:
            self._prints[kind] = prints_of((self.chunk_keys if kind == "chunk" else self.sentence_keys).matrix)
        return self._prints[kind]


def read_known(index: Any, chunk_keys: Sequence[str], sentences: StackedVectors, sentence_keys: Sequence[str]
               ) -> Known | None:
    """The vectors of a version's dense `index` and sentence file with their keys; None when the keys are not
    of one width (nothing is reused then)."""
    ck, sk = key_rows(chunk_keys), key_rows(sentence_keys)
    if ck is None or sk is None or ck.matrix.shape[1] != sk.matrix.shape[1]:
        return None
    return Known(chunk_rows(index), ck, sentences, sk, index=index)


def key_rows(keys: Sequence[str]) -> FixedStrings | None:
    """A version's cache key column as `FixedStrings` (`fixed_strings`); one in segments (`qa.text_rows`) as its
    base and delta rows through its row map, nothing copied. None when the keys are not ASCII of one width."""
    if not isinstance(keys, StackedStrings):
        return fixed_strings(keys)
    parts = [fixed_strings(keys.base), *([] if keys.delta is None or not len(keys.delta) else [
        fixed_strings(keys.delta)])]
    if any(p is None for p in parts) or len({p.matrix.shape[1] for p in parts if p is not None}) != 1:
        return None
    base, *delta = (p.matrix for p in parts if p is not None)
    return FixedStrings(segments.Stacked(base, delta[0] if delta else None, np.asarray(keys.positions)))


def chunk_rows(index: Any) -> StackedVectors:
    """The chunk vectors of a dense index by row, read from its storage where asked (no copy of them all, 1.5 GB at
    a million chunks): a graph's slots through its row map, a kept graph's delta after them. Valid while `index` is."""
    stored = dense.stored_vectors(index)  # a kept graph's: its base's
    if not isinstance(index, dense.Parts):
        return StackedVectors(stored)
    return StackedVectors(stored, index.delta, dense.row_slots(index.rows))  # row r's slot: the base's, or the delta's


@dataclass(frozen=True, slots=True, eq=False)
class Found:
    """For each key asked: the last previous sentence row holding it, and the last chunk row (-1: none)."""

    sentence: np.ndarray
    chunk: np.ndarray


def find(known: Known | None, keys: Sequence[str]) -> Found:
    """Where the previous version holds each of `keys` (as the old reuse dict did, a sentence row wins)."""
    none = np.full(len(keys), -1, dtype=np.int64)
    asked = fixed_strings(list(keys)) if known is not None and len(keys) else None
    if known is None or asked is None or asked.matrix.shape[1] != known.sentence_keys.matrix.shape[1]:
        return Found(none, none.copy())
    return Found(last_rows(known.prints("sentence"), asked.matrix), last_rows(known.prints("chunk"), asked.matrix))


def vector_of(known: Known, found: Found, i: int) -> np.ndarray | None:
    """The previous vector of asked key `i` (float32), or None."""
    if found.sentence[i] >= 0:
        return np.asarray(known.sentences[int(found.sentence[i])], dtype=np.float32)
    if found.chunk[i] >= 0:
        return known.chunks[int(found.chunk[i])]
    return None
