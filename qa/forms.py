"""The units a measure is given in, and whether a sentence gives a measure in them.

A measure (`Question.measure`: "How fast ...?" a speed) is given in a unit of its own family: a speed in mph or knots,
not "a run of 26 yards"; a weight in kilograms or pounds (of weight, not money), not "starts at $549". A question
whose lead does not give the measure in its units abstains (`unmeasured`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from qa.amounts import CURRENCY_FIGURE
from qa.nlp import parse_many
from qa.question import Question
from qa.records import Abstention
from qa.sentence_score import Scored

MEASURED_IN = 1  # the lead must give the measure asked: a measure in a sentence behind it is not the answer's
# Measures given in money (`gives`): any sum, not a unit of a family.
MONEY = frozenset({"price", "sum of money"})
_NUM = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
        r"fifty|sixty|hundreds?|thousands?|several|a few|a)")
_RANGE = rf"(?<![$£€¥])\b{_NUM}(?:\s*(?:-|–|to|and)\s*{_NUM})?(?:\s+(?:million|billion))?[\s-]*"
_LENGTH = (r"(?:nautical\s+)?miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|m|cm|centimet(?:re|er)s?|mm|"
           r"millimet(?:re|er)s?|feet|foot|ft|inch(?:es)?|yards?")
_TIME = r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries"
_SPEED = (rf"{_RANGE}(?:mph|km/h|kmh|kph|knots|m/s|(?:{_LENGTH})\s*(?:per|an|a|/)\s*(?:hour|h|second|s|minute))\b|"
          r"\bmach\s+\d|\d\s*mph\b")
_WEIGHT = rf"{_RANGE}(?:kg|kilo(?:gram)?s?|grams?|g|tonnes?|tons?|lbs?|pounds|ounces?|oz|stone)\b"
_LONG = rf"{_RANGE}(?:{_LENGTH})\b"
# A time: "40 minutes", "an 80-minute meeting", "a single day", "days-long", "for weeks", "since 2019", "until the age
# of 16", "1961 to 1972"
YEAR = r"\b(?:1[0-9]|20)\d\d\b"  # a year, 1000-2099 (`qa.lead` reads it too)
_DURATION = (rf"{_RANGE}(?:(?:single|full|whole|couple\s+of|few)\s+)?(?:{_TIME})\b|"
             rf"(?-i:\b(?:{_TIME.replace('?', '')})\b)|"  # bare, a unit in lower-case plural: not "Thanksgiving Day"
             rf"\b(?:since|until|till)\b|{YEAR}\s*(?:-|–|to|through)\s*{YEAR}")
_RACE = r"\b\d+(?:\.\d+)?\s?k\b|\bmarathons?\b"  # a race's length: "a 5K", "a half marathon"
# An age is also told bare: "Ekimov, 78, and Brus, 80," "Tyler Mitchell was just 23 when he ..."
_AGE = (rf"{_RANGE}(?:{_TIME})\b|\bage[ds]?\s+(?:of\s+)?\d|[A-Z][^\W\d_]+,\s\d{{1,3}}(?:,|\s+(?:and|who)\b)|"
        r"\b(?:is|was|turned)\s+(?:just\s+|only\s+|now\s+)?\d{1,3}(?=\s+(?:when|at|years)\b|[,;]|\.(?!\d))")
# Each measure `Question.measure` names, given in its own units ("height" also in storeys, a place on the charts).
FAMILIES: dict[str, re.Pattern[str]] = {
    "speed": re.compile(_SPEED, re.IGNORECASE),
    "weight": re.compile(_WEIGHT, re.IGNORECASE),
    **dict.fromkeys(("depth", "width", "distance"), re.compile(_LONG, re.IGNORECASE)),
    "height": re.compile(rf"{_LONG}|{_RANGE}(?:storeys|stories|floors)\b", re.IGNORECASE),
    "age": re.compile(_AGE, re.IGNORECASE),
    "duration": re.compile(_DURATION, re.IGNORECASE),
    "length or duration": re.compile(rf"{_DURATION}|{_LONG}|{_RACE}", re.IGNORECASE),
}
_CHART_PLACE = re.compile(r"\b(?:number|no\.)\s?\d|#\d", re.IGNORECASE)  # how high a record went on the charts
# A price or a sum of money is given in money: "20,000 anti-tank weapons" or "3 years" is not one.
_MONEY = re.compile(rf"{CURRENCY_FIGURE}|\d\s?[$£€]|"
                    rf"\b{_NUM}(?:\s+(?:million|billion|trillion|bn|m))?\s+"
                    r"(?:dollars|euros|pounds|cents|pence|yen|yuan|rubles|roubles|rupees|lira|francs|hryvnias?)\b|"
                    r"\b(?:USD|EUR|GBP)\s?\d", re.IGNORECASE)

# "What share of adults ...?" asks a part of a whole: a per cent or a fraction ("14% of adults", "one-fifth", "between
# half and three quarters", "a 95/5 revenue split", "one in five"), which a count of the thing alone is not
_SHARE_ASKED = re.compile(r"\s*(?:what|which)\s+(?:share|percentage|proportion|fraction)\b", re.IGNORECASE)
_SHARE = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)|\b\d+/\d+\b|\b(?:half|halves|thirds?|quarters?|fifths?|"
                    r"tenths?|majority|minority)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)"
                    r"\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|hundred)\b", re.IGNORECASE)


def gives(question: Question, text: str) -> bool:
    """Whether `text` gives the measure the question asks (`Question.measure`) in its family's units: money for a price
    or a sum of money; pounds of weight as spaCy reads them, not of money."""
    measure = question.measure
    if measure in MONEY:
        return bool(_MONEY.search(text))
    pattern = FAMILIES.get(measure)
    if pattern is None:
        return False
    if measure == "height" and "chart" in question.text.lower() and _CHART_PLACE.search(text):
        return True
    return any(measure != "weight" or not _money_at(text, m.start()) for m in pattern.finditer(text))


def _money_at(text: str, at: int) -> bool:
    """Whether the figure at `at` is, to spaCy's entity recognizer, a sum of money ("500 pounds" of sterling): the
    recognizer alone, as `qa.rescore` already ran it on the best candidates (cached by text)."""
    entities = parse_many([text], syntax=False)[0].ents
    return any(e.label_ == "MONEY" and e.start_char <= at < e.end_char for e in entities)


def _asked(question: Question) -> list[tuple[str, Callable[[str], bool]]]:
    """What the question asks to be given, each with its test of a text: the measure (`gives`), then a share."""
    out: list[tuple[str, Callable[[str], bool]]] = []
    if question.measure:
        out.append((question.measure, lambda text: gives(question, text)))
    if _SHARE_ASKED.match(question.text):
        out.append(("share (a per cent or a fraction)", lambda text: _SHARE.search(text) is not None))
    return out


def gives_asked(question: Question, text: str) -> bool:
    """Whether `text` gives the measure or the share the question asks (the first of `_asked`); False when it asks
    neither."""
    asked = _asked(question)
    return bool(asked) and asked[0][1](text)


def unmeasured(question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"no_measure" when the question asks for a measure (or a share) that the answer's lead (its first MEASURED_IN
    sentences, the lead first) does not give in its units."""
    for missing, given in _asked(question):
        if not any(given(s.text) for s in scored[:MEASURED_IN]):
            return Abstention("no_measure", (missing,))
    return None
