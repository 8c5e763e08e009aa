"""The role a "who" question asks for ("Who is the CEO of X?") must be the role its answer states: the company's CFO
is no answer (`qa.roles`); spaCy's real model reads the question, the real models answer over the shipped articles."""

import pytest

from qa.answer import answer_with
from qa.roles import other_title, role_of_person, states_role
from qa.understand import read_question

CFO = "The opportunity was what attracted Bagdasarian and co-founder and CFO Robert Kavanagh to build the model."
CEO = "\u201cWe\u2019re helping to solve the affordability crisis,\u201d said CEO and co-founder Brian Bagdasarian."


@pytest.mark.parametrize(("question", "role"), [
    ("Who is the CEO of Simply Homes?", "CEO"), ("Who is Rainforest's CEO?", "CEO"),
    ("Who is the head coach of the Eagles?", "head coach"), ("Who is the chief executive of Apple?", "chief executive"),
    ("Who was ABC's vice-president?", "vice-president"),
    ("Who is Yevgeny Prigozhin?", ""), ("Who leads the Wagner Group?", ""), ("How many CEOs are there?", ""),
    # "Who runs Y?" asks for Y's chief executive, "Who heads Y?" for its head, when Y is a name (spaCy reads "Masimo"
    # as an adverb, "Emissions Analytics" as nouns of an ORG); not "Who runs the country?", nor China research
    ("Who runs Masimo?", "CEO"), ("Who runs Emissions Analytics?", "CEO"), ("Who ran Capitol Music Group?", "CEO"),
    ("Who heads the American Society of Ketamine Physicians?", "head"), ("Who runs the country?", ""),
    ("Who heads China research at 22V Research?", ""),
])
def test_the_role_asked_is_the_noun_after_who_is(question, role):
    assert read_question(question).role == role


@pytest.mark.parametrize(("question", "describe"), [
    ("Who is Yevgeny Prigozhin?", True), ("Who was Mikhail Mizintsev?", True),
    # a role of a named party asks the role's holder: main read these as "who is Britney Spears", whose answer it
    # found in no sentence, so no candidate fit the name asked
    ("Who is Britney Spears' lawyer?", False), ("Who is Diane Bazella's biological father?", False),
    ("Who was ABC's vice-president?", False),
])
def test_who_is_x_asks_a_description_and_who_is_xs_role_asks_a_name(question, describe):
    assert read_question(question).describe is describe


@pytest.mark.parametrize(("sentence", "role", "stated"), [
    (CEO, "CEO", True), (CFO, "CEO", False), (CFO, "CFO", True),
    ("Chief Executive Officer Tim Cook said so.", "CEO", True),
    ("The chief executive, Tim Cook, said so.", "CEO", True),
    ("CEO John Donahoe said so.", "chief executive", True),
    ("Company earnings of Nike rose.", "CEO", False),  # initials of words that are no title
    ("Arizona head coach Jedd Fisch said.", "head coach", True), ("The coach said.", "head coach", False),
])
def test_a_sentence_states_a_role_by_its_words_or_its_acronym(sentence, role, stated):
    assert states_role(sentence, role) is stated


def test_a_role_answers_when_said_next_to_a_person():
    assert role_of_person(CEO, "CEO", [CEO.index("Brian")])
    assert not role_of_person(CEO, "CEO", [])  # no person named
    assert not role_of_person("Their heading suggests [Ukraine] is possible.", "head", [0])  # "heading" is no head


def test_another_officers_title_is_no_answer_for_the_one_asked():
    mehra = "When questioned about India, Mastercard's CFO Sachin Mehra praised UPI for helping with digitization."
    assert other_title(mehra, "CEO") and other_title(CFO, "CEO")
    assert not other_title(CEO, "CEO") and not other_title(mehra, "CFO") and not other_title(mehra, "head coach")
    assert not other_title("The CEO and CFO Robert Kavanagh spoke.", "CEO")  # the one asked is there too


@pytest.mark.slow
@pytest.mark.parametrize(("question", "name"), [
    ("Who is the CEO of Simply Homes?", "Brian Bagdasarian"),  # main: "co-founder and CFO Robert Kavanagh"
    ("Who is the CEO of Nike?", "John Donahoe"),  # not Spotify's "CEO Daniel Ek", of another company's article
    ("Who runs Simply Homes?", "Brian Bagdasarian"),  # rot43: "The opportunity to help people overcome poverty ..."
])
def test_the_ceo_asked_is_the_one_named_in_that_role(multihop_few, question, name):
    answer = answer_with(multihop_few, question)
    assert not answer.abstained and name in answer.lead[0].text and "CFO" not in answer.lead[0].text


@pytest.mark.slow
def test_a_head_said_by_a_verb_still_leads(loaded):
    # "Led by Yevgeny Prigozhin" says who heads the group with no role word; no sentence says "head" of a person
    answer = answer_with(loaded, "Who is the head of the Wagner Group?")
    assert not answer.abstained and "Prigozhin" in answer.lead[0].text
