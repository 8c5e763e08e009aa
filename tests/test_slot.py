"""qa.slot: the act a question asks about (read into its `Reading`), and whether the best sentences state it only
with the question's parties reversed (issue 13, item 3's near misses), on the shipped articles with the real models
(spaCy, the embedding model)."""

from __future__ import annotations

import pytest

from qa.slot import reversed_parties
from qa.understand import Frame, read_question


def _sentence(loaded, words: str) -> str:
    """The indexed sentence of the shipped articles holding `words`."""
    return next(s.text for s in (loaded.sentence(r) for r in range(len(loaded.sentence_doc))) if words in s.text)


@pytest.mark.parametrize(("question", "frame"), [
    ("When did Zelensky meet Putin?", Frame("when", "meet", "Zelensky", ("Putin",), ("meet",), lemmas=("meet",),
                                            lemma="meet")),
    ("What did China request from Russia?", Frame("what", "request", "China", ("Russia",), ("request",),
                                                   lemmas=("request",), lemma="request")),
    ("Where will the next round of peace talks be held?", Frame("where", "held", acts=("held",), things=("round",),
                                                                 lemmas=("hold",), phrases=("round",), lemma="hold")),
    ("Who tweeted that Ukraine was counter-attacking?", Frame("who", "tweeted", "", ("Ukraine",), ("tweet",),
                                                               lemmas=("tweet",), lemma="tweet")),
    # a name of the subject's own is not another party of the act
    ("When did Ukraine's Ministry of Defense claim 159,090 Russian troops had been killed?",
     Frame("when", "claim", "Ministry of Defense", ("Russian",), ("kill",), ("troop",), ("kill",), ("troops",),
           "claim")),
])
def test_a_question_about_one_act_is_read_as_what_it_asks_of_whom(question, frame):
    assert read_question(question).frame == frame


@pytest.mark.parametrize("question", ["When is the next round of Russian conscription due?",
                                      "Who is Yevgeny Prigozhin?", "How many tanks has Russia lost?",
                                      "What are Switchblades?"])
def test_a_question_asking_of_no_act_has_no_frame(question):
    assert read_question(question).frame is None


@pytest.mark.parametrize(("question", "words", "reverse"), [
    ("What did China request from Russia?", "Russia has requested ration packs", True),
    ("What has Russia requested from China?", "Russia has requested ration packs", False),
    # no other party named: nothing to reverse
    ("What did Zelensky say about the talks?", "peace talks with Russia were sounding", False),
    # the Ukrainian Ministry claims: Ukraine owns the asked doer, it is no other party doing the act
    ("When did Ukraine's Ministry of Defense claim 159,090 Russian troops had been killed?",
     "the Ukrainian Ministry of Defense claimed", False),
])
def test_an_act_is_reversed_only_when_another_named_party_does_it(loaded, question, words, reverse):
    frame = loaded.question(question).reading.frame  # read with the rest of the question
    assert reversed_parties(loaded, frame, [_sentence(loaded, words)]) is reverse
