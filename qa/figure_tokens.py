"""Which tokens of a parsed sentence give a figure: a number, not a date, a sum or a model's designation."""

from __future__ import annotations

from typing import Any

_NOT_COUNTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})
_YEARS = range(1900, 2100)  # a four-digit number there before a plural noun is its year: "the 2021 models"
_TIME_UNITS = frozenset("second minute hour day night week weekend month season year decade century".split())


def designation(text: str) -> bool:
    """Letters with digits in one token ("F-16", "T-72", "TB2"): a model's name, not a figure."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _count_read_as_date(tok: Any) -> bool:
    """Whether a number the recognizer calls a date counts the plural noun it modifies: "He has bagged 1624 hits"
    (no year of the news: outside _YEARS), not "the 2019 playoffs" nor "some 5,500 years"."""
    digits = tok.text.replace(",", "")
    return (tok.ent_type_ == "DATE" and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and digits.isdigit()
            and tok.head.lemma_.lower() not in _TIME_UNITS and not (len(tok.text) == 4 and int(digits) in _YEARS))


def is_number(tok: Any) -> bool:
    """Whether a token gives a figure: not a date or sum, not a designation ("F-16", "MiG-29": letters with digits),
    not the number of a name ("Leopard 2")."""
    if (tok.ent_type_ in _NOT_COUNTS and not _count_read_as_date(tok) or not (tok.like_num or tok.pos_ == "NUM")
            or designation(tok.text)):
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None  # "Leopard 2", "Su 25": part of a name
    return not (before is not None and before.pos_ == "PROPN" and tok.text.isdigit() and len(tok.text) <= 2)
