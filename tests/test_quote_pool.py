"""A question needing several reports quotes the sentence holding each clause's fact, from articles found below
the lead's ten candidate chunks too, and the lead article's next best sentence (issue 13 item 7; qa/quote_pool.py).
Real model, shipped articles."""

from __future__ import annotations

import numpy as np
import pytest

from qa.answer import answer_with
from qa.candidates import score_sentences
from qa.config import Settings
from qa.further_quotes import MAX_ARTICLES, MORE_ARTICLES, fullest_copies, per_source
from qa.quote_pool import POOL_CHUNKS, Terms, question_terms
from qa.records import Quote
from qa.retrieve import Ranked

FULL = "001_f654224a43d1d56f.txt"
BAKHMUT = "002_ace7b907fc964732.txt"
BOTH = ("Did both articles report that Russia is recruiting prisoners and that the Wagner Group leads the assault "
        "on Bakhmut?")


def test_a_question_splits_into_clauses_of_its_key_terms(loaded):
    terms = question_terms(loaded, loaded.rank(loaded.question(BOTH)))
    assert frozenset({"russia", "recruit", "prison"}) in terms.clauses
    assert frozenset({"wagner", "group", "lead", "assault", "bakhmut"}) in terms.clauses
    assert all(len(clause) >= 2 and clause <= terms.weights.keys() for clause in terms.clauses)


def test_a_sentence_holding_one_whole_clause_beats_one_touching_each_clause():
    terms = Terms({"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0}, (frozenset("ab"), frozenset("cd")))
    assert terms.cover({"a", "b"}) == terms.cover({"a", "c"}) == 0.5
    assert terms.clause_cover({"a", "b"}) == 1.0
    assert terms.clause_cover({"a", "c"}) == 0.5
    assert Terms({"a": 1.0}, ()).clause_cover({"a"}) == 0.0


def test_an_article_below_the_ten_candidate_chunks_is_still_quoted(loaded):
    """The Bakhmut article's chunks sunk below ten other near-duplicate groups: not a candidate of the lead (which
    reads the top ten), yet quoted, since further articles come from the fused top POOL_CHUNKS."""
    ranked = loaded.rank(loaded.question(BOTH))
    bakhmut = loaded._doc_rows[BAKHMUT]
    others = [h for h in ranked.fused if loaded.chunk_doc[h[0]] != bakhmut]
    groups = [int(loaded.chunk_dup[h[0]]) for h in others]
    cut = next(i for i in range(len(others)) if len(set(groups[:i])) == 10 and groups[i] not in groups[:i])
    sunk = Ranked(ranked.question, ranked.bm25, ranked.dense,
                  [*others[:cut], *(h for h in ranked.fused if loaded.chunk_doc[h[0]] == bakhmut), *others[cut:]],
                  ranked.query_vector)
    assert cut < POOL_CHUNKS
    scored = fullest_copies(loaded, score_sentences(loaded, sunk))
    assert scored and not any(s.doc_id == BAKHMUT for s in scored)
    picked = per_source(loaded, sunk, scored, [_quote(loaded, scored[0].row)])
    assert any(c.doc_id == BAKHMUT for c in picked)


def test_a_comparison_quotes_the_lead_articles_next_sentence_and_stays_bounded(loaded):
    answer = answer_with(loaded, "How many tanks has Russia lost, compared with its troops?")
    assert not answer.abstained and answer.lead[0].doc_id == FULL
    lead = answer.lead[0]
    seconds = [q for q in answer.support if q.doc_id == FULL and (q.start, q.end) != (lead.start, lead.end)]
    assert seconds, [q.text for q in answer.support]
    assert len({q.doc_id for q in answer.quotes}) <= MAX_ARTICLES + MORE_ARTICLES
    for q in answer.quotes:
        assert loaded.article(q.doc_id).text[q.start:q.end] == q.text


def test_a_question_needing_one_report_gets_no_multi_source_quotes(loaded):
    ranked = loaded.rank(loaded.question("Which islands does the Tsugaru Strait separate?"))
    scored = fullest_copies(loaded, score_sentences(loaded, ranked))
    assert per_source(loaded, ranked, scored, [_quote(loaded, scored[0].row)]) == []


def _quote(index, row):
    sentence = index.sentence(row)
    return Quote(text=sentence.text, doc_id=sentence.doc_id, title="", path="", start=sentence.start,
                 end=sentence.end, score=1.0)


def test_a_neighbour_scoring_almost_as_well_joins_the_quote_within_the_length(loaded):
    from qa.quote_pool import JOIN_SHARE, Candidate, with_neighbour
    from qa.sentence_score import same_paragraph

    row = next(r for r in range(1, len(loaded.sentence_doc) - 1) if same_paragraph(loaded, r, r + 1)
               and len(loaded.sentence(r).text) + len(loaded.sentence(r + 1).text) < 300)
    doc = loaded.sentence(row).doc_id
    c = Candidate(row, doc, 1.0)
    near, far = Candidate(row + 1, doc, JOIN_SHARE + 0.01), Candidate(row + 1, doc, JOIN_SHARE - 0.01)
    assert with_neighbour(loaded, c, {row + 1: near}).quoted_rows == (row, row + 1)
    assert with_neighbour(loaded, c, {row + 1: far}).quoted_rows == (row,)
    assert with_neighbour(loaded, c, {}).quoted_rows == (row,)
    long_row = next((r for r in range(1, len(loaded.sentence_doc) - 1) if same_paragraph(loaded, r, r + 1)
                     and len(loaded.sentence(r).text) + len(loaded.sentence(r + 1).text) >= 400), None)
    if long_row is not None:  # two sentences over the lead's length stay apart
        c = Candidate(long_row, doc, 1.0)
        assert with_neighbour(loaded, c, {long_row + 1: Candidate(long_row + 1, doc, 1.0)}).quoted_rows == (long_row,)


def test_the_spread_settings_refuse_negative_caps():
    assert Settings().article_cap_first >= Settings().article_cap
    for bad in ({"article_cap": -1}, {"article_cap_first": -1}, {"article_window": 0}):
        with pytest.raises(ValueError, match="article_cap"):
            Settings(**bad)


def test_the_claims_are_embedded_while_the_question_is_ranked_to_the_vectors_asked_alone(loaded):
    from qa.dialog import rank_in_context

    ranked = rank_in_context(loaded, BOTH)
    claims = [c.text for c in ranked.question.claims]
    assert len(claims) >= 2 and ranked.claim_vectors  # started before ranking (qa.dialog), taken by qa.claim_quotes
    started = np.concatenate([f.result() for f in ranked.claim_vectors])
    np.testing.assert_allclose(started, loaded.embedder.encode(claims), atol=1e-6)
    one = rank_in_context(loaded, "How many tanks has Poland sent to Ukraine?")
    assert not one.question.hints.several and one.claim_vectors == ()  # nothing to quote per claim: nothing spent
