"""Whether the best candidate sentences can answer at all: the abstentions no score moves (names no article
mentions, a counted thing no candidate names or counts), and the bars the best sentence's score must pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from qa.question import Question
from qa.records import Abstention
from qa.sentence_score import W_TYPE, Scored, attribute_given
from qa.tokens import tokenize

# The abstention bars (the score's weights: `qa.sentence_score`). Chosen on tests/questions.py (shipped articles)
# and checked on SQuAD questions asked of their own paragraphs vs. of the shipped news (benchmarks/squad.py).
MIN_SCORE = 0.42  # below this best-sentence score, no sentence answers the question
MIN_COVER_IF_WEAK = 0.5  # a sentence with dense similarity under WEAK_DENSE must cover this share of key terms
WEAK_DENSE = 0.45
ATTRIBUTE_IN = 2  # "What is the range of X?": one of the best 2 sentences must say "range" (not "long-range" far down)


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
    given = attribute_given(q.reading.attribute)  # a game's score is "42-18"
    if attribute and not any(attribute <= set(tokenize(s.text)) or given is not None and given.search(s.text)
                             for s in scored[:ATTRIBUTE_IN]):
        return Abstention("uncounted", (q.reading.attribute,))  # "the range of a tank": no candidate says range
    return None


def bar_score(s: Scored) -> float:
    """The score the abstention bars read: the answer-kind bonus capped at W_TYPE. The parsed fit's larger bonus
    (W_FIT) orders candidates; it says nothing of whether the articles are about what the question asks."""
    return min(s.score, s.base + W_TYPE)


def answers(best: Scored, *, min_score: float = MIN_SCORE, weak_dense: float = WEAK_DENSE,
            min_cover: float = MIN_COVER_IF_WEAK) -> bool:
    """Whether the best sentence supports an answer: a good bar score, and lexical support when meaning is weak."""
    # benchmarks/calibrate.py sweeps the bars, on the capped and the uncapped score: capped chosen on the tuning
    # halves, MultiHop-RAG null queries abstained 0.88 -> 0.90 with no answerable question of any set lost.
    if bar_score(best) < min_score:
        return False
    return best.dense >= weak_dense or best.cover >= min_cover
