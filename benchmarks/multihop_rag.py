"""MultiHop-RAG retrieval benchmark (Tang & Yang, COLM 2024), scored as the benchmark's own scorer does.

Index corpus.json (609 news articles), retrieve the top 10 for each of the 2,255 queries that have evidence,
and score: a retrieved chunk is a hit if any gold evidence `fact`, with spaces and newlines deleted, is a
substring of the chunk's text with spaces and newlines deleted. Hits@k: at least one hit in the top k.
MRR@10: 1 / rank of the first hit (0 if none in the top 10). Chunk text is the clean article span the
product shows and quotes from (`Index.chunk_text`), without the title line the model and BM25 also see;
scores on the raw span each chunk maps back to (Article.offsets, the publisher's exact characters, furniture
included) are reported as well.

One index serves every row: BM25 alone, dense alone, the shipped hybrid (weighted RRF of each retriever's
top `candidates`), and prototypes of query handling (`qa.query`: sources and days named in the question,
used as a boost or a filter on article metadata). Fusion weights are tuned on even-numbered queries and
reported on odd ones too, so a tuned row is not just fitted to the test.

    .venv/bin/python benchmarks/multihop_rag.py [DATA] [--chunk-tokens 200] [--title-meta] [--limit N]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

PUBLISHED = {  # the paper's Table 5 (retrieval), for the table's reference rows
    "paper: voyage-02 + bge-reranker-large": {"hits@10": 0.7467, "hits@4": 0.6625, "mrr@10": 0.5860},
    "paper: bge-large-en-v1.5, no reranker": {"hits@10": 0.6718, "hits@4": None, "mrr@10": 0.4298},
}
GOAL = {"hits@10": 0.80, "mrr@10": 0.62}
TYPES = ("inference_query", "comparison_query", "temporal_query")


squash = common.squash  # the scorer's normalization: spaces and newlines deleted


@dataclass(frozen=True, slots=True)
class Query:
    """One benchmark query: its text, type, and the normalized gold facts."""

    text: str
    qtype: str
    facts: tuple[str, ...]
    sources: tuple[str, ...]


def load_queries(path: Path, limit: int | None) -> list[Query]:
    """The non-null queries (those with evidence), in file order."""
    raw = json.loads(path.read_text())
    out = [Query(r["query"], r["question_type"], tuple(dict.fromkeys(squash(e["fact"]) for e in r["evidence_list"])),
                 tuple(sorted({e["source"] for e in r["evidence_list"]})))
           for r in raw if r["evidence_list"]]
    return out[:limit] if limit else out


def prepare_source(corpus: Path, work: Path, title_meta: bool) -> Path:
    """corpus.json itself, or (with `title_meta`) a copy in `work` whose titles carry source and date."""
    if not title_meta:
        return corpus
    out = work / "corpus-title-meta" / "corpus.json"
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    records = json.loads(corpus.read_text())
    for r in records:
        day = r["published_at"][:10]
        r["title"] = f"{r['title']} ({r['source']}, {day_words(day)})"
    out.write_text(json.dumps(records))
    return out


def day_words(iso_day: str) -> str:
    """'2023-10-19' -> 'October 19, 2023' (how questions write days)."""
    import datetime as dt

    d = dt.date.fromisoformat(iso_day)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def chunk_texts(index: Any, source: Path | None) -> list[str]:
    """Each chunk's text: the clean article span (`source` None), or the raw span it maps back to.

    Cleaning folds look-alike letters and NFKC forms and drops page furniture, so a fact copied from the raw
    body may (rarely) not be a substring of the clean text; the raw span (Article.offsets) is the same passage
    with the publisher's characters.
    """
    if source is None:
        return [index.chunk_text(r) for r in range(len(index.chunk_ids))]
    from qa.load import load_corpus

    raw = {a.doc_id: a.text for a in load_corpus(source).articles}
    out = []
    for r in range(len(index.chunk_ids)):
        article = index.articles[int(index.chunk_doc[r])]
        start, end = (int(x) for x in index.chunk_span[r])
        a, b = article.offsets.to_raw_span(start, end)
        out.append(raw[article.doc_id][a:b])
    return out


def hit_rows(texts: Sequence[str], queries: Sequence[Query]) -> list[frozenset[int]]:
    """For each query, the chunk rows that count as hits (any of its facts inside the chunk text)."""
    squashed = [squash(t) for t in texts]
    by_fact: dict[str, frozenset[int]] = {}
    out = []
    for q in queries:
        rows: set[int] = set()
        for f in q.facts:
            if f not in by_fact:
                by_fact[f] = frozenset(i for i, t in enumerate(squashed) if f in t)
            rows |= by_fact[f]
        out.append(frozenset(rows))
    return out


@dataclass(frozen=True, slots=True)
class Lists:
    """One query's candidate lists (the product's `Index.candidates`), its vector, and the shipped ranking."""

    question: Any  # qa.question.Question
    bm25: list[tuple[int, float]]
    dense: list[tuple[int, float]]
    filtered: tuple[list[tuple[int, float]], list[tuple[int, float]]] | None  # restricted to named sources
    qvec: np.ndarray
    shipped: list[int]  # the product's own ranking (Index.rank), [] when outside vectors stand in


@dataclass(frozen=True, slots=True)
class Method:
    """A named way to rank chunks from one query's candidate lists."""

    name: str
    rank: Callable[[Lists], list[int]]


def variant(candidates: int, **changes: Any) -> Any:
    """Query-time Settings for a table row: two-list RRF unless the row turns boosts or the sentence list on."""
    from qa.config import Settings

    base = {"candidates": candidates, "sentence_weight": 0.0, "source_boost": 0.0, "date_boost": 0.0,
            "clause_weight": 0.0}
    return Settings(**{**base, **changes})


def fused_rows(index: Any, lists: Lists, settings: Any, *, filtered: bool = False) -> list[int]:
    """The product's fusion (`Index.fuse`) of the query's lists under `settings`."""
    keep = filtered and lists.filtered is not None
    pair = lists.filtered if keep else (lists.bm25, lists.dense)
    allowed = index.chunk_mask(sources=lists.question.hints.sources) if keep else None  # clause searches too
    return [r for r, _ in index.fuse(lists.question, pair, lists.qvec, settings, allowed)]


def score(rankings: Sequence[list[int]], hits: Sequence[frozenset[int]], queries: Sequence[Query],
          subset: Sequence[int] | None = None) -> dict[str, Any]:
    """Hits@10, Hits@4, MRR@10 overall and by question type."""
    idx = range(len(queries)) if subset is None else subset
    per: dict[str, list[tuple[bool, bool, float]]] = {}
    for i in idx:
        first = next((rank for rank, r in enumerate(rankings[i][:10], start=1) if r in hits[i]), None)
        row = (first is not None, first is not None and first <= 4, 1.0 / first if first else 0.0)
        per.setdefault("all", []).append(row)
        per.setdefault(queries[i].qtype, []).append(row)
    out: dict[str, Any] = {}
    for key, rows in per.items():
        a = np.asarray(rows, dtype=np.float64)
        out[key] = {"n": len(rows), "hits@10": round(float(a[:, 0].mean()), 4),
                    "hits@4": round(float(a[:, 1].mean()), 4), "mrr@10": round(float(a[:, 2].mean()), 4)}
    return out


def _outside_dense(vectors: np.ndarray, qvec: np.ndarray, n: int,
                   allowed: np.ndarray | None) -> list[tuple[int, float]]:
    """Dense top-n from outside vectors (the ONNX check): what FAISS would return for the index's own."""
    s = vectors @ qvec
    keep = np.flatnonzero(allowed) if allowed is not None else np.arange(len(s))
    if keep.size > n:
        keep = keep[np.argpartition(-s[keep], n - 1)[:n]]
    keep = keep[np.lexsort((keep, -s[keep]))]
    return [(int(i), float(s[i])) for i in keep]


def collect(index: Any, queries: Sequence[Query], candidates: int, vectors: np.ndarray | None,
            query_vectors: np.ndarray | None) -> tuple[list[Lists], list[float]]:
    """Every query's candidate lists from one question embedding each, and the per-query rank() latency.

    With outside vectors (`vectors`, `query_vectors`: the ONNX check) the model is not run at all.
    """
    from qa.tokens import tokenize

    shipped_settings = index.settings if candidates == index.settings.candidates else \
        replace(index.settings, candidates=candidates)
    out: list[Lists] = []
    ms: list[float] = []
    for n, q in enumerate(queries, start=1):
        question = index.question(q.text)
        allowed = index.chunk_mask(sources=question.hints.sources) if question.hints.sources else None
        if query_vectors is None:
            t = time.perf_counter()
            ranked = index.rank(question, shipped_settings)
            ms.append((time.perf_counter() - t) * 1000)
            qvec, bm25, dense, shipped = ranked.query_vector, ranked.bm25, ranked.dense, [r for r, _ in ranked.fused]
            filtered = index.candidates(question, qvec, candidates, allowed) if allowed is not None else None
        else:
            qvec, shipped = query_vectors[n - 1], []
            bm25 = index.bm25.search(tokenize(question.text), candidates)
            dense = _outside_dense(vectors, qvec, candidates, None)
            filtered = None if allowed is None else (index.bm25.search(tokenize(question.text), candidates, allowed),
                                                     _outside_dense(vectors, qvec, candidates, allowed))
        out.append(Lists(question, bm25, dense, filtered, qvec, shipped))
        if n % 250 == 0:
            print(f"  {n}/{len(queries)} queries ranked", flush=True)
    return out, ms


def methods(index: Any, candidates: int, wb: float, wd: float, k: int) -> list[Method]:
    """The rows of the main table, each a `Settings` for the product's own fusion steps."""
    tuned = {"rrf_k": k, "bm25_weight": wb, "dense_weight": wd}

    def fused(**changes: Any) -> Callable[[Lists], list[int]]:
        settings = variant(candidates, **changes)
        return lambda lists: fused_rows(index, lists, settings)

    filt = variant(candidates, **tuned)
    return [
        Method("bm25 alone", lambda lists: [r for r, _ in lists.bm25]),
        Method("dense alone", lambda lists: [r for r, _ in lists.dense]),
        Method("hybrid, plain RRF (k=60, 1:1)", fused(rrf_k=60, bm25_weight=1.0, dense_weight=1.0)),
        Method(f"hybrid tuned (k={k}, bm25 {wb}: dense {wd})", fused(**tuned)),
        Method("hybrid + source boost", fused(**tuned, source_boost=1.0)),
        Method("hybrid + source filter", lambda lists: fused_rows(index, lists, filt, filtered=True)),
        Method("hybrid + source boost + date boost", fused(**tuned, source_boost=1.0, date_boost=0.5)),
        Method("hybrid + boosts + sentence max-sim list",
               fused(**tuned, source_boost=1.0, date_boost=0.5, sentence_weight=1.0)),
        Method("shipped: Index.rank with default Settings", lambda lists: lists.shipped),
    ]


def collapse(index: Any, rows: Sequence[int]) -> list[int]:
    """The first 10 rows, one per near-duplicate group, as `Index.passages` shows them (`qa.fuse.collapse`)."""
    from qa.fuse import collapse as product_collapse

    return product_collapse(rows, lambda r: int(index.chunk_dup[r]), 10)


def tune(index: Any, lists: Sequence[Lists], hits: Sequence[frozenset[int]], queries: Sequence[Query],
         subset: Sequence[int], candidates: int) -> tuple[list[dict[str, Any]], tuple[float, float, int]]:
    """Grid over RRF k and the BM25:dense weight on `subset` (with source+date boosts on); best by MRR@10."""
    grid = []
    chosen = set(subset)
    for k in (2, 5, 10, 20, 60):
        for wb in (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0):
            settings = variant(candidates, rrf_k=k, bm25_weight=wb, dense_weight=1.0, source_boost=1.0,
                               date_boost=0.5)
            ranks = [collapse(index, fused_rows(index, lists[i], settings)) if i in chosen else []
                     for i in range(len(queries))]
            r = score(ranks, hits, queries, subset)["all"]
            grid.append({"rrf_k": k, "bm25_weight": wb, "dense_weight": 1.0, **r})
    best = max(grid, key=lambda g: (g["mrr@10"], g["hits@10"]))
    return grid, (best["bm25_weight"], best["dense_weight"], best["rrf_k"])


def evaluate(index: Any, chosen: Sequence[Method], lists: Sequence[Lists],
             hits: tuple[Sequence[frozenset[int]], Sequence[frozenset[int]]], queries: Sequence[Query]
             ) -> tuple[dict[str, Any], list[list[Any]]]:
    """Each method's scores (all queries, the odd half, raw spans, by type) and its table row."""
    clean, raw = hits
    odd = list(range(1, len(queries), 2))
    results: dict[str, Any] = {}
    rows = []
    for m in chosen:
        ranks = [collapse(index, m.rank(x)) for x in lists]
        r = score(ranks, clean, queries)
        r["odd_half"] = score(ranks, clean, queries, odd)["all"]
        r["raw_span"] = score(ranks, raw, queries)["all"]
        results[m.name] = r
        rows.append([m.name, r["all"]["hits@10"], r["all"]["hits@4"], r["all"]["mrr@10"],
                     r["raw_span"]["hits@10"], r["raw_span"]["mrr@10"],
                     r["odd_half"]["hits@10"], r["odd_half"]["mrr@10"]]
                    + [r[t]["hits@10"] for t in TYPES if t in r] + [r[t]["mrr@10"] for t in TYPES if t in r])
    return results, rows


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--chunk-tokens", type=int, default=None, help="Settings.chunk_tokens (default: shipped)")
    p.add_argument("--title-meta", action="store_true", help="index titles as 'title (source, day)'")
    p.add_argument("--candidates", type=int, default=100, help="each retriever's top-N fed to fusion")
    p.add_argument("--limit", type=int, default=None, help="first N queries only (a quick look)")
    p.add_argument("--index", type=Path, default=None, help="index folder (default: under --work)")
    p.add_argument("--vectors", type=Path, default=None,
                   help="chunk vectors (.npy, index row order) to use in place of the index's (ONNX check)")
    p.add_argument("--query-vectors", type=Path, default=None, help="query vectors (.npy) to go with --vectors")
    p.add_argument("--dump-texts", type=Path, default=None, help="write chunk inputs and queries as JSON, exit")
    p.add_argument("--tag", default="", help="suffix of the results file name")
    p.add_argument("--corpus", type=Path, default=None, help="another corpus.json (a subset, for a smoke test)")
    args = p.parse_args()
    started = common.machine()
    from qa.config import Settings

    root = common.require(args.data / "multihop-rag", "MultiHop-RAG data")
    queries = load_queries(root / "MultiHopRAG.json", args.limit)
    settings = Settings() if args.chunk_tokens is None else Settings(chunk_tokens=args.chunk_tokens)
    variant = f"ct{settings.chunk_tokens}" + ("-meta" if args.title_meta else "")
    source = prepare_source(args.corpus or root / "corpus.json", args.work, args.title_meta)
    index_dir = args.index or common.multihop_index_dir(args.work, settings.chunk_tokens, args.title_meta)
    seed = next((d for d in sorted(args.work.glob("multihop-ct*")) if d != index_dir), None)
    build_info = common.ensure_index(source, index_dir, settings, seed)

    from qa.retrieve import load_index

    index = load_index(index_dir)
    if args.dump_texts:
        dump_texts(index, queries, args.dump_texts)
        return
    hits = hit_rows(chunk_texts(index, None), queries)
    raw_hits = hit_rows(chunk_texts(index, source), queries)
    ceiling = float(np.mean([bool(h) for h in hits]))
    raw_ceiling = float(np.mean([bool(h) for h in raw_hits]))
    print(f"{len(index.chunk_ids)} chunks; {len(queries)} queries; ceiling (some chunk holds a whole fact): "
          f"{ceiling:.4f} on clean text, {raw_ceiling:.4f} on raw spans")
    vectors = np.load(args.vectors) if args.vectors else None
    query_vectors = np.load(args.query_vectors)[: len(queries)] if args.query_vectors else None
    lists, rank_ms = collect(index, queries, args.candidates, vectors, query_vectors)
    even = list(range(0, len(queries), 2))
    grid, (wb, wd, k) = tune(index, lists, hits, queries, even, args.candidates)
    chosen = [m for m in methods(index, args.candidates, wb, wd, k)
              if not (m.name.startswith("shipped") and vectors is not None)]
    results, rows = evaluate(index, chosen, lists, (hits, raw_hits), queries)
    for name, ref in PUBLISHED.items():
        rows.append([name, ref["hits@10"], ref["hits@4"] or "-", ref["mrr@10"]] + ["-"] * 10)
    headers = ["method", "Hits@10", "Hits@4", "MRR@10", "H@10 raw", "MRR raw", "Hits@10 odd", "MRR@10 odd"] + \
        [f"H@10 {t.split('_')[0]}" for t in TYPES] + [f"MRR {t.split('_')[0]}" for t in TYPES]
    print(f"\nMultiHop-RAG, {len(queries)} queries, chunk_tokens={settings.chunk_tokens}, "
          f"title_meta={args.title_meta}, candidates={args.candidates}; goal Hits@10 >= {GOAL['hits@10']}, "
          f"MRR@10 >= {GOAL['mrr@10']}")
    print(common.table(headers, rows))
    print(f"\nfusion tuned on even queries (source+date boosts on): rrf_k={k}, bm25_weight={wb}, dense_weight={wd}")
    print(f"rank() latency per query: {common.percentiles(rank_ms)} ms; load {common.load_average()}")
    path = common.write_results(f"multihop_rag-{variant}{args.tag}", {
        "variant": variant, "settings": settings.build_key(), "candidates": args.candidates,
        "n_queries": len(queries), "n_chunks": len(index.chunk_ids), "fact_ceiling_clean_text": ceiling,
        "fact_ceiling_raw_span": raw_ceiling,
        "build": build_info, "tuned": {"rrf_k": k, "bm25_weight": wb, "dense_weight": wd}, "grid_even": grid,
        "results": results, "rank_ms": common.percentiles(rank_ms), "vectors": str(args.vectors or ""),
    }, started)
    print(f"wrote {path}")


def dump_texts(index: Any, queries: Sequence[Query], path: Path) -> None:
    """Chunk inputs (title line + chunk text, as embedded) and queries, for an outside embedder."""
    from qa.split import title_prefix

    counter = index.embedder.count_tokens
    chunks = []
    for r in range(len(index.chunk_ids)):
        article = index.articles[int(index.chunk_doc[r])]
        prefix, _ = title_prefix(article.title, counter)
        chunks.append(prefix + index.chunk_text(r))
    folded = [index.question(q.text).text for q in queries]  # as Index.rank embeds them
    path.write_text(json.dumps({"chunks": chunks, "queries": folded}))
    print(f"wrote {len(chunks)} chunk inputs and {len(queries)} queries to {path}")


if __name__ == "__main__":
    main()
