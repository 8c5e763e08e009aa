"""A scored candidate sentence (`Scored`) and what its score is made of: the weights of its parts, the word
patterns of each kind of answer, and the share of the question's idf-weighted key terms a sentence holds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from qa.question import AnswerType, Question
from qa.retrieve import Index
from qa.tokens import tokenize

# Weights of the sentence score. Chosen on tests/questions.py (shipped articles) and checked on SQuAD questions
# asked of their own paragraphs vs. of the shipped news (benchmarks/squad.py).
W_DENSE, W_COVER, W_RANK, W_TYPE = 0.5, 0.4, 0.1, 0.08

_MONTHS = "january february march april may june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
TYPE_PATTERNS: dict[AnswerType, re.Pattern[str]] = {
    "number": re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
                         r"thousands?|millions?|billions?|half|third|quarter)\b", re.I),
    "duration": re.compile(r"\b\d[\d,.]*\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|"
                           r"\b(minutes?|hours?|days?|weeks?|months?|years?)\b", re.I),
    "person": re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|\b(President|Mr|Mrs|Ms|General|"
                         r"Minister|spokesperson|adviser|official)\b"),
    "date": re.compile(rf"\b({_MONTHS.replace(' ', '|')}|{_DAYS.replace(' ', '|')}|yesterday|today|"
                       r"tomorrow|ago|weekend|(19|20)\d\d)\b", re.I),
    "place": re.compile(r"\b(in|at|from|near|between|through|to)\s+(the\s+)?[A-Z][a-z]+|"
                        r"\b(Strait|Sea|Ocean|Island|Islands|City|Region|Province)\b"),
}

# An attribute a figure states without its word ("What was the score of ...?": "blowing out No. 22 Utah, 42-18").
ATTRIBUTE_PATTERNS: dict[str, re.Pattern[str]] = {"score": re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3}\b")}
LABEL_WORDS = 4  # words of a fact box's label ("Welcome bonus:", "Annual fee:", "Release date:")


def attribute_given(attribute: str) -> re.Pattern[str] | None:
    """The pattern of a figure that states the `attribute` asked ("score": "42-18"), or None for most attributes."""
    return ATTRIBUTE_PATTERNS.get(attribute.lower())


def labels(attribute: str, text: str) -> bool:
    """Whether `text` opens with a label of up to LABEL_WORDS words naming the `attribute` asked, then its value:
    "Welcome bonus: 75,000 Bonus Miles ..." for the bonus of a card (a fact box's line, "Annual fee: $0")."""
    label, colon, value = text.partition(":")
    words = tokenize(label)
    return (bool(colon and value.strip() and words) and len(label.split()) <= LABEL_WORDS
            and words[-1] in tokenize(attribute))


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate sentence and the parts of its score."""

    row: int
    doc_id: str
    text: str
    score: float
    dense: float
    cover: float
    names_counted: bool = True  # False: a "how many X" question, and the sentence gives no count of X (qa.fit)
    counted_before: bool = False  # X is named only by the sentence before (same paragraph), which joins the quote
    base: float = 0.0  # the score without its answer-kind term
    fit: float = 0.0  # how well its parsed facts fit the kind of answer asked (qa.fit); 0 when not parsed
    at: int = -1  # where in the sentence the figure or name that answers starts; -1 when unknown
    mentions_counted: bool = True  # False: a "how many X" question, and neither it nor the sentence before names X
    prior: float = 0.0  # its chunk's fused score over the best chunk's (qa.lead reads it)


def same_paragraph(index: Index, a: int, b: int) -> bool:
    """True when sentence rows `a` and `b = a + 1` are neighbours in one paragraph of one article."""
    if a < 0 or b != a + 1 or b >= len(index.sentence_doc) or index.sentence_doc[a] != index.sentence_doc[b]:
        return False
    article = index.articles[index.sentence_doc[a]]
    return "\n" not in article.text[index.sentence_span[a][1]:index.sentence_span[b][0]]


def joining(index: Index, row: int, score: float, near: Mapping[int, float], share: float, limit: int) -> int | None:
    """The neighbour of sentence `row` that joins its quote: among `near` (row -> score), one in its paragraph
    scoring at least `share` of `score` that fits with it in under `limit` characters, the better of two."""
    best: int | None = None
    for other, other_score in near.items():
        if (other_score >= share * score and same_paragraph(index, *sorted((other, row)))
                and len(index.sentence(other).text) + len(index.sentence(row).text) < limit
                and (best is None or other_score > near[best])):
            best = other
    return best


def key_weights(index: Index, question: Question) -> dict[str, float]:
    """The question's key terms (BM25 tokens) and their idf: a sentence's cover is the share of these it holds."""
    return {t: index.bm25.idf(t) for t in dict.fromkeys(tokenize(" ".join(question.key_terms)))}


def cover(weights: dict[str, float], tokens: set[str]) -> float:
    """The share of the key terms' weight that `tokens` hold, summed exactly (`math.fsum`): the terms come from a set,
    whose order changes with the process's string hashing, and a plain sum in that order made 0.5 or 0.49999999999999994
    of one cover, on either side of a bar (`qa.bars.MIN_COVER_IF_WEAK`)."""
    return math.fsum(w for t, w in weights.items() if t in tokens) / (math.fsum(weights.values()) or 1.0)
