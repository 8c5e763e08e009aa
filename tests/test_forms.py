"""A measure asked is given in its own family's units (`qa.forms`): a speed in mph, not "a run of 26 yards"; a weight
in grams or pounds, not a price. The real models: spaCy reads the question and tells pounds of money from pounds of
weight, and a few MultiHop-RAG articles are indexed for the answers (NFL games, the Steam Deck OLED)."""

from __future__ import annotations

import pytest
from conftest import multihop_index

from qa.answer import answer_with
from qa.forms import gives, unmeasured
from qa.sentence_score import Scored

_TITLES = ("Jaguars vs. Saints live score", "Steam Deck OLED arrives November 16", "Steam Deck OLED review")


@pytest.fixture(scope="module")
def games(tmp_path_factory):
    """An index of three MultiHop-RAG articles: an NFL game (a run of 26 yards) and two on the Steam Deck OLED (its
    price, "weighs about 30 grams less")."""
    return multihop_index(tmp_path_factory.mktemp("forms"), _TITLES)


def _best(text: str) -> Scored:
    return Scored(row=0, doc_id="a.txt", text=text, score=1.0, dense=1.0, cover=1.0)


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
    # an age told bare, beside a name or after "was ... when"; a year or a rate is none
    ("How old is Alexei Ekimov?", "In the 1980s, Ekimov, 78, and Brus, 80, honed the theory.", True),
    ("How old was Tyler Mitchell?", "Tyler Mitchell was just 23 when he shot the cover.", True),
    ("How old was Tyler Mitchell?", "In 2019, 45 people saw the Vogue cover.", False),
    ("How old was Tyler Mitchell?", "His rate was 23.5 percent.", False),
    # "How long ...?" a time ("How long is X?" a length too); a day's name is no time, nor a length one that lives
    ("How long do box jellyfish live?", "Box jellyfish use their vision to navigate the lagoons.", False),
    ("How long do dragonflies live?", "It had a nearly three-foot (0.9 meter) wingspan.", False),
    ("How long do dragonflies live?", "Adults live for only a few weeks.", True),
    ("How long did Schumer meet Xi for?", "They held an 80-minute meeting.", True),
    ("How long does ketamine take to leave the body?", "It is eliminated by the body in a single day.", True),
    ("How long was the invasion meant to last?", "It was intended as a days-long operation.", True),
    ("How long has she run the company?", "She has run it since 2019.", True),
    ("How long is a Turkey Trot race?", "Many cities host a Turkey Trot run after Thanksgiving Day.", False),
    ("How long is a Turkey Trot race?", "Options range from a 5K to a half marathon.", True),
    ("How long is the front line?", "It holds a 600-mile front.", True),
    ("How long did Project Apollo run?", "Project Apollo ran from 1961 to 1972.", True),
    ("How long are students required to learn Welsh?", "Welsh is taught until the age of 16.", True),
    ("How long does the façade stretch along Cromwell Gardens?", "The main façade stretches 720 feet.", True),
])
def test_a_measure_is_given_in_its_own_familys_units(loaded, asked, text, given):
    question = loaded.question(asked)
    assert gives(question, text) is given
    assert (unmeasured(question, [_best(text)]) is None) is given


@pytest.mark.parametrize(("text", "given"), [
    ("In the years since the pandemic, many have complained of so-called Zoom fatigue.", False),  # no share
    ("Some 2,000 remote workers took part in the survey.", False),  # a count of them is not a share
    ("About 14% of adults show signs of addiction.", True), ("Around 10 per cent of adults have insomnia.", True),
    ("Russia has lost about one-fifth of its troops.", True), ("One in five adults has tried it.", True),
    ("Kick offers a 95/5 revenue split.", True), ("Between half and three quarters of its forces.", True),
])
def test_a_share_asked_is_given_as_a_per_cent_or_a_fraction(loaded, text, given):
    """"What share of remote workers suffer from Zoom fatigue?" was answered with "many have complained of so-called
    'Zoom fatigue'": no article gives the share, so the answer abstains ("no_measure": no share)."""
    question = loaded.question("What share of remote workers suffer from Zoom fatigue?")
    why = unmeasured(question, [_best(text)])
    assert (why is None) is given
    assert given or why.missing == ("share (a per cent or a fraction)",)


def test_the_lead_gives_the_measure_not_a_sentence_behind_it(loaded):
    """"How much money have the 500 VCs pledged to Israeli startups?" led with "More than 500 VCs have pledged their
    support" (no sum) and was answered, a sum of another fund standing behind it: the lead gives the measure asked,
    or the answer abstains ("no_measure")."""
    question = loaded.question("How much money have the investors pledged?")
    assert question.measure == "sum of money"
    pledged = _best("More than 500 VCs have pledged their support of the efforts, too.")
    raised = _best("A fund for Palestinian founders raised $30 million before the war.")
    assert unmeasured(question, [pledged, raised]) is not None
    assert unmeasured(question, [raised, pledged]) is None


def test_a_speed_or_a_weight_no_sentence_gives_abstains(games):
    """Asked of the NFL and Steam Deck articles, "How fast can a jaguar run?" was answered with the Jaguars QB's "run
    of 26 yards" (a distance), and "How much does the Steam Deck OLED weigh?" with its price ("starts at $549")."""
    run = answer_with(games, "How fast can a jaguar run?")
    assert run.abstention is not None and run.abstention.missing == ("speed",)
