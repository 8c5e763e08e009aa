"""Why answerable questions abstain, and why questions that must abstain answer: for each question of a tuning half,
which stage of the answer step abstains or lets it through, read from the product's own records (`Abstention.reason`,
the stages' functions called in turn), and where the sentence that answers stood (its fused chunk's rank, its
candidate rank, the fitted probability had it led).

    .venv/bin/python benchmarks/misfires.py [DATA] [--work DIR] [--set questions|squad|multihop] [--all] [--answered]
        [--half tune|report|fresh]

`--set questions` reads the question set's tune half (answerable questions; `--all`: every question, the ones that
must abstain too); `--set squad` SQuAD's even half. Prints one JSON line per question that abstains (with `--all`,
per question) and a count per stage. `--answered` turns to the questions that must abstain: the question set's tune
half (off-topic, one word, near misses, the counting ones marked), SQuAD's even half asked of the wrong articles (the
realistic index), `--set multihop` MultiHop-RAG's even null queries (its own index); one line per question answered,
with the stage that let it through (`through`), and a count per stage. `--half report|fresh` (the question set's report
half, or the held-out sets) prints the counts alone: those questions' failures are never read, only how many each
stage causes.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402


def _stages(index: Any, ranked: Any, every: Sequence[Any]) -> dict[str, Any]:
    """Each abstention stage's verdict on the ranked question's candidates (`every`, moved to their fullest copies)."""
    from qa import abstain
    from qa.bars import structural_abstention
    from qa.rescore import role_held
    from qa.stated import dated_now, undated, unnamed_doer
    from qa.unnamed import unnamed

    q = ranked.question
    out: dict[str, Any] = {}
    structural = structural_abstention(every, q)
    out["structural"] = structural.reason if structural else ""
    out["no_measure"] = bool(abstain.unmeasured(q, every))
    out["reversed"] = bool(abstain.reversed_roles(index, q, every))
    out["no_doer"] = bool(unnamed_doer(index, q, every))
    out["undated"] = bool(undated(index, q, every) or dated_now(q, every))
    out["unnamed"] = bool(unnamed(q, every))
    if every:
        best = every[0]
        out["described"] = abstain.described(q, best)
        out["role_held"] = role_held(index, q, best)
        out["searched"] = abstain.searched(q)
        out["headed"] = abstain.headed(q, best)
        ev = abstain.evidence(index, ranked, best)
        out["p"] = round(abstain.probability(ev), 3)
        out["evidence"] = {k: round(v, 3) for k, v in asdict(ev).items()}
    return out


def through(index: Any, q: Any, stages: dict[str, Any]) -> tuple[str, list[str]]:
    """The stage that let an answered question through (what decided to answer, in `qa.abstain.answers`' order),
    and the rules ahead of it that were asked and passed (a count, a measure, a doer, an attribute named)."""
    from qa.abstain import MIN_CHUNKS
    from qa.stated import role_doer

    frame = q.reading.frame
    passed = [name for name, asked in (
        ("count", bool(q.counted or q.reading.counted)), ("measure", bool(q.measure)),
        ("attribute", bool(q.reading.attribute)),
        ("doer", frame is not None and bool(frame.actor or role_doer(q.text, frame.lemma))),
        ("reversed", frame is not None and bool(frame.actor and frame.others)),
        ("date", frame is not None and frame.asks == "when" and q.expected == "date")) if asked]
    for stage in ("described", "role_held"):
        if stages.get(stage):
            return stage, passed
    if index.bm25.n_docs < MIN_CHUNKS:
        return "bars", passed
    return ("searched" if stages.get("searched") else "fitted"), passed


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
    if not answer.abstained:
        out["through"], out["passed"] = through(index, q, out)
        out["lead"] = answer.quotes[0].text[:200]
        out["lead_fit"] = round(every[0].fit, 2) if every else None
        out["rewritten"] = answer.resolved_question != question
    return out


def _question_set(index: Any, every: bool, answered: bool = False, half: str = "tune") -> list[dict[str, Any]]:
    sys.path.insert(0, str(common.REPO / "tests"))
    from fresh_questions import FRESH
    from question_set import conversation
    from questions import QUESTIONS

    from qa.clean import fold_text

    rows = []
    for q in (*QUESTIONS, *FRESH):
        if q.half != half or not (q.abstain if answered else q.expected or every):
            continue
        phrases = [fold_text(p) for p in q.expected]
        holds = (lambda text, ps=phrases: any(p in fold_text(text) for p in ps)) if phrases else None
        row = diagnose(index, q.question, conversation(index, q.history) or None, holds)
        rows.append({"kind": q.kind, "must_abstain": q.abstain, **row})
    return rows


def _squad(index: Any, data: Path, work: Path, wrong: bool = False) -> list[dict[str, Any]]:
    """SQuAD's even half asked of its own articles, or (`wrong`) of the realistic index, where it must abstain."""
    from squad import holds, write_collection

    squad = common.require(data / "squad" / "dev-v1.1.json", "SQuAD dev-v1.1.json")
    _, questions = write_collection(squad, work / "squad-corpus")
    sample = random.Random(0).sample(questions, min(1000, len(questions)))[0::2]
    return [{"kind": "squad, wrong articles" if wrong else "squad", "must_abstain": wrong,
             **diagnose(index, q["question"], None, None if wrong else lambda text, a=q["answers"]: holds(text, a))}
            for q in sample]


def _multihop_null(index: Any, data: Path) -> list[dict[str, Any]]:
    """MultiHop-RAG's null queries at even positions (the tuning half), asked as `multihop_answers.py` asks them."""
    queries = json.loads(common.require(data / "multihop-rag" / "MultiHopRAG.json", "queries").read_text())
    return [{"kind": "multihop null", "must_abstain": True, **diagnose(index, r["query"], None, None)}
            for i, r in enumerate(queries) if i % 2 == 0 and r["question_type"] == "null_query"]


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--set", choices=("questions", "squad", "multihop"), default="questions")
    p.add_argument("--all", action="store_true", help="every question, not only the answerable that abstain")
    p.add_argument("--answered", action="store_true", help="the questions that must abstain and answer")
    p.add_argument("--half", choices=("tune", "report", "fresh"), default="tune",
                   help="the question set's half (report, fresh: the counts alone, never a question's records)")
    args = p.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from qa.retrieve import load_index

    if args.set == "multihop":
        rows = _multihop_null(load_index(common.multihop_index_dir(args.work)), args.data)
    elif args.set == "squad":
        index = load_index(args.work / ("realistic-ct200" if args.answered else "squad-index"))
        rows = _squad(index, args.data, args.work, wrong=args.answered)
    else:
        index = load_index(args.work / "realistic-ct200")
        rows = _question_set(index, args.all, args.answered, args.half)
    held_out = args.set == "questions" and args.half != "tune"  # counts alone
    if args.answered or args.set == "multihop":
        shown = [] if held_out else rows if args.all else [r for r in rows if not r["reason"]]
        for r in shown:
            print(json.dumps(r, ensure_ascii=False))
        answered = [r for r in rows if not r["reason"]]
        print(json.dumps({"n": len(rows), "answered": len(answered), "through": Counter(r["through"] for r in answered),
                          "passed": Counter(x for r in answered for x in r["passed"])}))
        return
    shown = [] if held_out else rows if args.all else [r for r in rows if r["reason"]]
    for r in shown:
        print(json.dumps(r, ensure_ascii=False))
    print(json.dumps({"n": len(rows), "abstained": sum(bool(r["reason"]) for r in rows),
                      "by_reason": Counter(r["reason"] for r in rows if r["reason"] and not r["must_abstain"])}))


if __name__ == "__main__":
    main()
