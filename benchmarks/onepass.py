"""What the model reads (issue 15 items 1-2): build seconds, word pieces embedded and quality, by `embed_passes`.

For each way of reading ("both": a pass per chunk and per sentence, the first version; "chunks": a pass per chunk,
sentences pooled from it; "sentences": a pass per sentence and title line, chunks pooled from them), build
MultiHop-RAG (609 articles) from scratch and record seconds and word pieces the model read, then score the
shipped ranking (MultiHop-RAG Hits@10 / MRR@10 as benchmarks/multihop_rag.py scores it, dense alone beside it)
and SQuAD (passage hits@5 and lead quote over benchmarks/squad.py's fixed sample). An index already built with
a mode (`--index both=/tmp/qa-bench/multihop-ct200`) is scored as it is, read-only, and not rebuilt.

The default mode's MultiHop-RAG index goes to WORK/multihop-ct200, where multihop_answers.py and question_set.py
(`--work WORK`) find and reuse it; other modes to WORK/multihop-ct200-MODE.

    flock /work/coord/heavy.lock .venv/bin/python benchmarks/onepass.py --work /tmp/qa-bench-x --modes sentences
"""

from __future__ import annotations

import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
import multihop_rag  # noqa: E402
import squad  # noqa: E402


def build(source: Path, index_dir: Path, mode: str) -> dict[str, Any]:
    """A from-scratch build of `source` read the `mode` way: seconds, word pieces, counts, stages."""
    from qa.build import build_index
    from qa.config import Settings

    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(parents=True)
    load = common.load_average()
    stats = build_index(source, index_dir, settings=Settings(embed_passes=mode), progress=True)
    out = {"seconds": round(stats.seconds, 1), "word_pieces": stats.word_pieces, "n_chunks": stats.n_chunks,
           "n_sentences": stats.n_sentences, "n_embedded": stats.n_embedded,
           "stage_seconds": {k: round(v, 1) for k, v in stats.stage_seconds.items()},
           "load_before": load, "load_after": common.load_average()}
    print(f"{mode}: built {source.name} in {stats.seconds:.0f} s, {stats.word_pieces:,} word pieces; {out}",
          flush=True)
    return out


def paired(corpus: Path, work: Path, n_articles: int, modes: list[str], rounds: int = 2) -> dict[str, Any]:
    """Builds of the first `n_articles` articles, the modes taking turns (`rounds` each), so both see the same
    load: on a shared machine this ratio is the fair one, more than two full builds hours apart."""
    import json

    sub = work / f"paired-{n_articles}" / "corpus.json"
    sub.parent.mkdir(parents=True, exist_ok=True)
    sub.write_text(json.dumps(json.loads(corpus.read_text())[:n_articles]))
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    for _ in range(rounds):
        for mode in modes:
            runs[mode].append(build(sub, sub.parent / f"index-{mode}", mode))
    out: dict[str, Any] = {m: {"seconds": [r["seconds"] for r in rs], "embed_seconds":
                               [r["stage_seconds"]["embed"] for r in rs], "word_pieces": rs[0]["word_pieces"]}
                           for m, rs in runs.items()}
    for m in modes:
        out[m]["pieces_per_s"] = round(out[m]["word_pieces"] / min(out[m]["embed_seconds"]))
    if "both" in modes:
        for m in modes:
            out[m]["speedup_vs_both"] = round(min(out["both"]["seconds"]) / min(out[m]["seconds"]), 2)
    print(f"paired builds of {n_articles} articles: {out}", flush=True)
    return out


def multihop_quality(index_dir: Path, data: Path) -> dict[str, Any]:
    """The shipped ranking and dense alone, Hits@10 / MRR@10, all queries and the odd (reporting) half."""
    from qa.retrieve import load_index

    root = data / "multihop-rag"
    queries = multihop_rag.load_queries(root / "MultiHopRAG.json", None)
    index = load_index(index_dir)
    hits = multihop_rag.hit_rows(multihop_rag.chunk_texts(index, None), queries)
    lists, _ = multihop_rag.collect(index, queries, index.settings.candidates, None, None)
    odd = list(range(1, len(queries), 2))
    out = {}
    for name, rank in (("shipped", lambda x: x.shipped), ("dense alone", lambda x: [r for r, _ in x.dense])):
        ranks = [multihop_rag.collapse(index, rank(x)) for x in lists]
        out[name] = {"all": multihop_rag.score(ranks, hits, queries)["all"],
                     "odd_half": multihop_rag.score(ranks, hits, queries, odd)["all"]}
    return out


def squad_quality(index_dir: Path, questions: list[dict[str, Any]], n: int) -> dict[str, Any]:
    """Passage hits@5 and lead quote over benchmarks/squad.py's fixed sample (seed 0)."""
    from qa.answer import answer_with
    from qa.retrieve import load_index

    index = load_index(index_dir)
    sample = random.Random(0).sample(questions, min(n, len(questions)))
    h5 = lead = 0
    for q in sample:
        ans = answer_with(index, q["question"])
        h5 += any(squad.holds(x.text, q["answers"]) for x in list(ans.passages)[:5])
        lead += not ans.abstained and squad.holds(ans.quotes[0].text, q["answers"])
    return {"n": len(sample), "hits@5": round(h5 / len(sample), 4), "lead_quote": round(lead / len(sample), 4)}


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--modes", nargs="+", default=["sentences"], choices=("both", "chunks", "sentences"),
                   help="ways of reading to build and score")
    p.add_argument("--index", action="append", default=[], metavar="MODE=DIR",
                   help="score this existing MultiHop-RAG index as MODE instead of building it (read-only)")
    p.add_argument("--n", type=int, default=1000, help="SQuAD questions in the fixed sample (seed 0)")
    p.add_argument("--paired", type=int, default=0, metavar="N",
                   help="also build the first N articles in each mode, taking turns (the fair speed ratio)")
    args = p.parse_args()
    started = common.machine()
    from qa.config import Settings

    default = Settings().embed_passes
    given = dict(x.split("=", 1) for x in args.index)
    corpus = common.require(args.data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus")
    squad_source, questions = squad.write_collection(
        common.require(args.data / "squad" / "dev-v1.1.json", "SQuAD"), args.work / "squad-corpus")
    results: dict[str, Any] = {}
    if args.paired:
        modes = list(dict.fromkeys(["both", *args.modes, *given]))
        results["paired"] = paired(corpus, args.work, args.paired, modes)
    for mode in dict.fromkeys([*args.modes, *given]):
        r: dict[str, Any] = {}
        base = common.multihop_index_dir(args.work)
        index_dir = Path(given[mode]) if mode in given else base if mode == default else Path(f"{base}-{mode}")
        if mode not in given:
            r["multihop_build"] = build(corpus, index_dir, mode)
        t = time.perf_counter()
        r["multihop"] = multihop_quality(index_dir, args.data)
        r["squad_build"] = build(squad_source, args.work / f"squad-index-{mode}", mode)
        r["squad"] = squad_quality(args.work / f"squad-index-{mode}", questions, args.n)
        r["scoring_seconds"] = round(time.perf_counter() - t, 1)
        r["multihop_index"] = str(index_dir)
        results[mode] = r
        print(mode, r, flush=True)
    rows = [[mode, r.get("multihop_build", {}).get("seconds", "-"), r.get("multihop_build", {}).get("word_pieces", "-"),
             r["multihop"]["shipped"]["all"]["hits@10"], r["multihop"]["shipped"]["all"]["mrr@10"],
             r["multihop"]["dense alone"]["all"]["hits@10"], r["multihop"]["dense alone"]["all"]["mrr@10"],
             r["squad_build"]["seconds"], r["squad"]["hits@5"], r["squad"]["lead_quote"]]
            for mode, r in results.items() if mode != "paired"]
    print(common.table(["embed_passes", "MultiHop build s", "word pieces", "Hits@10", "MRR@10", "dense H@10",
                        "dense MRR@10", "SQuAD build s", "SQuAD hits@5", "lead quote"], rows))
    path = common.write_results("onepass-" + "-".join(results), {"results": results, "given": given}, started)
    if args.paired:
        print(f"paired ({args.paired} articles): {results['paired']}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
