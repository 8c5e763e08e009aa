"""qa.someone: a "Who ...?" question naming a party abstains ("no_one") when none of its best sentences names a party
it does not name; one naming no party ("Who teaches ...?": "teachers" answer it) and "Who is X?" are left to the
fitted decision. spaCy's real model reads the questions and sentences; the real models answer over two MultiHop-RAG
articles."""

from __future__ import annotations

import json

import pytest
from conftest import needs_shared_data

from qa.answer import answer_with
from qa.sentence_score import Scored
from qa.someone import new_parties, no_one_new, own_party

MARIO = "Who voices Mario in Super Mario Bros. Wonder?"
CANADA = "Who replaced Matt Canada as the Steelers' offensive coordinator?"


@pytest.mark.parametrize(("question", "name", "own"), [
    ("Who will replace Erik ten Hag as Manchester United manager?", "Man United", True),  # a word of the name shared
    (MARIO, "New Super Mario Bros.", True),
    (CANADA, "Pittsburgh Steelers", True),
    (CANADA, "Kenny Pickett", False),
    ("Who pays Australian pharmacists for Home Medicines Reviews?", "the Australian Government", False),  # a country's
    # adjective names no party of its own
    ("Who leads the Wagner Group?", "Wagner", True),
])
def test_a_party_the_question_names_is_its_own(question, name, own):
    assert own_party(question, name) is own


@pytest.mark.slow
def test_new_parties_are_the_entities_the_question_does_not_name():
    sentence = "Reich already gave up play-calling to offensive coordinator Thomas Brown after the Steelers lost."
    assert "Thomas Brown" in new_parties(CANADA, [sentence])
    assert new_parties(CANADA, ["The Steelers fired offensive coordinator Matt Canada this week."]) == []


def _fires(loaded, question: str, *sentences: str) -> bool:
    q = loaded.question(question)
    return no_one_new(q, [Scored(i, "d", text, 0.6, 0.5, 0.5) for i, text in enumerate(sentences)]) is not None


@pytest.mark.slow
@pytest.mark.parametrize(("question", "sentences", "fires"), [
    # the best sentences of the realistic corpus for it, which main answered with the first
    (MARIO, ("Wonder is the first side-scrolling 2D platformer in the Super Mario Bros. line since New Super Mario "
             "Bros.",
             "Whether or not the universe breaks into song depends on which words of the title “Super Mario Bros. "
             "Wonder” you prefer.",
             "Wonder is the unofficial Super Mario Bros. 5 that dorks like me have long wanted."), True),
    (MARIO, ("Wonder is the first side-scrolling 2D platformer in the Super Mario Bros. line.",
             "Charles Martinet, who voiced Mario for decades, has retired from the role."), False),
    (CANADA, ("The Steelers fired offensive coordinator Matt Canada this week to liven up the offense.",), True),
    # a question naming no party: a kind of people answers it as often as a name
    ("Who teaches in secondary schools?", ("In secondary schools, subject specialists teach each class.",), False),
    ("Who is Yevgeny Prigozhin?", ("Yevgeny Prigozhin has been increasingly vocal.",), False),  # asks what he is
    ("Who did Russia invade?", ("Russia invaded on Thursday.",), False),  # a country alone names no party asked of
])
def test_a_who_whose_best_sentences_name_no_new_party_abstains(loaded, question, sentences, fires):
    assert _fires(loaded, question, *sentences) is fires


@pytest.fixture(scope="module")
def mario(tmp_path_factory):
    """A loaded index of MultiHop-RAG's two reviews of Super Mario Bros. Wonder; skipped without ../shared/data."""
    from qa.build import build_index
    from qa.retrieve import load_index

    records = json.loads(needs_shared_data("multihop-rag", "corpus.json").read_text(encoding="utf-8"))
    root = tmp_path_factory.mktemp("mario")
    (root / "articles").mkdir()
    (root / "articles" / "mario.json").write_text(
        json.dumps([r for r in records if "Super Mario Bros. Wonder" in r["title"]]), encoding="utf-8")
    build_index(root / "articles", root / "index")
    return load_index(root / "index")


@pytest.mark.slow
def test_who_the_reviews_never_name_abstains(mario):
    answer = answer_with(mario, "Who directed Super Mario Bros. Wonder?")  # no director named
    assert answer.abstention is not None and answer.abstention.reason == "no_one", answer.text
    assert "names no one it does not already ask about" in answer.text


@pytest.mark.slow
def test_who_the_reviews_name_is_answered(mario):
    answer = answer_with(mario, "Who steals a Wonder Flower in Super Mario Bros. Wonder?")
    assert not answer.abstained and "Bowser" in answer.lead[0].text, answer.text


def test_a_person_after_the_is_a_thing_the_recognizer_misread():
    """spaCy's small model reads "the Switch" (the console) as a PERSON: no one who could answer a "Who ...?"."""
    from qa.someone import new_parties

    texts = ["As the sun sets on the Switch, after an unprecedented run, we get Super Mario Bros. Wonder.",
             "The game was directed by Shiro Mouri."]
    assert new_parties("Who directed Super Mario Bros. Wonder?", texts) == ["Shiro Mouri"]
