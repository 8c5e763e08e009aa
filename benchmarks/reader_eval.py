"""Would a fine-tuned reader (fine_tuned_reader.py) choose the lead better than qa/lead.py's learned ranker?

`--collect squad-even|squad-odd|tune`: each question answered by the product (`qa.answer.answer_with`, main's code),
its `qa.lead.choose` call recorded (as lead_ceiling.py swaps it): the question as resolved and folded (what the
reader reads, as scoring does), the TOP candidates' texts, the learned ranker's
scores and which may lead (`_eligible`), and the lead quote each candidate would give (joins and clause cut as
`qa.answer` makes them). Written as JSON lines under --out. `--readers A,B`: every reader scores every candidate,
and the lead quote holds the answer (SQuAD: squad.py's `holds`; the set: question_set.py's lead check) when the lead
is the product's, the hand order's first, the reader's best, the rank-sum of learned and reader, or learned + w *
reader for a grid of w (or `--weight`). An abstention is a miss for all. `--latency READER`: the reader's time per
question over the first 200 recorded questions' candidates, 1 and 2 threads.

    .venv/bin/python benchmarks/reader_eval.py [DATA] --work DIR --collect squad-even
    .venv/bin/python benchmarks/reader_eval.py --set squad-even --readers /tmp/ftread/reader-500,/tmp/ftread/reader-all
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from fine_tuned_reader import load_reader, read  # noqa: E402
from squad import holds, write_collection  # noqa: E402

WEIGHTS = (0.1, 0.25, 0.5, 1.0, 2.0, 4.0)


def _recorder(records: list[dict[str, Any]]) -> None:
    """Swap `qa.answer.choose` for the product's own choice, recording its candidates into `records`."""
    answer_mod, lead_mod = sys.modules["qa.answer"], sys.modules["qa.lead"]
    original = lead_mod.choose

    def choose(index: Any, ranked: Any, scored: Any) -> list[Any]:
        chosen = original(index, ranked, scored)
        top = list(scored[:lead_mod.TOP])
        learned = (lead_mod.features(index, ranked, scored) @ np.asarray([lead_mod.WEIGHTS[f]
                                                                         for f in lead_mod.FEATURES])).tolist()
        allowed = lead_mod._eligible(ranked, scored) if len(scored) > 1 else [True]
        q = ranked.question
        leads = []
        for s in top:
            first = s
            if s.at < 0 and len(s.text) > lead_mod.LEAD_MAX:
                first = replace(s, at=lead_mod.anchor(index, q.key_terms, s.text))
            by_row = {x.row: x for x in scored}
            leads.append(answer_mod._lead(index, first, by_row, bool(q.reading.counted), q.key_terms).text)
        records.append({"asked": q.text, "texts": [s.text for s in top], "learned": learned,
                        "allowed": [bool(a) for a in allowed], "leads": leads,
                        "product": next(i for i, s in enumerate(top) if s.row == chosen[0].row)})
        return chosen

    answer_mod.choose = choose


def collect(args: Any) -> None:
    """Answer the chosen set with the product, recording each question's candidates (one JSON line each)."""
    from qa.answer import answer_with
    from qa.retrieve import load_index

    records: list[dict[str, Any]] = []
    _recorder(records)
    out = []
    if args.collect.startswith("squad"):
        _, questions = write_collection(args.data / "squad" / "dev-v1.1.json", args.work / "squad-corpus")
        sample = random.Random(0).sample(questions, 1000)[args.collect == "squad-odd"::2][:args.limit]
        index = load_index(args.work / "squad-index")
        for q in sample:
            records.clear()
            ans = answer_with(index, q["question"])
            lead = "" if ans.abstained else ans.quotes[0].text
            out.append({"question": q["question"], "gold": q["answers"], "abstained": bool(ans.abstained),
                        "product_hit": bool(lead) and holds(lead, q["answers"]), **(records[-1] if records else {})})
    else:
        import question_set as qs

        index = load_index(args.work / "realistic-ct200")
        for q in [q for q in qs.QUESTIONS if q.half == "tune" and q.expected][:args.limit]:
            history = qs.conversation(index, q.history)
            records.clear()
            ans = answer_with(index, q.question, history or None)
            checks = qs.checks_for(q, ans)
            out.append({"question": q.question, "gold": list(q.expected), "abstained": bool(ans.abstained),
                        "product_hit": all(checks[k] for k in ("answered", "lead holds phrase", "lead <= 400 chars")),
                        **(records[-1] if records else {})})
    path = args.out / f"cands-{args.collect}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in out))
    print(f"wrote {len(out)} questions to {path}; load {common.load_average()}")


def _hit(set_name: str, text: str, gold: list[str]) -> bool:
    if set_name.startswith("squad"):
        return holds(text, gold)
    from qa.clean import fold_text

    return len(text) <= 400 and any(fold_text(p) in fold_text(text) for p in gold)


def _best(score: np.ndarray, allowed: list[bool]) -> int:
    return max((i for i in range(len(score)) if allowed[i]), key=lambda i: (score[i], -i))


def _ranks(a: np.ndarray) -> np.ndarray:
    return np.argsort(np.argsort(-a, kind="stable"), kind="stable").astype(float)


def _mixed(learned: np.ndarray, reader: np.ndarray, w: float | None) -> np.ndarray:
    """The chooser's score: the reader alone (None), the rank-sum (0; learned breaks ties), learned + w * reader."""
    if w is None:
        return reader
    if w == 0:
        return -(_ranks(learned) + _ranks(reader) + 1e-3 * _ranks(learned))
    return learned + w * reader


def evaluate(args: Any) -> None:
    """Lead quote right per chooser, per reader; and the recorded product's own rate as a check."""
    recs = [json.loads(line) for line in (args.out / f"cands-{args.set}.jsonl").read_text().splitlines()]
    n = len(recs)
    hits = [[_hit(args.set, t, r["gold"]) for t in r.get("leads", [])] for r in recs]
    rows = [["product (as answered)", sum(r["product_hit"] for r in recs)],
            ["product (recorded choice)", sum(h[r["product"]] for r, h in zip(recs, hits, strict=True) if h)],
            ["hand first", sum(h[0] for h in hits if h)], ["any of the TOP (ceiling)", sum(any(h) for h in hits)]]
    for reader in args.readers.split(","):
        model, tok = load_reader(reader, threads=args.threads)
        t = time.perf_counter()
        ce = [np.asarray(read(model, tok, r["asked"], r["texts"])) if r.get("texts") else None for r in recs]
        secs = time.perf_counter() - t
        name = Path(reader).name
        weights = [args.weight] if args.weight is not None else WEIGHTS
        for label, w in [("alone", None), ("rank-sum", 0.0), *((f"learned + {w} x reader", w) for w in weights)]:
            right = wrong_fixed = right_broken = 0
            for r, h, c in zip(recs, hits, ce, strict=True):
                if c is None:
                    continue
                i = _best(_mixed(np.asarray(r["learned"]), c, w), r["allowed"])
                right += h[i]
                wrong_fixed += h[i] and not h[r["product"]]
                right_broken += h[r["product"]] and not h[i]
                if args.show == label and h[i] != h[r["product"]]:
                    print(f"{'fixed' if h[i] else 'broken'}: {r['question']!r} -> {r['texts'][i][:120]!r} (product: "
                          f"{r['texts'][r['product']][:80]!r})")
            rows.append([f"{name}: {label}", right, f"+{wrong_fixed} / -{right_broken}"])
        print(f"{name}: {secs:.0f} s to read {sum(len(r.get('texts', [])) for r in recs)} candidates")
    table = [[a, b, round(b / n, 4), *(rest or [""])] for a, b, *rest in rows]
    print(f"\n{args.set}: {n} questions, {sum(r['abstained'] for r in recs)} abstained; load {common.load_average()}")
    print(common.table(["lead chosen by", "right", "share", "vs product: fixed / broken"], table))


def latency(args: Any) -> None:
    """The reader's ms per question over the first 200 recorded questions' candidates, at 1 and 2 threads."""
    recs = [json.loads(line) for line in (args.out / f"cands-{args.set}.jsonl").read_text().splitlines()]
    recs = [r for r in recs if r.get("texts")][:200]
    for threads in (1, 2):
        model, tok = load_reader(args.latency, threads=threads)
        read(model, tok, recs[0]["asked"], recs[0]["texts"])
        ms = []
        for r in recs:
            t = time.perf_counter()
            read(model, tok, r["asked"], r["texts"])
            ms.append((time.perf_counter() - t) * 1000)
        print(f"{threads} thread(s): {common.percentiles(ms)} ms over {len(ms)} questions "
              f"(mean {np.mean([len(r['texts']) for r in recs]):.1f} candidates); load {common.load_average()}")


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, default=Path("/tmp/ftread"), help="candidate records and readers")
    p.add_argument("--collect", choices=("squad-even", "squad-odd", "tune"))
    p.add_argument("--set", default="squad-even", help="which collected set to evaluate")
    p.add_argument("--readers", help="comma-separated reader folders (fine_tuned_reader.py's checkpoints)")
    p.add_argument("--weight", type=float, help="only this mixing weight (chosen on the tuning half)")
    p.add_argument("--latency", help="a reader folder: its time per question")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--show", help="a chooser (alone, rank-sum, ...): print the questions it fixes or breaks")
    p.add_argument("--limit", type=int, help="collect only the first N questions (a quick check)")
    args = p.parse_args()
    if args.collect:
        collect(args)
    if args.readers:
        evaluate(args)
    if args.latency:
        latency(args)


if __name__ == "__main__":
    main()
