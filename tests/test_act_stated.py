"""The lead states the act a question asks about, done by the question's own subject (`qa.act_stated`, read by
`qa.lead._eligible`), rather than restating the question's words around another verb. spaCy's real parse; the
answers with the real models over the shipped articles."""

from __future__ import annotations

import pytest

from qa.act_stated import AskedAct, asked_act, states
from qa.answer import answer_with


@pytest.mark.parametrize(("question", "expected"), [
    ("What weapons has the West supplied to Ukraine?", AskedAct("supply", "nsubj", name="West")),
    ("What is Putin's invasion becoming?", AskedAct("become", "nsubj", noun="invasion")),
    ("Who are most of the Russian casualties around Bakhmut?", AskedAct("be", "nsubj", noun="casualty")),  # of most
    ("What have NATO allies supplied to Ukraine?", AskedAct("supply", "nsubj", noun="ally", kinds=("NATO",))),
    ("Who hosted the second AI Insight Forum?", None),  # the question word is the subject: it asks the doer
    ("What did Zelensky do?", None),  # no act of its own
    ("What are the high casualties and internal rifts?", None),  # a subject of two things
    ("What are the smaller Switchblade drones designed to do?", None),  # the subject's own clause holds the act
])
def test_the_act_asked_and_its_subject(question, expected):
    assert asked_act(question) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("What weapons has the West supplied to Ukraine?",
     "Western nations have already supplied thousands of weapons to Ukraine including Javelin missiles.", True),
    ("What weapons has the West supplied to Ukraine?", "Meanwhile, Ukraine continues to receive weapon systems from "
     "the West.", False),  # the question's words around another verb
    ("Who are most of the Russian casualties around Bakhmut?", "The vast majority of Russian casualties are Wagner "
     "Group mercenaries.", True),
    ("Who are most of the Russian casualties around Bakhmut?", "For the number of casualties the Russian forces have "
     "suffered, their progress is paltry.", False),  # "is", said of their progress
    ("What had Ukraine heard for years about joining NATO?", "Rumblings of discontent over continuing Ukraine aid "
     "have been heard in some Republican quarters.", False),  # a passive's subject that merely names Ukraine
    ("What has the Wagner Group been demanding?", "Wagner Group has been increasingly vocal, demanding a bigger "
     "role in the fight.", True),  # the participle's doer is the clause's subject
    ("What have NATO allies supplied to Ukraine?", "Western allies have supplied tanks.", False),  # not NATO's
    ("Which waters does the Tsugaru Strait lie between?", "Trade may not yet be impacted through the Strait of "
     "Hormuz, which lies between Oman and Iran.", False),  # another strait, though a relative clause's noun acts
    ("What process do moderate and reformist Islamists work within?", "Moderate and reformist Islamists who accept "
     "and work within the democratic process include parties like Ennahda.", True),
    ("What is NSFNET", "The National Science Foundation Network (NSFNET) was a program of projects.", True),
])
def test_a_sentence_states_the_act_by_its_subject(question, text, expected):
    act = asked_act(question)
    assert act is not None and states(act, [text]) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "opening"), [
    # main led with "Meanwhile, Ukraine continues to receive weapon systems from the West."
    ("What weapons has the West supplied to Ukraine?", "Western nations have already supplied"),
    # main led with "Indeed, in nine months, the Russian forces have advanced a mere 16 miles ..."
    ("Who are most of the Russian casualties around Bakhmut?", "The vast majority of Russian casualties are"),
])
def test_the_sentence_stating_the_asked_act_leads(loaded, question, opening):
    answer = answer_with(loaded, question)
    assert not answer.abstained and answer.lead[0].text.startswith(opening)
