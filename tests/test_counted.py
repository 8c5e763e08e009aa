"""A "how many" answered by a figure of the very thing asked, wherever it sits among the candidates: a review's
"The right side has two action buttons" is far below the sentences on the glasses as a whole, and says nothing else
the question says. The real models, over two MultiHop-RAG reviews (skipped without ../shared/data)."""

from __future__ import annotations

import pytest
from conftest import multihop_index

from qa.abstain import counted
from qa.answer import answer_with
from qa.dialog import rank_in_context
from qa.rescore import FULL_FIT
from qa.sentence_score import Scored

_TITLES = ("Amazon’s latest Echo Frames are more style", "The Ray-Ban Meta smart glasses actually make")


@pytest.fixture(scope="module")
def reviews(tmp_path_factory):
    """An index of The Verge's reviews of the Echo Frames and of the Ray-Ban Meta glasses."""
    return multihop_index(tmp_path_factory.mktemp("reviews"), _TITLES)


@pytest.mark.parametrize(("asked", "figure"), [
    ("How many buttons are on the Echo Frames?", "two action buttons"),  # "the Echo Frames": a place, to spaCy
    ("How many microphones do the Ray-Ban Meta glasses have?", "five mics"),  # its own word for microphones
])
def test_a_figure_of_the_thing_asked_leads_however_far_down_it_was(reviews, asked, figure):
    answer = answer_with(reviews, asked)
    assert not answer.abstained, answer.abstention
    assert figure in answer.lead[0].text


def _row(index, text: str) -> int:
    return next(row for row in range(len(index.sentence_doc)) if text in index.sentence(row).text)


def test_a_full_count_answers_only_in_an_article_holding_what_the_question_names(reviews):
    """The full-count rule answers where the article holds every key term and name of the question; asked of a
    product the review never names, the same sentence is left to the decision the other questions take."""
    row = _row(reviews, "The right side has two action buttons")
    best = Scored(row=row, doc_id="", text=reviews.sentence(row).text, score=1.0, dense=0.4, cover=0.3, fit=FULL_FIT)
    assert counted(reviews, rank_in_context(reviews, "How many buttons are on the Echo Frames?"), best)
    assert not counted(reviews, rank_in_context(reviews, "How many buttons are on the Meta Quest 3?"), best)
    partial = Scored(row=row, doc_id="", text=best.text, score=1.0, dense=0.4, cover=0.3, fit=0.6)
    assert not counted(reviews, rank_in_context(reviews, "How many buttons are on the Echo Frames?"), partial)
