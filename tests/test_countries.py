"""qa.countries: a country's name, demonym, other spellings and capital read as one name (countryinfo's table)."""

from __future__ import annotations

import pytest
from conftest import multihop_index

from qa.answer import answer_with
from qa.countries import country_of, names_country, people_of


def test_a_country_named_otherwise_is_the_same_country():
    assert country_of("the US") == country_of("Washington") == country_of("USA") == country_of("American") != ""
    assert country_of("Moscow") == country_of("Russian") == country_of("Russia's") != ""
    assert country_of("Kremlin") == "" and country_of("Wagner Group") == ""
    assert country_of("Kyiv") != country_of("Moscow")


def test_dotted_spellings_and_demonyms_name_the_country():
    assert country_of("U.S.") == country_of("US") != "" and country_of("the U.K.'s") == country_of("UK") != ""
    assert people_of("Americans") == "United States" and people_of("Israelis") == "Israel"
    assert people_of("American") == "" and people_of("troops") == "" and people_of("s") == ""  # a plural demonym only
    assert names_country("United States", "In the U.S. alone, 35,000 deaths each year.")
    assert names_country("United States", "American hospitals") and names_country("United States", "US-based")
    assert not names_country("United States", "Trust us, this works.") and not names_country("", "the U.S.")


@pytest.fixture(scope="module")
def superbugs(tmp_path_factory):
    return multihop_index(tmp_path_factory.mktemp("superbugs"), ("Dangerous 'superbugs'",))


@pytest.mark.slow
def test_a_count_of_a_countrys_people_is_given_by_a_sentence_naming_the_country(superbugs):
    # "In the U.S. alone ... 35,000 deaths each year" never says "Americans": main abstained ("uncounted")
    answer = answer_with(superbugs, "How many Americans die each year from drug-resistant bacteria and fungi?")
    assert not answer.abstained and "35,000 deaths" in answer.lead[0].text
