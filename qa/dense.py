"""Dense search with FAISS: inner product over L2-normalized vectors (= cosine); row i is chunk i.

Exact `IndexFlatIP` while it is fast enough; past `HNSW_ABOVE` rows an HNSW graph over the same vectors
(recall against exact search is measured in benchmarks/scale.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import numpy as np

# Flat search scans every vector: 7 ms at 100k rows, 180 ms at 1M here (memory-bound), past the 150 ms budget
# of a whole question; HNSW answers in about a millisecond, and its build (~4.5 min per 1M rows here) is small
# beside embedding them (~6 h at 45 chunks/s). efSearch 256: recall@10 0.9865 at 1M rows (128: 0.9775), 1.1 ms p50
# (benchmarks/scale.py); set at load too, so an index built with another value searches the same way.
HNSW_ABOVE = 500_000
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 256
SINGLE_THREAD_UP_TO = 500_000
DenseKind = Literal["auto", "flat", "hnsw"]


def build_dense(vectors: np.ndarray, *, kind: DenseKind = "auto") -> Any:
    """A FAISS index over `vectors` (n x dim, float32, normalized)."""
    import faiss

    n, dim = vectors.shape
    if kind == "auto":
        kind = "hnsw" if n > HNSW_ABOVE else "flat"
    if kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        raise ValueError(f"dense kind must be 'auto', 'flat' or 'hnsw', got {kind!r}")
    if n:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def search_dense(index: Any, query: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
    """The `n` nearest rows to one query vector, best first: (row, cosine); only `allowed` rows when given."""
    if index.ntotal == 0 or n <= 0:
        return []
    import faiss

    query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
    params = None
    if allowed is not None:  # filtered inside the search (FAISS's ID selector), so top-n is of allowed rows
        selector = faiss.IDSelectorBatch(np.flatnonzero(allowed).astype(np.int64))
        params = (faiss.SearchParametersHNSW(sel=selector, efSearch=HNSW_EF_SEARCH) if hasattr(index, "hnsw")
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


def vectors_of(index: Any) -> np.ndarray:
    """All stored vectors, row order (used to reuse embeddings of unchanged chunks on rebuild)."""
    if index.ntotal == 0:
        return np.zeros((0, index.d), dtype=np.float32)
    return index.reconstruct_n(0, index.ntotal)


def write_dense(index: Any, path: Path) -> None:
    """FAISS's own file format."""
    import faiss

    faiss.write_index(index, str(path))


def read_dense(path: Path, *, mmap: bool = False) -> Any:
    """Read a FAISS file written by `write_dense`; `mmap=True` leaves the vectors in the file until touched.

    HNSW touches a few thousand of a million vectors per question, so a mapped 1M-row index keeps ~1.5 GB of
    vectors out of the process's memory; the OS page cache holds what searches use. Versions are never
    rewritten in place (a rebuild writes a new folder), so a mapping stays valid while a reader holds it.
    """
    import faiss

    index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC if mmap else 0)
    if hasattr(index, "hnsw"):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index
