"""What a rebuild reuses from the live version: its articles, their sentence splits, and its vectors by content
hash, read once from a version the store has already opened and checked.

Splits are reused only from a version built with the same build settings and pipeline, vectors only from one
built with the same model; anything unreadable means "reuse nothing", never a failed build.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from qa import dense, rows
from qa.config import PIPELINE_VERSION, Settings
from qa.embed import Embedder, content_hash
from qa.errors import QAError
from qa.records import Article, Chunk, Sentence
from qa.split import ArticleSplit
from qa.store import Version

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Previous:
    """The live version's articles, reusable splits (by doc_id) and vectors (by content hash)."""

    articles: tuple[Article, ...] = ()
    splits: Mapping[str, ArticleSplit] = field(default_factory=dict)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)


def load_previous(version: Version | None, settings: Settings) -> Previous:
    """Read `version` once for what a build with `settings` can reuse; an empty `Previous` when nothing."""
    if version is None:
        return Previous()
    manifest, path = version.manifest, version.path
    try:
        tables = rows.read_tables(path, manifest, hashes=True)  # every row checked against the others
        same_split = manifest.settings == settings.build_key() and manifest.pipeline == PIPELINE_VERSION
        splits = _splits(tables) if same_split else {}
        same_model = manifest.model.name == settings.model
        vectors = _vectors(version, tables) if same_model else {}
    except (QAError, KeyError, TypeError, ValueError, IndexError, RuntimeError) as e:  # a damaged or planted file
        logger.info("not reusing splits or embeddings from %s: %s", path, e)
        return Previous()
    return Previous(tables.articles, splits, vectors)


def _splits(tables: rows.Tables) -> dict[str, ArticleSplit]:
    """Each article's sentences and chunks, chunk sentence rows made local to the article again."""
    articles, chunks, sentences = tables.articles, tables.chunks, tables.sentences
    splits = {a.doc_id: ArticleSplit(a.title, a.text, [], []) for a in articles}
    firsts: dict[int, int] = {}
    for row in range(len(sentences)):
        doc, start, end = int(sentences.doc[row]), int(sentences.start[row]), int(sentences.end[row])
        a = articles[doc]
        firsts.setdefault(doc, row)
        splits[a.doc_id].sentences.append(Sentence(a.doc_id, start, end, a.text[start:end]))
    for row in range(len(chunks)):
        doc, start, end = int(chunks.doc[row]), int(chunks.start[row]), int(chunks.end[row])
        a, base = articles[doc], firsts[doc]
        splits[a.doc_id].chunks.append(Chunk(
            chunks.chunk_id[row], a.doc_id, start, end, a.text[start:end], int(chunks.n_tokens[row]),
            int(chunks.first_sentence[row]) - base, int(chunks.last_sentence[row]) - base))
    return splits


def _vectors(version: Version, tables: rows.Tables) -> dict[str, np.ndarray]:
    """hash -> vector for every chunk and sentence of `version` (both files checked against the manifest)."""
    path, m = version.path, version.manifest
    index = dense.read_dense(path / dense.FILE, mmap=True, dim=m.model.dim, ntotal=m.counts.chunks,
                             limit=rows.limit_of(path, m, dense.FILE))
    svectors = dense.read_sentence_vectors(path / dense.SENTENCE_FILE, n=m.counts.sentences, dim=m.model.dim,
                                           limit=rows.limit_of(path, m, dense.SENTENCE_FILE), mmap=True)
    cache = dict(zip(tables.chunks.hashes, dense.vectors_of(index), strict=True))
    cache.update((h, np.asarray(v, dtype=np.float32)) for h, v in zip(tables.sentences.hashes, svectors, strict=True))
    return cache


def embed_with_cache(embedder: Embedder, texts: Sequence[str], cache: dict[str, np.ndarray], *,
                     batch_size: int, progress: bool, encode: Callable[..., np.ndarray] | None = None
                     ) -> tuple[np.ndarray, list[str], int]:
    """Vectors for `texts`, embedding only texts whose hash is not cached; returns (vectors, hashes, n_new).

    `encode` stands in for `embedder.encode` (same signature): a Ray actor pool calling it on the workers."""
    hashes = [content_hash(embedder.name, t) for t in texts]
    shape = (embedder.dim,)  # a planted index's vectors of another width are not reused
    todo = {h: t for h, t in zip(hashes, texts, strict=True) if h not in cache or cache[h].shape != shape}
    if todo:
        fresh = (encode or embedder.encode)(list(todo.values()), batch_size=batch_size, progress=progress)
        cache.update(zip(todo.keys(), fresh, strict=True))
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, h in enumerate(hashes):
        vectors[i] = cache[h]
    return vectors, hashes, len(todo)
