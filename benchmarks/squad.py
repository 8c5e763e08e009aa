"""SQuAD v1.1 dev as a retrieval + quoting benchmark: the 48 articles as one JSONL collection.

Each article becomes one record (title, paragraphs joined by blank lines). For a fixed random sample of
questions (seed 0): passage hits@1/@5 (a retrieved passage holds a gold answer) and lead quote (the answer's
first quote holds a gold answer; an abstention counts as a miss, and its rate is reported). "Holds" is a
substring test after the official SQuAD normalization (lowercase, punctuation and a/an/the removed, spaces
collapsed), the usual answer-string match of open-domain QA; a common answer ("1990") can match a passage
other than the question's own paragraph, so hits@5 counting only passages of the question's own article is reported too.

    .venv/bin/python benchmarks/squad.py [DATA] [--n 1000]
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

GOAL = {"hits@5": 0.95, "lead_quote": 0.75}
_PUNCT = set(string.punctuation)


def normalize(text: str) -> str:
    """The official SQuAD v1.1 answer normalization."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def holds(text: str, answers: list[str]) -> bool:
    """True when any normalized gold answer is a substring of normalized `text` (on word boundaries)."""
    t = f" {normalize(text)} "
    return any(f" {a} " in t for a in (normalize(x) for x in answers) if a)


def write_collection(squad: Path, out: Path) -> tuple[Path, list[dict[str, Any]]]:
    """squad.jsonl (one record per article) under `out`, and every question with its article and paragraph."""
    data = json.loads(squad.read_text())["data"]
    out.mkdir(parents=True, exist_ok=True)
    path = out / "squad.jsonl"
    questions = []
    lines = []
    for article in data:
        title = article["title"].replace("_", " ")
        lines.append(json.dumps({"id": article["title"], "title": title,
                                 "text": "\n\n".join(p["context"] for p in article["paragraphs"])}))
        for p in article["paragraphs"]:
            for qa in p["qas"]:
                questions.append({"id": qa["id"], "question": qa["question"], "doc_id": article["title"],
                                  "context": p["context"], "answers": [a["text"] for a in qa["answers"]]})
    text = "\n".join(lines) + "\n"
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
    return out, questions


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=1000, help="questions in the fixed sample (seed 0)")
    p.add_argument("--half", choices=("even", "odd", "all"), default="all",
                   help="positions of the sample asked: even (tuning), odd (reporting) or all")
    p.add_argument("--fusion", action="store_true",
                   help="passage hits only: the shipped ranking vs. plain two-list RRF settings")
    args = p.parse_args()
    started = common.machine()
    from qa.build import build_index, index_is_current
    from qa.config import Settings
    from qa.retrieve import load_index

    squad = common.require(args.data / "squad" / "dev-v1.1.json", "SQuAD dev-v1.1.json")
    source, questions = write_collection(squad, args.work / "squad-corpus")
    index_dir = args.work / "squad-index"
    build_info: dict[str, Any] = {}
    if not index_is_current(source, index_dir, Settings()):
        stats = build_index(source, index_dir, progress=True)
        build_info = {"seconds": round(stats.seconds, 1), "n_chunks": stats.n_chunks,
                      "n_sentences": stats.n_sentences, "stage_seconds": dict(stats.stage_seconds)}
        print(f"built {stats.n_articles} articles, {stats.n_chunks} chunks in {stats.seconds:.0f} s")
    index = load_index(index_dir)
    sample = random.Random(0).sample(questions, min(args.n, len(questions)))
    if args.half != "all":
        sample = sample[args.half == "odd"::2]
    if args.fusion:
        compare_fusion(index, sample, started)
        return
    from qa.answer import answer_with

    h1 = h5 = own5 = lead = abstained = 0
    misses: list[dict[str, Any]] = []
    t = time.perf_counter()
    for i, q in enumerate(sample, start=1):
        ans = answer_with(index, q["question"])
        passages = list(ans.passages)
        if ans.abstained:
            abstained += 1
        elif holds(ans.quotes[0].text, q["answers"]):
            lead += 1
        hit = [holds(x.text, q["answers"]) for x in passages[:5]]
        h1 += bool(hit[:1] and hit[0])
        h5 += any(hit)
        own5 += any(h and x.doc_id == q["doc_id"] for h, x in zip(hit, passages, strict=False))
        if not any(hit) and len(misses) < 25:
            misses.append({"question": q["question"], "answers": q["answers"][:2],
                           "top": passages[0].text[:160] if passages else ""})
        if i % 200 == 0:
            print(f"  {i}/{len(sample)}", flush=True)
    secs = time.perf_counter() - t
    n = len(sample)
    res = {"n": n, "hits@1": round(h1 / n, 4), "hits@5": round(h5 / n, 4), "own_article@5": round(own5 / n, 4),
           "lead_quote": round(lead / n, 4), "abstained": round(abstained / n, 4),
           "ms_per_question": round(secs / n * 1000, 1)}
    print(common.table(["questions", "hits@1", "hits@5", "own article@5", "lead quote", "abstained",
                        "ms/question"],
                       [[n, res["hits@1"], res["hits@5"], res["own_article@5"], res["lead_quote"], res["abstained"],
                         res["ms_per_question"]]]))
    print(f"goal: hits@5 >= {GOAL['hits@5']}, lead quote >= {GOAL['lead_quote']}; load {common.load_average()}")
    name = "squad" + ("" if args.half == "all" else f"-{args.half}")
    path = common.write_results(name, {"results": res, "build": build_info, "n_chunks": len(index.chunk_ids),
                                          "misses": misses}, started)
    print(f"wrote {path}")


def compare_fusion(index: Any, sample: list[dict[str, Any]], started: dict[str, Any]) -> None:
    """Passage hits@1/@5: the shipped ranking, and plain two-list RRF settings, from one rank() per question."""
    from qa.config import Settings

    settings = {"plain RRF k=60, 1:1 (before)": (60, 1.0, 1.0), "plain RRF k=5, bm25 3:1": (5, 3.0, 1.0),
                "k=60, bm25 3:1": (60, 3.0, 1.0), "k=5, 1:1": (5, 1.0, 1.0), "bm25 alone": (60, 1.0, 0.0),
                "dense alone": (60, 0.0, 1.0)}
    counts = {name: [0, 0] for name in ["shipped: Index.rank (k=5, bm25 3:1, best-sentence list)", *settings]}
    for q in sample:
        ranked = index.rank(index.question(q["question"]))
        passages = index.passages(ranked, 5)
        hit = [holds(x.text, q["answers"]) for x in passages]
        counts[next(iter(counts))][0] += bool(hit and hit[0])
        counts[next(iter(counts))][1] += any(hit)
        for name, (k, wb, wd) in settings.items():
            plain = Settings(rrf_k=k, bm25_weight=wb, dense_weight=wd, sentence_weight=0.0, source_boost=0.0,
                             date_boost=0.0, clause_weight=0.0)
            fused = index.fuse(ranked.question, (ranked.bm25, ranked.dense), ranked.query_vector, plain)
            passages = index.passages(replace(ranked, fused=fused), 5)
            hit = [holds(x.text, q["answers"]) for x in passages]
            counts[name][0] += bool(hit and hit[0])
            counts[name][1] += any(hit)
    n = len(sample)
    res = {name: {"hits@1": round(a / n, 4), "hits@5": round(b / n, 4)} for name, (a, b) in counts.items()}
    print(common.table(["fusion", "hits@1", "hits@5"], [[k, v["hits@1"], v["hits@5"]] for k, v in res.items()]))
    path = common.write_results("squad-fusion", {"n": n, "results": res}, started)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
