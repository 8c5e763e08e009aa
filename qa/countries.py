"""A country's names in their other forms, from countryinfo's table (name, other spellings, demonym, capital).

A question's "Russia" is a sentence's "Russian soldiers", and its "Washington" may be a sentence's "the US": BM25
tokens ("russia", "russian") and the embedding model ("Washington" / "the US" 0.54) both read them as other words.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from countryinfo import CountryInfo

from qa.tokens import tokenize


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, tuple[str, ...], str, str], ...]:
    """(name, other spellings, demonym, capital) of every country and territory in the table (~0.05 s, once), the
    most populous first: a form two share is the larger one's ("American": the US, not the Northern Marianas)."""
    table = sorted(CountryInfo.all().items(), key=lambda kv: (-int(kv[1].get("population") or 0), kv[0]))
    return tuple((str(info.get("name") or key), tuple(info.get("altSpellings") or ()), str(info.get("demonym") or ""),
                  str(info.get("capital") or "")) for key, info in table)


@lru_cache(maxsize=1)
def _token_forms() -> dict[str, frozenset[str]]:
    """Each one-token country name's BM25 token with its demonym's, both ways ("russia" <-> "russian"; "chinese" ->
    china and macau). Not transitive: China and Macau are not one name."""
    out: dict[str, set[str]] = {}
    for name, _, demonym, _ in _countries():
        named, said = tokenize(name), tokenize(demonym)
        if len(named) == 1 and len(said) == 1 and named != said:
            out.setdefault(named[0], set()).add(said[0])
            out.setdefault(said[0], set()).add(named[0])
    return {token: frozenset(forms) for token, forms in out.items()}


def name_forms(token: str) -> frozenset[str]:
    """The BM25 tokens naming the same country as `token` in another form ("russia" -> {"russian"}), or none."""
    return _token_forms().get(token, frozenset())


def with_forms(tokens: Iterable[str]) -> set[str]:
    """`tokens` and every other form of the country names among them: a sentence saying "Russian" holds "russia"."""
    held = set(tokens)
    return held.union(*(name_forms(t) for t in held))


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
    return _by_name().get(low, "")
