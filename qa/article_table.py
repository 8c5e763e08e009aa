"""The articles of an index version: their small fields held in memory, their clean text mapped from disk.

    articles.jsonl        one article a line: doc_id, path, title, text_offset, metadata, the checksum of its file
                          and a .jsonl record's line there (neither in an index written before they were recorded;
                          no text, no offsets)
    article_text.npy      the clean texts, a string column (`qa.columns`), decoded one article at a time
    article_offsets.npy   every article's offset map segments end to end: (segments, 3) clean start, raw start,
                          raw end (`OffsetMap`)
    article_lengths.npy   (articles, 3) int64: where each article's segments end, its clean and raw length

A million-chunk corpus's text (~0.9 GB as Python strings) thus stays on disk, in the page cache, after a load;
`table[i]` is the same `Article` record a build made, text included. The offset maps are columns because every
`add` reads and writes all of them (17M integers at a million chunks took seconds as JSON); an index written
before them has each map in its JSON line ("offsets"), which reads as before.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import zip_longest
from pathlib import Path
from typing import Any

import numpy as np

from qa import arrays, files
from qa.columns import StackedStrings, Strings, int_table, read_stacked, write_strings
from qa.errors import damaged
from qa.records import Article, OffsetMap

ARTICLES, TEXT = "articles.jsonl", "article_text"
OFFSETS, LENGTHS = "article_offsets.npy", "article_lengths.npy"
_CACHED = 256  # decoded articles kept: one question reads the few articles its candidates come from


@dataclass(frozen=True, slots=True, eq=False)
class ArticleTable(Sequence[Article]):
    """Every article of a version; `heads` hold all but the text (""), which is decoded when an article is read
    and must be as long as its offset map says (a shorter or longer text is damage)."""

    heads: tuple[Article, ...]
    texts: Strings | StackedStrings
    _cache: dict[int, Article] = field(default_factory=dict)
    _counts: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.heads)

    def __getitem__(self, row: int) -> Article:  # type: ignore[override]  # no slices: one article at a time
        row = int(row)
        row = row + len(self.heads) if row < 0 else row
        hit = self._cache.get(row)
        if hit is not None:
            return hit
        head, text = self.heads[row], self.texts[row]
        if len(text) != head.offsets.clean_len:
            raise damaged(self.texts.path, f"article {row}'s text is {len(text)} characters, its offsets say "
                                           f"{head.offsets.clean_len}")
        article = replace(head, text=text)
        if len(self._cache) >= _CACHED:
            self._cache.clear()
        self._cache[row] = article
        return article

    def __iter__(self) -> Iterator[Article]:
        """Every article, the texts decoded a block at a time (one by one from the mapped file costs ~45 us each);
        records made directly, not by `dataclasses.replace` (~7x slower: an add reads every article)."""
        for row, (h, text) in enumerate(zip(self.heads, self.texts, strict=True)):
            if len(text) != h.offsets.clean_len:
                self[row]  # the damaged error
            yield Article(h.doc_id, h.path, h.title, text, h.offsets, h.text_offset, h.metadata, h.checksum, h.line)

    def word_counts(self) -> np.ndarray:
        """Each article's number of words, counted once per loaded version on the mapped text (none decoded)."""
        if "words" not in self._counts:
            self._counts["words"] = self.texts.word_counts()
        return self._counts["words"]

    def lengths(self) -> np.ndarray:
        """Each article's text length in characters, as its offset map gives it (no text decoded)."""
        return np.fromiter((h.offsets.clean_len for h in self.heads), dtype=np.int64, count=len(self.heads))


def listing(articles: Sequence[Article]) -> list[tuple[Article, int]]:
    """Each article beside its number of words; a mapped table's articles come without their text (decoding
    every text of a big corpus to list it took seconds), other sequences' as they are."""
    if isinstance(articles, ArticleTable):
        return list(zip(articles.heads, articles.word_counts().tolist(), strict=True))
    return [(a, len(a.text.split())) for a in articles]


@dataclass(frozen=True, slots=True, eq=False)
class Encoded:
    """Articles as their files hold them: their JSON lines, their offset segments end to end (k, 3), and each
    article's number of segments, clean and raw length (n, 3)."""

    lines: bytes
    segments: np.ndarray
    sizes: np.ndarray


def encode(articles: Iterable[Article]) -> Encoded:
    """The lines and offset rows of `articles` (the one encoder of the format: a full build's, an add's changed
    articles)."""
    lines: list[str] = []
    segments: tuple[list[int], list[int], list[int]] = ([], [], [])
    sizes: list[tuple[int, int, int]] = []
    for a in articles:
        o = a.offsets
        if not len(o.clean_starts) == len(o.raw_starts) == len(o.raw_ends):
            raise ValueError(f"offsets of {a.doc_id!r} are not three lists of one length")
        for column, values in zip(segments, (o.clean_starts, o.raw_starts, o.raw_ends), strict=True):
            column.extend(values)
        sizes.append((len(o.clean_starts), o.clean_len, o.raw_len))
        lines.append(json.dumps(head_row(a), ensure_ascii=False))
        lines.append("\n")
    return Encoded("".join(lines).encode("utf-8"), np.asarray(segments, dtype=np.int64).reshape(3, -1).T,
                   np.asarray(sizes, dtype=np.int64).reshape(-1, 3))


def save_articles(folder: Path, parts: Sequence[Encoded]) -> None:
    """articles.jsonl and the offset columns of `parts` end to end (each article's segment count made the end of
    its segments)."""
    with files.writing(folder / ARTICLES), open(folder / ARTICLES, "wb") as f:
        f.writelines(p.lines for p in parts)
    segments = np.concatenate([p.segments for p in parts]) if parts else np.zeros((0, 3), dtype=np.int64)
    arrays.save(folder / OFFSETS, int_table(segments.T))
    lengths = np.concatenate([p.sizes for p in parts]) if parts else np.zeros((0, 3), dtype=np.int64)
    lengths[:, 0] = np.cumsum(lengths[:, 0])
    arrays.save(folder / LENGTHS, lengths)


def write_articles(folder: Path, articles: Sequence[Article], *, texts: bool = True) -> None:
    """articles.jsonl (all but the text and offsets), the offset columns and (`texts`) the text column."""
    save_articles(folder, [encode(articles)])
    if texts:
        write_strings(folder, TEXT, (a.text for a in articles))


def head_row(a: Article) -> dict[str, Any]:
    """An article's line of articles.jsonl (no text, no offsets)."""
    return {"doc_id": a.doc_id, "path": a.path, "title": a.title, "text_offset": a.text_offset,
            "metadata": dict(a.metadata), "checksum": a.checksum, "line": a.line}


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


def read_articles(folder: Path, *, n: int, limits: Mapping[str, int]) -> ArticleTable:
    """The `n` articles of a version, each field checked (types, distinct doc_ids, each text's byte length possible for
    its characters); `limits`: the most bytes read of each file, by name."""
    # The offset maps are read from their columns when `limits` names them, else from the JSON lines (older indexes).
    path = folder / ARTICLES
    maps = offset_maps(folder, n=n, limits=limits) if OFFSETS in limits else None
    try:
        rows = zip_longest(iter_jsonl(path, limit=limits[ARTICLES]), maps or ())  # a row or map short: damage
        heads = tuple(_head(r, o, columns=maps is not None) for r, o in rows)
    except (KeyError, TypeError, ValueError, IndexError) as e:
        raise damaged(path, e) from None
    if len(heads) != n or len({a.doc_id for a in heads}) != n:
        raise damaged(path, f"not {n} articles with distinct doc_ids, as the manifest says")
    table = ArticleTable(heads, read_stacked(folder, TEXT, rows=n, limits=limits))
    chars, size = table.lengths(), table.texts.byte_lengths()
    if ((size < chars) | (size > 4 * chars)).any():  # UTF-8 takes 1 to 4 bytes a character
        raise damaged(table.texts.path, "a text's bytes do not fit its length in characters")
    return table


def offset_maps(folder: Path, *, n: int, limits: Mapping[str, int]) -> list[OffsetMap]:
    """The `n` articles' offset maps from their columns: every value >= 0, each article's segments in order."""
    segments, lengths = offset_columns(folder, n=n, limits=limits)
    clean, raw, raw_end = (segments[:, k].tolist() for k in range(3))
    maps, start = [], 0
    for end, clean_len, raw_len in lengths.tolist():
        maps.append(OffsetMap(tuple(clean[start:end]), tuple(raw[start:end]), tuple(raw_end[start:end]), clean_len,
                              raw_len))
        start = end
    return maps


def offset_columns(folder: Path, *, n: int, limits: Mapping[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The offset columns of `n` articles, checked: (segments, 3) and (n, 3) (`LENGTHS`), every value >= 0, the
    segment ends rising to the number of segments."""
    segments = arrays.load(folder / OFFSETS, limit=limits[OFFSETS], dtypes=(np.int32, np.int64), shape=(None, 3),
                           mmap_mode=False)
    lengths = arrays.load(folder / LENGTHS, limit=limits[LENGTHS], dtypes=(np.int64,), shape=(n, 3),
                          mmap_mode=False)
    if segments.size and segments.min() < 0:
        raise damaged(folder / OFFSETS, "a negative offset")
    ends = lengths[:, 0]
    if (n and (lengths.min() < 0 or not arrays.nondecreasing(ends))) or (ends[-1] if n else 0) != len(segments):
        raise damaged(folder / LENGTHS, f"lengths below 0, or segment ends not rising to {len(segments)}")
    return segments, lengths


def _head(r: Any, o: OffsetMap | None, *, columns: bool) -> Article:
    """Row `r` of articles.jsonl as an `Article` without its text; its offset map `o` from the columns, or (not
    `columns`: an index written before them) its own "offsets"."""
    if not isinstance(r, dict) or not all(isinstance(r.get(k), str) for k in ("doc_id", "path", "title")):
        raise ValueError("a row without doc_id, path and title strings")
    meta, offsets = r.get("metadata"), r.get("offsets")
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        raise ValueError(f"metadata of {r['doc_id']!r} is not strings")
    if columns:
        if o is None:
            raise ValueError(f"no offsets for {r['doc_id']!r} in {LENGTHS}")
    elif not isinstance(offsets, dict) or not all(_ints(offsets.get(k)) for k in OffsetMap.__slots__):
        raise ValueError(f"offsets of {r['doc_id']!r} are not integers")
    else:
        o = OffsetMap.from_json(offsets)
        if not len(o.clean_starts) == len(o.raw_starts) == len(o.raw_ends):
            raise ValueError(f"offsets of {r['doc_id']!r} are not three lists of one length")
    if not _ints(r.get("text_offset")) or not _ints(r.get("line", 0)) or not isinstance(r.get("checksum", ""), str):
        raise ValueError(f"text_offset, line or checksum of {r['doc_id']!r} is not an integer or a string")
    return Article(doc_id=r["doc_id"], path=r["path"], title=r["title"], text="", offsets=o,
                   text_offset=r["text_offset"], metadata=meta, checksum=r.get("checksum", ""), line=r.get("line", 0))


def _ints(value: object) -> bool:
    """An integer >= 0 (not a bool), or a list of them (types checked as a set: an add reads every article's
    offsets, 1.4M integers at 82k chunks)."""
    values = value if isinstance(value, list) else [value]
    return not values or (set(map(type, values)) == {int} and min(values) >= 0)
