"""The row tables of an index version, written and read here and nowhere else.

    articles.jsonl + article_text.npy   the clean articles (`qa.article_table`): fields as JSON, text mapped,
    article_offsets.npy, article_lengths.npy   their offset maps as columns (older indexes: in the JSON)
    chunks.npy        one row per chunk: doc (article row), start, end (into its text), n_tokens,
                      first_sentence, last_sentence (global sentence rows, end exclusive), dup_of (group's first row)
    sentences.npy     one row per sentence: doc, start, end, dup_of
    chunk_ids.npy, chunk_hashes.npy, sentence_hashes.npy   string columns (`qa.columns`): ids, embedding cache keys
                      (after an add, in segments: `qa.text_rows`)
    words.json        the corpus's surface words and their counts, for respelling question words (qa/spelling.py)

Chunk and sentence texts are spans of the article text, never stored twice. The integer tables are mapped from
disk and checked against each other before use (issue 11); an index whose tables are JSONL (format < 3) is stale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import arrays, files
from qa.article_table import ARTICLES, LENGTHS, OFFSETS, TEXT, ArticleTable, write_articles
from qa.article_table import read_articles as _read_articles
from qa.columns import int_table, read_stacked, read_table, segment_names, strings_file, write_strings
from qa.errors import IndexStaleError, damaged
from qa.manifest import TABLE_FORMATS, FileEntry, Manifest
from qa.records import Chunk, Sentence
from qa.spans import chunk_columns_of, spans_of

__all__ = ["ARTICLES", "CHUNKS", "SENTENCES", "WORDS", "ChunkTable", "SentenceTable", "Tables", "chunk_columns",
           "limit_of", "read_articles", "read_chunks", "read_sentences", "read_tables", "read_words",
           "sentence_columns", "write_articles", "write_chunks", "write_sentences", "write_words"]

CHUNKS, SENTENCES, WORDS = "chunks.npy", "sentences.npy", "words.json"
CHUNK_IDS, CHUNK_HASHES, SENTENCE_HASHES = "chunk_ids", "chunk_hashes", "sentence_hashes"
CHUNK_COLUMNS = ("doc", "start", "end", "n_tokens", "first_sentence", "last_sentence", "dup_of")
SENTENCE_COLUMNS = ("doc", "start", "end", "dup_of")


@dataclass(frozen=True, slots=True, eq=False)
class SentenceTable:
    """sentences.npy as a mapped (rows, 4) table, its columns as views; `hashes` only when asked for."""

    table: np.ndarray
    hashes: Sequence[str] = ()

    def __len__(self) -> int:
        return len(self.table)

    doc = property(lambda self: self.table[:, 0])
    start = property(lambda self: self.table[:, 1])
    end = property(lambda self: self.table[:, 2])
    spans = property(lambda self: self.table[:, 1:3])
    dup_of = property(lambda self: self.table[:, 3])


@dataclass(frozen=True, slots=True, eq=False)
class ChunkTable:
    """chunks.npy as a mapped (rows, 7) table with the chunk ids; `hashes` (the cache keys) only when asked for."""

    table: np.ndarray
    chunk_id: Sequence[str]
    hashes: Sequence[str] = ()

    def __len__(self) -> int:
        return len(self.table)

    doc = property(lambda self: self.table[:, 0])
    start = property(lambda self: self.table[:, 1])
    end = property(lambda self: self.table[:, 2])
    spans = property(lambda self: self.table[:, 1:3])
    n_tokens = property(lambda self: self.table[:, 3])
    first_sentence = property(lambda self: self.table[:, 4])
    last_sentence = property(lambda self: self.table[:, 5])
    sentence_rows = property(lambda self: self.table[:, 4:6])
    dup_of = property(lambda self: self.table[:, 6])


@dataclass(frozen=True, slots=True)
class Tables:
    """A version's articles, chunks and sentences, checked against each other and the manifest's counts."""

    articles: ArticleTable
    chunks: ChunkTable
    sentences: SentenceTable


def limit_of(folder: Path, manifest: Manifest, name: str) -> int:
    """The size the manifest gives file `name`, the most that is read of it; a file it does not list is damage."""
    if name not in manifest.files:
        raise damaged(folder / name, "not listed in the manifest")
    return manifest.files[name].bytes


def _limits(folder: Path, manifest: Manifest, *names: str) -> dict[str, int]:
    return {name: limit_of(folder, manifest, name) for name in names}


def _current_format(folder: Path, manifest: Manifest) -> None:
    """An index of an older format (its tables JSONL) is stale: one line saying to rebuild it."""
    if manifest.format not in TABLE_FORMATS:
        raise IndexStaleError(f"{folder.parent} was built by index format {manifest.format}, this version reads "
                              f"formats {', '.join(map(str, TABLE_FORMATS))}: rebuild with "
                              f"`qa-index build --index {folder.parent}`")


def chunk_columns(chunks: Sequence[Chunk], doc: Sequence[int], dup_of: Sequence[int]) -> list[Sequence[int]]:
    """The chunks.npy columns of `chunks` (`doc` their article rows, sentence rows global; spans as they are)."""
    table = chunk_columns_of(chunks)
    return [doc, *table.T, dup_of]


def sentence_columns(sentences: Sequence[Sentence], doc: Sequence[int], dup_of: Sequence[int]
                     ) -> list[Sequence[int]]:
    """The sentences.npy columns of `sentences`."""
    spans = spans_of(sentences)
    return [doc, spans[:, 0], spans[:, 1], dup_of]


def _whole(folder: Path, name: str, strings: Sequence[str]) -> Mapping[str, FileEntry]:
    write_strings(folder, name, strings)
    return {}


# (folder, name, strings) -> the entries of files linked, not written (`qa.text_rows.write_column`: in segments)
WriteStrings = Callable[[Path, str, Sequence[str]], Mapping[str, FileEntry]]


def write_chunks(folder: Path, columns: Sequence[Sequence[int]], ids: Sequence[str], hashes: Sequence[str], *,
                 strings: WriteStrings = _whole) -> dict[str, FileEntry]:
    """chunks.npy from its CHUNK_COLUMNS, the ids and the cache keys (string columns written by `strings`); the
    entries of files linked, by name."""
    arrays.save(folder / CHUNKS, int_table(columns))
    return {**strings(folder, CHUNK_IDS, ids), **strings(folder, CHUNK_HASHES, hashes)}


def write_sentences(folder: Path, columns: Sequence[Sequence[int]], hashes: Sequence[str], *,
                    strings: WriteStrings = _whole) -> dict[str, FileEntry]:
    """sentences.npy from its SENTENCE_COLUMNS, and the cache keys; the entries of files linked, by name."""
    arrays.save(folder / SENTENCES, int_table(columns))
    return dict(strings(folder, SENTENCE_HASHES, hashes))


def read_articles(folder: Path, manifest: Manifest) -> ArticleTable:
    """The clean articles of an index version, each field of the type a build writes, doc_ids distinct."""
    _current_format(folder, manifest)
    columns = (OFFSETS, LENGTHS) if OFFSETS in manifest.files or LENGTHS in manifest.files else ()  # else in JSON
    return _read_articles(folder, n=manifest.counts.articles, limits=_limits(
        folder, manifest, ARTICLES, *columns, *_string_files(manifest, TEXT)))


def _string_files(manifest: Manifest, name: str) -> tuple[str, ...]:
    """The files of string column `name`: its two, and when the manifest lists its row map, its delta's and the map
    (`qa.text_rows`)."""
    _, delta, positions = segment_names(name)
    segmented = (*strings_file(delta), positions) if positions in manifest.files else ()
    return (*strings_file(name), *[f for f in segmented if f in manifest.files])


def read_tables(folder: Path, manifest: Manifest, *, hashes: bool = False) -> Tables:
    """The three tables of a version, checked against each other and the manifest's counts."""
    tables = Tables(read_articles(folder, manifest), read_chunks(folder, manifest, hashes=hashes),
                    read_sentences(folder, manifest, hashes=hashes))
    lengths = tables.articles.lengths()
    _check_sentences(folder / SENTENCES, tables.sentences, lengths)
    _check_chunks(folder / CHUNKS, tables.chunks, lengths, tables.sentences.doc)
    arrays.release(tables.chunks.table)
    arrays.release(tables.sentences.table)
    return tables


def read_chunks(folder: Path, manifest: Manifest, *, hashes: bool = False) -> ChunkTable:
    """chunks.npy as a `ChunkTable` of the manifest's length, with its ids (and cache keys)."""
    _current_format(folder, manifest)
    n = manifest.counts.chunks
    table = read_table(folder / CHUNKS, limit=limit_of(folder, manifest, CHUNKS), rows=n, columns=len(CHUNK_COLUMNS))
    return ChunkTable(table, _strings(folder, manifest, CHUNK_IDS, n),
                      _strings(folder, manifest, CHUNK_HASHES, n) if hashes else ())


def read_sentences(folder: Path, manifest: Manifest, *, hashes: bool = False) -> SentenceTable:
    """sentences.npy as a `SentenceTable` of the manifest's length (and its cache keys)."""
    _current_format(folder, manifest)
    n = manifest.counts.sentences
    table = read_table(folder / SENTENCES, limit=limit_of(folder, manifest, SENTENCES), rows=n,
                       columns=len(SENTENCE_COLUMNS))
    return SentenceTable(table, _strings(folder, manifest, SENTENCE_HASHES, n) if hashes else ())


def _strings(folder: Path, manifest: Manifest, name: str, n: int) -> Sequence[str]:
    return read_stacked(folder, name, rows=n, limits=_limits(folder, manifest, *_string_files(manifest, name)))


def _check_sentences(path: Path, s: SentenceTable | ChunkTable, lengths: np.ndarray) -> None:
    """Article rows in range and in order, spans inside their article's text, duplicate groups in range."""
    n = len(s)
    if n and (s.doc.min() < 0 or s.doc.max() >= len(lengths) or (np.diff(s.doc) < 0).any()):
        raise damaged(path, f"an article row outside 0..{len(lengths) - 1} or out of order")
    if n and ((s.start < 0) | (s.start > s.end) | (s.end > lengths[s.doc])).any():
        raise damaged(path, "a span outside its article's text")
    if n and (s.dup_of.min() < 0 or s.dup_of.max() >= n):
        raise damaged(path, f"a duplicate row outside 0..{n - 1}")


def _check_chunks(path: Path, c: ChunkTable, lengths: np.ndarray, sentence_doc: np.ndarray) -> None:
    """As `_check_sentences`, and each chunk's sentence rows [first, last) inside the sentence table and its article."""
    n, n_sentences = len(c), len(sentence_doc)
    _check_sentences(path, c, lengths)
    if n and (c.n_tokens.min() < 0 or c.first_sentence.min() < 0 or c.last_sentence.max() > n_sentences
              or (c.first_sentence > c.last_sentence).any()):
        raise damaged(path, f"sentence rows outside 0..{n_sentences} or first after last")
    full = c.first_sentence < c.last_sentence
    if (sentence_doc[c.first_sentence[full]] != c.doc[full]).any() or (
            sentence_doc[c.last_sentence[full] - 1] != c.doc[full]).any():
        raise damaged(path, "a chunk's sentences belong to another article")


def write_words(version: Path, counts: Mapping[str, int]) -> None:
    """words.json: {"words": [...], "counts": [...]}, commonest first."""
    path = version / WORDS
    with files.writing(path), open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"words": list(counts), "counts": list(counts.values())}, ensure_ascii=False))


def read_words(folder: Path, manifest: Manifest) -> dict[str, int]:
    """The surface word counts of a version ({} for an index built before words.json existed)."""
    path = folder / WORDS
    if WORDS not in manifest.files:
        return {}
    try:
        data = json.loads(files.read_text(path, limit=limit_of(folder, manifest, WORDS)))
        words, counts = data["words"], data["counts"]
        if not isinstance(words, list) or not isinstance(counts, list) or len(words) != len(counts):
            raise ValueError("words and counts are not two lists of one length")
        return {str(w): int(n) for w, n in zip(words, counts, strict=True)}
    except files.FileRefused as e:
        raise damaged(path, e.reason) from None
    except (ValueError, KeyError, TypeError, RecursionError) as e:
        raise damaged(path, f"{type(e).__name__}: {e}") from None
