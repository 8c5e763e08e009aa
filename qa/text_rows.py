"""Article texts in segments: a rebuild links the previous version's text column and writes only the texts it
lacks, as `qa.segments` does for rows of one width. At a million chunks the column is ~0.6 GB, which every `add`
rewrote and checksummed though one article changed.

    article_text.npy, article_text_bounds.npy               the base: as a full build writes it
    article_text_delta.npy, article_text_delta_bounds.npy   texts rebuilds added (`qa.columns` string columns)
    article_text_rows.npy                                   article row -> position in the base, then the delta

An index without the row map has the base alone (every full build, and every index before this module). Once the
base's unused texts and the delta pass `segments.MERGE_SHARE` of the texts, one full column is written again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import arrays, links, segments
from qa.article_table import TEXT
from qa.columns import StackedStrings, Strings, segment_names, strings_file, write_strings
from qa.manifest import FileEntry
from qa.records import Article
from qa.store import Version


@dataclass(frozen=True, slots=True, eq=False)
class Before:
    """The previous version, its text column, its articles (texts decoded or decoded when read) and their rows."""

    version: Version
    texts: Strings | StackedStrings
    articles: Sequence[Article]
    row: Mapping[str, int]


def write_texts(folder: Path, articles: Sequence[Article], before: Before | None) -> dict[str, FileEntry]:
    """The text column of `articles` in `folder`: the previous base linked with a delta and row map when most
    texts are the previous version's, else one full column. The linked files' entries, by name."""
    plan = _plan(articles, before) if before is not None else None
    if plan is None:
        write_strings(folder, TEXT, (a.text for a in articles))
        return {}
    assert before is not None
    positions, kept = plan
    old = before.texts
    base = old.base if isinstance(old, StackedStrings) else old
    names = strings_file(TEXT)
    linked = links.link_unchanged(before.version, names, folder)
    if len(linked) < len(names):  # not vouched for: the same base bytes written from the mapped files
        for name in linked:
            (folder / name).unlink()
        linked = {}
        arrays.save(folder / names[0], np.asarray(base.blob))
        arrays.save(folder / names[1], np.asarray(base.bounds))
    fresh = np.flatnonzero(positions < 0)
    delta = [old[int(r)] for r in kept] + [articles[int(i)].text for i in fresh]
    positions[fresh] = len(base) + len(kept) + np.arange(len(fresh))
    _, delta_name, rows_name = segment_names(TEXT)
    write_strings(folder, delta_name, delta)
    arrays.save(folder / rows_name, positions.astype(np.int32 if len(positions) < 2**31 else np.int64))
    return linked


def _plan(articles: Sequence[Article], before: Before) -> tuple[np.ndarray, list[int]] | None:
    """Each article's position in the new column (-1: a fresh text, placed after the kept ones) and the previous
    rows whose delta texts are kept; None when a full column is the better write."""
    old = before.texts
    n_base = len(old.base) if isinstance(old, StackedStrings) else len(old)
    old_at = old.positions if isinstance(old, StackedStrings) else None
    positions = np.full(len(articles), -1, dtype=np.int64)
    kept: list[int] = []  # previous rows whose text sits in the previous delta
    for i, a in enumerate(articles):
        r = before.row.get(a.doc_id)
        if r is None or before.articles[r].text != a.text:  # unchanged articles: the same string object
            continue
        at = r if old_at is None else int(old_at[r])
        if at >= n_base:
            kept.append(r)
            at = -2  # placed after the base below
        positions[i] = at
    fresh = int((positions == -1).sum())
    used = np.zeros(n_base, dtype=bool)
    used[positions[positions >= 0]] = True
    if (n_base - int(used.sum())) + len(kept) + fresh > segments.MERGE_SHARE * (n_base + fresh):
        return None
    positions[positions == -2] = n_base + np.arange(len(kept))
    return positions, kept
