""""How much X" answered by a sum of money or a quantity that counts no noun (`qa.amounts`): "$22 million in funding"
for "How much funding has Simply Homes raised?"; spaCy's real model reads the sentences, the real models answer."""

import pytest

from qa.amounts import CONTEXT_FIT, NAMED_FIT, amount_fit, asks_amount
from qa.evidence import facts_of
from qa.understand import read_question

FUNDING = "That startup, Simply Homes, has recently secured $22 million in funding to further its efforts."
REVENUE = "Revenue: $12.94 billion vs. $12.98 billion expected"


def _fit(question: str, sentence: str, around: str = "") -> float:
    return amount_fit(facts_of([sentence])[0], read_question(question), sentence, "", around or sentence)[0]


def test_how_much_of_a_thing_asks_an_amount():
    assert asks_amount("How much funding has Simply Homes raised?", read_question("How much funding has Simply Homes "
                                                                                 "raised?"))
    assert not asks_amount("How many tanks has Russia lost?", read_question("How many tanks has Russia lost?"))
    assert not asks_amount("How much did Google spend?", read_question("How much did Google spend?"))  # no thing


def test_a_sum_answers_how_much_of_the_thing_it_names_for_the_party_near_it():
    assert _fit("How much funding has Simply Homes raised?", FUNDING) == NAMED_FIT
    assert _fit("How much revenue did Nike report?", REVENUE, "Nike misses revenue expectations\n" + REVENUE) == (
        CONTEXT_FIT)  # the article's title names the company
    assert _fit("How much revenue did Nike report?", REVENUE) < CONTEXT_FIT  # another company's revenue
    assert _fit("How much revenue did Simply Homes report?", FUNDING) < 0  # names no revenue


@pytest.mark.slow
def test_how_much_funding_is_answered_by_the_sum(multihop_few):
    from qa.answer import answer_with

    answer = answer_with(multihop_few, "How much funding has Simply Homes raised?")  # main: "no_count"
    assert not answer.abstained and "$22 million" in answer.lead[0].text
