"""qa.slot: whether the best sentences state what a question asks of one act, for the party asked (issue 13, item 3's
near misses), on the shipped articles with the real models (spaCy's parse, the index's embedding model)."""

from __future__ import annotations

import pytest

from qa.slot import Frame, read_frame, unstated


def _sentence(loaded, words: str) -> str:
    """The indexed sentence of the shipped articles holding `words`."""
    return next(s.text for s in (loaded.sentence(r) for r in range(len(loaded.sentence_doc))) if words in s.text)


@pytest.mark.parametrize(("question", "frame"), [
    ("When did Zelensky meet Putin?", Frame("when", "meet", "Zelensky", ("Putin",))),
    ("What did China request from Russia?", Frame("what", "request", "China", ("Russia",))),
    ("Where will the next round of peace talks be held?", Frame("where", "held")),
    ("Who tweeted that Ukraine was counter-attacking?", Frame("who", "tweeted", "", ("Ukraine",))),
])
def test_a_question_about_one_act_is_read_as_what_it_asks_of_whom(question, frame):
    assert read_frame(question) == frame


@pytest.mark.parametrize("question", ["When is the next round of Russian conscription due?", "Who is Yevgeny Prigozhin?",
                                      "How many tanks has Russia lost?", "What are Switchblades?"])
def test_a_question_asking_of_no_act_has_no_frame(question):
    assert read_frame(question) is None


@pytest.mark.parametrize(("question", "words", "missing"), [
    # the parties reversed: Russia requested from China
    ("What did China request from Russia?", "Russia has requested ration packs", 1.0),
    ("What has Russia requested from China?", "Russia has requested ration packs", 0.0),
    # a date said of the tweet; none said of a MiG delivery (the plan fell flat)
    ("When did Podolyak tweet that Ukraine was counter-attacking?", "also tweeted Wednesday morning", 0.0),
    ("When did Poland send its MiG jets to Ukraine?", "entire fleet of MiGs", 1.0),
    # a place said of the training; none of where talks will be held
    ("Where has Ukraine been training troops abroad?", "mainly in the United Kingdom", 0.0),
    ("Where will the next round of peace talks be held?", "The meetings continue", 1.0),
    # who did it: a doer named for the act asked
    ("Who admitted that 1,300 soldiers had been killed?", "has admitted that 1,300", 0.0),
])
def test_a_sentence_states_the_asked_slot_only_for_the_asked_act_and_party(loaded, question, words, missing):
    q = loaded.question(question)
    assert unstated(loaded, read_frame(q.text), q.text, [_sentence(loaded, words)]) == missing
