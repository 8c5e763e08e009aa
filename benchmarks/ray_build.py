"""MultiHop-RAG built in this process and with `--ray` (a local Ray instance on this machine's 2 CPUs), one after
the other into fresh folders: seconds of each, the overhead ratio (goal: Ray within 15% of in-process), each
stage's seconds, and each embedding actor's measured throughput (the basis of the N-machine projection in
RESULTS.md). The two indexes must be the same (rows byte for byte, vectors within 1e-3 cosine).

    flock /work/coord/heavy.lock .venv/bin/python benchmarks/ray_build.py [DATA] [--work DIR] [--articles N]

Needs the extra `cluster` (make install-cluster). `--articles N` builds the first N articles of corpus.json only.
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

DEFAULT_WORK = Path("/tmp/qa-bench-ray")


def corpus_folder(data: Path, work: Path, n: int | None) -> Path:
    """A folder holding corpus.json, or its first `n` records."""
    records = json.loads(common.require(data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus").read_text())
    folder = work / f"corpus-{n or 'all'}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "corpus.json").write_text(json.dumps(records[:n] if n else records))
    return folder


def build(corpus: Path, index_dir: Path, ray: str | None) -> dict[str, Any]:
    """A fresh build; with `ray`, build_index starts (and stops) the local Ray instance itself: that is counted."""
    from qa.build import build_index

    shutil.rmtree(index_dir, ignore_errors=True)
    t = time.perf_counter()
    stats = build_index(corpus, index_dir, ray=ray)
    seconds = time.perf_counter() - t
    print(f"{'ray' if ray else 'in-process'}: {seconds:.1f} s, {stats.n_chunks} chunks, {stats.n_sentences} "
          f"sentences, embedded {stats.n_embedded}; stages {dict(stats.stage_seconds)}", flush=True)
    return {"seconds": round(seconds, 1), "n_articles": stats.n_articles, "n_chunks": stats.n_chunks,
            "n_sentences": stats.n_sentences, "n_embedded": stats.n_embedded,
            "stage_seconds": {k: round(v, 2) for k, v in stats.stage_seconds.items()}}


def same_index(a: Path, b: Path) -> dict[str, Any]:
    """Rows byte for byte, and the lowest cosine between the two builds' vectors."""
    import numpy as np

    from qa import dense, dense_files, store

    va, vb = store.current_version(a), store.current_version(b)
    vectors = {dense.FILE, dense.SENTENCE_FILE, "manifest.json", ".verified.json"}  # vectors: by cosine below
    rows = sorted(p.name for p in va.iterdir() if p.name not in vectors)  # row tables, text, BM25, words
    lowest = 1.0
    for read in (lambda v: dense.vectors_of(dense_files.read_dense(v / dense.FILE)),
                 lambda v: np.load(v / dense.SENTENCE_FILE).astype(np.float32)):
        x, y = read(va), read(vb)
        cos = np.sum(x * y, axis=1) / np.linalg.norm(x, axis=1) / np.linalg.norm(y, axis=1)
        lowest = min(lowest, float(cos.min()))
    same_names = rows == sorted(p.name for p in vb.iterdir() if p.name not in vectors)
    return {"rows_equal": same_names and all((va / r).read_bytes() == (vb / r).read_bytes() for r in rows),
            "row_files": len(rows),
            "min_cosine": round(lowest, 6)}


def main() -> None:
    p = common.parser(__doc__.splitlines()[0])
    p.set_defaults(work=DEFAULT_WORK)
    p.add_argument("--articles", type=int, default=None, help="only the first N articles of corpus.json")
    args = p.parse_args()
    from qa import cluster
    from qa.embed import offline_environment

    offline_environment()
    started = common.machine()
    corpus = corpus_folder(args.data, args.work, args.articles)
    here = build(corpus, args.work / "index-here", None)
    cluster.ACTORS.clear()
    on_ray = build(corpus, args.work / "index-ray", "auto")
    actors = [{"chunks": n, "model_seconds": round(s, 1), "chunks_per_s": round(n / s, 1), "torch_threads": th}
              for n, s, th in cluster.ACTORS.values() if s > 0]
    result = {"in_process": here, "ray": on_ray, "overhead": round(on_ray["seconds"] / here["seconds"] - 1, 3),
              "in_process_chunks_per_s": round(here["n_chunks"] / here["stage_seconds"]["embed"], 1),
              "actors": actors, "same": same_index(args.work / "index-here", args.work / "index-ray")}
    print(common.table(["build", "seconds", "embed s", "split s", "clean s"],
                       [[k, r["seconds"], r["stage_seconds"]["embed"], r["stage_seconds"]["split"],
                         r["stage_seconds"]["clean"]] for k, r in (("in-process", here), ("ray", on_ray))]))
    print(f"overhead: {result['overhead']:+.1%}; actors: {actors}; in-process model "
          f"{result['in_process_chunks_per_s']} chunks/s; same index: {result['same']}")
    print(common.write_results("ray_build", result, started))


if __name__ == "__main__":
    main()
