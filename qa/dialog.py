"""A question in its conversation: rewritten as a follow-up only when it leans on the previous question AND the
rewrite retrieves better than the question as asked.

`qa.followup` says whether a question cannot stand on its own (a loose pronoun, an ellipsis) and how to rewrite
it; that reading of syntax can be wrong, so both versions are ranked (one extra `Index.rank`, only then) and the
rewrite is kept unless the question as asked finds clearly closer sentences: a question that retrieves its own
topic well was not leaning on the conversation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import replace
from typing import Any

import numpy as np

from qa.about_articles import about_articles
from qa.question import Question, with_reading
from qa.retrieve import Index, Ranked

TOP_CHUNKS = 5  # strength of a ranking: the best sentence cosine to the question among its top chunks
# The rewrite is dropped when the question as asked is stronger by more than this: the syntax said it leans on
# the conversation, so a near tie goes to the rewrite. Chosen on the tuning half of tests/questions.py's
# follow-ups over the realistic corpus: its real follow-ups' own rankings beat their rewrites by up to 0.108
# ("Which countries are its soldiers from?" finds other soldiers from other countries), so 0.12.
MARGIN = 0.12


def strength(index: Index, ranked: Ranked) -> float:
    """How well a ranking answers its own question: the best sentence's cosine among the top chunks."""
    rows = [row for row, _ in ranked.fused[:TOP_CHUNKS]]
    return max(index.best_sentence(rows, ranked.query_vector), default=-1.0)


def rank_in_context(index: Index, asked: str, history: Sequence[Mapping[str, Any]] | None = None,
                    allowed: np.ndarray | None = None) -> Ranked:
    """`asked` ranked on its own, or as rewritten against `history` when it leans on it and that ranks better;
    among the `allowed` chunks (a filter's mask) when given. The question kept is read (parsed) once: a question
    standing on its own while the model embeds it (`Index.rank`), a rewritten one after ranking both."""
    resolved = index.question(asked, history, read=False)
    if resolved.resolved == asked:  # read by spaCy while the model embeds it (and its claims)
        claims = _embed_claims(index, resolved)
        return replace(index.rank(resolved, allowed=allowed, read=lambda q: _reading(asked, q)), claim_vectors=claims)
    rewritten = index.rank(resolved, allowed=allowed)
    own = index.rank(index.question(asked, read=False), allowed=allowed)
    return _read(own if strength(index, own) > strength(index, rewritten) + MARGIN else rewritten)


def _embed_claims(index: Index, question: Question) -> tuple[Future[np.ndarray], ...]:
    """The claims of a question needing several reports (`qa.claim_quotes` matches each), started on the embedding
    workers (`Embedder.submit_all`) before ranking, so the model runs while BM25, spaCy and scoring do. (Started once
    the question was embedded instead, they were ready ~16 ms later than `qa.claim_quotes` needs them.)"""
    if not question.hints.several:
        return ()
    return index.embedder.submit_all([c.text for c in question.claims])


def _read(ranked: Ranked) -> Ranked:
    """`ranked` with its question's spaCy reading, which the answer step scores with (ranking does not)."""
    return replace(ranked, question=with_reading(ranked.question))


def _reading(asked: str, question: Question) -> Question:
    """`question` with spaCy's reading (`with_reading`); the question as typed parsed too, for `about_articles` (parses
    are cached): both made while the model embeds the question (`Index.rank`), on a core it leaves free."""
    about_articles(asked)
    return with_reading(question)
