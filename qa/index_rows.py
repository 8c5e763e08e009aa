"""A loaded index's arrays and what its rows hold: chunk and sentence text, near-duplicate copies, filter masks.

`qa.retrieve.Index` adds the question, ranking and passages on top; this module reads no question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from qa import places, sparse, store, vector_rows
from qa.config import Settings
from qa.copies import COMPILED_SHARE, foreign_share, fullest
from qa.embed import Embedder, load_embedder
from qa.errors import damaged
from qa.filters import ArticleFilter, source_key
from qa.manifest import Manifest
from qa.query import SourceMatcher, source_matcher
from qa.records import Article, Place, Sentence
from qa.spelling import Speller

SENTENCES = 100_000  # sentence records kept per loaded index (a few hundred bytes each)


@dataclass(frozen=True, slots=True)
class IndexRows:
    """One version of an index folder, loaded: its arrays, and the rows they describe. Chunks and sentences are
    spans into `articles[i].text`."""

    folder: Path
    version: Path
    manifest: Manifest
    articles: Sequence[Article]  # a `rows.ArticleTable`: each text decoded from the mapped file when read
    chunk_ids: Sequence[str]
    chunk_doc: np.ndarray
    chunk_span: np.ndarray  # (n, 2) start, end
    chunk_sentences: np.ndarray  # (n, 2) first, last (exclusive), global sentence rows
    chunk_dup: np.ndarray
    sentence_doc: np.ndarray
    sentence_span: np.ndarray
    sentence_dup: np.ndarray
    sentence_vectors: vector_rows.StackedVectors
    bm25: sparse.SparseIndex
    dense_index: Any
    sources: SourceMatcher = field(default_factory=lambda: source_matcher(()))
    settings: Settings = field(default_factory=Settings)
    article_source: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))  # "" when none
    article_day: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype="datetime64[D]"))  # NaT when none
    speller: Speller = field(default_factory=Speller)  # the corpus's words, to respell misspelt question words
    _groups: dict[int, tuple[int, ...]] = field(default_factory=dict)
    _sentence_groups: dict[int, tuple[int, ...]] = field(default_factory=dict)
    _doc_rows: dict[str, int] = field(default_factory=dict)
    _compiled: dict[tuple[int, frozenset[int]], bool] = field(default_factory=dict)
    _sentences: dict[int, Sentence] = field(default_factory=dict)  # `sentence`'s records, by row

    @property
    def embedder(self) -> Embedder:
        """The model the index was built with (loaded once per process), of the width its vectors have."""
        embedder = load_embedder(self.manifest.model.name, dtype=self.settings.dtype)
        if embedder.dim != self.manifest.model.dim:
            raise damaged(self.version / store.MANIFEST, f"{self.manifest.model.dim}-dimensional vectors, but "
                                                         f"{embedder.name} makes {embedder.dim}")
        return embedder

    def article(self, doc_id: str) -> Article:
        """The article with `doc_id` (KeyError if the index has none)."""
        return self.articles[self._doc_rows[doc_id]]

    def position(self, doc_id: str) -> int | None:
        """Where the article `doc_id` is among `articles`; None when the index has none."""
        return self._doc_rows.get(doc_id)

    def place(self, article: Article, start: int, end: int) -> Place:
        """Where `article.text[start:end]` is in the file the user gave (`qa.places`): lines and raw characters."""
        return places.place(self._folder(), article, start, end)

    def field_place(self, article: Article, key: str) -> Place | None:
        """Where the article's file writes its metadata field `key` (`qa.places.field_place`), or None."""
        return places.field_place(self._folder(), article, key)

    def _folder(self) -> Path | None:
        folder = Path(self.manifest.corpus.folder or self.manifest.corpus.source)
        if not self.manifest.corpus.folder and folder.is_file():  # built from one file: its folder holds it
            folder = folder.parent
        return folder if str(folder) != "." else None

    def chunk_text(self, row: int) -> str:
        """Text of chunk `row`."""
        start, end = self.chunk_span[row]
        return self.articles[self.chunk_doc[row]].text[start:end]

    def sentence(self, row: int) -> Sentence:
        """Sentence `row` as a record, made once (an answer reads its few hundred candidates ~3 times each, ~5 us a
        time to make); at most SENTENCES kept."""
        hit = self._sentences.get(row)
        if hit is not None:
            return hit
        article = self.articles[self.sentence_doc[row]]
        start, end = (int(x) for x in self.sentence_span[row])
        if len(self._sentences) >= SENTENCES:
            self._sentences.clear()
        made = self._sentences[int(row)] = Sentence(article.doc_id, start, end, article.text[start:end])
        return made

    def sentence_rows(self, doc_id: str, start: int, end: int) -> np.ndarray:
        """Sentence rows of article `doc_id` overlapping its text's [start, end) (KeyError if the index has none)."""
        doc, span = self._doc_rows[doc_id], self.sentence_span
        return np.flatnonzero((self.sentence_doc == doc) & (span[:, 0] < end) & (span[:, 1] > start))

    def duplicates_of(self, row: int) -> tuple[int, ...]:
        """Other chunks in `row`'s near-duplicate group."""
        return tuple(r for r in self._groups.get(int(self.chunk_dup[row]), ()) if r != row)

    def sentence_copies(self, row: int) -> tuple[int, ...]:
        """Every sentence row in `row`'s near-duplicate group, `row` included, in row order."""
        return self._sentence_groups.get(int(self.sentence_dup[row]), (row,))

    def fullest_sentence(self, row: int) -> int:
        """The copy of sentence `row` to quote: from the fullest article holding it (`qa.copies`)."""
        return fullest(self.sentence_copies(row), self.sentence_doc, self.articles, self.compiled)

    def fullest_chunk(self, row: int) -> int:
        """The copy of chunk `row` to show: from the fullest article holding it (`qa.copies`)."""
        return fullest(self._groups.get(int(self.chunk_dup[row]), (row,)), self.chunk_doc, self.articles,
                       self.compiled)

    def shown_chunk(self, row: int, score: Mapping[int, float]) -> tuple[int, bool]:
        """The copy of chunk `row`'s group to show: its fullest (`fullest_chunk`), unless that runs from one story
        into another while a copy keeps to one: then the best-scored such copy (`score`: fused scores), or fullest.
        With it, whether the copy shown joins two stories (no copy of the group keeps to one)."""
        shown = self.fullest_chunk(row)
        if not self.joins_stories(shown):
            return shown, False
        whole = [r for r in self._groups.get(int(self.chunk_dup[row]), (row,)) if not self.joins_stories(r)]
        if not whole:
            return shown, True
        scored = [r for r in whole if r in score]
        return (max(scored, key=score.__getitem__) if scored
                else fullest(whole, self.chunk_doc, self.articles, self.compiled)), False

    def joins_stories(self, row: int) -> bool:
        """Whether chunk `row` is the seam between two stories of a compilation: over half its article's sentences are
        copies other articles hold, and two of its own are copies held by other articles, no one of which holds both."""
        first, last = (int(x) for x in self.chunk_sentences[row])
        doc = int(self.chunk_doc[row])
        held = [{int(self.sentence_doc[c]) for c in self.sentence_copies(s)} - {doc} for s in range(first, last)]
        if not any(not a & b for i, a in enumerate(held) if a for b in held[i + 1:] if b):
            return False
        return self.compiled(doc, frozenset())  # last: it reads every sentence; a newsletter plug is no compilation

    def compiled(self, article: int, holders: frozenset[int]) -> bool:
        """Whether article `article` is a compilation: most of its sentences are in articles outside `holders` too."""
        key = (article, holders)
        if key not in self._compiled:
            share = foreign_share(article, holders, self.sentence_doc, self.sentence_dup, self._sentence_groups)
            self._compiled[key] = share > COMPILED_SHARE
        return self._compiled[key]

    def chunk_mask(self, *, sources: Collection[str] = (), since: dt.date | None = None,
                   until: dt.date | None = None) -> np.ndarray:
        """Chunks of articles from one of `sources` (all when empty; case ignored) published in [since, until]
        (inclusive; an article with no date passes only when neither bound is given): a filter inside retrieval."""
        keep = np.ones(len(self.articles), dtype=bool)
        if sources:
            wanted = {source_key(s) for s in sources}
            keep &= np.fromiter((source_key(s) in wanted for s in self.article_source), bool,
                                len(self.articles))
        if since is not None:
            keep &= self.article_day >= np.datetime64(since, "D")
        if until is not None:
            keep &= self.article_day <= np.datetime64(until, "D")
        return keep[self.chunk_doc]

    def mask(self, chosen: ArticleFilter) -> np.ndarray | None:
        """`chunk_mask` of a filter; None when it filters nothing."""
        return self.chunk_mask(sources=chosen.sources, since=chosen.since, until=chosen.until) if chosen else None
