"""The fullest copy of a near-duplicate: the one to quote and cite, the others named under "also in".

A corpus may hold a cut-down copy of an article (names removed, no headline): its sentences group with the
original's (`qa.dedup`), and a quote taken from it shows the holes. Among the copies of a sentence or chunk,
the fullest is the one from an article with a headline, then the longest text, then the first row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from qa.records import Article


def fullness(article: Article) -> tuple[bool, int]:
    """How complete an article is, larger is fuller: it has a headline, then the length of its text."""
    return bool(article.title.strip()), len(article.text)


def fullest(rows: Iterable[int], doc: np.ndarray, articles: Sequence[Article]) -> int:
    """Of `rows` (copies of one text; `doc[row]` is its article's position), the row of the fullest article."""
    def key(row: int) -> tuple[bool, int, int]:
        full, length = fullness(articles[int(doc[row])])
        return not full, -length, row
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
