"""qa.answer on the shipped articles with the real model: quotes are exact, cited, and abstain when unsupported."""

import pytest
from questions import ANSWERABLE, CONFLICTS, FOLLOW_UPS, NEAR_MISSES, UNANSWERABLE

import qa
from qa.answer import answer_with
from qa.clean import fold_text
from qa.question import counted_thing

pytestmark = pytest.mark.slow


def _check_quotes(index, answer):
    for q in answer.quotes:
        article = index.article(q.doc_id)
        assert article.text[q.start:q.end] == q.text
        assert q.title and q.path
        assert "“" in answer.text


@pytest.fixture(scope="module")
def results(loaded):
    return {question: answer_with(loaded, question) for question, _ in ANSWERABLE}


def test_answerable_accuracy(loaded, results):
    correct = [q for q, phrase in ANSWERABLE if not results[q].abstained
               and any(fold_text(p) in fold_text(results[q].quotes[0].text) for p in phrase.split("|"))]
    misses = {q: (results[q].quotes[0].text if results[q].quotes else "ABSTAINED")
              for q, _ in ANSWERABLE if q not in correct}
    print(f"\nanswerable: {len(correct)}/{len(ANSWERABLE)} lead quotes hold the answer; misses: {misses}")
    assert len(correct) / len(ANSWERABLE) >= 0.85, misses


def test_every_quote_is_exact_and_cited(loaded, results):
    for answer in results.values():
        _check_quotes(loaded, answer)
        if not answer.abstained:
            assert "[1]" in answer.text and "**Sources**" in answer.text


def test_the_sentences_ranked_next_show_below_an_answer_exact_and_apart_from_its_quotes(loaded, results):
    """Below an answer, up to two sentences the learned model ranks next after the lead (`Answer.related`), for a
    reader to read on when the lead does not answer; none repeats a quote the answer cites."""
    answered = [answer for answer in results.values() if not answer.abstained]
    assert answered and all(len(a.related) <= 2 for a in answered)
    assert sum(bool(a.related) for a in answered) > 0.9 * len(answered)
    for answer in answered:
        for r in answer.related:
            assert loaded.article(r.doc_id).text[r.start:r.end] == r.text
            assert not any(q.doc_id == r.doc_id and q.start < r.end and r.start < q.end for q in answer.quotes)
        assert len({(r.doc_id, r.start) for r in answer.related}) == len(answer.related)
        assert ("Next closest sentences" in answer.text) == bool(answer.related)


def test_lead_quote_is_one_or_two_sentences_not_a_chunk(loaded, results):
    for answer in results.values():
        if answer.quotes:
            assert len(answer.quotes[0].text) < 600


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_off_topic_questions_abstain(loaded, question):
    answer = answer_with(loaded, question)
    assert answer.abstained, f"answered with {answer.quotes[0].text if answer.quotes else answer.text!r}"
    assert answer.text.startswith("The articles do not answer this question")
    assert answer.quotes == ()


def test_on_topic_questions_the_articles_do_not_answer_mostly_abstain(loaded):
    answered = {q: a.quotes[0].text for q in NEAR_MISSES if not (a := answer_with(loaded, q)).abstained}
    print(f"\nnear misses: {len(NEAR_MISSES) - len(answered)}/{len(NEAR_MISSES)} abstained; answered: {answered}")
    assert len(answered) <= 3, answered  # measured: 3 of 10 answered (5 before counted things); do not get worse


@pytest.mark.parametrize(("question", "counted"), [
    ("How many F-16 jets has the U.S. sent to Ukraine?", "F-16"),  # F-16s, not jets in general
    ("How many Russian submarines passed through the Tsugaru Strait?", "submarines"),
    ("How many civilians fled Volnovakha on Monday?", "civilians"),  # what is counted ends at its plural
    ("How many times has Wagner attacked Bakhmut?", ""),  # "times" says how, not what
    ("How many days did the assault last?", ""),
    ("How many U.S. troops are in Ukraine?", "troops"),  # "U.S." reads as the initials "U" and "S": not counted
    ("Who leads the Wagner Group?", ""),
])
def test_counted_thing_is_the_most_specific_word_of_what_is_counted(loaded, question, counted):
    assert counted_thing(loaded.bm25, question) == counted


@pytest.mark.parametrize("question", ["How many F-16 jets has the U.S. sent to Ukraine?",
                                      "How many Russian submarines passed through the Tsugaru Strait?"])
def test_a_figure_for_something_else_is_no_answer_to_how_many(loaded, question):
    answer = answer_with(loaded, question)
    assert answer.abstained, answer.quotes[0].text if answer.quotes else answer.text
    assert "the closest passages never mention" in answer.text


def test_the_sentence_naming_what_is_counted_joins_the_lead_quote(loaded):
    lead = answer_with(loaded, "How many civilians fled Volnovakha on Monday?").quotes[0]
    assert lead.text.startswith("News of the attack came just before civilians") and "Some 2,500" in lead.text
    assert loaded.article(lead.doc_id).text[lead.start:lead.end] == lead.text


@pytest.mark.parametrize(("history", "question", "phrase"), FOLLOW_UPS)
def test_follow_ups_resolve_against_history(loaded, history, question, phrase):
    answer = answer_with(loaded, question, history)
    assert not answer.abstained
    assert phrase in fold_text(answer.quotes[0].text)


@pytest.mark.parametrize(("question", "figures"), CONFLICTS)
def test_disagreeing_figures_are_shown_side_by_side(loaded, question, figures):
    answer = answer_with(loaded, question)
    assert "Sources differ:" in answer.text
    shown = " ".join(q.text for q in answer.quotes)
    assert all(f in shown for f in figures)
    assert len({q.doc_id for q in answer.quotes}) >= 2


def test_duplicate_sentence_is_quoted_once_naming_the_copy(loaded):
    answer = answer_with(loaded, "Which islands does the Tsugaru Strait separate?")
    lead = answer.quotes[0]
    assert "Honshu and Hokkaido" in lead.text
    assert lead.also_in, "000 repeats the sentence of 001 (or the reverse): it should be named, not quoted twice"
    assert sum("Honshu and Hokkaido" in q.text for q in answer.quotes) == 1


@pytest.mark.parametrize("question", ["", "   ", "?!?...", "\x00\x07\x1b", "the of and is", "a" * 100_000,
                                      "Ꮃhо ⅼеаds Ꮃаgnеr?"])
def test_odd_questions_get_a_clear_answer_never_an_exception(loaded, question):
    answer = answer_with(loaded, question)
    assert isinstance(answer, qa.Answer)
    assert answer.text


def test_module_level_answer_uses_the_index_folder(shipped_index):
    answer = qa.answer("Who leads the Wagner Group?", index_dir=shipped_index)
    assert "Prigozhin" in answer.quotes[0].text
