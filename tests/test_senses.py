"""Words matched by meaning (`qa.senses`, the shipped embedding model): a question may use another verb than the
sentence that answers it. On the shipped articles with the real models."""

import pytest

from qa.answer import answer_with
from qa.evidence import facts_of
from qa.senses import OTHER_ACT, Senses


@pytest.fixture(scope="module")
def senses(loaded):
    return Senses.of(loaded.embedder)


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), [("delivered", "sent"), ("escaped", "fled")])
def test_verbs_of_one_act_match(senses, a, b):
    assert senses.same_act(a, b) and senses.same_act(b, a)


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), [("lost", "destroyed"), ("killed", "started"), ("mass", "died")])
def test_verbs_of_other_acts_do_not(senses, a, b):
    assert not senses.same_act(a, b)


@pytest.mark.slow
def test_a_loss_told_another_way_is_not_another_act(senses):
    assert senses.act("lost", "died") >= OTHER_ACT and senses.act("lost", "killed") >= OTHER_ACT
    assert senses.act("perished", "died") >= OTHER_ACT
    assert senses.act("mass", "died") < OTHER_ACT and senses.act("killed", "started") < OTHER_ACT


def test_a_figure_knows_the_act_its_noun_is_part_of():
    (facts,) = facts_of(["The Pentagon estimates at least 7,000 Russian troops have now died in Ukraine."])
    assert [(c.number, c.parties, c.act) for c in facts.counts] == [("7,000", ("Russian",), "died")]
    (said,) = facts_of(["Oryx estimated 214 Russian tanks."])  # a claim verb says the figure; it is no act
    assert [c.act for c in said.counts] == [""]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "figure", "not_figure"), [
    ("How many Leopard 2 tanks has Poland delivered to Ukraine?", "14 Leopard 2", None),  # the article: "sent"
    ("How many troops did Russia mass on Ukraine's border?", "150,000", "7,000"),  # not the 7,000 that *died*
])
def test_a_question_in_other_words_leads_with_the_figure(loaded, question, figure, not_figure):
    answer = answer_with(loaded, question)
    assert not answer.abstained, answer.abstention
    lead = answer.quotes[0].text
    assert figure in lead and (not_figure is None or not_figure not in lead)


@pytest.mark.slow
def test_what_a_count_counts_is_the_noun_not_the_verb_after_it(loaded):
    question = loaded.question("How many people escaped Volnovakha on Monday?")
    assert question.counted == "people"  # was "escaped": no sentence says it, so "uncounted" abstained
