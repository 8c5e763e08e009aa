"""The fullest copy is quoted and the others named (issue 13 item 6); a question naming two publications, or
comparing, quotes each (item 7); BM25 reads each chunk's publication and day. Real model, shipped articles."""

from __future__ import annotations

import json
import shutil

import pytest

from qa.answer import answer_with
from qa.copies import fullest, fullness, other_articles
from qa.fuse import spread
from qa.present import plain
from qa.query import analyze, source_matcher
from qa.split import metadata_line

CUT = "000_1f0e9fb76dbe134f.txt"  # a cut-down copy of FULL: names removed, no headline
FULL = "001_f654224a43d1d56f.txt"
BAKHMUT = "002_ace7b907fc964732.txt"
SOURCES = {FULL: "MailOnline", BAKHMUT: "19FortyFive", CUT: "Daily Planet"}


@pytest.mark.parametrize("question", [
    "Which islands does the Tsugaru Strait separate?",
    "How many tanks has Russia lost?",
    "Where were the Russian warships seen?",
])
def test_quotes_come_from_the_fullest_copy_naming_the_cut_down_one(loaded, question):
    answer = answer_with(loaded, question)
    assert not answer.abstained
    assert answer.quotes[0].doc_id == FULL
    assert CUT in answer.quotes[0].also_in
    _never_cut(loaded, answer)
    assert f"also in {CUT}" in plain(answer)


def test_a_lead_only_the_full_copy_holds_names_no_other_copy(loaded):
    """'up to 13,800 men' answers the troops question from the full copy alone (the cut-down one lost the
    sentence): the lead comes from it, names no copy, and no quote comes from the cut-down copy."""
    answer = answer_with(loaded, "How many of its troops has Russia lost?")
    assert not answer.abstained
    assert answer.quotes[0].doc_id == FULL
    assert "13,800" not in loaded.article(CUT).text
    assert "13,800" not in answer.quotes[0].text or not answer.quotes[0].also_in
    _never_cut(loaded, answer)


def _never_cut(loaded, answer) -> None:
    for q in answer.quotes:
        assert q.doc_id != CUT, f"quoted from the cut-down copy: {q.text!r}"
        assert loaded.article(q.doc_id).text[q.start:q.end] == q.text


def test_passages_show_the_fullest_copy_and_name_the_other(loaded):
    passages = loaded.retrieve("Which islands does the Tsugaru Strait separate?", k=5)
    assert passages[0].doc_id == FULL and CUT in passages[0].duplicates
    assert all(p.doc_id != CUT for p in passages if FULL in p.duplicates)


def test_tanks_conflict_shows_both_figures_from_full_copies(loaded):
    answer = answer_with(loaded, "How many tanks has Russia lost?")
    by_doc = {q.doc_id: q.text for q in answer.differ}
    assert "214 tanks" in by_doc[FULL] and "3,466" in by_doc[BAKHMUT]
    assert CUT not in by_doc
    assert "Sources differ:" in answer.text


def test_fullest_prefers_a_headline_then_the_longer_text(make_article):
    arts = [make_article("short text", "a", title="Headline"), make_article("a much longer text " * 9, "b"),
            make_article("a longer text with a title", "c", title="T")]
    doc = [0, 1, 2]
    assert fullness(arts[1]) < fullness(arts[0]) < fullness(arts[2])
    assert fullest([0, 1, 2], doc, arts) == 2
    assert fullest([0, 1], doc, arts) == 0
    assert fullest([1], doc, arts) == 1


def test_other_articles_names_each_other_article_once_in_row_order(make_article):
    arts = [make_article("x", "a"), make_article("y", "b"), make_article("z", "c")]
    doc = [0, 1, 1, 2, 0]  # rows 1 and 2 are both in article b
    assert other_articles([4, 3, 1, 2, 0], doc, arts, "a") == ("c", "b")  # a itself never named
    assert other_articles([0, 4], doc, arts, "a") == ()


def test_spread_caps_an_article_in_the_window_and_keeps_the_rest_in_order():
    hits = [(r, 1.0 - r / 10) for r in range(8)]
    article = {0: 0, 1: 0, 2: 0, 3: 1, 4: 0, 5: 2, 6: 3, 7: 1}.__getitem__
    rows = [r for r, _ in spread(hits, article, per_group=2, window=4)]
    assert rows == [0, 1, 3, 5, 2, 4, 6, 7]
    assert [r for r, _ in spread(hits, article, per_group=8, window=4)] == list(range(8))
    assert spread([], article, per_group=1, window=3) == []


def test_spread_lets_the_best_article_keep_its_first_cap_and_others_one():
    hits = [(r, 1.0 - r / 10) for r in range(8)]
    article = {0: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: 3, 7: 1}.__getitem__
    rows = [r for r, _ in spread(hits, article, per_group=1, window=4, first=2)]
    assert rows == [0, 1, 3, 5, 2, 4, 6, 7]  # article 0 keeps two rows, article 1 one, in the window of 4
    assert [r for r, _ in spread(hits, article, per_group=1, window=4)] == [0, 3, 5, 6, 1, 2, 4, 7]


@pytest.mark.parametrize(("question", "several"), [
    ("Did both The Verge and TechCrunch report on the layoffs?", True),
    ("Was the fine reported by Reuters before the ruling was reported by TechCrunch?", True),
    ("How does the 2023 figure compare with last year's, compared to 2021?", True),
    ("What did TechCrunch report about the layoffs?", False),
    ("Who leads the Wagner Group?", False),
])
def test_questions_that_need_several_reports(question, several):
    hints = analyze(question, source_matcher(["TechCrunch", "The Verge", "Reuters"]))
    assert hints.several is several


def test_metadata_line_has_the_source_and_the_day_as_questions_write_it(make_article):
    art = make_article("Body.", "d", source="TechCrunch", published_at="2023-10-19T08:00:00+00:00")
    assert metadata_line(art) == "TechCrunch October 19, 2023 2023-10-19\n"
    assert metadata_line(make_article("Body.", "e")) == ""


@pytest.fixture(scope="module")
def with_sources(shipped_index, loaded, tmp_path_factory):
    """The shipped articles as JSONL records naming a publication and a day, indexed (vectors reused)."""
    from qa.build import build_index
    from qa.retrieve import load_index

    root = tmp_path_factory.mktemp("sources")
    (root / "corpus").mkdir()
    shutil.copytree(shipped_index, root / "index")  # its vectors are reused: the chunk texts are the same
    with open(root / "corpus" / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in loaded.articles:
            f.write(json.dumps({"id": a.doc_id, "title": a.title, "body": a.text, "source": SOURCES[a.doc_id],
                                "published_at": "2023-03-20" if a.doc_id == CUT else ""}) + "\n")
    build_index(root / "corpus", root / "index")
    return load_index(root / "index")


def test_a_question_naming_two_publications_quotes_each(with_sources):
    answer = answer_with(with_sources, "Where is Russia finding reinforcements, according to MailOnline and "
                                       "19FortyFive?")
    assert not answer.abstained
    cited = {q.metadata.get("source") for q in answer.quotes}
    assert {"MailOnline", "19FortyFive"} <= cited
    for q in answer.quotes:
        assert with_sources.article(q.doc_id).text[q.start:q.end] == q.text
    assert "[2]" in answer.text


def test_bm25_reads_the_publication_and_day(with_sources):
    from qa.tokens import tokenize

    cut_chunks = int((with_sources.chunk_doc == with_sources._doc_rows[CUT]).sum())
    for words in ("Daily Planet", "March 20, 2023"):
        hits = with_sources.bm25.search(tokenize(words), 50)
        top = {with_sources.articles[with_sources.chunk_doc[r]].doc_id for r, _ in hits[:cut_chunks]}
        assert top == {CUT}, words


def test_differing_figures_are_found_below_the_answer_candidates(loaded):
    """A bigger index pushes the Bakhmut article's chunks below the first ten: its 3,466 tanks must still be seen."""
    from qa.candidates import score_sentences
    from qa.further_quotes import figure_pool, fullest_copies
    from qa.retrieve import Ranked

    ranked = loaded.rank(loaded.question("How many tanks has Russia lost?"))
    bakhmut = loaded._doc_rows[BAKHMUT]
    others = [hit for hit in ranked.fused if loaded.chunk_doc[hit[0]] != bakhmut]
    sunk = Ranked(ranked.question, ranked.bm25, ranked.dense,
                  others + [hit for hit in ranked.fused if loaded.chunk_doc[hit[0]] == bakhmut],
                  ranked.query_vector)
    scored = fullest_copies(loaded, score_sentences(loaded, sunk))
    assert not any("3,466" in s.text for s in scored)
    pool = figure_pool(loaded, sunk, scored, ranked.question.families)
    assert pool[0] == scored[0]
    assert any("3,466" in s.text and s.doc_id == BAKHMUT for s in pool)
    assert not any(s.doc_id == CUT for s in pool if "tanks" in s.text)
