"""qa.countries: a country's name, demonym, other spellings and capital read as one name (countryinfo's table)."""

from __future__ import annotations

from qa.countries import country_of


def test_a_country_named_otherwise_is_the_same_country():
    assert country_of("the US") == country_of("Washington") == country_of("USA") == country_of("American") != ""
    assert country_of("Moscow") == country_of("Russian") == country_of("Russia's") != ""
    assert country_of("Kremlin") == "" and country_of("Wagner Group") == ""
    assert country_of("Kyiv") != country_of("Moscow")
