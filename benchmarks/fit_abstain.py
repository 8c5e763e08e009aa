"""Fit the abstention decision of `qa.abstain` (a logistic regression over `qa.abstain.Evidence`) on the tuning halves
recorded by `benchmarks/calibrate.py`, print the trade-off curve per set, and pick the operating point.

The fit: features centred and scaled, L2-regularised logistic regression by Newton's method (NumPy only: the product
needs no scikit-learn, and neither does this script), each (set, answerable or not) group weighted to the same total
so that no set's size decides (our set's off-topic and near-miss questions, a set of their own in the tables, count
with the rest of our set here). Questions that abstain whatever the decision (`qa.bars.structural_abstention`: names
no article has, nothing counted) count as abstained and are left out of the fit. The operating point: the lowest
threshold keeping MultiHop-RAG's null queries abstained >= MIN_NULL on the tuning half (issue 13's target; every
threshold above it only trades answerable questions for unanswerable ones). Printed beside it: the threshold with
the most unanswerable questions abstained (mean over sets) less answerable ones abstained (mean over sets), the rule
until abstain4, which moves with how many sets there are, and the one keeping every set's answerable abstained within
0.05. `--write` puts the weights and the threshold into qa/abstain.py.

    .venv/bin/python benchmarks/fit_abstain.py [--cases benchmarks/results/calibrate.json] [--write] [--threshold P]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from calibrate import MAX_ANSWERABLE_ABSTAINED, Case, abstains, load_cases  # noqa: E402

BUDGET = MAX_ANSWERABLE_ABSTAINED

L2 = 1.0  # ridge penalty on the scaled weights
MIN_NULL = 0.95
THRESHOLDS = [round(0.05 + 0.01 * i, 2) for i in range(91)]


def load(path: Path) -> tuple[list[Case], tuple[float, ...]]:
    """The recorded cases, their evidence expanded into the features the weights multiply; the shipped bars."""
    from qa.abstain import expanded

    cases = [replace(c, features=expanded(c.features)) if c.features else c for c in load_cases(path)]
    return cases, tuple(json.loads(path.read_text())["shipped"])


def fit(cases: list[Case]) -> dict[str, Any]:
    """Weights, bias, means and scales of the logistic regression: P(the articles answer) from the features."""
    x = np.array([c.features for c in cases], dtype=np.float64)
    y = np.array([0.0 if c.unanswerable else 1.0 for c in cases])
    groups: dict[tuple[str, bool], int] = {}
    for c in cases:
        groups[(_fit_set(c.name), c.unanswerable)] = groups.get((_fit_set(c.name), c.unanswerable), 0) + 1
    w = np.array([1.0 / groups[(_fit_set(c.name), c.unanswerable)] for c in cases])
    w *= len(cases) / w.sum()
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * L2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + penalty @ beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"weights": [round(float(b), 4) for b in beta[:-1]], "bias": round(float(beta[-1]), 4),
            "means": [round(float(m), 4) for m in means], "scales": [round(float(s), 4) for s in scales]}


def probability(model: dict[str, Any], features: tuple[float, ...]) -> float:
    z = model["bias"] + sum(w * (x - m) / s for w, x, m, s in
                            zip(model["weights"], features, model["means"], model["scales"], strict=True))
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


def decided(case: Case, model: dict[str, Any], threshold: float) -> bool:
    """Whether `case` abstains under the fitted decision at `threshold`."""
    return case.structural or case.features is None or probability(model, case.features) < threshold


def rates(cases: list[Case], abstained: Any) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for key, want in (("unanswerable", True), ("answerable", False)):
        group = [c for c in cases if c.unanswerable == want]
        out[key] = round(sum(abstained(c) for c in group) / len(group), 3) if group else None
        out[key + "_n"] = len(group)
    return out


def _fit_set(name: str) -> str:
    """The set a case counts in for the fit's weights and the means over sets: our set's parts are one set."""
    return "question set" if name.startswith("question set") else name


def lowest_keeping_null(cases: list[Case], model: dict[str, Any], floor: float = MIN_NULL) -> float:
    """The lowest threshold at which MultiHop-RAG's null queries are abstained at least `floor` (else the highest)."""
    null = [c for c in cases if c.name == "multihop" and c.unanswerable]
    return next((t for t in THRESHOLDS if sum(decided(c, model, t) for c in null) >= floor * len(null) - 1e-9),
                THRESHOLDS[-1])


def choose(cases: list[Case], model: dict[str, Any], budget: bool = False) -> float:
    """The threshold with the most unanswerable abstained (mean over sets) less answerable abstained (mean over
    sets); `budget`: the most unanswerable abstained with no set's answerable abstained above BUDGET."""
    sets = sorted({_fit_set(c.name) for c in cases})
    by_set = {s: [c for c in cases if _fit_set(c.name) == s] for s in sets}
    best: tuple[tuple[float, ...], float] | None = None
    for t in THRESHOLDS:
        r = {s: rates(by_set[s], lambda c, t=t: decided(c, model, t)) for s in sets}
        caught = float(np.mean([r[s]["unanswerable"] for s in sets if r[s]["unanswerable"] is not None]))
        lost = float(np.mean([r[s]["answerable"] for s in sets if r[s]["answerable"] is not None]))
        if budget:
            within = all((r[s]["answerable"] or 0.0) <= BUDGET + 1e-9 for s in sets)
            key = (within, caught if within else -lost, -lost)
        else:
            key = (caught - lost, -lost)
        if best is None or key > best[0]:
            best = (key, t)
    assert best is not None
    return best[1]


def curve(cases: list[Case], model: dict[str, Any], shipped: tuple[float, ...], chosen: float) -> None:
    """Per set: unanswerable abstained / answerable abstained at the shipped bars and along the thresholds."""
    sets = sorted({c.name for c in cases})
    head = ["decision", *sets]
    rows = [["shipped bars", *(_cell(rates([c for c in cases if c.name == s], lambda c: abstains(c, shipped)))
                               for s in sets)]]
    for t in THRESHOLDS[::5] + [chosen]:
        label = f"p < {t:.2f}" + (" (chosen)" if t == chosen else "")
        rows.append([label, *(_cell(rates([c for c in cases if c.name == s], lambda c, t=t: decided(c, model, t)))
                              for s in sets)])
    print(common.table(head, rows))


def _cell(r: dict[str, float | None]) -> str:
    u = "-" if r["unanswerable"] is None else f"{r['unanswerable']:.3f}"
    a = "-" if r["answerable"] is None else f"{r['answerable']:.3f}"
    return f"{u} / {a}"


def write(model: dict[str, Any], threshold: float) -> None:
    """Replace the fitted constants in qa/abstain.py (the block between its "fitted by" and closing rule lines)."""
    path = common.REPO / "qa" / "abstain.py"
    text = path.read_text()
    lines = [f"{name} = (\n" + textwrap.fill(", ".join(repr(x) for x in model[key]) + ",", 116, initial_indent="    ",
                                              subsequent_indent="    ") + "\n)"
             for name, key in (("WEIGHTS", "weights"), ("MEANS", "means"), ("SCALES", "scales"))]
    block = "\n".join([*lines, f"BIAS = {model['bias']!r}", f"THRESHOLD = {threshold!r}"])
    text, n = re.subn(r"(# --- fitted by .*\n)(?:.*\n)*?(# -{20,}\n)", lambda m: m.group(1) + block + "\n" + m.group(2),
                      text, count=1)
    assert n == 1, "no fitted block in qa/abstain.py"
    path.write_text(text)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", type=Path, default=common.REPO / "benchmarks" / "results" / "calibrate.json")
    p.add_argument("--write", action="store_true", help="write the fitted constants into qa/abstain.py")
    p.add_argument("--threshold", type=float, help="write this operating point instead of the chosen one (say why in "
                   "benchmarks/RESULTS.md: e.g. the lowest keeping MultiHop-RAG's null queries abstained >= 0.95)")
    args = p.parse_args()
    cases, shipped = load(args.cases)
    tune = [c for c in cases if c.half == "tune"]
    model = fit([c for c in tune if not c.structural and c.features is not None])
    from qa.abstain import FEATURES

    for name, weight in zip(FEATURES, model["weights"], strict=True):
        print(f"{name:>20} {weight:+.3f}")
    print(f"{'bias':>20} {model['bias']:+.3f}")
    threshold = lowest_keeping_null(tune, model)
    print(f"\nchosen: p < {threshold} (the lowest keeping MultiHop-RAG null abstained >= {MIN_NULL}); most "
          f"unanswerable less answerable abstained, means over sets: p < {choose(tune, model)}; with no set's "
          f"answerable abstained above {BUDGET}: p < {choose(tune, model, budget=True)}")
    print("\ntuning halves (unanswerable abstained / answerable abstained):")
    curve(tune, model, shipped, threshold)
    report = [c for c in cases if c.half == "report"]
    if report:
        print("\nreporting halves, at the threshold chosen on the tuning halves:")
        curve(report, model, shipped, threshold)
    if args.threshold is not None:
        threshold = args.threshold
        print(f"\nat the given p < {threshold}:")
        curve(tune, model, shipped, threshold)
    if args.write:
        write(model, threshold)
        print(f"wrote the weights and THRESHOLD {threshold} into qa/abstain.py")


if __name__ == "__main__":
    main()
