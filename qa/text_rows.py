"""String columns in segments: a rebuild links the previous version's column and writes only the strings it lacks,
as `qa.segments` does for rows of one width. Article texts, chunk ids and the embedding cache keys: at a million
chunks ~0.6 GB of text and ~0.3 GB of ids and keys, which every `add` rewrote and checksummed though one article
changed.

    NAME.npy, NAME_bounds.npy               the base: as a full build writes it (`qa.columns` string column)
    NAME_delta.npy, NAME_delta_bounds.npy   strings rebuilds added
    NAME_rows.npy                           row -> position in the base, then the delta

A column without the row map has the base alone (every full build, and every index before this module). Once the
base's unused strings and the delta pass `segments.MERGE_SHARE` of the rows, one full column is written again.
The cache keys (ASCII of one width) are read as `segments.Stacked` rows and written by `segments.write`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import arrays, links, segments
from qa.article_table import TEXT, ArticleTable
from qa.carry import PreviousRows
from qa.columns import FixedStrings, StackedStrings, Strings, segment_names, strings_file, write_strings
from qa.manifest import FileEntry
from qa.previous import Previous
from qa.records import Article
from qa.store import Version


@dataclass(frozen=True, slots=True, eq=False)
class NewStrings(Sequence[str]):
    """A new version's strings `rows`, row r the same string as row `previous_row[r]` of the previous version's
    column (-1: a string of its own), so that column's bytes can be kept."""

    rows: Sequence[str]
    previous: Strings | StackedStrings
    previous_row: np.ndarray
    version: Version

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, row: int) -> str:  # type: ignore[override]  # rows one at a time
        return self.rows[row]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)


def _save_fixed(folder: Path, name: str, rows: np.ndarray) -> None:
    write_strings(folder, name, FixedStrings(rows))


KEYS = segments.Layout(strings_file, _save_fixed)  # a cache key column's segments: string columns of (rows, width)


def write_column(folder: Path, name: str, strings: Sequence[str], version: Version | None = None
                 ) -> dict[str, FileEntry]:
    """String column `name` in `folder`: the previous base linked with a delta and row map when most rows are the
    previous version's (`NewStrings`, or `segments.NewRows`' keys), else one full column; the linked files, by name."""
    if isinstance(strings, FixedStrings) and isinstance(strings.matrix, segments.NewRows):
        return segments.write(folder, segment_names(name), strings.matrix, version, np.uint8, KEYS)
    plan = _plan(strings) if isinstance(strings, NewStrings) else None
    if plan is None:
        write_strings(folder, name, strings)
        return {}
    assert isinstance(strings, NewStrings)
    positions, kept = plan
    old = strings.previous
    base = old.base if isinstance(old, StackedStrings) else old
    names = strings_file(name)
    linked = links.link_unchanged(strings.version, names, folder)
    if len(linked) < len(names):  # not vouched for: the same base bytes written from the mapped files
        for linked_name in linked:
            (folder / linked_name).unlink()
        linked = {}
        arrays.save(folder / names[0], np.asarray(base.blob))
        arrays.save(folder / names[1], np.asarray(base.bounds))
    delta = [old.delta[int(k) - len(base)] for k in kept] if isinstance(old, StackedStrings) and old.delta else []
    delta += [strings.rows[int(i)] for i in np.flatnonzero(strings.previous_row < 0)]
    _, delta_name, rows_name = segment_names(name)
    write_strings(folder, delta_name, delta)
    arrays.save(folder / rows_name, positions.astype(np.int32 if len(positions) < 2**31 else np.int64))
    return linked


def _plan(strings: NewStrings) -> tuple[np.ndarray, np.ndarray] | None:
    """`segments.plan_rows` over the previous column's base, delta and row map."""
    old = strings.previous
    if not isinstance(old, StackedStrings):
        return segments.plan_rows(strings.previous_row, None, len(old), len(old))
    n_base = len(old.base)
    return segments.plan_rows(strings.previous_row, old.positions, n_base,
                              n_base + (0 if old.delta is None else len(old.delta)))


@dataclass(frozen=True, slots=True, eq=False)
class Before:
    """The previous version, its text column, its articles (texts decoded or decoded when read) and their rows."""

    version: Version
    texts: Strings | StackedStrings
    articles: Sequence[Article]
    row: Mapping[str, int]


def texts_before(previous: Previous) -> Before | None:
    """The previous version's text column, to link, when an add read its rows."""
    table = previous.rows.articles if previous.rows is not None else None
    if previous.version is None or previous.rows is None or not isinstance(table, ArticleTable):
        return None
    return Before(previous.version, table.texts, previous.articles, previous.rows.article_row)


def write_texts(folder: Path, articles: Sequence[Article], before: Before | None) -> dict[str, FileEntry]:
    """The text column of `articles` in `folder` (`write_column`): an article's text is its previous row's when
    the add read it unchanged. The linked files' entries, by name."""
    texts = [a.text for a in articles]
    if before is None:
        return write_column(folder, TEXT, texts)
    previous_row = np.full(len(articles), -1, dtype=np.int64)
    for i, a in enumerate(articles):
        r = before.row.get(a.doc_id)
        if r is not None and before.articles[r].text == a.text:  # unchanged articles: the same string object
            previous_row[i] = r
    return write_column(folder, TEXT, NewStrings(texts, before.texts, previous_row, before.version))


def carried_ids(ids: Sequence[str], before: PreviousRows | None, previous_row: np.ndarray, version: Version | None
                ) -> Sequence[str]:
    """The chunk ids of a new version, as `NewStrings` over the previous column where the add read it: a carried
    chunk row (`qa.carry`: its article's split reused) has its previous row's id."""
    old = before.chunk_ids if before is not None else None
    if version is None or not isinstance(old, Strings | StackedStrings):
        return ids
    return NewStrings(ids, old, previous_row, version)
