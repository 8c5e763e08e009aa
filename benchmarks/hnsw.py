"""HNSW recall@10 against exact search, on real embeddings: the MultiHop-RAG index's chunk and sentence vectors.

`qa/dense.py` switches from exact (flat) search to HNSW past `HNSW_ABOVE` rows. benchmarks/scale.py measures
HNSW on random vectors (a pessimistic case, and slow to build at 1M here); this measures the same HNSW
settings on real all-MiniLM-L6-v2 vectors of news text (every chunk and every sentence of the MultiHop-RAG
index, ~65k rows), queried with the benchmark's real questions. Needs the index multihop_rag.py builds.

    .venv/bin/python benchmarks/hnsw.py [DATA] [--index /tmp/qa-bench/multihop-ct200] [--queries 500]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--index", type=Path, default=None, help="index folder (default: WORK/multihop-ct200)")
    p.add_argument("--queries", type=int, default=500)
    args = p.parse_args()
    started = common.machine()
    from qa import dense
    from qa.retrieve import load_index

    root = common.require(args.data / "multihop-rag", "MultiHop-RAG data")
    index = load_index(common.require(args.index or args.work / "multihop-ct200", "the MultiHop-RAG index"))
    vectors = np.concatenate([dense.vectors_of(index.dense_index),
                              np.asarray(index.sentence_vectors, dtype=np.float32)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)  # sentence vectors are stored as float16
    queries = [q["query"] for q in json.loads((root / "MultiHopRAG.json").read_text())]
    queries = queries[:: max(1, len(queries) // args.queries)][: args.queries]
    qvecs = index.embedder.encode(queries)
    flat = dense.build_dense(vectors, kind="flat")
    t = time.perf_counter()
    hnsw = dense.build_dense(vectors, kind="hnsw")
    build_s = time.perf_counter() - t
    recall, ms_flat, ms_hnsw = [], [], []
    for q in qvecs:
        t = time.perf_counter()
        exact = {r for r, _ in dense.search_dense(flat, q, 10)}
        ms_flat.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        got = {r for r, _ in dense.search_dense(hnsw, q, 10)}
        ms_hnsw.append((time.perf_counter() - t) * 1000)
        recall.append(len(exact & got) / 10)
    res = {"rows": len(vectors), "queries": len(qvecs), "build_seconds": round(build_s, 1),
           "recall@10": round(float(np.mean(recall)), 4), "flat_ms": common.percentiles(ms_flat),
           "hnsw_ms": common.percentiles(ms_hnsw), "M": 32, "efConstruction": hnsw.hnsw.efConstruction,
           "efSearch": hnsw.hnsw.efSearch}
    print(common.table(["rows", "queries", "HNSW build s", "recall@10 vs flat", "flat p50/p95 ms", "HNSW p50/p95 ms"],
                       [[res["rows"], res["queries"], res["build_seconds"], res["recall@10"],
                         f"{res['flat_ms']['p50']} / {res['flat_ms']['p95']}",
                         f"{res['hnsw_ms']['p50']} / {res['hnsw_ms']['p95']}"]]))
    print(f"goal: recall@10 >= 0.98; load {common.load_average()}")
    print(f"wrote {common.write_results('hnsw', res, started)}")


if __name__ == "__main__":
    main()
