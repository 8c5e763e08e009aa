"""An add's article files (`qa.article_table`: articles.jsonl and the offset columns) with every unchanged article's
line and offset rows copied from the previous version's files, not made again from its record.

Every add rewrote them for every article: a JSON line each (~20 us) and its offset map's integers gathered one by
one into lists (1.4M at 82k chunks, ~17M at 1M). An unchanged article is the very record the add read from the
previous version (`qa.previous`); its line and rows are the bytes the same code wrote then. Runs of them are copied
as slices; the other articles are encoded by `article_table.encode`, the format's one encoder.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import article_table, files
from qa.article_table import ARTICLES, OFFSETS, Encoded, encode, offset_columns, save_articles
from qa.previous import Previous
from qa.records import Article


@dataclass(frozen=True, slots=True, eq=False)
class ArticlesBefore:
    """The previous version's folder, the most bytes read of each file (by name), and its article records as the
    add read them (an article of the new version that is one of these records is unchanged)."""

    folder: Path
    limits: Mapping[str, int]
    articles: Sequence[Article]


def write_articles(folder: Path, articles: Sequence[Article], before: ArticlesBefore | None) -> None:
    """articles.jsonl and the offset columns of `articles` (no text column: `qa.text_rows`)."""
    held = tuple(before.articles) if before is not None else ()  # alive while ids are compared: none reused
    row_of = {id(a): r for r, a in enumerate(held)}
    source = [row_of.get(id(a), -1) for a in articles]
    if before is None or OFFSETS not in before.limits or not any(r >= 0 for r in source):
        article_table.write_articles(folder, articles, texts=False)
        return
    old = np.frombuffer(files.read_bytes(before.folder / ARTICLES, limit=before.limits[ARTICLES]), dtype=np.uint8)
    line_end = np.flatnonzero(old == ord("\n")) + 1
    segments, lengths = offset_columns(before.folder, n=len(before.articles), limits=before.limits)
    if len(line_end) != len(before.articles):  # not one line per article: made again, as a full build does
        article_table.write_articles(folder, articles, texts=False)
        return
    line_start = np.concatenate([[0], line_end[:-1]])
    seg_end = lengths[:, 0]
    seg_start = np.concatenate([[0], seg_end[:-1]])
    parts: list[Encoded] = []
    i = 0
    while i < len(articles):
        j = i + 1
        if source[i] < 0:  # a run of changed articles: encoded as a full build encodes them
            while j < len(articles) and source[j] < 0:
                j += 1
            parts.append(encode(articles[i:j]))
            i = j
            continue
        r = source[i]  # a run of previous rows r, r + 1, ...: one slice of each file
        while j < len(articles) and source[j] == r + (j - i):
            j += 1
        last = r + (j - i) - 1
        sizes = np.asarray(lengths[r:last + 1], dtype=np.int64).copy()
        sizes[:, 0] = seg_end[r:last + 1] - seg_start[r:last + 1]
        parts.append(Encoded(old[line_start[r]:line_end[last]].tobytes(),
                             np.asarray(segments[seg_start[r]:seg_end[last]], dtype=np.int64), sizes))
        i = j
    save_articles(folder, parts)


def articles_before(previous: Previous) -> ArticlesBefore | None:
    """The previous version's article files and records, when an add read its rows (else nothing is copied)."""
    if previous.version is None or previous.rows is None:
        return None
    manifest = previous.version.manifest
    return ArticlesBefore(previous.version.path, {k: e.bytes for k, e in manifest.files.items()}, previous.articles)
