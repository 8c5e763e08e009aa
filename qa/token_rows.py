"""BM25 tokens of a build's chunks, made only where BM25 needs them: a chunk carried over from the previous
version (its article's split reused, its publication line unchanged) keeps the token digest of the previous
version's column, so an update (`qa.bm25_update`) tokenizes only the new chunks; a full build reads them all.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate

import numpy as np

from qa.carry import PreviousRows
from qa.records import Article
from qa.sparse import SparseIndex, token_keys
from qa.split import Prepared, metadata_line
from qa.tokens import tokenize


class Docs(Sequence[list[str]]):
    """Each chunk row's BM25 tokens (of `metadata_line` + its input), made on first use when not prepared."""

    def __init__(self, articles: Sequence[Article], prepared: Sequence[Prepared]) -> None:
        self.articles, self.prepared = articles, prepared
        self.ends = list(accumulate(len(p.inputs) for p in prepared))
        self._made: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return self.ends[-1] if self.ends else 0

    def __getitem__(self, row: int) -> list[str]:  # type: ignore[override]  # rows one at a time
        doc = bisect.bisect_right(self.ends, row)
        p, local = self.prepared[doc], row - (self.ends[doc - 1] if doc else 0)
        if p.tokens is not None:
            return p.tokens[local]
        if row not in self._made:
            self._made[row] = tokenize(metadata_line(self.articles[doc]) + p.inputs[local])
        return self._made[row]

    def __iter__(self):  # noqa: ANN204  # a generator of token lists
        return (self[r] for r in range(len(self)))


def chunk_keys(docs: Docs, old_row: np.ndarray, previous: PreviousRows | None, bm25: SparseIndex | None
               ) -> np.ndarray:
    """The token digest of every chunk row: the previous column's for a carried row whose article's publication
    line is unchanged, else of its tokens."""
    keys = np.empty((len(docs), 16), dtype=np.uint8)
    known = np.zeros(len(docs), dtype=bool)
    if previous is not None and bm25 is not None and bm25.idf_applied:
        rows = [previous.article_row.get(a.doc_id) for a in docs.articles]
        same = [r is not None and (previous.heads[r].metadata == a.metadata  # the line is of the metadata alone
                                   or metadata_line(previous.heads[r]) == metadata_line(a))
                for r, a in zip(rows, docs.articles, strict=True)]
        known = np.repeat(np.asarray(same, dtype=bool), [len(p.inputs) for p in docs.prepared]) & (old_row >= 0)
        by_row = np.zeros((len(previous.chunks.dup_of), 16), dtype=np.uint8)
        for seg in bm25.segments:
            rows = np.arange(seg.keys.shape[0]) if seg.rows is None else np.asarray(seg.rows)
            live = rows >= 0
            by_row[rows[live]] = np.asarray(seg.keys)[live]
        keys[known] = by_row[old_row[known]]
    rest = np.flatnonzero(~known)
    if len(rest):
        keys[rest] = token_keys([docs[int(r)] for r in rest])
    return keys
