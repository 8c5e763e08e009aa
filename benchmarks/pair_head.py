"""Does MiniLM read jointly on (question, sentence) tell the lead apart? A frozen-encoder "pair" feature for qa/lead.py.

The shipped all-MiniLM-L6-v2 reads "question [SEP] sentence" as one input (the tokenizer's pair encoding), so its
attention crosses the pair. A linear head over each sentence word piece's last-layer vector (and its product with
the question's mean vector, and whether the piece is in the question) is fitted to say "this piece is part of the
answer" (logistic, SQuAD's answer spans as labels); a sentence's pair score is its best piece's logit. Cheaper,
unlearned variants are read from the same pass: the wh-word's best cosine with a piece the question lacks, and the
question pieces' mean best cosine (contextual late interaction, ColBERT's MaxSim).

The head is fitted on SQuAD dev questions outside squad.py's seed-0 sample of 1000 whose paragraph holds none of
the sample's questions (neither half, so neither the tuning nor the reporting half is seen). Then the pair
features of the dumped candidates (fit_lead.py --collect) join the 31 lead features, and the 5-fold top-1 of the
listwise fit with and without them is printed, as fit_lead.py prints it.

    .venv/bin/python benchmarks/pair_head.py [DATA] --work DIR [--train 3000] [--C 0.1]
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from squad import write_collection  # noqa: E402

_WH = re.compile(r"\b(what|which|who|whom|whose|when|where|why|how)\b", re.I)
PAIRS = ("pair_max", "pair_lse", "wh_sim", "q_maxsim")


def encode(embedder: Any, question: str, sentences: list[str]) -> list[dict[str, np.ndarray]]:
    """One forward pass over the (question, sentence) pairs: per sentence, its pieces' vectors (h), character offsets,
    ids and whether each is in the question, the question pieces' vectors and ids, the wh-word's vector and [CLS]."""
    import torch

    tok = embedder.model.tokenizer
    enc = tok([question] * len(sentences), sentences, truncation="only_second", max_length=160, padding=True,
              return_offsets_mapping=True, return_tensors="pt")
    with torch.inference_mode():
        hidden = embedder.model[0].auto_model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                                              token_type_ids=enc["token_type_ids"]).last_hidden_state.float().numpy()
    out = []
    wh_at = _WH.search(question)
    for i in range(len(sentences)):
        seq = enc.sequence_ids(i)
        ids = enc["input_ids"][i].numpy()
        q_at = [j for j, s in enumerate(seq) if s == 0]
        s_at = [j for j, s in enumerate(seq) if s == 1]
        q_ids = set(ids[q_at].tolist())
        offsets = enc["offset_mapping"][i].numpy()
        wh = [j for j in q_at if wh_at and offsets[j][0] >= wh_at.start() and offsets[j][1] <= wh_at.end()]
        out.append({"h": hidden[i, s_at], "off": offsets[s_at], "inq": np.asarray([k in q_ids for k in ids[s_at]]),
                    "q": hidden[i, q_at], "wh": hidden[i, wh[0]] if wh else hidden[i, 0], "qid": ids[q_at],
                    "sid": ids[s_at], "cls": hidden[i, 0]})
    return out


def token_rows(p: dict[str, np.ndarray]) -> np.ndarray:
    """Each sentence piece's head input: its vector, its product with the question's mean vector, in-question."""
    qbar = p["q"].mean(axis=0) if len(p["q"]) else np.zeros(p["h"].shape[1], np.float32)
    return np.concatenate([p["h"], p["h"] * qbar, p["inq"][:, None].astype(np.float32)], axis=1)


def _unit(a: np.ndarray) -> np.ndarray:
    return a / (np.linalg.norm(a, axis=-1, keepdims=True) + 1e-9)


def pair_features(p: dict[str, np.ndarray], head: np.ndarray, bias: float) -> list[float]:
    """PAIRS of one candidate: the head's best piece logit and log-sum-exp over pieces the question lacks, the
    wh-word's best cosine with such a piece, the question pieces' mean best cosine with the sentence's."""
    logits = token_rows(p) @ head + bias
    new = ~p["inq"]
    if not new.any():
        new = np.ones_like(new)
    lg = logits[new]
    sims = _unit(p["h"]) @ _unit(p["wh"])
    qmax = (_unit(p["q"]) @ _unit(p["h"]).T).max(axis=1).mean() if len(p["q"]) and len(p["h"]) else 0.0
    return [float(lg.max()), float(np.log(np.exp(lg - lg.max()).sum()) + lg.max()), float(sims[new].max()),
            float(qmax)]


def training_pairs(data: Path, work: Path, n: int) -> list[tuple[str, list[str], list[tuple[int, int]]]]:
    """(question, sentences of its paragraph, answer span in each sentence or (-1, -1)) for up to `n` SQuAD dev
    questions outside the seed-0 sample of 1000 and outside every paragraph holding one of the sample's."""
    from qa.retrieve import load_index

    _, questions = write_collection(data / "squad" / "dev-v1.1.json", work / "squad-corpus")
    sample = random.Random(0).sample(questions, 1000)
    seen = {q["context"] for q in sample}
    pool = [q for q in questions if q["context"] not in seen]
    raw = json.loads((data / "squad" / "dev-v1.1.json").read_text())["data"]
    starts = {qa["id"]: [a["answer_start"] for a in qa["answers"]] for art in raw for p in art["paragraphs"]
              for qa in p["qas"]}
    index = load_index(work / "squad-index")
    doc_row = {a.doc_id: i for i, a in enumerate(index.articles)}
    by_doc: dict[int, list[int]] = {}
    for row, doc in enumerate(index.sentence_doc):
        by_doc.setdefault(int(doc), []).append(row)
    out = []
    for q in random.Random(1).sample(pool, min(n, len(pool))):
        text = index.article(q["doc_id"]).text
        at = text.find(q["context"])
        if at < 0:
            continue
        a_start, a_text = at + starts[q["id"]][0], q["answers"][0]
        if text[a_start:a_start + len(a_text)] != a_text:
            continue
        rows = [r for r in by_doc[doc_row[q["doc_id"]]] if at <= index.sentence_span[r][0] < at + len(q["context"])]
        sents, spans = [], []
        for r in rows:
            s, e = index.sentence_span[r]
            sents.append(text[s:e])
            spans.append((a_start - s, a_start - s + len(a_text)) if s <= a_start < e else (-1, -1))
        if any(sp[0] >= 0 for sp in spans):
            out.append((q["question"], sents, spans))
    return out


def train_head(embedder: Any, pairs: list[tuple[str, list[str], list[tuple[int, int]]]], C: float,  # noqa: N803
               negatives: int = 24) -> tuple[np.ndarray, float]:
    """Logistic head over token_rows: answer pieces against pieces of the same and other sentences."""
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    xs, ys = [], []
    t = time.perf_counter()
    for k, (question, sents, spans) in enumerate(pairs):
        for p, (a, b) in zip(encode(embedder, question, sents[:12]), spans[:12], strict=True):
            rows = token_rows(p)
            y = (p["off"][:, 0] < b) & (p["off"][:, 1] > a) if a >= 0 else np.zeros(len(rows), bool)
            keep = np.flatnonzero(y)
            neg = np.flatnonzero(~y)
            keep = np.concatenate([keep, rng.choice(neg, min(len(neg), negatives), replace=False)])
            xs.append(rows[keep])
            ys.append(y[keep])
        if k % 500 == 0:
            print(f"  encoded {k}/{len(pairs)} questions, {time.perf_counter() - t:.0f} s", flush=True)
    x, y = np.concatenate(xs), np.concatenate(ys)
    scale = x.std(axis=0) + 1e-6
    model = LogisticRegression(C=C, max_iter=3000).fit(x / scale, y)
    print(f"head: {len(y)} pieces, {int(y.sum())} in answers; train accuracy {model.score(x / scale, y):.3f}")
    return model.coef_[0] / scale, float(model.intercept_[0])


def dumped_pairs(embedder: Any, work: Path, head: np.ndarray, bias: float) -> np.ndarray:
    """PAIRS for the first TOP candidates of each dumped question, in fit_lead.featurize's row order."""
    from fit_lead import DUMPS

    from qa.lead import TOP

    rows = []
    for which in DUMPS:
        path = work / DUMPS[which][0]
        if not path.exists():
            continue
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            if d["scored"]:
                texts = [s["text"] for s in d["scored"][:TOP]]
                rows += [pair_features(p, head, bias) for p in encode(embedder, d["text"], texts)]
    return np.asarray(rows)


def cross_validate(work: Path, extra: np.ndarray, C: float) -> None:  # noqa: N803
    """5-fold top-1 right per set (listwise softmax; GroupKFold, and the mean of 5 shuffled group splits): the 31
    features, then with PAIRS columns."""
    from fit_lead import _dumped
    from pair_variants import cv

    present, (x, y, ok, group, kind) = _dumped(work)
    combos = {"31 features": [], **{f"+ {name}": [i] for i, name in enumerate(PAIRS)},
              "+ pair_lse + q_maxsim": [1, 3], "+ all PAIRS": list(range(len(PAIRS)))}
    lines = []
    for name, cols in combos.items():
        res = np.asarray(cv((np.concatenate([x, extra[:, cols]], axis=1), y, ok, group, kind), C, len(present),
                            seeds=5))
        lines.append([name, *(f"{res[0, i]} (shuffled {res[1:, i].mean():.1f})" for i in range(len(present)))])
    print(common.table(["features", *present], lines))


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--train", type=int, default=3000, help="SQuAD dev questions outside the sample for the head")
    p.add_argument("--C", type=float, default=0.1, help="the listwise fit's inverse regularisation")
    p.add_argument("--head-C", type=float, default=0.01, help="the head's inverse regularisation")
    args = p.parse_args()
    from qa.embed import load_embedder

    embedder = load_embedder()
    cache = args.work / f"pair-head-{args.train}-{args.head_C}.npz"
    if cache.exists():
        z = np.load(cache, allow_pickle=False)
        head, bias = z["head"], float(z["bias"])
    else:
        pairs = training_pairs(args.data, args.work, args.train)
        print(f"{len(pairs)} training questions")
        head, bias = train_head(embedder, pairs, args.head_C)
        np.savez(cache, head=head, bias=np.asarray(bias))
    extra_path = args.work / "pair-extra.npy"
    if extra_path.exists():
        extra = np.load(extra_path, allow_pickle=False)
    else:
        t = time.perf_counter()
        extra = dumped_pairs(embedder, args.work, head, bias)
        print(f"pair features of {len(extra)} candidates in {time.perf_counter() - t:.0f} s; "
              f"load {common.load_average()}")
        np.save(extra_path, extra)
    cross_validate(args.work, extra, args.C)


if __name__ == "__main__":
    main()
