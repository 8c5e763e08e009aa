"""A party a counting question names by part of its name, named by another part in the answering sentence: the
other names an article gives it (`qa.aliases`), read from the article's own text, with the real models."""

import pytest
from conftest import multihop_index

from qa.aliases import aliases
from qa.answer import answer_with

# Lines of MultiHop-RAG's Yardbarker Christmas Day preview
PREVIEW = ("New York Giants (5-9) at Philadelphia Eagles (10-4) | 4:30 p.m. ET\n"
           "New York ranks 31st among teams in points and yards per game this season and has surrendered a staggering "
           "76 sacks, the third-most in a single season in NFL history.\n"
           "Does Giants QB Tommy DeVito have any magic left? The Giants may have a terrible offense.\n"
           "Baltimore Ravens (11-3) at San Francisco 49ers (11-3)")


def test_an_article_writing_a_teams_whole_name_gives_its_place_as_another_name():
    assert aliases(PREVIEW, "Giants") == ("New York",)
    assert aliases(PREVIEW, "the Giants'") == ("New York",)
    assert aliases(PREVIEW, "Eagles") == ("Philadelphia",)
    assert aliases(PREVIEW, "49ers") == ("San Francisco",)
    assert aliases(PREVIEW, "New York") == ()  # what follows a name is no other name of it ("New York Giants")
    assert aliases(PREVIEW, "DeVito") == ()  # "Giants QB Tommy" names others beside him
    assert aliases(PREVIEW, "Jets") == ()


def test_a_place_beside_two_names_is_the_other_name_of_neither():
    both = f"{PREVIEW}\nNew York Jets (6-8) at Washington Commanders (4-10)"
    assert aliases(both, "Giants") == ()
    assert aliases(both, "Commanders") == ("Washington",)
    clubs = "Manchester United beat Newcastle United. United are fifth."  # "United" is neither club's other name
    assert aliases(clubs, "United") == ()


def test_a_sentences_opening_word_is_no_part_of_the_other_name():
    assert aliases("The New York Giants lost. New York has given up 76 sacks.", "Giants") == ("New York",)
    assert aliases("Singer Taylor Swift waved. Taylor Swift smiled. Swift sang.", "Swift") == ("Taylor",)


@pytest.fixture(scope="module")
def nfl(tmp_path_factory):
    """The Yardbarker preview and CBS Sports' week 13 lineups (a Commanders sentence counting the Giants' sacks in
    one game) as a loaded index; skipped without ../shared/data."""
    return multihop_index(tmp_path_factory.mktemp("nfl"), ("Christmas Day preview", "Week 13 Lineup Decisions"))


def test_a_count_of_a_team_asked_by_its_nickname_is_read_where_the_article_names_its_city(nfl):
    answer = answer_with(nfl, "How many sacks have the Giants given up this season?")
    assert not answer.abstained
    assert "76 sacks" in answer.quotes[0].text  # "New York ... has surrendered a staggering 76 sacks"
