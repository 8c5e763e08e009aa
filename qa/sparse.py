"""BM25 (rank-bm25's BM25Okapi formula) served from a sparse term x chunk matrix of precomputed weights.

rank-bm25 loops in Python over every chunk for every query term (190 ms a query at 100k chunks here);
precomputing each (term, chunk) contribution once turns a query into a sum of a few sparse rows, with the
same scores (tests/test_sparse.py checks them against `rank_bm25.BM25Okapi.get_scores`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from qa import arrays, files
from qa.errors import damaged

FILES = ("bm25_data.npy", "bm25_indices.npy", "bm25_indptr.npy", "bm25_vocab.json")
NO_LIMIT = 1 << 40  # files read outside an index version (tests, benchmarks): no manifest to bound them
_INDEX = (np.int32, np.int64)


@dataclass(frozen=True, slots=True)
class SparseIndex:
    """BM25 weights, one CSR row per term; `vocab` maps a term to its row."""

    weights: sparse.csr_matrix
    vocab: dict[str, int]
    n_docs: int

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every chunk; a term repeated in the query counts again, as in rank-bm25."""
        rows: dict[int, int] = {}
        for token in query_tokens:
            row = self.vocab.get(token)
            if row is not None:
                rows[row] = rows.get(row, 0) + 1
        if not rows:
            return np.zeros(self.n_docs, dtype=np.float32)
        ids = np.fromiter(rows.keys(), dtype=np.int64, count=len(rows))
        counts = np.fromiter(rows.values(), dtype=np.float32, count=len(rows))
        return np.asarray(self.weights[ids].T @ counts, dtype=np.float32).ravel()

    def search(self, query_tokens: Sequence[str], n: int, allowed: np.ndarray | None = None
               ) -> list[tuple[int, float]]:
        """The top `n` chunks with a positive score, best first: (row, score); only `allowed` rows if given."""
        scores = self.scores(query_tokens)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        return top_positive(scores, n)

    def idf(self, token: str) -> float:
        """How specific a term is: log(1 + (N - df + 0.5) / (df + 0.5)), always positive (unlike BM25's)."""
        row = self.vocab.get(token)
        df = 0 if row is None else int(self.weights.indptr[row + 1] - self.weights.indptr[row])
        n = max(self.n_docs, 1)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))


def top_positive(scores: np.ndarray, n: int) -> list[tuple[int, float]]:
    """Indices of the `n` highest scores above zero, best first (ties broken by index, so stable)."""
    positive = np.flatnonzero(scores > 0)
    if positive.size == 0 or n <= 0:
        return []
    if positive.size > n:
        part = np.argpartition(-scores[positive], n - 1)[:n]
        positive = positive[part]
    order = np.lexsort((positive, -scores[positive]))
    return [(int(i), float(scores[i])) for i in positive[order]]


def build_sparse(docs: Sequence[Sequence[str]], *, k1: float, b: float, epsilon: float) -> SparseIndex:
    """Precompute BM25Okapi weights for tokenized chunks (empty corpus and empty vocabulary allowed)."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    tfs: list[int] = []
    doc_len = np.zeros(len(docs), dtype=np.float64)
    for col, doc in enumerate(docs):
        doc_len[col] = len(doc)
        counts: dict[int, int] = {}
        for token in doc:
            row = vocab.setdefault(token, len(vocab))
            counts[row] = counts.get(row, 0) + 1
        rows.extend(counts.keys())
        cols.extend([col] * len(counts))
        tfs.extend(counts.values())
    n_docs = len(docs)
    if not vocab:
        return SparseIndex(sparse.csr_matrix((0, n_docs), dtype=np.float32), {}, n_docs)
    row_arr = np.asarray(rows, dtype=np.int64)
    tf = np.asarray(tfs, dtype=np.float64)
    df = np.bincount(row_arr, minlength=len(vocab)).astype(np.float64)
    idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5)
    # rank-bm25 replaces negative idf (terms in over half the chunks) by epsilon x the mean idf.
    idf[idf < 0] = epsilon * idf.mean()
    avgdl = doc_len.mean() if doc_len.sum() > 0 else 1.0
    col_arr = np.asarray(cols, dtype=np.int64)
    norm = k1 * (1 - b + b * doc_len[col_arr] / avgdl)
    data = idf[row_arr] * tf * (k1 + 1) / (tf + norm)
    weights = sparse.csr_matrix((data.astype(np.float32), (row_arr, col_arr)), shape=(len(vocab), n_docs))
    weights.sum_duplicates()
    return SparseIndex(weights, vocab, n_docs)


def write_sparse(index: SparseIndex, folder: Path) -> None:
    """Save as plain .npy arrays and a JSON vocabulary (no pickle)."""
    w = index.weights
    arrays.save(folder / FILES[0], w.data)
    arrays.save(folder / FILES[1], w.indices)
    arrays.save(folder / FILES[2], w.indptr)
    terms = sorted(index.vocab, key=index.vocab.__getitem__)
    with files.writing(folder / FILES[3]):
        (folder / FILES[3]).write_text(json.dumps({"n_docs": index.n_docs, "terms": terms}))


def read_sparse(folder: Path, *, mmap: bool = False, n_docs: int | None = None,
                limits: Mapping[str, int] | None = None) -> SparseIndex:
    """Inverse of `write_sparse`, every array checked (`qa.arrays`); `mmap=True` leaves the weights on disk until
    touched. `n_docs` is the chunk count the index must have; `limits` each file's size in the manifest."""
    def limit(name: str) -> int:
        if limits is None:
            return NO_LIMIT
        if name not in limits:
            raise damaged(folder / name, "not listed in the manifest")
        return limits[name]

    terms, n = _vocab(folder / FILES[3], limit(FILES[3]))
    if n_docs is not None and n != n_docs:
        raise damaged(folder / FILES[3], f"{n} chunks, the manifest says {n_docs}")
    indptr = arrays.load(folder / FILES[2], limit=limit(FILES[2]), dtypes=_INDEX, shape=(len(terms) + 1,),
                         mmap_mode=mmap)
    if indptr[0] != 0 or not arrays.nondecreasing(indptr):
        raise damaged(folder / FILES[2], "row offsets do not increase from 0")
    data = arrays.load(folder / FILES[0], limit=limit(FILES[0]), dtypes=(np.float32,), shape=(None,), mmap_mode=mmap)
    indices = arrays.load(folder / FILES[1], limit=limit(FILES[1]), dtypes=_INDEX, shape=(None,), mmap_mode=mmap)
    if not int(indptr[-1]) == len(data) == len(indices):
        raise damaged(folder / FILES[2], f"rows end at {int(indptr[-1])}, with {len(data)} weights and "
                                         f"{len(indices)} chunk numbers")
    if not arrays.in_range(indices, 0, n):
        raise damaged(folder / FILES[1], f"a chunk number outside 0..{n - 1}")
    if not arrays.finite(data):
        raise damaged(folder / FILES[0], "a weight that is not a finite number")
    weights = sparse.csr_matrix((data, indices, indptr), shape=(len(terms), n), copy=False)
    return SparseIndex(weights, {t: i for i, t in enumerate(terms)}, n)


def _vocab(path: Path, limit: int) -> tuple[list[str], int]:
    """bm25_vocab.json: the terms in row order, and the chunk count."""
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
    return terms, n
