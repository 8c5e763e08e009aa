"""Two rules tried beside the fitted decision on the pool of `benchmarks/abstain_pool.py`, read from what
`benchmarks/abstain_detail.py` records: per-answer-type thresholds on the shipped probability (cross-validated), and
"a who-question whose asked act none of the best k sentences states" (`qa.fit.asked_acts`: by its words or lemma,
or by the model's senses), counted on the questions the shipped decision answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from abstain_pool import FOLDS, SOURCES, THRESHOLDS, decidable, rates, source
from calibrate import Case

from qa.abstain import THRESHOLD


def kind(case: Case) -> str:
    return (case.detail or {}).get("expected") or "none"


def objective(cases: Sequence[Case], p: dict[int, float], cut: Callable[[Case], float], lost_weight: float) -> float:
    """Unanswerable abstained less `lost_weight` times answerable abstained, each a mean over the sources."""
    caught, lost = [], []
    for s in SOURCES:
        for unanswerable, out in ((True, caught), (False, lost)):
            part = [c for c in cases if source(c) == s and c.unanswerable == unanswerable]
            if part:
                out.append(sum(not decidable(c) or p[id(c)] < cut(c) for c in part) / len(part))
    return float(np.mean(caught) - lost_weight * np.mean(lost))


def by_kind(cases: Sequence[Case], p: dict[int, float], lost_weight: float) -> tuple[float, dict[str, float]]:
    """One threshold for all, then each answer type's own (one type at a time, the others at the one)."""
    one = max(THRESHOLDS, key=lambda t: objective(cases, p, lambda c: t, lost_weight))
    own: dict[str, float] = {}
    for k in sorted({kind(c) for c in cases}):
        own[k] = max(THRESHOLDS, key=lambda t, k=k: objective(
            cases, p, lambda c, t=t, k=k: t if kind(c) == k else own.get(kind(c), one), lost_weight))
    return float(one), own


def report_rules(cases: Sequence[Case], shipped: Callable[[Sequence[Case]], Any]) -> None:
    from sklearn.model_selection import StratifiedKFold

    decided = [c for c in cases if decidable(c)]
    p = dict(zip(map(id, decided), map(float, shipped(decided)), strict=True))
    strata = [f"{c.name}{c.unanswerable}" for c in cases]
    for lost_weight in (1.0, 2.0):
        one_out: dict[int, bool] = {}
        own_out: dict[int, bool] = {}
        for a, b in StratifiedKFold(FOLDS, shuffle=True, random_state=1).split(cases, strata):
            one, own = by_kind([cases[i] for i in a], p, lost_weight)
            for c in (cases[i] for i in b):
                one_out[id(c)] = not decidable(c) or p[id(c)] < one
                own_out[id(c)] = not decidable(c) or p[id(c)] < own.get(kind(c), one)
        one, own = by_kind(cases, p, lost_weight)
        print(f"\nper-type thresholds (objective: unanswerable - {lost_weight} x answerable abstained, means over "
              f"sources); on all: one {one:.2f}, " + ", ".join(f"{k} {t:.2f}" for k, t in own.items()))
        print("  CV one threshold: " + "; ".join(rates(cases, lambda c, o=one_out: o[id(c)])))
        print("  CV per type:      " + "; ".join(rates(cases, lambda c, o=own_out: o[id(c)])))
    answered = [c for c in decided if p[id(c)] >= THRESHOLD and c.detail]
    print("\n'who' questions whose asked act none of the best k sentences states: newly abstained of those the "
          "shipped decision answers")
    names = sorted({(c.name, c.unanswerable) for c in answered})
    print("  of: " + "; ".join(f"{n} {'U' if u else 'A'} {sum((c.name, c.unanswerable) == (n, u) for c in answered)}"
                               for n, u in names))
    for k in (1, 3, 5):
        for col, how in ((0, "words or lemma"), (1, "the model too")):
            hit = [c for c in answered if unstated_who(c, k, col)]
            print(f"  best {k}, {how}: " + "; ".join(
                f"{n} {'U' if u else 'A'} {sum((c.name, c.unanswerable) == (n, u) for c in hit)}" for n, u in names))


def unstated_who(case: Case, k: int, col: int) -> bool:
    detail = case.detail
    return detail["asks"] == "who" and not any(r["stated"] and r["stated"][col] > 0 for r in detail["rows"][:k])
