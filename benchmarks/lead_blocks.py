"""Does a refit of qa/lead.py's WEIGHTS generalise to new articles? Cross-validation by block, on fit_lead.py's dumps.

The question set's tune half grows by blocks written blind from new articles ("stop 26 fresh set", "stop 36 more
articles": the note of each question, `question_set._block`). Here each such block is held out in turn (leave one
block out) and the learned first's top-1 right is counted on it: the weights in place against listwise refits (as
fit_lead.py: softmax over each question's eligible candidates, standardised features, L2 C) trained on SQuAD even,
"the rest" and the other blocks (or only the blocks the weights in place saw), the set's questions weighted `up` times
SQuAD's. SQuAD even is read in 5 folds by question the same way (the weights in place were fitted on all of it:
in-sample there). Features are cached under --work (`lead-blocks.npz`; computing them needs the models: heavy lock).

    .venv/bin/python benchmarks/lead_blocks.py [DATA] --work DIR [--C 0.03,0.1,0.3,1] [--weights]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from fit_lead import DUMPS, featurize  # noqa: E402

# the blocks the weights in place were fitted with (01f50c3's tune half: the rest then, stop 24's and 25's sets)
SEEN = ("the rest", "stop 24 fresh set", "stop 25 fresh set")


def _blocks(work: Path) -> list[str]:
    """The block of each dumped set question, in dump order (fit_lead.py's collect order: tune half, expected)."""
    from question_set import _block

    sys.path.insert(0, str(common.REPO / "tests"))
    from questions import QUESTIONS

    asked = [q for q in QUESTIONS if q.half == "tune" and q.expected]
    lines = [json.loads(line) for line in open(work / DUMPS["set"][0], encoding="utf-8")]
    assert len(lines) == len(asked), "the dump is not of this tune half: collect again"
    return [_block(q) for q in asked]


def load(work: Path) -> dict[str, np.ndarray]:
    """x, y, ok, group for both dumps, with each question's block ("squad" for SQuAD even), cached."""
    cache = work / "lead-blocks.npz"
    if cache.exists():
        return dict(np.load(cache))
    sx, sy, sok, sg = featurize(work, "squad", 0)
    tx, ty, tok, tg = featurize(work, "set", 100_000)
    names = _blocks(work)
    block = np.concatenate([np.full(len(sy), "squad", dtype=object),
                            np.asarray([names[g - 100_000] for g in tg], dtype=object)]).astype(str)
    out = {"x": np.concatenate([sx, tx]), "y": np.concatenate([sy, ty]), "ok": np.concatenate([sok, tok]),
           "group": np.concatenate([sg, tg]), "block": block}
    np.savez(cache, **out)
    return out


def _lists(d: dict[str, np.ndarray], mask: np.ndarray) -> tuple[np.ndarray, ...]:
    """The masked questions as padded lists: features (L, TOP, F), right, eligible, block of each."""
    from qa.lead import TOP

    groups = np.unique(d["group"][mask])
    x = np.zeros((len(groups), TOP, d["x"].shape[1]))
    y, ok = np.zeros((len(groups), TOP)), np.zeros((len(groups), TOP))
    block = np.empty(len(groups), dtype=object)
    for i, g in enumerate(groups):
        at = np.flatnonzero(d["group"] == g)
        x[i, :len(at)], y[i, :len(at)], ok[i, :len(at)] = d["x"][at], d["y"][at], d["ok"][at]
        block[i] = d["block"][at[0]]
    return x, y, ok, block.astype(str)


def train(x: np.ndarray, y: np.ndarray, ok: np.ndarray, weight: np.ndarray, C: float,  # noqa: N803
          scale: np.ndarray) -> np.ndarray:
    """fit_lead.py's listwise softmax (standardised features, L2 1/C), each list weighted; raw-scale weights."""
    from scipy.optimize import minimize

    pos = y * ok
    keep = (pos.sum(1) > 0) & (pos.sum(1) < ok.sum(1))
    xs, pos, ok, weight = x[keep] / scale, pos[keep] > 0, ok[keep] > 0, weight[keep]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = np.where(ok, xs @ w, -np.inf)
        e = np.exp(s - s.max(axis=1, keepdims=True))
        ep = e * pos
        total = 0.5 * w @ w / C - weight @ (np.log(ep.sum(1)) - np.log(e.sum(1)))
        coef = (ep / ep.sum(1, keepdims=True) - e / e.sum(1, keepdims=True)) * weight[:, None]
        return total, w / C - np.einsum("lt,ltf->f", coef, xs)

    return minimize(loss, np.zeros(x.shape[2]), jac=True, method="L-BFGS-B").x / scale


def right(w: np.ndarray, x: np.ndarray, y: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Per list: whether the learned first among the eligible is right (ties to the hand order, as qa.lead.choose)."""
    s = np.where(ok > 0, x @ w, -np.inf)
    return y[np.arange(len(y)), np.argmax(s, axis=1)] > 0


def variants(cs: list[float]) -> list[tuple[str, float, bool, float]]:
    """(label, C, trained with the unseen new-article blocks, the set's weight against SQuAD's)."""
    out = []
    for C in cs:  # noqa: N806
        out += [(f"C={C}, SQuAD + seen blocks", C, False, 1.0), (f"C={C}, + other new blocks", C, True, 1.0),
                (f"C={C}, + other new blocks, set x2", C, True, 2.0),
                (f"C={C}, + other new blocks, set x4", C, True, 4.0)]
    return out


def cross_validate(work: Path, cs: list[float]) -> None:
    """Top-1 right per held-out new-article block and on SQuAD even's 5 folds, in place against each refit."""
    from qa.lead import FEATURES, WEIGHTS

    d = load(work)
    x, y, ok, block = _lists(d, np.ones(len(d["y"]), bool))
    scale = d["x"].std(axis=0) + 1e-9  # over the candidates, as fit_lead.py
    placed = np.asarray([WEIGHTS[f] for f in FEATURES])
    new = [b for b in dict.fromkeys(block) if b not in SEEN and b != "squad"]
    squad = np.flatnonzero(block == "squad")
    folds = [squad[i::5] for i in range(5)]
    tests = [(b, np.flatnonzero(block == b)) for b in new + ["stop 24 fresh set", "stop 25 fresh set"]]
    tests += [(f"squad fold {i}", f) for i, f in enumerate(folds)]
    rows = {"weights in place": {name: int(right(placed, x[t], y[t], ok[t]).sum()) for name, t in tests}}
    for label, C, with_new, up in variants(cs):  # noqa: N806
        row = {}
        for name, t in tests:
            held = np.zeros(len(y), bool)
            held[t] = True
            if name.startswith("squad"):  # SQuAD's other folds with the whole set (or its seen part)
                use = ~held & (with_new | np.isin(block, SEEN + ("squad",)))
            else:
                use = ~held & (with_new | np.isin(block, SEEN + ("squad",))) & (block != name)
            weight = np.where(block == "squad", 1.0, up)
            w = train(x[use], y[use], ok[use], weight[use], C, scale)
            row[name] = int(right(w, x[t], y[t], ok[t]).sum())
        rows[label] = row
    _print(rows, tests, new)


def _print(rows: dict[str, dict[str, int]], tests: list[tuple[str, np.ndarray]], new: list[str]) -> None:
    sizes = {name: len(t) for name, t in tests}
    unseen = sum(sizes[b] for b in new)
    squad = sum(v for k, v in sizes.items() if k.startswith("squad"))
    head = ["ranker", f"unseen new-article blocks ({unseen})", "stop 24+25 (in place: in-sample)",
            f"SQuAD even 5 folds ({squad}; in place: in-sample)", *(f"{b} ({sizes[b]})" for b in new)]
    body = []
    for label, row in rows.items():
        body.append([label, sum(row[b] for b in new), row["stop 24 fresh set"] + row["stop 25 fresh set"],
                     sum(v for k, v in row.items() if k.startswith("squad")), *(row[b] for b in new)])
    print(common.table(head, body))


def weights(work: Path, C: float, up: float) -> None:  # noqa: N803
    """The weights fitted on everything (SQuAD even, the whole tune half, the set weighted `up`), to paste."""
    from qa.lead import FEATURES

    d = load(work)
    x, y, ok, block = _lists(d, np.ones(len(d["y"]), bool))
    scale = d["x"].std(axis=0) + 1e-9  # over the candidates, as fit_lead.py
    w = train(x, y, ok, np.where(block == "squad", 1.0, up), C, scale)
    for name in ("squad", "set"):
        at = block == "squad" if name == "squad" else block != "squad"
        print(f"{name}: in-sample top-1 {int(right(w, x[at], y[at], ok[at]).sum())} of {int(at.sum())}")
    print("WEIGHTS = {" + ", ".join(f'"{f}": {v:.4f}' for f, v in zip(FEATURES, w, strict=True)) + "}")


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--C", default="0.03,0.1,0.3,1", help="comma-separated inverse regularisations")
    p.add_argument("--weights", action="store_true", help="print the weights fitted on everything at the first C")
    p.add_argument("--up", type=float, default=1.0, help="with --weights: the set's weight against SQuAD's")
    args = p.parse_args()
    cs = [float(c) for c in args.C.split(",")]
    if args.weights:
        weights(args.work, cs[0], args.up)
    else:
        cross_validate(args.work, cs)


if __name__ == "__main__":
    main()
