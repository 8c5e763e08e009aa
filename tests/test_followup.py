"""Follow-ups: a question is rewritten against the conversation only when it cannot stand on its own, and then
takes the previous question's frame. spaCy's real model reads the syntax; the slow tests answer with the real
embedding model over the shipped articles."""

from functools import lru_cache

import pytest
from conftest import ARTICLES
from questions import QUESTIONS

from qa.clean import clean_article
from qa.followup import key_terms, leans_on_context, message_text, resolve
from qa.load import load_corpus
from qa.question import asked_terms, expected_type, in_context
from qa.spelling import Speller, count_words

# Asked of the shipped articles' words (`shipped_speller`): a conversation about another article of the realistic set
# is read as misspelt there, so only those the shipped articles answer are checked here.
TALKS = [q for q in QUESTIONS if q.kind in ("follow_up", "new_topic") and q.answered_by == "shipped"]


@lru_cache(maxsize=1)
def shipped_speller() -> Speller:
    """The shipped articles' words, as an index of them counts them (`words.json`)."""
    return Speller(count_words(clean_article(a).text for a in load_corpus(ARTICLES).articles))


def _history(*questions):
    return [{"role": "user", "content": q} for q in questions]


def test_the_set_has_twenty_follow_ups_and_twenty_new_questions():
    assert sum(q.rewrite is True for q in TALKS) >= 20 and sum(q.rewrite is False for q in TALKS) >= 20


@pytest.mark.parametrize("q", TALKS, ids=lambda q: f"{q.kind}:{q.question}")
def test_only_questions_that_lean_on_the_conversation_are_rewritten(q):
    typed, resolved, _ = in_context(q.question, _history(*q.history), shipped_speller())
    assert (resolved != typed) == q.rewrite, resolved


@pytest.mark.parametrize(("previous", "question", "expected"), [
    # The shipped articles write "Group" as a name (Wagner Group) nearly always, so that is the word searched.
    ("who is yevgeny prigozhin", "which groop does he lead", "Which Group does he (Yevgeny Prigozhin) lead?"),
    ("How many tanks has Russia lost according to Oryx?", "and ukraine",
     "How many tanks has Ukraine lost according to Oryx?"),
    ("where is the tsugaru strait", "which ilands does it separate",
     "Which islands does it (the Tsugaru strait) separate?"),
])
def test_a_misspelt_or_lower_case_follow_up_is_read_as_the_words_it_means(previous, question, expected):
    assert resolve(question, _history(previous)) != expected  # as typed: no person for "he", no party
    assert in_context(question, _history(previous), shipped_speller())[1] == expected


def test_a_misspelt_question_mid_conversation_is_respelt_not_rewritten():
    typed, resolved, corrections = in_context("how many resevists has zelenksy caled up",
                                              _history("What are Switchblade drones?"), shipped_speller())
    assert typed == resolved == "How many reservists has Zelensky called up?"
    assert [c.searched for c in corrections] == ["reservists", "Zelensky", "called"]


@pytest.mark.parametrize(("previous", "question", "expected"), [
    ("How many Leopard 2 tanks has Poland sent to Ukraine?", "And the U.S.?",
     "How many tanks has the U.S. sent to Ukraine?"),  # the frame, with the new party; Poland's tank model goes
    ("How many tanks has Russia lost according to Oryx?", "And Ukraine?",
     "How many tanks has Ukraine lost according to Oryx?"),
    ("How many civilians fled Volnovakha on Monday?", "And how many fled the next day?",
     "How many civilians fled the next day (Volnovakha)?"),  # the date named replaces Monday
    ("How many Russian troops have died according to the Pentagon?", "And how many were wounded?",
     "How many Russian troops were wounded (Pentagon)?"),
    ("Who leads the Wagner Group?", "What kind of contracts have its fighters signed?",
     "What kind of contracts have its (the Wagner Group's) fighters signed?"),
    ("Who is Yevgeny Prigozhin?", "Which group does he lead?", "Which group does he (Yevgeny Prigozhin) lead?"),
    ("What did Zelensky say about NATO?", "What has Putin demanded about it?",
     "What has Putin demanded about it (NATO)?"),  # not Zelensky: the question names its own person
    ("What has Russia requested from China?", "Has it agreed to help?", "Has it (China) agreed to help? (Russia)"),
    ("What are Switchblade drones?", "How long can they loiter?", "How long can they (Switchblade drones) loiter?"),
])
def test_a_follow_up_takes_the_previous_questions_frame(previous, question, expected):
    assert resolve(question, _history(previous)) == expected


def test_chained_follow_ups_keep_the_original_subject():
    history = _history("What are Switchblade drones?", "How long can they loiter?")
    assert resolve("Who is allowed to buy them?", history) == "Who is allowed to buy them (Switchblade drones)?"


@pytest.mark.parametrize(("question", "expected"), [
    ("How long can they loiter?", True), ("And the tanks?", True), ("What about it?", True), ("Why?", True),
    ("And how many were wounded?", True), ("What are the larger versions designed to destroy?", True),
    ("Which islands does the Tsugaru Strait separate?", False), ("", False), ("Tsugaru", False),
    ("When were these articles published?", False),  # "these" has its own noun
    ("How many men did Putin amass before he attacked?", False),  # "he" is Putin, named in the question
    ("How many people have registered their interest?", False),  # "their" is the people
    ("What ages were they?", True), ("Which countries are they from?", True),  # "ages" is asked of "they"
    ("How many soldiers died after they were ambushed?", False),  # "they" in its own clause: the soldiers
    ("And who else took part?", True), ("Who else has?", True), ("What else did he say?", True),  # more than found
    ("Is there anything else I should know about Bakhmut?", False),  # no "who/what else"
])
def test_leans_on_context(question, expected):
    assert leans_on_context(question) is expected


def test_a_question_with_its_own_subject_is_left_alone():
    assert resolve("How many tanks has Russia lost?", _history("What are Switchblade drones?")) == (
        "How many tanks has Russia lost?")
    assert resolve("How long can they loiter?", None) == "How long can they loiter?"


def test_a_follow_ups_context_is_searched_but_not_asked_save_a_person():
    assert asked_terms("Which countries are its (Ukraine's foreign legion's) soldiers from?") == [
        "countries", "soldiers"]  # the answer: "Soldiers from the US, UK, ... are known to be among them"
    assert asked_terms("Who is allowed to buy them (Switchblade drones)?") == ["allowed", "buy"]
    # One word asked alone ("deep") would be answered by any sentence using it: the context stays.
    assert asked_terms("How deep is it (the Tsugaru Strait)?") == ["deep", "Tsugaru", "Strait"]
    assert asked_terms("Which group does he (Yevgeny Prigozhin) lead?") == ["group", "Yevgeny", "Prigozhin", "lead"]
    assert asked_terms("(Tsugaru)") == ["Tsugaru"]  # nothing else to ask: the brackets are the question
    assert expected_type("Which countries are its soldiers from?") == "place"


def test_a_party_a_pronoun_stands_for_is_asked():
    # "Beijing has 'already decided' to provide help": without China, "agreed help" alone was not trusted.
    assert asked_terms("Has it (China) agreed to help? (Russia)") == ["China", "agreed", "help"]
    assert asked_terms("What kind of contracts have its (the Wagner Group's) fighters signed?") == [
        "kind", "contracts", "Wagner", "Group's", "fighters", "signed"]


@pytest.mark.parametrize(("previous", "question", "party"), [
    # A new act: the party acted on (the object), wherever it stands in the previous question.
    ("What has Russia requested from China?", "Has it agreed to help?", "it (China)"),
    ("What has Ukraine been pleading with the West to send?", "What has it already supplied?", "it (the West)"),
    ("What did Britain's Ministry of Defence say about Russia?", "Where is it drawing reinforcements from?",
     "it (Russia)"),
    # The same act asked again: the subject, not the source named last ("according to Oryx").
    ("How many tanks has Russia lost according to Oryx?", "How many vehicles has it lost?", "it (Russia)"),
    # A party that owns the phrase stands for it when "it" acts: Ukraine, not Ukraine's border.
    ("How many soldiers did Putin amass on Ukraine's border?", "How many troops did it start the war with?",
     "it (Ukraine)"),
])
def test_an_it_that_acts_stands_for_the_party_the_parse_gives(previous, question, party):
    _, resolved, _ = in_context(question, _history(previous), shipped_speller())
    assert party in resolved


def test_message_text_accepts_gradio_parts():
    assert message_text([{"type": "text", "text": "hello"}, {"type": "text", "text": "there"}]) == "hello there"
    assert message_text(None) == ""
    assert key_terms("What did the Pentagon say about Russia?") == ["Pentagon", "Russia"]


# --- with retrieval and answers: the real model over the shipped articles --------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("previous", "question", "phrase"), [
    ("What is Ukraine's foreign legion?", "How many people have registered their interest in it?", "20,000 people"),
    ("Who is Oleksiy Arestovich?", "When does he expect a peace agreement?", "no later than in May"),
    ("How many reservists has Zelensky called up?", "Which men has he banned from leaving the country?",
     "between 18 and 60"),
    ("What did Japan's Ministry of Defense release?", "How many sightings did it report?", "two sightings"),
    ("who is yevgeny prigozhin", "which groop does he lead", "Wagner Group"),  # misspelt, history in lower case
    ("Which drones proved effective at taking out Russian armour?", "Where are they made?", "Turkish-made"),
    ("What is Ukraine's foreign legion?", "Which countries are its soldiers from?", "Croatia"),
    ("How many Leopard 2 tanks has Poland sent to Ukraine?", "And the U.S.?", "31 M1 Abrams"),  # a model of tank
    ("How many civilians fled Volnovakha on Monday?", "And how many fled the next day?", "25,000"),  # civilians
    ("Which men has Zelensky banned from leaving the country?", "What ages are they?", "between 18 and 60"),
])  # named by the sentence before, which the lead quote holds
def test_follow_ups_are_answered_on_the_previous_topic(loaded, previous, question, phrase):
    from qa.answer import answer_with

    answer = answer_with(loaded, question, _history(previous))
    assert answer.resolved_question != question
    assert not answer.abstained and phrase in answer.lead[0].text


@pytest.mark.slow
def test_the_sentence_before_lends_its_words_only_when_the_two_name_what_is_asked(loaded):
    from qa.answer import answer_with

    # "Some 2,500 managed to flee ... before another 25,000 fled": "civilians" is in the sentence before, Mariupol
    # only two sentences up, as where Volnovakha lies
    assert answer_with(loaded, "How many civilians fled Mariupol on Tuesday?").abstained
    answer = answer_with(loaded, "And how many fled the next day?", _history("How many civilians fled Volnovakha?"))
    assert not answer.abstained and "civilians" in answer.lead[0].text and "25,000" in answer.lead[0].text


@pytest.mark.slow
@pytest.mark.parametrize("q", [q for q in TALKS if q.rewrite is False], ids=lambda q: q.question)
def test_new_questions_mid_conversation_are_answered_as_asked(loaded, q):
    from qa.answer import answer_with

    assert answer_with(loaded, q.question, _history(*q.history)).resolved_question == q.question


@pytest.mark.slow
def test_a_rewrite_is_kept_only_when_it_retrieves_better(loaded, monkeypatch):
    from qa import dialog

    history = _history("What are Switchblade drones?")
    own, rewritten = (dialog.strength(loaded, loaded.rank(loaded.question(q, h)))
                      for q, h in (("How long can they loiter?", None), ("How long can they loiter?", history)))
    assert rewritten > own  # naming the drones finds the sentence about their loitering
    monkeypatch.setattr(dialog, "MARGIN", own - rewritten - 0.01)  # as if the question as asked were stronger
    assert dialog.rank_in_context(loaded, "How long can they loiter?", history).question.resolved == (
        "How long can they loiter?")
    monkeypatch.undo()
    assert dialog.rank_in_context(loaded, "How long can they loiter?", history).question.resolved == (
        "How long can they (Switchblade drones) loiter?")
