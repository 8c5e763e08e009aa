"""Where SQuAD's lead quote misses the answer, and how much better it could do under the 400-character limit.

For each question of a half of squad.py's sample, the answer as `qa.answer` gives it, and for each miss one cause:
(a) no candidate sentence (nor two neighbours) holds the answer, (b) one ranked below the lead does, (c) the lead
sentence does but the clause cut (`qa/shorten.py`) dropped it, (d) the lead's neighbour does and did not join,
(e) abstained (split by whether a candidate held it). Also: the ceiling of a perfect sentence ranker (the best
candidate sentence holding the answer leads, its clauses cut around the answer) within LEAD_MAX.

    .venv/bin/python benchmarks/lead_ceiling.py [DATA] --work DIR [--n 1000] [--half even]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from squad import holds, normalize, write_collection  # noqa: E402


def _answer_at(text: str, answers: list[str]) -> int:
    """Where in `text` a gold answer starts (raw, case-folded search), or -1."""
    low = text.lower()
    for a in answers:
        i = low.find(a.lower())
        if i >= 0:
            return i
    return -1


def _cause(index, abstained: bool, scored: list, hit: list[int], gold: list[str]) -> tuple[str, str]:  # noqa: ANN001
    """Why the lead missed, and (for b) the rank of the best candidate holding the answer."""
    lead = scored[0] if scored else None
    pair = lead is not None and any(
        holds(index.sentence(r).text + " " + index.sentence(r + 1).text, gold)
        for r in (lead.row - 1, lead.row) if 0 <= r < len(index.sentence_doc) - 1)
    if abstained:
        return ("e abstained, a candidate holds it" if hit else "e abstained, no candidate holds it"), ""
    if not hit and not pair:
        return "a no candidate holds it", ""
    if (hit and hit[0] == 0) or (lead is not None and holds(lead.text, gold)):
        return "c in the lead sentence, cut away", ""
    if pair:
        return "d in a neighbour not joined (or across two)", ""
    r = hit[0]
    return "b ranked below the lead", ("2" if r == 1 else "3" if r == 2 else "4-5" if r < 5 else
                                       "6-10" if r < 10 else ">10")


def _sample(questions: list, n: int, half: str) -> list:
    """squad.py's seed-0 sample (or a half of it), or 500 questions outside it (seed 1)."""
    sample = random.Random(0).sample(questions, min(n, len(questions)))
    if half == "holdout":
        taken = {q["id"] for q in sample}
        return random.Random(1).sample([q for q in questions if q["id"] not in taken], 500)
    return sample if half == "all" else sample[half == "odd"::2]


def _hand(how: str, choose):  # noqa: ANN001, ANN202
    """The hand order leads: qa/lead.py's ranker off (in answer.py too), and, when `how` is plain, its clause anchor."""
    answer, lead = sys.modules["qa.answer"], sys.modules["qa.lead"]  # `qa.answer` is also the package's function
    if how == "anchored":
        lead.TOP = 1
    else:
        choose = answer.choose = lambda index, ranked, scored: list(scored)
    return choose


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--half", choices=("even", "odd", "all", "holdout"), default="even",
                   help="holdout: 500 questions outside squad.py's sample (seed 1), neither tuned on nor reported")
    p.add_argument("--hand", choices=("plain", "anchored"),
                   help="the hand order leads (qa/lead.py's ranker off), its long lead cut at the start or anchored")
    args = p.parse_args()
    started = common.machine()
    from qa.answer import _answer_ranked
    from qa.candidates import score_sentences
    from qa.dialog import rank_in_context
    from qa.further_quotes import fullest_copies
    from qa.lead import choose
    from qa.retrieve import load_index
    from qa.shorten import LEAD_MAX, clause_span

    _, questions = write_collection(args.data / "squad" / "dev-v1.1.json", args.work / "squad-corpus")
    index = load_index(args.work / "squad-index")
    if args.hand:
        choose = _hand(args.hand, choose)
    sample = _sample(questions, args.n, args.half)
    causes: Counter[str] = Counter()
    ranks: Counter[str] = Counter()
    ceiling = lead_ok = 0
    examples: dict[str, list[str]] = {}
    for q in sample:
        gold = q["answers"]
        ranked = rank_in_context(index, q["question"], None, None)
        ans = _answer_ranked(index, q["question"], ranked, 5)
        scored = choose(index, ranked, fullest_copies(index, score_sentences(index, ranked)))  # as answer.py
        hit = [i for i, s in enumerate(scored) if holds(s.text, gold)]
        if hit:  # the best-ranked holder, cut around the answer
            text = scored[hit[0]].text
            a, b = clause_span(text, max(_answer_at(text, gold), 0), LEAD_MAX)
            ceiling += holds(text[a:b], gold)
        ok = not ans.abstained and holds(ans.quotes[0].text, gold)
        lead_ok += ok
        if ok:
            continue
        cause, rank = _cause(index, ans.abstained, scored, hit, gold)
        if rank:
            ranks[rank] += 1
        causes[cause] += 1
        examples.setdefault(cause, []).append(
            f"{q['question']} | gold {gold[0]!r} | lead {normalize(ans.quotes[0].text)[:140] if ans.quotes else '-'}")
    n = len(sample)
    print(f"{n} questions ({args.half}); lead holds the answer {lead_ok / n:.3f}; load {common.load_average()}")
    print(f"ceiling of a perfect sentence ranker (best holder leads, cut to {LEAD_MAX}): {ceiling / n:.3f}")
    for cause, k in sorted(causes.items()):
        print(f"  {cause}: {k} ({k / n:.3f})")
    print(f"  rank of the best holder when below the lead: {dict(ranks)}")
    for cause, lines in sorted(examples.items()):
        print(f"\n{cause}:")
        for line in lines[:8]:
            print("   ", line)
    name = f"lead-ceiling-{args.half}{'-hand-' + args.hand if args.hand else ''}"
    common.write_results(name, {"n": n, "lead": lead_ok / n, "ceiling": ceiling / n, "causes": dict(causes),
                                "ranks": dict(ranks)}, started)


if __name__ == "__main__":
    main()
