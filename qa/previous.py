"""What a rebuild reuses from the live version: its articles, their sentence splits, and its vectors (by row
where a row carries over, else by content hash: `qa.known`), read once from a version the store has opened.

Splits are reused only from a version built with the same build settings and pipeline, vectors only from one
built with the same model; anything unreadable means "reuse nothing", never a failed build.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from qa import bm25_files, dense, dense_files, rows, segments, vector_rows
from qa.carry import Carried, PreviousRows, read_rows
from qa.columns import FixedStrings
from qa.config import PIPELINE_VERSION, Settings
from qa.embed import Embedder
from qa.errors import QAError
from qa.graph import Graph, previous_graph
from qa.known import Found, Known, find, read_known, vector_of
from qa.passes import ChunkInput, ChunkVectors, EmbedPasses, embed_chunks, vector_key
from qa.records import Article
from qa.spans import ChunkSpans, Rows, SentenceSpans, chunk_columns_of
from qa.sparse import SparseIndex
from qa.split import ArticleSplit, Split
from qa.store import Version

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Previous:
    """The live version's articles, reusable splits (by doc_id), vectors (`qa.known`), HNSW graph and BM25 segments (to
    update in place: `qa.graph`, `qa.bm25_update`) and the version itself (its unchanged files linked: `qa.links`)."""

    articles: tuple[Article, ...] = ()
    splits: Mapping[str, ArticleSplit] = field(default_factory=dict)
    vectors: Known | None = None
    graph: Graph | None = None
    bm25: SparseIndex | None = None
    version: Version | None = None
    rows: PreviousRows | None = None


def load_previous(version: Version | None, settings: Settings) -> Previous:
    """Read `version` once for what a build with `settings` can reuse; an empty `Previous` when nothing."""
    if version is None:
        return Previous()
    manifest, path = version.manifest, version.path
    try:
        tables = rows.read_tables(path, manifest, hashes=True)  # every row checked against the others
        same_split = manifest.settings == settings.build_key() and manifest.pipeline == PIPELINE_VERSION
        carried = read_rows(path, manifest, tables, settings.dedup_threshold) if same_split else None
        articles = tuple(tables.articles) if carried is not None else ()  # each text decoded once, kept by the spans
        splits = _splits(articles, tables, carried) if carried is not None else {}
        same_model = manifest.model.name == settings.model
        vectors, graph = _vectors(version, tables) if same_model else (None, None)
        bm25 = bm25_files.read_sparse(path, n_docs=manifest.counts.chunks, limits={
            name: e.bytes for name, e in manifest.files.items()}) if same_split else None
    except (QAError, KeyError, TypeError, ValueError, IndexError, RuntimeError) as e:  # a damaged or planted file
        logger.info("not reusing splits or embeddings from %s: %s", path, e)
        return Previous()
    return Previous(articles or tables.articles, splits, vectors, graph, bm25, version, carried)


def _splits(articles: Sequence[Article], tables: rows.Tables, carried: PreviousRows) -> dict[str, ArticleSplit]:
    """Each article's sentences and chunks as spans of its text (`qa.spans`: records made only for rows asked for), its
    chunks' sentence rows made local to the article again."""
    # The columns are read into memory at once (a mapped array read one element at a time costs ~1 us an element), each
    # article's rows found by `read_rows`' starts.
    s_at, c_at = carried.sentences.starts.tolist(), carried.chunks.starts.tolist()
    spans = np.asarray(tables.sentences.spans)
    columns = np.asarray(tables.chunks.table[:, 1:6], dtype=np.int64)  # start, end, n_tokens, first, last sentence
    ids = tables.chunks.chunk_id  # read when a record is made (`spans.Rows`)
    titles = [None] * len(articles) if carried.title_tokens is None else carried.title_tokens.tolist()
    splits = {}
    for doc, a in enumerate(articles):
        text, c, d = a.text, c_at[doc], c_at[doc + 1]
        chunks = ChunkSpans(a.doc_id, text, columns[c:d], Rows(ids, c, d), -s_at[doc])
        splits[a.doc_id] = ArticleSplit(a.title, text, SentenceSpans(a.doc_id, text, spans[s_at[doc]:s_at[doc + 1]]),
                                        chunks, titles[doc])
    return splits


def _vectors(version: Version, tables: rows.Tables) -> tuple[Known | None, Graph | None]:
    """The vectors of every chunk and sentence of `version` with their keys (both files checked against the manifest),
    and its HNSW graph if it has one."""
    # The chunk vectors are copied in row order (every one is read anyway); the sentence vectors and a graph's file stay
    # mapped (a graph kept is not read whole).
    path, m = version.path, version.manifest
    index = dense_files.read(path, m, mmap=True)
    known = read_known(index, tables.chunks.hashes, vector_rows.read(path, m), tables.sentences.hashes)
    return known, previous_graph(index, path / dense.FILE, rows.limit_of(path, m, dense.FILE))


@dataclass(frozen=True, slots=True)
class Embedded:
    """The vectors of a split's chunks and sentences (the sentences' as rows of the previous version's where it
    had them, `vector_rows.NewVectors`), their cache keys, how many were new, and the word pieces the model read."""

    chunks: np.ndarray | vector_rows.NewVectors
    chunk_hashes: Sequence[str]
    sentences: np.ndarray | vector_rows.NewVectors
    sentence_hashes: Sequence[str]
    n_new: int
    word_pieces: int = 0
    chunk_source: np.ndarray | None = None  # each chunk's previous row whose stored vector it is (-1: none)


# embed(embedder, inputs, *, mode, batch_size, progress) -> ChunkVectors: `embed_chunks`' signature.
EmbedChunks = Callable[..., ChunkVectors]


@dataclass(frozen=True, slots=True, eq=False)
class Reuse:
    """What a build reuses of the previous version's vectors: them and their keys, and for each new chunk and
    sentence row the previous row it carries over (`qa.carry`; None: rows are matched by key only)."""

    known: Known
    rows: Carried | None = None


@dataclass(frozen=True, slots=True, eq=False)
class _Rows:
    """One kind of row of a split: each row's previous row (-1: none), the other rows, their cache keys, and
    where the previous version holds those keys."""

    old: np.ndarray
    new: list[int]
    keys: list[str]
    found: Found


def embed_split(embedder: Embedder, split: Split, reuse: Reuse | None, settings: Settings, *, progress: bool,
                embed: EmbedChunks | None = None) -> Embedded:
    """Vectors of every chunk and sentence of `split`, asking `embed_chunks` (or `embed`, on Ray) only for what
    the previous version lacks: carried rows take their previous row's vector and key, others are found by key."""
    # Each sentence is asked of the first chunk that holds it (in "chunks" mode it takes that chunk's context).
    mode, dim, name = settings.embed_passes, embedder.dim, embedder.name
    known = reuse.known if reuse is not None and _fits(reuse.known, dim, mode) else None
    carried = reuse.rows if reuse is not None and known is not None else None
    inputs: dict[int, ChunkInput] = {}

    def input_of(i: int) -> ChunkInput:
        if i not in inputs:
            inputs[i] = chunk_input(split, i)
        return inputs[i]

    def sentence_key(i: int, local: int) -> str:  # sentence `local` of chunk `i`, read in that chunk
        return _sentence_key(name, mode, input_of(i), local, split.sentences[split.chunks[i].first_sentence + local]
                             .text)

    c = _rows(None if carried is None else carried.chunks, len(split.chunks), known,
              lambda i: vector_key(name, mode, input_of(i).text))
    owner = sentence_owners(split) if carried is None or (carried.sentences < 0).any() else []
    s = _rows(None if carried is None else carried.sentences, len(split.sentences), known,
              lambda x: sentence_key(owner[x], x - split.chunks[owner[x]].first_sentence))
    fresh: set[str] = set()
    asks: dict[int, list[int]] = {}  # chunk row -> its sentences (local) whose vectors are wanted
    for j, i in enumerate(c.new):
        if _missing(c.keys[j], c.found, j, fresh):
            asks.setdefault(i, [])
    for j, x in enumerate(s.new):
        if _missing(s.keys[j], s.found, j, fresh):
            asks.setdefault(owner[x], []).append(x - split.chunks[owner[x]].first_sentence)
    rows = sorted(asks)
    out = (embed or embed_chunks)(embedder, [replace(input_of(i), wanted=tuple(asks[i])) for i in rows], mode=mode,
                                  batch_size=settings.embed_batch, progress=progress)
    made = dict(zip((vector_key(name, mode, input_of(i).text) for i in rows), out.chunks, strict=True))
    made.update(zip((sentence_key(i, j) for i in rows for j in asks[i]), out.sentences, strict=True))
    if known is None:
        chunks = _stack([_vector(made, k, None, c.found, j) for j, k in enumerate(c.keys)], dim, np.float32)
        sentences = _stack([_vector(made, k, None, s.found, j) for j, k in enumerate(s.keys)], dim, np.float32)
        return Embedded(chunks, c.keys, sentences, s.keys, len(fresh), out.word_pieces)
    source = _sources(c)  # rows taking a previous chunk's stored vector are that row, read when asked
    chunks = vector_rows.NewVectors(known.chunks, source, _stack(
        [_vector(made, c.keys[j], known, c.found, j) for j, i in enumerate(c.new) if source[i] < 0], dim, np.float32))
    return Embedded(chunks, _keys(known.chunk_keys, c), _sentence_vectors(made, s, known, dim),
                    _keys(known.sentence_keys, s), len(fresh), out.word_pieces, source)


def _fits(known: Known, dim: int, mode: EmbedPasses) -> bool:
    """False for a planted index's vectors of another width, or keys of another width (nothing reused)."""
    return known.dim == dim and known.chunk_keys.matrix.shape[1] == len(vector_key("", mode, ""))


def _rows(old: np.ndarray | None, n: int, known: Known | None, key: Callable[[int], str]) -> _Rows:
    old = np.full(n, -1, dtype=np.int64) if old is None else np.asarray(old, dtype=np.int64)
    new = np.flatnonzero(old < 0).tolist()
    keys = [key(i) for i in new]
    return _Rows(old, new, keys, find(known, keys))


def _sources(c: _Rows) -> np.ndarray:
    """Each chunk row's previous chunk row whose stored vector it took (carried over, or found by its key among
    the previous chunks and not the sentences, as `vector_of` looks), else -1: those keep their graph slot."""
    source = c.old.copy()
    if c.new:
        new = np.asarray(c.new)
        source[new] = np.where(c.found.sentence < 0, c.found.chunk, -1)
    return source


def _sentence_vectors(made: dict[str, np.ndarray], s: _Rows, known: Known, dim: int) -> vector_rows.NewVectors:
    """The sentence vectors as previous rows by position, and the rest (just embedded, or a previous chunk's)."""
    previous_row, parts = s.old.copy(), []
    for j, x in enumerate(s.new):
        if s.keys[j] not in made and s.found.sentence[j] >= 0:
            previous_row[x] = s.found.sentence[j]  # the same stored float16 bytes
        else:
            parts.append(_vector(made, s.keys[j], known, s.found, j))
    return vector_rows.NewVectors(known.sentences, previous_row, _stack(parts, dim, np.float16))


def _missing(key: str, found: Found, j: int, fresh: set[str]) -> bool:
    """True (once per key) when `key` must be embedded: the previous version has no row holding it."""
    if key in fresh or found.sentence[j] >= 0 or found.chunk[j] >= 0:
        return False
    fresh.add(key)
    return True


def _vector(made: dict[str, np.ndarray], key: str, known: Known | None, found: Found, j: int) -> np.ndarray:
    """A just-embedded vector of `key`, else the previous version's."""
    v = made.get(key)
    if v is None and known is not None:
        v = vector_of(known, found, j)
    assert v is not None
    return v


def _stack(rows: Sequence[np.ndarray], dim: int, dtype: type) -> np.ndarray:
    return np.asarray(rows, dtype=dtype).reshape(len(rows), dim)


def _keys(previous: FixedStrings, rows: _Rows) -> FixedStrings:
    """Each row's cache key: a carried row's the previous column's row (read through, not copied: its bytes are
    linked as they are, `qa.text_rows`), the others' computed."""
    old = previous.matrix if isinstance(previous.matrix, segments.Stacked) else segments.Stacked(previous.matrix)
    fresh = np.frombuffer("".join(rows.keys).encode("ascii"), dtype=np.uint8).reshape(len(rows.new), old.shape[1])
    return FixedStrings(segments.NewRows(old, rows.old, fresh))


def chunk_input(split: Split, i: int) -> ChunkInput:
    """Chunk `i` as the model reads it: its input text and its sentences' spans in that text."""
    c, text = split.chunks[i], split.chunk_inputs[i]
    base = len(text) - len(c.text)  # the title line before the chunk text
    spans = tuple((base + s.start - c.start, base + s.end - c.start)
                  for s in split.sentences[c.first_sentence:c.last_sentence])
    return ChunkInput(text, spans)


def sentence_owners(split: Split) -> list[int]:
    """For each sentence, the first chunk that holds it (-1: none), from the chunk columns (no record made): chunks
    run in sentence order, so it is the first chunk ending after the sentence, if that chunk starts at or before it."""
    table = chunk_columns_of(split.chunks)
    first, last, x = table[:, 3], table[:, 4], np.arange(len(split.sentences))
    owner = np.searchsorted(last, x, side="right")
    inside = owner < len(first)
    inside[inside] = first[owner[inside]] <= x[inside]
    return np.where(inside, owner, -1).tolist()


def _sentence_key(model: str, mode: EmbedPasses, chunk: ChunkInput, local: int, text: str) -> str:
    if mode == "chunks":
        return vector_key(model, mode, chunk.text, chunk.spans[local])
    return vector_key(model, mode, text)
