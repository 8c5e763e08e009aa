"""One quote per claim: the sentence that best holds each clause of a question that needs several reports.

"Did X report that A, while Y noted that B, and Z said C?" rests on three sentences, one per claim, and they
need not be their articles' best sentences for the whole question (an article quoted for A may hold B too, a
few sentences on). So each clause, cleaned of the publications and days it names (those are in the article's
metadata, not its sentences), is matched against the multi-source pool (`qa.quote_pool.pool`): the share of its
idf-weighted key terms a sentence holds plus the sentence's cosine to the clause's own embedding.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from qa.quote_pool import Candidate, Terms
from qa.retrieve import Index, Ranked
from qa.tokens import tokenize

W_CLAUSE_COVER, W_CLAUSE_DENSE = 1.0, 1.0  # even half: cover alone 0.458, dense alone 0.452, both 0.482 fact recall
MIN_CLAUSE_SCORE = 0.6  # below it a clause's best sentence is not quoted (even half: no recall lost, fewer quotes)
# A clause's second best sentence is quoted too when it scores this share of the best: a paraphrased claim is often
# held as well by two sentences (even half: fact recall 0.482 -> 0.501 at 0.95, 0.510 at 0.9, 0.496 at 0.97, for
# 0.6 / 1.0 / 0.4 more quotes per answer; 0.517 at 0.85 for 1.3; in the product, every 2nd even query: 0.499 at 0.95,
# 0.511 at 0.9; the second from another article than the best: 0.494 at 0.9).
SECOND_SHARE = 0.85
# Down to a clause's CLAUSE_DEPTH-th best sentence at SECOND_SHARE of the best, now that `qa.quote_pool.capped`
# drops these first past MAX_QUOTES (even half, simulated over logged pools: fact recall +0.017 at 4 vs 2, +0.009
# at 3, for 0.3 / 0.1 more quotes per answer; measured in the product in benchmarks/RESULTS.md).
CLAUSE_DEPTH = 4


def clause_sentences(index: Index, ranked: Ranked, terms: Terms, candidates: Sequence[Candidate]) -> list[Candidate]:
    """For each clause of the question, the candidate that holds it best (cover plus cosine to the clause's
    embedding), when it scores MIN_CLAUSE_SCORE, and the next CLAUSE_DEPTH - 1 when they score SECOND_SHARE of it
    (kind "clause2": quoted only while an answer has room); each sentence once, in clause order."""
    clauses = ranked.question.claims  # publications and days left out: a sentence never says them
    if not clauses or not candidates:
        return []
    # In batches of SMALL_BATCH, one worker thread each (two threads on one batch wait on each other); `qa.dialog`
    # starts them before ranking.
    started = ranked.claim_vectors or index.embedder.submit_all([c.text for c in clauses])
    vectors = np.concatenate([f.result() for f in started])
    dense = np.asarray(index.sentence_vectors[[c.row for c in candidates]], dtype=np.float32) @ vectors.T
    tokens = [c.terms or set(tokenize(index.sentence(c.row).text)) for c in candidates]  # `pool` tokenized them
    out: dict[int, Candidate] = {}
    for j, clause in enumerate(clauses):
        total = math.fsum(terms.weights[t] for t in clause.said) or 1.0
        cover = np.array([math.fsum(terms.weights[t] for t in clause.said & held) / total for held in tokens])
        scores = W_CLAUSE_COVER * cover + W_CLAUSE_DENSE * dense[:, j]
        best, *more = (int(i) for i in np.argsort(-scores, kind="stable")[:CLAUSE_DEPTH])
        if scores[best] >= MIN_CLAUSE_SCORE:
            out[candidates[best].row] = replace(candidates[best], kind="clause")  # best for one clause: kept first
            for other in more:
                if scores[other] >= max(MIN_CLAUSE_SCORE, SECOND_SHARE * scores[best]):
                    out.setdefault(candidates[other].row, replace(candidates[other], kind="clause2"))
    return list(out.values())
