"""qa.answer latency, warm: the shipped articles (our question set) and MultiHop-RAG (its queries).

Answering must not re-embed passages: sentence vectors are computed at build time, so a question costs one
query embedding, BM25 + FAISS, and sentence scoring. Target: p95 under 150 ms on this 2-core machine.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from common import REPO, machine, parser, percentiles, require, table, write_results

sys.path.insert(0, str(REPO / "tests"))


def _index(corpus: Path, index_dir: Path) -> Path:
    from qa.build import build_index, index_is_current

    if not index_is_current(corpus, index_dir):
        build_index(corpus, index_dir, progress=True)
    return index_dir


def _time(index_dir: Path, questions: list[str], repeats: int) -> dict[str, float]:
    from qa.answer import answer_with
    from qa.retrieve import load_index

    index = load_index(index_dir)
    for q in questions[:5]:  # warm up: model load, first FAISS search, page cache
        answer_with(index, q)
    ms, abstained = [], 0
    for _ in range(repeats):
        for q in questions:
            t = time.perf_counter()
            a = answer_with(index, q)
            ms.append((time.perf_counter() - t) * 1000)
            abstained += a.abstained
    return {**percentiles(ms), "abstained": round(abstained / len(ms), 3)}


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--multihop-index", type=Path,
                   help="a MultiHop-RAG index to use (default: WORK/multihop-ct200, built there if missing or stale)")
    args = p.parse_args()
    from questions import ANSWERABLE, UNANSWERABLE

    started = machine()
    args.work.mkdir(parents=True, exist_ok=True)
    results = {}
    shipped = [q for q, _ in ANSWERABLE] + list(UNANSWERABLE)
    results["shipped"] = _time(_index(REPO / "articles", args.work / "answer-shipped"), shipped, repeats=5)
    corpus = require(args.data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus")
    queries = json.loads(require(args.data / "multihop-rag" / "MultiHopRAG.json", "queries").read_text())
    sample = random.Random(0).sample([q["query"] for q in queries], 200)
    # The index multihop_rag.py builds (same corpus file, shipped settings) is reused when it is current.
    multihop = args.multihop_index or _index(corpus, args.work / "multihop-ct200")
    results["multihop"] = _time(multihop, sample, repeats=1)
    rows = [[name, r["n"], r["p50"], r["p95"], r["mean"], r["abstained"]] for name, r in results.items()]
    print(table(["corpus", "questions", "p50 ms", "p95 ms", "mean ms", "abstained"], rows))
    write_results("answer_latency", {"results": results}, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
