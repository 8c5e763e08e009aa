"""Dense search with FAISS: inner product over L2-normalized vectors (= cosine); row i is chunk i.

Exact `IndexFlatIP` while it is fast enough; past `HNSW_ABOVE` rows an HNSW graph over the same vectors
(recall against exact search is measured in benchmarks/scale.py). A graph a rebuild kept (`qa.graph`) is
`Parts`: the earlier version's graph file as it was, the vectors added since searched exactly, and each slot's
chunk row (-1: the chunk is gone; searches never return those). A graph written before `Parts` is an
`IndexIDMap` over the HNSW, its id map giving each slot's row; `qa.dense_files` reads it as `Parts` too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from qa.config import Settings

# Flat search scans every vector: 7 ms at 100k rows, 180 ms at 1M here (memory-bound), past the 150 ms budget
# of a whole question; HNSW answers in about a millisecond, and its build (~4.5 min per 1M rows here) is small
# beside embedding them (~6 h at 45 chunks/s). efSearch 256: recall@10 0.9865 at 1M rows (128: 0.9775), 1.1 ms p50
# (benchmarks/scale.py); set at load too, so an index built with another value searches the same way.
HNSW_ABOVE = Settings().hnsw_above
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 256
SINGLE_THREAD_UP_TO = 500_000
# A filter keeping at most this many rows of an HNSW index is searched exactly over its vectors (FAISS's flat
# scan skips the others at a bit test each): the graph, walked through rows the filter drops, would lose recall
# or return fewer than asked, and 200k kept rows cost about 15 ms exact (7 ms per 100k rows above).
EXACT_FILTERED_UP_TO = 200_000
DenseKind = Literal["auto", "flat", "hnsw"]
FILE, SENTENCE_FILE = "dense.faiss", "sentence_vectors.npy"
DELTA_FILE, ROWS_FILE = "dense_delta.npy", "dense_rows.npy"  # a kept graph's added vectors, each slot's row


@dataclass(frozen=True, slots=True, eq=False)
class Parts:
    """A kept HNSW graph (`base`, slot i = graph node i), the vectors added since (`delta`, float32, searched exactly)
    and each slot's chunk row (`rows`: base slots, then delta's; -1: deleted). Made by `parts`."""

    base: Any
    delta: np.ndarray
    rows: np.ndarray
    live_slots: np.ndarray  # base slots whose chunk is live, and their rows
    live_rows: np.ndarray
    live_bits: np.ndarray | None  # the live base slots as FAISS's selector bitmap; None: none deleted
    ntotal: int
    delta_index: Any  # `delta` as a flat index (FAISS's scan is ~3x NumPy's product on one thread)
    owner: Any = None  # the id map a graph written before `Parts` lives in (its rows copied): never linked as a base

    @property
    def d(self) -> int:
        return int(self.base.d)


def parts(base: Any, delta: np.ndarray, rows: np.ndarray, owner: Any = None) -> Parts:
    """`Parts` over `base` and `delta` with slot rows `rows` (checked by the caller); `owner`: the id map `base`
    lives in, for a graph written before `Parts`."""
    base_rows = rows[:base.ntotal]
    live = base_rows >= 0
    slots = np.flatnonzero(live)
    bits = None if len(slots) == len(base_rows) else np.packbits(live, bitorder="little")
    return Parts(base, delta, rows, slots, base_rows[slots], bits, int(np.count_nonzero(rows >= 0)),
                 build_dense(delta, kind="flat"), owner)


def build_dense(vectors: np.ndarray, *, kind: DenseKind = "auto") -> Any:
    """A FAISS index over `vectors` (n x dim, float32, normalized)."""
    import faiss

    n, dim = vectors.shape
    if kind == "auto":
        kind = "hnsw" if n > HNSW_ABOVE else "flat"
    if kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif kind == "hnsw":
        index = empty_hnsw(dim)
    else:
        raise ValueError(f"dense kind must be 'auto', 'flat' or 'hnsw', got {kind!r}")
    if n:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def empty_hnsw(dim: int) -> Any:
    """An empty HNSW graph with the shipped settings."""
    import faiss

    index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def graph_of(index: Any) -> Any | None:
    """The HNSW index inside `index` (itself, the one an id map wraps, `Parts`' base), or None for a flat index."""
    import faiss

    if isinstance(index, Parts):
        return graph_of(index.base)
    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap) else index
    return inner if isinstance(inner, faiss.IndexHNSWFlat) else None


def stored_vectors(index: Any) -> np.ndarray:
    """A flat index's or HNSW graph's vectors by slot: a view of its storage (mapped if the index is), valid
    while `index` lives and does not grow."""
    import faiss

    inner = graph_of(index)
    flat = faiss.downcast_index(inner.storage) if inner is not None else index
    if flat.ntotal == 0:
        return np.zeros((0, flat.d), dtype=np.float32)
    return faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)


def row_slots(rows: np.ndarray) -> np.ndarray:
    """The inverse of a slot -> row map (`rows`, -1: deleted; each live row 0..n-1 in one slot, as
    `hnsw_check.check_rows` holds it): row r's slot."""
    live = np.flatnonzero(rows >= 0)
    slots = np.empty(len(live), dtype=np.int64)
    slots[rows[live]] = live
    return slots


def search_dense(index: Any, query: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
    """The `n` nearest rows to one query vector, best first: (row, cosine); only `allowed` rows when given."""
    if index.ntotal == 0 or n <= 0:
        return []
    if isinstance(index, Parts):
        return _search_parts(index, query, n, allowed)
    import faiss

    graph, selector = graph_of(index), None
    if allowed is not None:  # filtered inside the search (FAISS's ID selector), so top-n is of allowed rows
        if not np.any(allowed):
            return []
        if graph is not None and np.count_nonzero(allowed) <= EXACT_FILTERED_UP_TO:  # narrow: exact over its rows
            index, graph = faiss.downcast_index(graph.storage), None
        # A bitmap (bit i = id i) is one lookup per id where IDSelectorBatch hashes; the wrapper keeps it alive.
        selector = faiss.IDSelectorBitmap(np.packbits(np.asarray(allowed, dtype=bool), bitorder="little"))
    return _search(index, graph, query, n, selector)


def _search(index: Any, graph: Any, query: np.ndarray, n: int, selector: Any) -> list[tuple[int, float]]:
    """FAISS's search of one query: (id, score) best first, only ids `selector` passes (None: all)."""
    import faiss

    query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
    params = None
    if selector is not None:
        params = (faiss.SearchParametersHNSW(sel=selector, efSearch=graph.hnsw.efSearch) if graph is not None
                  else faiss.SearchParameters(sel=selector))
    # One query over a few hundred thousand rows is faster on one thread than two when the cores are shared
    # (1.4 ms vs 15 ms at 10k rows on this machine under load); larger indexes keep OpenMP's threads.
    threads = faiss.omp_get_max_threads()
    if index.ntotal <= SINGLE_THREAD_UP_TO:
        faiss.omp_set_num_threads(1)
    try:
        scores, ids = index.search(query, min(n, index.ntotal), params=params)
    finally:
        faiss.omp_set_num_threads(threads)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


def _search_parts(p: Parts, query: np.ndarray, n: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
    """The kept graph searched by slot (deleted and filtered-out slots never returned) and the delta exactly;
    the two merged by score, rows returned."""
    import faiss

    if allowed is None:
        selector = None if p.live_bits is None else faiss.IDSelectorBitmap(p.live_bits)
        found = _search(p.base, graph_of(p.base), query, n, selector) if len(p.live_slots) else []
    else:
        mask = np.zeros(p.base.ntotal, dtype=bool)
        mask[p.live_slots] = np.asarray(allowed, dtype=bool)[p.live_rows]
        found = search_dense(p.base, query, n, mask) if mask.any() else []
    hits = [(int(p.rows[slot]), score) for slot, score in found]
    rows = p.rows[p.base.ntotal:]
    ok = rows >= 0
    if allowed is not None:
        ok[ok] = np.asarray(allowed, dtype=bool)[rows[ok]]
    if not ok.any():
        return hits
    selector = None if ok.all() else faiss.IDSelectorBitmap(np.packbits(ok, bitorder="little"))
    hits += [(int(rows[i]), score) for i, score in _search(p.delta_index, None, query, n, selector)]
    return sorted(hits, key=lambda h: -h[1])[:n]


def vectors_of(index: Any) -> np.ndarray:
    """All stored vectors of live rows, row order, copied (benchmarks read them whole; a rebuild reads the previous
    chunk vectors by row instead: `qa.known.chunk_rows`)."""
    if isinstance(index, Parts):
        out = np.empty((index.ntotal, index.d), dtype=np.float32)
        out[index.live_rows] = stored_vectors(index.base)[index.live_slots]
        rows = index.rows[index.base.ntotal:]
        out[rows[rows >= 0]] = index.delta[rows >= 0]
        return out
    return stored_vectors(index).copy()
