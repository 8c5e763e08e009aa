"""A version's dense index read from its files: the FAISS file alone, or, where a rebuild kept an earlier graph
(`qa.graph`), that file as the base with the vectors added since and each slot's chunk row. FAISS's own files are
written and read (checked) here too.

    dense.faiss       a flat index or HNSW graph (slot i = row i when alone); kept graphs are hard-linked
    dense_delta.npy   float32 vectors added since the base was written (absent: none)
    dense_rows.npy    slot -> chunk row, the base's slots then the delta's, -1 deleted (absent: slot i is row i)

Every file is checked against the manifest and the others before use, as every array is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from qa import arrays, dense, files, hnsw_check, rows
from qa.errors import damaged
from qa.manifest import Manifest


def read(folder: Path, manifest: Manifest, *, mmap: bool) -> Any:
    """The dense index of the version in `folder`: a FAISS index, or `dense.Parts` when it has a row map."""
    dim, n = manifest.model.dim, manifest.counts.chunks
    limit = rows.limit_of(folder, manifest, dense.FILE)
    if dense.ROWS_FILE not in manifest.files:
        if dense.DELTA_FILE in manifest.files:
            raise damaged(folder / dense.ROWS_FILE, f"missing: {dense.DELTA_FILE} is listed without it")
        return read_dense(folder / dense.FILE, mmap=mmap, dim=dim, ntotal=n, limit=limit)
    base = read_dense(folder / dense.FILE, mmap=mmap, dim=dim, limit=limit)
    if dense.graph_of(base) is not base:
        kind = type(base.owner if isinstance(base, dense.Parts) else base).__name__
        raise damaged(folder / dense.FILE, f"a {kind}, not the HNSW graph {dense.ROWS_FILE} maps")
    delta = np.zeros((0, dim), dtype=np.float32)
    if dense.DELTA_FILE in manifest.files:
        delta = arrays.load(folder / dense.DELTA_FILE, limit=rows.limit_of(folder, manifest, dense.DELTA_FILE),
                            dtypes=(np.float32,), shape=(None, dim), mmap_mode=False)
        if not arrays.finite(delta):
            raise damaged(folder / dense.DELTA_FILE, "a vector that is not finite")
    slot_rows = arrays.load(folder / dense.ROWS_FILE, limit=rows.limit_of(folder, manifest, dense.ROWS_FILE),
                            dtypes=(np.int32, np.int64), shape=(base.ntotal + len(delta),), mmap_mode=False)
    try:
        hnsw_check.check_rows(slot_rows, n, "the row map")
    except ValueError as e:
        raise damaged(folder / dense.ROWS_FILE, e) from None
    return dense.parts(base, delta, slot_rows.astype(np.int64))


def write_dense(index: Any, path: Path) -> None:
    """FAISS's own file format, written through Python's file object so a full disk is an OSError (with the
    errno and the path), not a FAISS RuntimeError."""
    import faiss

    with files.writing(path), open(path, "wb") as f:
        faiss.write_index(index, faiss.PyCallbackIOWriter(f.write))


def read_dense(path: Path, *, mmap: bool = False, dim: int | None = None, ntotal: int | None = None,
               limit: int = 1 << 40) -> Any:
    """A FAISS file written by `write_dense`, checked (`check_dense`) before use; `mmap=True` leaves the vectors in
    the file until touched (HNSW reads a few thousand of 1M a question). `dim`, `ntotal`: what the manifest says."""
    # A mapped 1M-row index keeps ~1.5 GB of vectors out of the process's memory; the OS page cache holds what
    # searches use. Versions are never rewritten in place (a rebuild writes a new folder), so a mapping stays valid
    # while a reader holds it. A graph written before `dense.Parts` (an `IndexIDMap`) comes back as `Parts` over its
    # inner graph, `owner` its id map.
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
    if (graph := dense.graph_of(index)) is not None:
        graph.hnsw.efSearch = dense.HNSW_EF_SEARCH
    if (rows := _id_map_rows(index)) is not None:  # searched by slot, rows read after: no map lookup per visited slot
        return dense.parts(graph, np.zeros((0, index.d), np.float32), rows.copy(), owner=index)
    return index


def check_dense(index: Any, *, dim: int | None = None, ntotal: int | None = None) -> None:
    """A FAISS index as `dense.build_dense` or `qa.graph` makes it (flat or HNSW over inner product, `dim` wide,
    `ntotal` rows, an HNSW graph whose links stay inside it, an id map giving each row one slot), or ValueError."""
    import faiss

    rows = _checked_rows(index, ntotal)
    inner = index if rows is None else dense.graph_of(index)
    flat = faiss.downcast_index(inner.storage) if isinstance(inner, faiss.IndexHNSWFlat) else inner
    if not isinstance(flat, faiss.IndexFlat) or inner.metric_type != faiss.METRIC_INNER_PRODUCT:
        raise ValueError(f"a {type(inner).__name__}, not an inner-product flat or HNSW index")
    if dim is not None and (index.d, inner.d, flat.d) != (dim, dim, dim):
        raise ValueError(f"vectors of {index.d} dimensions, the manifest says {dim}")
    if ntotal is not None and rows is None and (index.ntotal, flat.ntotal) != (ntotal, ntotal):
        raise ValueError(f"{index.ntotal} vectors, the manifest says {ntotal}")
    if flat.ntotal != inner.ntotal or flat.codes.size() != flat.ntotal * flat.code_size or (
            flat.code_size != 4 * flat.d):
        raise ValueError("the vector storage does not match its size")
    if flat is not inner:
        hnsw_check.check_graph(inner.hnsw, inner.ntotal)


def _checked_rows(index: Any, ntotal: int | None) -> np.ndarray | None:
    """An id map's slot rows, checked: one per graph slot, each live row 0..ntotal-1 in exactly one slot, the
    others -1 (deleted); FAISS reads the map unchecked and would hand any value back as a row."""
    rows = _id_map_rows(index)
    if rows is None:
        return None
    inner = dense.graph_of(index)
    if inner is None:
        raise ValueError("an id map over something other than an HNSW graph")
    if len(rows) != index.ntotal or inner.ntotal != index.ntotal:
        raise ValueError("the id map does not match the graph's size")
    hnsw_check.check_rows(rows, ntotal, "the id map")
    return rows


def _id_map_rows(index: Any) -> np.ndarray | None:
    """An id-mapped index's chunk row per graph slot (-1: deleted), a view valid while `index` lives and does not
    grow; None for a plain index."""
    import faiss

    if not isinstance(index, faiss.IndexIDMap):
        return None
    return faiss.rev_swig_ptr(index.id_map.data(), index.id_map.size()) if index.id_map.size() else (
        np.zeros(0, np.int64))
