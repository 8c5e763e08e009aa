"""The steps of ranking, as small pure functions over chunk rows: weighted reciprocal rank fusion (Cormack et
al. 2009), score boosts, the best-sentence list, and the collapse of near-duplicates. `Index.rank` composes
them; the benchmarks call the same steps to compare variants from one question embedding.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

Scores = dict[int, float]


def rrf(rankings: Mapping[str, Sequence[int]], weights: Mapping[str, float], *, k: int = 60) -> Scores:
    """Fuse ranked lists: score(row) = sum over lists of weight / (k + rank), rank counted from 1."""
    scores: Scores = {}
    for name, ranking in rankings.items():
        add_list(scores, ranking, weights.get(name, 1.0), k=k)
    return scores


def add_list(scores: Scores, ranking: Sequence[int], weight: float, *, k: int) -> Scores:
    """Fuse one more ranked list into `scores` (in place, and returned); weight 0 adds nothing."""
    if weight:
        for rank, row in enumerate(ranking, start=1):
            scores[row] = scores.get(row, 0.0) + weight / (k + rank)
    return scores


def boost(scores: Scores, bonus: Callable[[int], float]) -> Scores:
    """Each row's score plus its `bonus` (in place, and returned): chunks from a named source or day."""
    for row in scores:
        scores[row] += bonus(row)
    return scores


def ordered(scores: Scores) -> list[tuple[int, float]]:
    """(row, score) best first; ties go to the lower row, so rankings are deterministic."""
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def sentence_list(rows: Sequence[int], best: Sequence[float]) -> list[int]:
    """`rows` re-ordered by `best` (each chunk's best sentence cosine to the question), best first, stable."""
    return [rows[i] for i in np.argsort(-np.asarray(best, dtype=np.float64), kind="stable")]


def collapse(rows: Sequence[int], group: Callable[[int], int], k: int) -> list[int]:
    """The first `k` rows, one per near-duplicate group (the best-ranked copy stands for its group)."""
    seen: set[int] = set()
    out: list[int] = []
    for row in rows:
        g = group(row)
        if g in seen:
            continue
        seen.add(g)
        out.append(row)
        if len(out) == k:
            break
    return out


def spread(hits: Sequence[tuple[int, float]], group: Callable[[int], int], *, per_group: int, window: int,
           first: int | None = None, quota: tuple[Callable[[int], str], int] | None = None
           ) -> list[tuple[int, float]]:
    """`hits` with at most `per_group` rows of one group (an article) among the first `window`, and with `quota`
    (family, n) at most n of one named publication: a question needing several articles sees several."""
    # `first` caps the first hit's group instead (the best article may keep its second chunk); family "" is the rest,
    # uncapped. The rows over a cap move to just after the window, in their order.
    head: list[tuple[int, float]] = []
    later: list[tuple[int, float]] = []
    taken: dict[int, int] = {}
    families: dict[str, int] = {}
    top = group(hits[0][0]) if hits else None
    family, cap = quota if quota is not None else (None, 0)
    for i, hit in enumerate(hits):
        if len(head) == window:
            return head + later + list(hits[i:])
        g = group(hit[0])
        f = family(hit[0]) if family is not None else ""
        if taken.get(g, 0) < (first if first is not None and g == top else per_group) and (
                not f or families.get(f, 0) < cap):
            taken[g] = taken.get(g, 0) + 1
            families[f] = families.get(f, 0) + 1
            head.append(hit)
        else:
            later.append(hit)
    return head + later
