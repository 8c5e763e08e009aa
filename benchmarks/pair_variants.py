"""pair_head.py's variants over pair_cache.py's cached joint passes: which pair feature adds to the lead's 31.

    .venv/bin/python benchmarks/pair_variants.py --work DIR [--train 3000] [--C 0.1]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402


def ragged(z: Any) -> list[dict[str, np.ndarray]]:
    """The cached passes, one dict per pair."""
    z = {k: z[k] for k in z.files}  # an NpzFile reads an array again at each access
    qe, se = np.cumsum(z["qn"]), np.cumsum(z["sn"])
    q, s = z["q"].astype(np.float32), z["s"].astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True) + 1e-9
    out = []
    for i in range(len(qe)):
        qa, sa = qe[i] - z["qn"][i], se[i] - z["sn"][i]
        out.append({"q": q[qa:qe[i]], "s": s[sa:se[i]], "qid": z["qid"][qa:qe[i]], "sid": z["sid"][sa:se[i]],
                    "cls": z["cls"][i]})
    return out


def stop_ids(tokenizer: Any) -> set[int]:
    """Word-piece ids that tokenize to no BM25 token (stop words, punctuation)."""
    from qa.tokens import tokenize

    return {i for t, i in tokenizer.get_vocab().items() if not tokenize(t.removeprefix("##"))}


def unsupervised(p: dict[str, np.ndarray], stops: set[int]) -> list[float]:
    """MaxSim variants of one pair."""
    s = p["s"] / (np.linalg.norm(p["s"], axis=1, keepdims=True) + 1e-9)
    if not len(s) or not len(p["q"]):
        return [0.0] * 6
    sim = p["q"] @ s.T
    content = np.asarray([i not in stops for i in p["qid"]])
    content = content if content.any() else np.ones_like(content)
    qin = set(p["qid"].tolist())
    novel = np.asarray([i not in qin and i not in stops for i in p["sid"]])
    smax = sim.max(axis=0)  # each sentence piece's best question piece
    return [float(sim.max(axis=1).mean()), float(sim.max(axis=1)[content].mean()),
            float(smax.mean()), float((smax[novel] < 0.5).mean()) if novel.any() else 0.0,
            float(np.sort(sim.max(axis=1)[content])[: max(1, content.sum() // 3)].mean()),
            float(s.mean(axis=0) @ p["q"].mean(axis=0))]


UNSUP = ("q_maxsim", "q_maxsim_content", "s_maxsim", "novel_far", "q_maxsim_worst3rd", "mean_cos")


def pooled(p: dict[str, np.ndarray]) -> np.ndarray:
    """A learned sentence head's input: sentence mean, its product with the question mean, [CLS]."""
    sm = p["s"].mean(axis=0) if len(p["s"]) else np.zeros(p["cls"].shape, np.float32)
    qm = p["q"].mean(axis=0)
    return np.concatenate([sm, sm * qm, p["cls"]])


def listwise_head(x: np.ndarray, y: np.ndarray, group: np.ndarray, C: float) -> np.ndarray:  # noqa: N803
    """fit_lead's listwise softmax on the training lists."""
    from fit_lead import _listwise

    scale = x.std(axis=0) + 1e-6
    return _listwise(x / scale, y, np.ones(len(y)), group, C) / scale


def _pieces(items: list[dict[str, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Every pair's sentence pieces as head rows (pair_head.token_rows, pieces the question lacks; all when none),
    and each row's pair."""
    from pair_head import token_rows

    rows, owner = [], []
    for i, p in enumerate(items):
        inq = np.isin(p["sid"], p["qid"])
        keep = ~inq if (~inq).any() else np.ones_like(inq)
        rows.append(token_rows({"h": p["s"][keep], "q": p["q"], "inq": inq[keep]}).astype(np.float32))
        owner.append(np.full(int(keep.sum()), i))
    return np.concatenate(rows), np.concatenate(owner)


def _lse(values: Any, index: Any, n: int) -> Any:
    """Log-sum-exp of `values` per segment `index` (0..n-1), differentiable (the shift is held constant)."""
    import torch

    top = torch.full((n,), -1e30).index_reduce(0, index, values.detach(), "amax", include_self=True)
    return top + torch.log(torch.zeros(n).index_add(0, index, torch.exp(values - top[index])))


def token_listwise(train: list[dict[str, np.ndarray]], y: np.ndarray, group: np.ndarray,
                   dumps: list[dict[str, np.ndarray]], steps: int = 300, l2: float = 1e-3) -> np.ndarray:
    """A piece head fitted end to end: a sentence scores the log-sum-exp of its new pieces' logits, and the softmax
    over its paragraph's sentences is fitted to the one holding the answer. Returns the dumps' sentence scores."""
    import torch

    x, owner = _pieces(train)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    xt, ot = torch.from_numpy((x - mean) / scale), torch.from_numpy(owner)
    gt, pos = torch.from_numpy(group.astype(np.int64)), torch.from_numpy(y > 0)
    w = torch.zeros(x.shape[1], requires_grad=True)
    opt = torch.optim.Adam([w], lr=0.01)
    for step in range(steps):
        opt.zero_grad()
        sent = _lse(xt @ w, ot, len(y))
        per_list = _lse(sent, gt, int(group.max()) + 1)
        loss = (per_list[gt[pos]] - sent[pos]).mean() + l2 * (w @ w)
        loss.backward()
        opt.step()
        if step % 100 == 0:
            print(f"  token listwise step {step}: loss {loss.item():.4f}", flush=True)
    dx, downer = _pieces(dumps)
    with torch.no_grad():
        return _lse(torch.from_numpy((dx - mean) / scale) @ w, torch.from_numpy(downer), len(dumps)).numpy()


def cv(data: tuple[np.ndarray, ...], C: float, n_kinds: int, seeds: int = 3) -> list[list[int]]:  # noqa: N803
    """5-fold top-1 right per set (x, y, ok, group, kind as fit_lead reads them): GroupKFold, then `seeds` shuffled
    group splits."""
    from fit_lead import _listwise, _top1
    from sklearn.model_selection import GroupKFold

    x, y, ok, group, kind = data
    groups = np.unique(group)
    splits = [list(GroupKFold(5).split(x, y, group))]
    for seed in range(seeds):
        fold = dict(zip(groups, np.random.default_rng(seed).permutation(len(groups)) % 5, strict=True))
        f = np.asarray([fold[g] for g in group])
        splits.append([(np.flatnonzero(f != k), np.flatnonzero(f == k)) for k in range(5)])
    scale = x.std(axis=0) + 1e-9
    out = []
    for folds in splits:
        totals = [0] * n_kinds
        for tr, te in folds:
            w = _listwise(x[tr] / scale, y[tr], ok[tr], group[tr], C) / scale
            for i in range(n_kinds):
                sel = te[kind[te] == i]
                totals[i] += int(_top1(w, x[sel], y[sel], ok[sel], group[sel])[1])
        out.append(totals)
    return out


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--train", type=int, default=3000)
    p.add_argument("--C", type=float, default=0.1)
    p.add_argument("--head-C", type=float, default=0.03)
    p.add_argument("--token-listwise", action="store_true", help="also the piece head fitted end to end (torch)")
    args = p.parse_args()
    from fit_lead import _dumped

    from qa.embed import load_embedder

    stops = stop_ids(load_embedder().model.tokenizer)
    present, (x, y, ok, group, kind) = _dumped(args.work)
    dumps = ragged(np.load(args.work / "pair-cache-dumps.npz", allow_pickle=False))
    assert len(dumps) == len(y)
    cols = {name: np.asarray(c) for name, c in zip(UNSUP, zip(*(unsupervised(d, stops) for d in dumps),
                                                               strict=True), strict=True)}
    split_path = args.work / "pair-cache-dumps-separate.npz"
    if split_path.exists():  # the control: question and sentence read by passes that do not cross
        cols["q_maxsim_separate"] = np.asarray([unsupervised(d, stops)[0] for d in ragged(np.load(split_path))])
    train_path = args.work / f"pair-cache-train{args.train}.npz"
    if train_path.exists():
        z = np.load(train_path, allow_pickle=False)
        tr = ragged(z)
        tx = np.asarray([pooled(d) for d in tr])
        tu = np.asarray([unsupervised(d, stops) for d in tr])
        for name, feats, dfeats in (("head_pooled", tx, np.asarray([pooled(d) for d in dumps])),
                                    ("head_pooled_unsup", np.concatenate([tx, tu], axis=1),
                                     np.concatenate([np.asarray([pooled(d) for d in dumps]),
                                                     np.stack([cols[u] for u in UNSUP], axis=1)], axis=1))):
            w = listwise_head(feats, z["y"].astype(float), z["group"], args.head_C)
            cols[name] = dfeats @ w
        np.save(args.work / "pair-head-pooled.npy", w)
        if args.token_listwise:
            cols["token_listwise"] = token_listwise(tr, z["y"], z["group"], dumps)
    for name, c in cols.items():
        r = [0, 0]
        for g in np.unique(group):
            at = np.flatnonzero(group == g)
            r[kind[at[0]]] += int(y[at[np.argmax(c[at])]] > 0)
        print(f"{name} alone: top-1 {r}")
    variants = {"31 features": x, **{f"+ {n}": np.concatenate([x, c[:, None]], axis=1) for n, c in cols.items()},
                "+ q_maxsim + s_maxsim": np.concatenate([x, cols["q_maxsim"][:, None], cols["s_maxsim"][:, None]],
                                                        axis=1),
                "+ all": np.concatenate([x, np.stack(list(cols.values()), axis=1)], axis=1)}
    rows = []
    for name, xv in variants.items():
        res = np.asarray(cv((xv, y, ok, group, kind), args.C, len(present)))
        rows.append([name, *(f"{res[0, i]} (shuffled {res[1:, i].mean():.1f})" for i in range(len(present)))])
        print(rows[-1], flush=True)
    print(common.table(["features", *present], rows))
    print(f"load {common.load_average()}")


if __name__ == "__main__":
    main()
