"""A question's clauses are split once, in its record (`Question.clauses`), and read by the three steps that search
or quote them: each clause's BM25 search (qa/diverse.py), the clause cover of qa/quote_pool.py, and the sentence per
claim of qa/claim_quotes.py."""

from __future__ import annotations

import pytest

from qa.diverse import clauses
from qa.query import QueryHints
from qa.question import Clause, Question, expected_type, split_clauses
from qa.tokens import tokenize

ASKED = ("Did the TechCrunch report published on October 7, 2023 say that Flexport cut 20% of its staff, while "
         "The Verge reported that Flexport's founder returned as chief executive?")
KEY = ("TechCrunch", "report", "published", "October", "Flexport", "cut", "staff", "Verge", "founder", "returned",
       "chief", "executive")


def test_each_clause_keeps_its_text_tokens_key_terms_and_what_a_sentence_can_say():
    found = split_clauses(ASKED, KEY, ("TechCrunch", "The Verge"))
    assert [c.text for c in found] == [
        "Did the TechCrunch report published on October 7", "2023 say", "Flexport cut 20% of its staff",
        "The Verge reported", "Flexport's founder returned as chief executive"]
    assert found[0].tokens == tuple(tokenize("Did the TechCrunch report published on October 7"))
    assert found[0].key == frozenset(tokenize("TechCrunch report published October"))
    assert found[0].said == frozenset()  # the publication, the day and "report" are the article's metadata
    assert found[2].said == frozenset(tokenize("Flexport cut staff"))  # no number either
    assert not any(c.text == "" for c in split_clauses("Which, and, ?"))  # a clause holds a word


def test_the_claims_are_the_clauses_a_sentence_can_hold_each_once():
    parts = split_clauses("Did Flexport cut staff, and did Flexport cut staff, while Verge wrote?", ("Flexport",
                                                                                                      "cut", "staff"))
    question = Question("q", "q", "q", clauses=parts)
    assert [c.text for c in question.claims] == ["Did Flexport cut staff"]  # once; "while Verge wrote": no key term
    assert Question("q", "q", "q", clauses=(Clause("x", ("x",), frozenset({"x"}), frozenset({"x"})),)).claims == ()


def test_the_bm25_clauses_leave_out_the_publications_named():
    hints = QueryHints(sources=("The Verge", "TechCrunch"), mentions=2)
    found = clauses([c.tokens for c in split_clauses(ASKED)], hints)
    assert found == [tokenize("Did the report published on October 7"), tokenize("2023 say"),
                     tokenize("Flexport cut 20% of its staff"),
                     tokenize("Flexport's founder returned as chief executive")]
    # "The Verge reported" keeps one term once the publication is left out: too little to search alone


@pytest.mark.parametrize(("asked", "kind"), [
    ("When did Jorgen Juve die?", "date"),
    ("And when did he retire?", "date"),
    ("Until when is Eddie Jones contracted to coach the Wallabies?", "date"),
    ("According to TechCrunch, when did Convoy shut down?", "date"),
    ("What year did Flipboard launch?", "date"),
    # a "when" opening a clause of another question asks no date: main's code read these as "date"
    ("What gave the early dinosaurs an edge when oxygen levels fell?", None),
    ("What discount do cardholders get when they use miles to buy Delta flights?", None),
    ("Who scored when United won at Old Trafford?", "person"),
])
def test_a_question_asks_a_date_only_when_its_own_wh_word_is_when(asked, kind):
    assert expected_type(asked) == kind


@pytest.mark.parametrize(("asked", "kind"), [
    # a "how much" inside a question another wh-word opens asks no figure: main's code read these as "number"
    ("Which senator said he was impressed by how much ground Biden's AI order covers?", None),
    ("Who said how many tanks Poland had sent?", "person"),
    ("When did Zelensky say how long the war would last?", "date"),
    # ... but a lead-in before the comma is no opening, nor a "who" clause after the count
    ("According to the articles, how many reservists has Zelensky called up?", "number"),
    ("How many people, who had fled, came back?", "number"), ("How long can Switchblade drones loiter?", "duration"),
])
def test_the_opening_wh_word_says_what_a_question_asks(asked, kind):
    assert expected_type(asked) == kind
