"""Sums written with a currency's code or the press's abbreviation are sums (`qa.money`): spaCy's small model reads
"NIS 220 million" as an organisation and a number, so "How much debt does Group Psagot want to raise?" found no
amount and the figure's party was "NIS" (abstained "no_count"). The real spaCy model reads every sentence here."""

import pytest

from qa.amounts import NAMED_FIT, amount_fit
from qa.evidence import facts_of
from qa.money import currency_codes
from qa.nlp import parse
from qa.understand import read_question

PSAGOT = ("Now, Group Psagot is setting out to raise NIS 220 million debt, to be secured by the company's shares in "
          "subsidiary Psagot Investment House.")


@pytest.mark.parametrize("text, money", [
    (PSAGOT, "NIS 220 million"), ("Reliance raised Rs 20,000 crore in debt.", "Rs 20,000 crore"),
    ("The fine came to CHF 1.2 billion.", "CHF 1.2 billion"), ("It paid 220 million NIS for the stake.",
                                                               "220 million NIS")])
def test_a_sum_written_with_a_currency_code_is_money(text, money):
    assert (money, "MONEY") in [(e.text, e.label_) for e in parse(text).ents]


@pytest.mark.parametrize("text", ["The TOP 40 hits of the year.", "ALL 230 passengers were safe.",
                                  "The COP26 summit ended."])
def test_capitals_that_are_english_words_are_no_currency(text):
    assert not [e for e in parse(text).ents if e.label_ == "MONEY"]


def test_codes_are_iso_4217_less_english_words_plus_the_press_abbreviations():
    codes = currency_codes()
    assert {"ILS", "INR", "CHF", "EUR", "NIS", "Rs"} <= codes and not {"ALL", "TOP", "COP", "TRY"} & codes


def test_how_much_is_answered_by_a_sum_in_a_currency_code_and_its_party_is_no_currency():
    facts = facts_of([PSAGOT])[0]
    assert not any("NIS" in p for c in facts.counts for p in c.parties)
    question = read_question("How much debt does Group Psagot want to raise?")
    assert amount_fit(facts, question, PSAGOT, "", PSAGOT)[0] == NAMED_FIT
