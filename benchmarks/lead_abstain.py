"""Do the abstention rules read the sentence the answer quotes first? A probe on the tuning halves.

`qa.abstain` and the rules it calls read the candidates in hand order (`scored[0]`, `scored[:3]`), while the lead
is chosen after them by `qa.lead.choose`. For every abstention decision the product makes while answering (the
asked question's, not its conversation's), this records the hand first's row and the chosen lead's rank among the
candidates, and each rule's verdict on both orders: the hand order, and the lead moved to the front (`choose`).
Prints how often the two differ, and which rules change their verdict, by set and by what the question must do.

    .venv/bin/python benchmarks/lead_abstain.py [DATA] --work DIR [--sets tune,squad-even,mh-even] [--limit N]
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import common  # noqa: E402

Rule = Callable[[Any, Any, Sequence[Any]], str]


def _rules() -> dict[str, Rule]:
    """Each rule of `qa.abstain.abstention` on its own: its reason when it abstains, else ""."""
    from qa import abstain
    from qa.sourced import unsourced
    from qa.stated import dated_now, undated, unnamed_doer
    from qa.tokens import tokenize
    from qa.unnamed import unnamed

    def reason(why: Any) -> str:
        return why.reason if why is not None else ""

    return {
        "no_measure": lambda i, r, s: reason(abstain.unmeasured(r.question, s)),
        "reversed": lambda i, r, s: reason(abstain.reversed_roles(i, r.question, s)),
        "unnamed": lambda i, r, s: reason(unnamed(r.question, s)),
        "no_doer": lambda i, r, s: reason(unnamed_doer(i, r.question, s)),
        "undated": lambda i, r, s: reason(undated(i, r.question, s) or dated_now(r.question, s)),
        "unsourced": lambda i, r, s: reason(unsourced(i, r.question, s)),
        "fitted": lambda i, r, s: "" if abstain.answers(i, r, s) else "unsupported",
        "accepted": lambda i, r, s: "accepted" if abstain.described(r.question, s[0])
        or abstain.role_held(i, r.question, s[0]) else "",  # an answer whatever the fit
        "searched": lambda i, r, s: "unsearched" if abstain.searched(r.question) and not set(
            tokenize(r.question.text)) <= set(tokenize(s[0].text)) else "",
        "headed": lambda i, r, s: "headed" if abstain.headed(r.question, s[0]) else "",
    }


class Recorder:
    """Wraps `qa.abstain.abstention` to record each decision made while `label` is set; `gold` says whether a text
    holds the question's answer."""

    def __init__(self, rules: dict[str, Rule]) -> None:
        self.rules, self.label, self.rows = rules, "", []  # type: list[dict[str, Any]]
        self.gold: Callable[[str], bool] = lambda _: False

    def asked(self, label: str, gold: Callable[[str], bool], answer: Callable[[], Any]) -> None:
        """Answer one question, recording its decisions under `label`, and whether its answer's lead holds gold."""
        self.label, self.gold, start = label, gold, len(self.rows)
        reply = answer()
        self.label = ""
        for r in self.rows[start:]:
            r["answer_holds"] = None if reply.abstained or not reply.quotes else gold(reply.quotes[0].text)

    @contextmanager
    def installed(self) -> Iterator[None]:
        from qa import abstain
        from qa.lead import choose

        original = abstain.abstention

        def wrapped(index: Any, ranked: Any, scored: Sequence[Any]) -> Any:
            why = original(index, ranked, scored)
            if self.label and scored:
                chosen = choose(index, ranked, list(scored))
                rank = next(i for i, s in enumerate(scored) if s.row == chosen[0].row)
                probs = [abstain.probability(abstain.evidence(index, ranked, s)) for s in scored[:8]]
                self.rows.append({
                    "probs": probs, "gold": [self.gold(s.text) for s in scored[:8]],
                    "label": self.label, "question": ranked.question.text, "rank": rank,
                    "hand": {n: rule(index, ranked, scored) for n, rule in self.rules.items()},
                    "lead": {n: rule(index, ranked, chosen) for n, rule in self.rules.items()},
                    "why": why.reason if why is not None else "",
                    "why_lead": (w.reason if (w := original(index, ranked, chosen)) is not None else "")})
            return why

        abstain.abstention = wrapped
        try:
            yield
        finally:
            abstain.abstention = original


def _tune(work: Path, data: Path, rec: Recorder, limit: int | None) -> None:
    from question_set import conversation, realistic_corpus
    from questions import QUESTIONS

    from qa.answer import answer_with
    from qa.clean import fold_text
    from qa.retrieve import load_index

    index_dir = work / "realistic-ct200"
    common.ensure_index(realistic_corpus(data, work), index_dir, seed=common.multihop_index_dir(work))
    index = load_index(index_dir)
    for q in [q for q in QUESTIONS if q.half == "tune"][:limit]:
        history = conversation(index, q.history)
        phrases = [fold_text(p) for p in q.expected]
        rec.asked("abstain" if q.abstain else "answer", lambda t, ps=phrases: any(p in fold_text(t) for p in ps),
                  lambda q=q, h=history: answer_with(index, q.question, h or None))


def _squad(work: Path, data: Path, rec: Recorder, limit: int | None) -> None:
    from squad import holds, write_collection

    from qa.answer import answer_with
    from qa.retrieve import load_index

    _, questions = write_collection(common.require(data / "squad" / "dev-v1.1.json", "SQuAD"), work / "squad-corpus")
    index = load_index(work / "squad-index")
    sample = random.Random(0).sample(questions, min(1000, len(questions)))[0::2]
    for q in sample[:limit]:
        rec.asked("answer", lambda t, a=q["answers"]: holds(t, a), lambda q=q: answer_with(index, q["question"]))


def _multihop(work: Path, data: Path, rec: Recorder, limit: int | None) -> None:
    from multihop_answers import answer_quoted, load_items

    from qa.answer import answer_with
    from qa.retrieve import load_index

    index = load_index(common.multihop_index_dir(work))
    for it in load_items(data / "multihop-rag" / "MultiHopRAG.json", limit, "even"):
        rec.asked("abstain" if it.null else "answer", lambda t, a=it.answer: answer_quoted(a, [t]),
                  lambda it=it: answer_with(index, it.query))


SETS = {"tune": _tune, "squad-even": _squad, "mh-even": _multihop}


def report(name: str, rows: Sequence[dict[str, Any]]) -> None:
    """How often the lead is not the hand first, and each rule's verdicts that change with it."""
    moved = [r for r in rows if r["rank"] > 0]
    print(f"\n## {name}: {len(rows)} decisions, lead is not the hand first in {len(moved)} "
          f"(ranks {dict(sorted(Counter(r['rank'] for r in moved).items()))})")
    for label in ("answer", "abstain"):
        part = [r for r in rows if r["label"] == label]
        flips = Counter()  # type: Counter[str]
        for r in part:
            for rule in r["hand"]:
                if bool(r["hand"][rule]) != bool(r["lead"][rule]):
                    flips[f"{rule} {'abstains' if r['lead'][rule] else 'answers'} on the lead"] += 1
        now = sum(bool(r["why"]) for r in part)
        lead = sum(bool(r["why_lead"]) for r in part)
        print(f"- must {label} ({len(part)}): abstained {now} on the hand order, {lead} on the lead's; "
              f"rule flips {dict(sorted(flips.items()))}")
    for r in rows:
        if bool(r["why"]) != bool(r["why_lead"]):
            print(f"  {r['label']:7} rank {r['rank']} {r['why'] or 'answered'} -> {r['why_lead'] or 'answered'}: "
                  f"{r['question'][:110]!r}")


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--sets", default="tune,squad-even,mh-even")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--out", type=Path, default=None, help="write every decision as JSON lines here")
    args = p.parse_args()
    rec = Recorder(_rules())
    with rec.installed():
        for name in args.sets.split(","):
            start = len(rec.rows)
            SETS[name](args.work, args.data, rec, args.limit)
            for r in rec.rows[start:]:
                r["set"] = name
            report(name, rec.rows[start:])
    if args.out is not None:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rec.rows))
    print(f"load {common.load_average()}")


if __name__ == "__main__":
    main()
