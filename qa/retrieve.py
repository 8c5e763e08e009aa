"""A loaded index and hybrid retrieval: BM25 top-N and dense top-N fused by weighted RRF, duplicates collapsed.

Fusion adds a third list (the fused head re-ordered by each chunk's best sentence) and boosts chunks from a
publication or day the question names ("as reported by TechCrunch", "on October 19, 2023"). The steps are
the pure functions of `qa.fuse`; `Index.rank` composes them with the index's `Settings`, among the chunks a
filter keeps (`qa.filters`). `load_index(dir)` reads one version of an index folder; module-level `retrieve()`
keeps one loaded index per folder and reloads it when a rebuild swaps in a new version.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Unpack

import numpy as np

from qa import bm25_files, dense, dense_files, fuse, rows, store, vector_rows
from qa.config import Settings
from qa.copies import copy_groups, other_articles
from qa.diverse import clause_rankings, spread_head
from qa.errors import IndexCorruptError
from qa.filters import FilterArgs, make_filter
from qa.index_rows import IndexRows
from qa.query import QueryHints, date_match, published_day, source_match, source_matcher
from qa.question import Question, parse_question
from qa.records import Passage
from qa.spelling import Speller
from qa.tokens import tokenize

Hits = list[tuple[int, float]]


@dataclass(frozen=True, slots=True)
class Ranked:
    """One question's rankings: BM25 and dense rows best first, the fused rows, and the query vector."""

    question: Question
    bm25: Hits
    dense: Hits
    fused: Hits
    query_vector: np.ndarray
    allowed: np.ndarray | None = None  # the chunks a filter keeps (`Index.mask`); None: every chunk
    # The question's claims (`Question.claims`) being embedded on the worker threads, started before ranking so the
    # model runs while BM25, spaCy and scoring do (`qa.dialog`); () when not started: `qa.claim_quotes` embeds them.
    claim_vectors: tuple[Future[np.ndarray], ...] = ()


@dataclass(frozen=True, slots=True)
class Index(IndexRows):
    """One version of an index folder, loaded (`qa.index_rows`), and hybrid retrieval over it."""

    def question(self, asked: str, history: Sequence[Mapping[str, Any]] | None = None, *,
                 read: bool = True) -> Question:
        """`asked` (a follow-up resolved against `history`) analysed against this index's words and sources;
        without spaCy's reading when `read` is False (ranking does not use it: `qa.question.with_reading`)."""
        return parse_question(asked, history, vocabulary=self.bm25, sources=self.sources, speller=self.speller,
                              read=read)

    def candidates(self, question: Question, query_vector: np.ndarray | Future[np.ndarray], n: int,
                   allowed: np.ndarray | None = None) -> tuple[Hits, Hits]:
        """BM25 and dense top-`n` rows for the question (only `allowed` chunk rows, when given); a pending
        embedding (`Embedder.submit`'s, a batch of one) is awaited after BM25 scores, so the two overlap."""
        by_bm25 = self.bm25.search(tokenize(question.text), n, allowed)
        if isinstance(query_vector, Future):
            query_vector = query_vector.result()[0]
        return by_bm25, dense.search_dense(self.dense_index, query_vector, n, allowed)

    def best_sentence(self, rows_: Sequence[int], query_vector: np.ndarray) -> list[float]:
        """Each chunk's best sentence cosine to the question (-1 for a chunk without sentences)."""
        spans = [range(*(int(x) for x in self.chunk_sentences[r])) for r in rows_]
        flat = np.fromiter((i for span in spans for i in span), dtype=np.int64)
        cos = np.asarray(self.sentence_vectors[flat], dtype=np.float32) @ query_vector if flat.size else flat
        best, at = [], 0
        for span in spans:
            best.append(float(cos[at:at + len(span)].max()) if len(span) else -1.0)
            at += len(span)
        return best

    def bonus(self, hints: QueryHints, settings: Settings) -> Callable[[int], float]:
        """A chunk's boost: from a publication the question names, and from within a day of a day it names."""
        def of(row: int) -> float:
            meta = self.articles[self.chunk_doc[row]].metadata
            return settings.source_boost * source_match(hints, meta) + settings.date_boost * date_match(hints, meta)
        return of

    def fuse(self, question: Question, lists: tuple[Hits, Hits], query_vector: np.ndarray,
             settings: Settings | None = None, allowed: np.ndarray | None = None,
             clauses: list[list[int]] | None = None) -> Hits:
        """RRF of the BM25 and dense lists, boosts for named sources and days, the best-sentence list, each clause's
        BM25 list (`clauses`: searched already, else here) and, for a question needing several articles, the spread."""
        s = settings or self.settings
        bm25_hits, dense_hits = lists
        fused = fuse.rrf({"bm25": [r for r, _ in bm25_hits], "dense": [r for r, _ in dense_hits]},
                         {"bm25": s.bm25_weight, "dense": s.dense_weight}, k=s.rrf_k)
        if question.hints:
            fuse.boost(fused, self.bonus(question.hints, s))
        if s.sentence_weight:
            head = [r for r, _ in fuse.ordered(fused)[:s.sentence_pool]]
            by_sentence = fuse.sentence_list(head, self.best_sentence(head, query_vector))
            fuse.add_list(fused, by_sentence, s.sentence_weight, k=s.rrf_k)
        for ranking in self.clause_lists(question, s, allowed) if clauses is None else clauses:
            fuse.add_list(fused, ranking, s.clause_weight, k=s.rrf_k)
        return spread_head(fuse.ordered(fused), question.hints, lambda r: int(self.chunk_doc[r]),
                           lambda r: self.article_source[self.chunk_doc[r]], s)  # several articles needed: see several

    def clause_lists(self, question: Question, settings: Settings, allowed: np.ndarray | None) -> list[list[int]]:
        """Each clause's BM25 top rows, for a question needing several articles (`qa.diverse`); else []."""
        return clause_rankings(self.bm25, [c.tokens for c in question.clauses], question.hints, settings, allowed)

    def rank(self, question: Question, settings: Settings | None = None, allowed: np.ndarray | None = None,
             read: Callable[[Question], Question] | None = None) -> Ranked:
        """BM25 and dense top candidates among the `allowed` chunks (a filter's mask; None: all) and their fusion;
        empty for a question of no words or a mask that keeps no chunk. `read` gives the question the ranking carries
        (`qa.dialog`: spaCy's reading, made here while the model embeds the question; ranking reads `question`)."""
        # The question is embedded on a worker thread while BM25 scores it and its clauses here: the two overlap.
        s = settings or self.settings
        if not question.has_words or (allowed is not None and not allowed.any()):
            return Ranked(read(question) if read else question, [], [], [],
                          np.zeros(self.sentence_vectors.shape[1], dtype=np.float32), allowed)
        embedding = self.embedder.submit([question.text])
        carried = read(question) if read else question
        clauses = self.clause_lists(question, s, allowed)
        lists = self.candidates(question, embedding, s.candidates, allowed)
        qvec = embedding.result()[0]
        return Ranked(carried, *lists, self.fuse(question, lists, qvec, s, allowed, clauses), qvec, allowed)

    def passages(self, ranked: Ranked, k: int) -> list[Passage]:
        """The top `k` fused chunks as passages, one per near-duplicate group, naming the other copies."""
        bm25_rank = {row: i for i, (row, _) in enumerate(ranked.bm25, start=1)}
        dense_rank = {row: i for i, (row, _) in enumerate(ranked.dense, start=1)}
        score = dict(ranked.fused)
        top = fuse.collapse([r for r, _ in ranked.fused], lambda r: int(self.chunk_dup[r]), k)
        # a group's fullest copy stands for it, with its ranks; one joining two stories comes after those keeping to one
        shown = [(best, *self.shown_chunk(best, score)) for best in top]  # (best, row shown, joins two stories)
        return [self._passage(row, score[best], bm25_rank.get(row), dense_rank.get(row), joins)
                for best, row, joins in sorted(shown, key=lambda x: x[2])]

    def _passage(self, row: int, score: float, bm25_rank: int | None, dense_rank: int | None,
                 joins: bool = False) -> Passage:
        article = self.articles[self.chunk_doc[row]]
        start, end = (int(x) for x in self.chunk_span[row])
        others = other_articles(self.duplicates_of(row), self.chunk_doc, self.articles, article.doc_id)
        return Passage(
            chunk_id=self.chunk_ids[row], doc_id=article.doc_id, title=article.display_title, path=article.path,
            text=article.text[start:end], start=start, end=end, score=score, bm25_rank=bm25_rank,
            dense_rank=dense_rank, metadata=article.metadata, duplicates=others, place=self.place(article, start, end),
            joins_stories=joins,
        )

    def retrieve(self, question: str, k: int = 5, *, settings: Settings | None = None,
                 **where: Unpack[FilterArgs]) -> list[Passage]:
        """The `k` best passages for `question` from `sources` in [since, until] (`qa.filters`); [] for none."""
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        allowed = self.mask(make_filter(**where))
        return self.passages(self.rank(self.question(question, read=False), settings, allowed), k)  # no parse


def load_index(index_dir: str | Path = "index", *, model: str | None = None, settings: Settings | None = None,
               verify: bool = True) -> Index:
    """Load the live version of `index_dir`; `settings` gives the query-time knobs (build-time ones are the index's).

    Raises:
        IndexMissingError: nothing built there yet.
        IndexStaleError: built by another format version, or with another model than `model` (default:
            the bundled all-MiniLM-L6-v2; an index naming another model loads only when `model` names it).
        IndexCorruptError: a file is missing, truncated or fails its checksum.
    """
    version = store.open_version(index_dir, checksums=verify)
    store.model_to_load(version.path, version.manifest, model)
    try:
        return _read_version(version, version.manifest.build_settings(settings))
    except (KeyError, ValueError, TypeError, RuntimeError) as e:
        raise IndexCorruptError(f"index in {version.path} is damaged ({e}): rebuild with `qa-index build`") from e


def _read_version(version: store.Version, settings: Settings) -> Index:
    """Every file of `version` read through `qa.files` and checked (rows, arrays, FAISS) before use."""
    path, m = version.path, version.manifest
    tables = rows.read_tables(path, m)
    articles, chunks, sentences = tables.articles, tables.chunks, tables.sentences
    heads = articles.heads  # every field but the text: reading these decodes no text
    return Index(
        folder=version.folder, version=path, manifest=m, articles=articles,
        chunk_ids=chunks.chunk_id, chunk_doc=_plain(chunks.doc), chunk_span=_plain(chunks.spans),
        chunk_sentences=_plain(chunks.sentence_rows), chunk_dup=_plain(chunks.dup_of),
        sentence_doc=_plain(sentences.doc), sentence_span=_plain(sentences.spans),
        sentence_dup=_plain(sentences.dup_of),
        sentence_vectors=vector_rows.read(path, m),
        bm25=bm25_files.read_sparse(path, n_docs=m.counts.chunks, limits={k: e.bytes for k, e in m.files.items()}),
        dense_index=dense_files.read(path, m, mmap=True),
        sources=source_matcher(a.metadata.get("source", "") for a in heads), settings=settings,
        article_source=np.array([a.metadata.get("source", "") for a in heads], dtype=object),
        article_day=np.array([published_day(a.metadata) or "NaT" for a in heads], dtype="datetime64[D]"),
        speller=Speller(rows.read_words(path, version.manifest)),
        _groups=copy_groups(chunks.dup_of), _sentence_groups=copy_groups(sentences.dup_of),
        _doc_rows={a.doc_id: i for i, a in enumerate(heads)},
    )


def _plain(rows_: np.ndarray) -> np.ndarray:
    """A mapped table column as a plain array over the same pages: `np.memmap` indexes a row in Python (~1.5 us
    against ~0.1), and an answer reads a few thousand rows one at a time."""
    return rows_.view(np.ndarray)


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


def retrieve(question: str, k: int = 5, *, index_dir: str | Path = "index", settings: Settings | None = None,
             model: str | None = None, **where: Unpack[FilterArgs]) -> list[Passage]:
    """Hybrid retrieval over the index in `index_dir`: the `k` best passages for `question`.

    `settings` overrides the query-time knobs (fusion weights, candidates, boosts) for this call. `sources`,
    `since` and `until` (days: `date` or "YYYY-MM-DD") restrict it to those articles before top-k (`qa.filters`).

    >>> import qa
    >>> qa.retrieve("Which islands does the Tsugaru Strait separate?", k=1)[0].title  # doctest: +SKIP
    'Russian warships pass through Japan strait, possibly on way to Ukraine'
    """
    index = cached_index(index_dir, model=model)
    return index.retrieve(question, k, settings=index.manifest.build_settings(settings) if settings else None, **where)
