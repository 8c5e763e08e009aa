"""One edited article in a big index: its HNSW graph kept (qa/graph.py), against a full graph build.

Run by `scale.py --incremental` on each folder it builds (or alone on a kept one, see below). The synthetic index
has no real article text, so this times the dense step of an incremental build directly, as `qa.build` runs it:
the previous version's dense files read (mapped, checked: `qa.dense_files`, as `qa.previous` reads them), its
vectors by row (`known.chunk_rows`: a view), then `qa.graph.dense_for` with one article's 15 chunks changed (new
vectors from the same real-derived distribution; every other row takes its previous row's vector by position,
rows stay in place, as `previous.embed_split` makes them), then the new version's dense files written
(`graph.write`: the graph file linked when kept) and the files not linked checksummed, as `store.commit_build`
does. Recall@10 of the new dense index is against exact
search over the new version's vectors, with the real questions' vectors (embedded by the real model).

A graph written before `dense.Parts` (its id map inside, as `scale.py` at `2d396bb` and earlier wrote it) is
folded on its first update: that update is timed as "conversion", committed as a new version of FOLDER (so
use a copy), and the measured update runs on it.

    .venv/bin/python benchmarks/incremental_hnsw.py WORK/scale-1000000 --work WORK \\
        --queries-file WORK/scale-queries.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

EDITED_CHUNKS = 15  # scale.py's chunks per article


def update(folder: Path, edited: np.ndarray, article: int = 0, commit: bool = False
           ) -> tuple[dict[str, Any], Any, np.ndarray]:
    """Seconds of each dense step of a one-article incremental build of `folder`'s index (how, inserted, deleted,
    files written), the new dense index and the new version's vectors. The middle article (+ `article`) is the
    one edited; `commit`: the new version is committed."""
    from qa import dense, dense_files, graph, known, links, rows, store, vector_rows
    from qa.config import Settings

    version, timings = store.open_version(folder), {}
    path, m = version.path, version.manifest
    with common.timed(timings, "read previous dense index (mapped, checked)"):
        index = dense_files.read(path, m, mmap=True)
    with common.timed(timings, "previous vectors by row (qa.known: a view of the storage)"):
        previous_rows = known.chunk_rows(index)
    n = len(previous_rows)
    at = ((n // 2) // EDITED_CHUNKS + article) * EDITED_CHUNKS  # an article in the middle
    source = np.arange(n)
    source[at:at + len(edited)] = -1
    vectors = vector_rows.NewVectors(previous_rows, source, edited)  # as `previous.embed_split` makes them
    with common.timed(timings, "graph update (slots by row, delta, or fold)"):
        previous = graph.previous_graph(index, path / dense.FILE, rows.limit_of(path, m, dense.FILE))
        if previous is None:
            raise SystemExit(f"{folder} holds no HNSW graph")
        made = graph.dense_for(vectors, source, previous, Settings())
    build = store.new_build_dir(folder)
    try:
        with common.timed(timings, "write the dense files (graph file linked when kept)"):
            linked = graph.write(build, made, version)
        written = sorted(p.name for p in build.iterdir() if p.name not in linked)
        with common.timed(timings, "checksum the files not linked (as commit_build)"):
            for name in written:
                store.sha256_file(build / name)
        if commit:
            linked |= links.link_unchanged(version, [x for x in m.files if not x.startswith("dense")], build)
            store.commit_build(folder, build, m, known=linked)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return {"how": made.how, "inserted": made.inserted, "deleted": made.deleted, "written": written,
            "seconds": {k: round(v, 2) for k, v in timings.items()},
            "total_seconds": round(sum(timings.values()), 2)}, made.index, np.asarray(vectors)


def measure(folder: Path, queries_path: Path, edited: np.ndarray, commit: bool = False) -> dict[str, Any]:
    """The update of `folder` (after a conversion, if its graph has its id map inside) and recall@10 after;
    `commit`: the update is committed too (a version with a delta, for scale.py --measure)."""
    from qa import dense, dense_files, graph, store
    from qa.config import Settings
    from qa.embed import load_embedder

    out: dict[str, Any] = {"load_before": common.load_average()}
    version = store.open_version(folder)
    previous = graph.previous_graph(dense_files.read(version.path, version.manifest, mmap=True),
                                    version.path / dense.FILE, 1 << 40)
    if previous is not None and previous.parts.owner is not None:
        out["conversion"] = update(folder, edited, article=1, commit=True)[0]
    del previous
    result, index, vectors = update(folder, edited, commit=commit)
    out.update(result)
    out["recall"] = _recall(index, vectors, load_embedder(Settings().model), json.loads(queries_path.read_text()))
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
    p.add_argument("--commit", action="store_true", help="commit the update as a new version of FOLDER")
    args = p.parse_args()
    import scale

    real = scale.real_vectors(args.work)  # the edited chunks' vectors as scale.py --incremental makes them
    edited = scale.random_unit(15, seed=7) if real is None else scale.derived_unit(15, seed=7, real=real)
    print(json.dumps(measure(args.folder, args.queries_file, edited, args.commit)))


if __name__ == "__main__":
    main()
