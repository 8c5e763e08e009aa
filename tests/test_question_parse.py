"""Where a question is parsed (issue 15: a spaCy parse was ~23 ms of every retrieve at 1M chunks): retrieval never
parses it, an answer parses the question it answers exactly once, and leaving the parse out changes no ranking."""

from __future__ import annotations

from dataclasses import replace

import pytest

import qa.followup
import qa.question
import qa.understand
from qa.answer import answer_with
from qa.dialog import rank_in_context

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


@pytest.mark.parametrize(("asked", "measure"), [
    ("How much does a taxi from Denver airport cost?", "price"),  # "cost" often parsed as the noun "much" modifies
    ("How much money did the host committee raise?", "sum of money"),
    ("How much did the Warriors pay Stephen Curry?", "sum of money"),
    ("How much is Ukraine paying its foreign legion fighters?", "sum of money"),  # the verb in any form
    ("How deep is the Tsugaru Strait?", "depth"),
])
def test_a_measure_asked_is_not_a_count(loaded, asked, measure):
    question = loaded.question(asked)
    assert question.measure == measure
    assert question.counted == "" and question.reading.counted == "" and question.reading.party == ()
    counting = loaded.question("How many taxis does Denver airport have?")
    assert counting.measure == "" and counting.counted == "taxis"


@pytest.mark.parametrize(("asked", "measure"), [
    ("How far has Bank of America cut its overdraft fee?", ""),  # how much it changed: "from $35 to $10"
    ("How high have prices risen this year?", ""),
    ("How far has Sunak pushed back Britain's net-zero timeline?", ""),  # "by five years": a delay, no distance
    ("How fast did recorded music grow in Africa?", ""), ("How fast can a jaguar run?", "speed"),  # a rate of change
    ("How far have Russian forces advanced around Bakhmut?", "distance"),
    ("How high is Mount Fuji?", "height"),
    ("What is Canelo Alvarez worth?", "sum of money"), ("What's Elon Musk worth?", "sum of money"),  # "How much ...?"
    ("What is the worth of a degree?", ""),
    ("How much is Mistral AI valued at?", "sum of money"), ("How much was TikTok fined?", "sum of money"),
    ("How much does Marisa Johnson owe in student loans?", "sum of money"),
    ("How much in damages is the publisher asking Google for?", "sum of money"),
    ("How much of its value did Coinbase lose in 2022?", ""),  # a share of it ("lost 86%"), not a sum
    ("How long do box jellyfish live?", "duration"), ("How long ago did the Great Dying happen?", "duration"),
    ("How long is a Turkey Trot race?", "length or duration"),  # a race, a flight, a war: a length or a time
    ("How long does the main façade stretch along Cromwell Gardens?", "length or duration"),
])
def test_how_far_something_changed_asks_no_distance_and_what_it_is_worth_a_sum(asked, measure):
    assert qa.question.measure_asked(asked) == measure
