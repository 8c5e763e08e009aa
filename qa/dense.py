"""Dense search with FAISS: inner product over L2-normalized vectors (= cosine); row i is chunk i.

Exact `IndexFlatIP` while it is fast enough; past `HNSW_ABOVE` rows an HNSW graph over the same vectors
(recall against exact search is measured in benchmarks/scale.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import numpy as np

from qa import arrays, files
from qa.errors import damaged

# Flat search scans every vector: 7 ms at 100k rows, 180 ms at 1M here (memory-bound), past the 150 ms budget
# of a whole question; HNSW answers in about a millisecond, and its build (~4.5 min per 1M rows here) is small
# beside embedding them (~6 h at 45 chunks/s). efSearch 256: recall@10 0.9865 at 1M rows (128: 0.9775), 1.1 ms p50
# (benchmarks/scale.py); set at load too, so an index built with another value searches the same way.
HNSW_ABOVE = 500_000
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 256
SINGLE_THREAD_UP_TO = 500_000
# A filter keeping at most this many rows of an HNSW index is searched exactly over its vectors (FAISS's flat
# scan skips the others at a bit test each): the graph, walked through rows the filter drops, would lose recall
# or return fewer than asked, and 200k kept rows cost about 15 ms exact (7 ms per 100k rows above).
EXACT_FILTERED_UP_TO = 200_000
DenseKind = Literal["auto", "flat", "hnsw"]
FILE, SENTENCE_FILE = "dense.faiss", "sentence_vectors.npy"


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
        kept = int(np.count_nonzero(allowed))
        if kept == 0:
            return []
        # A bitmap (bit i = row i) is one lookup per row, where IDSelectorBatch hashes; the Python wrapper keeps
        # the array alive with the selector.
        selector = faiss.IDSelectorBitmap(np.packbits(np.asarray(allowed, dtype=bool), bitorder="little"))
        if hasattr(index, "hnsw") and kept <= EXACT_FILTERED_UP_TO:
            index = faiss.downcast_index(index.storage)  # a narrow filter: exact over its rows, as fast and exact
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
    """FAISS's own file format, written through Python's file object so a full disk is an OSError (with the
    errno and the path), not a FAISS RuntimeError."""
    import faiss

    with files.writing(path), open(path, "wb") as f:
        faiss.write_index(index, faiss.PyCallbackIOWriter(f.write))


def read_dense(path: Path, *, mmap: bool = False, dim: int | None = None, ntotal: int | None = None,
               limit: int = 1 << 40) -> Any:
    """Read a FAISS file written by `write_dense`, checked (`check_dense`) before use; `mmap=True` leaves the
    vectors in the file until touched. `dim` and `ntotal` are what the manifest says it holds.

    HNSW touches a few thousand of a million vectors per question, so a mapped 1M-row index keeps ~1.5 GB of
    vectors out of the process's memory; the OS page cache holds what searches use. Versions are never
    rewritten in place (a rebuild writes a new folder), so a mapping stays valid while a reader holds it.
    """
    import faiss

    try:
        with files.pinned_path(path, limit=limit) as name:
            index = faiss.read_index(name, faiss.IO_FLAG_MMAP_IFC if mmap else 0)
        check_dense(index, dim=dim, ntotal=ntotal)
    except files.FileRefused as e:
        raise damaged(path, e.reason) from None
    except ValueError as e:
        raise damaged(path, e) from None
    except (RuntimeError, MemoryError) as e:  # FAISS's own checks raise RuntimeError, with its source location
        raise damaged(path, f"FAISS cannot read it: {str(e).rpartition('Error: ')[2][:300]}") from None
    if hasattr(index, "hnsw"):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def read_sentence_vectors(path: Path, *, n: int, dim: int, limit: int, mmap: bool) -> np.ndarray:
    """The `n` x `dim` sentence vectors (float16 as written, float32 accepted), checked and (`mmap`) memory-mapped.

    Values are not scanned: any float is a harmless vector, and the file is GBs at scale."""
    return arrays.load(path, limit=limit, dtypes=(np.float16, np.float32), shape=(n, dim), mmap_mode=mmap)


def check_dense(index: Any, *, dim: int | None = None, ntotal: int | None = None) -> None:
    """A FAISS index as `build_dense` makes it (flat or HNSW over inner product, `dim` wide, `ntotal` rows, an HNSW
    graph whose links stay inside it), or ValueError saying what differs."""
    import faiss

    flat = faiss.downcast_index(index.storage) if isinstance(index, faiss.IndexHNSWFlat) else index
    if not isinstance(flat, faiss.IndexFlat) or index.metric_type != faiss.METRIC_INNER_PRODUCT:
        raise ValueError(f"a {type(index).__name__}, not an inner-product flat or HNSW index")
    if dim is not None and (index.d, flat.d) != (dim, dim):
        raise ValueError(f"vectors of {index.d} dimensions, the manifest says {dim}")
    if ntotal is not None and (index.ntotal, flat.ntotal) != (ntotal, ntotal):
        raise ValueError(f"{index.ntotal} vectors, the manifest says {ntotal}")
    if flat.codes.size() != flat.ntotal * flat.code_size or flat.code_size != 4 * flat.d:
        raise ValueError("the vector storage does not match its size")
    if flat is not index:
        _check_graph(index.hnsw, index.ntotal)


def _check_graph(hnsw: Any, n: int) -> None:
    """Every link, level and offset of an HNSW graph inside its arrays (FAISS follows them unchecked)."""
    import faiss

    def view(vector: Any) -> np.ndarray:
        return faiss.rev_swig_ptr(vector.data(), vector.size()) if vector.size() else np.zeros(0, np.int64)

    neighbors, levels = view(hnsw.neighbors), view(hnsw.levels)
    offsets = view(hnsw.offsets).astype(np.int64)  # size_t in FAISS; a value past 2**63 turns negative: refused
    cum = faiss.vector_to_array(hnsw.cum_nneighbor_per_level)
    if len(levels) != n or len(offsets) != n + 1 or not len(cum) or cum[0] != 0 or (np.diff(cum) < 0).any():
        raise ValueError("the HNSW graph's tables do not match its size")
    if not arrays.in_range(levels, 0, len(cum)) or offsets[0] != 0 or offsets[-1] != len(neighbors) or not (
            arrays.nondecreasing(offsets)):
        raise ValueError("an HNSW level or offset out of range")
    for start in range(0, n, arrays.BLOCK):  # each node's slots are exactly those of its levels
        stop = min(n, start + arrays.BLOCK)
        if (np.diff(offsets[start:stop + 1]) != cum[levels[start:stop]]).any():
            raise ValueError("an HNSW node's links do not match its level")
    if not arrays.in_range(neighbors, -1, n) or not -1 <= hnsw.entry_point < n:
        raise ValueError("an HNSW link outside the graph")
    if hnsw.entry_point >= 0 and hnsw.max_level != levels[hnsw.entry_point] - 1:
        raise ValueError("the HNSW entry point is not on the top level")
    for level in range(1, len(cum) - 1):  # a link on an upper level leads to a node that has that level
        nodes = np.flatnonzero(levels > level)
        links = neighbors[offsets[nodes][:, None] + np.arange(cum[level], cum[level + 1])]
        if (levels[links[links >= 0]] <= level).any():
            raise ValueError("an HNSW link to a node without that level")
