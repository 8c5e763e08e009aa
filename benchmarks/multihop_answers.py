"""MultiHop-RAG answer quality with no LLM: what `qa.answer` quotes for each of the 2,556 queries.

Each query (the 301 `null_query` ones included: they ask about things the corpus does not hold, and their gold
answer is "Insufficient information.") is answered by the product, `qa.answer.answer_with(index, query)`, no
history, over the index multihop_rag.py builds (same folder, same settings). Measured per query:

(a) abstained (`Answer.abstained`): null queries should, answerable ones should not.
(b) source recall: the share of the query's gold evidence articles that the answer quotes (`Quote.doc_id`) or
    names as holding the same text (`Quote.also_in`); an abstention quotes nothing (0).
(c) answer quoted: for the 912 queries whose gold answer is a name or phrase (not yes/no, not "Insufficient
    information."), whether some quote's text contains it: case-insensitive, NFKC, whitespace runs folded to one
    space, typographic apostrophes/quotes/dashes folded to ASCII ones, one trailing full stop of the gold answer
    dropped ("Sam Bankman-Fried." is a sentence, the name is "Sam Bankman-Fried"), other punctuation kept and
    compared as is, and the match must start and end at a word edge ("Meta" is not found in "metaverse").
(d) fact recall: the share of the query's gold evidence facts that the quotes cover by at least half of the
    fact's characters. A fact is located in its article's clean text (`Article.text`) as multihop_rag.py's scorer
    locates it in chunks: spaces and newlines deleted on both sides, then mapped back to a character span of
    `Article.text` (the look-alike fold of `qa.clean.fold_text` is tried when the plain fact is not found).
    Coverage is the share of that span inside the union of the spans of the quotes *from that article*; a quote
    of another article that merely names it under "also in" does not count (its span is in the other article).
(e) retrieval ceiling: the share of gold evidence articles among the top 10 passages,
    `Index.passages(index.rank(index.question(query)), 10)`, counting each passage's article and its
    `duplicates`; and Hits@10 / MRR@10 as multihop_rag.py scores them (a passage whose text, spaces and
    newlines deleted, holds a gold fact).

Answer latency (`answer_with` alone, warm) p50/p95. Every metric is reported overall, by question type, and on
the even and odd halves of the file's queries (by position, 0-based: even = tuning half, odd = reporting half).
Only `abstained`, `quotes` (text, doc_id, start, end, also_in) and `passages` of the Answer are read.

    .venv/bin/python benchmarks/multihop_answers.py [DATA] [--limit N] [--half even|odd|all] [--work DIR]
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

TYPES = ("inference_query", "comparison_query", "temporal_query", "null_query")
NULL_ANSWER = "Insufficient information."
COVERED = 0.5  # a fact counts as quoted when the quotes cover at least this share of its characters
TOP = 10
WARM_UP = 5
ISSUE_13 = {"null_abstained": 0.887, "answerable_abstained": 0.164, "source_recall": 0.44, "answer_quoted": 0.50,
            "fact_recall": 0.22, "evidence_in_top10": 0.77}  # the values issue 13 states for today's code
TARGET = {"null_abstained": 0.95, "answerable_abstained": 0.05, "source_recall": 0.75, "answer_quoted": 0.75,
          "fact_recall": 0.50, "evidence_in_top10": 0.85}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One gold evidence item: the article's url (our doc_id) and the fact copied from its body."""

    url: str
    fact: str


@dataclass(frozen=True, slots=True)
class Item:
    """One benchmark query, with its position in MultiHopRAG.json."""

    position: int
    query: str
    answer: str
    qtype: str
    evidence: tuple[Evidence, ...]

    @property
    def null(self) -> bool:
        """A query about something the corpus does not hold."""
        return self.qtype == "null_query" or not self.evidence

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct gold evidence articles, in order."""
        return tuple(dict.fromkeys(e.url for e in self.evidence))

    @property
    def facts(self) -> tuple[Evidence, ...]:
        """The distinct (article, fact) pairs."""
        return tuple(dict.fromkeys(self.evidence))

    @property
    def is_span(self) -> bool:
        """The gold answer is a name or phrase (not yes/no, not the null answer)."""
        return not self.null and self.answer.strip().lower() not in ("yes", "no") and self.answer != NULL_ANSWER


def load_items(path: Path, limit: int | None, half: str) -> list[Item]:
    """Every query of the file (first `limit` only, if given), kept when its position is in `half`."""
    raw = json.loads(path.read_text())
    items = [Item(i, r["query"], r["answer"], r["question_type"],
                  tuple(Evidence(e["url"], e["fact"]) for e in r["evidence_list"]))
             for i, r in enumerate(raw[:limit] if limit else raw)]
    parity = {"even": 0, "odd": 1}.get(half)
    return [it for it in items if parity is None or it.position % 2 == parity]


# --- (c) the gold answer inside the quotes ------------------------------------------------------------------

_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‐": "-",
                              "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})


def fold_for_match(text: str) -> str:
    """NFKC, lowercase, typographic punctuation as ASCII, whitespace runs as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC).casefold().split())


def answer_quoted(answer: str, texts: Iterable[str]) -> bool:
    """True when some text holds the gold answer (folded, one trailing full stop dropped) at word edges."""
    gold = fold_for_match(answer)
    gold = gold[:-1].rstrip() if gold.endswith(".") else gold
    if not gold:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(gold)}(?!\w)")
    return any(pattern.search(fold_for_match(t)) for t in texts)


# --- (d) gold facts located in clean text, and how much of each the quotes cover -----------------------------

class FactLocator:
    """Finds a gold fact's character spans in an article's clean text, as the scorer does (spaces, newlines out)."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self._squashed: dict[str, tuple[str, np.ndarray]] = {}

    def _article(self, doc_id: str) -> tuple[str, np.ndarray]:
        if doc_id not in self._squashed:
            text = self.index.article(doc_id).text
            keep = np.fromiter((i for i, ch in enumerate(text) if ch not in " \n"), dtype=np.int64)
            self._squashed[doc_id] = (common.squash(text), keep)
        return self._squashed[doc_id]

    def spans(self, doc_id: str, fact: str) -> list[tuple[int, int]]:
        """Every span of `Article.text` holding `fact` (spaces and newlines aside); [] when it is not there."""
        from qa.clean import fold_text

        squashed, keep = self._article(doc_id)
        for needle in dict.fromkeys((common.squash(fact), common.squash(fold_text(fact)))):
            found, at = [], squashed.find(needle) if needle else -1
            while at >= 0:
                found.append((int(keep[at]), int(keep[at + len(needle) - 1]) + 1))
                at = squashed.find(needle, at + 1)
            if found:
                return found
        return []


def covered_share(span: tuple[int, int], quoted: Sequence[tuple[int, int]]) -> float:
    """Share of `span`'s characters inside the union of the `quoted` spans (same article)."""
    start, end = span
    mask = np.zeros(max(end - start, 0), dtype=bool)
    for a, b in quoted:
        lo, hi = max(a, start), min(b, end)
        if lo < hi:
            mask[lo - start:hi - start] = True
    return float(mask.mean()) if mask.size else 0.0


# --- one query ---------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Outcome:
    """One query's measurements (None where a metric does not apply to it)."""

    position: int
    qtype: str
    null: bool
    abstained: bool
    n_quotes: int
    source_recall: float | None
    answer_quoted: bool | None
    fact_recall: float | None
    facts_located: int
    facts: int
    evidence_in_top10: float | None
    hit10: bool | None
    rr10: float | None
    ms: float


def retrieval(index: Any, item: Item) -> tuple[float | None, bool | None, float | None]:
    """(share of gold articles in the top 10 passages, Hits@10, reciprocal rank@10); Nones for a null query."""
    if item.null:
        return None, None, None
    passages = index.passages(index.rank(index.question(item.query)), TOP)
    shown = {p.doc_id for p in passages} | {d for p in passages for d in p.duplicates}
    share = len(shown & set(item.articles)) / len(item.articles)
    facts = {common.squash(e.fact) for e in item.evidence}
    first = next((rank for rank, p in enumerate(passages, start=1)
                  if any(f in common.squash(p.text) for f in facts)), None)
    return share, first is not None, (1.0 / first if first else 0.0)


def fact_recall(locator: FactLocator, item: Item, quotes: Sequence[Any]) -> tuple[float, int]:
    """(share of the item's facts covered by quotes of their own article, how many facts were located)."""
    covered = located = 0
    for e in item.facts:
        spans = locator.spans(e.url, e.fact)
        located += bool(spans)
        quoted = [(q.start, q.end) for q in quotes if q.doc_id == e.url]
        if spans and quoted and max(covered_share(s, quoted) for s in spans) >= COVERED:
            covered += 1
    return covered / len(item.facts), located


def measure(index: Any, locator: FactLocator, item: Item) -> Outcome:
    """Answer `item` with the product and score the answer and the retrieval behind it."""
    from qa.answer import answer_with

    t = time.perf_counter()
    answer = answer_with(index, item.query)
    ms = (time.perf_counter() - t) * 1000
    quotes = () if answer.abstained else tuple(answer.quotes)
    named = {q.doc_id for q in quotes} | {d for q in quotes for d in q.also_in}
    share, hit, rr = retrieval(index, item)
    recall, located = (None, 0) if item.null else fact_recall(locator, item, quotes)
    return Outcome(
        position=item.position, qtype=item.qtype, null=item.null, abstained=bool(answer.abstained),
        n_quotes=len(quotes),
        source_recall=None if item.null else len(named & set(item.articles)) / len(item.articles),
        answer_quoted=answer_quoted(item.answer, (q.text for q in quotes)) if item.is_span else None,
        fact_recall=recall, facts_located=located, facts=len(item.facts), evidence_in_top10=share, hit10=hit,
        rr10=rr, ms=ms)


# --- summaries ---------------------------------------------------------------------------------------------

def _mean(values: Iterable[float | bool | None]) -> float | None:
    kept = [float(v) for v in values if v is not None]
    return round(float(np.mean(kept)), 4) if kept else None


def summarize(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Every metric over `outcomes` (None where no query of the group has it)."""
    answerable = [o for o in outcomes if not o.null]
    answered = [o for o in outcomes if not o.abstained]  # the quotes a reader sees per answer
    return {
        "n": len(outcomes), "n_null": len(outcomes) - len(answerable),
        "n_span": sum(o.answer_quoted is not None for o in outcomes),
        "null_abstained": _mean(o.abstained for o in outcomes if o.null),
        "answerable_abstained": _mean(o.abstained for o in answerable),
        "source_recall": _mean(o.source_recall for o in answerable),
        "answer_quoted": _mean(o.answer_quoted for o in outcomes),
        "fact_recall": _mean(o.fact_recall for o in answerable),
        "fact_recall_pooled": round(sum((o.fact_recall or 0) * o.facts for o in answerable)
                                    / sum(o.facts for o in answerable), 4) if answerable else None,
        "evidence_in_top10": _mean(o.evidence_in_top10 for o in answerable),
        "hits@10": _mean(o.hit10 for o in answerable), "mrr@10": _mean(o.rr10 for o in answerable),
        "quotes_mean": _mean(o.n_quotes for o in answered) if answered else None,
        "quotes_max": max((o.n_quotes for o in answered), default=None),
        "answer_ms": common.percentiles([o.ms for o in outcomes]),
    }


def groups(outcomes: Sequence[Outcome]) -> dict[str, dict[str, Any]]:
    """Summaries: all, each question type, each half, and each type within each half."""
    out = {"all": summarize(outcomes)}
    for name, parity in (("even", 0), ("odd", 1)):
        part = [o for o in outcomes if o.position % 2 == parity]
        if part:
            out[name] = summarize(part)
    for t in TYPES:
        for name, parity in (("", None), (" even", 0), (" odd", 1)):
            part = [o for o in outcomes if o.qtype == t and (parity is None or o.position % 2 == parity)]
            if part:
                out[t.split("_")[0] + name] = summarize(part)
    return out


def evidence_map(index: Any, items: Sequence[Item]) -> dict[str, Any]:
    """Check that every gold evidence url is the doc_id of exactly one indexed article; list those that are not."""
    by_doc: dict[str, int] = {}
    for a in index.articles:
        for key in {a.doc_id, a.metadata.get("url", a.doc_id)}:
            by_doc[key] = by_doc.get(key, 0) + 1
    urls = {e.url for it in items for e in it.evidence}
    return {"evidence_items": sum(len(it.evidence) for it in items), "distinct_articles": len(urls),
            "mapped_once": sum(by_doc.get(u) == 1 for u in urls),
            "unmapped_or_ambiguous": sorted(u for u in urls if by_doc.get(u) != 1)}


COLUMNS = ("null_abstained", "answerable_abstained", "source_recall", "answer_quoted", "fact_recall",
           "evidence_in_top10", "hits@10", "mrr@10", "quotes_mean", "quotes_max")


def report(summary: dict[str, dict[str, Any]]) -> str:
    """The Markdown table: one row per group."""
    rows = []
    for name, s in summary.items():
        cells = ["-" if s[c] is None else s[c] for c in COLUMNS]
        rows.append([name, s["n"], *cells, s["answer_ms"]["p50"], s["answer_ms"]["p95"]])
    headers = ["queries", "n", "(a) null abstained", "(a) answerable abstained", "(b) source recall",
               "(c) answer quoted", "(d) fact recall", "(e) evidence in top 10", "Hits@10", "MRR@10",
               "answer p50 ms", "answer p95 ms"]
    return common.table(headers, rows)


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--limit", type=int, default=None, help="first N queries of the file only (a quick look)")
    p.add_argument("--half", choices=("even", "odd", "all"), default="all",
                   help="queries at even (tuning) or odd (reporting) positions of the file, or all")
    args = p.parse_args()
    started = common.machine()
    root = common.require(args.data / "multihop-rag", "MultiHop-RAG data")
    items = load_items(root / "MultiHopRAG.json", args.limit, args.half)
    index_dir = common.multihop_index_dir(args.work)
    build_info = common.ensure_index(root / "corpus.json", index_dir)

    from qa.answer import answer_with
    from qa.retrieve import load_index

    index = load_index(index_dir)
    mapping = evidence_map(index, items)
    print(f"{len(items)} queries; evidence: {mapping['evidence_items']} items, {mapping['distinct_articles']} "
          f"articles, {mapping['mapped_once']} map to exactly one indexed article; "
          f"not: {mapping['unmapped_or_ambiguous'] or 'none'}")
    for it in items[:WARM_UP]:  # model load, first FAISS search, page cache: not part of the latency
        answer_with(index, it.query)
    locator = FactLocator(index)
    t = time.perf_counter()
    outcomes = []
    for n, it in enumerate(items, start=1):
        outcomes.append(measure(index, locator, it))
        if n % 250 == 0:
            print(f"  {n}/{len(items)} answered", flush=True)
    seconds = time.perf_counter() - t
    summary = groups(outcomes)
    located = sum(o.facts_located for o in outcomes)
    facts = sum(o.facts for o in outcomes)
    print(f"\nMultiHop-RAG answers, {len(items)} queries ({args.half}); issue 13's values today: {ISSUE_13}; "
          f"targets: {TARGET}")
    print(report(summary))
    print(f"gold facts located in clean text: {located}/{facts}; {seconds:.0f} s for the queries; "
          f"load {common.load_average()}")
    name = "multihop_answers" + ("" if args.half == "all" else f"-{args.half}") + (f"-n{args.limit}" if args.limit
                                                                                   else "")
    path = common.write_results(name, {
        "n_queries": len(items), "half": args.half, "limit": args.limit, "index": str(index_dir),
        "build": build_info, "evidence_map": mapping, "facts_located": located, "facts": facts,
        "seconds": round(seconds, 1), "summary": summary, "per_query": [asdict(o) for o in outcomes],
    }, started)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
