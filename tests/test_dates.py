"""Differing figures say when they hold: the publication day, and the article's own words for the moment."""

import html

import pytest
from conftest import ARTICLES

from qa.clean import clean_article
from qa.dates import as_of, published
from qa.html_view import answer_html
from qa.load import load_corpus
from qa.present import markdown, plain
from qa.records import Answer, Quote


def _article(prefix):
    return clean_article(next(a for a in load_corpus(ARTICLES).articles if a.doc_id.startswith(prefix)))


@pytest.mark.parametrize(("prefix", "figure", "when"), [
    ("001_", "including 214 tanks", "the first three weeks of the campaign"),  # the quote's own words
    ("000_", "– including 214 tanks", "the first three weeks of the war"),
    ("002_", "3,466 tanks", "day 382nd of the war"),  # the article's opening line, before the quote
])
def test_a_figure_holds_as_of_the_articles_own_words(prefix, figure, when):
    text = _article(prefix).text
    at = text.index(figure)
    start = text.rfind("\n", 0, at) + 1
    assert as_of(text, start, at + len(figure)) == when


def test_no_time_words_no_date():
    assert as_of("Ukraine has lost 343, Oryx added.", 0, 33) == ""


def test_publication_day_is_iso():
    assert published({"published_at": "2023-12-25T10:00:00+00:00"}) == "2023-12-25"
    assert published({"published_at": "yesterday"}) == "" and published({}) == ""


def _q(text, doc, **kw):
    return Quote(text=text, doc_id=doc, title="T", path=doc, start=0, end=len(text), score=1.0, **kw)


def test_each_differing_figure_and_each_citation_shows_its_source_and_date():
    old = _q("Russia had lost 214 tanks.", "a.txt", as_of="the first three weeks of the war",
             metadata={"source": "MailOnline", "published_at": "2022-03-16T12:00:00+00:00"})
    new = _q("Russia has lost 3,466 tanks.", "b.txt", as_of="day 382nd of the war")
    answer = Answer("How many tanks?", lead=(old,), differ=(old, new))
    md, text = html.unescape(markdown(answer)), plain(answer)  # Markdown escapes "-" as a character reference
    assert ("> “Russia had lost 214 tanks.” [1] — MailOnline · 2022-03-16 · as of “the first three weeks of the war”"
            in md)
    assert "> “Russia has lost 3,466 tanks.” [2] — as of “day 382nd of the war”" in md
    assert "[1] *T* — a.txt, characters 0–26 · MailOnline · 2022-03-16" in md
    assert "[1] — MailOnline · 2022-03-16 · as of “the first three weeks of the war”" in text
    assert "MailOnline · 2022-03-16" in text
    shown = html.unescape(answer_html(answer, lambda doc: None))
    assert "MailOnline · 2022-03-16" in shown and "as of “day 382nd of the war”" in shown


def test_a_lead_outside_a_disagreement_shows_no_as_of():
    answer = Answer("q", lead=(_q("Ukraine has lost 343.", "a.txt", as_of="the first three weeks of the war"),))
    assert "as of" not in markdown(answer)


@pytest.mark.slow
def test_the_tank_counts_a_year_apart_say_so(loaded):
    from qa.answer import answer_with

    answer = answer_with(loaded, "How many tanks has Russia lost?")
    when = {q.as_of for q in answer.differ}
    assert {"day 382nd of the war"} < when and any(w.startswith("the first three weeks") for w in when)
    assert "as of “day 382nd of the war”" in plain(answer)
