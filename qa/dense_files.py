"""A version's dense index read from its files: the FAISS file alone, or, where a rebuild kept an earlier graph
(`qa.graph`), that file as the base with the vectors added since and each slot's chunk row.

    dense.faiss       a flat index or HNSW graph (slot i = row i when alone); kept graphs are hard-linked
    dense_delta.npy   float32 vectors added since the base was written (absent: none)
    dense_rows.npy    slot -> chunk row, the base's slots then the delta's, -1 deleted (absent: slot i is row i)

Every file is checked against the manifest and the others before use, as every array is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from qa import arrays, dense, hnsw_check, rows
from qa.errors import damaged
from qa.manifest import Manifest


def read(folder: Path, manifest: Manifest, *, mmap: bool) -> Any:
    """The dense index of the version in `folder`: a FAISS index, or `dense.Parts` when it has a row map."""
    dim, n = manifest.model.dim, manifest.counts.chunks
    limit = rows.limit_of(folder, manifest, dense.FILE)
    if dense.ROWS_FILE not in manifest.files:
        if dense.DELTA_FILE in manifest.files:
            raise damaged(folder / dense.ROWS_FILE, f"missing: {dense.DELTA_FILE} is listed without it")
        return dense.read_dense(folder / dense.FILE, mmap=mmap, dim=dim, ntotal=n, limit=limit)
    base = dense.read_dense(folder / dense.FILE, mmap=mmap, dim=dim, limit=limit)
    if dense.graph_of(base) is not base:
        raise damaged(folder / dense.FILE, f"a {type(base).__name__}, not the HNSW graph {dense.ROWS_FILE} maps")
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
