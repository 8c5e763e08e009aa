"""Cache the joint (question, sentence) MiniLM pass for pair_head.py's variants: dumped candidates and training lists.

Per pair: the question pieces' and the sentence pieces' last-layer vectors (float16, ragged), their piece ids,
[CLS], and the sentence's answer label (training lists: SQuAD dev outside the seed-0 sample's paragraphs).

    .venv/bin/python benchmarks/pair_cache.py [DATA] --work DIR (--dumps [--separate] | --train N)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from pair_head import encode, training_pairs  # noqa: E402


def passes(embedder: Any, question: str, sentences: list[str]) -> list[dict[str, Any]]:
    """The joint pass over (question, sentence) pairs (`pair_head.encode`), kept whole per pair."""
    return [{"q": p["q"], "s": p["h"], "qid": p["qid"], "sid": p["sid"], "cls": p["cls"]}
            for p in encode(embedder, question, sentences)]


def separate(embedder: Any, question: str, sentences: list[str]) -> list[dict[str, Any]]:
    """The same record from two passes that do not cross: the question alone, the sentences alone (the control)."""
    import torch

    tok, model = embedder.model.tokenizer, embedder.model[0].auto_model
    out = []
    with torch.inference_mode():
        encs = [tok([question], return_tensors="pt"),
                tok(sentences, truncation=True, max_length=128, padding=True, return_tensors="pt")]
        hq, hs = (model(**e).last_hidden_state.float().numpy() for e in encs)
    qseq = encs[0].sequence_ids(0)
    q = [j for j, x in enumerate(qseq) if x == 0]
    for i in range(len(sentences)):
        s = [j for j, x in enumerate(encs[1].sequence_ids(i)) if x == 0]
        out.append({"q": hq[0, q], "s": hs[i, s], "qid": encs[0]["input_ids"][0].numpy()[q],
                    "sid": encs[1]["input_ids"][i].numpy()[s], "cls": hs[i, 0]})
    return out


def save(path: Path, items: list[dict[str, Any]], labels: list[int], groups: list[int]) -> None:
    """Ragged arrays concatenated, with lengths."""
    np.savez(path, q=np.concatenate([p["q"] for p in items]).astype(np.float16),
             s=np.concatenate([p["s"] for p in items]).astype(np.float16),
             qid=np.concatenate([p["qid"] for p in items]), sid=np.concatenate([p["sid"] for p in items]),
             qn=np.asarray([len(p["q"]) for p in items]), sn=np.asarray([len(p["s"]) for p in items]),
             cls=np.asarray([p["cls"] for p in items], dtype=np.float32), y=np.asarray(labels),
             group=np.asarray(groups))
    print(f"wrote {path}: {len(items)} pairs")


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--dumps", action="store_true")
    p.add_argument("--train", type=int, default=0)
    p.add_argument("--separate", action="store_true", help="--dumps read by two passes that do not cross")
    args = p.parse_args()
    from fit_lead import DUMPS

    from qa.embed import load_embedder
    from qa.lead import TOP

    embedder = load_embedder()
    items: list[dict[str, Any]] = []
    labels: list[int] = []
    groups: list[int] = []
    if args.dumps:
        g = 0
        for which in DUMPS:
            for line in open(args.work / DUMPS[which][0], encoding="utf-8"):
                d = json.loads(line)
                if d["scored"]:
                    texts = [s["text"] for s in d["scored"][:TOP]]
                    items += (separate if args.separate else passes)(embedder, d["text"], texts)
                    labels += [int(r) for r in d["right"][:TOP]]
                    groups += [g] * len(texts)
                    g += 1
        save(args.work / f"pair-cache-dumps{'-separate' if args.separate else ''}.npz", items, labels, groups)
    if args.train:
        for g, (question, sents, spans) in enumerate(training_pairs(args.data, args.work, args.train)):
            items += passes(embedder, question, sents[:12])
            labels += [int(a >= 0) for a, _ in spans[:12]]
            groups += [g] * len(sents[:12])
        save(args.work / f"pair-cache-train{args.train}.npz", items, labels, groups)


if __name__ == "__main__":
    main()
