"""Ablation of the answer step's hand rules: the question set's tune half asked with one rule switched off at a time.

Each ablation patches one rule (`unittest.mock.patch`) to its permissive value: an abstention rule returns None, a
lead-eligibility filter lets every candidate lead, a window or threshold takes another value. Per ablation it prints
the change per block (the rest vs the blocks written blind about new articles: answerable correct, abstained) and the
questions that flipped. No product change: the patches live only in this process.
`--bench squad|mh` runs benchmarks/squad.py or multihop_answers.py (`--half`) under the named ablations instead.

    .venv/bin/python benchmarks/ablate_rules.py [DATA] [--work DIR] [--only NAME ...] [--list]
    .venv/bin/python benchmarks/ablate_rules.py --bench squad --half even --only unmeasured
"""

from __future__ import annotations

import json
import runpy
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
import question_set as qs  # noqa: E402

Patch = tuple[str, Any]  # a dotted name and the value it takes while the ablation runs


def _none(*_: Any, **__: Any) -> None:
    return None


def _false(*_: Any, **__: Any) -> bool:
    return False


def _wrapped(target: str, make: Callable[[Callable[..., Any]], Callable[..., Any]]) -> Patch:
    """`target` replaced by `make(original)`: a rule run on a changed input, or its result changed."""
    module, name = target.rsplit(".", 1)
    return target, make(getattr(__import__(module, fromlist=[name]), name))


def _structural_without(part: str) -> Patch:
    """qa.bars.structural_abstention with one of its checks off, by handing it inputs that pass that check."""
    def make(orig: Callable[..., Any]) -> Callable[..., Any]:
        def run(scored: Sequence[Any], q: Any) -> Any:
            if part == "unknown_names":
                q = replace(q, unknown_names=())
            elif part == "uncounted":
                scored = [replace(s, mentions_counted=True) for s in scored]
            elif part == "no_count":
                scored = [replace(s, names_counted=True) for s in scored]
            elif part == "attribute":
                q = replace(q, reading=replace(q.reading, attribute=""))
            return orig(scored, q)
        return run
    return _wrapped("qa.answer.structural_abstention", make)


def _eligible_without(part: str) -> Patch:
    """qa.lead._eligible with one of its filters off."""
    def make(orig: Callable[..., Any]) -> Callable[..., Any]:
        def run(ranked: Any, scored: Sequence[Any]) -> Any:
            if part == "named":  # "Who is X?": only sentences saying who X is
                q = ranked.question
                ranked = replace(ranked, question=replace(q, reading=replace(q.reading, named="")))
            elif part == "counting":  # "how many": only counts of the thing for the party
                scored = [replace(scored[0], names_counted=False), *scored[1:]]
            return orig(ranked, scored)
        return run
    return _wrapped("qa.lead._eligible", make)


def _credit_kept(orig: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        credit = orig(*args, **kwargs)
        return None if credit is not None and credit.abstained else credit
    return run


def ablations() -> dict[str, list[Patch]]:
    """Every ablation by name: the patches it applies (built lazily: importing qa loads nothing heavy)."""
    from qa.lead import TOP  # the candidates the lead is chosen from

    return {
        "base": [],
        # qa.abstain.ruled_out
        "unmeasured": [("qa.abstain.unmeasured", _none)],
        "reversed_roles": [("qa.abstain.reversed_roles", _none)],
        "unnamed": [("qa.abstain.unnamed", _none)],
        "no_one_new": [("qa.abstain.no_one_new", _none)],
        "unstated": [("qa.abstain.unstated", _none)],
        "unstated.unnamed_doer": [("qa.stated.unnamed_doer", _none)],
        "unstated.undated": [("qa.stated.undated", _none)],
        "unstated.dated_now": [("qa.stated.dated_now", _none)],
        "unsourced": [("qa.abstain.unsourced", _none)],
        # qa.bars.structural_abstention
        "structural": [("qa.answer.structural_abstention", _none)],
        "structural.unknown_names": [_structural_without("unknown_names")],
        "structural.uncounted": [_structural_without("uncounted")],
        "structural.no_count": [_structural_without("no_count")],
        "structural.attribute": [_structural_without("attribute")],
        # the other named abstentions and overrides of the fitted decision (qa.abstain.answers, qa.answer)
        "headed": [("qa.abstain.headed", _false)],
        "searched": [("qa.abstain.searched", _false)],
        "described (override off)": [("qa.abstain.described", _false)],
        "role_held (override off)": [("qa.abstain.role_held", _false)],
        "unresolved": [("qa.answer.unresolved_person", lambda *_: "")],
        "about_articles": [("qa.answer.about_articles", _false)],
        "credited abstentions": [_wrapped("qa.answer.credited", _credit_kept)],
        # qa.lead._eligible and what it calls
        "eligible (all lead)": [("qa.lead._eligible", lambda ranked, scored: [True] * min(len(scored), TOP))],
        "eligible.named": [_eligible_without("named")],
        "eligible.counting": [_eligible_without("counting")],
        "eligible.attribute_given": [("qa.lead.attribute_given", _none)],
        "eligible.labels": [("qa.lead.labels", _false)],
        "eligible.states_role": [("qa.lead.states_role", _false)],
        "eligible.other_title": [("qa.lead.other_title", _false)],
        # windows and thresholds
        "MEASURED_IN=5": [("qa.forms.MEASURED_IN", 5)],
        "MEASURED_IN=8": [("qa.forms.MEASURED_IN", 8)],
        "NAMED_IN=5": [("qa.someone.NAMED_IN", 5)],
        "UNNAMED_IN=5": [("qa.unnamed.UNNAMED_IN", 5)],
        "STATED_IN=5": [("qa.stated.STATED_IN", 5)],
        "REVERSED_IN=5": [("qa.abstain.REVERSED_IN", 5)],
        "ATTRIBUTE_IN=5": [("qa.bars.ATTRIBUTE_IN", 5)],
        "SAME_ACT=0.5": [("qa.senses.SAME_ACT", 0.5), ("qa.fit.SAME_ACT", 0.5)],
    }


@contextmanager
def applied(patches: Sequence[Patch]) -> Iterator[None]:
    with ExitStack() as stack:
        for target, value in patches:
            stack.enter_context(mock.patch(target, value))
        yield


NEW = ("fresh set", "more articles")


def _group(q: Any) -> str:
    return "new" if q.note.endswith(NEW) else "rest"


def ask(index: Any, q: Any) -> dict[str, Any]:
    """`q` answered (after its conversation): passed, abstained, why, lead."""
    from qa.answer import answer_with

    answer = answer_with(index, q.question, qs.conversation(index, q.history) or None)
    checks = qs.checks_for(q, answer)
    why = answer.abstention
    return {"q": q.question, "group": _group(q), "block": qs._block(q), "kind": q.kind,
            "answerable": bool(q.expected), "near": q.kind in ("off_topic", "one_word", "near_miss"),
            "passed": all(checks.values()), "abstained": bool(answer.abstained),
            "why": f"{why.reason}{list(why.missing)}" if why else "",
            "lead": (answer.quotes[0].text[:120] if answer.quotes and not answer.abstained else "")}


def counts(rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for g in ("rest", "new"):
        out[f"{g} ans"] = sum(r["passed"] for r in rows if r["group"] == g and r["answerable"])
        out[f"{g} abst"] = sum(r["passed"] for r in rows if r["group"] == g and r["near"])
    out["all passed"] = sum(r["passed"] for r in rows)
    return out


def report(name: str, base: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]], seconds: float) -> str:
    b, a = counts(base), counts(rows)
    lines = [f"## {name} ({seconds:.0f} s): " + ", ".join(f"{k} {a[k]} ({a[k] - b[k]:+d})" for k in a)]
    for was, now in zip(base, rows, strict=True):
        if was["passed"] != now["passed"]:
            sign = "+" if now["passed"] else "-"
            lines.append(f"  {sign} [{now['group']}, {now['kind']}] {now['q']!r}: was "
                         f"{was['why'] or 'lead ' + repr(was['lead'][:80])}; now "
                         f"{now['why'] or 'lead ' + repr(now['lead'][:80])}")
    return "\n".join(lines)


def bench(args: Any) -> None:
    """benchmarks/squad.py or multihop_answers.py run under the named ablations' patches."""
    script = {"squad": "squad.py", "mh": "multihop_answers.py"}[args.bench]
    patches = [p for name in args.only for p in ablations()[name]]
    sys.argv = [script, str(args.data), "--work", str(args.work), "--half", args.half]
    print(f"{args.bench} {args.half} with {args.only}", flush=True)
    with applied(patches):
        runpy.run_path(str(Path(__file__).resolve().parent / script), run_name="__main__")


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--only", nargs="*", default=None, help="ablations to run (default: all)")
    p.add_argument("--list", action="store_true")
    p.add_argument("--bench", choices=("squad", "mh"), default=None)
    p.add_argument("--half", default="even")
    p.add_argument("--out", type=Path, default=Path("/tmp/ablate37-rows.json"))
    args = p.parse_args()
    if args.list:
        print("\n".join(ablations()))
        return
    if args.bench:
        return bench(args)
    corpus, index_dir = qs.realistic_corpus(args.data, args.work), args.work / "realistic-ct200"
    common.ensure_index(corpus, index_dir, seed=common.multihop_index_dir(args.work))
    from qa.answer import answer_with
    from qa.retrieve import load_index

    index = load_index(index_dir)
    answer_with(index, "Which islands does the Tsugaru Strait separate?")
    asked = [q for q in qs.QUESTIONS if q.half == "tune"]
    done: dict[str, Any] = json.loads(args.out.read_text()) if args.out.exists() else {}
    names = ["base", *(n for n in (args.only or ablations()) if n != "base")]
    for name in names:
        t = time.perf_counter()
        with applied(ablations()[name]):
            rows = [ask(index, q) for q in asked]
        seconds = time.perf_counter() - t
        done[name] = {"rows": rows, "seconds": seconds}
        args.out.write_text(json.dumps(done))
        print(report(name, done["base"]["rows"], rows, seconds), f"load {common.load_average()}", flush=True)


if __name__ == "__main__":
    main()
