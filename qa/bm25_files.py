"""BM25 segments on disk: plain .npy arrays and a JSON vocabulary (no pickle), every array checked at load.

    bm25_vocab.json        terms in row order, n_docs, avgdl, epsilon, and the segments ("bm25_base", "bm25_delta")
    bm25_df.npy            live document frequency of each term (int64)
    P_data / P_indices / P_indptr.npy   segment P's CSR weights (term x column)
    P_keys.npy             (columns, 16) uint8 token digests (`qa.sparse.token_keys`)
    P_rows.npy             column -> chunk row, -1 when removed

A vocabulary without "segments" is the layout before segments (bm25_data/indices/indptr.npy, one matrix with idf
in its weights, no df or keys): still read and served as before, and replaced by a full build at the next
rebuild. The base segment has names of its own so that a reader from before segments finds its files missing
(the one-line "damaged" error) rather than serving weights without their idf.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
from scipy import sparse as sp

from qa import arrays, files
from qa.errors import damaged
from qa.sparse import Segment, SparseIndex

VOCAB, DF = "bm25_vocab.json", "bm25_df.npy"
BASE, DELTA, BEFORE = "bm25_base", "bm25_delta", "bm25"  # BEFORE: the one matrix before segments
PARTS = ("data", "indices", "indptr", "keys", "rows")
NO_LIMIT = 1 << 40  # files read outside an index version (tests, benchmarks): no manifest to bound them
_INDEX = (np.int32, np.int64)


def segment_files(prefix: str) -> dict[str, str]:
    """The file name of each part of segment `prefix`."""
    return {part: f"{prefix}_{part}.npy" for part in PARTS}


def write_sparse(index: SparseIndex, folder: Path, *, skip: frozenset[str] = frozenset()) -> None:
    """Save every segment, the df and the vocabulary; `skip`: files the caller linked from the previous version."""
    names = (BASE, DELTA)[:len(index.segments)]
    for prefix, seg in zip(names, index.segments, strict=True):
        w, out = seg.weights, segment_files(prefix)
        rows = np.arange(w.shape[1], dtype=np.int32) if seg.rows is None else seg.rows
        parts = {"data": w.data, "indices": w.indices, "indptr": w.indptr, "keys": seg.keys, "rows": rows}
        for part, array in parts.items():
            if out[part] not in skip:
                arrays.save(folder / out[part], np.ascontiguousarray(array))
    arrays.save(folder / DF, index.df.astype(np.int64))
    with files.writing(folder / VOCAB):
        (folder / VOCAB).write_text(json.dumps({"n_docs": index.n_docs, "terms": list(index.terms),
                                                "avgdl": index.avgdl, "epsilon": index.epsilon,
                                                "segments": list(names)}))


def read_sparse(folder: Path, *, n_docs: int | None = None, limits: Mapping[str, int] | None = None) -> SparseIndex:
    """Inverse of `write_sparse`, every array checked (`qa.arrays`), the weights mapped (on disk until touched).
    `n_docs` is the chunk count the index must have; `limits` each file's size in the manifest."""
    def limit(name: str) -> int:
        if limits is None:
            return NO_LIMIT
        if name not in limits:
            raise damaged(folder / name, "not listed in the manifest")
        return limits[name]

    meta = _vocab(folder / VOCAB, limit(VOCAB))
    terms, n = meta["terms"], meta["n_docs"]
    if n_docs is not None and n != n_docs:
        raise damaged(folder / VOCAB, f"{n} chunks, the manifest says {n_docs}")
    if "segments" not in meta:  # before segments: idf inside the weights
        seg = _segment(folder, BEFORE, len(terms), n, limit, keyed=False)
        df = np.diff(np.asarray(seg.weights.indptr)).astype(np.int64)
        return SparseIndex((seg,), tuple(terms), df, n, 0.0, 0.0, idf_applied=False)
    segments = tuple(_segment(folder, prefix, len(terms), n, limit, keyed=True) for prefix in meta["segments"])
    _check_rows(folder, segments, n)
    df = arrays.load(folder / DF, limit=limit(DF), dtypes=(np.int64,), shape=(len(terms),), mmap_mode=False)
    if not arrays.in_range(df, 0, n + 1):
        raise damaged(folder / DF, f"a document frequency outside 0..{n}")
    return SparseIndex(segments, tuple(terms), df, n, meta["avgdl"], meta["epsilon"])


def _segment(folder: Path, prefix: str, n_terms: int, n: int, lim: Callable[[str], int], *, keyed: bool
             ) -> Segment:
    """Segment `prefix`'s arrays, checked: offsets from 0 up to the weights, columns in range, weights finite; a
    row map that is the identity is dropped (the faster sum)."""
    name = segment_files(prefix)
    indptr = arrays.load(folder / name["indptr"], limit=lim(name["indptr"]), dtypes=_INDEX,
                         shape=(n_terms + 1,), mmap_mode=False)
    if indptr[0] != 0 or not arrays.nondecreasing(indptr):
        raise damaged(folder / name["indptr"], "row offsets do not increase from 0")
    data = arrays.load(folder / name["data"], limit=lim(name["data"]), dtypes=(np.float32,),
                       shape=(None,), mmap_mode=True)
    indices = arrays.load(folder / name["indices"], limit=lim(name["indices"]),
                          dtypes=_INDEX, shape=(None,), mmap_mode=True)
    if not int(indptr[-1]) == len(data) == len(indices):
        raise damaged(folder / name["indptr"], f"rows end at {int(indptr[-1])}, with {len(data)} weights and "
                                               f"{len(indices)} chunk numbers")
    keys, rows, cols = np.zeros((0, 16), dtype=np.uint8), None, n
    if keyed:
        keys = arrays.load(folder / name["keys"], limit=lim(name["keys"]), dtypes=(np.uint8,),
                           shape=(None, 16), mmap_mode=False)
        cols = len(keys)
        rows = arrays.load(folder / name["rows"], limit=lim(name["rows"]), dtypes=_INDEX, shape=(cols,),
                           mmap_mode=False)
        if not arrays.in_range(rows, -1, n):
            raise damaged(folder / name["rows"], f"a chunk row outside -1..{n - 1}")
        if cols == n and np.array_equal(rows, np.arange(n)):
            rows = None
    if not arrays.in_range(indices, 0, cols):
        raise damaged(folder / name["indices"], f"a chunk number outside 0..{cols - 1}")
    if not arrays.finite(data):
        raise damaged(folder / name["data"], "a weight that is not a finite number")
    weights = sp.csr_matrix((data, indices, indptr), shape=(n_terms, cols), copy=False)
    return Segment(weights, rows, keys)


def _check_rows(folder: Path, segments: tuple[Segment, ...], n: int) -> None:
    """Every chunk row is some segment's live column exactly once (a removed chunk is in none)."""
    seen = np.zeros(n + 1, dtype=np.int64)
    for seg in segments:
        cols = seg.weights.shape[1]
        live = np.arange(cols) if seg.rows is None else np.asarray(seg.rows)
        if seg.rows is None and cols != n:
            raise damaged(folder / VOCAB, f"a segment without a row map has {cols} columns, not {n}")
        seen += np.bincount(live + 1, minlength=n + 1)[:n + 1]
    if n and (seen[1:] != 1).any():
        last = segment_files((BASE, DELTA)[len(segments) - 1])["rows"]  # the map an update writes anew
        raise damaged(folder / last, "the BM25 segments do not hold each chunk exactly once")


def _vocab(path: Path, limit: int) -> dict:
    """bm25_vocab.json: the terms in row order, the chunk count and, with segments, avgdl, epsilon, segments."""
    try:
        meta = json.loads(files.read_text(path, limit=limit))
    except files.FileRefused as e:
        raise damaged(path, e.reason) from None
    except (ValueError, RecursionError) as e:
        raise damaged(path, f"not JSON: {e}") from None
    terms, n = (meta.get("terms"), meta.get("n_docs")) if isinstance(meta, dict) else (None, None)
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms) or len(set(terms)) != len(terms):
        raise damaged(path, "terms are not a list of distinct strings")
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n < 2**31:
        raise damaged(path, "n_docs is not a chunk count")
    if "segments" in meta:
        segs, avgdl, eps = meta["segments"], meta.get("avgdl"), meta.get("epsilon")
        if segs not in ([BASE], [BASE, DELTA]):
            raise damaged(path, f"segments are not {[BASE]} or {[BASE, DELTA]}")
        if not all(isinstance(v, float | int) and not isinstance(v, bool) and math.isfinite(v) for v in (avgdl, eps)) \
                or avgdl <= 0:
            raise damaged(path, "avgdl and epsilon are not finite numbers (avgdl > 0)")
    return meta
