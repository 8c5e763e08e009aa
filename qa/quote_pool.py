"""The pool a multi-source answer quotes from: candidate sentences scored by the clause they cover, joined, capped.

A question that needs several reports ("as reported by both The Verge and TechCrunch ... and ...") is made of
clauses, each resting on one article's sentence. So the candidates are the sentences of the fused top
POOL_CHUNKS chunks (deeper than the lead's ten: another article's first chunk often ranks 11th-30th), scored as
the lead's candidates are (`qa.sentence_score` weights: dense, key terms, chunk rank) plus how much of one clause of the
question they cover, which points at the sentence holding that clause's fact rather than a neighbour that
repeats the question's main name.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from qa.retrieve import Index, Ranked
from qa.sentence_score import W_COVER, W_DENSE, W_RANK, cover, joining, key_weights, same_paragraph
from qa.shorten import LEAD_MAX
from qa.tokens import tokenize

JOIN_SHARE = 0.8  # a neighbour in the paragraph scoring this share of the sentence joins its quote (fact recall +0.01)
POOL_CHUNKS = 30  # fused chunks whose sentences may be quoted for a further article
W_CLAUSE = 0.2  # weight of the best-covered clause's share of its key terms (even half: fact sentence first 48% -> 51%)
# A reader's cap on an answer's quotes (MultiHop-RAG before it: 7.6 a answer on average, 20 at most, even half). Over
# it, the quotes least likely to hold a gold fact go first (`KEEP`, measured on the even half: a clause's second best
# sentence held a fact no other quote held 0.02 times per quote, a further article's best 0.05, a named source's 0.09).
MAX_QUOTES = 10
KEEP = {"name": 6, "named": 5, "further": 4, "clause": 3, "second": 2, "more": 1, "clause2": 0}  # kinds kept first
MERGE_MAX = 800  # quotes of one article a sentence apart in a paragraph join into one quote of at most these characters


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be quoted for its article: its row (in the fullest copy), article and score; `rows`, the
    consecutive sentences to quote when a neighbour joins it (empty: the sentence alone); `terms`, from `pool`."""

    row: int
    doc_id: str
    score: float
    rows: tuple[int, ...] = ()
    terms: frozenset[str] = frozenset()  # the question's key-term tokens it holds (`qa.claim_quotes` reads them)
    kind: str = "further"  # why it is quoted, a key of KEEP: a named source, the lead article's second, a clause's...

    @property
    def quoted_rows(self) -> tuple[int, ...]:
        """The sentence rows the quote spans."""
        return self.rows or (self.row,)


@dataclass(frozen=True, slots=True)
class Terms:
    """A question's key-term tokens with their idf weights, and its clauses as sets of those tokens."""

    weights: dict[str, float]
    clauses: tuple[frozenset[str], ...]
    totals: tuple[float, ...] = field(init=False, repr=False, compare=False)  # each clause's weight (1 for none)

    def __post_init__(self) -> None:  # summed once: `clause_cover` runs for every sentence of the pool
        object.__setattr__(self, "totals", tuple(math.fsum(self.weights[t] for t in c) or 1.0
                                                   for c in self.clauses))

    def cover(self, tokens: set[str]) -> float:
        """Share of the question's idf-weighted key terms in `tokens`."""
        return cover(self.weights, tokens)

    def clause_cover(self, tokens: set[str]) -> float:
        """The largest share of one clause's idf-weighted key terms found in `tokens` (0 with no clause)."""
        best = 0.0
        for clause, total in zip(self.clauses, self.totals, strict=True):
            best = max(best, math.fsum(self.weights[t] for t in clause & tokens) / total)  # exact: set order
        return best


def question_terms(index: Index, ranked: Ranked) -> Terms:
    """The key terms of the ranked question weighted by idf, and its clauses of two key terms or more."""
    question = ranked.question
    clauses = tuple(dict.fromkeys(c.key for c in question.clauses if len(c.key) >= 2))
    return Terms(key_weights(index, question), clauses)


def clause_score(terms: Terms, base: float, text: str) -> float:
    """A sentence's `base` score (dense, key terms, rank) plus W_CLAUSE times its best clause cover."""
    return base + W_CLAUSE * terms.clause_cover(set(tokenize(text)))


def pool(index: Index, ranked: Ranked, terms: Terms, depth: int = POOL_CHUNKS) -> list[Candidate]:
    """The sentences of the fused top `depth` chunks, best first, one per near-duplicate group, each in its fullest
    copy; a sentence that is a question, or holds no letter, is left out."""
    rows: dict[int, float] = {}
    best = ranked.fused[0][1] if ranked.fused else 1.0
    for chunk, fused in ranked.fused[:depth]:
        first, last = (int(x) for x in index.chunk_sentences[chunk])
        for row in range(first, last):
            rows.setdefault(row, fused / best)
    if not rows:
        return []
    order = list(rows)
    dense = np.asarray(index.sentence_vectors[order], dtype=np.float32) @ ranked.query_vector
    out: dict[int, Candidate] = {}
    for row, cos in zip(order, dense.tolist(), strict=True):
        text = index.sentence(row).text
        if not any(ch.isalpha() for ch in text) or text.rstrip(" \"'’”)").endswith("?"):
            continue
        tokens = set(tokenize(text))
        base = W_DENSE * cos + W_COVER * terms.cover(tokens) + W_RANK * rows[row]
        score = base + W_CLAUSE * terms.clause_cover(tokens)
        group = int(index.sentence_dup[row])
        if group not in out or score > out[group].score:
            full = index.fullest_sentence(row)
            held = frozenset(tokens & terms.weights.keys())
            out[group] = Candidate(full, index.sentence(full).doc_id, score, terms=held)
    return sorted(out.values(), key=lambda c: (-c.score, c.row))


def copies(index: Index, row: int) -> set[str]:
    """The articles holding sentence `row` or a near-duplicate of it."""
    return {index.articles[index.sentence_doc[r]].doc_id for r in (row, *index.sentence_copies(row))}


def inside(index: Index, row: int, spans: Sequence[tuple[str, int, int]]) -> bool:
    """Whether sentence `row` lies within one of the quoted `spans` (doc_id, start, end)."""
    start, end = (int(x) for x in index.sentence_span[row])
    doc = index.articles[index.sentence_doc[row]].doc_id
    return any(doc == d and a <= start and end <= b for d, a, b in spans)


def with_neighbour(index: Index, c: Candidate, by_row: Mapping[int, Candidate]) -> Candidate:
    """`c` joined by the neighbour in its paragraph that scores JOIN_SHARE of it, when both fit in LEAD_MAX
    characters: a clause's fact often runs over two sentences ("He said ... . It was ...")."""
    near = {row: by_row[row].score for row in (c.row - 1, c.row + 1) if row in by_row}
    other = joining(index, c.row, c.score, near, JOIN_SHARE, LEAD_MAX)
    return c if other is None else replace(c, rows=tuple(sorted((c.row, other))))


def merged(index: Index, candidates: Sequence[Candidate]) -> list[Candidate]:
    """`candidates` with those of one paragraph that touch or are one sentence apart joined into one quote (the
    sentence between them too) of at most MERGE_MAX characters, keeping the first's place, the best score and kind."""
    out: list[Candidate] = []
    for c in candidates:
        for i, o in enumerate(out):
            lo, hi = min(o.quoted_rows[0], c.quoted_rows[0]), max(o.quoted_rows[-1], c.quoted_rows[-1])
            span = range(lo, hi + 1)
            if (len(span) <= len(set(o.quoted_rows) | set(c.quoted_rows)) + 1
                    and all(same_paragraph(index, r, r + 1) for r in span[:-1])
                    and int(index.sentence_span[hi][1]) - int(index.sentence_span[lo][0]) <= MERGE_MAX):
                best = max(o, c, key=lambda x: (KEEP[x.kind], x.score))
                out[i] = replace(best, row=o.row, rows=tuple(span), score=max(o.score, c.score))
                break
        else:
            out.append(c)
    return out


def capped(candidates: Sequence[Candidate], room: int) -> list[Candidate]:
    """At most `room` of `candidates`, in their order: those of the kinds KEEP ranks first, then the best scoring."""
    if len(candidates) <= room:
        return list(candidates)
    order = sorted(range(len(candidates)), key=lambda i: (-KEEP[candidates[i].kind], -candidates[i].score, i))
    kept = set(order[:max(room, 0)])
    return [c for i, c in enumerate(candidates) if i in kept]
