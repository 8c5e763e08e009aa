"""BM25 (rank-bm25's BM25Okapi formula) served from sparse term x chunk matrices, in segments.

rank-bm25 loops in Python over every chunk for every query term (190 ms a query at 100k chunks here);
precomputing each (term, chunk) contribution once turns a query into a sum of a few sparse rows, with the
same scores (tests/test_sparse.py checks them against `rank_bm25.BM25Okapi.get_scores`).

Segments (Lucene's idea), so one added article does not rebuild BM25 over a million chunks (`qa.bm25_update`):
each segment stores the term-frequency part of every weight, tf (k1 + 1) / (tf + k1 (1 - b + b dl / avgdl)),
with the avgdl of the last full build; a term's idf depends on the whole corpus and is applied at query time
from the live document frequencies (`df`), which costs nothing since a query has a few terms. A segment's
column is a chunk row through `rows` (-1: the chunk was removed), so a removed chunk never scores. A full
build (a merge) writes one segment with the exact avgdl, so its scores are rank-bm25's again.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

TOP_BLOCK = 128  # scores per block when `top_positive` looks for a floor under its top n


@dataclass(frozen=True, slots=True, eq=False)
class Segment:
    """Term x column weights; `rows[c]` is column c's chunk row (-1: removed), None when column c is row c;
    `keys[c]` the digest of column c's tokens (`token_keys`), which a later build matches its chunks by."""

    weights: sparse.csr_matrix
    rows: np.ndarray | None
    keys: np.ndarray
    dead: np.ndarray = field(init=False, repr=False)  # columns whose chunk was removed
    safe_rows: np.ndarray = field(init=False, repr=False)  # rows with -1 as 0 (a filter's mask read per column)

    def __post_init__(self) -> None:
        rows = np.zeros(0, dtype=np.int64) if self.rows is None else np.asarray(self.rows)
        object.__setattr__(self, "dead", np.flatnonzero(rows < 0))
        object.__setattr__(self, "safe_rows", np.maximum(rows, 0))

    def column_scores(self, ids: np.ndarray, q: np.ndarray) -> np.ndarray:
        """Each column's score for query rows `ids` weighted `q` (a removed chunk's 0): a sum of sparse rows."""
        out = np.asarray(self.weights[ids].T @ q, dtype=np.float32).ravel()
        out[self.dead] = 0.0
        return out


@dataclass(frozen=True, slots=True, eq=False)
class SparseIndex:
    """BM25 over `n_docs` chunks: segments, `terms` in row order (`vocab`: a live term's row), live document frequencies
    and the avgdl of the segments' weights; `idf_applied` False for files from before segments (idf in the weights)."""

    segments: tuple[Segment, ...]
    terms: tuple[str, ...]
    df: np.ndarray
    n_docs: int
    avgdl: float
    epsilon: float
    idf_applied: bool = True
    vocab: dict[str, int] = field(init=False, repr=False)  # live terms only: a removed chunk's last term is gone
    term_idf: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        live = np.flatnonzero(self.df > 0) if len(self.terms) else np.zeros(0, dtype=np.int64)
        object.__setattr__(self, "vocab", {self.terms[i]: int(i) for i in live})
        object.__setattr__(self, "term_idf", bm25_idf(self.df, self.n_docs, self.epsilon))

    @property
    def weights(self) -> sparse.csr_matrix:
        """The first segment's weights (a merged index has only that one)."""
        return self.segments[0].weights

    def _query(self, query_tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The query's term rows and their weights: count (a repeated term counts again, as in rank-bm25) x idf."""
        rows: dict[int, int] = {}
        for token in query_tokens:
            row = self.vocab.get(token)
            if row is not None:
                rows[row] = rows.get(row, 0) + 1
        ids = np.fromiter(rows.keys(), dtype=np.int64, count=len(rows))
        q = np.fromiter(rows.values(), dtype=np.float32, count=len(rows))
        return ids, (q * self.term_idf[ids] if self.idf_applied else q)

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every chunk (in row order)."""
        ids, q = self._query(query_tokens)
        out = np.zeros(self.n_docs, dtype=np.float32)
        for seg in self.segments if len(ids) else ():
            s = seg.column_scores(ids, q)
            if seg.rows is None:
                out += s
            else:
                live = seg.rows >= 0
                out[seg.rows[live]] += s[live]
        return out

    def search(self, query_tokens: Sequence[str], n: int, allowed: np.ndarray | None = None
               ) -> list[tuple[int, float]]:
        """The top `n` chunks with a positive score, best first: (row, score); only `allowed` rows if given.
        Each segment is ranked in its own columns (no scatter of a million scores), then the tops merged."""
        ids, q = self._query(query_tokens)
        found: list[tuple[int, float]] = []
        for seg in self.segments if len(ids) else ():
            s = seg.column_scores(ids, q)
            if allowed is not None:
                s = np.where(allowed if seg.rows is None else allowed[seg.safe_rows], s, 0.0)
            top = top_positive(s, n)
            found += top if seg.rows is None else [(int(seg.rows[c]), v) for c, v in top]
        if len(self.segments) > 1:
            found.sort(key=lambda hit: (-hit[1], hit[0]))
        return found[:n]

    def rows_holding(self, token: str) -> np.ndarray:
        """The chunk rows whose tokens hold `token`, in every segment (a removed chunk's never), ascending."""
        term = self.vocab.get(token)
        found: list[np.ndarray] = []
        for seg in self.segments if term is not None else ():
            w = seg.weights
            if term < w.shape[0]:  # a term new since this segment was made has no row in it
                cols = np.asarray(w.indices[w.indptr[term]:w.indptr[term + 1]], dtype=np.int64)
                found.append(cols if seg.rows is None else seg.rows[cols][seg.rows[cols] >= 0])
        return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    @staticmethod
    def among(rows: np.ndarray, holding: np.ndarray) -> np.ndarray:
        """Which of `rows` are in `holding` (an ascending `rows_holding` result), by binary search: `np.isin` sorts
        all of `holding` (tens of thousands of rows for a common term) to place a few."""
        at = np.minimum(np.searchsorted(holding, rows), max(len(holding) - 1, 0))
        return holding[at] == rows if len(holding) else np.zeros(len(rows), dtype=bool)

    def idf(self, token: str) -> float:
        """How specific a term is: log(1 + (N - df + 0.5) / (df + 0.5)), always positive (unlike BM25's)."""
        row = self.vocab.get(token)
        df = 0 if row is None else int(self.df[row])
        n = max(self.n_docs, 1)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))


def bm25_idf(df: np.ndarray, n_docs: int, epsilon: float) -> np.ndarray:
    """rank-bm25's idf of each term: log(N - df + 0.5) - log(df + 0.5), a negative one (a term in over half the
    chunks) replaced by epsilon x the mean idf of the terms some chunk holds (dead terms have df 0)."""
    df = np.asarray(df, dtype=np.float64)
    idf = np.log(np.maximum(n_docs - df + 0.5, 1e-12)) - np.log(df + 0.5)
    live = df > 0
    if live.any():
        idf[(idf < 0) & live] = epsilon * idf[live].mean()
    return idf.astype(np.float32)


def top_positive(scores: np.ndarray, n: int) -> list[tuple[int, float]]:
    """Indices of the `n` highest scores above zero, best first, ties broken by the lower index (so stable).
    Only scores at or above `_floor` are compared: a selection over all of a million was most of a search's time."""
    if n <= 0:
        return []
    floor = _floor(scores, n)
    chosen = np.flatnonzero(scores >= floor if floor > 0 else scores > 0)
    if chosen.size > n:  # keep every score tied with the n-th highest, so the lower index wins the tie
        kth = np.partition(scores[chosen], chosen.size - n)[chosen.size - n]
        chosen = chosen[scores[chosen] >= kth]
    order = np.lexsort((chosen, -scores[chosen]))[:n]
    return [(int(i), float(scores[i])) for i in chosen[order]]


def _floor(scores: np.ndarray, n: int) -> float:
    """A score no higher than the `n`-th highest (0: none found): the n-th highest of the maxima of blocks of
    TOP_BLOCK scores, since those n blocks hold n scores at least that high."""
    blocks = scores.size // TOP_BLOCK
    if blocks <= n:
        return 0.0
    maxima = scores[:blocks * TOP_BLOCK].reshape(blocks, TOP_BLOCK).max(axis=1)
    return float(np.partition(maxima, blocks - n)[blocks - n])


def token_keys(docs: Sequence[Sequence[str]]) -> np.ndarray:
    """A 16-byte digest of each chunk's tokens, (len(docs), 16) uint8: equal tokens, equal BM25 column."""
    digests = b"".join(hashlib.blake2b("\x1f".join(doc).encode("utf-8"), digest_size=16).digest() for doc in docs)
    return np.frombuffer(digests, dtype=np.uint8).reshape(len(docs), 16).copy()


@dataclass(frozen=True, slots=True)
class Bm25Params:
    """The build settings BM25 weights depend on."""

    k1: float
    b: float
    epsilon: float


def segment_of(docs: Sequence[Sequence[str]], terms: dict[str, int], avgdl: float | None, p: Bm25Params
               ) -> tuple[sparse.csr_matrix, np.ndarray, float]:
    """One segment's weights over `docs` (columns in order), adding unseen terms to `terms` (term -> row), and
    each term's document frequency in it; `avgdl` None: this segment's own mean length (a full build)."""
    rows: list[int] = []
    cols: list[int] = []
    tfs: list[int] = []
    doc_len = np.zeros(len(docs), dtype=np.float64)
    for col, doc in enumerate(docs):
        doc_len[col] = len(doc)
        counts: dict[int, int] = {}
        for token in doc:
            row = terms.setdefault(token, len(terms))
            counts[row] = counts.get(row, 0) + 1
        rows.extend(counts.keys())
        cols.extend([col] * len(counts))
        tfs.extend(counts.values())
    if avgdl is None:
        avgdl = doc_len.mean() if doc_len.sum() > 0 else 1.0
    row_arr = np.asarray(rows, dtype=np.int64)
    col_arr = np.asarray(cols, dtype=np.int64)
    tf = np.asarray(tfs, dtype=np.float64)
    norm = p.k1 * (1 - p.b + p.b * doc_len[col_arr] / avgdl)
    data = (tf * (p.k1 + 1) / (tf + norm)).astype(np.float32)
    weights = sparse.csr_matrix((data, (row_arr, col_arr)), shape=(len(terms), len(docs)))
    weights.sum_duplicates()
    return weights, np.bincount(row_arr, minlength=len(terms)).astype(np.int64), float(avgdl)


def build_sparse(docs: Sequence[Sequence[str]], *, k1: float, b: float, epsilon: float,
                 keys: np.ndarray | None = None) -> SparseIndex:
    """BM25 over tokenized chunks as one segment (a full build; empty corpus and empty vocabulary allowed);
    `keys`: the columns' `token_keys` when the caller has them."""
    terms: dict[str, int] = {}
    weights, df, avgdl = segment_of(docs, terms, None, Bm25Params(k1, b, epsilon))
    keys = token_keys(docs) if keys is None else keys
    return SparseIndex((Segment(weights, None, keys),), tuple(terms), df, len(docs), avgdl, epsilon)
