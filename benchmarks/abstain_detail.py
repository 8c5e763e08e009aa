"""What `benchmarks/calibrate.py` records of each question beyond `qa.abstain.Evidence`, for trying abstention
decisions of other forms offline (`benchmarks/abstain_pool.py`): the question's kind, its key terms' idf, and for the
best TOP scored sentences their score parts and which key terms each holds (the asked act's words too).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

TOP = 10
STATED = 5  # the best sentences read for the asked act (`qa.fit.asked_acts`, with the model's senses)


def _stated(index: Any, frame: Any, texts: list[str]) -> list[list[Any]]:
    """Per sentence: [acts stated by words or lemma, by the model too, of those with a named doer]."""
    from qa.evidence import facts_of
    from qa.fit import asked_acts
    from qa.senses import Senses

    senses = Senses.of(index.embedder)
    out = []
    for facts in facts_of(texts):
        plain, model = asked_acts(facts, frame, None), asked_acts(facts, frame, senses)
        out.append([len(plain), len(model), sum(not a.base_form for a in model)])
    return out


def detail(index: Any, ranked: Any, scored: Sequence[Any]) -> dict[str, Any]:
    """The raw quantities of one question's ranking and best sentences (JSON-ready)."""
    from qa.sentence_score import key_weights
    from qa.tokens import tokenize

    question = ranked.question
    weights = key_weights(index, question)
    highest = math.log(1 + (max(index.bm25.n_docs, 1) + 0.5) / 0.5)
    frame = question.reading.frame
    acts = sorted(set(frame.acts) if frame else set())
    lead_doc = int(index.sentence_doc[scored[0].row]) if scored else -1
    stated = _stated(index, frame, [s.text for s in scored[:STATED]]) if frame else []
    rows = []
    for i, s in enumerate(scored[:TOP]):
        held = set(tokenize(s.text))
        rows.append({"score": s.score, "dense": s.dense, "cover": s.cover, "fit": s.fit, "base": s.base,
                     "prior": s.prior, "same_doc": int(index.sentence_doc[s.row]) == lead_doc,
                     "terms": sorted(t for t in weights if t in held), "acts": sorted(t for t in acts if t in held),
                     "chars": len(s.text), "stated": stated[i] if i < len(stated) else None,
                     "at": s.at, "text": s.text if i < STATED else ""})
    return {"wh": question.text.split()[0].lower() if question.text.split() else "",
            "expected": question.expected or "", "measure": question.measure,
            "weights": {t: w / highest for t, w in sorted(weights.items())}, "acts": acts,
            "asks": frame.asks if frame else "", "named": len(question.reading.entities), "rows": rows}
