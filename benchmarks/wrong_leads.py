"""Why answerable questions are answered with the wrong lead: for each question of a tuning half whose answer does not
abstain but whose lead quote misses the expected phrase (or runs past 400 characters), which stage put another
sentence first, read from the product's own records (the candidates `qa.candidates.score_sentences` returns, the
hand order before `qa.rescore`, `qa.lead`'s features, weights and eligibility, the quote `qa.answer` builds). No
output string is parsed. (Abstentions on answerable questions are benchmarks/misfires.py's.)

    .venv/bin/python benchmarks/wrong_leads.py [DATA] [--work DIR] [--set questions|squad] [--half tune|report|fresh]

Causes, first that applies: `retrieval` (no candidate chunk holds the answer), `not a candidate` (a candidate chunk
holds it, no candidate sentence does: split over sentences, or left out; a chunk past the CANDIDATE_CHUNKS is
retrieval's), `hand order` (the right sentence ranks
TOP or below after `qa.rescore`; `rescore` when it ranked within TOP before it), `eligibility` (within TOP, barred by
`qa.lead._eligible`), `learned ranker` (within TOP, eligible, another scores higher), `quote` (the right sentence
leads but the quote loses it: clause cut, or a join past 400 characters), `other check` (the lead holds the phrase;
the question set's other checks fail); for SQuAD, `metric` when the quote holds the answer once punctuation is read as
a space (squad.py's test joins "24-yard" into one word). Prints one JSON line per such question and a count per
cause; `--dump`: every answered question, with its TOP candidates' records. `--half report|fresh` (the question set's
report half, or the held-out sets) prints the counts alone: those questions' failures are never read, only how many
each stage causes.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

LEAD_MAX = 400
DUMP = False  # --dump: every answered question's records, the first TOP candidates' too


def _unparsed(index: Any, ranked: Any) -> list[Any]:
    """The candidates in hand order before `qa.rescore` reads their parse (its fit, the fit's term)."""
    import qa.candidates as candidates
    from qa.further_quotes import fullest_copies

    real = candidates.rescore
    candidates.rescore = lambda index, question, scored, weights: scored
    try:
        return fullest_copies(index, candidates.score_sentences(index, ranked))
    finally:
        candidates.rescore = real


def _learned(index: Any, ranked: Any, every: Sequence[Any]) -> tuple[list[float], list[bool]]:
    """`qa.lead`'s learned scores and eligibility over the first TOP candidates (as `qa.lead.choose` reads them)."""
    import numpy as np

    from qa import lead

    if len(every) < 2:
        return [0.0] * len(every), [True] * len(every)
    scores = lead.features(index, ranked, every) @ np.asarray([lead.WEIGHTS[f] for f in lead.FEATURES])
    return [round(float(x), 3) for x in scores], lead._eligible(ranked, every)


def _cause(right: dict[str, Any], lead_row: int, lead_holds: bool, quote_holds: bool, quote_len: int) -> str:
    """The first stage that put the right sentence behind the lead, from the records gathered in `diagnose`."""
    from qa.candidates import CANDIDATE_CHUNKS
    from qa.lead import TOP

    if quote_holds and quote_len <= LEAD_MAX:
        return "other check"
    if lead_holds:
        return "quote (cut or joined past 400)"
    if right["chunk_rank"] < 0:
        return "retrieval"
    if right["cand_rank"] < 0:
        return "not a candidate" if right["chunk_rank"] < CANDIDATE_CHUNKS else "retrieval (chunk below the candidates)"
    if right["cand_rank"] >= TOP:
        return "rescore" if 0 <= right["unparsed_rank"] < TOP else "hand order"
    if not right["eligible"]:
        return "eligibility"
    return "learned ranker" if right["row"] != lead_row else "quote (cut or joined past 400)"


def diagnose(index: Any, question: str, history: list[dict[str, str]] | None, holds: Callable[[str], bool],
             checks: Callable[[Any], dict[str, bool]], loose: Callable[[str], bool] | None = None
             ) -> dict[str, Any] | None:
    """The records of one question answered with a lead that misses, or None when it abstains or passes."""
    from qa.answer import answer_with
    from qa.candidates import score_sentences
    from qa.dialog import rank_in_context
    from qa.further_quotes import fullest_copies
    from qa.lead import choose

    answer = answer_with(index, question, history)
    failed = [name for name, ok in checks(answer).items() if not ok]
    if answer.abstained or not (failed or DUMP):
        return None
    ranked = rank_in_context(index, question, history)
    every = fullest_copies(index, score_sentences(index, ranked))
    unparsed = _unparsed(index, ranked)
    learned, eligible = _learned(index, ranked, every)
    led = choose(index, ranked, every)[0] if every else None
    quote = answer.quotes[0]
    cand = next((i for i, s in enumerate(every) if holds(s.text)), -1)
    right: dict[str, Any] = {
        "chunk_rank": next((i for i, (row, _) in enumerate(ranked.fused) if holds(index.chunk_text(row))), -1),
        "cand_rank": cand, "n_cands": len(every), "row": every[cand].row if cand >= 0 else -1,
        "unparsed_rank": next((i for i, s in enumerate(unparsed) if holds(s.text)), -1),
        "eligible": cand < len(eligible) and eligible[cand] if cand >= 0 else False}
    lead_rank = next((i for i, s in enumerate(every) if led is not None and s.row == led.row), -1)
    out: dict[str, Any] = {
        "question": question, "failed": failed, "expected": ranked.question.expected or "",
        "counted": ranked.question.reading.counted, "lead_quote": quote.text[:300], "lead_len": len(quote.text),
        "lead_cand_rank": lead_rank, "lead_score": round(led.score, 3) if led else None,
        "lead_learned": learned[lead_rank] if 0 <= lead_rank < len(learned) else None,
        "lead_fit": round(led.fit, 2) if led else None, **right}
    if cand >= 0:
        s = every[cand]
        out.update(right_score=round(s.score, 3), right_base=round(s.base, 3), right_fit=round(s.fit, 2),
                   right_names_counted=s.names_counted, right_learned=learned[cand] if cand < len(learned) else None,
                   right_text=s.text[:300])
    out["top"] = [{"score": round(s.score, 4), "fit": round(s.fit, 3), "counted": s.names_counted,
                   "learned": learned[i], "eligible": bool(eligible[i]), "holds": holds(s.text), "len": len(s.text),
                   "dense": round(s.dense, 4), "cover": round(s.cover, 4)}
                  for i, s in enumerate(every[:len(learned)])]
    lead_holds = led is not None and holds(led.text)
    out["cause"] = _cause(right, led.row if led else -1, lead_holds, holds(quote.text), len(quote.text))
    if out["cause"] == "learned ranker" and led is not None:  # does the lead restate the question?
        more = led.cover > every[cand].cover
        out["cause"] += " (lead covers more key terms)" if more else " (right covers as many key terms)"
    if loose is not None and loose(quote.text):
        out["cause"] = "metric (the quote holds it; a dash or hyphen joins words)"
    return out


def _question_set(index: Any, half: str = "tune") -> tuple[int, list[dict[str, Any]]]:
    sys.path.insert(0, str(common.REPO / "tests"))
    from fresh_questions import FRESH
    from question_set import checks_for, conversation
    from questions import QUESTIONS

    from qa.clean import fold_text

    rows, n = [], 0
    for q in (*QUESTIONS, *FRESH):
        if q.half != half or not q.expected:
            continue
        n += 1
        phrases = [fold_text(p) for p in q.expected]
        row = diagnose(index, q.question, conversation(index, q.history) or None,
                       lambda text, ps=phrases: any(p in fold_text(text) for p in ps),
                       lambda answer, q=q: checks_for(q, answer))
        if row is not None:
            rows.append({"kind": q.kind, "history": list(q.history), **row})
    return n, rows


def _squad(index: Any, data: Path, work: Path) -> tuple[int, list[dict[str, Any]]]:
    from squad import holds, write_collection

    squad = common.require(data / "squad" / "dev-v1.1.json", "SQuAD dev-v1.1.json")
    _, questions = write_collection(squad, work / "squad-corpus")
    sample = random.Random(0).sample(questions, min(1000, len(questions)))[0::2]

    def checks(answer: Any, gold: list[str]) -> dict[str, bool]:
        lead = answer.quotes[0].text if answer.quotes and not answer.abstained else ""
        return {"lead holds answer": holds(lead, gold)}

    def loose(text: str, answers: list[str]) -> bool:  # squad.py's test, punctuation read as a space
        return holds(re.sub(r"[^\w\s]", " ", text), answers)

    rows = [diagnose(index, q["question"], None, lambda text, a=q["answers"]: holds(text, a),
                     lambda answer, a=q["answers"]: checks(answer, a),
                     lambda text, a=q["answers"]: loose(text, a)) for q in sample]
    return len(sample), [{"kind": "squad", **r} for r in rows if r is not None]


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--set", choices=("questions", "squad"), default="questions")
    p.add_argument("--dump", action="store_true", help="every answered question, with its TOP candidates")
    p.add_argument("--half", choices=("tune", "report", "fresh"), default="tune",
                   help="the question set's half (report, fresh: the counts alone, never a question's records)")
    args = p.parse_args()
    global DUMP  # noqa: PLW0603
    DUMP = args.dump
    from qa.retrieve import load_index

    if args.set == "squad":
        n, rows = _squad(load_index(args.work / "squad-index"), args.data, args.work)
    else:
        n, rows = _question_set(load_index(args.work / "realistic-ct200"), args.half)
    for r in rows if args.half == "tune" or args.set == "squad" else ():
        print(json.dumps(r if DUMP else {k: v for k, v in r.items() if k != "top"}, ensure_ascii=False))
    wrong = [r for r in rows if r["failed"]]
    print(json.dumps({"n": n, "wrong_lead": len(wrong), "by_cause": Counter(r["cause"] for r in wrong)}))


if __name__ == "__main__":
    main()
