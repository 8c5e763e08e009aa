"""Does a new lead feature carry information? 5-fold top-1 of the listwise ranker with and without it, on the dumps.

Reads fit_lead.py's dumps (`--collect`: SQuAD even, the question set's tune half), computes `qa.lead.features` once
(cached as .npy under --work), then each probe column below, and prints, per regularisation C, how many questions of
each set the learned first gets right with the 31 features and with each probe added (GroupKFold by question, as
fit_lead.py). Tuning halves only; no product run.

    .venv/bin/python benchmarks/lead_probe.py [DATA] --work DIR [--probes a,b] [--C 0.03,0.1,0.3]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from fit_lead import DUMPS, _listwise, _top1  # noqa: E402

LABELS = {"person": {"PERSON", "ORG", "NORP"}, "date": {"DATE", "TIME"},
          "number": {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"},
          "duration": {"DATE", "TIME", "QUANTITY", "CARDINAL"}, "place": {"GPE", "LOC", "FAC"}}
ARGS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "npadvmod", "agent", "prep", "pobj", "acomp"}


def _questions(work: Path, which: str) -> list[tuple[Any, list[Any], np.ndarray, np.ndarray]]:
    """(ranked, scored, right, eligible) for each dumped question with candidates."""
    from qa.lead import TOP, _eligible
    from qa.question import Question, with_reading
    from qa.retrieve import Ranked
    from qa.sentence_score import Scored

    out = []
    for line in open(work / DUMPS[which][0], encoding="utf-8"):
        d = json.loads(line)
        if not d["scored"]:
            continue
        q = with_reading(Question(asked=d["text"], resolved=d["text"], text=d["text"], expected=d["expected"],
                                  key_terms=tuple(d["key_terms"])))
        ranked = Ranked(q, [], [], [], np.asarray(d["query_vector"], dtype=np.float32))
        scored = [Scored(**s) for s in d["scored"]]
        out.append((ranked, scored, np.asarray(d["right"][:TOP], dtype=np.float64),
                    np.asarray(_eligible(ranked, scored), dtype=np.float64)))
    return out


def _typed_new(question: str, expected: str | None, doc: Any) -> list[Any]:
    """Entities of the asked kind in `doc` that the question does not name."""
    from qa.tokens import tokenize

    labels = LABELS.get(expected or "", set())
    asked = set(tokenize(question))
    return [e for e in doc.ents if e.label_ in labels and set(tokenize(e.text)) - asked]


def _slot(question_doc: Any, doc: Any, asked: set[str]) -> tuple[float, float]:
    """(filled, unfilled): the candidate has a verb of the question's (by lemma) whose arguments hold / do not hold a
    content word the question lacks."""
    from qa.tokens import tokenize

    lemmas = {t.lemma_.lower() for t in question_doc if t.pos_ == "VERB" and t.lemma_ not in ("be", "have", "do")}
    if not lemmas:
        return 0.0, 0.0
    found = filled = False
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in lemmas:
            continue
        found = True
        for c in t.children:
            if c.dep_ in ARGS and any(w.is_alpha and not w.is_stop and set(tokenize(w.text)) - asked
                                      for w in c.subtree):
                filled = True
    return float(found and filled), float(found and not filled)


def _focus_head(question_doc: Any) -> Any | None:
    """The noun a "what X" / "which X" question asks for ("stadium" of "What stadium ..."), or None."""
    head = None
    for t in question_doc:
        if t.lower_ in ("what", "which") and t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN"):
            head = t.head
            break
    for t in question_doc:  # "What is the name of the stadium ...?": the stadium
        if t.lemma_ in ("name", "type", "kind") and (head is None or head.i == t.i):
            of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"]
            if of:
                return of[0]
    return head


def _focus_filled(head: Any, doc: Any, asked: set[str]) -> float:
    """1.0 when the candidate holds the asked noun with a modifier, an apposition or an entity the question lacks."""
    from qa.tokens import tokenize

    if head is None:
        return 0.0
    for t in doc:
        if t.lemma_.lower() != head.lemma_.lower():
            continue
        words = [w for c in t.children if c.dep_ in ("compound", "amod", "poss", "appos", "nmod", "nummod")
                 for w in c.subtree]
        if t.ent_type_:
            words += [w for w in doc[max(0, t.i - 4):t.i] if w.ent_type_ == t.ent_type_]
        if any(w.is_alpha and set(tokenize(w.text)) - asked for w in words) or t.head.dep_ == "appos":
            return 1.0
    return 0.0


def probes(index: Any, ranked: Any, scored: list[Any]) -> dict[str, np.ndarray]:
    """Every probe column for the first TOP candidates of one question."""
    from qa.lead import TOP
    from qa.nlp import parse, parse_many
    from qa.sentence_score import key_weights, same_paragraph
    from qa.tokens import tokenize

    top = scored[:TOP]
    q = ranked.question
    weights = key_weights(index, q)
    total = sum(weights.values()) or 1.0
    asked = set(tokenize(q.text))
    texts = [s.text for s in top]
    nexts = [index.sentence(s.row + 1).text if same_paragraph(index, s.row, s.row + 1) else "" for s in top]
    prevs = [index.sentence(s.row - 1).text if same_paragraph(index, s.row - 1, s.row) else "" for s in top]
    docs = parse_many(texts)
    ndocs = parse_many([t or "." for t in nexts], syntax=False)
    qdoc = parse(q.text)
    first = set(tokenize(top[0].text))
    cols: dict[str, list[float]] = {k: [] for k in ("typed_new", "typed_n", "typed_near", "next_typed",
                                                    "prev_restates_typed", "beyond_first", "slot_filled",
                                                    "slot_unfilled", "untyped_propn_new", "typed_first_lacks",
                                                    "neighbour_typed", "focus_filled")}
    focus = _focus_head(qdoc)
    first_typed = bool(_typed_new(q.text, q.expected, docs[0]))
    for s, doc, nxt, ndoc, prev in zip(top, docs, nexts, ndocs, prevs, strict=True):
        held = set(tokenize(s.text))
        ents = _typed_new(q.text, q.expected, doc)
        cols["typed_new"].append(float(bool(ents)))
        cols["typed_n"].append(min(len(ents), 3) / 3)
        keys = [t.i for t in doc if set(tokenize(t.text)) & weights.keys()]
        near = min((abs(e.start - k) for e in ents for k in keys), default=99)
        cols["typed_near"].append(float(near <= 6))
        cols["next_typed"].append(float(bool(nxt) and not ents and bool(_typed_new(q.text, q.expected, ndoc))))
        prev_cover = sum(w for t, w in weights.items() if t in set(tokenize(prev))) / total
        cols["prev_restates_typed"].append(prev_cover * float(bool(ents)))
        cols["beyond_first"].append(sum(w for t, w in weights.items() if t in held - first) / total)
        filled, unfilled = _slot(qdoc, doc, asked)
        cols["slot_filled"].append(filled)
        cols["slot_unfilled"].append(unfilled)
        cols["typed_first_lacks"].append(float(bool(ents) and not first_typed))
        pdoc = parse_many([prev], syntax=False)[0] if prev else None
        cols["neighbour_typed"].append(float(not ents and (bool(nxt) and bool(_typed_new(q.text, q.expected, ndoc))
                                                           or pdoc is not None
                                                           and bool(_typed_new(q.text, q.expected, pdoc)))))
        cols["focus_filled"].append(_focus_filled(focus, doc, asked))
        cols["untyped_propn_new"].append(float(q.expected is None and any(
            t.pos_ == "PROPN" and set(tokenize(t.text)) - asked for t in doc)))
    return {k: np.asarray(v) for k, v in cols.items()}


Arrays = tuple[np.ndarray, dict[str, np.ndarray], np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def load(work: Path, fresh: bool = False) -> Arrays:
    """x (31 features, cached), probe columns, y, ok, group, kind over every dumped set."""
    from qa.lead import features
    from qa.retrieve import load_index

    xs, extra, ys, oks, groups, kinds = [], [], [], [], [], []
    for k, which in enumerate(w for w in DUMPS if (work / DUMPS[w][0]).exists()):
        index = load_index(work / DUMPS[which][1])
        cache = work / f"lead-probe-{which}.npy"
        rows = _questions(work, which)
        base = np.load(cache) if cache.exists() else None
        probe_cache = work / f"lead-probe-{which}-cols.npz"
        kept = dict(np.load(probe_cache)) if probe_cache.exists() and not fresh else None
        parts, mine = [], []
        for g, (ranked, scored, right, ok) in enumerate(rows):
            parts.append(features(index, ranked, scored) if base is None else None)
            mine.append(probes(index, ranked, scored) if kept is None else None)
            ys.append(right)
            oks.append(ok)
            groups.append(np.full(len(right), 100_000 * k + g))
            kinds.append(np.full(len(right), k))
        if base is None:
            base = np.concatenate(parts)
            np.save(cache, base)
        if kept is None:
            kept = {n: np.concatenate([m[n] for m in mine]) for n in mine[0]}
            np.savez(probe_cache, **kept)
        xs.append(base)
        extra.append(kept)
    cols = {n: np.concatenate([e[n] for e in extra]) for n in extra[0]}
    return np.concatenate(xs), cols, *(np.concatenate(a) for a in (ys, oks, groups, kinds))


def cv(x: np.ndarray, y: np.ndarray, ok: np.ndarray, group: np.ndarray, kind: np.ndarray, C: float) -> list[int]:  # noqa: N803
    """5-fold top-1 right per set (fit_lead.py's folds)."""
    from sklearn.model_selection import GroupKFold

    scale = x.std(axis=0) + 1e-9
    right = [0] * (int(kind.max()) + 1)
    for tr, te in GroupKFold(5).split(x, y, group):
        w = _listwise(x[tr] / scale, y[tr], ok[tr], group[tr], C) / scale
        for k in range(len(right)):
            sel = te[kind[te] == k]
            right[k] += int(_top1(w, x[sel], y[sel], ok[sel], group[sel])[1])
    return right


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--probes", default="", help="comma-separated probe names (default: each, then all)")
    p.add_argument("--C", default="0.03,0.1,0.3")
    p.add_argument("--fresh", action="store_true", help="recompute the probe columns (the 31 features stay cached)")
    args = p.parse_args()
    x, cols, y, ok, group, kind = load(args.work, args.fresh)
    names = args.probes.split(",") if args.probes else list(cols)
    runs: dict[str, Callable[[], np.ndarray]] = {"(31 features)": lambda: x}
    for n in names:
        runs[n] = lambda n=n: np.column_stack([x, cols[n]])
    runs["all probes"] = lambda: np.column_stack([x, *(cols[n] for n in names)])
    for n in names:
        print(f"{n}: mean {cols[n].mean():.3f}, right mean {cols[n][y > 0].mean():.3f}")
    for C in (float(c) for c in args.C.split(",")):  # noqa: N806
        for name, make in runs.items():
            print(f"C={C} {name}: {cv(make(), y, ok, group, kind, C)}", flush=True)


if __name__ == "__main__":
    main()
