"""Weighted reciprocal rank fusion (Cormack et al. 2009) of ranked lists of row ids."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def rrf(rankings: Mapping[str, Sequence[int]], weights: Mapping[str, float], *, k: int = 60) -> list[tuple[int, float]]:
    """Fuse ranked lists: score(row) = sum over lists of weight / (k + rank), rank counted from 1.

    Returns (row, score) best first; ties go to the row ranked better by the first list, then the lower id.
    """
    scores: dict[int, float] = {}
    for name, ranking in rankings.items():
        w = weights.get(name, 1.0)
        if w == 0:
            continue
        for rank, row in enumerate(ranking, start=1):
            scores[row] = scores.get(row, 0.0) + w / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
