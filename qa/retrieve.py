"""A loaded index and hybrid retrieval: BM25 top-N and dense top-N fused by weighted RRF, duplicates collapsed.

Fusion adds a third list (the fused head re-ordered by each chunk's best sentence) and boosts chunks from a
publication or day the question names ("as reported by TechCrunch", "on October 19, 2023").

`load_index(dir)` reads one version of an index folder; module-level `retrieve()` keeps one loaded index
per folder and reloads it when a rebuild swaps in a new version.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from qa import dense, sparse, store
from qa.build import display_title
from qa.clean import fold_text
from qa.config import Settings
from qa.embed import Embedder, load_embedder
from qa.errors import IndexCorruptError
from qa.fuse import rrf
from qa.query import QueryHints, SourceMatcher, analyze, date_match, source_match, source_matcher
from qa.records import Article, Passage, Sentence
from qa.tokens import tokenize

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000  # the model reads 256 word pieces; BM25 gains nothing from a 100 KB question


@dataclass(frozen=True, slots=True)
class Ranked:
    """One question's rankings: BM25 and dense rows best first, the fused rows, and the query vector."""

    question: str
    bm25: list[tuple[int, float]]
    dense: list[tuple[int, float]]
    fused: list[tuple[int, float]]
    query_vector: np.ndarray
    hints: QueryHints = QueryHints()


CHUNK_COLUMNS = ("doc", "start", "end", "first_sentence", "last_sentence", "dup_of")
SENTENCE_COLUMNS = ("doc", "start", "end", "dup_of")


@dataclass(frozen=True, slots=True)
class Index:
    """One version of an index folder, loaded. Chunks and sentences are spans into `articles[i].text`."""

    folder: Path
    version: Path
    manifest: dict[str, Any]
    articles: tuple[Article, ...]
    chunk_ids: tuple[str, ...]
    chunk_doc: np.ndarray
    chunk_span: np.ndarray  # (n, 2) start, end
    chunk_sentences: np.ndarray  # (n, 2) first, last (exclusive), global sentence rows
    chunk_dup: np.ndarray
    sentence_doc: np.ndarray
    sentence_span: np.ndarray
    sentence_dup: np.ndarray
    sentence_vectors: np.ndarray
    bm25: sparse.SparseIndex
    dense_index: Any
    sources: SourceMatcher = field(default_factory=lambda: source_matcher(()))
    settings: Settings = field(default_factory=Settings)
    _groups: dict[int, tuple[int, ...]] = field(default_factory=dict)
    _doc_rows: dict[str, int] = field(default_factory=dict)

    @property
    def embedder(self) -> Embedder:
        """The model the index was built with (loaded once per process)."""
        return load_embedder(self.manifest["model"]["name"], dtype=self.settings.dtype)

    def article(self, doc_id: str) -> Article:
        """The article with `doc_id` (KeyError if the index has none)."""
        return self.articles[self._doc_rows[doc_id]]

    def chunk_text(self, row: int) -> str:
        """Text of chunk `row`."""
        start, end = self.chunk_span[row]
        return self.articles[self.chunk_doc[row]].text[start:end]

    def sentence(self, row: int) -> Sentence:
        """Sentence `row` as a record."""
        article = self.articles[self.sentence_doc[row]]
        start, end = (int(x) for x in self.sentence_span[row])
        return Sentence(article.doc_id, start, end, article.text[start:end])

    def duplicates_of(self, row: int) -> tuple[int, ...]:
        """Other chunks in `row`'s near-duplicate group."""
        return tuple(r for r in self._groups.get(int(self.chunk_dup[row]), ()) if r != row)

    def rank(self, question: str, *, candidates: int | None = None, bm25_weight: float | None = None,
             dense_weight: float | None = None) -> Ranked:
        """BM25 and dense top-`candidates` for `question` (folded like the articles), and their fusion."""
        n = candidates or self.settings.candidates
        question = question[:MAX_QUESTION_CHARS]
        folded = fold_text(question).strip()
        if not any(ch.isalnum() for ch in folded):  # no words: only punctuation, symbols or emoji
            return Ranked(question, [], [], [], np.zeros(self.sentence_vectors.shape[1], dtype=np.float32))
        qvec = self.embedder.encode([folded])[0]
        by_bm25 = self.bm25.search(tokenize(folded), n)
        by_dense = dense.search_dense(self.dense_index, qvec, n)
        s = self.settings
        weights = {"bm25": s.bm25_weight if bm25_weight is None else bm25_weight,
                   "dense": s.dense_weight if dense_weight is None else dense_weight}
        fused = dict(rrf({"bm25": [r for r, _ in by_bm25], "dense": [r for r, _ in by_dense]}, weights, k=s.rrf_k))
        hints = analyze(folded, self.sources)
        if hints:
            for row in fused:
                meta = self.articles[self.chunk_doc[row]].metadata
                fused[row] += s.source_boost * source_match(hints, meta) + s.date_boost * date_match(hints, meta)
        if s.sentence_weight:
            head = sorted(fused, key=lambda r: (-fused[r], r))[:s.sentence_pool]
            for rank, row in enumerate(self._by_best_sentence(head, qvec), start=1):
                fused[row] += s.sentence_weight / (s.rrf_k + rank)
        return Ranked(folded, by_bm25, by_dense, sorted(fused.items(), key=lambda kv: (-kv[1], kv[0])), qvec, hints)

    def _by_best_sentence(self, rows: list[int], qvec: np.ndarray) -> list[int]:
        """`rows` ordered by their best sentence's cosine to the question vector, best first (stable)."""
        spans = [range(*(int(x) for x in self.chunk_sentences[r])) for r in rows]
        flat = np.fromiter((i for span in spans for i in span), dtype=np.int64)
        if not flat.size:
            return rows
        cos = np.asarray(self.sentence_vectors[flat], dtype=np.float32) @ qvec
        best, at = [], 0
        for span in spans:
            best.append(float(cos[at:at + len(span)].max()) if len(span) else -1.0)
            at += len(span)
        return [rows[i] for i in np.argsort(-np.asarray(best), kind="stable")]

    def passages(self, ranked: Ranked, k: int) -> list[Passage]:
        """The top `k` fused chunks as passages, one per near-duplicate group, naming the other copies."""
        bm25_rank = {row: i for i, (row, _) in enumerate(ranked.bm25, start=1)}
        dense_rank = {row: i for i, (row, _) in enumerate(ranked.dense, start=1)}
        seen_groups: set[int] = set()
        out: list[Passage] = []
        for row, score in ranked.fused:
            group = int(self.chunk_dup[row])
            if group in seen_groups:
                continue
            seen_groups.add(group)
            out.append(self._passage(row, score, bm25_rank.get(row), dense_rank.get(row)))
            if len(out) == k:
                break
        return out

    def _passage(self, row: int, score: float, bm25_rank: int | None, dense_rank: int | None) -> Passage:
        article = self.articles[self.chunk_doc[row]]
        start, end = (int(x) for x in self.chunk_span[row])
        others = []
        for r in self.duplicates_of(row):
            doc_id = self.articles[self.chunk_doc[r]].doc_id
            if doc_id != article.doc_id and doc_id not in others:
                others.append(doc_id)
        return Passage(
            chunk_id=self.chunk_ids[row], doc_id=article.doc_id, title=display_title(article), path=article.path,
            text=article.text[start:end], start=start, end=end, score=score, bm25_rank=bm25_rank,
            dense_rank=dense_rank, metadata=article.metadata, duplicates=tuple(others),
        )

    def retrieve(self, question: str, k: int = 5, *, bm25_weight: float | None = None,
                 dense_weight: float | None = None, candidates: int | None = None) -> list[Passage]:
        """The `k` best passages for `question`; [] when the question has no words."""
        ranked = self.rank(question, candidates=candidates, bm25_weight=bm25_weight, dense_weight=dense_weight)
        return self.passages(ranked, k)


def load_index(index_dir: str | Path = "index", *, model: str | None = None, verify: bool = True) -> Index:
    """Load the live version of `index_dir`.

    Raises:
        IndexMissingError: nothing built there yet.
        IndexStaleError: built by another format version, or with another model than `model` (default:
            the bundled all-MiniLM-L6-v2; an index naming another model loads only when `model` names it).
        IndexCorruptError: a file is missing, truncated or fails its checksum.
    """
    folder = Path(index_dir)
    version = store.current_version(folder)
    manifest = store.read_manifest(version)
    store.model_to_load(version, manifest, model)
    store.verify_files(version, manifest, checksums=verify)
    try:
        return _read_version(folder, version, manifest)
    except (KeyError, ValueError, TypeError, RuntimeError) as e:
        raise IndexCorruptError(f"index in {version} is damaged ({e}): rebuild with `qa-index build`") from e


def _read_version(folder: Path, version: Path, manifest: dict[str, Any]) -> Index:
    articles = store.read_articles(version)
    chunks, chunk_ids = store.read_columns(version / "chunks.jsonl", CHUNK_COLUMNS, text_column="chunk_id")
    sentences, _ = store.read_columns(version / "sentences.jsonl", SENTENCE_COLUMNS)
    chunk_dup = chunks["dup_of"]
    groups: dict[int, list[int]] = {}
    for row in np.flatnonzero(chunk_dup != np.arange(len(chunk_dup))):
        groups.setdefault(int(chunk_dup[row]), [int(chunk_dup[row])]).append(int(row))
    index = Index(
        folder=folder, version=version, manifest=manifest, articles=articles, chunk_ids=tuple(chunk_ids),
        chunk_doc=chunks["doc"], chunk_span=np.stack([chunks["start"], chunks["end"]], axis=1),
        chunk_sentences=np.stack([chunks["first_sentence"], chunks["last_sentence"]], axis=1),
        chunk_dup=chunk_dup, sentence_doc=sentences["doc"],
        sentence_span=np.stack([sentences["start"], sentences["end"]], axis=1), sentence_dup=sentences["dup_of"],
        sentence_vectors=np.load(version / "sentence_vectors.npy", allow_pickle=False, mmap_mode="r"),
        bm25=sparse.read_sparse(version, mmap=True), dense_index=dense.read_dense(version / "dense.faiss", mmap=True),
        sources=source_matcher(a.metadata.get("source", "") for a in articles),
        settings=Settings(**manifest["settings"]), _groups={rep: tuple(rows) for rep, rows in groups.items()},
        _doc_rows={a.doc_id: i for i, a in enumerate(articles)},
    )
    n, n_sentences = len(chunk_ids), len(index.sentence_doc)
    if index.dense_index.ntotal != n or index.bm25.n_docs != n or len(index.sentence_vectors) != n_sentences:
        raise ValueError("chunk, BM25, FAISS and sentence counts disagree")
    return index


_cache: dict[tuple[Path, str | None], tuple[str, Index]] = {}
_cache_lock = threading.Lock()


def cached_index(index_dir: str | Path = "index", *, model: str | None = None) -> Index:
    """The loaded index of `index_dir`, reloaded when its CURRENT pointer names a new version."""
    key = (Path(index_dir).resolve(), model)
    current = store.current_version(key[0]).name
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == current:
            return hit[1]
        index = load_index(key[0], model=model)
        _cache[key] = (index.version.name, index)
        return index


def retrieve(question: str, k: int = 5, *, index_dir: str | Path = "index", bm25_weight: float | None = None,
             dense_weight: float | None = None, candidates: int | None = None,
             model: str | None = None) -> list[Passage]:
    """Hybrid retrieval over the index in `index_dir`: the `k` best passages for `question`.

    >>> import qa
    >>> qa.retrieve("Which islands does the Tsugaru Strait separate?", k=1)[0].title  # doctest: +SKIP
    'Russian warships pass through Japan strait, possibly on way to Ukraine'
    """
    return cached_index(index_dir, model=model).retrieve(question, k, bm25_weight=bm25_weight,
                                                         dense_weight=dense_weight, candidates=candidates)
