"""Sentence rows as spans of their article's text, a `Sentence` record made only when a row is asked for.

A rebuild reads every unchanged article's sentences from the previous version (`qa.previous`); making a record of
each (443k at 82k chunks, 8M at 1M) was the largest part of an `add`'s reading. The corpus-wide steps ask for few
rows (new or re-checked ones) and take the rest as columns (`spans_of`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from qa.records import Sentence


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


class Chained(Sequence[Sentence]):
    """The corpus's sentence rows: each article's sentences (a list of records or `SentenceSpans`) end to end."""

    def __init__(self) -> None:
        self.pieces: list[Sequence[Sentence]] = []
        self.ends: list[int] = []

    def extend(self, piece: Sequence[Sentence]) -> None:
        if len(piece):
            self.pieces.append(piece)
            self.ends.append(len(self) + len(piece))

    def __len__(self) -> int:
        return self.ends[-1] if self.ends else 0

    def __getitem__(self, i: int | slice) -> Sentence | list[Sentence]:  # type: ignore[override]
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return [self[j] for j in range(start, stop, step)]  # type: ignore[misc]
            out: list[Sentence] = []
            k = bisect.bisect_right(self.ends, start)
            while start < stop and k < len(self.pieces):
                base = self.ends[k - 1] if k else 0
                out.extend(self.pieces[k][start - base:min(stop, self.ends[k]) - base])
                start, k = self.ends[k], k + 1
            return out
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"sentence row {i} outside 0..{len(self) - 1}")
        k = bisect.bisect_right(self.ends, i)
        return self.pieces[k][i - (self.ends[k - 1] if k else 0)]

    def __iter__(self) -> Iterator[Sentence]:
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
