"""Why answerable questions abstain: for each question of a tuning half, which stage of the answer step abstains,
read from the product's own records (`Abstention.reason`, the stages' functions called in turn), and where the
sentence that answers stood (its fused chunk's rank, its candidate rank, the fitted probability had it led).

    .venv/bin/python benchmarks/misfires.py [DATA] [--work DIR] [--set questions|squad] [--all]

`--set questions` reads the question set's tune half (answerable questions; `--all`: every question, the ones that
must abstain too); `--set squad` SQuAD's even half. Prints one JSON line per question that abstains (with `--all`,
per question) and a count per stage.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402


def _stages(index: Any, ranked: Any, every: Sequence[Any]) -> dict[str, Any]:
    """Each abstention stage's verdict on the ranked question's candidates (`every`, moved to their fullest copies)."""
    from qa import abstain
    from qa.bars import structural_abstention
    from qa.stated import dated_now, undated, unnamed_doer

    q = ranked.question
    out: dict[str, Any] = {}
    structural = structural_abstention(every, q)
    out["structural"] = structural.reason if structural else ""
    out["no_measure"] = bool(abstain.unmeasured(q, every))
    out["reversed"] = bool(abstain.reversed_roles(index, q, every))
    out["no_doer"] = bool(unnamed_doer(index, q, every))
    out["undated"] = bool(undated(index, q, every) or dated_now(q, every))
    if every:
        best = every[0]
        out["described"] = abstain.described(q, best)
        out["searched"] = abstain.searched(q)
        out["headed"] = abstain.headed(q, best)
        out["p"] = round(abstain.probability(abstain.evidence(index, ranked, best)), 3)
    return out


def _right(index: Any, ranked: Any, every: Sequence[Any], holds: Callable[[str], bool]) -> dict[str, Any]:
    """Where the answering sentence stood: its chunk's fused rank, its candidate rank, and p had it led."""
    from qa import abstain

    chunk = next((i for i, (row, _) in enumerate(ranked.fused) if holds(index.chunk_text(row))), -1)
    cand = next((i for i, s in enumerate(every) if holds(s.text)), -1)
    out: dict[str, Any] = {"chunk_rank": chunk, "cand_rank": cand, "n_cands": len(every)}
    if cand >= 0:
        s = every[cand]
        out.update(p_if_led=round(abstain.probability(abstain.evidence(index, ranked, s)), 3),
                   right_score=round(s.score, 3), right_fit=round(s.fit, 2), right_names_counted=s.names_counted,
                   right_text=s.text[:200])
    return out


def diagnose(index: Any, question: str, history: list[dict[str, str]] | None,
             holds: Callable[[str], bool] | None) -> dict[str, Any]:
    """The final answer's abstention reason and every stage's verdict, for one question."""
    from qa.answer import answer_with
    from qa.candidates import score_sentences
    from qa.dialog import rank_in_context
    from qa.further_quotes import fullest_copies

    answer = answer_with(index, question, history)
    ranked = rank_in_context(index, question, history)
    every = fullest_copies(index, score_sentences(index, ranked)) if ranked.fused else []
    q = ranked.question
    out: dict[str, Any] = {"question": question, "reason": answer.abstention.reason if answer.abstention else "",
                           "missing": list(answer.abstention.missing) if answer.abstention else [],
                           "expected": q.expected or "", "measure": q.measure, "counted": q.counted,
                           "reading_counted": q.reading.counted, "party": list(q.reading.party),
                           "best": every[0].text[:200] if every else "",
                           "lead_ok": bool(holds and answer.quotes and not answer.abstained
                                           and holds(answer.quotes[0].text))}
    out.update(_stages(index, ranked, every))
    if holds is not None and ranked.fused:
        out.update(_right(index, ranked, every, holds))
    return out


def _question_set(index: Any, every: bool) -> list[dict[str, Any]]:
    sys.path.insert(0, str(common.REPO / "tests"))
    from question_set import conversation
    from questions import QUESTIONS

    from qa.clean import fold_text

    rows = []
    for q in QUESTIONS:
        if q.half != "tune" or not (q.expected or every):
            continue
        phrases = [fold_text(p) for p in q.expected]
        holds = (lambda text, ps=phrases: any(p in fold_text(text) for p in ps)) if phrases else None
        row = diagnose(index, q.question, conversation(index, q.history) or None, holds)
        rows.append({"kind": q.kind, "must_abstain": q.abstain, **row})
    return rows


def _squad(index: Any, data: Path, work: Path) -> list[dict[str, Any]]:
    from squad import holds, write_collection

    squad = common.require(data / "squad" / "dev-v1.1.json", "SQuAD dev-v1.1.json")
    _, questions = write_collection(squad, work / "squad-corpus")
    sample = random.Random(0).sample(questions, min(1000, len(questions)))[0::2]
    return [{"kind": "squad", "must_abstain": False,
             **diagnose(index, q["question"], None, lambda text, a=q["answers"]: holds(text, a))} for q in sample]


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--set", choices=("questions", "squad"), default="questions")
    p.add_argument("--all", action="store_true", help="every question, not only the answerable that abstain")
    args = p.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from qa.retrieve import load_index

    if args.set == "squad":
        index = load_index(args.work / "squad-index")
        rows = _squad(index, args.data, args.work)
    else:
        index = load_index(args.work / "realistic-ct200")
        rows = _question_set(index, args.all)
    shown = rows if args.all else [r for r in rows if r["reason"]]
    for r in shown:
        print(json.dumps(r, ensure_ascii=False))
    print(json.dumps({"n": len(rows), "abstained": sum(bool(r["reason"]) for r in rows),
                      "by_reason": Counter(r["reason"] for r in rows if r["reason"] and not r["must_abstain"])}))


if __name__ == "__main__":
    main()
