"""Which articles a question that needs several reports sees first: each clause's own BM25 top fused in, then the
fused list spread across articles and across the publications it names.

Such a question's clauses ("is known for making deals ..., hosting an annual hardware event ...") each rest on
another article, and the whole question's BM25 ranking favours the article matching most of them. So each clause
of two key terms or more (`Question.clauses`: the question split at commas, "and", "while", "that", "according
to"...) is searched alone, and its top `Settings.clause_depth` chunks are fused in as one more RRF list of weight
`clause_weight`.

MultiHop-RAG's multi-source questions ("as reported by TechCrunch ... while The Verge ...") rest on one article
per claim, and each named publication's chunks get the same boost, so one publication's articles could fill the
head. Each named publication gets at most its share of the head (`Settings.sources_window` chunks over the
publications named, rounded up); every article at most `article_cap` chunks of it (`article_cap_first` for the
best article). Chosen on MultiHop-RAG's even half (benchmarks/RESULTS.md, "Retrieval diversity").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from qa import fuse
from qa.config import Settings
from qa.filters import source_key
from qa.query import QueryHints
from qa.sparse import SparseIndex
from qa.tokens import tokenize

Hits = list[tuple[int, float]]
MIN_CLAUSE_TERMS = 2  # a clause of one key term ("Which company") says too little to search alone


def clauses(tokens: Sequence[Sequence[str]], hints: QueryHints) -> list[list[str]]:
    """The BM25 tokens of each clause of the question holding MIN_CLAUSE_TERMS key terms or more, without the
    publications it names (the boost favours them already); [] for a question of fewer than two."""
    named = {t for source in hints.sources for t in tokenize(source)}
    parts = ([t for t in part if t not in named] for part in tokens)
    found = [p for p in parts if len(p) >= MIN_CLAUSE_TERMS]
    return found if len(found) >= 2 else []


def clause_rankings(bm25: SparseIndex, tokens: Sequence[Sequence[str]], hints: QueryHints, settings: Settings,
                    allowed: np.ndarray | None = None) -> list[list[int]]:
    """Each clause's top `clause_depth` chunk rows by BM25 (among the `allowed` ones), for a question needing
    several articles; [] for any other question or when `clause_weight` is 0."""
    if not (settings.clause_weight and hints.several):
        return []
    asked = clauses(tokens, hints)
    found: dict[tuple[str, ...], list[int]] = {}  # a clause asked twice ("report independ life") is searched once
    for c in asked:
        if tuple(c) not in found:
            found[tuple(c)] = [row for row, _ in bm25.search(c, settings.clause_depth, allowed)]
    return [found[tuple(c)] for c in asked]


def spread_head(hits: Hits, hints: QueryHints, article_of: Callable[[int], int], source_of: Callable[[int], str],
                settings: Settings) -> Hits:
    """`hits` (fused, best first) re-ordered so a question needing several articles sees several in its head;
    any other question's hits unchanged."""
    s = settings
    if not (s.article_cap and hints.several):
        return hits
    groups = hints.groups  # one publication however its articles spell it or subdivide it
    if s.sources_window and len(groups) >= 2:
        named = {source_key(source): str(i) for i, group in enumerate(groups) for source in group}

        def publication(row: int) -> str:  # a named publication's rows share its quota; the rest have none
            return named.get(source_key(source_of(row)), "")

        return fuse.spread(hits, article_of, per_group=s.article_cap, window=s.sources_window,
                           first=s.article_cap_first, quota=(publication, math.ceil(s.sources_window / len(groups))))
    return fuse.spread(hits, article_of, per_group=s.article_cap, window=s.article_window, first=s.article_cap_first)
