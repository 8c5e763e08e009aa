"""Where a question is parsed and embedded (issue 15: a spaCy parse was ~23 ms of every retrieve at 1M chunks):
retrieval never parses it, an answer parses the question it answers exactly once, and leaving the parse out changes
no ranking; a multi-source answer embeds its claims in the question's own model call."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

import qa.followup
import qa.question
import qa.understand
from qa.answer import answer_with
from qa.clauses import clause_sentences
from qa.dialog import rank_in_context
from qa.embed import Embedder
from qa.several import pool, question_terms

QUESTIONS = ("Which islands does the Tsugaru Strait separate?", "How many tanks has Russia lost?",
             "Who leads the Wagner Group?", "How many Leopard 2 tanks has Poland sent to Ukraine?")
PREVIOUS = "How many Leopard 2 tanks has Poland sent to Ukraine?"
FOLLOW_UP = "How far can they travel?"


def _refuse(*_args, **_kwargs):
    raise AssertionError("the question was parsed")


@pytest.fixture
def counted_reads(monkeypatch) -> list[str]:
    """Every question text `qa.understand.read_question` reads while the test runs."""
    seen: list[str] = []
    real = qa.question.read_question

    def counting(text: str):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(qa.question, "read_question", counting)
    return seen


def test_retrieve_never_parses_the_question(loaded, monkeypatch):
    monkeypatch.setattr(qa.understand, "parse", _refuse)
    monkeypatch.setattr(qa.followup, "parse", _refuse)
    for question in QUESTIONS:
        assert loaded.retrieve(question + " (never parsed)", 3)  # a text spaCy's cache has not seen


def test_an_answer_parses_its_question_once(loaded, counted_reads):
    answer_with(loaded, QUESTIONS[1])
    assert counted_reads == [QUESTIONS[1]]


def test_a_follow_up_ranked_both_ways_is_parsed_once(loaded, counted_reads):
    history = [{"role": "user", "content": PREVIOUS}]
    assert loaded.question(FOLLOW_UP, history, read=False).resolved != FOLLOW_UP  # so both versions are ranked
    counted_reads.clear()
    ranked = rank_in_context(loaded, FOLLOW_UP, history)
    assert counted_reads == [ranked.question.text]
    assert ranked.question.reading == loaded.question(ranked.question.resolved).reading


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_parse_changes_no_ranking(loaded, question):
    read, unread = loaded.question(question), loaded.question(question, read=False)
    assert replace(unread, reading=read.reading) == read  # the reading is all the parse adds
    assert loaded.passages(loaded.rank(read), 5) == loaded.retrieve(question, 5)


def test_the_answer_reads_what_scoring_needs(loaded):
    ranked = rank_in_context(loaded, "How many tanks has Russia lost?")
    assert ranked.question.reading.counted == "tanks"
    assert ranked.question.reading.party


BOTH = ("Did both articles report that Russia is recruiting prisoners and that the Wagner Group leads the assault "
        "on Bakhmut?")


@pytest.fixture
def model_calls(monkeypatch) -> list[list[str]]:
    """The texts of every call to the embedding model while the test runs."""
    calls: list[list[str]] = []
    real = Embedder.encode

    def counting(self, texts, **kwargs):
        calls.append(list(texts))
        return real(self, texts, **kwargs)

    monkeypatch.setattr(Embedder, "encode", counting)
    return calls


def test_a_multi_source_answer_embeds_its_claims_with_the_question_in_one_call(loaded, model_calls):
    question = loaded.question(BOTH, read=False)
    assert question.hints.several and len(question.claims) == 2
    answer = answer_with(loaded, BOTH + " ")  # a text the model's cache has not seen
    assert not answer.abstained and len(answer.quotes) >= 2
    assert model_calls == [[question.text, *(c.text for c in question.claims)]]


def test_the_claims_embedded_with_the_question_pick_the_same_sentences(loaded):
    ranked = loaded.rank(loaded.question(BOTH), claims=True)
    assert ranked.claim_vectors is not None and len(ranked.claim_vectors) == 2
    assert np.array_equal(ranked.query_vector, loaded.rank(loaded.question(BOTH)).query_vector)  # ranking unchanged
    terms = question_terms(loaded, ranked)
    candidates = pool(loaded, ranked, terms)
    alone = replace(ranked, claim_vectors=None)  # embedded on their own, as before
    assert clause_sentences(loaded, ranked, terms, candidates) == clause_sentences(loaded, alone, terms, candidates)


def test_retrieve_embeds_the_question_alone(loaded, model_calls):
    loaded.retrieve(BOTH + "  ", 3)
    assert len(model_calls) == 1 and len(model_calls[0]) == 1
