"""Sums written with a currency's code or the press's abbreviation ("NIS 220 million", "Rs 20,000 crore",
"CHF 1.2 billion"), which spaCy's small model reads as an organisation and a bare number: as MONEY entities.

The codes are ISO 4217's, from countryinfo's table (already read for country names), less those that are everyday
English words in capitals ("ALL 230", "TOP 40", "COP26": symspellpy's English list), but for the few of them that
stand for much-traded currencies; with them the abbreviations news writes that are no ISO code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from countryinfo import all_countries
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from qa.english import english_words

TRADED = frozenset({"EUR", "AUD", "CAD", "SGD", "RUB"})  # ISO codes that are also English words ("cad", "rub")
PRESS = frozenset({"Rs", "Rs.", "NIS", "Dh", "Dhs", "RMB"})  # rupees, new shekels, dirhams, renminbi
SCALES = ["million", "billion", "trillion", "bn", "mn", "m", "crore", "crores", "lakh", "lakhs"]


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The codes and abbreviations a sum may be written with, before or after its figure."""
    iso = {c for country in all_countries() for c in (country.currencies() or []) if c.isalpha() and c.isupper()}
    words = english_words()
    return frozenset({c for c in iso if c.lower() not in words} | (iso & TRADED) | PRESS)


def entity_patterns() -> list[dict[str, Any]]:
    """spaCy EntityRuler patterns: a code, then a figure and its scale ("NIS 220 million"); a figure, then a code."""
    code = {"TEXT": {"IN": sorted(currency_codes())}}
    figure = [{"LIKE_NUM": True}, {"LOWER": {"IN": SCALES}, "OP": "?"}]
    return [{"label": "MONEY", "pattern": [code, {"TEXT": ".", "OP": "?"}, *figure]},
            {"label": "MONEY", "pattern": [*figure, code]}]


@Language.factory("currency_sums")
def currency_sums(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """spaCy's EntityRuler with `entity_patterns`, run only on a text holding a code: its matcher (or a walk over the
    tokens) cost ~3 ms a question when run on every candidate sentence; a search of the text, microseconds."""
    ruler = EntityRuler(nlp, name, overwrite_ents=True, patterns=entity_patterns())
    codes = "|".join(map(re.escape, sorted(currency_codes(), key=len, reverse=True)))
    held = re.compile(codes)  # any text the matcher could match holds one (and a few more)
    return lambda doc: ruler(doc) if held.search(doc.text) else doc
