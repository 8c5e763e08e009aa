"""Does a refit of qa/abstain.py's fitted decision abstain less on new articles? Its verdicts by block, offline.

Reads calibrate.py's recorded tuning halves (`--half tune`) and compares the weights in place with fit_abstain.py's
refit (the same form, today's cases), per set and per block of our question set ("the rest", each stop's block
written from new articles: `question_set._block`): unanswerable abstained / answerable abstained by the fitted
decision (with the structural abstentions calibrate records; the product's other rules are not replayed). Also each
new-article block held out in turn (the refit on every other case) at the same threshold, and the questions whose
verdict flips. No product run.

    .venv/bin/python benchmarks/abstain_blocks.py [--cases benchmarks/results/calibrate.json] [--threshold 0.37]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from calibrate import Case  # noqa: E402
from fit_abstain import decided, fit, load  # noqa: E402


def _placed() -> dict[str, Any]:
    from qa import abstain

    return {"weights": list(abstain.WEIGHTS), "bias": abstain.BIAS, "means": list(abstain.MEANS),
            "scales": list(abstain.SCALES)}


def _blocks() -> dict[str, str]:
    """Each tune question's block, by its text (our set's cases record the question as asked)."""
    from question_set import _block

    sys.path.insert(0, str(common.REPO / "tests"))
    from questions import QUESTIONS

    return {q.question: _block(q) for q in QUESTIONS if q.half == "tune"}


def _part(case: Case, blocks: dict[str, str]) -> str:
    return f"set: {blocks.get(case.question, '?')}" if case.name.startswith("question set") else case.name


def _cell(cases: list[Case], abstained: Any) -> str:
    un = [c for c in cases if c.unanswerable]
    an = [c for c in cases if not c.unanswerable]
    return f"{sum(map(abstained, un))}/{len(un)} ; {sum(map(abstained, an))}/{len(an)}"


def compare(path: Path, threshold: float, placed_at: float) -> None:
    """Per part: unanswerable abstained / answerable abstained, in place, refitted, and refitted without the block."""
    cases, _ = load(path)
    tune = [c for c in cases if c.half == "tune"]
    fitted = [c for c in tune if not c.structural and c.features is not None]
    blocks = _blocks()
    placed, refit = _placed(), fit(fitted)
    parts = list(dict.fromkeys(_part(c, blocks) for c in tune))
    new = [p for p in parts if p.startswith("set: stop")]
    held = {p: fit([c for c in fitted if _part(c, blocks) != p]) for p in new}
    print("largest weight change with a block held out:",
          max(max(abs(a - b) for a, b in zip(m["weights"], refit["weights"], strict=True)) for m in held.values()))
    rows = []
    for p in parts:
        at = [c for c in tune if _part(c, blocks) == p]
        row = [p, _cell(at, lambda c: decided(c, placed, placed_at)), _cell(at, lambda c: decided(c, refit, threshold))]
        if p in held:
            model = held[p]
            row.append(_cell(at, lambda c, m=model: decided(c, m, threshold)))
        else:
            row.append("-")
        rows.append(row)
    for label, chosen in (("unseen new-article blocks", new),):
        at = [c for c in tune if _part(c, blocks) in chosen]
        rows.append([label, _cell(at, lambda c: decided(c, placed, placed_at)),
                     _cell(at, lambda c: decided(c, refit, threshold)),
                     _cell(at, lambda c: decided(c, held[_part(c, blocks)], threshold))])
    print("unanswerable abstained ; answerable abstained")
    print(common.table(["part", f"in place, p < {placed_at}", f"refitted on all, p < {threshold}",
                        f"refitted without the block, p < {threshold}"], rows))
    print("\nverdicts that flip, in place -> refitted on all (our set):")
    for c in tune:
        a, b = decided(c, placed, placed_at), decided(c, refit, threshold)
        if a != b and c.name.startswith("question set"):
            kind = "must abstain" if c.unanswerable else "answerable"
            moved = "abstained -> answered" if a else "answered -> abstained"
            print(f"  {kind}, {blocks.get(c.question, '?')}: {moved} {c.question!r}")
    return None


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", type=Path, default=common.REPO / "benchmarks" / "results" / "calibrate.json")
    p.add_argument("--threshold", type=float, default=None, help="the refit's; default: qa.abstain.THRESHOLD")
    args = p.parse_args()
    from qa.abstain import THRESHOLD

    compare(args.cases, THRESHOLD if args.threshold is None else args.threshold, THRESHOLD)


if __name__ == "__main__":
    main()
