"""qa.stated: a near miss abstains when the best sentences do not state the asked act as asked (by the named doer
the question asks about; for a "when", with a date of that act), with the real models on the shipped articles."""

from __future__ import annotations

import pytest

from qa import stated
from qa.answer import answer_with
from qa.candidates import score_sentences
from qa.evidence import mentions
from qa.further_quotes import fullest_copies
from qa.records import Abstention
from qa.sentence_score import Scored


def _scored(loaded, question: str):
    ranked = loaded.rank(loaded.question(question))
    return ranked.question, fullest_copies(loaded, score_sentences(loaded, ranked))


def test_a_when_whose_act_is_stated_only_beside_another_acts_date_abstains(loaded):
    # "Such fears sparked rumours two weeks ago that Putin was about to declare martial law": the date is the
    # rumours', and the articles never say martial law was declared.
    answer = answer_with(loaded, "When did Russia declare martial law?")
    assert answer.abstention is not None and answer.abstention.reason == "undated"
    assert answer.abstention.missing == ("declare",)
    assert "declare" in answer.text and "date" in answer.text


def test_a_when_dated_in_the_acts_own_clause_still_answers(loaded):
    answer = answer_with(loaded, "When did Mykhailo Podolyak tweet that Ukraine was counter-attacking?")
    assert not answer.abstained and "Wednesday morning" in answer.lead[0].text
    # "Japan's Ministry of Defense released an image of a Russian warship carrying military trucks ... on Wednesday
    # morning": the parser hangs the date on "carrying", inside the release's clause, so it may be the release's.
    question, scored = _scored(loaded, "When did Japan release the image of the warship?")
    assert "released an image" in " ".join(s.text for s in scored[:stated.STATED_IN])
    assert stated.undated(loaded, question, scored) is None


def test_what_a_named_doer_did_abstains_when_no_best_sentence_names_the_doer(loaded):
    # The Ministry released an image of a warship; nothing it said of the Switchblades.
    answer = answer_with(loaded, "What did Japan's Ministry of Defense say about the Switchblade drones?")
    assert answer.abstention is not None and answer.abstention.reason == "no_doer"
    assert answer.abstention.missing == ("Ministry of Defense",)
    assert "never mention Ministry of Defense" in answer.text


def test_a_doer_named_otherwise_counts_named(loaded):
    # The warships sentences name Japan, its ministry and the Japanese, never Tokyo: Tokyo is Japan (0.76 by the model).
    question, scored = _scored(loaded, "What did Tokyo say about the warships?")
    assert question.reading.frame is not None and question.reading.frame.actor == "Tokyo"
    assert not any(mentions(s.text, "Tokyo") for s in scored[:stated.STATED_IN])
    assert stated.unnamed_doer(loaded, question, scored) is None
    # "the US has warned, revealing this week that Moscow has reached out": Washington is the US's capital (the model
    # puts the two names at 0.54 only)
    question, scored = _scored(loaded, "What did Washington reveal about Moscow?")
    assert question.reading.frame is not None and question.reading.frame.actor == "Washington"
    assert any("the US has warned, revealing" in s.text for s in scored[:stated.STATED_IN])
    assert stated.unnamed_doer(loaded, question, scored) is None


def test_a_when_of_an_act_stated_as_done_is_left_to_the_fitted_decision(loaded):
    # "revealing this week that Moscow has reached out to Beijing": the week is the revealing's, but the reaching out
    # is stated as done, and a reader takes the week for it; "Zelensky said on Wednesday peace talks were sounding
    # 'more realistic'": the date is the saying's, which "When did Zelensky say ...?" asks.
    for asked in ("When did Moscow reach out to Beijing?",
                  "When did Zelensky say peace talks were sounding more realistic?"):
        question, scored = _scored(loaded, asked)
        assert stated.undated(loaded, question, scored) is None, asked


def test_what_a_named_doer_did_answers_when_a_best_sentence_names_the_doer(loaded):
    for asked, phrase in [("What did Zelensky say about NATO?", "NATO"),
                          ("What has Russia requested from China?", "ration packs")]:
        answer = answer_with(loaded, asked)
        assert not answer.abstained and phrase in answer.lead[0].text, asked
        question, scored = _scored(loaded, asked)
        assert question.reading.frame is not None and question.reading.frame.actor  # the rule read a doer
        assert stated.unnamed_doer(loaded, question, scored) is None


def test_what_a_role_did_abstains_when_no_best_sentence_names_it(loaded):
    # A new user's "what did the pope say about climate change" was answered with climate sentences naming no pope:
    # the doer is a role ("the pope"), no name, and was never looked for.
    answer = answer_with(loaded, "What did the pope say about the warships?")
    assert answer.abstention is not None and answer.abstention.reason == "no_doer"
    assert answer.abstention.missing == ("pope",)
    assert stated.role_doer("What did the pope say about the warships?", "say") == "pope"
    assert stated.role_doer("What did people say about the warships?", "say") == ""  # no "the": nobody in particular
    assert stated.role_doer("Who did the churches claim had suggested expulsion?", "suggest") == ""  # a misparse
    question, scored = _scored(loaded, "What did the ministry say about the warships?")  # Japan's Ministry of Defense
    assert stated.role_doer(question.text, "say") == "ministry"
    assert stated.unnamed_doer(loaded, question, scored) is None


@pytest.mark.parametrize("question", ["What did the MailOnline article say about the Wagner Group?",
                                      "What did the report say about the warships?",
                                      "What do the articles say about the warships?"])
def test_an_article_named_as_where_to_look_is_no_doer_to_name(question):
    assert stated.role_doer(question, "say") == ""  # main: "article", so "no_doer ('article',)" abstained


def test_a_when_answered_only_by_now_abstains(loaded):
    # "When was Ocean Spray founded?" was answered with "... to create Ocean Spray, still headquartered in
    # Massachusetts to this day": the answer-kind fit took "this day" for a date.
    question = loaded.question("When was the Wagner Group founded?")
    now = Scored(row=0, doc_id="a.txt", text="He created the Wagner Group, still active to this day.", score=1.0,
                 dense=1.0, cover=1.0)
    assert stated.dated_now(question, [now]) == Abstention("undated", ("founded",))
    dated = Scored(row=0, doc_id="a.txt", text="He created the Wagner Group in 2014.", score=1.0, dense=1.0, cover=1.0)
    assert stated.dated_now(question, [now, dated]) is None
    undated = Scored(row=0, doc_id="a.txt", text="He created the Wagner Group.", score=1.0, dense=1.0, cover=1.0)
    assert stated.dated_now(question, [undated]) is None  # no date at all: the fitted decision's
