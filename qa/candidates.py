"""Candidate sentences scored for a question: dense similarity (sentence vectors embedded at index time), the
share of the question's idf-weighted key terms they contain, the rank of their chunk, and whether they hold
what the question asks for (a figure of the thing counted, a person, a date...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from qa.conflicts import figures
from qa.countries import names_country, people_of
from qa.question import Question
from qa.records import Sentence
from qa.rescore import best, rescore
from qa.retrieve import Index, Ranked
from qa.sentence_score import (
    TYPE_PATTERNS,
    W_COVER,
    W_DENSE,
    W_RANK,
    W_TYPE,
    Scored,
    attribute_given,
    cover,
    key_weights,
    same_paragraph,
)
from qa.tokens import tokenize

CANDIDATE_CHUNKS = 10  # top fused chunks whose sentences compete
SEARCH_WORDS = 3  # a bare search of up to 3 words ("Bakhmut casualties") may be answered by a heading
# a heading: a line of at most 12 words, 60% of them capitalised or in sentence case with no comma (`heading`)
HEADING_WORDS, TITLE_SHARE = 12, 0.6
_ENDS = frozenset(".!?;\"'’”…)")
_WORDS = re.compile(r"[^\W\d_]+")
# A sentence is also read with the one before it in its article: their similarity to the question (vectors summed)
# and this share of the key terms the two hold together. "Their average rate dropped from 1.8 bumps per minute to 0.78
# per minute." says whose rate only after "The jellyfish also stopped bumping into the wall ...": such a sentence now
# reaches the candidates the ranker reads (RESULTS.md, ctx48).
BEFORE_COVER = 0.5


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


def heading(index: Index, sentence: Sentence) -> bool:
    """Whether the sentence is a heading: a line of its own of at most HEADING_WORDS words, most capitalised or none
    with a comma, with no end punctuation, figure or label ("High Casualties and Internal Rifts", "Ole Miss vs. Georgia
    score", "Jets vs. Raiders final score", "Jack-o'-Head armor skill explained"; not "Director: Norman Jewison",
    "FINAL: Colorado 27, Arizona State 24", "two goals, one assist and a red card")."""
    text = sentence.text.strip()
    if not text or text[-1] in _ENDS or any(ch.isdigit() or ch in ":|" for ch in text):
        return False
    words = _WORDS.findall(text)
    counted = [w for w in words if w[0].isupper() or len(w) > 3]  # title case leaves "vs", "and", "of" lower case
    titled = sum(w[0].isupper() for w in counted) >= TITLE_SHARE * len(counted) or "," not in text
    if not words or len(words) > HEADING_WORDS or not titled:
        return False
    article = index.article(sentence.doc_id).text
    return article[:sentence.start].rstrip(" \t")[-1:] in ("", "\n") and article[sentence.end:].lstrip(" \t")[:1] in (
        "", "\n")


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
    ordered, weights = _by_words(index, ranked)
    return rescore(index, ranked.question, ordered, weights) if ranked.question.expected is not None else ordered


def best_sentence(index: Index, ranked: Ranked) -> Scored | None:
    """`score_sentences(index, ranked)[0]` (None when there is none), parsing only the candidates it must
    (`qa.rescore.best`)."""
    ordered, weights = _by_words(index, ranked)
    if ranked.question.expected is None or not ordered:
        return next(iter(ordered), None)
    return best(index, ranked.question, ordered, weights)


def _before_rows(index: Index, rows: Sequence[int]) -> np.ndarray:
    """The row of the sentence before each in its article, or -1 for an article's first."""
    at = np.asarray(rows)
    before = at - 1
    return np.where((before >= 0) & (index.sentence_doc[np.maximum(before, 0)] == index.sentence_doc[at]), before, -1)


def read_with_before(index: Index, rows: Sequence[int], before: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Each sentence's similarity to the question read with the sentence before it (their vectors summed; `before`:
    its row, or -1 to read it alone)."""
    both = (np.asarray(index.sentence_vectors[np.asarray(rows)], dtype=np.float32)
            + np.asarray(index.sentence_vectors[np.maximum(before, 0)], dtype=np.float32) * (before >= 0)[:, None])
    return both @ query / np.maximum(np.linalg.norm(both, axis=1), 1e-6)


def _by_words(index: Index, ranked: Ranked) -> tuple[list[Scored], dict[str, float]]:
    """The candidates scored before any parse, best first, and the question's key-term weights."""
    question = ranked.question
    rows, priors = _candidate_rows(index, ranked)
    if not rows:
        return [], {}
    weights = key_weights(index, question)
    asked = question.expected is not None or "?" in question.text or len(question.text.split()) > SEARCH_WORDS
    dense = np.asarray(index.sentence_vectors[rows], dtype=np.float32) @ ranked.query_vector
    before = _before_rows(index, rows)
    read_on = read_with_before(index, rows, before, ranked.query_vector)
    thing_tokens = frozenset(tokenize(question.counted))
    people = people_of(question.counted)  # "How many Americans die ...?": "In the U.S. alone, ... 35,000 deaths"
    best_in_group: dict[int, Scored] = {}
    for i, row in enumerate(rows):
        sentence = index.sentence(row)
        if not any(ch.isalpha() for ch in sentence.text):  # a stray quote mark or number is no answer
            continue
        if sentence.text.rstrip(" \"'’”)").endswith("?"):  # an article's own question answers nothing
            continue
        if asked and heading(index, sentence):  # "Colorado vs. UCLA score": a heading states nothing
            continue
        tokens = set(tokenize(sentence.text))
        share = cover(weights, tokens)
        names_counted, counted_before = thing_tokens <= tokens or names_country(people, sentence.text), False
        if not names_counted and same_paragraph(index, row - 1, row):
            counted_before = names_counted = thing_tokens <= set(tokenize(index.sentence(row - 1).text))
        type_fit = _type_fit(sentence.text, question)
        if not names_counted:  # a figure, but of something else
            type_fit = min(type_fit, 0.0)
        prior_text = index.sentence(int(before[i])).text if before[i] >= 0 else ""  # before it in its article
        read_share = max(share, BEFORE_COVER * cover(weights, tokens | set(tokenize(prior_text))))
        base = W_DENSE * max(float(dense[i]), float(read_on[i])) + W_COVER * read_share + W_RANK * priors[i]
        scored = Scored(row, sentence.doc_id, sentence.text, base + W_TYPE * type_fit, float(dense[i]), share,
                        names_counted, counted_before, base, mentions_counted=names_counted, prior=priors[i])
        group = int(index.sentence_dup[row])
        if group not in best_in_group or scored.score > best_in_group[group].score:
            best_in_group[group] = scored
    given = attribute_given(question.reading.attribute)  # the score asked: "42-18" first
    ordered = sorted(best_in_group.values(), key=lambda s: (given is not None and not given.search(s.text),
                                                            -s.score, s.row))
    return ordered, weights
