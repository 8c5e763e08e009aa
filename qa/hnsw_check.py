"""The links, levels and offsets of an HNSW graph read from a file, checked: FAISS follows them unchecked, so a
damaged or planted file would read memory outside its arrays."""

from __future__ import annotations

from typing import Any

import numpy as np

from qa import arrays


def check_rows(rows: np.ndarray, ntotal: int | None, what: str) -> None:
    """Slot rows as a rebuild writes them: each live row 0..ntotal-1 in exactly one slot, the others -1 (deleted);
    FAISS would hand any value back as a row. ValueError naming `what` holds them."""
    live = rows[rows >= 0]
    n = len(live) if ntotal is None else ntotal
    if not arrays.in_range(rows, -1, n) or (len(live) and np.bincount(live, minlength=n).max() > 1):
        raise ValueError(f"{what} holds a row out of range or twice")
    if len(live) != n:
        raise ValueError(f"{len(live)} live vectors, the manifest says {n}")


def check_graph(hnsw: Any, n: int) -> None:
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
