"""The form of figure a question asks for (`qa.forms`): a measure in its own family's units, a score or a record as a
tally. The real models: the question parse (spaCy) reads the form, and a few MultiHop-RAG articles are indexed for
the answers (NFL games, the Steam Deck OLED)."""

from __future__ import annotations

import pytest
from conftest import multihop_index

from qa.answer import answer_with
from qa.forms import asked_form, form_of, gives, unmeasured
from qa.sentence_score import Scored

_TITLES = ("Jaguars vs. Saints live score", "Prisco's Week 12 NFL picks", "Jets vs. Raiders live score",
           "Steam Deck OLED arrives November 16", "Steam Deck OLED review")


@pytest.fixture(scope="module")
def games(tmp_path_factory):
    """An index of five MultiHop-RAG articles: three NFL games (a run of 26 yards, a predicted score, a 16-12 win)
    and two on the Steam Deck OLED (its price, "weighs about 30 grams less")."""
    return multihop_index(tmp_path_factory.mktemp("forms"), _TITLES)


def _best(text: str) -> Scored:
    return Scored(row=0, doc_id="a.txt", text=text, score=1.0, dense=1.0, cover=1.0)


@pytest.mark.parametrize(("asked", "form"), [
    ("By what score did Texas beat Alabama this season?", "score"),
    ("What score does Prisco predict for Jaguars vs. Texans?", "score"),
    ("What was the final score?", "score"),
    ("What is the Jaguars' record?", "record"),
    ("What credit score do you need for the Delta SkyMiles Gold card?", ""),  # another kind of score
    ("What is the hottest temperature record for Fresno?", ""),  # a record temperature, not a team's
    ("Who holds the record for most goals?", ""),  # a person asked
])
def test_a_score_or_a_record_is_read_from_the_parse(asked, form):
    assert asked_form(asked) == form


@pytest.mark.parametrize(("asked", "text", "given"), [
    ("How fast can a jaguar run?", "He takes off down field for a run of 26 yards.", False),  # a distance
    ("How fast can a jaguar run?", "Jaguars can reach 50 mph in short bursts.", True),
    ("How fast can a jaguar run?", "It can run at 80 km/h.", True),
    ("How fast can a jaguar run?", "He can run 22 miles per hour!", True),
    ("How much does the Steam Deck OLED weigh?", "The Steam Deck OLED starts at $549.", False),  # a price
    ("How much does the Steam Deck OLED weigh?", "The device weighs about 640 grams.", True),
    ("How much does the Steam Deck OLED weigh?", "James weighs 210 pounds.", True),
    ("How deep is the Tsugaru Strait?", "A ticket costs $25 at the gate.", False),
    ("How deep is the Tsugaru Strait?", "The strait is 200 metres deep.", True),
    ("How tall is the tower?", "The tower rises 30 storeys over the city.", True),
    ("How long is the front line in Ukraine?", "They struggled along the 600-mile-long front.", True),
    ("How long is the front line in Ukraine?", "The war has cost Ukraine $5 billion.", False),
    ("How long can Switchblade drones circle their targets?", "They can circle for up to 40 minutes.", True),
])
def test_a_measure_is_given_in_its_own_familys_units(loaded, asked, text, given):
    question = loaded.question(asked)
    assert gives(question, form_of(question), text) is given
    assert (unmeasured(question, [_best(text)]) is None) is given


@pytest.mark.parametrize(("asked", "text", "given"), [
    ("By what score did Texas beat Alabama this season?", "Texas beat Alabama at Bryant-Denny Stadium on Sept. 9.",
     False),
    ("By what score did Texas beat Alabama this season?", "Texas has a 34-24 head-to-head victory over Alabama.", True),
    ("By what score did Texas beat Alabama this season?", "Alabama (12-1) vs. Texas (12-1)", False),  # records
    ("What score does Prisco predict for Jaguars vs. Texans?", "Pick: Jaguars 27, Texans 23", True),
    ("What is the Jaguars' record?", "Jacksonville Jaguars (8-4)", True),
    ("What is the Jaguars' record?", "They went 10-2 overall.", True),
    ("What is the Jaguars' record?", "The Jaguars beat the Texans.", False),
    ("What is the Jaguars' record?", "The 2023-24 season starts in September.", False),  # a span of years
])
def test_a_score_or_a_record_is_given_as_a_tally(loaded, asked, text, given):
    question = loaded.question(asked)
    assert gives(question, form_of(question), text) is given
    # the tally orders the candidates; it abstains no more than before (on the tuning half, abstaining gained nothing)
    assert unmeasured(question, [_best(text)]) is None


def test_a_speed_or_a_weight_no_sentence_gives_abstains(games):
    """Asked of the NFL and Steam Deck articles, "How fast can a jaguar run?" was answered with the Jaguars QB's "run
    of 26 yards" (a distance), and "How much does the Steam Deck OLED weigh?" with its price ("starts at $549")."""
    run = answer_with(games, "How fast can a jaguar run?")
    assert run.abstention is not None and run.abstention.missing == ("speed",)


@pytest.mark.parametrize(("asked", "phrase"), [
    ("What score does Prisco predict for Jaguars vs. Texans?", "Jaguars 27, Texans 23"),
    ("By what score did the Raiders beat the Jets?", "16-12"),
])
def test_a_score_asked_is_led_by_a_sentence_giving_one(games, asked, phrase):
    """The lead was a sentence restating the match ("Jets vs. Raiders final score", the Texans "winning 10 of 11")."""
    answer = answer_with(games, asked)
    assert not answer.abstained and phrase in answer.lead[0].text
