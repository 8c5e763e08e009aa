"""What a rebuild carries over row by row from the previous version: for each new chunk and sentence row, the
previous row it repeats (-1: a new row), and the previous rows' duplicate keys, groups and near-copy edges, so
the duplicate groups cost what changed (`qa.dedup_update`), not the corpus.

An article whose split was reused (same doc_id, title and text: `qa.split.prepare_article`) has the same chunks
and sentences, in the same order, as before. The keys are kept in the version beside its tables:

    dedup_chunk_keys.npy, dedup_sentence_keys.npy     (rows, 3 + bands) uint64 (`qa.dedup.text_keys`), in
                                                      segments (`qa.segments`: _delta, _rows): an add links the
                                                      previous file and writes only its new rows' keys
    dedup_chunk_edges.npy, dedup_sentence_edges.npy   (pairs, 2) int64 rows: the near-copy edges found
    article_title_tokens.npy                          (articles,) each title's word pieces, so an add does not
                                                      tokenize every unchanged title again (~60 us each)

An index built before these files has none: its next build computes every row's keys once. One built before the
segments has the base file alone, which reads as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import arrays, rows, segments
from qa.dedup import BANDS_AT, Groups, groups_from_keys, key_width, text_keys
from qa.dedup_update import Before, key_head, update_groups
from qa.errors import damaged
from qa.manifest import FileEntry, Manifest
from qa.records import Article
from qa.spans import Texts
from qa.spelling import count_words, update_counts
from qa.split import Prepared, Split
from qa.store import Version

KINDS = ("chunk", "sentence")
TITLE_TOKENS = "article_title_tokens.npy"


def keys_file(kind: str) -> str:
    """The file of a kind's duplicate keys."""
    return f"dedup_{kind}_keys.npy"


def edges_file(kind: str) -> str:
    """The file of a kind's near-copy edges."""
    return f"dedup_{kind}_edges.npy"


@dataclass(frozen=True, slots=True, eq=False)
class Kept:
    """One kind of row (chunks or sentences) of the previous version: where each article's rows start, each
    row's group, and its duplicate keys and edges (None: the version has none)."""

    starts: np.ndarray
    dup_of: np.ndarray
    keys: segments.Stacked | None
    edges: np.ndarray | None


@dataclass(frozen=True, slots=True, eq=False)
class PreviousRows:
    """The previous version's article rows by doc_id, their heads (no text), and its chunk and sentence rows."""

    article_row: Mapping[str, int]
    heads: Sequence[Article]
    articles: Sequence[Article]
    words: Mapping[str, int] | None
    chunks: Kept
    sentences: Kept
    title_tokens: np.ndarray | None = None  # by article row (None: the version has none)
    chunk_ids: Sequence[str] = ()  # the chunk id column, mapped (an add keeps its bytes: `qa.text_rows`)


def read_rows(folder: Path, manifest: Manifest, tables: rows.Tables, threshold: float) -> PreviousRows:
    """The previous version's rows as a rebuild carries them (keys checked: shape, and edges inside the table)."""
    n = len(tables.articles)
    at = np.arange(n + 1)
    kinds = {}
    for kind, table in zip(KINDS, (tables.chunks, tables.sentences), strict=True):
        keys = edges = None
        if keys_file(kind) in manifest.files and edges_file(kind) in manifest.files:
            keys = segments.read(folder, manifest, segments.names_of(keys_file(kind)), len(table),
                                 key_width(threshold), (np.uint64,))
            edges = arrays.load(folder / edges_file(kind), limit=rows.limit_of(folder, manifest, edges_file(kind)),
                                dtypes=(np.int64,), shape=(None, 2), mmap_mode=False)
            if not arrays.in_range(edges, 0, len(table)):
                raise damaged(folder / edges_file(kind), f"a row outside 0..{len(table) - 1}")
        kinds[kind] = Kept(np.searchsorted(np.asarray(table.doc), at), table.dup_of, keys, edges)
    heads = tables.articles.heads
    words = rows.read_words(folder, manifest) if rows.WORDS in manifest.files else None
    titles = None
    if TITLE_TOKENS in manifest.files:
        titles = arrays.load(folder / TITLE_TOKENS, limit=rows.limit_of(folder, manifest, TITLE_TOKENS),
                             dtypes=(np.int32, np.int64), shape=(n,), mmap_mode=False)
        if n and titles.min() < 0:
            raise damaged(folder / TITLE_TOKENS, "a negative count")
    return PreviousRows({a.doc_id: i for i, a in enumerate(heads)}, heads, tables.articles, words, kinds["chunk"],
                        kinds["sentence"], titles, tables.chunks.chunk_id)


def write_title_tokens(folder: Path, prepared: Sequence[Prepared]) -> None:
    """Each article's title word pieces, for the next rebuild."""
    arrays.save(folder / TITLE_TOKENS, np.fromiter((p.title_tokens for p in prepared), dtype=np.int32,
                                                   count=len(prepared)))


@dataclass(frozen=True, slots=True, eq=False)
class Carried:
    """For each new chunk and sentence row, the previous row it repeats (-1: new)."""

    chunks: np.ndarray
    sentences: np.ndarray


def carried(articles: Sequence[Article], prepared: Sequence[Prepared], before: PreviousRows | None) -> Carried:
    """The rows of the articles whose previous split was reused, mapped to their previous rows."""
    out = []
    for kind in KINDS:
        sizes = [len(p.split.chunks if kind == "chunk" else p.split.sentences) for p in prepared]
        old = np.full(sum(sizes), -1, dtype=np.int64)
        if before is not None:
            starts = (before.chunks if kind == "chunk" else before.sentences).starts
            at = 0
            for a, p, size in zip(articles, prepared, sizes, strict=True):
                row = before.article_row.get(a.doc_id)
                if row is not None and p.reused and starts[row + 1] - starts[row] == size:
                    old[at:at + size] = np.arange(starts[row], starts[row + 1])
                at += size
        out.append(old)
    return Carried(*out)


@dataclass(frozen=True, slots=True, eq=False)
class Dedup:
    """The duplicate groups of a split's chunks and sentences, and each row's keys (written with the version:
    as rows of the previous version's keys where they were carried over)."""

    chunks: Groups
    sentences: Groups
    chunk_keys: np.ndarray | segments.NewRows
    sentence_keys: np.ndarray | segments.NewRows


def dedup_split(split: Split, rows_of: Carried, before: PreviousRows | None, threshold: float) -> Dedup:
    """Duplicate groups of the split's chunks (never two of one article as near copies) and sentences, from the
    previous version's keys and groups where its rows carry over."""
    sentences = Texts(split.sentences)  # a carried row's text is never made
    chunk_groups, chunk_keys = _groups(split.chunk_inputs, rows_of.chunks, before and before.chunks, threshold,
                                       split.chunk_doc)
    sentence_groups, sentence_keys = _groups(sentences, rows_of.sentences, before and before.sentences, threshold)
    return Dedup(chunk_groups, sentence_groups, chunk_keys, sentence_keys)


def _groups(texts: Sequence[str], old_row: np.ndarray, kept: Kept | None, threshold: float,
            sources: Sequence[int] | None = None) -> tuple[Groups, np.ndarray | segments.NewRows]:
    if kept is None or kept.keys is None or kept.edges is None or not (old_row >= 0).any():
        keys = text_keys(texts, threshold)
        return groups_from_keys(keys, texts.__getitem__, threshold, sources), keys
    have = np.flatnonzero(old_row >= 0)
    fresh = text_keys([texts[i] for i in np.flatnonzero(old_row < 0)], threshold)
    keys = segments.NewRows(kept.keys, old_row, fresh)  # carried rows read from the previous keys when asked
    head = key_head(keys)
    before = Before(_head(kept.keys, head[have], old_row[have]), kept.dup_of, kept.edges, old_row)
    return update_groups(keys, before, texts.__getitem__, threshold, sources, head), keys


def _head(keys: segments.Stacked, carried: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The digest and shingle-count columns of every previous row (all `update_groups` reads of them): the carried
    rows' from `carried` (their new rows' keys, just copied from `keys` at `rows`), only the others read again."""
    out = np.empty((len(keys), BANDS_AT), dtype=np.uint64)
    out[rows] = carried
    rest = np.ones(len(keys), dtype=bool)
    rest[rows] = False
    rest_rows = np.flatnonzero(rest)
    step = 1 << 16
    for a in range(0, len(rest_rows), step):
        out[rest_rows[a:a + step]] = keys[rest_rows[a:a + step]][:, :BANDS_AT]
    return out


def write_dedup(folder: Path, dedup: Dedup, previous: Version | None) -> dict[str, FileEntry]:
    """The keys and near-copy edges of a new version, for the next rebuild; the entries of the files linked."""
    linked: dict[str, FileEntry] = {}
    for kind, groups, keys in (("chunk", dedup.chunks, dedup.chunk_keys),
                               ("sentence", dedup.sentences, dedup.sentence_keys)):
        linked |= segments.write(folder, segments.names_of(keys_file(kind)), keys, previous, np.uint64)
        arrays.save(folder / edges_file(kind), np.ascontiguousarray(groups.edges, dtype=np.int64))
    return linked


def word_counts(articles: Sequence[Article], prepared: Sequence[Prepared], before: PreviousRows | None
                ) -> dict[str, int]:
    """`words.json`'s counts: the previous version's, less its changed or removed articles' words, plus the
    changed or new articles' (a full count when the previous counts are missing or were cut)."""
    same: set[int] = set()
    if before is not None and before.words is not None:
        for a, p in zip(articles, prepared, strict=True):
            row = before.article_row.get(a.doc_id)
            if row is not None and p.reused and before.heads[row].metadata == a.metadata:
                same.add(row)
        gone = (t for r in range(len(before.heads)) if r not in same for t in _texts(before.articles[r]))
        kept = {before.heads[r].doc_id for r in same}
        counts = update_counts(before.words, gone, (t for a in articles if a.doc_id not in kept for t in _texts(a)))
        if counts is not None:
            return counts
    return count_words(t for a in articles for t in _texts(a))


def _texts(a: Article) -> tuple[str, ...]:
    return (a.title, a.text, *a.metadata.values())
