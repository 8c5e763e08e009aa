"""Fit qa/lead.py's WEIGHTS: which of the best hand-scored candidates should lead, on the tuning halves only.

`--collect` runs the product's ranking and hand scoring (`qa.candidates`) on SQuAD's even half (squad.py's seed-0
sample; a candidate is right when it holds a gold answer and comes from the question's own paragraph) and on our
question set's tune half (the realistic index; right when it holds an expected phrase), and writes each
question's candidates as JSONL under --work. Then, without rerunning the product: `qa.lead.features` of the
first TOP candidates, and a listwise (softmax over each question's eligible candidates) or pairwise logistic fit.
Reported: top-1 right with the hand order vs. the learned one, in 5-fold cross-validation by question, and the
weights to paste into qa/lead.py (raw feature scale). scikit-learn and SciPy are used here only.

    .venv/bin/python benchmarks/fit_lead.py [DATA] --work DIR [--collect squad|set|both] [--C 0.1] [--learners]
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from squad import holds, write_collection  # noqa: E402

DUMPS = {"squad": ("lead-squad.jsonl", "squad-index"), "set": ("lead-set.jsonl", "realistic-ct200")}


def _record(index: Any, ranked: Any, right: Any) -> dict[str, Any]:
    from qa.candidates import score_sentences
    from qa.further_quotes import fullest_copies

    scored = fullest_copies(index, score_sentences(index, ranked))
    q = ranked.question
    return {"text": q.text, "expected": q.expected, "key_terms": list(q.key_terms), "counted": q.reading.counted,
            "query_vector": [round(float(v), 6) for v in ranked.query_vector],
            "scored": [asdict(s) for s in scored], "right": [bool(right(s.text)) for s in scored]}


def collect(args: Any, which: str) -> None:
    """Write `which`'s questions with their hand-scored candidates (runs the product: under the heavy lock)."""
    from question_set import conversation

    from qa.clean import fold_text
    from qa.dialog import rank_in_context
    from qa.retrieve import load_index

    sys.path.insert(0, str(common.REPO / "tests"))
    from questions import QUESTIONS

    name, index_name = DUMPS[which]
    index = load_index(args.work / index_name)
    with open(args.work / name, "w", encoding="utf-8") as out:
        if which == "squad":
            _, questions = write_collection(args.data / "squad" / "dev-v1.1.json", args.work / "squad-corpus")
            for q in random.Random(0).sample(questions, 1000)[0::2]:
                ranked = rank_in_context(index, q["question"], None, None)
                right = lambda t, q=q: holds(t, q["answers"]) and t in q["context"]  # noqa: E731
                out.write(json.dumps(_record(index, ranked, right)) + "\n")
        else:
            for q in (q for q in QUESTIONS if q.half == "tune" and q.expected):
                ranked = rank_in_context(index, q.question, conversation(index, q.history) or None, None)
                right = lambda t, q=q: any(fold_text(p) in fold_text(t) for p in q.expected)  # noqa: E731
                out.write(json.dumps(_record(index, ranked, right)) + "\n")
    print(f"wrote {args.work / name}")


def featurize(work: Path, which: str, start: int) -> tuple[np.ndarray, ...]:
    """x, y (right), ok (may lead), group, for the first TOP candidates of each dumped question."""
    from qa.lead import TOP, _eligible, features
    from qa.question import Question, with_reading
    from qa.retrieve import Ranked, load_index
    from qa.sentence_score import Scored

    name, index_name = DUMPS[which]
    index = load_index(work / index_name)
    xs, ys, oks, groups = [], [], [], []
    for g, line in enumerate(open(work / name, encoding="utf-8"), start=start):
        d = json.loads(line)
        if not d["scored"]:
            continue
        question = with_reading(Question(asked=d["text"], resolved=d["text"], text=d["text"], expected=d["expected"],
                                         key_terms=tuple(d["key_terms"])))  # its act (`Frame`), as answering reads
        ranked = Ranked(question, [], [], [], np.asarray(d["query_vector"], dtype=np.float32))
        scored = [Scored(**s) for s in d["scored"]]
        xs.append(features(index, ranked, scored))
        ys.append(np.asarray(d["right"][:TOP], dtype=np.float64))
        oks.append(np.asarray(_eligible(ranked, scored), dtype=np.float64))
        groups.append(np.full(len(ys[-1]), g))
    return tuple(np.concatenate(a) for a in (xs, ys, oks, groups))


def _pairs(x: np.ndarray, y: np.ndarray, group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    diffs = []
    for g in np.unique(group):
        at = np.flatnonzero(group == g)
        pos, neg = at[y[at] > 0], at[y[at] == 0]
        diffs += [x[p] - x[n] for p in pos for n in neg]
    d = np.asarray(diffs).reshape(-1, x.shape[1])
    return np.concatenate([d, -d]), np.concatenate([np.ones(len(d)), np.zeros(len(d))])


def _listwise(x: np.ndarray, y: np.ndarray, ok: np.ndarray, group: np.ndarray, C: float) -> np.ndarray:  # noqa: N803
    """Weights maximising the softmax probability of the right candidates among each question's eligible ones."""
    from scipy.optimize import minimize

    lists = []
    for g in np.unique(group):
        at = np.flatnonzero((group == g) & (ok > 0))
        if 0 < y[at].sum() < len(at):
            lists.append((x[at], y[at] > 0))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * w @ w / C, w / C
        for xs, pos in lists:
            e = np.exp(xs @ w - (xs @ w).max())
            total -= np.log((e * pos).sum()) - np.log(e.sum())
            grad = grad - (e * pos / (e * pos).sum() - e / e.sum()) @ xs
        return total, grad

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def _top1(w: np.ndarray, x: np.ndarray, y: np.ndarray, ok: np.ndarray, group: np.ndarray) -> np.ndarray:
    """Questions whose hand-first / learned-first / any candidate is right."""
    out = np.zeros(3, dtype=int)
    for g in np.unique(group):
        at = np.flatnonzero(group == g)
        s = np.where(ok[at] > 0, x[at] @ w, -np.inf)
        out += [int(y[at[0]] > 0), int(y[at[int(np.argmax(s))]] > 0), int(y[at].max() > 0)]
    return out


def _dumped(work: Path) -> tuple[list[str], tuple[np.ndarray, ...]]:
    """The dumped sets present under `work`, and x, y, ok, group, kind (which set) over all of them."""
    present = [which for which in DUMPS if (work / DUMPS[which][0]).exists()]
    parts = [featurize(work, which, 100_000 * i) for i, which in enumerate(present)]
    x, y, ok, group = (np.concatenate([p[k] for p in parts]) for k in range(4))
    kind = np.concatenate([np.full(len(p[1]), i) for i, p in enumerate(parts)])
    return present, (x, y, ok, group, kind)


def fit(work: Path, C: float, listwise: bool) -> None:  # noqa: N803
    """Cross-validated top-1 per set, then the weights fitted on everything."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from qa.lead import FEATURES

    present, (x, y, ok, group, kind) = _dumped(work)
    scale = x.std(axis=0) + 1e-9

    def train(mask: np.ndarray) -> np.ndarray:
        if listwise:
            return _listwise(x[mask] / scale, y[mask], ok[mask], group[mask], C) / scale
        px, py = _pairs(x[mask] / scale, y[mask], group[mask])
        return LogisticRegression(C=C, fit_intercept=False, max_iter=2000).fit(px, py).coef_[0] / scale

    for i, name in enumerate(present):
        sel = kind == i
        totals = np.zeros(3, dtype=int)
        for _, te in GroupKFold(5).split(x, y, group):
            test = np.zeros(len(y), bool)
            test[te] = True
            totals += _top1(train(~test), x[test & sel], y[test & sel], ok[test & sel], group[test & sel])
        n = len(np.unique(group[sel]))
        print(f"{name} ({n} questions), 5-fold: top-1 right hand {totals[0] / n:.3f} -> learned "
              f"{totals[1] / n:.3f} (any of the top: {totals[2] / n:.3f})")
    w = train(np.ones(len(y), bool))
    print("WEIGHTS = {" + ", ".join(f'"{f}": {v:.4f}' for f, v in zip(FEATURES, w, strict=True)) + "}")


def _relative(x: np.ndarray, group: np.ndarray) -> np.ndarray:
    """Each candidate's features less the best of its question's (what a tree cannot form from one row)."""
    out = np.zeros_like(x)
    for g in np.unique(group):
        at = group == g
        out[at] = x[at] - x[at].max(axis=0)
    return out


def learners(work: Path) -> None:
    """5-fold top-1 right (questions) per set: the weights in place (fitted on these tuning halves, so in-sample),
    the listwise softmax at several C, and gradient-boosted trees over the features and their within-question
    differences. Equal counts mean a new objective or learner gains nothing: only new information will."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    from qa.lead import FEATURES, WEIGHTS

    present, (x, y, ok, group, kind) = _dumped(work)
    scale = x.std(axis=0) + 1e-9
    folds = list(GroupKFold(5).split(x, y, group))
    trees = np.concatenate([x, _relative(x, group)], axis=1)

    def per_set(scores: np.ndarray) -> list[int]:
        right = [0] * len(present)
        for g in np.unique(group):
            at = np.flatnonzero(group == g)
            right[kind[at[0]]] += int(y[at[int(np.argmax(np.where(ok[at] > 0, scores[at], -np.inf)))]] > 0)
        return right

    rows = {"weights in place (in-sample)": per_set(x @ np.asarray([WEIGHTS[f] for f in FEATURES]))}
    for C in (0.03, 0.1, 0.3, 1.0):  # noqa: N806
        scores = np.zeros(len(y))
        for train, test in folds:
            w = _listwise(x[train] / scale, y[train], ok[train], group[train], C) / scale
            scores[test] = x[test] @ w
        rows[f"listwise softmax, C={C}"] = per_set(scores)
    scores = np.zeros(len(y))
    for train, test in folds:
        model = HistGradientBoostingClassifier(max_depth=3, max_iter=300, learning_rate=0.05, random_state=0)
        scores[test] = model.fit(trees[train], y[train]).predict_proba(trees[test])[:, 1]
    rows["boosted trees, features + within-question differences"] = per_set(scores)
    sizes = [len(np.unique(group[kind == i])) for i in range(len(present))]
    print(common.table(["learner", *(f"{name} top-1 of {n}" for name, n in zip(present, sizes, strict=True))],
                       [[name, *right] for name, right in rows.items()]))


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--collect", choices=("squad", "set", "both"), help="rerun the product's ranking (heavy)")
    p.add_argument("--C", type=float, default=0.1, help="inverse regularisation")
    p.add_argument("--pairwise", action="store_true", help="pairwise logistic regression, not listwise softmax")
    p.add_argument("--learners", action="store_true",
                   help="is it the learner or the features? 5-fold top-1 of several learners, no weights printed")
    args = p.parse_args()
    for which in DUMPS:
        if args.collect in (which, "both"):
            collect(args, which)
    if args.learners:
        learners(args.work)
    else:
        fit(args.work, args.C, not args.pairwise)


if __name__ == "__main__":
    main()
