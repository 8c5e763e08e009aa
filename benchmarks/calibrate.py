"""Abstention calibrated on several corpora: the trade-off between abstaining on questions the articles cannot
answer and on questions they can, as the score bars of `qa.bars.answers` move.

Question sets, each split into a tuning and a reporting half:
- MultiHop-RAG (realistic index: shipped + MultiHop-RAG articles): its 301 `null_query` questions must abstain,
  the other 2,255 must not (halves: even / odd position in MultiHopRAG.json, as multihop_answers.py);
- SQuAD v1.1 dev questions (a fixed sample, seed 0): asked of the realistic index (wrong articles: must
  abstain) and of SQuAD's own index (must not abstain); halves: even / odd position in the sample;
- our question set (tests/questions.py, follow-ups after their conversation): answerable kinds must not abstain;
  near misses, off-topic, one-word off-topic and counting questions marked `abstain` must; its own halves.

Each question is ranked and scored once (`Index.rank`, `qa.candidates.score_sentences`, moved to the fullest copies as
`qa.answer` does); the abstentions that no bar moves (`qa.bars.structural_abstention`: unknown names, nothing
counted) are kept, and the bars are swept over the recorded best sentences: `min_score` on the score itself or on
`qa.bars.bar_score` (the parsed answer-kind bonus capped at the word patterns' W_TYPE), `weak_dense`, `min_cover`.
Reported: per set and half, the share abstained of the unanswerable and of the answerable questions; the operating
point is chosen on the tuning halves: most unanswerable abstained (mean over sets) with no set's answerable abstained
above max(0.05, what the shipped bars abstain there), so the bars never trade answerable questions for it.
`--cases FILE` sweeps the cases of an earlier results file again without asking anything. Each case also records the
question and its `qa.abstain.Evidence`, which `benchmarks/fit_abstain.py` fits the decision of `qa.abstain` on;
`--half tune` asks only the tuning halves (for fitting; the reporting halves once, at the end).

`--shipped-only` asks everything of the three shipped articles alone (a small index, minutes not hours): every
MultiHop-RAG and SQuAD question is then unanswerable (wrong articles), and only our question set's answerable
questions are on the answerable side.

    .venv/bin/python benchmarks/calibrate.py [DATA] [--work DIR] [--squad N] [--multihop N] [--shipped-only]
                                             [--cases benchmarks/results/calibrate.json]
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from abstain_detail import detail  # noqa: E402

sys.path.insert(0, str(common.REPO / "tests"))
from questions import QUESTIONS  # noqa: E402

MIN_SCORES = [round(0.30 + 0.02 * i, 2) for i in range(26)]  # 0.30 .. 0.80
WEAK_DENSES = [0.35, 0.40, 0.45, 0.50, 0.55]
MIN_COVERS = [0.4, 0.5, 0.6, 0.7]
MAX_ANSWERABLE_ABSTAINED = 0.05
# Our set's questions that must abstain for want of the fact: a set of their own in the tables (the fit and its
# operating point count them with the rest of our set, `benchmarks/fit_abstain.py`).
OFF_TOPIC_KINDS = frozenset({"near_miss", "off_topic", "one_word"})


@dataclass(frozen=True, slots=True)
class Case:
    """One question's recorded outcome: which set and half, whether it must abstain, and what the bars read."""

    name: str
    half: str
    unanswerable: bool
    structural: bool  # abstains whatever the bars (unknown names, no count, nobody named)
    best: tuple[float, float, float, float] | None  # (score, dense, cover, bar score) of the best sentence; None:
    # no candidate. The bar score is what `qa.bars.answers` reads (`bar_score`: the answer-kind bonus capped).
    features: tuple[float, ...] | None = None  # `qa.abstain.Evidence` of the best sentence (what the fit reads)
    question: str = ""
    detail: Any = None  # `abstain_detail.detail`: what offline decisions of other forms read


def record(index: Any, question: str, name: str, half: str, unanswerable: bool,
           history: list[dict[str, str]] | None = None) -> Case | None:
    """Rank and score `question` once, as `qa.answer.answer_with` does (after the chat `history`, if any); None for a
    bare search ("Podolyak"), which `qa.abstain.searched`'s rule decides whatever the fit."""
    from qa.abstain import MIN_CHUNKS, evidence, ruled_out, searched
    from qa.bars import bar_score, structural_abstention
    from qa.candidates import score_sentences
    from qa.dialog import rank_in_context
    from qa.further_quotes import fullest_copies

    ranked = rank_in_context(index, question, history)
    if searched(ranked.question) and index.bm25.n_docs >= MIN_CHUNKS:  # on fewer chunks the bars decide
        return None
    if not ranked.fused:
        return Case(name, half, unanswerable, True, None, None, question)
    scored = fullest_copies(index, score_sentences(index, ranked))
    structural = (structural_abstention(scored, ranked.question)
                  or ruled_out(index, ranked.question, scored)) is not None
    best = (scored[0].score, scored[0].dense, scored[0].cover, bar_score(scored[0])) if scored else None
    features = astuple(evidence(index, ranked, scored[0])) if scored else None  # `qa.abstain.expanded` adds the rest
    return Case(name, half, unanswerable, structural or best is None, best, features, question,
                detail(index, ranked, scored))
    # (`structural` also holds `qa.abstain.ruled_out`: a measure no best sentence gives, the asked act stated only
    # with its parties reversed, not by its named doer or not with its own date)


Bars = tuple[float, float, float, float]  # min_score, weak_dense, min_cover, capped (1: the bar reads `bar_score`)


def abstains(case: Case, bars: Bars) -> bool:
    """Whether `case` abstains at these bars (the rule of `qa.bars.answers`)."""
    if case.structural or case.best is None:
        return True
    score, dense, cover, capped = case.best
    min_score, weak_dense, min_cover, use_capped = bars
    return (capped if use_capped else score) < min_score or (dense < weak_dense and cover < min_cover)


def rates(cases: list[Case], bars: Bars) -> dict[str, float | None]:
    """Shares abstained of the unanswerable and of the answerable cases."""
    out: dict[str, float | None] = {}
    for key, want in (("unanswerable_abstained", True), ("answerable_abstained", False)):
        group = [c for c in cases if c.unanswerable == want]
        out[key] = round(sum(abstains(c, bars) for c in group) / len(group), 4) if group else None
        out[key.split("_")[0] + "_n"] = len(group)
    return out


HALVES = {"tune", "report"}  # the halves asked (`--half`); the other's questions are not asked at all


def load_cases(path: Path) -> list[Case]:
    """The cases of an earlier results file (older files lack the features and the question)."""
    rows = [(*row, None, "", None)[:8] if len(row) < 8 else row for row in json.loads(path.read_text())["cases"]]
    return [Case(n, h, u, st, tuple(b) if b else None, tuple(f) if f else None, q, d)
            for n, h, u, st, b, f, q, d in rows]


def multihop_cases(data: Path, index: Any, n: int, wrong: bool) -> list[Case]:
    """MultiHop-RAG's queries (every n-th, keeping positions' parity for the halves); `wrong`: asked of other
    articles, so all are unanswerable."""
    queries = json.loads(common.require(data / "multihop-rag" / "MultiHopRAG.json", "queries").read_text())
    step = max(1, len(queries) // n) // 2 * 2 + 1 if n < len(queries) else 1  # odd: both halves sampled
    name = "multihop, wrong articles" if wrong else "multihop"
    cases = [record(index, q["query"], name, _half(i), wrong or q["question_type"] == "null_query")
             for i, q in enumerate(queries) if i % step == 0 and _half(i) in HALVES]
    return [c for c in cases if c is not None]


def _half(i: int) -> str:
    return "tune" if i % 2 == 0 else "report"


def squad_cases(data: Path, work: Path, realistic: Any, n: int, own_side: bool = True) -> list[Case]:
    from qa.retrieve import load_index

    squad = json.loads(common.require(data / "squad" / "dev-v1.1.json", "SQuAD dev-v1.1.json").read_text())["data"]
    questions = [qa["question"] for a in squad for p in a["paragraphs"] for qa in p["qas"]]
    sample = random.Random(0).sample(questions, min(n, len(questions)))
    out = [record(realistic, q, "squad, wrong articles", _half(i), True)
           for i, q in enumerate(sample) if _half(i) in HALVES]
    own = work / "squad-index"
    if not own_side:
        return out
    if (own / "CURRENT").exists():  # built by benchmarks/squad.py
        index = load_index(own)
        out += [record(index, q, "squad, own articles", _half(i), False)
                for i, q in enumerate(sample) if _half(i) in HALVES]
    else:
        print(f"no SQuAD index at {own}: run benchmarks/squad.py first for SQuAD's answerable side")
    return [c for c in out if c is not None]


def question_set_cases(index: Any, shipped_only: bool) -> list[Case]:
    """Our set's questions, each after its conversation replayed through the product (`question_set.conversation`),
    as the chat asks it; over the shipped articles alone, those only a distractor answers are left out (and F-16 is
    a near miss again)."""
    from question_set import conversation

    cases = [record(index, q.question, "question set, off-topic" if q.kind in OFF_TOPIC_KINDS else "question set",
                    q.half, q.abstain or (shipped_only and "F-16" in q.question),
                    conversation(index, q.history) or None)
             for q in QUESTIONS if (q.abstain or q.expected) and q.half in HALVES
             and not (shipped_only and q.answered_by != "shipped" and "F-16" not in q.question)]
    return [c for c in cases if c is not None]


def grid() -> list[Bars]:
    return [(m, w, c, k) for m in MIN_SCORES for w in WEAK_DENSES for c in MIN_COVERS for k in (0.0, 1.0)]


def choose(cases: list[Case], shipped: Bars) -> Bars:
    """The bars chosen on the tuning halves: most unanswerable abstained (mean over sets) with no set's answerable
    abstained above its budget (MAX_ANSWERABLE_ABSTAINED, or what the shipped bars abstain if more: the bars may
    not raise it); ties go to the least answerable abstained."""
    tune = [c for c in cases if c.half == "tune"]
    sets = sorted({c.name for c in tune})
    budget = {s: max(MAX_ANSWERABLE_ABSTAINED, rates([c for c in tune if c.name == s], shipped)["answerable_abstained"]
                     or 0.0) for s in sets}
    best: tuple[tuple[float, ...], Bars] | None = None
    for bars in grid():
        r = {s: rates([c for c in tune if c.name == s], bars) for s in sets}
        within = all((r[s]["answerable_abstained"] or 0.0) <= budget[s] for s in sets)
        caught = sum((x["unanswerable_abstained"] or 0.0) for x in r.values() if x["unanswerable_n"]) / len(sets)
        lost = sum((x["answerable_abstained"] or 0.0) for x in r.values()) / len(sets)
        key = (within, caught if within else -lost, -lost)
        if best is None or key > best[0]:
            best = (key, bars)
    assert best is not None
    return best[1]


def _label(bars: Bars) -> str:
    return " / ".join(f"{x:.2f}" for x in bars[:3]) + (" (capped)" if bars[3] else "")


def report(cases: list[Case], shipped: Bars, chosen: Bars) -> dict[str, Any]:
    """Print each set's rates at the shipped and the chosen bars, and the tuning halves' curve; return the curve."""
    sets = sorted({c.name for c in cases})
    rows = []
    for label, bars in (("shipped bars", shipped), ("chosen on tune", chosen)):
        for s in sets:
            for h in ("tune", "report"):
                r = rates([c for c in cases if c.name == s and c.half == h], bars)
                rows.append([label, _label(bars), s, h, r["unanswerable_n"], r["unanswerable_abstained"],
                             r["answerable_n"], r["answerable_abstained"]])
    print(common.table(["bars", "min_score / weak_dense / min_cover", "set", "half", "unanswerable", "abstained",
                        "answerable", "abstained"], [["-" if x is None else x for x in row] for row in rows]))
    curve: dict[str, Any] = {}
    for capped in (0.0, 1.0):
        print(f"\ncurve (tune halves; weak_dense {chosen[1]:.2f}, min_cover {chosen[2]:.2f}, "
              f"{'capped bar score' if capped else 'score'}): min_score -> abstained unanswerable / answerable")
        for m in MIN_SCORES:
            bars = (m, chosen[1], chosen[2], capped)
            cells = {s: rates([c for c in cases if c.name == s and c.half == "tune"], bars) for s in sets}
            curve[_label(bars)] = cells
            print(f"  {m:.2f}  " + "; ".join(f"{s}: {x['unanswerable_abstained']} / {x['answerable_abstained']}"
                                            for s, x in cells.items()))
    return curve


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--squad", type=int, default=600, help="SQuAD questions in the sample (seed 0)")
    p.add_argument("--multihop", type=int, default=2556, help="about this many MultiHop-RAG queries (spread evenly)")
    p.add_argument("--shipped-only", action="store_true", help="ask everything of the shipped articles alone")
    p.add_argument("--cases", type=Path, help="sweep the cases of an earlier result file instead of asking again")
    p.add_argument("--half", choices=["tune", "report", "all"], default="all", help="ask only this half")
    args = p.parse_args()
    HALVES.intersection_update({"tune", "report"} if args.half == "all" else {args.half})
    started = common.machine()
    from qa.bars import MIN_COVER_IF_WEAK, MIN_SCORE, WEAK_DENSE

    if args.cases:
        cases = load_cases(args.cases)
    else:
        cases = ask_all(args)
    shipped = (MIN_SCORE, WEAK_DENSE, MIN_COVER_IF_WEAK, 1.0)  # `qa.bars.answers` reads the capped bar score
    chosen = choose(cases, shipped)
    curve = report(cases, shipped, chosen)
    cases_out = [[c.name, c.half, c.unanswerable, c.structural, c.best, c.features, c.question, c.detail]
                 for c in cases]
    name = "calibrate" + ("-shipped" if args.shipped_only else "")
    path = common.write_results(name, {"shipped": shipped, "chosen": chosen, "curve": curve, "n_cases": len(cases),
                                       "cases": cases_out}, started)
    print(f"wrote {path}; load {common.load_average()}")


def ask_all(args: Any) -> list[Case]:
    """Every question of every set asked once: of the shipped articles alone, or of the realistic index."""
    from qa.retrieve import load_index

    if args.shipped_only:
        common.ensure_index(common.REPO / "articles", args.work / "shipped-ct200")
        index = load_index(args.work / "shipped-ct200")
    else:
        index = load_index(common.require(args.work / "realistic-ct200", "realistic index (question_set.py)"))
    cases = question_set_cases(index, shipped_only=args.shipped_only)
    cases += multihop_cases(args.data, index, args.multihop, wrong=args.shipped_only)
    return cases + squad_cases(args.data, args.work, index, args.squad, own_side=not args.shipped_only)


if __name__ == "__main__":
    main()
