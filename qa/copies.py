"""The fullest copy of a near-duplicate: the one to quote and cite, the others named under "also in".

A corpus may hold a cut-down copy of an article (names removed, no headline): its sentences group with the
original's (`qa.dedup`), and a quote taken from it shows the holes. A corpus may also hold a compilation (a file
of many articles, 1.4 MB), whose copy is the longest but is not the article. Among the copies of a sentence or
chunk, the fullest is the one from an article with a headline; then one that is not a compilation (`compiled`:
most of its sentences are also in articles that do not hold the quoted text, so they are other stories); then
the longest text (an updated, longer version of the story beats a cut-down one); then the first row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from qa.records import Article

COMPILED_SHARE = 0.5  # an article most of whose sentences other stories hold too is a compilation of them


def fullness(article: Article) -> tuple[bool, int]:
    """How complete an article is, larger is fuller: it has a headline, then the length of its text."""
    return bool(article.title.strip()), len(article.text)


def foreign_share(article: int, holders: Iterable[int], doc: np.ndarray, dup: np.ndarray,
                  groups: Mapping[int, Sequence[int]] | None = None) -> float:
    """The share of article `article`'s sentences (`doc[row]` is a sentence's article, `dup[row]` its near-duplicate
    group) that some article outside `holders` (the articles holding the quoted text) holds too. `groups`: each group
    of two rows or more, its members (`copy_groups`), read instead of a pass over every sentence (~1 ms)."""
    own = np.unique(dup[doc == article])
    if not own.size:
        return 0.0
    if groups is not None:
        inside = {*holders, article}
        held = sum(any(int(dup[m]) == g and int(doc[m]) not in inside for m in groups.get(g, ())) for g in own.tolist())
        return held / own.size
    rows = np.flatnonzero(np.isin(dup, own))
    outside = rows[~np.isin(doc[rows], np.fromiter({*holders, article}, dtype=np.int64))]
    return len(np.unique(dup[outside])) / own.size


def fullest(rows: Iterable[int], doc: np.ndarray, articles: Sequence[Article],
            compiled: Callable[[int, frozenset[int]], bool] = lambda _a, _h: False) -> int:
    """Of `rows` (copies of one text; `doc[row]` is its article's position), the row of the fullest article;
    `compiled(article, holders)`: whether an article is a compilation of other stories than the holders'."""
    rows = list(rows)
    if len(rows) == 1:  # most sentences have no copy, and an answer asks of ~200 of them
        return rows[0]
    holders = frozenset(int(doc[row]) for row in rows)

    def key(row: int) -> tuple[bool, bool, int, int]:
        full, length = fullness(articles[int(doc[row])])
        return not full, len(holders) > 1 and compiled(int(doc[row]), holders), -length, row
    return min(rows, key=key)


def other_articles(rows: Iterable[int], doc: np.ndarray, articles: Sequence[Article], doc_id: str) -> tuple[str, ...]:
    """The ids of the articles holding `rows` (copies of one text; `doc[row]` is its article's position) other
    than `doc_id`, each once, in row order: what "also in" names."""
    out: dict[str, None] = {}
    for row in rows:
        other = articles[int(doc[row])].doc_id
        if other != doc_id:
            out.setdefault(other)
    return tuple(out)


def copy_groups(dup_of: np.ndarray) -> dict[int, tuple[int, ...]]:
    """Each near-duplicate group with more than one member: its first row -> every member, in row order."""
    groups: dict[int, list[int]] = {}
    for row in np.flatnonzero(dup_of != np.arange(len(dup_of))).tolist():
        rep = int(dup_of[row])
        groups.setdefault(rep, [rep]).append(row)
    return {rep: tuple(sorted(members)) for rep, members in groups.items()}
