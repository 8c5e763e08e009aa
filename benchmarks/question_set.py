"""Our question set (tests/questions.py, QUESTIONS) over the realistic corpus: shipped articles + MultiHop-RAG.

The three shipped articles and the 609 MultiHop-RAG articles (corpus.json) are copied into one folder under
--work and indexed together (the index is seeded from multihop_rag.py's, so only the shipped articles' text is
embedded anew). Each question is answered by `qa.answer.answer_with`; a question with a history is asked
after replaying that conversation through the product (each earlier question answered in turn, its answer's
Markdown given back as the assistant's turn), as the chat UI does. Checks, per question:

- expected phrase: not abstained, the lead quote (`quotes[0]`) holds one of the phrases (both sides folded as
  the articles are, `qa.clean.fold_text`; case kept) and is at most 400 characters;
- abstain: `Answer.abstained`;
- reported beside them, not checks: whether some quote of an answered question's answer (the lead or another) holds
  an expected phrase, and whether a quote or a related passage the answer shows does (also below an abstention):
  what a reader who reads past a wrong lead finds;
- follow-ups: rewritten (`Answer.resolved_question != question`) when the question leans on the conversation,
  not rewritten when it stands on its own;
- disagreeing figures: "Sources differ:" shown, its section of the answer holds one figure of every group, and
  each of its quotes (`Answer.differ`) from an article with a `published_at` shows that date in the plain
  rendering.

Reported per kind and per half ("tune" for tuning, "report" for reporting, "fresh": tests/fresh_questions.py, a
held-out set never tuned on), with the questions that fail, and per block: each set written without asking the product
(a stop's held-out set, rotated in later; articles no question had asked about) apart from the rest, since rules
grown on the rest's few articles carry less to new ones.
`--casual` asks every question (and its conversation) as a hurried user types it: lower case, no final "?".

    .venv/bin/python benchmarks/question_set.py [DATA] [--work DIR] [--half tune|report|fresh|all] [--shipped-only]
        [--casual]
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

sys.path.insert(0, str(common.REPO / "tests"))
from fresh_questions import FRESH  # noqa: E402
from questions import KINDS, QUESTIONS, Question  # noqa: E402

LEAD_MAX = 400
TARGET = {"answerable": 0.90, "off-topic and near misses abstained": 0.90, "conflicts shown": 1.0}


def realistic_corpus(data: Path, work: Path) -> Path:
    """`work`/realistic-corpus: the shipped articles and MultiHop-RAG's corpus.json side by side.

    Files are copied only when missing or different, with their times (`copy2`), so the index stays current.
    """
    folder = work / "realistic-corpus"
    folder.mkdir(parents=True, exist_ok=True)
    sources = [*sorted((common.REPO / "articles").glob("*.txt")),
               common.require(data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus")]
    for src in sources:
        dst = folder / src.name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copy2(src, dst)
    return folder


@dataclass(frozen=True, slots=True)
class Result:
    """One question's answer, reduced to what the checks read, and the checks."""

    question: Question
    checks: Mapping[str, bool]
    abstained: bool
    lead: str
    resolved: str
    ms: float
    quoted: bool = False  # answered, and some quote of the answer (the lead or another) holds an expected phrase
    shown: bool = False  # some quote or related passage the answer shows holds one, answered or abstained

    @property
    def passed(self) -> bool:
        """Every check of the question holds."""
        return all(self.checks.values())


def conversation(index: Any, history: Sequence[str]) -> list[dict[str, str]]:
    """The chat so far, as the UI builds it: each earlier question answered in turn by the product."""
    from qa.answer import answer_with

    messages: list[dict[str, str]] = []
    for turn in history:
        reply = answer_with(index, turn, list(messages))
        messages += [{"role": "user", "content": turn}, {"role": "assistant", "content": reply.text}]
    return messages


def conflict_checks(q: Question, answer: Any) -> dict[str, bool]:
    """Figures shown under "Sources differ:", one of each group, with the date of each dated article."""
    from qa.present import plain

    shown = " ".join(x.text for x in answer.differ)
    dated = [x.metadata.get("published_at", "")[:10] for x in answer.differ if x.metadata.get("published_at")]
    rendered = plain(answer)
    return {"sources differ shown": bool(answer.differ) and not answer.abstained,
            "every figure shown": all(any(f in shown for f in group) for group in q.figures),
            "dates shown": all(d in rendered for d in dated)}


def checks_for(q: Question, answer: Any) -> dict[str, bool]:
    """The checks `q` names, on `answer`."""
    out: dict[str, bool] = {}
    lead = answer.quotes[0].text if answer.quotes and not answer.abstained else ""
    if q.expected:
        out["answered"] = not answer.abstained
        out["lead holds phrase"] = _holds(q, [lead])
        out["lead <= 400 chars"] = bool(lead) and len(lead) <= LEAD_MAX
    if q.abstain:
        out["abstained"] = bool(answer.abstained)
    if q.rewrite is not None:
        out["rewritten" if q.rewrite else "not rewritten"] = (answer.resolved_question != q.question) == q.rewrite
    if q.figures:
        out.update(conflict_checks(q, answer))
    return out


def ask(index: Any, q: Question) -> Result:
    """Answer `q` (after its conversation) with the product and check the answer."""
    from qa.answer import answer_with

    history = conversation(index, q.history)
    t = time.perf_counter()
    answer = answer_with(index, q.question, history or None)
    ms = (time.perf_counter() - t) * 1000
    lead = answer.quotes[0].text if answer.quotes and not answer.abstained else ""
    return Result(q, checks_for(q, answer), bool(answer.abstained), lead, answer.resolved_question, ms,
                  quoted=not answer.abstained and _holds(q, [quote.text for quote in answer.quotes]),
                  shown=_holds(q, [quote.text for quote in (*answer.quotes, *answer.related)]))


def _holds(q: Question, texts: Sequence[str]) -> bool:
    from qa.clean import fold_text

    return any(fold_text(p) in fold_text(t) for p in q.expected for t in texts)


def casual(q: Question) -> Question:
    """`q` typed in lower case without its final question mark, its conversation too."""
    def typed(text: str) -> str:
        return text.lower().rstrip().removesuffix("?").rstrip()

    return replace(q, question=typed(q.question), history=tuple(typed(h) for h in q.history))


def _rate(results: Sequence[Result]) -> float | None:
    return round(sum(r.passed for r in results) / len(results), 4) if results else None


GOALS = {  # issue 13's targets, over the kinds they are about
    "answerable correct (lead holds the phrase, <= 400 chars)": lambda r: bool(r.question.expected),
    "off-topic, one shared word and near misses abstained": lambda r: r.question.kind in ("off_topic", "one_word",
                                                                                         "near_miss"),
    "every question that must abstain (also counting and mid-conversation ones)": lambda r: r.question.abstain,
    "follow-ups rewritten": lambda r: r.question.rewrite is True,
    "new questions mid-conversation not rewritten": lambda r: r.question.rewrite is False,
    "figure conflicts shown": lambda r: bool(r.question.figures),
}
# Not targets: how often a reader who reads past a wrong lead finds the answer among the answer's other quotes, or
# among them and the related passages shown below them (also below an abstention)
SHOWN = {"quoted": "answerable: some quote of the answer holds the phrase (the lead or another; not a target)",
         "shown": "answerable: a quote or a related passage shown holds it (answered or not; not a target)"}


HALVES = ("tune", "report", "fresh")
BLOCK_GOALS = {"answerable correct": GOALS["answerable correct (lead holds the phrase, <= 400 chars)"],
               "abstained": GOALS["off-topic, one shared word and near misses abstained"]}


def _halves(results: Sequence[Result]) -> dict[str, float | None]:
    return {half: _rate([r for r in results if r.question.half == half]) for half in HALVES}


def summarize(results: Sequence[Result]) -> dict[str, Any]:
    """Pass rates per kind and per goal, each on both halves and overall, and every check's rate per kind."""
    out: dict[str, Any] = {"kinds": {}, "goals": {}}
    for kind in KINDS:
        rs = [r for r in results if r.question.kind == kind]
        if not rs:
            continue
        names = dict.fromkeys(n for r in rs for n in r.checks)
        out["kinds"][kind] = {
            "n": len(rs), "all": _rate(rs), **_halves(rs),
            "checks": {n: round(sum(r.checks[n] for r in rs if n in r.checks)
                                / sum(n in r.checks for r in rs), 4) for n in names}}
    for goal, member in GOALS.items():
        rs = [r for r in results if member(r)]
        if goal.startswith("follow-ups") or goal.startswith("new questions"):
            key = "rewritten" if goal.startswith("follow-ups") else "not rewritten"
            rs = [_only(r, key) for r in rs]
        out["goals"][goal] = {"n": len(rs), "all": _rate(rs),
                              **_halves(rs)}
    for key, goal in SHOWN.items():
        rs = [replace(r, checks={key: getattr(r, key)}) for r in results if r.question.expected]
        out["goals"][goal] = {"n": len(rs), "all": _rate(rs), **_halves(rs)}
    out["blocks"] = {block: {goal: {"n": len(rs), **_halves(rs)} for goal, member in BLOCK_GOALS.items()
                             if (rs := [r for r in results if member(r) and _block(r.question) == block])}
                     for block in dict.fromkeys(_block(r.question) for r in results)}
    for block, per in out["blocks"].items():
        for key in SHOWN:
            if rs := [replace(r, checks={key: getattr(r, key)}) for r in results
                      if r.question.expected and _block(r.question) == block]:
                per[f"{key} by the answer"] = {"n": len(rs), **_halves(rs)}
    out["answer_ms"] = common.percentiles([r.ms for r in results])
    return out


def _block(q: Question) -> str:
    """The block a question belongs to: a set written without asking the product (each stop's held-out set, then
    rotated in; more articles), or the rest, many of them written with the product's answers in view."""
    return q.note if q.note.endswith(("fresh set", "more articles")) else "the rest"


def _only(r: Result, check: str) -> Result:
    """`r` judged on one of its checks alone (the rewrite goal does not depend on the answer's quotes)."""
    return replace(r, checks={check: r.checks[check]})


def failures(results: Sequence[Result]) -> list[dict[str, Any]]:
    """Every failing question: kind, half, question, history, the checks that failed, lead or resolution."""
    return [{"kind": r.question.kind, "half": r.question.half, "question": r.question.question,
             "history": list(r.question.history), "failed": [n for n, ok in r.checks.items() if not ok],
             "abstained": r.abstained, "lead": r.lead, "lead_chars": len(r.lead),
             "resolved": r.resolved if r.resolved != r.question.question else ""}
            for r in results if not r.passed]


def tables(summary: dict[str, Any]) -> str:
    """Markdown tables: per kind (with its checks) and per goal."""
    kinds = [[k, s["n"], *(s[h] for h in HALVES), s["all"],
              "; ".join(f"{n} {v:.2f}" for n, v in s["checks"].items())] for k, s in summary["kinds"].items()]
    goals = [[g, s["n"], *(s[h] for h in HALVES), s["all"]] for g, s in summary["goals"].items()]
    return "\n\n".join([
        common.table(["kind", "n", *HALVES, "all", "checks (all)"],
                     [["-" if x is None else x for x in row] for row in kinds]),
        common.table(["goal", "n", *HALVES, "all"], [["-" if x is None else x for x in row] for row in goals]),
        common.table(["block (answerable correct / abstained)", "n", *HALVES],
                     [[f"{b}: {g}", s["n"], *("-" if s[h] is None else s[h] for h in HALVES)]
                      for b, per in summary["blocks"].items() for g, s in per.items()]),
    ])


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--half", choices=("tune", "report", "fresh", "all"), default="all",
                   help="which half of the set to ask (fresh: the held-out set, never tuned on)")
    p.add_argument("--shipped-only", action="store_true",
                   help="ask the shipped articles alone (no distractors; questions only MultiHop-RAG answers are "
                        "left out): shows what the distractors cost")
    p.add_argument("--casual", action="store_true",
                   help="ask every question in lower case without its question mark, as typed in a hurry")
    p.add_argument("--show-held-out", action="store_true",
                   help="also print and record the held-out set's failures (by default only its figures: a reader "
                        "who sees which held-out questions fail is tempted to tune on them)")
    args = p.parse_args()
    started = common.machine()
    if args.shipped_only:
        corpus, index_dir = common.REPO / "articles", args.work / "shipped-ct200"
    else:
        corpus, index_dir = realistic_corpus(args.data, args.work), args.work / "realistic-ct200"
    build_info = common.ensure_index(corpus, index_dir, seed=common.multihop_index_dir(args.work))

    from qa.answer import answer_with
    from qa.retrieve import load_index

    index = load_index(index_dir)
    answer_with(index, "Which islands does the Tsugaru Strait separate?")  # warm up: model load, page cache
    asked = [q for q in (*QUESTIONS, *FRESH) if args.half in ("all", q.half)
             and not (args.shipped_only and q.answered_by != "shipped")]
    asked = [casual(q) for q in asked] if args.casual else asked
    t = time.perf_counter()
    results = [ask(index, q) for q in asked]
    seconds = time.perf_counter() - t
    summary = summarize(results)
    failed = failures(results)
    held_out = 0 if args.show_held_out else sum(f["half"] == "fresh" for f in failed)
    failed = [f for f in failed if args.show_held_out or f["half"] != "fresh"]
    where = "the shipped articles alone" if args.shipped_only else "the realistic corpus"
    print(f"\nQuestion set over {where} ({len(index.articles)} articles, {len(index.chunk_ids)} chunks), "
          f"{len(results)} questions ({args.half}); targets {TARGET}")
    print(tables(summary))
    print(f"\n{len(failed) + held_out} questions fail" + (f" ({held_out} held out, not shown: --show-held-out)"
                                                          if held_out else "") + ":")
    for f in failed:
        why = f"lead ({f['lead_chars']} chars): {f['lead'][:160]!r}" if f["lead"] else "abstained" if f[
            "abstained"] else "no lead"
        print(f"- [{f['kind']}, {f['half']}] {f['question']!r}"
              + (f" after {f['history'][-1]!r}" if f["history"] else "")
              + f": failed {', '.join(f['failed'])}; {why}" + (f"; resolved as {f['resolved']!r}" if f["resolved"]
                                                               else ""))
    print(f"answer latency {summary['answer_ms']}; {seconds:.0f} s for the questions; load {common.load_average()}")
    name = ("question_set" + ("-shipped" if args.shipped_only else "") + ("-casual" if args.casual else "")
            + ("" if args.half == "all" else f"-{args.half}"))
    path = common.write_results(name, {
        "n_questions": len(results), "half": args.half, "index": str(index_dir), "n_articles": len(index.articles),
        "build": build_info, "seconds": round(seconds, 1), "summary": summary, "failures": failed,
    }, started)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
