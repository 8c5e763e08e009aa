"""The model's word pieces per second in a build beside this CPU's ceiling for it (issue 15's "measure").

Three figures, each at a sentence's length (~31 word pieces) and a chunk's (~179), batches of Settings().embed_batch
x qa.embed.PIECES_PER_TEXT word pieces, bf16 as shipped, the process's torch threads (2 here):
1. Matrix-product ceiling: the model's own products (Q, K, V, output, both feed-forward layers; the attention's
   batched products at that length) timed alone at the shapes a batch gives them, best of several runs; the
   ceiling is word pieces per second if a forward pass were nothing but those products at those rates (norms,
   GELU, softmax, tokenizing and pooling free). No run of the model can beat it.
2. The bare transformer on unpadded batches of exactly that length (what the model reaches with no padding and
   no tokenizer): the ceiling of this model in this torch.
3. What the product does: `Embedder.read` (a build's `"sentences"` passes: tokenizing, padding, the transformer,
   the reduce) on MultiHop-RAG sentences and chunk-sized windows.

    .venv/bin/python benchmarks/embed_ceiling.py [DATA] [--n 2048]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from embed import sample_texts  # noqa: E402


def best_seconds(fn: Callable[[], Any], reps: int = 5, inner: int = 3) -> float:
    """The fastest of `reps` timings of `inner` calls, per call (after one warm-up call)."""
    fn()
    best = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        for _ in range(inner):
            fn()
        best = min(best, (time.perf_counter() - t) / inner)
    return best


def product_ceiling(config: Any, length: int, tokens: int) -> dict[str, Any]:
    """Word pieces/s if a forward pass were only its matrix products, each at its measured bf16 rate."""
    import torch

    h, ffn, heads, layers = config.hidden_size, config.intermediate_size, config.num_attention_heads, \
        config.num_hidden_layers
    rows = max(1, tokens // length) * length
    x, mid = torch.randn(rows, h, dtype=torch.bfloat16), torch.randn(rows, ffn, dtype=torch.bfloat16)
    w_hh, w_up, w_down = (torch.randn(o, i, dtype=torch.bfloat16) for o, i in ((h, h), (ffn, h), (h, ffn)))
    q = torch.randn(rows // length * heads, length, h // heads, dtype=torch.bfloat16)
    lin = torch.nn.functional.linear
    with torch.inference_mode():
        t_hh = best_seconds(lambda: lin(x, w_hh))
        t_up = best_seconds(lambda: lin(x, w_up))
        t_down = best_seconds(lambda: lin(mid, w_down))
        t_att = best_seconds(lambda: torch.bmm(torch.bmm(q, q.transpose(1, 2)), q))
    linear_s = layers * (4 * t_hh + t_up + t_down) / rows  # seconds per word piece
    attention_s = layers * t_att / rows
    flops = layers * (2 * (4 * h * h + 2 * h * ffn) + 4 * length * h)  # per word piece
    return {"rows_per_product": rows, "flops_per_piece": flops,
            "gflops_linear": round(layers * 2 * (4 * h * h + 2 * h * ffn) / linear_s / 1e9, 1),
            "ceiling_linear_only": round(1 / linear_s), "ceiling_products": round(1 / (linear_s + attention_s))}


def bare_transformer(emb: Any, length: int, tokens: int) -> float:
    """Word pieces/s of the transformer alone on full batches of `length` word pieces (no padding, no tokenizer)."""
    import torch

    transformer = emb.model[0].auto_model
    batch = max(1, tokens // length)
    ids = torch.randint(1000, 20000, (batch, length))
    mask = torch.ones_like(ids)
    with torch.inference_mode():
        s = best_seconds(lambda: transformer(input_ids=ids, attention_mask=mask), reps=3, inner=4)
    return round(batch * length / s)


def product_read(emb: Any, texts: list[str], settings: Any) -> dict[str, Any]:
    """Word pieces/s of `Embedder.read` as a build calls it, the reduce a mean over word pieces."""
    emb.read(texts[:64], [_mean] * 64, batch_size=settings.embed_batch)
    pieces = emb.word_pieces(texts)
    t = time.perf_counter()
    emb.read(texts, [_mean] * len(texts), batch_size=settings.embed_batch)
    s = time.perf_counter() - t
    return {"n": len(texts), "mean_pieces": round(pieces / len(texts), 1), "seconds": round(s, 2),
            "pieces_per_s": round(pieces / s)}


def _mean(p: Any) -> Any:
    """A pass's mean word-piece vector (the reduce a chunk's pooling does, in small)."""
    return p.tokens.mean(axis=0)


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=2048, help="sentences read (a quarter as many chunk windows)")
    args = p.parse_args()
    started = common.machine()
    import torch

    from qa.config import Settings
    from qa.embed import PIECES_PER_TEXT, load_embedder

    settings = Settings()
    emb = load_embedder(settings.model, dtype=settings.dtype)
    config = emb.model[0].auto_model.config
    corpus = common.require(args.data / "multihop-rag" / "corpus.json", "MultiHop-RAG corpus")
    tokens = settings.embed_batch * PIECES_PER_TEXT
    out: dict[str, Any] = {"threads": torch.get_num_threads(), "batch_pieces": tokens,
                           "load_before": common.load_average()}
    for name, words, n in (("sentence ~22 words", 22, args.n), ("chunk ~135 words", 135, args.n // 4)):
        texts = sample_texts(corpus, n, words)
        read = product_read(emb, texts, settings)
        length = round(read["mean_pieces"])
        out[name] = {"product_read": read, "bare_transformer": bare_transformer(emb, length, tokens),
                     "products": product_ceiling(config, length, tokens)}
        print(name, out[name], flush=True)
    out["load_after"] = common.load_average()
    rows = [[k, v["product_read"]["mean_pieces"], v["product_read"]["pieces_per_s"], v["bare_transformer"],
             v["products"]["ceiling_products"], v["products"]["ceiling_linear_only"], v["products"]["gflops_linear"]]
            for k, v in out.items() if isinstance(v, dict) and "products" in v]
    print(common.table(["texts", "word pieces", "product read/s", "bare transformer/s", "products ceiling/s",
                        "linear-only ceiling/s", "bf16 GFLOP/s"], rows))
    print(f"wrote {common.write_results('embed_ceiling', out, started)}")


if __name__ == "__main__":
    main()
