"""Whether the fitted abstention decision (`qa.abstain`) reads more evidence as more likely an answer, and what a refit
constrained so would cost: on the pool of tuning halves that `benchmarks/calibrate.py --half tune` records.

Printed: (1) each piece of evidence's effect on the decision's log-odds per unit (its weight over its scale, plus its
length interaction's times `terms`) at question lengths 3, 10 and 20 key terms, flagged where more evidence of answering
(a higher cover, cosine or bar score) lowers the odds, or more evidence of not answering (a named thing or rare term
missing) raises them; (2) for the decision in place, the same form refitted (`benchmarks/fit_abstain.py`'s fit) and
refitted with every such effect held to its direction at every length (a box-constrained logistic regression, scipy's
L-BFGS-B), the fewest answerable questions abstained with as many unanswerable ones abstained over all sets as the
decision in place, per set.

    .venv/bin/python benchmarks/abstain_monotone.py [--cases benchmarks/results/calibrate.json]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from calibrate import Case, load_cases  # noqa: E402
from fit_abstain import decided, fit  # noqa: E402

MORE = frozenset({"bar", "dense", "cover", "article_cover", "top_cover", "chunk_cover"})  # more: likelier an answer
LESS = frozenset({"names_missing_lead", "names_missing_top", "rare_missing", "rare_missing_top",
                  "names_missing_sentence", "rare_missing_sentence", "figures_missing"})
LENGTHS = (3, 10, 20)  # key terms (`qa.abstain.MANY_TERMS` = 20 is terms 1.0)
SETS = ("multihop", "question set", "question set, off-topic", "squad, own articles", "squad, wrong articles")
THRESHOLDS = [round(0.05 + 0.005 * i, 3) for i in range(181)]


def in_place() -> dict[str, Any]:
    from qa import abstain

    return {"weights": list(abstain.WEIGHTS), "means": list(abstain.MEANS), "scales": list(abstain.SCALES),
            "bias": abstain.BIAS, "threshold": abstain.THRESHOLD}


def effects(model: dict[str, Any]) -> list[tuple[str, list[float], bool]]:
    """Per piece of evidence: its log-odds effect per unit at each of LENGTHS, and whether it runs the wrong way."""
    from qa.abstain import EVIDENCE, FEATURES, MANY_TERMS

    w, s = model["weights"], model["scales"]
    out = []
    for i, name in enumerate(EVIDENCE):
        if name == "terms":
            continue
        j = FEATURES.index(f"{name} x terms")
        at = [w[i] / s[i] + w[j] * (n / MANY_TERMS) / s[j] for n in LENGTHS]
        wrong = any(e < 0 for e in at) if name in MORE else any(e > 0 for e in at) if name in LESS else False
        out.append((name, at, wrong))
    return out


def fit_monotone(cases: Sequence[Case], l2: float = 1.0) -> dict[str, Any]:
    """The shipped form's fit (weights per (set, answerable) group as `fit_abstain.fit`) with each MORE / LESS
    effect held to its sign at terms 0 and 1, and so at every length between: each such pair of weights is
    parametrised by its two end effects, bounded."""
    from scipy.optimize import minimize

    from qa.abstain import FEATURES

    x = np.array([c.features for c in cases], dtype=np.float64)
    y = np.array([0.0 if c.unanswerable else 1.0 for c in cases])
    key = [("question set" if c.name.startswith("question set") else c.name, c.unanswerable) for c in cases]
    counts = {k: key.count(k) for k in set(key)}
    w = np.array([1.0 / counts[k] for k in key])
    w *= len(cases) / w.sum()
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = (x - means) / scales
    n = len(FEATURES)
    m, bounds = np.eye(n), []
    for j, name in enumerate(FEATURES):
        base = name.removesuffix(" x terms")
        sign = 1 if base in MORE else -1 if base in LESS else 0
        if sign and name.endswith(" x terms"):  # weight = (end effect - start effect) x scale
            i = FEATURES.index(base)
            m[j, j], m[j, i] = scales[j], -scales[j]
        elif sign:
            m[j, j] = scales[j]
        bounds.append((0, None) if sign > 0 else (None, 0) if sign < 0 else (None, None))

    def loss(p: np.ndarray) -> tuple[float, np.ndarray]:
        weights = m @ p[:-1]
        prob = 1 / (1 + np.exp(-np.clip(z @ weights + p[-1], -30, 30)))
        value = -np.sum(w * (y * np.log(prob + 1e-12) + (1 - y) * np.log(1 - prob + 1e-12)))
        g = w * (prob - y)
        return value + 0.5 * l2 * weights @ weights, np.concatenate([m.T @ (z.T @ g + l2 * weights), [g.sum()]])

    result = minimize(loss, np.zeros(n + 1), jac=True, method="L-BFGS-B", bounds=[*bounds, (None, None)],
                      options={"maxiter": 5000})
    return {"weights": list(m @ result.x[:-1]), "bias": float(result.x[-1]), "means": list(means),
            "scales": list(scales)}


def counts(cases: Sequence[Case], model: dict[str, Any], threshold: float) -> dict[str, tuple[int, int]]:
    """Per set: (unanswerable abstained, answerable abstained)."""
    out = {}
    for name in SETS:
        group = [c for c in cases if c.name == name]
        out[name] = (sum(decided(c, model, threshold) for c in group if c.unanswerable),
                     sum(decided(c, model, threshold) for c in group if not c.unanswerable))
    return out


def matched(cases: Sequence[Case], model: dict[str, Any], unanswerable: int) -> tuple[float, dict[str, Any]]:
    """The threshold abstaining at least `unanswerable` unanswerable questions with the fewest answerable ones."""
    best: tuple[float, dict[str, Any]] | None = None
    for t in THRESHOLDS:
        c = counts(cases, model, t)
        if sum(u for u, _ in c.values()) >= unanswerable and (
                best is None or sum(a for _, a in c.values()) < sum(a for _, a in best[1].values())):
            best = (t, c)
    assert best is not None
    return best


def main() -> None:
    from qa.abstain import EVIDENCE, expanded

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", type=Path, default=common.REPO / "benchmarks" / "results" / "calibrate.json")
    args = p.parse_args()
    cases = [replace(c, features=expanded(c.features[:len(EVIDENCE)])) if c.features else c  # an older pool's
             for c in load_cases(args.cases) if c.half == "tune"]  # pieces of evidence, were any added since
    shipped = in_place()
    print(f"effect on the log-odds per unit of evidence at {', '.join(map(str, LENGTHS))} key terms (! wrong way):")
    for name, at, wrong in effects(shipped):
        print(f"  {name:>24} " + " ".join(f"{e:+7.2f}" for e in at) + ("  !" if wrong else ""))
    train = [c for c in cases if not c.structural and c.features is not None]
    base = counts(cases, shipped, shipped["threshold"])
    total = sum(u for u, _ in base.values())
    rows = [["in place", shipped["threshold"], *(f"{u} / {a}" for u, a in base.values())]]
    for label, model in (("refitted", fit(train)), ("refitted, monotone", fit_monotone(train))):
        t, c = matched(cases, model, total)
        wrong = sum(x[2] for x in effects(model))
        rows.append([f"{label} ({wrong} wrong-way)", t, *(f"{u} / {a}" for u, a in c.values())])
    print(f"\nunanswerable / answerable abstained, at >= {total} unanswerable abstained over all sets:")
    print(common.table(["decision", "p <", *SETS], rows))


if __name__ == "__main__":
    main()
