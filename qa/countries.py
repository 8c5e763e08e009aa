"""A country's names in their other forms, from countryinfo's table (name, other spellings, demonym, capital).

A question's "Washington" may be a sentence's "the US", its "Moscow" a sentence's "Russian": the embedding model puts
"Washington" and "the US" at 0.54 only, under the bar at which two names are one party (`qa.stated`'s no_doer).
"""

from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import CountryInfo


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, tuple[str, ...], str, str], ...]:
    """(name, other spellings, demonym, capital) of every country and territory in the table (~0.05 s, once), the
    most populous first: a form two share is the larger one's ("American": the US, not the Northern Marianas)."""
    table = sorted(CountryInfo.all().items(), key=lambda kv: (-int(kv[1].get("population") or 0), kv[0]))
    return tuple((str(info.get("name") or key), tuple(info.get("altSpellings") or ()), str(info.get("demonym") or ""),
                  str(info.get("capital") or "")) for key, info in table)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    """Lower-case name, other spelling ("US", "USA", "UK"), demonym or capital -> the country's name. A capital
    stands for its government ("Washington" for the US: "Washington D.C." less its district)."""
    out: dict[str, str] = {}
    for name, spellings, demonym, capital in _countries():
        forms = [name, demonym, capital, capital.removesuffix(" D.C."), *spellings]
        for form in (f.lower() for f in forms if f):
            out.setdefault(form, name)
    return out


def country_of(name: str) -> str:
    """The country `name` names by its name, another spelling, its demonym or its capital ("the US", "Washington",
    "Russian" -> United States, United States, Russia), or ""."""
    low = name.lower().removeprefix("the ").removesuffix("'s").removesuffix("’s").strip()
    return _by_name().get(low, "") or _by_name().get(low.replace(".", ""), "")  # "U.S." is "US"


@lru_cache(maxsize=1)
def _by_demonym() -> dict[str, str]:
    """Lower-case demonym -> the country's name (the larger country's when two share one, as in `_by_name`)."""
    out: dict[str, str] = {}
    for name, _, demonym, _ in _countries():
        if demonym:
            out.setdefault(demonym.lower(), name)
    return out


def people_of(noun: str) -> str:
    """The country whose people a plural demonym counts ("Americans", "Israelis" -> United States, Israel), or ""."""
    singular = noun.removesuffix("s")
    return _by_demonym().get(singular.lower(), "") if singular != noun else ""


def _forms(country: str) -> tuple[str, ...]:
    """A country's name, other spellings and demonym, as the table writes them; () for ""."""
    return next((tuple(f for f in (n, *s, d) if f) for n, s, d, _ in _countries() if n == country and country), ())


def spellings(country: str) -> tuple[str, ...]:
    """A country's name, other spellings (the capitals-only ones dotted too: "US", "U.S.") and demonym; () for ""."""
    forms = _forms(country)
    return (*forms, *(".".join(f) + "." for f in forms if f.isupper()))


@lru_cache(maxsize=64)
def _naming(country: str) -> re.Pattern[str]:
    """A country's name, other spellings and demonym as one pattern: capitals-only spellings ("US", "U.S.") as written,
    the rest in any case and form ("American", "Americans")."""
    forms = _forms(country)
    exact = [r"\.?".join(f) + r"\b\.?" for f in forms if f.isupper()]
    loose = [rf"(?i:{re.escape(f)})" for f in forms if not f.isupper()]
    return re.compile(r"\b(?:" + "|".join(exact + loose) + ")")


def names_country(country: str, text: str) -> bool:
    """Whether `text` names `country` by its name, another spelling or its demonym ("In the U.S. alone")."""
    return bool(country) and bool(_naming(country).search(text))
