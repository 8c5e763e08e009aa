"""Incremental HNSW: past the flat/HNSW threshold a rebuild keeps the previous version's graph file as it is
(hard-linked, not read into memory, rewritten or checksummed again), puts the chunks it lacks in a small delta
searched exactly, and marks the slots of chunks it no longer has deleted in a row map (`dense.Parts`, issue 15).

A new row whose vector is a previous row's stored vector (`Embedded.chunk_source`: carried over, or found by
its cache key among the previous chunks) keeps that row's slot; every other row goes to the delta. Once the
delta and the deleted slots pass `Settings.hnsw_rebuild_share` of the slots (or the delta `DELTA_UP_TO` rows),
the delta is folded in: inserted into the graph (read into memory for it), or, when deleted slots alone pass
half that share, a new graph of the live vectors is built.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from qa import arrays, dense, dense_files, links
from qa.config import Settings
from qa.manifest import FileEntry
from qa.store import Version

logger = logging.getLogger(__name__)
# A delta past this many rows is folded in whatever the share: each search scans it (~2 ms at 20k rows here).
DELTA_UP_TO = 20_000
How = Literal["flat", "new graph", "updated graph", "delta"]


@dataclass(frozen=True, slots=True)
class Graph:
    """A previous version's HNSW graph as `dense.Parts` (mapped) and where to read it into memory to grow it; a graph
    written before `Parts` (`parts.owner`, its id map, holds it) is never linked as a base."""

    parts: dense.Parts
    file: Path
    limit: int


def previous_graph(index: Any, file: Path, limit: int) -> Graph | None:
    """`index` (as `qa.dense_files` reads it from `file`) as a graph to keep, or None when it is flat. A graph
    written before `Parts` (read as `Parts` with its id map as owner) is folded at the next rebuild."""
    if dense.graph_of(index) is None:
        return None
    if isinstance(index, dense.Parts):
        return Graph(index, file, limit)
    return Graph(dense.parts(index, np.zeros((0, index.d), np.float32), np.arange(index.ntotal)), file, limit)


@dataclass(frozen=True, slots=True)
class Dense:
    """The dense index of a new version, how it was made, and whether its graph file is the previous one's."""

    index: Any
    how: How
    inserted: int = 0
    deleted: int = 0
    kept_file: bool = False


def dense_for(vectors: np.ndarray, source: np.ndarray | None, previous: Graph | None, settings: Settings) -> Dense:
    """The dense index over `vectors` (row i stores the previous row `source[i]`'s vector, -1: none): flat up to
    `settings.hnsw_above` rows; else `previous`'s graph with a delta, folded in, or a new graph."""
    n, dim = vectors.shape
    if n <= settings.hnsw_above:
        return Dense(dense.build_dense(vectors, kind="flat"), "flat")
    if previous is None or source is None or previous.parts.d != dim:
        return Dense(new_graph(vectors), "new graph")
    old = previous.parts
    n_base = old.base.ntotal
    slot = _slots(old, source)
    in_base = (slot >= 0) & (slot < n_base)
    base_rows = np.full(n_base, -1, dtype=np.int64)
    base_rows[slot[in_base]] = np.flatnonzero(in_base)
    added = np.flatnonzero(~in_base)  # new rows, and rows the previous delta held
    deleted = n_base - int(in_base.sum())
    small = deleted + len(added) <= settings.hnsw_rebuild_share * (n_base + len(added)) and len(added) <= DELTA_UP_TO
    if small and old.owner is None:
        delta = np.ascontiguousarray(vectors[added], dtype=np.float32)
        return Dense(dense.parts(old.base, delta, np.concatenate([base_rows, added])), "delta",
                     inserted=len(added), deleted=deleted, kept_file=True)
    if deleted > settings.hnsw_rebuild_share / 2 * n_base:
        logger.info("%d of %d graph slots deleted: building a new graph", deleted, n_base)
        return Dense(new_graph(vectors), "new graph")
    base = dense_files.read_dense(previous.file, mmap=False, dim=dim, limit=previous.limit)  # to grow it
    if isinstance(base, dense.Parts):  # written before `Parts`: its graph copied out of the id map, once
        import faiss

        base = faiss.clone_index(base.base)
    if len(added):
        base.add(np.ascontiguousarray(vectors[added], dtype=np.float32))
    index = dense.parts(base, np.zeros((0, dim), np.float32), np.concatenate([base_rows, added]))
    return Dense(index, "updated graph", inserted=len(added), deleted=deleted)


def _slots(old: dense.Parts, source: np.ndarray) -> np.ndarray:
    """For each new row, the previous slot storing its vector (each slot used once), or -1."""
    slot_of_row = dense.row_slots(old.rows)
    source = np.asarray(source, dtype=np.int64)
    slot = np.where(source >= 0, slot_of_row[np.maximum(source, 0)], -1)
    have = np.flatnonzero(slot >= 0)
    _, first = np.unique(slot[have], return_index=True)  # a slot two rows name (a repeated chunk) is the first's
    once = np.full(len(slot), -1, dtype=np.int64)
    once[have[first]] = slot[have[first]]
    return once


def new_graph(vectors: np.ndarray) -> Any:
    """A new HNSW graph over `vectors`, slot i holding row i."""
    return dense.build_dense(vectors, kind="hnsw")


def write(folder: Path, made: Dense, previous: Version | None) -> dict[str, FileEntry]:
    """Write `made` into `folder`: the graph file (linked when it is the previous version's and vouched for),
    the delta and row map when it has them. The linked files' entries, by name."""
    index = made.index
    if not isinstance(index, dense.Parts):
        dense_files.write_dense(index, folder / dense.FILE)
        return {}
    linked = links.link_unchanged(previous, [dense.FILE], folder) if made.kept_file else {}
    if dense.FILE not in linked:
        dense_files.write_dense(index.base, folder / dense.FILE)
    if len(index.delta):
        arrays.save(folder / dense.DELTA_FILE, index.delta)
    if len(index.delta) or not np.array_equal(index.rows, np.arange(len(index.rows))):
        arrays.save(folder / dense.ROWS_FILE, index.rows.astype(np.int32 if len(index.rows) < 2**31 else np.int64))
    return linked
