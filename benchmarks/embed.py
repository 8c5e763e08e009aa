"""Embedding throughput, a full MultiHop-RAG build split into its stages, and an incremental rebuild.

1. Throughput of the shipped model (torch, Settings().dtype) on chunk-sized and sentence-sized news text:
   texts/s and word pieces/s, warm, batch Settings().embed_batch.
2. A full build of corpus.json into a fresh folder: IndexStats.stage_seconds (load, clean, split, dedup, bm25,
   embed, faiss, write), and the share of the build spent outside the model.
3. Incremental: copy corpus.json, change one article's body, rebuild into the same folder (only the changed
   text is re-embedded), and compare the time with the full build (goal < 5%).

    .venv/bin/python benchmarks/embed.py [DATA] [--skip-build] [--n 512]
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402


def sample_texts(corpus: Path, n: int, words: int) -> list[str]:
    """`n` windows of `words` whitespace words from the corpus bodies (deterministic)."""
    records = json.loads(corpus.read_text())
    out: list[str] = []
    for r in records:
        w = r["body"].split()
        for i in range(0, len(w) - words, words * 7):
            out.append(" ".join(w[i:i + words]))
    step = max(1, len(out) // n)
    return out[::step][:n]


def throughput(texts: list[str], settings: Any) -> dict[str, Any]:
    """Warm texts/s and word pieces/s of the shipped embedder on `texts`."""
    from qa.embed import load_embedder

    emb = load_embedder(settings.model, dtype=settings.dtype)
    emb.encode(texts[:32], batch_size=settings.embed_batch)  # warm-up
    pieces = sum(min(emb.count_tokens(t) + 2, emb.max_tokens) for t in texts)
    load = common.load_average()[0]
    t = time.perf_counter()
    emb.encode(texts, batch_size=settings.embed_batch)
    s = time.perf_counter() - t
    return {"n": len(texts), "seconds": round(s, 2), "texts_per_s": round(len(texts) / s, 1),
            "tokens_per_s": round(pieces / s), "mean_tokens": round(pieces / len(texts), 1),
            "load_before": load, "dtype": settings.dtype}


def full_and_incremental(corpus: Path, work: Path, settings: Any) -> dict[str, Any]:
    """Fresh full build, then one article's body changed and rebuilt into the same folder."""
    from qa.build import build_index

    src_dir = work / "embed-corpus"
    index_dir = work / "multihop-ct200-embedbench"
    shutil.rmtree(index_dir, ignore_errors=True)
    shutil.rmtree(src_dir, ignore_errors=True)
    src_dir.mkdir(parents=True)
    shutil.copyfile(corpus, src_dir / "corpus.json")
    load = common.load_average()
    full = build_index(src_dir, index_dir, settings=settings, progress=True)
    records = json.loads((src_dir / "corpus.json").read_text())
    victim = len(records) // 2
    body = records[victim]["body"]
    records[victim]["body"] = body.replace(". ", ". Update: this paragraph was edited. ", 1) + \
        "\n\nEditor's note: this article was updated after publication."
    (src_dir / "corpus.json").write_text(json.dumps(records, indent=4))
    load_inc = common.load_average()
    inc = build_index(src_dir, index_dir, settings=settings, progress=False)
    stages = dict(full.stage_seconds)
    model = stages.get("embed", 0.0)
    return {
        "full": {"seconds": round(full.seconds, 1), "n_chunks": full.n_chunks, "n_sentences": full.n_sentences,
                 "n_embedded": full.n_embedded, "stage_seconds": {k: round(v, 2) for k, v in stages.items()},
                 "share_outside_model": round(1 - model / full.seconds, 3), "load_before": load},
        "incremental": {"seconds": round(inc.seconds, 1), "n_embedded": inc.n_embedded, "n_reused": inc.n_reused,
                        "stage_seconds": {k: round(v, 2) for k, v in inc.stage_seconds.items()},
                        "vs_full": round(inc.seconds / full.seconds, 4), "edited_article": records[victim]["url"],
                        "load_before": load_inc},
        "index_dir": str(index_dir),
    }


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=512, help="texts per throughput run")
    p.add_argument("--skip-build", action="store_true", help="throughput only")
    args = p.parse_args()
    started = common.machine()
    from qa.config import Settings

    corpus = common.require(args.data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus")
    settings = Settings()
    runs = {
        "chunk ~135 words": throughput(sample_texts(corpus, args.n, 135), settings),
        "sentence ~22 words": throughput(sample_texts(corpus, args.n * 4, 22), settings),
    }
    rows = [[k, v["n"], v["mean_tokens"], v["texts_per_s"], v["tokens_per_s"], v["load_before"]]
            for k, v in runs.items()]
    print(common.table(["texts", "n", "word pieces", "texts/s", "word pieces/s", "load"], rows))
    out: dict[str, Any] = {"throughput": runs}
    if not args.skip_build:
        b = full_and_incremental(corpus, args.work, settings)
        out["build"] = b
        full, inc = b["full"], b["incremental"]
        rows = [[stage, secs, round(secs / full["seconds"], 3)] for stage, secs in full["stage_seconds"].items()]
        rows.append(["total", full["seconds"], 1.0])
        print(f"\nfull build: {full['n_chunks']} chunks, {full['n_sentences']} sentences; "
              f"outside the model: {full['share_outside_model']:.1%}")
        print(common.table(["stage", "seconds", "share"], rows))
        print(f"\nincremental (one article edited): {inc['seconds']} s = {inc['vs_full']:.1%} of the full build; "
              f"embedded {inc['n_embedded']}, reused {inc['n_reused']}; stages {inc['stage_seconds']}")
    path = common.write_results("embed", out, started)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
