"""Which articles a question that needs several reports sees first: the fused list spread across articles, and
across the publications it names.

MultiHop-RAG's multi-source questions ("as reported by TechCrunch ... while The Verge ...") rest on one article
per claim, and each named publication's chunks get the same boost, so one publication's articles could fill the
head. Each named publication gets at most its share of the head (`Settings.sources_window` chunks over the
publications named, rounded up); every article at most `article_cap` chunks of it (`article_cap_first` for the
best article). Chosen on MultiHop-RAG's even half (benchmarks/RESULTS.md, "Retrieval diversity").
"""

from __future__ import annotations

import math
from collections.abc import Callable

from qa import fuse
from qa.config import Settings
from qa.query import QueryHints

Hits = list[tuple[int, float]]


def spread_head(hits: Hits, hints: QueryHints, article_of: Callable[[int], int], source_of: Callable[[int], str],
                settings: Settings) -> Hits:
    """`hits` (fused, best first) re-ordered so a question needing several articles sees several in its head;
    any other question's hits unchanged."""
    s = settings
    if not (s.article_cap and hints.several):
        return hits
    named = set(hints.sources)
    if s.sources_window and len(named) >= 2:
        def publication(row: int) -> str:  # a named publication's rows share its quota; the rest have none
            source = source_of(row)
            return source if source in named else ""

        return fuse.spread(hits, article_of, per_group=s.article_cap, window=s.sources_window,
                           first=s.article_cap_first, quota=(publication, math.ceil(s.sources_window / len(named))))
    return fuse.spread(hits, article_of, per_group=s.article_cap, window=s.article_window, first=s.article_cap_first)
