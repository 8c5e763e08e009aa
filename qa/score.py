"""Candidate sentences scored for a question: dense similarity (sentence vectors embedded at index time), the
share of the question's idf-weighted key terms they contain, the rank of their chunk, and whether they hold
what the question asks for (a figure of the thing counted, a person, a date...).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qa.conflicts import figures
from qa.question import Question
from qa.records import Abstention
from qa.refit import refit
from qa.retrieve import Index, Ranked
from qa.scored import TYPE_PATTERNS, W_COVER, W_DENSE, W_RANK, W_TYPE, Scored, cover, key_weights, same_paragraph
from qa.tokens import tokenize

CANDIDATE_CHUNKS = 10  # top fused chunks whose sentences compete
# The abstention bars (the score's weights: qa.scored). Chosen on tests/questions.py (shipped articles) and checked
# on SQuAD questions asked of their own paragraphs vs. of the shipped news (benchmarks/squad.py).
MIN_SCORE = 0.42  # below this best-sentence score, no sentence answers the question
MIN_COVER_IF_WEAK = 0.5  # a sentence with dense similarity under WEAK_DENSE must cover this share of key terms
WEAK_DENSE = 0.45
ATTRIBUTE_IN = 2  # "What is the range of X?": one of the best 2 sentences must say "range" (not "long-range" far down)


def _type_fit(text: str, question: Question) -> float:
    """+1 when the sentence holds what the question asks for, -1 when it cannot; "how many tanks" wants tanks."""
    if question.expected is None:
        return 0.0
    if not TYPE_PATTERNS[question.expected].search(text):
        return -1.0
    counted = question.families if question.expected == "number" else frozenset()
    if counted and not any(f.family in counted for f in figures(text)):
        return 0.0
    return 1.0


def _candidate_rows(index: Index, ranked: Ranked) -> tuple[list[int], list[float]]:
    rows: list[int] = []
    priors: list[float] = []
    top, groups = [], set()  # CANDIDATE_CHUNKS near-duplicate groups: two copies of a chunk take one place
    for row, fused in ranked.fused:
        if int(index.chunk_dup[row]) not in groups:
            if len(groups) == CANDIDATE_CHUNKS:
                break
            groups.add(int(index.chunk_dup[row]))
        top.append((row, fused))
    best = top[0][1] if top else 1.0
    seen: set[int] = set()
    for chunk_row, fused in top:
        first, last = (int(x) for x in index.chunk_sentences[chunk_row])
        for s in range(first, last):
            if s not in seen:
                seen.add(s)
                rows.append(s)
                priors.append(fused / best)
    return rows, priors


def score_sentences(index: Index, ranked: Ranked) -> list[Scored]:
    """Every candidate sentence scored for the ranked question, best first, one per near-duplicate group.

    A sentence that never names what a "how many" question counts (nor does the sentence before it) loses
    its answer-type bonus: it gives a figure, but of something else.
    """
    question = ranked.question
    rows, priors = _candidate_rows(index, ranked)
    if not rows:
        return []
    weights = key_weights(index, question)
    dense = np.asarray(index.sentence_vectors[rows], dtype=np.float32) @ ranked.query_vector
    thing_tokens = frozenset(tokenize(question.counted))
    best_in_group: dict[int, Scored] = {}
    for i, row in enumerate(rows):
        sentence = index.sentence(row)
        if not any(ch.isalpha() for ch in sentence.text):  # a stray quote mark or number is no answer
            continue
        if sentence.text.rstrip(" \"'’”)").endswith("?"):  # an article's own question answers nothing
            continue
        tokens = set(tokenize(sentence.text))
        share = cover(weights, tokens)
        names_counted, counted_before = thing_tokens <= tokens, False
        if not names_counted and same_paragraph(index, row - 1, row):
            counted_before = names_counted = thing_tokens <= set(tokenize(index.sentence(row - 1).text))
        type_fit = _type_fit(sentence.text, question)
        if not names_counted:  # a figure, but of something else
            type_fit = min(type_fit, 0.0)
        base = W_DENSE * float(dense[i]) + W_COVER * share + W_RANK * priors[i]
        scored = Scored(row, sentence.doc_id, sentence.text, base + W_TYPE * type_fit, float(dense[i]), share,
                        names_counted, counted_before, base, mentions_counted=names_counted, prior=priors[i])
        group = int(index.sentence_dup[row])
        if group not in best_in_group or scored.score > best_in_group[group].score:
            best_in_group[group] = scored
    ordered = sorted(best_in_group.values(), key=lambda s: (-s.score, s.row))
    return refit(index, question, ordered, weights) if question.expected is not None else ordered


def structural_abstention(scored: Sequence[Scored], q: Question) -> Abstention | None:
    """Why the articles cannot answer whatever the scores: names no article mentions, a "how many X" that no
    candidate names or counts (for the party asked), a "what is the X of Y" whose X no candidate names; else None."""
    if q.unknown_names:
        return Abstention("unknown_names", q.unknown_names)
    counted = q.counted or q.reading.counted
    if counted and not any(s.mentions_counted for s in scored):
        return Abstention("uncounted", (counted,))
    if counted and not any(s.names_counted for s in scored):
        thing = " ".join((*q.reading.counted_mods, q.reading.counted)) or counted
        return Abstention("no_count", (thing, *q.reading.party))
    attribute = set(tokenize(q.reading.attribute))
    if attribute and not any(attribute <= set(tokenize(s.text)) for s in scored[:ATTRIBUTE_IN]):
        return Abstention("uncounted", (q.reading.attribute,))  # "the range of a tank": no candidate says range
    return None


def bar_score(s: Scored) -> float:
    """The score the abstention bars read: the answer-kind bonus capped at W_TYPE. The parsed fit's larger bonus
    (W_FIT) orders candidates; it says nothing of whether the articles are about what the question asks."""
    return min(s.score, s.base + W_TYPE)


def answers(best: Scored, *, min_score: float = MIN_SCORE, weak_dense: float = WEAK_DENSE,
            min_cover: float = MIN_COVER_IF_WEAK) -> bool:
    """Whether the best sentence supports an answer: a good bar score, and lexical support when meaning is weak.
    (benchmarks/calibrate.py sweeps the bars, on the capped and the uncapped score: capped chosen on the tuning
    halves, MultiHop-RAG null queries abstained 0.88 -> 0.90 with no answerable question of any set lost.)"""
    if bar_score(best) < min_score:
        return False
    return best.dense >= weak_dense or best.cover >= min_cover
