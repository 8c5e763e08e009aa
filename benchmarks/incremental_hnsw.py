"""One edited article in a big index: its graph updated in place (qa/graph.py) against a full graph build.

Run by `scale.py --incremental` on each folder it builds (or alone on a kept one, see below). The synthetic index
has no real article text, so this times the dense step of an incremental build directly, as `qa.build` runs it:
the previous version's FAISS file read into memory and checked (`qa.previous` reads it so), its vectors in row
order (`dense.vectors_of`), then `qa.graph.dense_for` with one article's 15 chunks changed (new vectors from the
same real-derived distribution, new content hashes; rows stay in place), then the new FAISS file written.
Content hashes are stand-ins (row i holds "i"). Recall@10 of the updated graph is against exact search over the
new version's vectors, with the real questions' vectors (embedded by the real model).

    .venv/bin/python benchmarks/incremental_hnsw.py WORK/scale-1000000 --work WORK \\
        --queries-file WORK/scale-queries.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

EDITED_CHUNKS = 15  # scale.py's chunks per article


def measure(folder: Path, queries_path: Path, edited: np.ndarray) -> dict[str, Any]:
    """Seconds of each dense step of a one-article incremental build of `folder`'s index, and recall@10 after."""
    from qa import dense, graph, store
    from qa.config import Settings
    from qa.embed import load_embedder

    version, timings = store.current_version(folder), {}
    out: dict[str, Any] = {"load_before": common.load_average()}
    with common.timed(timings, "read previous graph (in memory, checked)"):
        index = dense.read_dense(version / dense.FILE)
    with common.timed(timings, "previous vectors in row order"):
        vectors = dense.vectors_of(index)
    n = len(vectors)
    hashes = [str(i) for i in range(n)]
    at = (n // 2) // EDITED_CHUNKS * EDITED_CHUNKS  # an article in the middle
    vectors[at:at + len(edited)] = edited
    hashes[at:at + len(edited)] = [f"edited {j}" for j in range(len(edited))]
    with common.timed(timings, "graph update (match hashes, mark, insert)"):
        previous = graph.previous_graph(index, [str(i) for i in range(n)])
        if previous is None:
            raise SystemExit(f"{folder} holds no id-mapped HNSW graph (built before qa/graph.py, or flat)")
        updated = graph.dense_for(vectors, hashes, previous, Settings())
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        with common.timed(timings, "write the FAISS file"):
            dense.write_dense(updated.index, Path(tmp) / dense.FILE)
        loaded = dense.read_dense(Path(tmp) / dense.FILE, mmap=True, ntotal=n)
        out.update(how=updated.how, inserted=updated.inserted, deleted=updated.deleted,
                   seconds={k: round(v, 2) for k, v in timings.items()},
                   total_seconds=round(sum(timings.values()), 2),
                   recall=_recall(loaded, vectors, load_embedder(Settings().model),
                                  json.loads(queries_path.read_text())))
    out["load_after"] = common.load_average()
    return out


def _recall(index: Any, vectors: np.ndarray, embedder: Any, queries: list[str]) -> dict[str, Any]:
    """Recall@10 of `index` against exact search over `vectors`, and its latency, for `queries`."""
    from qa import dense

    qvecs = embedder.encode(queries)
    flat = dense.build_dense(vectors, kind="flat")
    recall, ms = [], []
    for q in qvecs:
        want = {r for r, _ in dense.search_dense(flat, q, 10)}
        t = time.perf_counter()
        got = {r for r, _ in dense.search_dense(index, q, 10)}
        ms.append((time.perf_counter() - t) * 1000)
        recall.append(len(want & got) / 10)
    return {"recall@10": round(float(np.mean(recall)), 4), "latency_ms": common.percentiles(ms),
            "queries": len(queries)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("folder", type=Path)
    p.add_argument("--queries-file", type=Path, required=True)
    p.add_argument("--work", type=Path, default=common.DEFAULT_WORK, help="holding multihop-ct200 (real vectors)")
    args = p.parse_args()
    import scale

    real = scale.real_vectors(args.work)  # the edited chunks' vectors as scale.py --incremental makes them
    edited = scale.random_unit(15, seed=7) if real is None else scale.derived_unit(15, seed=7, real=real)
    print(json.dumps(measure(args.folder, args.queries_file, edited)))


if __name__ == "__main__":
    main()
