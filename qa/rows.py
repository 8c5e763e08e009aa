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

import json
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa.errors import IndexCorruptError
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


def write_jsonl(path: Path, rows: Iterable[Mapping[str, Any]]) -> None:
    """One JSON object per line, UTF-8."""
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False))
            f.write("\n")


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL file one at a time; a malformed line means a damaged index."""
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)
    except (OSError, ValueError, RecursionError) as e:
        raise _damaged(path, e) from e


def _damaged(path: Path, e: BaseException) -> IndexCorruptError:
    return IndexCorruptError(f"index file {path} is damaged ({e!r}): rebuild with `qa-index build`")


def article_row(a: Article) -> dict[str, Any]:
    """An article as one articles.jsonl row."""
    return {"doc_id": a.doc_id, "path": a.path, "title": a.title, "text": a.text, "text_offset": a.text_offset,
            "metadata": dict(a.metadata), "offsets": a.offsets.to_json()}


def read_articles(version: Path) -> tuple[Article, ...]:
    """The clean articles of an index version."""
    try:
        return tuple(
            Article(doc_id=r["doc_id"], path=r["path"], title=r["title"], text=r["text"],
                    offsets=OffsetMap.from_json(r["offsets"]), text_offset=r["text_offset"], metadata=r["metadata"])
            for r in iter_jsonl(version / ARTICLES)
        )
    except (KeyError, TypeError, ValueError) as e:
        raise _damaged(version / ARTICLES, e) from e


def chunk_row(c: Chunk, *, doc: int, dup_of: int, hash_: str) -> dict[str, Any]:
    """A chunk as one chunks.jsonl row (`doc` its article's row, sentence rows global)."""
    return {"chunk_id": c.chunk_id, "doc": doc, "start": c.start, "end": c.end, "n_tokens": c.n_tokens,
            "first_sentence": c.first_sentence, "last_sentence": c.last_sentence, "dup_of": dup_of, "hash": hash_}


def sentence_row(s: Sentence, *, doc: int, dup_of: int, hash_: str) -> dict[str, Any]:
    """A sentence as one sentences.jsonl row."""
    return {"doc": doc, "start": s.start, "end": s.end, "dup_of": dup_of, "hash": hash_}


def read_chunks(version: Path, *, hashes: bool = False) -> ChunkTable:
    """chunks.jsonl as a `ChunkTable`."""
    cols, ids, keys = _read_columns(version / CHUNKS, _CHUNK_COLUMNS, ("chunk_id", "hash" if hashes else ""))
    return ChunkTable(chunk_id=ids, hashes=keys, **cols)


def read_sentences(version: Path, *, hashes: bool = False) -> SentenceTable:
    """sentences.jsonl as a `SentenceTable`."""
    cols, _, keys = _read_columns(version / SENTENCES, _SENTENCE_COLUMNS, ("", "hash" if hashes else ""))
    return SentenceTable(hashes=keys, **cols)


def _read_columns(path: Path, columns: Sequence[str], strings: tuple[str, str]
                  ) -> tuple[dict[str, np.ndarray], tuple[str, ...], tuple[str, ...]]:
    """Integer columns as arrays, plus up to two string columns ("" for none), one row at a time."""
    values = {c: array("q") for c in columns}
    texts: tuple[list[str], list[str]] = ([], [])
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                for c in columns:
                    values[c].append(row[c])
                for name, out in zip(strings, texts, strict=True):
                    if name:
                        out.append(str(row[name]))
    except (OSError, ValueError, KeyError, TypeError, OverflowError, RecursionError) as e:
        raise _damaged(path, e) from e
    arrays = {c: _narrow(np.frombuffer(v, dtype=np.int64)) for c, v in values.items()}
    return arrays, tuple(texts[0]), tuple(texts[1])


def _narrow(column: np.ndarray) -> np.ndarray:
    """`column` as int32 when every value fits (half the memory), else as it is."""
    if not len(column) or (column.min() >= np.iinfo(np.int32).min and column.max() <= np.iinfo(np.int32).max):
        return column.astype(np.int32)
    return column


def write_words(version: Path, counts: Mapping[str, int]) -> None:
    """words.json: {"words": [...], "counts": [...]}, commonest first."""
    (version / WORDS).write_text(json.dumps({"words": list(counts), "counts": list(counts.values())},
                                            ensure_ascii=False), encoding="utf-8")


def read_words(version: Path) -> dict[str, int]:
    """The surface word counts of a version ({} for an index built before words.json existed)."""
    path = version / WORDS
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        words, counts = data["words"], data["counts"]
        if len(words) != len(counts):
            raise ValueError("words and counts differ in length")
        return {str(w): int(n) for w, n in zip(words, counts, strict=True)}
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as e:
        raise _damaged(path, e) from e
