"""Incremental HNSW: past the flat/HNSW threshold a rebuild keeps the previous version's graph, inserts only the
chunks it lacks and marks the ones it no longer has deleted, instead of building the graph again (issue 15).

A vector's content hash names it (`qa.passes.vector_key`), so a chunk row of the new version whose hash a live
graph slot holds is that slot, with the same vector. The graph is an `IndexIDMap` whose id map gives each slot
its chunk row in the new version, -1 when deleted (`qa.dense` searches never return those). Deleted slots
still cost memory and search time, so once they would pass `Settings.hnsw_rebuild_share` of the graph a new
graph is built from the live vectors alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from qa import dense
from qa.config import Settings

logger = logging.getLogger(__name__)
How = Literal["flat", "new graph", "updated graph"]


@dataclass(frozen=True, slots=True)
class Graph:
    """A previous version's HNSW graph, read into memory (a mapped one cannot grow), and the content hash each
    of its slots holds (None: deleted)."""

    index: Any
    slot_hashes: tuple[str | None, ...]


def previous_graph(index: Any, row_hashes: Sequence[str]) -> Graph | None:
    """`index` (read with mmap=False) as a graph to update, or None when it is no id-mapped HNSW graph (a flat
    index, or a graph written before graphs were updated in place: the next build makes a new one)."""
    rows = dense.slot_rows(index)
    if rows is None or dense.graph_of(index) is None:
        return None
    return Graph(index, tuple(row_hashes[r] if r >= 0 else None for r in rows.tolist()))


@dataclass(frozen=True, slots=True)
class Dense:
    """The dense index of a new version and how it was made."""

    index: Any
    how: How
    inserted: int = 0
    deleted: int = 0


def dense_for(vectors: np.ndarray, hashes: Sequence[str], previous: Graph | None, settings: Settings) -> Dense:
    """The dense index over `vectors` (row i has content hash `hashes[i]`): flat up to `settings.hnsw_above`
    rows; else `previous` with the changes applied, or a new graph (no previous one, or too many deleted)."""
    n, dim = vectors.shape
    if n <= settings.hnsw_above:
        return Dense(dense.build_dense(vectors, kind="flat"), "flat")
    if previous is None or previous.index.d != dim:
        return Dense(new_graph(vectors), "new graph")
    slot_of_row = _match(previous.slot_hashes, hashes)
    kept = slot_of_row >= 0
    if not _same_vectors(previous.index, slot_of_row[kept], vectors, np.flatnonzero(kept)):
        logger.info("the previous graph holds other vectors under the same hashes: building a new graph")
        return Dense(new_graph(vectors), "new graph")
    slots = len(previous.slot_hashes) + int((~kept).sum())
    deleted = slots - n
    if deleted > settings.hnsw_rebuild_share * slots:
        logger.info("%d of %d graph slots would be deleted: building a new graph", deleted, slots)
        return Dense(new_graph(vectors), "new graph")
    index = previous.index
    rows = dense.slot_rows(index)
    rows[:] = -1
    rows[slot_of_row[kept]] = np.flatnonzero(kept)
    added = np.flatnonzero(~kept)
    if len(added):
        index.add_with_ids(np.ascontiguousarray(vectors[added], dtype=np.float32), added.astype(np.int64))
    return Dense(index, "updated graph", inserted=len(added), deleted=deleted)


def new_graph(vectors: np.ndarray) -> Any:
    """A new id-mapped HNSW graph over `vectors`, slot i holding row i."""
    import faiss

    index = faiss.IndexIDMap(dense.empty_hnsw(vectors.shape[1]))
    if len(vectors):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.arange(len(vectors), dtype=np.int64))
    return index


def _same_vectors(index: Any, slots: np.ndarray, vectors: np.ndarray, rows: np.ndarray) -> bool:
    """Each kept slot of `index` stores exactly its row's new vector (a hash names a vector only if the previous
    version was written honestly), compared a block at a time."""
    import faiss

    flat = faiss.downcast_index(dense.graph_of(index).storage)
    stored = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)
    step = 1 << 16
    return all(np.array_equal(stored[slots[a:a + step]], vectors[rows[a:a + step]]) for a in range(0, len(rows), step))


def _match(slot_hashes: Sequence[str | None], hashes: Sequence[str]) -> np.ndarray:
    """For each new row, a live slot holding its hash (each slot used once), or -1."""
    free: dict[str, list[int]] = {}
    for slot, h in enumerate(slot_hashes):
        if h is not None:
            free.setdefault(h, []).append(slot)
    out = np.full(len(hashes), -1, dtype=np.int64)
    for row, h in enumerate(hashes):
        slots = free.get(h)
        if slots:
            out[row] = slots.pop()
    return out
