"""Answerable questions answered with the wrong lead, each for a general reason (benchmarks/wrong_leads.py reads which
stage put another sentence first): a fact box's line whose label names the attribute asked ("Welcome bonus: 75,000
Bonus Miles ...") is the answer, not the sentence that restates the question. The real models answer over a
MultiHop-RAG article (skipped without ../shared/data)."""

from __future__ import annotations

import json

import pytest
from conftest import needs_shared_data

from qa.answer import answer_with
from qa.sentence_score import labels


@pytest.fixture(scope="module")
def card_article(tmp_path_factory):
    """A loaded index of the MultiHop-RAG article on the Delta SkyMiles Gold Business card, whose fact box gives the
    welcome bonus ("Welcome bonus: 75,000 Bonus Miles after you spend ...") below a paragraph restating it."""
    from qa.build import build_index
    from qa.retrieve import load_index

    records = json.loads(needs_shared_data("multihop-rag", "corpus.json").read_text(encoding="utf-8"))
    root = tmp_path_factory.mktemp("wrong_leads")
    (root / "articles").mkdir()
    (root / "articles" / "card.json").write_text(
        json.dumps([r for r in records if r["title"].startswith("Fly with Delta frequently?")]), encoding="utf-8")
    build_index(root / "articles", root / "index")
    return load_index(root / "index")


@pytest.mark.parametrize(("attribute", "text", "expected"), [
    ("bonus", "Welcome bonus: 75,000 Bonus Miles after you spend $6,000 in purchases", True),
    ("fee", "Annual fee: $0 intro annual fee for the first year, then $150", True),
    ("bonus", "Our take: a small business owner who wants to score a solid welcome bonus", False),  # its label
    ("bonus", "He said: the bonus is big", False),
    ("bonus", "Bonus:", False),  # a label with no value
    ("fee", "Welcome bonus: 75,000 Bonus Miles", False),  # another attribute's line
])
def test_a_label_line_names_the_attribute_it_gives(attribute, text, expected):
    assert labels(attribute, text) is expected


@pytest.mark.slow
def test_a_fact_box_line_naming_the_attribute_leads(card_article):
    # main led with "Our take: If you're a small business owner who flies with Delta regularly and wants to score a
    # solid welcome bonus, consider the Delta SkyMiles® Gold Business American Express Card.": the question restated
    answer = answer_with(card_article, "What is the welcome bonus of the Delta SkyMiles Gold Business card?")
    assert not answer.abstained and answer.lead[0].text.startswith("Welcome bonus: 75,000 Bonus Miles")
