"""Sentence and chunk rows as spans of their article's text, a `Sentence` or `Chunk` record made only when a row
is asked for.

A rebuild reads every unchanged article's sentences and chunks from the previous version (`qa.previous`); making a
record of each (443k sentences and 87k chunks at 82k chunks, 12.2x that at 1M) was the largest part of an `add`'s
reading. The corpus-wide steps ask for few rows (new or re-checked ones) and take the rest as columns (`spans_of`,
`chunk_columns_of`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from qa.records import Chunk, Sentence


@dataclass(frozen=True, slots=True, eq=False)
class SentenceSpans(Sequence[Sentence]):
    """One article's sentences: (start, end) spans into `text`."""

    doc_id: str
    text: str
    spans: np.ndarray

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int | slice) -> Sentence | list[Sentence]:  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]  # type: ignore[misc]
        s, e = (int(x) for x in self.spans[i])
        return Sentence(self.doc_id, s, e, self.text[s:e])


@dataclass(frozen=True, slots=True, eq=False)
class Rows(Sequence[str]):
    """Rows `start`..`stop`-1 of a mapped string column (the previous version's chunk ids), each decoded when asked for:
    an add reads few of its unchanged chunks' ids (1M at a million chunks) and writes none (`qa.text_rows`)."""

    column: Sequence[str]
    start: int
    stop: int

    def __len__(self) -> int:
        return self.stop - self.start

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # rows one at a time
        if not -len(self) <= i < len(self):
            raise IndexError(f"row {i} outside 0..{len(self) - 1}")
        return self.column[self.start + i % len(self)]

    def __iter__(self) -> Iterator[str]:
        return (self.column[j] for j in range(self.start, self.stop))

    def __reduce__(self) -> tuple[type, tuple[list[str]]]:
        return list, (list(self),)  # to a Ray worker: the strings, not the mapped column


@dataclass(frozen=True, slots=True, eq=False)
class ChunkSpans(Sequence[Chunk]):
    """One article's chunks: rows (start, end, n_tokens, first_sentence, last_sentence) of the previous version's
    chunk table over `text`, `shift` added to the sentence rows (local to the article, then global in a split)."""

    doc_id: str
    text: str
    columns: np.ndarray
    ids: Sequence[str]
    shift: int = 0

    def __len__(self) -> int:
        return len(self.columns)

    def __getitem__(self, i: int | slice) -> Chunk | list[Chunk]:  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]  # type: ignore[misc]
        s, e, n, first, last = (int(x) for x in self.columns[i])
        return Chunk(self.ids[i], self.doc_id, s, e, self.text[s:e], n, first + self.shift, last + self.shift)

    def shifted(self, by: int) -> ChunkSpans:
        """The same chunks with their sentence rows moved by `by` (no record made)."""
        return replace(self, shift=self.shift + by)

    def table(self) -> np.ndarray:
        """(chunks, 5) int64: the columns with the sentence rows shifted."""
        return np.asarray(self.columns, dtype=np.int64) + np.array([0, 0, 0, self.shift, self.shift])


@dataclass(frozen=True, slots=True, eq=False)
class Inputs(Sequence[str]):
    """What the model and BM25 read of each chunk (`prefix`, the title line, + its text), made when asked for."""

    prefix: str
    chunks: ChunkSpans

    def __len__(self) -> int:
        return len(self.chunks)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # rows one at a time
        s, e = (int(x) for x in self.chunks.columns[i, :2])
        return self.prefix + self.chunks.text[s:e]


class Chained(Sequence[Any]):
    """The corpus's rows of one kind: each article's (a list of records, `SentenceSpans`, `ChunkSpans` or
    `Inputs`) end to end."""

    def __init__(self) -> None:
        self.pieces: list[Sequence[Any]] = []
        self.ends: list[int] = []

    def extend(self, piece: Sequence[Any]) -> None:
        if len(piece):
            self.pieces.append(piece)
            self.ends.append(len(self) + len(piece))

    def __len__(self) -> int:
        return self.ends[-1] if self.ends else 0

    def __getitem__(self, i: int | slice) -> Any:  # noqa: ANN401  # a piece's row, or a list of them
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return [self[j] for j in range(start, stop, step)]
            out: list[Any] = []
            k = bisect.bisect_right(self.ends, start)
            while start < stop and k < len(self.pieces):
                base = self.ends[k - 1] if k else 0
                out.extend(self.pieces[k][start - base:min(stop, self.ends[k]) - base])
                start, k = self.ends[k], k + 1
            return out
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"row {i} outside 0..{len(self) - 1}")
        k = bisect.bisect_right(self.ends, i)
        return self.pieces[k][i - (self.ends[k - 1] if k else 0)]

    def __iter__(self) -> Iterator[Any]:
        for piece in self.pieces:
            yield from piece


class Texts(Sequence[str]):
    """The texts of sentence rows, each made when asked for."""

    def __init__(self, rows: Sequence[Sentence]) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # rows one at a time
        return self.rows[i].text  # type: ignore[union-attr]

    def __iter__(self) -> Iterator[str]:
        return (s.text for s in self.rows)


def spans_of(rows: Sequence[Sentence]) -> np.ndarray:
    """(rows, 2) int64 starts and ends of sentence rows, spans taken as they are (no record made)."""
    pieces = rows.pieces if isinstance(rows, Chained) else [rows]
    parts = [np.asarray(p.spans, dtype=np.int64) if isinstance(p, SentenceSpans)
             else np.asarray([(s.start, s.end) for s in p], dtype=np.int64).reshape(-1, 2) for p in pieces]
    return np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int64)


def chunk_columns_of(rows: Sequence[Chunk]) -> np.ndarray:
    """(rows, 5) int64 start, end, n_tokens, first_sentence, last_sentence of chunk rows (spans taken as they are)."""
    pieces = rows.pieces if isinstance(rows, Chained) else [rows]
    parts = [p.table() if isinstance(p, ChunkSpans) else np.asarray(
        [(c.start, c.end, c.n_tokens, c.first_sentence, c.last_sentence) for c in p], dtype=np.int64).reshape(-1, 5)
        for p in pieces]
    return np.concatenate(parts) if parts else np.zeros((0, 5), dtype=np.int64)


def chunk_ids_of(rows: Sequence[Chunk]) -> Sequence[str]:
    """The chunk ids of chunk rows, no record made (spans' ids as they are: decoded when read)."""
    out = Chained()
    for p in rows.pieces if isinstance(rows, Chained) else [rows]:
        out.extend(p.ids if isinstance(p, ChunkSpans) else [c.chunk_id for c in p])
    return out
