"""Incremental BM25: a rebuild keeps the previous version's base segment, marks the chunks it no longer has
removed, and puts the chunks it lacks in a small delta segment, instead of weighing a million chunks again.

A chunk's BM25 column depends only on its tokens (and the avgdl the base was built with), so a new chunk row
whose token digest (`qa.sparse.token_keys`) a live base column holds is that column. The base's weight files
are then unchanged and the new version hard-links them (`linked`). Document frequencies are kept exact (the
removed columns' terms subtracted, the delta's added), so idf is exact; only avgdl stays the base's until the
removed and delta columns pass `Settings.bm25_merge_share` of all columns, when a full build (a merge) makes
the scores rank-bm25's exactly again. Drift meanwhile: benchmarks/RESULTS.md, "Incremental BM25".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import sparse as sp

from qa.config import Settings
from qa.sparse import Bm25Params, Segment, SparseIndex, build_sparse, segment_of, token_keys

logger = logging.getLogger(__name__)
How = Literal["new", "merged", "updated"]
LINKABLE = ("bm25_base_data.npy", "bm25_base_indices.npy", "bm25_base_keys.npy")  # what an update leaves as is


@dataclass(frozen=True, slots=True)
class Bm25:
    """The BM25 index of a new version, how it was made, and the files it shares with the previous version."""

    index: SparseIndex
    how: How
    linked: frozenset[str] = frozenset()
    deleted: int = 0
    delta: int = 0


def sparse_for(docs: Sequence[Sequence[str]], previous: SparseIndex | None, settings: Settings,
               keys: np.ndarray | None = None) -> Bm25:
    """BM25 over `docs` (the new version's chunks' tokens, in row order): `previous` updated when it has a base segment
    to keep (the caller matches its build settings), else a full build; `keys`: the rows' token digests, if known."""
    # With `keys` (`qa.token_rows`) an update reads only the new rows' tokens.
    p = Bm25Params(settings.bm25_k1, settings.bm25_b, settings.bm25_epsilon)
    if not updatable(previous, settings) or not docs:
        return Bm25(build_sparse(docs, k1=p.k1, b=p.b, epsilon=p.epsilon, keys=keys), "new")
    assert previous is not None
    keys = token_keys(docs) if keys is None else keys
    base = previous.segments[0]
    base_rows, added = _match(base, keys)
    n_cols = len(base_rows) + len(added)
    dead = int((base_rows < 0).sum())
    if dead + len(added) > settings.bm25_merge_share * n_cols:
        logger.info("%d removed and %d new of %d BM25 columns: a full build", dead, len(added), n_cols)
        return Bm25(build_sparse(docs, k1=p.k1, b=p.b, epsilon=p.epsilon, keys=keys), "merged")
    base_df = _base_df(previous, base, base_rows)
    if base_df is None:
        logger.info("the previous BM25 document frequencies do not add up: a full build")
        return Bm25(build_sparse(docs, k1=p.k1, b=p.b, epsilon=p.epsilon, keys=keys), "merged")
    terms = {t: i for i, t in enumerate(previous.terms)}
    delta_w, delta_df, _ = segment_of([docs[r] for r in added], terms, previous.avgdl, p)
    grown = len(terms) - len(previous.terms)
    old = np.asarray(base.weights.indptr)
    indptr = np.concatenate([old, np.full(grown, old[-1], dtype=old.dtype)])
    weights = sp.csr_matrix((base.weights.data, base.weights.indices, indptr), shape=(len(terms), len(base_rows)),
                            copy=False)
    identity = len(base_rows) == len(docs) and np.array_equal(base_rows, np.arange(len(docs)))
    segments = [Segment(weights, None if identity else base_rows, base.keys)]
    if len(added):
        segments.append(Segment(delta_w, np.asarray(added, dtype=np.int32), keys[added]))
    df = np.concatenate([base_df, np.zeros(grown, dtype=np.int64)]) + delta_df
    index = SparseIndex(tuple(segments), tuple(terms), df, len(docs), previous.avgdl, p.epsilon)
    return Bm25(index, "updated", frozenset(LINKABLE), deleted=dead, delta=len(added))


def updatable(previous: SparseIndex | None, settings: Settings) -> bool:
    """True when `previous` can be updated for `settings` (else BM25 is built whole, and the rows' token digests
    are made once, by the build)."""
    return previous is not None and previous.idf_applied and previous.epsilon == settings.bm25_epsilon


def _match(base: Segment, keys: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """For each base column the new row holding its tokens (each column used once; -1: none, or removed before), and
    the new rows no live base column holds."""
    # Sorted on the digests' first 8 bytes, every pair then checked on all 16 (a pair that differs is left unmatched:
    # the row goes to the delta, still correct).
    n_cols = base.weights.shape[1]
    live = np.flatnonzero(np.ones(n_cols, dtype=bool) if base.rows is None else np.asarray(base.rows) >= 0)
    out = np.full(n_cols, -1, dtype=np.int32)
    if not len(live) or not len(keys):
        return out, list(range(len(keys)))
    old = np.ascontiguousarray(base.keys[live]).view(np.uint64)[:, 0]
    order = np.argsort(old, kind="stable")
    old_sorted = old[order]
    new = np.ascontiguousarray(keys).view(np.uint64)[:, 0]
    by_key = np.argsort(new, kind="stable")
    run_start = np.r_[True, new[by_key][1:] != new[by_key][:-1]]
    at = np.arange(len(new))
    rank = np.empty(len(new), dtype=np.int64)
    rank[by_key] = at - np.maximum.accumulate(np.where(run_start, at, 0))  # k-th row of its key takes k-th column
    first = np.searchsorted(old_sorted, new, side="left")
    ok = rank < np.searchsorted(old_sorted, new, side="right") - first
    col = live[order[np.minimum(first + rank, len(old) - 1)]]
    ok &= (np.asarray(base.keys[col]) == keys).all(axis=1)
    out[col[ok]] = np.flatnonzero(ok)
    return out, np.flatnonzero(~ok).tolist()


def _base_df(previous: SparseIndex, base: Segment, base_rows: np.ndarray) -> np.ndarray | None:
    """Each term's document frequency over the base columns still live: the previous df, less the previous
    delta's (all live) and the base columns removed now (found by one pass over the base's column numbers)."""
    n_terms = len(previous.terms)
    df = np.asarray(previous.df, dtype=np.int64).copy()
    for seg in previous.segments[1:]:
        df -= np.diff(np.asarray(seg.weights.indptr, dtype=np.int64))[:n_terms]
    was_live = np.ones(len(base_rows), dtype=bool) if base.rows is None else np.asarray(base.rows) >= 0
    gone = was_live & (base_rows < 0)
    if gone.any():
        indptr = np.asarray(base.weights.indptr, dtype=np.int64)
        hits = np.flatnonzero(gone[np.asarray(base.weights.indices)])
        df -= np.bincount(np.searchsorted(indptr, hits, side="right") - 1, minlength=n_terms)
    return None if (df < 0).any() else df
