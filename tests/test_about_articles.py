"""Questions about the articles themselves say so; the articles named only as where to look are answered. Real models,
shipped articles."""

import pytest

from qa.about_articles import about_articles
from qa.answer import answer_with
from qa.records import Abstention


@pytest.mark.parametrize(("question", "about"), [
    ("How many articles are there?", True), ("When were these articles published?", True),
    ("Which outlets published these articles?", True), ("Who wrote these articles?", True),
    ("What is the oldest article?", True), ("How many news articles are in the index?", True),
    ("What do the articles say about the Tsugaru Strait?", False), ("Which articles mention Bakhmut?", False),
    ("How many articles are in the constitution?", False), ("Did both articles report that Russia is recruiting "
                                                             "prisoners?", False),
    ("Which article is the longest?", False), ("Who leads the Wagner Group?", False),
])
def test_a_question_about_the_articles_themselves_is_told_apart(question, about):
    assert about_articles(question) is about


def test_when_the_articles_were_published_is_not_answered_from_their_text(loaded):
    history = [{"role": "user", "content": "How many Leopard 2 tanks has Poland sent to Ukraine?"},
               {"role": "assistant", "content": "14 Leopard 2 main battle tanks"}]
    answer = answer_with(loaded, "When were these articles published?", history)
    assert answer.abstention == Abstention("about_articles") and not answer.quotes and not answer.passages
    assert "Articles tab" in answer.text and answer.resolved_question in ("", answer.question)


def test_the_articles_named_as_where_to_look_are_no_party_to_name(loaded):
    answer = answer_with(loaded, "What do the articles say about the Tsugaru Strait?")  # main: "never mention articles"
    assert not answer.abstained and "Honshu and Hokkaido" in answer.lead[0].text


def test_the_articles_as_where_to_look_are_no_key_term(loaded):
    assert loaded.question("What do the articles say about the Tsugaru Strait?").key_terms == ("Tsugaru", "Strait")
    assert "Articles" in loaded.question("Who signed the Articles of Confederation?").key_terms  # a title


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    """Two articles whose words include "articles" and "published", so a misspelling of either is respelt."""
    from qa.build import build_index
    from qa.retrieve import load_index

    root = tmp_path_factory.mktemp("journal")
    (root / "articles").mkdir()
    for name, text in [("a.txt", "# Journal counts\n\nThe journal published 40 articles on rivers in 2021. Its editors "
                                 "published 12 more articles on lakes."),
                       ("b.txt", "# Archive opens\n\nThe archive holds articles published since 1900. Readers can "
                                 "search the articles by year.")]:
        (root / "articles" / name).write_text(text, encoding="utf-8")
    build_index(root / "articles", root / "index")
    return load_index(root / "index")


def test_a_misspelt_question_about_the_articles_is_read_as_respelt(journal):
    answer = answer_with(journal, "How many artcles are there?")  # main: "no passage counts articles"
    assert answer.abstention == Abstention("about_articles") and not answer.quotes
    assert [(c.typed, c.searched) for c in answer.corrections] == [("artcles", "articles")]


@pytest.mark.parametrize("question", ["What do these news stories say about the Tsugaru Strait?",
                                      "What do the reports say about the Tsugaru Strait?"])
def test_every_article_noun_as_where_to_look_is_no_key_term(loaded, question):
    assert loaded.question(question).key_terms == ("Tsugaru", "Strait")
    # a plural that means something else stays a key term (SQuAD: "created the features of what?")
    assert "features" in loaded.question("Microplates squeezing and rotating created the features of what?").key_terms
