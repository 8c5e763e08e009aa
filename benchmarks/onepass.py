"""What the model reads (issue 15 items 1-2): build seconds, word pieces embedded and quality, by `embed_passes`.

For each way of reading ("both": a pass per chunk and per sentence, the first version; "chunks": a pass per chunk,
sentences pooled from it; "sentences": a pass per sentence and title line, chunks pooled from them), build
MultiHop-RAG (609 articles) from scratch and record seconds and word pieces the model read, then score the
shipped ranking (MultiHop-RAG Hits@10 / MRR@10 as benchmarks/multihop_rag.py scores it, dense alone beside it)
and SQuAD (passage hits@5 and lead quote over benchmarks/squad.py's fixed sample). An index already built with
a mode (`--index both=/tmp/qa-bench/multihop-ct200`) is scored as it is, read-only, and not rebuilt.

The default mode's MultiHop-RAG index goes to WORK/multihop-ct200, where multihop_answers.py and question_set.py
(`--work WORK`) find and reuse it; other modes to WORK/multihop-ct200-MODE.

    flock /work/coord/heavy.lock .venv/bin/python benchmarks/onepass.py --work /tmp/qa-bench-x --paired 80 \
        [--modes both sentences] [--stages paired,squad,multihop] [--index both=DIR]
"""

from __future__ import annotations

import random
import shutil
import sys
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


def paired(corpus: Path, data: Path, work: Path, n_articles: int, modes: list[str]) -> dict[str, Any]:
    """Builds of the first `n_articles` articles, one mode after the other (so they see about the same load:
    on a shared machine a fairer ratio than two full builds hours apart), each scored on the MultiHop-RAG
    queries with a gold fact in those articles (a subset's proxy for the full benchmark, same for every mode)."""
    import json

    sub = work / f"paired-{n_articles}" / "corpus.json"
    sub.parent.mkdir(parents=True, exist_ok=True)
    records = json.loads(corpus.read_text())[:n_articles]
    sub.write_text(json.dumps(records))
    titles = {r["title"] for r in records}
    from qa.embed import load_embedder
    from qa.pool import whole

    warm = load_embedder()  # model load and first passes before the first timed build, not inside it
    warm.encode(["warm up"] * 8)
    warm.read(["warm up"] * 8, [whole] * 8)
    out: dict[str, Any] = {}
    for mode in modes:
        folder = sub.parent / f"index-{mode}"
        out[mode] = {"build": build(sub, folder, mode),
                     "multihop_subset": multihop_quality(folder, data, lambda q: bool(set(q) & titles))}
    for m in modes:
        b = out[m]["build"]
        b["pieces_per_embed_s"] = round(b["word_pieces"] / b["stage_seconds"]["embed"])
        if "both" in modes:
            b["speedup_vs_both"] = round(out["both"]["build"]["seconds"] / b["seconds"], 2)
    print(f"paired builds of {n_articles} articles: {out}", flush=True)
    return out


def multihop_quality(index_dir: Path, data: Path, keep: Any = None) -> dict[str, Any]:
    """The shipped ranking and dense alone, Hits@10 / MRR@10, all queries and the odd (reporting) half
    (`keep(evidence titles)` picks the queries, default all)."""
    import json

    from qa.retrieve import load_index

    root = data / "multihop-rag"
    queries = multihop_rag.load_queries(root / "MultiHopRAG.json", None)
    if keep is not None:
        raw = [r for r in json.loads((root / "MultiHopRAG.json").read_text()) if r["evidence_list"]]
        queries = [q for q, r in zip(queries, raw, strict=True) if keep([e["title"] for e in r["evidence_list"]])]
    index = load_index(index_dir)
    hits = multihop_rag.hit_rows(multihop_rag.chunk_texts(index, None), queries)
    lists, _ = multihop_rag.collect(index, queries, index.settings.candidates, None, None)
    odd = list(range(1, len(queries), 2))
    out: dict[str, Any] = {"n_queries": len(queries)}
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
    p.add_argument("--modes", nargs="+", default=["both", "sentences"], choices=("both", "chunks", "sentences"),
                   help="ways of reading to build and score")
    p.add_argument("--index", action="append", default=[], metavar="MODE=DIR",
                   help="score this existing MultiHop-RAG index as MODE instead of building it (read-only)")
    p.add_argument("--n", type=int, default=1000, help="SQuAD questions in the fixed sample (seed 0)")
    p.add_argument("--paired", type=int, default=0, metavar="N",
                   help="first: build the first N articles in each mode, one after the other, and score them")
    p.add_argument("--stages", default="paired,squad,multihop",
                   help="what to run, in this order (results are written after each)")
    args = p.parse_args()
    started = common.machine()
    given = dict(x.split("=", 1) for x in args.index)
    modes = list(dict.fromkeys([*args.modes, *given]))
    corpus = common.require(args.data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus")
    results: dict[str, Any] = {}
    name = "onepass-" + "-".join(modes) + "-" + args.stages.replace(",", "-")

    def save() -> None:
        path = common.write_results(name, {"results": results, "given": given, "args": vars(args)}, started)
        print(f"wrote {path}", flush=True)

    for stage in args.stages.split(","):
        if stage == "paired" and args.paired:
            results["paired"] = paired(corpus, args.data, args.work, args.paired, modes)
        elif stage == "squad":
            results["squad"] = squad_stage(args.data, args.work, modes, args.n)
        elif stage == "multihop":
            results["multihop"] = multihop_stage(corpus, args.data, args.work, modes, given)
        save()
    print(summary(results))


def squad_stage(data: Path, work: Path, modes: list[str], n: int) -> dict[str, Any]:
    """SQuAD built and scored in each mode."""
    source, questions = squad.write_collection(common.require(data / "squad" / "dev-v1.1.json", "SQuAD"),
                                               work / "squad-corpus")
    out = {}
    for mode in modes:
        folder = work / f"squad-index-{mode}"
        out[mode] = {"build": build(source, folder, mode), "squad": squad_quality(folder, questions, n)}
        print(mode, out[mode], flush=True)
    return out


def multihop_stage(corpus: Path, data: Path, work: Path, modes: list[str], given: dict[str, str]) -> dict[str, Any]:
    """Full MultiHop-RAG builds (unless an index is given for the mode), scored on every query."""
    from qa.config import Settings

    base = common.multihop_index_dir(work)
    out: dict[str, Any] = {}
    for mode in modes:
        folder = Path(given[mode]) if mode in given else base if mode == Settings().embed_passes else \
            Path(f"{base}-{mode}")
        out[mode] = {"index": str(folder)}
        if mode not in given:
            out[mode]["build"] = build(corpus, folder, mode)
        out[mode]["multihop"] = multihop_quality(folder, data)
        print(mode, out[mode], flush=True)
    return out


def summary(results: dict[str, Any]) -> str:
    """One Markdown table per stage that ran."""
    parts = []

    def q(r: dict[str, Any], key: str) -> list[Any]:
        m = r[key]
        return [m["n_queries"], m["shipped"]["all"]["hits@10"], m["shipped"]["all"]["mrr@10"],
                m["dense alone"]["all"]["hits@10"], m["dense alone"]["all"]["mrr@10"]]

    head = ["n queries", "Hits@10", "MRR@10", "dense Hits@10", "dense MRR@10"]
    if "paired" in results:
        rows = [[m, r["build"]["seconds"], r["build"]["word_pieces"], r["build"].get("speedup_vs_both", "-"),
                 *q(r, "multihop_subset")] for m, r in results["paired"].items()]
        parts.append(common.table(["embed_passes", "build s", "word pieces", "speed-up", *head], rows))
    if "squad" in results:
        rows = [[m, r["build"]["seconds"], r["build"]["word_pieces"], r["squad"]["hits@5"], r["squad"]["lead_quote"]]
                for m, r in results["squad"].items()]
        parts.append(common.table(["embed_passes", "SQuAD build s", "word pieces", "hits@5", "lead quote"], rows))
    if "multihop" in results:
        rows = [[m, r.get("build", {}).get("seconds", "-"), r.get("build", {}).get("word_pieces", "-"),
                 *q(r, "multihop")] for m, r in results["multihop"].items()]
        parts.append(common.table(["embed_passes", "build s", "word pieces", *head], rows))
    return "\n\n".join(parts)


if __name__ == "__main__":
    main()
