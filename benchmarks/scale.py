"""Speed at scale: synthetic indexes of 10k, 100k and 1M chunks; build time, memory, disk, warm latency.

What is synthetic (say so wherever these numbers are quoted):
- Chunk text: MultiHop-RAG bodies cut into ~135-word windows (about 200 word pieces), repeated to size; each
  repeat past the first has 10% of its BM25 tokens swapped for terms drawn from a Zipfian vocabulary of
  200k made-up words, so the vocabulary grows with the corpus and posting lists are not exact copies.
- Chunk vectors (no model pass: 1M chunks would take hours to embed here) are derived from the 65k real MiniLM
  vectors (chunks and sentences) of the MultiHop-RAG index that multihop_rag.py keeps in WORK: each is
  normalize(a + w*b + noise) for random real vectors a, b, w ~ U(0, 0.6) and per-dimension noise sigma 0.02
  (cosine ~0.9 to a), so they keep real embeddings' clustered, low-dimensional shape, which is what HNSW
  recall and build time depend on. Without that index, random unit vectors are used and the results say so:
  HNSW recall on them is no guide (in 384 dimensions every point is about equally far from every other; a
  run gave recall@10 0.04). Flat search costs the same whatever the vectors hold. Sentence vectors are random.
- The folder is written with the product's own writers (qa.sparse, qa.dense, qa.store) and loaded with
  qa.retrieve.load_index in a fresh process, so load time, RSS and latency are the product's. The build
  leaves a trust record (qa/trust.py), so the load is a later open's; `checksum_all_seconds` is what the
  first open on another machine (or `qa-index verify`) adds, every file's sha256.
- Questions: real MultiHop-RAG queries, embedded by the real model (the query embedding is timed alone too).

Build time "excluding embedding" here is BM25 + FAISS + writing the folder from pre-tokenized chunks; the
text stages of a real build (clean, sentence split, chunking, dedup, tokenize) are in benchmarks/embed.py,
and scale linearly with text.

    .venv/bin/python benchmarks/scale.py [DATA] [--sizes 10000,100000,1000000] [--queries 200] [--incremental]

`--incremental` also times one edited article's dense step of an incremental build on each size's HNSW graph
(benchmarks/incremental_hnsw.py).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

DIM = 384
WINDOW_WORDS = 135
CHUNKS_PER_ARTICLE = 15  # MultiHop-RAG: ~9k chunks from 609 articles
SWAP_SHARE = 0.10
SYNTH_VOCAB = 200_000


def base_chunks(corpus: Path) -> list[str]:
    """MultiHop-RAG bodies cut into ~135-word windows."""
    out = []
    for r in json.loads(corpus.read_text()):
        words = r["body"].split()
        out.extend(" ".join(words[i:i + WINDOW_WORDS]) for i in range(0, len(words), WINDOW_WORDS))
    return out


class SyntheticDocs(Sequence[list[str]]):
    """`n` tokenized chunks made on demand (so 1M of them are never all in memory at once)."""

    def __init__(self, base: list[list[str]], n: int, seed: int = 0) -> None:
        self.base, self.n, self.seed = base, n, seed
        ranks = np.arange(1, SYNTH_VOCAB + 1, dtype=np.float64)
        p = 1 / ranks
        self.cdf = np.cumsum(p / p.sum())

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> list[str]:  # type: ignore[override]
        if not 0 <= i < self.n:
            raise IndexError(i)
        tokens = self.base[i % len(self.base)]
        if i < len(self.base):
            return tokens
        rng = np.random.default_rng(self.seed * 1_000_003 + i)
        out = list(tokens)
        k = int(len(out) * SWAP_SHARE)
        where = rng.choice(len(out), size=k, replace=False) if k else []
        words = np.searchsorted(self.cdf, rng.random(k))
        for j, w in zip(where, words, strict=True):
            out[j] = f"zq{w}"
        return out

    def __iter__(self) -> Iterator[list[str]]:
        for i in range(self.n):
            yield self[i]


def random_unit(n: int, seed: int) -> np.ndarray:
    """`n` random unit vectors, float32, generated in blocks to bound the temporary memory."""
    out = np.empty((n, DIM), dtype=np.float32)
    rng = np.random.default_rng(seed)
    for a in range(0, n, 100_000):
        b = min(n, a + 100_000)
        v = rng.standard_normal((b - a, DIM), dtype=np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        out[a:b] = v
    return out


def real_vectors(work: Path) -> np.ndarray | None:
    """The real chunk and sentence vectors of WORK/multihop-ct200 (multihop_rag.py's index), or None."""
    from qa import dense, dense_files, store, vector_rows
    from qa.errors import QAError

    try:
        version = store.current_version(work / "multihop-ct200")
    except QAError:
        return None
    chunks = dense.vectors_of(dense_files.read_dense(version / "dense.faiss"))
    sentences = np.asarray(vector_rows.read(version, store.read_manifest(version)), dtype=np.float32)
    v = np.concatenate([chunks, sentences])
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def derived_unit(n: int, seed: int, real: np.ndarray) -> np.ndarray:
    """`n` unit vectors near mixtures of two real ones (see the module docstring), made in blocks."""
    out = np.empty((n, DIM), dtype=np.float32)
    rng = np.random.default_rng(seed)
    for a in range(0, n, 100_000):
        b = min(n, a + 100_000)
        v = real[rng.integers(len(real), size=b - a)]
        v += rng.uniform(0.0, 0.6, size=(b - a, 1)).astype(np.float32) * real[rng.integers(len(real), size=b - a)]
        v += rng.standard_normal((b - a, DIM), dtype=np.float32) * np.float32(0.02)
        out[a:b] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


def write_random_float16(path: Path, n: int, seed: int) -> None:
    """An (n, DIM) float16 .npy of random unit vectors, written in blocks (6M x 384 would not fit as float32)."""
    out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float16, shape=(n, DIM))
    rng = np.random.default_rng(seed)
    for a in range(0, n, 200_000):
        b = min(n, a + 200_000)
        v = rng.standard_normal((b - a, DIM), dtype=np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        out[a:b] = v.astype(np.float16)
    out.flush()
    del out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (stand-ins for the sentence table; only their count and size matter here)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?](\s+|$)", text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def write_index(folder: Path, texts: list[str], n: int, tokens: SyntheticDocs, timings: dict[str, float],
                real: np.ndarray | None) -> None:
    """Build BM25 and FAISS (flat or HNSW, as qa.dense picks by size) for `n` chunks; write a complete version."""
    from qa import bm25_files, dense_files, graph, rows, sparse, store
    from qa.config import DEFAULT_MODEL, PIPELINE_VERSION, Settings
    from qa.manifest import CorpusInfo, Counts, Manifest, ModelInfo
    from qa.records import Article, OffsetMap

    settings = Settings()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with common.timed(timings, "bm25"):
        bm25 = sparse.build_sparse(tokens, k1=settings.bm25_k1, b=settings.bm25_b, epsilon=settings.bm25_epsilon)
    build = store.new_build_dir(folder)
    with common.timed(timings, "write"):
        bm25_files.write_sparse(bm25, build)
    del bm25
    with common.timed(timings, "faiss"):
        vectors = random_unit(n, seed=1) if real is None else derived_unit(n, seed=1, real=real)
        index = graph.dense_for(vectors, [], None, settings).index  # flat or a new graph, as qa.build picks
        dense_files.write_dense(index, build / "dense.faiss")
    del index, vectors
    chunk_cols: list[array] = [array("q") for _ in rows.CHUNK_COLUMNS]
    sentence_cols: list[array] = [array("q") for _ in rows.SENTENCE_COLUMNS]
    articles = []
    for doc, a in enumerate(range(0, n, CHUNKS_PER_ARTICLE)):  # 1M x 6.6 sentence rows, as columns
        parts = [texts[i % len(texts)] for i in range(a, min(n, a + CHUNKS_PER_ARTICLE))]
        text = "\n".join(parts)
        pos = 0
        for part in parts:
            first = len(sentence_cols[0])
            for st, en in sentence_spans(part):
                for col, value in zip(sentence_cols, (doc, pos + st, pos + en, len(sentence_cols[0])), strict=True):
                    col.append(value)
            row = len(chunk_cols[0])
            for col, value in zip(chunk_cols, (doc, pos, pos + len(part), 200, first, len(sentence_cols[0]), row),
                                  strict=True):
                col.append(value)
            pos += len(part) + 1
        offsets = OffsetMap((0,), (0,), (len(text),), len(text), len(text))
        articles.append(Article(f"synthetic/{doc}", f"synthetic/{doc}.txt", f"Article {doc}", text, offsets,
                                metadata={"source": "synthetic"}))
    counts = {"sentences": len(sentence_cols[0])}

    with common.timed(timings, "write"):
        rows.write_articles(build, articles)
        rows.write_chunks(build, chunk_cols, [f"c{row}" for row in range(n)], [""] * n)
        rows.write_sentences(build, sentence_cols, [""] * counts["sentences"])
        write_random_float16(build / "sentence_vectors.npy", counts["sentences"], seed=2)
        manifest = Manifest(model=ModelInfo(DEFAULT_MODEL, DIM, 256), settings=settings.build_key(),
                            pipeline=PIPELINE_VERSION, corpus=CorpusInfo("synthetic", "synthetic"),
                            counts=Counts(-(-n // CHUNKS_PER_ARTICLE), n, counts["sentences"], 0),
                            built_at="synthetic")
        store.commit_build(folder, build, manifest)


def measure(folder: Path, queries_path: Path) -> dict[str, Any]:
    """In a fresh process: load the index, then warm latency of each retrieval path (ms, p50/p95)."""
    from qa import dense
    from qa.retrieve import load_index
    from qa.tokens import tokenize

    queries = json.loads(queries_path.read_text())
    rss0 = common.rss_mib()
    t = time.perf_counter()
    index = load_index(folder)
    load_s = time.perf_counter() - t
    rss_loaded, rss_loaded_parts = common.rss_mib(), common.rss_parts_mib()
    emb = index.embedder
    emb.encode(["warm up"])
    index.retrieve(queries[0], 5)
    out: dict[str, Any] = {"load_seconds": round(load_s, 2), "rss_before_mib": round(rss0),
                           "rss_loaded_mib": round(rss_loaded), "index_rss_mib": round(rss_loaded - rss0),
                           "rss_loaded_parts_mib": rss_loaded_parts,
                           "n_chunks": len(index.chunk_ids), "load": common.load_average()}
    lat: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}

    def clock(name: str, fn: Any, *a: Any) -> Any:
        t, c = time.perf_counter(), time.process_time()
        result = fn(*a)
        lat.setdefault(name, []).append((time.perf_counter() - t) * 1000)
        cpu.setdefault(name, []).append((time.process_time() - c) * 1000)
        return result

    qvecs = []
    for q in queries:
        v = clock("embed query", lambda q=q: emb.encode([q])[0])
        qvecs.append(v)
        toks = tokenize(q)
        clock("bm25 top-100", index.bm25.search, toks, 100)
        clock("dense top-100", dense.search_dense, index.dense_index, v, 100)
        clock("hybrid retrieve k=5 (embedding included)", index.retrieve, q, 5)
    out["latency_ms"] = {k: common.percentiles(v) for k, v in lat.items()}
    out["cpu_reference"] = common.cpu_reference()  # this window's machine speed: compare days in its units
    out["p95_in_reference"] = {k: common.in_reference(v["p95"], out["cpu_reference"])
                               for k, v in out["latency_ms"].items()}
    # CPU time (all threads) per call: less sensitive than wall time to other jobs sharing the 2 cores
    out["cpu_ms"] = {k: common.percentiles(v) for k, v in cpu.items()}
    out["load_after"] = common.load_average()
    out["rss_after_queries_mib"] = round(common.rss_mib())
    out["rss_after_queries_parts_mib"] = common.rss_parts_mib()  # the model loads with the first question
    if dense.graph_of(index.dense_index) is not None:  # the product picked approximate search at this size
        out["hnsw"] = hnsw_check(index, np.asarray(qvecs))
    out["peak_rss_mib"] = round(common.peak_rss_mib())
    from qa import store

    t = time.perf_counter()
    store.open_version(folder, trusting=False)  # what a first open on this machine, or `qa-index verify`, costs
    out["checksum_all_seconds"] = round(time.perf_counter() - t, 2)
    return out


def hnsw_check(index: Any, qvecs: np.ndarray) -> dict[str, Any]:
    """The index's HNSW against exact flat search over the same vectors: recall@10 and both latencies."""
    from qa import dense

    flat = dense.build_dense(dense.vectors_of(index.dense_index), kind="flat")
    exact = [{r for r, _ in dense.search_dense(flat, q, 10)} for q in qvecs]
    hnsw = dense.graph_of(index.dense_index).hnsw
    shipped = hnsw.efSearch
    res: dict[str, Any] = {}
    for ef in (shipped, 2 * shipped):  # the shipped efSearch, and what doubling it would buy
        hnsw.efSearch = ef
        ms, recall = [], []
        for q, want in zip(qvecs, exact, strict=True):
            t = time.perf_counter()
            got = {r for r, _ in dense.search_dense(index.dense_index, q, 10)}
            ms.append((time.perf_counter() - t) * 1000)
            recall.append(len(want & got) / 10)
        res[f"efSearch {ef}"] = {"recall@10": round(float(np.mean(recall)), 4), "latency_ms": common.percentiles(ms)}
    hnsw.efSearch = shipped
    return res


def run_size(n: int, texts: list[str], base_tokens: list[list[str]], work: Path, queries_path: Path,
             real: np.ndarray | None) -> dict[str, Any]:
    folder = work / f"scale-{n}"
    timings: dict[str, float] = {}
    load = common.load_average()
    t = time.perf_counter()
    write_index(folder, texts, n, SyntheticDocs(base_tokens, n), timings, real)
    total = time.perf_counter() - t
    build = {"seconds": round(total, 1), "stages": {k: round(v, 1) for k, v in timings.items()},
             "peak_rss_mib": round(common.peak_rss_mib()), "disk_mib": round(common.dir_mib(folder)),
             "load_before": load}
    print(f"{n} chunks: built in {total:.0f} s {build['stages']}, {build['disk_mib']} MiB on disk", flush=True)
    cmd = [sys.executable, __file__, "--measure", str(folder), "--queries-file", str(queries_path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"measuring {folder} failed: {proc.stderr[-2000:]}")
    measured = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"n": n, "vectors": "random" if real is None else "derived from real MiniLM vectors", "build": build,
            **measured}


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--keep", action="store_true", help="keep the index folders (several GB at 1M)")
    p.add_argument("--incremental", action="store_true", help="time one edited article's graph update (HNSW sizes)")
    p.add_argument("--measure", type=Path, default=None, help=argparse_hidden())
    p.add_argument("--queries-file", type=Path, default=None, help=argparse_hidden())
    args = p.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.queries_file)))
        return
    started = common.machine()
    from qa.tokens import tokenize

    root = common.require(args.data / "multihop-rag", "MultiHop-RAG data")
    texts = base_chunks(root / "corpus.json")
    base_tokens = [tokenize(t) for t in texts]
    queries = [q["query"] for q in json.loads((root / "MultiHopRAG.json").read_text()) if q["evidence_list"]]
    queries = queries[:: max(1, len(queries) // args.queries)][: args.queries]
    args.work.mkdir(parents=True, exist_ok=True)
    queries_path = args.work / "scale-queries.json"
    queries_path.write_text(json.dumps(queries))
    print(f"{len(texts)} base chunks, {np.mean([len(t) for t in base_tokens]):.0f} BM25 tokens each; "
          f"{len(queries)} queries")
    real = real_vectors(args.work)
    print(f"chunk vectors: {'random (run multihop_rag.py first for real-derived ones)' if real is None else ''}"
          f"{'' if real is None else f'derived from {len(real)} real MiniLM vectors'}")
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for n in sizes:
        r = run_size(n, texts, base_tokens, args.work, queries_path, real)
        if args.incremental and "hnsw" in r:
            r["incremental"] = incremental(r, args.work / f"scale-{n}", queries_path, real)
        results.append(r)
        if not args.keep:
            shutil.rmtree(args.work / f"scale-{n}", ignore_errors=True)
        print_size(r)
        common.write_results("scale", {"sizes": results, "synthetic": __doc__}, started)  # after each size
    print(summary(results))


def incremental(r: dict[str, Any], folder: Path, queries_path: Path, real: np.ndarray | None) -> dict[str, Any]:
    """One edited article's graph update on `folder` (benchmarks/incremental_hnsw.py), beside the full build."""
    import incremental_hnsw

    edited = random_unit(15, seed=7) if real is None else derived_unit(15, seed=7, real=real)
    out = incremental_hnsw.measure(folder, queries_path, edited)
    out["share_of_full_faiss"] = round(out["total_seconds"] / r["build"]["stages"]["faiss"], 4)
    out["share_of_full_build"] = round(out["total_seconds"] / r["build"]["seconds"], 4)
    return out


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


def print_size(r: dict[str, Any]) -> None:
    lat = r["latency_ms"]
    print(f"  load {r['load_seconds']} s (checksumming every file: {r.get('checksum_all_seconds')} s), "
          f"index RSS {r['index_rss_mib']} MiB (process {r['rss_loaded_mib']} MiB, "
          f"{r.get('rss_loaded_parts_mib')}); after the questions {r['rss_after_queries_mib']} MiB "
          f"({r.get('rss_after_queries_parts_mib')})")
    for k, v in lat.items():
        c = r.get("cpu_ms", {}).get(k, {})
        print(f"  {k}: p50 {v['p50']} ms, p95 {v['p95']} ms (CPU p50 {c.get('p50')} ms, p95 {c.get('p95')} ms)")
    if "cpu_reference" in r:
        print(f"  CPU reference {r['cpu_reference']}; p95 in reference embeddings {r['p95_in_reference']}")
    if "hnsw" in r:
        print(f"  hnsw: {r['hnsw']}")
    if "incremental" in r:
        print(f"  incremental (one article edited): {r['incremental']}")


def summary(results: list[dict[str, Any]]) -> str:
    rows = []
    for r in results:
        lat = r["latency_ms"]
        rows.append([r["n"], r["build"]["seconds"], r["build"]["disk_mib"], r["index_rss_mib"], r["rss_loaded_mib"],
                     r["load_seconds"], lat["embed query"]["p50"], lat["bm25 top-100"]["p50"],
                     lat["bm25 top-100"]["p95"], lat["dense top-100"]["p50"], lat["dense top-100"]["p95"],
                     lat["hybrid retrieve k=5 (embedding included)"]["p50"],
                     lat["hybrid retrieve k=5 (embedding included)"]["p95"]])
    return common.table(["chunks", "build s (no embedding)", "disk MiB", "index RSS MiB", "process RSS MiB",
                         "load s", "embed p50", "bm25 p50", "bm25 p95", "dense p50", "dense p95", "hybrid p50",
                         "hybrid p95"], rows)


if __name__ == "__main__":
    main()
