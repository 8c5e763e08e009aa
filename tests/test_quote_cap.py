"""A multi-source answer stays readable: at most MAX_QUOTES quotes, the weakest kinds dropped first, quotes of one
paragraph a sentence apart joined into one, and each article a comparison needs still quoted (issue 13 item 7;
qa/quote_pool.py `capped`, `merged`). Real model, shipped articles."""

from __future__ import annotations

import pytest

from qa.answer import answer_with
from qa.quote_pool import KEEP, MAX_QUOTES, Candidate, capped, merged
from qa.sentence_score import same_paragraph

FULL = "001_f654224a43d1d56f.txt"
BAKHMUT = "002_ace7b907fc964732.txt"
BOTH = ("Did both articles report that Russia is recruiting prisoners and that the Wagner Group leads the assault "
        "on Bakhmut?")


def test_the_cap_drops_the_kinds_kept_last_then_the_lowest_scores_and_keeps_the_order():
    kinds = ["clause2", "further", "named", "clause2", "more", "name", "clause", "second"]
    cands = [Candidate(i, "d", 1.0 - i / 10, kind=k) for i, k in enumerate(kinds)]
    kept = capped(cands, 5)
    assert [c.kind for c in kept] == ["further", "named", "name", "clause", "second"]
    assert [c.row for c in capped(cands, 7)] == [0, 1, 2, 4, 5, 6, 7]  # the lower scoring "clause2" goes first
    assert capped(cands, 20) == cands and capped(cands, 0) == []
    assert set(KEEP) >= set(kinds)


def test_quotes_a_sentence_apart_in_one_paragraph_join_into_one(loaded):
    row = next(r for r in range(len(loaded.sentence_doc) - 3) if same_paragraph(loaded, r, r + 1)
               and same_paragraph(loaded, r + 1, r + 2)
               and loaded.sentence(r + 2).end - loaded.sentence(r).start < 600)
    doc = loaded.sentence(row).doc_id
    out = merged(loaded, [Candidate(row, doc, 0.5, kind="clause2"), Candidate(row + 2, doc, 0.7, kind="further")])
    assert len(out) == 1 and out[0].quoted_rows == (row, row + 1, row + 2)
    assert out[0].kind == "further" and out[0].score == 0.7  # the kind kept first and the best score
    apart = next(r for r in range(len(loaded.sentence_doc) - 1) if not same_paragraph(loaded, r, r + 1)
                 and loaded.sentence_doc[r] == loaded.sentence_doc[r + 1])
    doc = loaded.sentence(apart).doc_id
    assert len(merged(loaded, [Candidate(apart, doc, 1.0), Candidate(apart + 1, doc, 1.0)])) == 2  # two paragraphs
    far = [Candidate(row, doc, 1.0), Candidate(row + 3, doc, 1.0)]
    assert len(merged(loaded, far)) == 2  # two sentences between them: apart


def test_no_answer_exceeds_the_cap(loaded, monkeypatch):
    import qa.further_quotes

    answer = answer_with(loaded, BOTH)
    assert not answer.abstained and len(answer.quotes) <= MAX_QUOTES
    monkeypatch.setattr(qa.further_quotes, "MAX_QUOTES", 2)
    small = answer_with(loaded, BOTH)
    assert len(small.quotes) == 2 < len(answer.quotes)
    assert small.quotes[0] == answer.quotes[0]  # the lead stays


@pytest.mark.parametrize("question", [BOTH, "How many tanks has Russia lost, compared with its troops?"])
def test_a_comparison_quotes_each_article_it_needs(loaded, question):
    answer = answer_with(loaded, question)
    assert not answer.abstained
    assert {FULL, BAKHMUT} <= {q.doc_id for q in answer.quotes}, [q.text for q in answer.quotes]
    for q in answer.quotes:
        assert loaded.article(q.doc_id).text[q.start:q.end] == q.text
