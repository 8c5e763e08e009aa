"""Abstention decisions of other forms, judged by how they generalise: one labelled pool of the tuning halves
(recorded by `benchmarks/calibrate.py --half tune`), each decision evaluated by cross-validation across questions and
by leave-one-source-out (MultiHop-RAG, SQuAD, our question set), never by its fit.

Sources: MultiHop-RAG even (null queries unanswerable, the rest answerable), SQuAD's sample even (asked of its own
articles: answerable; of the realistic index, the wrong articles: unanswerable), our question set's tune half
(answerable; off-topic, one-word and near misses unanswerable). Questions that abstain whatever the decision
(`qa.bars.structural_abstention`, `qa.abstain.ruled_out`) count as abstained and are left out of every fit.

Printed per source: unanswerable abstained where that source's answerable abstained is 0.03 / 0.05 / 0.10 (the curve
read at three points; the question set's structural abstentions already take 0.047), and, across the folds, the rates
at the operating point chosen on the training folds as `benchmarks/fit_abstain.py` chooses it. Then two rules read from
`benchmarks/abstain_detail.py`: per-answer-type thresholds on the shipped probability, and "a who-question whose asked
act none of the best sentences states". Needs scikit-learn (benchmarks only; the product reads no fitted object).

    .venv/bin/python benchmarks/abstain_pool.py [--cases benchmarks/results/calibrate.json]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from calibrate import Case, load_cases  # noqa: E402

SOURCES = ("multihop", "squad", "question set")
BUDGETS = (0.03, 0.05, 0.10)
MIN_NULL = 0.95  # the operating point of `benchmarks/fit_abstain.py`: MultiHop-RAG null queries abstained >= this
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)
FOLDS = 5


def source(case: Case) -> str:
    return next(s for s in SOURCES if case.name.startswith(s))


def decidable(case: Case) -> bool:
    """Whether the decision reads this case (else it abstains whatever the decision)."""
    return not case.structural and case.features is not None


def features(case: Case, form: str) -> list[float]:
    from qa.abstain import expanded

    return list(expanded(case.features) if form == "shipped form" else case.features)


def group_weights(cases: Sequence[Case]) -> np.ndarray:
    """Each (source, answerable) group to the same total, as `benchmarks/fit_abstain.py` weights its fit."""
    count = Counter((source(c), c.unanswerable) for c in cases)
    w = np.array([1.0 / count[(source(c), c.unanswerable)] for c in cases])
    return w * len(cases) / w.sum()


def fitted(train: Sequence[Case], form: str, c_reg: float) -> Callable[[Sequence[Case]], np.ndarray]:
    """P(answerable) of a model of `form` fitted on `train`: logistic regression on the shipped features (with the
    length interactions) or on the evidence alone, or boosted trees (depth 3) on the evidence alone."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x = np.array([features(c, form) for c in train])
    y = np.array([0 if c.unanswerable else 1 for c in train])
    if form == "trees":
        model: Any = HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05,
                                                    l2_regularization=1.0, random_state=0)
        model.fit(x, y, sample_weight=group_weights(train))
    else:
        model = make_pipeline(StandardScaler(), LogisticRegression(C=c_reg, max_iter=5000))
        model.fit(x, y, logisticregression__sample_weight=group_weights(train))
    return lambda cases: model.predict_proba(np.array([features(c, form) for c in cases]))[:, 1] if cases else \
        np.array([])


def shipped(cases: Sequence[Case]) -> np.ndarray:
    """The committed decision's probability (fitted on this pool: in-sample, for reference)."""
    from qa.abstain import Evidence, probability

    return np.array([probability(Evidence(*c.features)) for c in cases])


def at_budget(cases: Sequence[Case], p: dict[int, float], budget: float) -> float | None:
    """Unanswerable abstained when the threshold lets `budget` of the answerable abstain (structural ones included)."""
    answerable = [c for c in cases if not c.unanswerable]
    unanswerable = [c for c in cases if c.unanswerable]
    if not answerable or not unanswerable:
        return None
    scores = sorted(p[id(c)] for c in answerable if decidable(c))
    free = int(budget * len(answerable)) - sum(not decidable(c) for c in answerable)
    cut = scores[free] if 0 <= free < len(scores) else (1.01 if free >= len(scores) else 0.0)
    return sum(not decidable(c) or p[id(c)] < cut for c in unanswerable) / len(unanswerable)


def curve_row(label: str, cases: Sequence[Case], p: dict[int, float]) -> list[str]:
    cells = []
    for s in SOURCES:
        part = [c for c in cases if source(c) == s]
        cells.append(" / ".join("-" if (x := at_budget(part, p, b)) is None else f"{x:.3f}" for b in BUDGETS))
    return [label, *cells]


def folds(cases: Sequence[Case]) -> list[tuple[list[Case], list[Case]]]:
    from sklearn.model_selection import StratifiedKFold

    fit_on = [c for c in cases if decidable(c)]
    strata = [f"{c.name}{c.unanswerable}" for c in fit_on]
    split = StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(fit_on, strata)
    return [([fit_on[i] for i in a], [fit_on[i] for i in b]) for a, b in split]


def cross_validated(cases: Sequence[Case], form: str, c_reg: float) -> tuple[dict[int, float], dict[int, bool]]:
    """Out-of-fold probabilities, and whether each abstains at the threshold chosen on its training folds."""
    p: dict[int, float] = {}
    abstained: dict[int, bool] = {}
    for train, test in folds(cases):
        predict = fitted(train, form, c_reg)
        null = predict([c for c in train if source(c) == "multihop" and c.unanswerable])
        always = sum(not decidable(c) for c in cases if source(c) == "multihop" and c.unanswerable) * len(train) / sum(
            decidable(c) for c in cases)  # the structural null queries, in the training folds' share
        cut = next((t for t in THRESHOLDS if (np.sum(null < t) + always) >= MIN_NULL * (len(null) + always)),
                   THRESHOLDS[-1])
        for c, x in zip(test, predict(test), strict=True):
            p[id(c)], abstained[id(c)] = float(x), bool(x < cut)
    return p, abstained


def left_out(cases: Sequence[Case], form: str, c_reg: float) -> dict[int, float]:
    """Probabilities of each source's questions from a model fitted on the other two sources."""
    p: dict[int, float] = {}
    for s in SOURCES:
        test = [c for c in cases if source(c) == s and decidable(c)]
        train = [c for c in cases if source(c) != s and decidable(c)]
        p.update(zip(map(id, test), map(float, fitted(train, form, c_reg)(test)), strict=True))
    return p


def rates(cases: Sequence[Case], abstains: Callable[[Case], bool]) -> list[str]:
    out = []
    for name in sorted({c.name for c in cases}):
        for unanswerable in (True, False):
            part = [c for c in cases if c.name == name and c.unanswerable == unanswerable]
            if part:
                out.append(f"{name} {'U' if unanswerable else 'A'} {sum(map(abstains, part)) / len(part):.3f}")
    return out


FORMS = (("shipped form", 1.0), ("shipped form", 0.1), ("evidence only", 1.0), ("evidence only", 0.1), ("trees", 0.0))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", type=Path, default=common.REPO / "benchmarks" / "results" / "calibrate.json")
    args = p.parse_args()
    warnings.filterwarnings("ignore", category=UserWarning)
    cases = [c for c in load_cases(args.cases) if c.half == "tune"]
    decided = [c for c in cases if decidable(c)]
    print(f"{len(cases)} cases, {len(decided)} read by the decision; "
          + ", ".join(f"{n} {'U' if u else 'A'} {k}" for (n, u), k in sorted(Counter(
              (c.name, c.unanswerable) for c in cases).items())))
    head = ["decision", *(f"{s}: U abstained at A abstained {'/'.join(map(str, BUDGETS))}" for s in SOURCES)]
    rows = [curve_row("shipped (in-sample)", cases, dict(zip(map(id, decided), shipped(decided), strict=True)))]
    operating = []
    for form, c_reg in FORMS:
        label = f"{form}" + (f", C={c_reg}" if form != "trees" else "")
        cv, abstained = cross_validated(cases, form, c_reg)
        rows.append(curve_row(f"CV {label}", cases, cv))
        rows.append(curve_row(f"left-out source {label}", cases, left_out(cases, form, c_reg)))
        operating.append([label, *rates(cases, lambda c, a=abstained: not decidable(c) or a[id(c)])])
    print(common.table(head, rows))
    print(f"\nCV, at the threshold chosen on the training folds (MultiHop-RAG null abstained >= {MIN_NULL}):")
    for row in operating:
        print("  " + row[0] + ": " + "; ".join(row[1:]))
    from abstain_rules import report_rules

    report_rules(cases, shipped)


if __name__ == "__main__":
    main()
