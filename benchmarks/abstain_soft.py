"""New evidence for the abstention, judged by how it generalises: read on the pool of `benchmarks/abstain_pool.py`
(the best sentences' text and score parts that `benchmarks/abstain_detail.py` records), each case's features extended,
then the shipped form refitted with and without them, judged by 5-fold cross-validation and by leave-one-source-out.

- **Soft cover** (`soft_cover`): the asked words stated by meaning. Each key term the best sentence does not hold
  counts by how close (cosine of the embedding model's vectors of single words) the sentence's nearest word comes
  ("death" for "die", "led" for "leads"), not as 0: the idf-weighted share so stated, and the least-stated term's
  closeness ("worst"). A near miss holds the names and topic but not the asked relation ("What is the population of
  Bakhmut?" over sentences on the fight for Bakhmut: "population" 0.23); a paraphrased answer has a near word.
- **Margins**: how far the best sentence stands out of the hand: its cosine and cover less those of the MARGIN_AT-th
  (an answer stands out; a near miss matches many sentences in part), free of each source's scale.

    .venv/bin/python benchmarks/abstain_soft.py [--cases benchmarks/results/calibrate.json]
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from abstain_pool import SOURCES, cross_validated, curve_row, decidable, left_out, rates, source  # noqa: E402
from calibrate import Case, load_cases  # noqa: E402

_WORD = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more (numbers and initials mean nothing alone)
MAX_WORDS = 40  # a sentence's words compared (its first ones)
ADDED = ("soft cover", "soft worst", "dense margin", "cover margin")
MARGIN_AT = 5  # the best sentence against the one at this place in the hand (`abstain_detail` records the best 10)


def soft_cover(vectors: Callable[[Sequence[str]], dict[str, np.ndarray]], question: str,
               weights: Mapping[str, float], sentence: str) -> tuple[float, float]:
    """(soft cover, worst) of `sentence` for the question's key terms (`weights`: BM25 token -> idf)."""
    from qa.tokens import STOP_WORDS, tokenize

    if not weights:
        return 1.0, 1.0
    held = set(tokenize(sentence))
    asked: dict[str, str] = {}  # each token of the question -> the first word spelling it ("leads" for "lead")
    for word in _WORD.findall(question.lower()):
        for token in tokenize(word):
            asked.setdefault(token, word)
    missing = {t: asked.get(t, t) for t in weights if t not in held}
    words = [w for w in dict.fromkeys(_WORD.findall(sentence.lower())) if w not in STOP_WORDS][:MAX_WORDS]
    near: dict[str, float] = {}
    if missing and words:
        vec = vectors([*missing.values(), *words])
        grid = np.stack([vec[w] for w in words])
        near = {t: max(0.0, float(np.max(grid @ vec[w]))) for t, w in missing.items()}
    closeness = {t: 1.0 if t in held else near.get(t, 0.0) for t in weights}
    total = sum(weights.values()) or 1.0
    return sum(weights[t] * closeness[t] for t in weights) / total, min(closeness.values())


def word_vectors() -> Callable[[Sequence[str]], dict[str, np.ndarray]]:
    """Each word's vector by the index's model (all-MiniLM-L6-v2), embedded alone, once."""
    from qa.embed import load_embedder

    embedder, cache = load_embedder(), {}

    def vectors(words: Sequence[str]) -> dict[str, np.ndarray]:
        new = [w for w in dict.fromkeys(words) if w not in cache]
        if new:
            cache.update(zip(new, np.asarray(embedder.encode(new), dtype=np.float32), strict=True))
        return {w: cache[w] for w in words}

    return vectors


def soft(cases: list[Case], soft: bool = True) -> dict[int, tuple[float, ...]]:
    """Each case's (soft cover, worst) of its best sentence, and its lead over the MARGIN_AT-th in cosine and cover."""
    vectors = word_vectors() if soft else None
    out = {}
    for c in cases:
        rows = (c.detail or {}).get("rows") or []
        if c.features is None or not rows:
            continue
        cover, worst = soft_cover(vectors, c.question, c.detail["weights"], rows[0]["text"]) if vectors else (1, 1)
        other = rows[min(MARGIN_AT, len(rows)) - 1]
        out[id(c)] = (cover, worst, rows[0]["dense"] - other["dense"], rows[0]["cover"] - other["cover"])
    return out


def auc(cases: list[Case], value: dict[int, float]) -> str:
    """AUC of answerable vs unanswerable by `value` (higher: answerable), per source."""
    from sklearn.metrics import roc_auc_score

    cells = []
    for s in SOURCES:
        part = [c for c in cases if source(c) == s and decidable(c) and id(c) in value]
        y = [0 if c.unanswerable else 1 for c in part]
        cells.append(f"{s} {roc_auc_score(y, [value[id(c)] for c in part]):.3f}" if len(set(y)) == 2 else f"{s} -")
    return ", ".join(cells)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", type=Path, default=common.REPO / "benchmarks" / "results" / "calibrate.json")
    p.add_argument("--which", default="both", choices=["both", "cover", "worst", "margins", "all"])
    args = p.parse_args()
    warnings.filterwarnings("ignore", category=UserWarning)
    cases = [c for c in load_cases(args.cases) if c.half == "tune"]
    values = soft(cases, soft=args.which != "margins")
    from abstain_pool import shipped

    decided = [c for c in cases if decidable(c)]
    ship = dict(zip(map(id, decided), shipped(decided), strict=True))
    print("AUC shipped probability:", auc(cases, ship))
    for i, name in enumerate(ADDED):
        print(f"AUC {name}:", auc(cases, {k: v[i] for k, v in values.items()}))
    keep = {"both": (0, 1), "cover": (0,), "worst": (1,), "margins": (2, 3), "all": (0, 1, 2, 3)}[args.which]
    extended = [replace(c, features=(*c.features, *(values.get(id(c), (1.0, 1.0, 0.0, 0.0))[i] for i in keep)))
                if c.features is not None else c for c in cases]
    head = ["decision", *(f"{s}: U abstained at A abstained 0.03/0.05/0.1" for s in SOURCES)]
    rows = []
    for label, pool in (("shipped form", cases), (f"shipped form + soft ({args.which})", extended)):
        for c_reg in (1.0, 0.1):
            cv, abstained = cross_validated(pool, "shipped form", c_reg)
            rows.append(curve_row(f"CV {label}, C={c_reg}", pool, cv))
            rows.append(curve_row(f"left-out source {label}, C={c_reg}", pool, left_out(pool, "shipped form", c_reg)))
            print(f"{label}, C={c_reg}, CV at the operating point: "
                  + "; ".join(rates(pool, lambda c, a=abstained: not decidable(c) or a[id(c)])))
    print(common.table(head, rows))


if __name__ == "__main__":
    main()
