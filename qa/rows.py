"""The row formats of an index version's JSONL files, written and read here and nowhere else.

    articles.jsonl   one clean article a line: doc_id, path, title, text, text_offset, metadata, offsets
    chunks.jsonl     chunk_id, doc (article row), start, end (into its text), n_tokens, first_sentence,
                     last_sentence (global sentence rows, end exclusive), dup_of (group's first row), hash
    sentences.jsonl  doc, start, end, dup_of, hash
    words.json       the corpus's surface words and their counts, for respelling question words (qa/spelling.py)

Chunk and sentence texts are spans of the article text, never stored twice. Tables load as integer columns
(int32 where the values fit), one row in memory at a time: a million chunk rows as dicts would take over a
gigabyte, as arrays 28 MB.
"""

from __future__ import annotations

import io
import json
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa import files
from qa.errors import damaged
from qa.manifest import Manifest
from qa.records import Article, Chunk, OffsetMap, Sentence

ARTICLES, CHUNKS, SENTENCES = "articles.jsonl", "chunks.jsonl", "sentences.jsonl"
WORDS = "words.json"
_CHUNK_COLUMNS = ("doc", "start", "end", "n_tokens", "first_sentence", "last_sentence", "dup_of")
_SENTENCE_COLUMNS = ("doc", "start", "end", "dup_of")


@dataclass(frozen=True, slots=True)
class ChunkTable:
    """chunks.jsonl as columns; `hashes` (the embedding cache keys) only when asked for."""

    chunk_id: tuple[str, ...]
    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    n_tokens: np.ndarray
    first_sentence: np.ndarray
    last_sentence: np.ndarray
    dup_of: np.ndarray
    hashes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.chunk_id)


@dataclass(frozen=True, slots=True)
class SentenceTable:
    """sentences.jsonl as columns; `hashes` only when asked for."""

    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    dup_of: np.ndarray
    hashes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.doc)


@dataclass(frozen=True, slots=True)
class Tables:
    """A version's articles, chunks and sentences, checked against each other and the manifest's counts."""

    articles: tuple[Article, ...]
    chunks: ChunkTable
    sentences: SentenceTable


def write_jsonl(path: Path, rows: Iterable[Mapping[str, Any]]) -> None:
    """One JSON object per line, UTF-8."""
    with files.writing(path), open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False))
            f.write("\n")


def iter_jsonl(path: Path, *, limit: int) -> Iterator[Any]:
    """The rows of a JSONL file of at most `limit` bytes, one at a time; a malformed line means a damaged index."""
    try:
        with files.open_regular(path, limit=limit) as raw, io.TextIOWrapper(raw, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)
    except files.FileRefused as e:
        raise damaged(path, e.reason) from None
    except (OSError, ValueError, RecursionError) as e:
        raise damaged(path, f"{type(e).__name__}: {e}") from None


def limit_of(folder: Path, manifest: Manifest, name: str) -> int:
    """The size the manifest gives file `name`, the most that is read of it; a file it does not list is damage."""
    if name not in manifest.files:
        raise damaged(folder / name, "not listed in the manifest")
    return manifest.files[name].bytes


def article_row(a: Article) -> dict[str, Any]:
    """An article as one articles.jsonl row."""
    return {"doc_id": a.doc_id, "path": a.path, "title": a.title, "text": a.text, "text_offset": a.text_offset,
            "metadata": dict(a.metadata), "offsets": a.offsets.to_json()}


def read_articles(folder: Path, manifest: Manifest) -> tuple[Article, ...]:
    """The clean articles of an index version, each field of the type a build writes, doc_ids distinct."""
    path = folder / ARTICLES
    try:
        articles = tuple(_article(r) for r in iter_jsonl(path, limit=limit_of(folder, manifest, ARTICLES)))
    except (KeyError, TypeError, ValueError) as e:
        raise damaged(path, e) from None
    if len(articles) != manifest.counts.articles or len({a.doc_id for a in articles}) != len(articles):
        raise damaged(path, f"not {manifest.counts.articles} articles with distinct doc_ids, as the manifest says")
    return articles


def _article(r: Any) -> Article:
    if not isinstance(r, dict) or not all(isinstance(r.get(k), str) for k in ("doc_id", "path", "title", "text")):
        raise ValueError("a row without doc_id, path, title and text strings")
    meta, offsets = r.get("metadata"), r.get("offsets")
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        raise ValueError(f"metadata of {r['doc_id']!r} is not strings")
    if not isinstance(offsets, dict) or not all(_ints(offsets.get(k)) for k in OffsetMap.__slots__):
        raise ValueError(f"offsets of {r['doc_id']!r} are not integers")
    o = OffsetMap.from_json(offsets)
    if not (len(o.clean_starts) == len(o.raw_starts) == len(o.raw_ends) and o.clean_len == len(r["text"])):
        raise ValueError(f"offsets of {r['doc_id']!r} do not fit its text")
    if not _ints(r.get("text_offset")):
        raise ValueError(f"text_offset of {r['doc_id']!r} is not an integer")
    return Article(doc_id=r["doc_id"], path=r["path"], title=r["title"], text=r["text"], offsets=o,
                   text_offset=r["text_offset"], metadata=meta)


def _ints(value: object) -> bool:
    """An integer >= 0 (not a bool), or a list of them."""
    values = value if isinstance(value, list) else [value]
    return all(type(v) is int and v >= 0 for v in values)


def chunk_row(c: Chunk, *, doc: int, dup_of: int, hash_: str) -> dict[str, Any]:
    """A chunk as one chunks.jsonl row (`doc` its article's row, sentence rows global)."""
    return {"chunk_id": c.chunk_id, "doc": doc, "start": c.start, "end": c.end, "n_tokens": c.n_tokens,
            "first_sentence": c.first_sentence, "last_sentence": c.last_sentence, "dup_of": dup_of, "hash": hash_}


def sentence_row(s: Sentence, *, doc: int, dup_of: int, hash_: str) -> dict[str, Any]:
    """A sentence as one sentences.jsonl row."""
    return {"doc": doc, "start": s.start, "end": s.end, "dup_of": dup_of, "hash": hash_}


def read_tables(folder: Path, manifest: Manifest, *, hashes: bool = False) -> Tables:
    """The three tables of a version, checked against each other and the manifest's counts."""
    tables = Tables(read_articles(folder, manifest), read_chunks(folder, manifest, hashes=hashes),
                    read_sentences(folder, manifest, hashes=hashes))
    lengths = np.fromiter((len(a.text) for a in tables.articles), dtype=np.int64, count=len(tables.articles))
    _check_sentences(folder / SENTENCES, tables.sentences, lengths)
    _check_chunks(folder / CHUNKS, tables.chunks, lengths, tables.sentences.doc)
    return tables


def read_chunks(folder: Path, manifest: Manifest, *, hashes: bool = False) -> ChunkTable:
    """chunks.jsonl as a `ChunkTable` of the manifest's length."""
    cols, ids, keys = _read_columns(folder, manifest, CHUNKS, _CHUNK_COLUMNS, ("chunk_id", "hash" if hashes else ""))
    return ChunkTable(chunk_id=ids, hashes=keys, **cols)


def read_sentences(folder: Path, manifest: Manifest, *, hashes: bool = False) -> SentenceTable:
    """sentences.jsonl as a `SentenceTable` of the manifest's length."""
    cols, _, keys = _read_columns(folder, manifest, SENTENCES, _SENTENCE_COLUMNS, ("", "hash" if hashes else ""))
    return SentenceTable(hashes=keys, **cols)


def _read_columns(folder: Path, manifest: Manifest, name: str, columns: Sequence[str], strings: tuple[str, str]
                  ) -> tuple[dict[str, np.ndarray], tuple[str, ...], tuple[str, ...]]:
    """Integer columns as arrays, plus up to two string columns ("" for none), one row at a time."""
    path, values = folder / name, {c: array("q") for c in columns}
    texts: tuple[list[str], list[str]] = ([], [])
    try:
        for row in iter_jsonl(path, limit=limit_of(folder, manifest, name)):
            for c in columns:
                values[c].append(row[c])
            for key, out in zip(strings, texts, strict=True):
                if key:
                    out.append(str(row[key]))
    except (KeyError, TypeError, OverflowError) as e:
        raise damaged(path, f"a row without its integer columns ({type(e).__name__}: {e})") from None
    expected = manifest.counts.chunks if name == CHUNKS else manifest.counts.sentences
    if len(values[columns[0]]) != expected:
        raise damaged(path, f"{len(values[columns[0]])} rows, the manifest says {expected}")
    arrays = {c: _narrow(np.frombuffer(v, dtype=np.int64)) for c, v in values.items()}
    return arrays, tuple(texts[0]), tuple(texts[1])


def _check_sentences(path: Path, s: SentenceTable, lengths: np.ndarray) -> None:
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
    _check_sentences(path, SentenceTable(c.doc, c.start, c.end, c.dup_of), lengths)
    if n and (c.n_tokens.min() < 0 or c.first_sentence.min() < 0 or c.last_sentence.max() > n_sentences
              or (c.first_sentence > c.last_sentence).any()):
        raise damaged(path, f"sentence rows outside 0..{n_sentences} or first after last")
    full = c.first_sentence < c.last_sentence
    if (sentence_doc[c.first_sentence[full]] != c.doc[full]).any() or (
            sentence_doc[c.last_sentence[full] - 1] != c.doc[full]).any():
        raise damaged(path, "a chunk's sentences belong to another article")
def _narrow(column: np.ndarray) -> np.ndarray:
    """`column` as int32 when every value fits (half the memory), else as it is."""
    if not len(column) or (column.min() >= np.iinfo(np.int32).min and column.max() <= np.iinfo(np.int32).max):
        return column.astype(np.int32)
    return column


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
