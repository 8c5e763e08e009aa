"""What a rebuild reuses from the live version: its articles, their sentence splits, and its vectors by content
hash, read once from a version the store has already opened and checked.

Splits are reused only from a version built with the same build settings and pipeline, vectors only from one
built with the same model; anything unreadable means "reuse nothing", never a failed build.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from qa import bm25_files, dense, rows, vector_rows
from qa.carry import PreviousRows, read_rows
from qa.config import PIPELINE_VERSION, Settings
from qa.embed import Embedder
from qa.errors import QAError
from qa.graph import Graph, previous_graph
from qa.passes import ChunkInput, ChunkVectors, EmbedPasses, embed_chunks, vector_key
from qa.records import Article, Chunk, Sentence
from qa.sparse import SparseIndex
from qa.split import ArticleSplit, Split
from qa.store import Version

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Previous:
    """The live version's articles, reusable splits (by doc_id), vectors (by content hash), HNSW graph and BM25
    segments (to update in place, `qa.graph`, `qa.bm25_update`), and the version itself (its unchanged files
    are linked, `qa.links`)."""

    articles: tuple[Article, ...] = ()
    splits: Mapping[str, ArticleSplit] = field(default_factory=dict)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    graph: Graph | None = None
    bm25: SparseIndex | None = None
    version: Version | None = None
    sentences: vector_rows.PreviousVectors | None = None
    rows: PreviousRows | None = None


def load_previous(version: Version | None, settings: Settings) -> Previous:
    """Read `version` once for what a build with `settings` can reuse; an empty `Previous` when nothing."""
    if version is None:
        return Previous()
    manifest, path = version.manifest, version.path
    try:
        tables = rows.read_tables(path, manifest, hashes=True)  # every row checked against the others
        same_split = manifest.settings == settings.build_key() and manifest.pipeline == PIPELINE_VERSION
        splits = _splits(tables) if same_split else {}
        carried = read_rows(path, manifest, tables, settings.dedup_threshold) if same_split else None
        same_model = manifest.model.name == settings.model
        vectors, graph, sentences = _vectors(version, tables) if same_model else ({}, None, None)
        bm25 = bm25_files.read_sparse(path, mmap=True, n_docs=manifest.counts.chunks, limits={
            name: e.bytes for name, e in manifest.files.items()}) if same_split else None
    except (QAError, KeyError, TypeError, ValueError, IndexError, RuntimeError) as e:  # a damaged or planted file
        logger.info("not reusing splits or embeddings from %s: %s", path, e)
        return Previous()
    return Previous(tables.articles, splits, vectors, graph, bm25, version, sentences, carried)


def _splits(tables: rows.Tables) -> dict[str, ArticleSplit]:
    """Each article's sentences and chunks, chunk sentence rows made local to the article again (columns read
    as lists at once, article by article: a mapped array read one element at a time costs ~1 us an element)."""
    articles, chunks, sentences = tables.articles, tables.chunks, tables.sentences
    s_at = np.searchsorted(np.asarray(sentences.doc), np.arange(len(articles) + 1)).tolist()
    c_at = np.searchsorted(np.asarray(chunks.doc), np.arange(len(articles) + 1)).tolist()
    spans = np.asarray(sentences.spans).tolist()
    columns = np.asarray(chunks.table[:, 1:6]).tolist()  # start, end, n_tokens, first_sentence, last_sentence
    ids = list(chunks.chunk_id)
    splits = {}
    for doc, a in enumerate(articles):
        base, text = s_at[doc], a.text
        split = splits[a.doc_id] = ArticleSplit(a.title, text, [], [])
        split.sentences.extend(Sentence(a.doc_id, s, e, text[s:e]) for s, e in spans[s_at[doc]:s_at[doc + 1]])
        split.chunks.extend(Chunk(ids[row], a.doc_id, s, e, text[s:e], n, first - base, last - base)
                            for row, (s, e, n, first, last) in enumerate(columns[c_at[doc]:c_at[doc + 1]],
                                                                       start=c_at[doc]))
    return splits


def _vectors(version: Version, tables: rows.Tables
             ) -> tuple[dict[str, np.ndarray], Graph | None, vector_rows.PreviousVectors]:
    """hash -> vector for every chunk and sentence of `version` (both files checked against the manifest), and
    its HNSW graph if it has one. Read into memory, not mapped: every vector is read anyway, and a graph grows."""
    path, m = version.path, version.manifest
    index = dense.read_dense(path / dense.FILE, mmap=False, dim=m.model.dim, ntotal=m.counts.chunks,
                             limit=rows.limit_of(path, m, dense.FILE))
    svectors = vector_rows.read(path, m)
    hashes = list(tables.sentences.hashes)  # decoded once: for the cache and for the sentence vectors' row map
    cache = dict(zip(tables.chunks.hashes, dense.vectors_of(index), strict=True))
    cache.update(zip(hashes, svectors, strict=True))  # float16 rows, widened when gathered
    return cache, previous_graph(index, tables.chunks.hashes), vector_rows.PreviousVectors(svectors, hashes)


@dataclass(frozen=True, slots=True)
class Embedded:
    """The vectors of a split's chunks and sentences, their cache keys, how many were new, and the word pieces
    the model read for them."""

    chunks: np.ndarray
    chunk_hashes: list[str]
    sentences: np.ndarray
    sentence_hashes: list[str]
    n_new: int
    word_pieces: int = 0


# embed(embedder, inputs, *, mode, batch_size, progress) -> ChunkVectors: `embed_chunks`' signature.
EmbedChunks = Callable[..., ChunkVectors]


def embed_split(embedder: Embedder, split: Split, cache: dict[str, np.ndarray], settings: Settings, *,
                progress: bool, embed: EmbedChunks | None = None) -> Embedded:
    """Vectors of every chunk and sentence of `split`, asking `embed_chunks` (or `embed`, a Ray actor pool
    running it on the workers) only for what `cache` lacks.

    Each sentence is asked of the first chunk that holds it (in "chunks" mode it takes that chunk's context).
    """
    mode, batch_size = settings.embed_passes, settings.embed_batch
    inputs = [chunk_input(split, i) for i in range(len(split.chunks))]
    owner = sentence_owners(split)
    chunk_keys = [vector_key(embedder.name, mode, c.text) for c in inputs]
    sentence_keys = [_sentence_key(embedder.name, mode, inputs[owner[s]], s - split.chunks[owner[s]].first_sentence,
                                   split.sentences[s].text) for s in range(len(split.sentences))]
    shape = (embedder.dim,)  # a planted index's vectors of another width are not reused
    fresh: set[str] = set()
    asks: dict[int, list[int]] = {}  # chunk row -> its sentences (local) whose vectors are wanted
    for i, key in enumerate(chunk_keys):
        if _missing(key, cache, shape, fresh):
            asks.setdefault(i, [])
    for s, key in enumerate(sentence_keys):
        if _missing(key, cache, shape, fresh):
            asks.setdefault(owner[s], []).append(s - split.chunks[owner[s]].first_sentence)
    rows = sorted(asks)
    batch = [replace(inputs[i], wanted=tuple(asks[i])) for i in rows]
    out = (embed or embed_chunks)(embedder, batch, mode=mode, batch_size=batch_size, progress=progress)
    cache.update(zip((chunk_keys[i] for i in rows), out.chunks, strict=True))
    wanted = [sentence_keys[split.chunks[i].first_sentence + j] for i in rows for j in asks[i]]
    cache.update(zip(wanted, out.sentences, strict=True))
    return Embedded(_gather(chunk_keys, cache, embedder.dim), chunk_keys, _gather(sentence_keys, cache, embedder.dim),
                    sentence_keys, len(fresh), out.word_pieces)


def chunk_input(split: Split, i: int) -> ChunkInput:
    """Chunk `i` as the model reads it: its input text and its sentences' spans in that text."""
    c, text = split.chunks[i], split.chunk_inputs[i]
    base = len(text) - len(c.text)  # the title line before the chunk text
    spans = tuple((base + s.start - c.start, base + s.end - c.start)
                  for s in split.sentences[c.first_sentence:c.last_sentence])
    return ChunkInput(text, spans)


def sentence_owners(split: Split) -> list[int]:
    """For each sentence, the first chunk that holds it."""
    owner = [-1] * len(split.sentences)
    for i, c in enumerate(split.chunks):
        for s in range(c.first_sentence, c.last_sentence):
            if owner[s] < 0:
                owner[s] = i
    return owner


def _sentence_key(model: str, mode: EmbedPasses, chunk: ChunkInput, local: int, text: str) -> str:
    if mode == "chunks":
        return vector_key(model, mode, chunk.text, chunk.spans[local])
    return vector_key(model, mode, text)


def _missing(key: str, cache: dict[str, np.ndarray], shape: tuple[int, ...], fresh: set[str]) -> bool:
    """True (once per key) when `key` must be embedded: not cached, or cached at another width."""
    if key in fresh or (key in cache and cache[key].shape == shape):
        return False
    fresh.add(key)
    return True


def _gather(keys: Sequence[str], cache: dict[str, np.ndarray], dim: int) -> np.ndarray:
    vectors = np.zeros((len(keys), dim), dtype=np.float32)
    for i, key in enumerate(keys):
        vectors[i] = cache[key]
    return vectors
