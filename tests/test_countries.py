"""qa.countries: a country's name, demonym, other spellings and capital read as one name (countryinfo's table)."""

from __future__ import annotations

from qa.countries import country_of, name_forms, with_forms
from qa.tokens import tokenize


def test_a_country_and_its_demonym_are_one_key_term():
    assert name_forms(tokenize("Russia")[0]) == frozenset(tokenize("Russian"))
    assert tokenize("Ukraine")[0] in name_forms(tokenize("Ukrainians")[0])
    assert tokenize("Russia")[0] in with_forms(tokenize("Russian soldiers"))
    assert name_forms(tokenize("tanks")[0]) == frozenset()  # no country: nothing added
    assert with_forms(tokenize("tanks")) == set(tokenize("tanks"))


def test_a_country_named_otherwise_is_the_same_country():
    assert country_of("the US") == country_of("Washington") == country_of("USA") == country_of("American") != ""
    assert country_of("Moscow") == country_of("Russian") == country_of("Russia's") != ""
    assert country_of("Kremlin") == "" and country_of("Wagner Group") == ""
    assert country_of("Kyiv") != country_of("Moscow")
