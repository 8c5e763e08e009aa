"""A question about a publication's report abstains when no article is from it or cites it (`qa.sourced`):
MultiHop-RAG's null queries ask what Reuters, Bloomberg or Variety reported of a corpus that holds none of their
articles. spaCy's real model reads the questions; the real models answer over the shipped articles."""

from __future__ import annotations

import pytest

from qa import abstain, outlet, sourced
from qa.answer import answer_with
from qa.sourced import publications
from qa.tokens import tokenize


@pytest.mark.parametrize(("question", "named"), [
    ("Considering a Bloomberg article on Sudan and a Reuters report on Sudan, which letter is it?",
     ["Bloomberg", "Reuters"]),
    ("Considering an article by Variety on the film, which character is it?", ["Variety"]),
    ("Which company was hit, as reported by The Wall Street Journal?", ["The Wall Street Journal"]),
    ("What did the MailOnline article say about Putin?", ["MailOnline"]),
    # not a publication: a body a figure is credited to, a quoted title, a plural's possessive, a day, a topic
    ("According to the Pentagon, how many troops has Russia lost?", []),
    ("Does the 'NBA Rookie of the Year Odds' article from the same source confirm that sportsbooks modify odds?",
     []),
    ("Did the Sporting News article on the Pittsburgh Penguins' game report a successful penalty kill?",
     ["Sporting News"]),
    ("Has the November 9, 2023, article changed its view?", []),
    ("Who wrote about Putin's manpower problem for MailOnline?", []),
    ("What did MailOnline report about the Tsugaru Strait?", ["MailOnline"]),  # the subject of a report verb
    ("What did Ukraine report about its losses?", []),  # a place's government, not a publication
    ("What Institute published findings in 2012 regarding the richest Americans?", []),  # the publisher asked for
    ("Which newspaper published the Pentagon's estimate?", []),
    ("When was the IPCC Third Assessment Report published?", []),  # a title holding its report noun: what is asked
    ("What did a Washington Post report say about the budget?", ["Washington Post"]),  # "post" is a report noun too
])
def test_the_publication_a_report_is_from(question, named):
    assert [name for _, _, name in publications(question)] == named


def test_a_determined_report_noun_names_its_publication():
    """"new AI features" is no report of "AI": the narrowing to a publication's articles (`qa.outlet`) reads only a
    report noun with a determiner or an owner, or a report verb."""
    question = ("Does the TechCrunch article on Google Maps agree with the TechCrunch article on LinkedIn's "
                "introduction of new AI features?")
    assert "AI" in [name for _, _, name in publications(question)]
    assert "AI" not in [name for _, _, name in publications(question, determined=True)]
    assert "TechCrunch" in [name for _, _, name in publications(question, determined=True)]
    assert [n for _, _, n in publications("What did MailOnline report about X?", determined=True)] == ["MailOnline"]


@pytest.mark.slow
def test_a_report_of_a_publication_no_article_is_from_or_cites_abstains(loaded, monkeypatch):
    monkeypatch.setattr(abstain, "MIN_CHUNKS", 0)  # the fitted decision's path, as on a realistic corpus
    # main answered "Zelensky has also called up ... 220,000 men" from the MailOnline article, which never names
    # Business Insider (the Bakhmut article does: a name the index knows, so not an unknown name)
    question = "How many reservists has Zelensky called up, as reported by Business Insider?"
    answer = answer_with(loaded, question)
    assert answer.abstained and answer.abstention.reason == "unsourced"
    assert answer.abstention.missing == ("Business Insider",)
    assert "220,000" in answer_with(loaded, "How many reservists has Zelensky called up?").lead[0].text
    # the article that answers names the publication asked about: a report of it, answered
    cited = answer_with(loaded, "How many Russian troops have been killed around Bakhmut according to a Business "
                                "Insider report?")
    assert not cited.abstained and "20,000 and 30,000" in cited.lead[0].text


@pytest.mark.slow
def test_the_article_judged_is_the_one_the_answer_quotes(loaded):
    """The rule reads the article of the lead the answer quotes (`qa.lead.choose`), not the hand first's. Both ways
    the hand first's article (the Bakhmut one, naming Business Insider, never MailOnline) misled main: it answered
    "according to the Business Insider article" with the MailOnline article's Pentagon estimate, which never names
    Business Insider, and abstained "according to the MailOnline article" though that estimate is the lead."""
    mail = answer_with(loaded, "How many Russian troops have been killed according to the MailOnline article?")
    assert not mail.abstained and "7,000" in mail.lead[0].text
    assert "MailOnline" in loaded.article(mail.lead[0].doc_id).text
    other = answer_with(loaded, "How many Russian troops have been killed according to the Business Insider article?")
    assert other.abstention is not None and other.abstention.reason == "unsourced"
    assert other.abstention.missing == ("Business Insider",)


@pytest.mark.parametrize(("text", "name", "named"), [
    ("The shop sells a variety of games.", "Variety", False),  # a common word, not the magazine
    ("As Variety reported on Monday, the film ...", "Variety", True),
    ("Her work has been featured in Business InsiderSandboxx, and SOFREP.", "Business Insider", True),
    ("the Wall Street Journal said", "The Wall Street Journal", True),
])
def test_an_article_names_a_publication_as_written(text, name, named):
    assert sourced.names_publication(text, name) is named


@pytest.mark.slow
def test_a_publication_named_only_in_a_byline_is_where_to_look(loaded, monkeypatch):
    """MailOnline is no article's source; the article written "for MailOnline" (its byline) is what the question asks
    of. Main led with the Bakhmut article's Wagner sentence and abstained "unsourced", and took MailOnline for the
    doer of "report" that no sentence names ("no_doer")."""
    monkeypatch.setattr(abstain, "MIN_CHUNKS", 0)  # the fitted decision's path, as on a realistic corpus
    ranked = loaded.rank(loaded.question("What did the MailOnline article say about the Wagner Group?"))
    narrow, names = outlet.narrowed(loaded, ranked)
    assert names == ("MailOnline",) and narrow.question.key_terms == ("Wagner", "Group")  # looks for Wagner
    # its clauses too: a clause's key term that is no longer a key term has no weight (a KeyError in qa.quote_pool)
    two = loaded.rank(loaded.question("What did MailOnline report about the warships and about the Wagner Group?"))
    narrow, _ = outlet.narrowed(loaded, two)
    assert all(c.key <= set(tokenize(" ".join(narrow.question.key_terms))) for c in narrow.question.clauses)
    assert narrow.question.clauses and all(c.key for c in narrow.question.clauses)
    answer_with(loaded, "What did MailOnline report about the warships and about the Wagner Group?")  # no error
    for question, said in (("What did the MailOnline article say about the Wagner Group?", "paid mercenaries"),
                           ("What did MailOnline report about the Tsugaru Strait?", "Tsugaru Strait")):
        answer = answer_with(loaded, question)
        assert not answer.abstained and said in answer.lead[0].text, question
        assert all("MailOnline" in loaded.article(q.doc_id).text for q in answer.quotes), question
    # what the MailOnline article never mentions: abstained, though the Bakhmut article speaks of it
    assert answer_with(loaded, "What did the MailOnline article say about Bakhmut?").abstained
