"""A question that needs several reports sees several articles first, and no publication it names fills its head
alone (qa/diverse.py, `fuse.spread`'s families). Pure steps, then the real model over the shipped articles given
publications (the `with_sources` index of tests/test_sources.py)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qa.config import Settings
from qa.diverse import clause_rankings, clauses, spread_head
from qa.fuse import spread
from qa.query import QueryHints
from qa.question import split_clauses
from qa.tokens import tokenize
from tests.test_sources import with_sources  # noqa: F401  (the fixture)

HITS = [(r, 1.0 - r / 10) for r in range(8)]
ARTICLE = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}.__getitem__  # one article per row
SOURCE = {0: "A", 1: "A", 2: "A", 3: "B", 4: "A", 5: "", 6: "B", 7: "C"}.__getitem__


def test_a_family_cap_moves_a_named_publications_extra_rows_below_the_window():
    rows = [r for r, _ in spread(HITS, ARTICLE, per_group=1, window=4, quota=(SOURCE, 2))]
    assert rows == [0, 1, 3, 5, 2, 4, 6, 7]  # A's third and fourth rows wait; "" (no named source) is not capped
    assert [r for r, _ in spread(HITS, ARTICLE, per_group=1, window=4)] == list(range(8))  # no family: as before


def test_the_family_cap_and_the_article_cap_hold_together():
    article = {0: 0, 1: 0, 2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6}.__getitem__
    rows = [r for r, _ in spread(HITS, article, per_group=1, window=3, first=2, quota=(SOURCE, 2))]
    assert rows == [0, 1, 3, 2, 4, 5, 6, 7]  # article 0 keeps two rows, so source A is full: B's row comes next


def _head(hints: QueryHints, settings: Settings) -> list[int]:
    return [r for r, _ in spread_head(HITS, hints, ARTICLE, SOURCE, settings)]


def test_only_questions_naming_two_publications_get_the_publication_quota():
    s = Settings(sources_window=4, article_window=4)
    two = QueryHints(sources=("A", "B"), mentions=2)
    assert _head(two, s) == [0, 1, 3, 5, 2, 4, 6, 7]  # A holds ceil(4 / 2) = 2 of the four
    assert _head(QueryHints(sources=("A",), compares=True), s) == list(range(8))  # one article each: unchanged
    assert _head(QueryHints(sources=("A",)), s) == list(range(8))  # needs one report: never re-ordered
    assert _head(two, replace(s, sources_window=0)) == list(range(8))  # 0: the article spread alone
    assert _head(two, replace(s, article_cap=0)) == list(range(8))  # no spread at all


def test_spellings_of_one_publication_share_its_quota_as_filters_match_them():
    s = Settings(sources_window=4, article_window=4)
    spelled = {0: "A", 1: "a", 2: "A ", 3: "B", 4: "a", 5: "", 6: "b", 7: "C"}.__getitem__
    hints = QueryHints(sources=("A", "a", "B", "b"), mentions=2)  # two publications, each spelt two ways
    # as `_head` with one spelling each: A holds ceil(4 / 2) = 2 of the four, however its rows spell it
    assert [r for r, _ in spread_head(HITS, hints, ARTICLE, spelled, s)] == [0, 1, 3, 5, 2, 4, 6, 7]


def test_one_publication_however_spelt_is_not_several():
    assert QueryHints(sources=("The Verge", "the  verge")).publications == ("The Verge",)
    assert not QueryHints(sources=("The Verge", "the  verge"), mentions=1).several  # one publication named once
    assert QueryHints(sources=("The Verge", "TechCrunch", "the verge")).publications == ("The Verge", "TechCrunch")
    assert QueryHints(sources=("The Verge", "TechCrunch")).several


@pytest.mark.parametrize("bad", [{"sources_window": -1}, {"clause_weight": -1.0}, {"clause_depth": 0}])
def test_the_diversity_settings_refuse_negative_values(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        Settings(**bad)


def _tokens(question: str) -> list[tuple[str, ...]]:
    """Each clause's BM25 tokens, as `Question.clauses` holds them."""
    return [c.tokens for c in split_clauses(question)]


def test_a_question_splits_into_clauses_of_two_key_terms_without_the_publications_it_names():
    hints = QueryHints(sources=("The Verge", "TechCrunch"), mentions=2)
    found = clauses(_tokens("Which company, discussed by The Verge and TechCrunch, hosts an annual hardware event, and "
                            "was accused of hurting news publishers' revenue?"), hints)
    # "discussed by The Verge" keeps one key term once the publication is left out: too little to search alone
    assert found == [tokenize("hosts an annual hardware event"), tokenize("was accused of hurting news publishers' "
                                                                          "revenue")]
    assert clauses(_tokens("Who leads the Wagner Group?"), hints) == []  # one clause: its own search is enough


@pytest.mark.slow
def test_a_question_naming_two_publications_sees_each_in_its_head(with_sources):  # noqa: F811
    index = with_sources
    question = index.question("What did MailOnline and 19FortyFive report about Wagner?")
    assert set(question.hints.sources) == {"MailOnline", "19FortyFive"}
    source = [index.article_source[index.chunk_doc[r]] for r, _ in index.rank(question).fused[:10]]
    assert {"MailOnline", "19FortyFive"} <= set(source[:3])
    narrow = replace(index.settings, sources_window=2)  # a head of two: one chunk of each named publication
    assert {index.article_source[index.chunk_doc[r]] for r, _ in index.rank(question, narrow).fused[:2]} == {
        "MailOnline", "19FortyFive"}
    unquoted = replace(narrow, sources_window=0, article_window=2)  # without the quota the best one fills it
    assert len({index.article_source[index.chunk_doc[r]] for r, _ in index.rank(question, unquoted).fused[:2]}) == 1


@pytest.mark.slow
def test_each_clause_is_searched_alone_only_for_a_question_needing_several_articles(loaded):
    question = _tokens("Which strait did the Russian warships pass through, and how many tanks has Russia lost?")
    two = QueryHints(compares=True)
    rankings = clause_rankings(loaded.bm25, question, two, loaded.settings)
    assert len(rankings) == 2 and all(0 < len(r) <= loaded.settings.clause_depth for r in rankings)
    text = [" ".join(loaded.chunk_text(r) for r in ranking[:2]) for ranking in rankings]
    assert "Tsugaru" in text[0] and "tanks" in text[1]  # each clause finds its own passage
    assert clause_rankings(loaded.bm25, question, QueryHints(), loaded.settings) == []  # needs one report
    assert clause_rankings(loaded.bm25, question, two, replace(loaded.settings, clause_weight=0.0)) == []
    nothing = np.zeros(len(loaded.chunk_doc), dtype=bool)  # a filter's mask is searched within
    assert clause_rankings(loaded.bm25, question, two, loaded.settings, nothing) == [[], []]
    asked_twice = [question[0], question[1], question[0]]  # the same clause twice: its list twice, as before
    assert clause_rankings(loaded.bm25, asked_twice, two, loaded.settings) == [rankings[0], rankings[1], rankings[0]]


@pytest.mark.slow
def test_a_filtered_question_gets_no_clause_hit_from_outside_its_filter(loaded):
    question = loaded.question("Did both reports say which strait the Russian warships passed, and how many tanks "
                               "Russia lost?")
    assert question.hints.several
    keep = loaded.chunk_doc == loaded.chunk_doc[0]  # one article's chunks only
    fused = loaded.rank(question, allowed=keep).fused
    assert fused and all(keep[row] for row, _ in fused)
