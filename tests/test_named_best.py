"""A named publication's best sentence is found parsing only what it takes (`qa.candidates.best_sentence`), and the
capitalised runs `qa.named` reads are found without searching the whole text before each one: both give what the
full work gives (benchmarks/RESULTS.md, "speed"). Real model, shipped articles."""

from __future__ import annotations

import random

import numpy as np
from questions import ANSWERABLE, UNANSWERABLE

from qa import rescore
from qa.candidates import best_sentence, score_sentences
from qa.named import _SENTENCE_START, _opens
from qa.retrieve import Ranked

ASKED = [q for q, _ in ANSWERABLE] + list(UNANSWERABLE) + [
    "Who is the head of the Wagner Group?", "Who is the CEO of the Wagner Group?", "Who is the individual leading "
    "the assault on Bakhmut?", "Where are Russian ground forces?", "Which country sent Leopard 2 tanks?"]


def _rankings(index, question: str) -> list[Ranked]:
    """The question's ranking, and the same restricted to each article's chunks (as a named publication's is)."""
    ranked = index.rank(index.question(question))
    out = [ranked]
    for doc in range(len(index.articles)):
        fused = [(row, score) for row, score in ranked.fused if int(index.chunk_doc[row]) == doc]
        out.append(Ranked(ranked.question, ranked.bm25, ranked.dense, fused, ranked.query_vector, ranked.allowed))
    return out


def test_the_best_sentence_is_the_first_of_the_full_scoring_with_fewer_parsed(loaded, monkeypatch):
    read: dict[str, int] = {"lazy": 0, "full": 0, "counts and dates": 0}  # sentences parsed
    facts_of, way = rescore.facts_of, ["full"]

    def counted(texts, **kw):
        read[way[0]] += len(texts)
        return facts_of(texts, **kw)

    monkeypatch.setattr(rescore, "facts_of", counted)
    kinds = set()
    for question in ASKED:
        for ranked in _rankings(loaded, question):
            named = not ranked.question.reading.counted and ranked.question.expected != "date"  # read lazily
            way[0] = "full" if named else "counts and dates"
            full = score_sentences(loaded, ranked)
            way[0] = "lazy" if named else "counts and dates"
            assert best_sentence(loaded, ranked) == (full[0] if full else None), question
            kinds.add((ranked.question.expected, bool(ranked.question.reading.role)))
    assert {("person", True), ("person", False), ("place", False), (None, False)} <= kinds
    assert read["lazy"] < read["full"] / 2, read  # names and places: under half the sentences parsed


def test_a_run_opens_a_sentence_as_the_search_of_the_whole_text_before_it_says():
    rng = random.Random(0)
    parts = ["Putin", "the", ". ", "! ", "?\n", "\n", " ", "\u00a0", "“", '"', "‘", "(", "’s", "\t", "x.", "\u2003"]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    texts += ["\n", ".\n", "Said.      \n\n   ", "(  ", "“\n"]
    for text in texts:
        for at in range(len(text) + 1):
            assert _opens(text, at) == bool(_SENTENCE_START.search(text[:at])), (text, at)
    assert np.mean([_opens(t, len(t)) for t in texts]) > 0.1  # both ways met
