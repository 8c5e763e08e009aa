"""The form of figure a question asks for, and whether a sentence gives a figure of that form.

A measure (`Question.measure`: "How fast ...?" a speed) is given in a unit of its own family: a speed in mph or knots,
not "a run of 26 yards"; a weight in kilograms or pounds (of weight, not money), not "starts at $549". A game's score
or a team's record ("By what score did Texas beat Alabama?", "What is the Jaguars' record?") is given as "34-24",
"80-78-6" or "Jaguars 27, Texans 23", not by a sentence restating the match. A candidate giving the tally asked
leads (`qa.lead`); a measure none of the best sentences gives in its units abstains (`unmeasured`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from qa.nlp import parse
from qa.question import Question
from qa.records import Abstention
from qa.sentence_score import Scored, attribute_given

MEASURED_IN = 3  # the best sentences one of which must give the measure or form asked
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
_DURATION = rf"{_RANGE}(?:{_TIME})\b|\b(?:1[0-9]|20)\d\d\s*(?:to|-|–|until)\s*(?:1[0-9]|20)?\d\d\b"
_AGE = rf"{_RANGE}(?:{_TIME})\b|\bage[ds]?\s+(?:of\s+)?\d"
# Each measure `Question.measure` names, given in its own units ("height" also in storeys, a place on the charts).
FAMILIES: dict[str, re.Pattern[str]] = {
    "speed": re.compile(_SPEED, re.IGNORECASE),
    "weight": re.compile(_WEIGHT, re.IGNORECASE),
    "depth": re.compile(_LONG, re.IGNORECASE),
    "width": re.compile(_LONG, re.IGNORECASE),
    "distance": re.compile(_LONG, re.IGNORECASE),
    "height": re.compile(rf"{_LONG}|{_RANGE}(?:storeys|stories|floors)\b", re.IGNORECASE),
    "age": re.compile(_AGE, re.IGNORECASE),
    "length": re.compile(rf"{_LONG}|{_DURATION}|\b(?:{_TIME})\b", re.IGNORECASE),  # "How long": a length or a time
}
_CHART_PLACE = re.compile(r"\b(?:number|no\.)\s?\d|#\d", re.IGNORECASE)  # how high a record went on the charts
# A price or a sum of money is given in money: "20,000 anti-tank weapons" or "3 years" is not one.
_MONEY = re.compile(rf"[$£€¥₹₽]\s?\d|\d\s?[$£€]|\b{_NUM}(?:\s+(?:million|billion|trillion|bn|m))?\s+"
                    r"(?:dollars|euros|pounds|cents|pence|yen|yuan|rubles|roubles|rupees|lira|francs|hryvnias?)\b|"
                    r"\b(?:USD|EUR|GBP)\s?\d", re.IGNORECASE)
# A game's score: "34-24", "14-12-96", or two sides each with its points ("Jaguars 27, Texans 23"); not a year's span
# ("2023-24": four digits), nor a team's record beside its name ("Alabama (12-1)") or of its season ("a 2-1 start").
_TALLY = r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?:[-–]\d{1,3})?(?![\d.,]\d)"
_RECORD_OF = r"\s+(?:record|start|mark|season|overall|finish|against\s+the\s+spread|ATS)\b"
_SCORE = re.compile(rf"(?<!\()(?<![-–]){_TALLY}(?![-–]?\))(?!{_RECORD_OF})|"
                    r"\b[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)* \d{1,3}, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*)* \d{1,3}\b")
_RECORD = re.compile(rf"\({_TALLY}\)|{_TALLY}(?={_RECORD_OF})|\brecord\b[^.;]{{0,30}}?{_TALLY}", re.IGNORECASE)
TALLIES = {"score": _SCORE, "record": _RECORD}
FORMS = frozenset(TALLIES)  # the nouns that ask for a tally when the question asks for them
_NOT_TALLY = frozenset({"compound", "nmod"})  # "credit score", "temperature record": another thing, not a game's


def asked_form(text: str) -> str:
    """"score" or "record" when the question asks for one as its wh-word's noun ("By what score did ...?", "What score
    does X predict?") or as what the wh-word is ("What was the final score?", "What is the Jaguars' record?"), else
    "". A noun naming another kind ("credit score", "temperature record") asks for no tally."""
    doc = parse(text)
    for tok in doc:
        if tok.tag_ not in ("WDT", "WP") or tok.lower_ not in ("what", "which"):
            continue
        noun = tok.head if tok.dep_ == "det" else _subject(tok) if tok.dep_ == "attr" else None
        if noun is not None and noun.lemma_.lower() in FORMS and not any(c.dep_ in _NOT_TALLY for c in noun.children):
            return noun.lemma_.lower()
        return ""
    return ""


def _subject(wh: Any) -> Any | None:
    """The subject of the copula "what" is the attribute of: the score of "What was the final score?"."""
    return next((c for c in wh.head.children if c.dep_ == "nsubj"), None)


def form_of(question: Question) -> str:
    """The form of figure `question` asks for: its measure ("speed", "price"...), "score" or "record", or ""."""
    if question.measure:
        return question.measure
    if attribute_given(question.reading.attribute) is not None:
        return question.reading.attribute.lower()
    return asked_form(question.text) if any(ch.isalpha() for ch in question.text) else ""


def gives(question: Question, form: str, text: str) -> bool:
    """Whether `text` gives a figure of `form` (`form_of(question)`): a measure in its family's units (money for a price
    or a sum of money; pounds of weight as spaCy reads them, not of money), a tally for a score or a record."""
    if form in MONEY:
        return bool(_MONEY.search(text))
    if form in TALLIES:
        return bool(TALLIES[form].search(text))
    pattern = FAMILIES.get(form)
    if pattern is None:
        return False
    if form == "height" and "chart" in question.text.lower() and _CHART_PLACE.search(text):
        return True
    return any(form != "weight" or not _money_at(text, m.start()) for m in pattern.finditer(text))


def _money_at(text: str, at: int) -> bool:
    """Whether the figure at `at` is, to spaCy's entity recognizer, a sum of money ("500 pounds" of sterling)."""
    return any(e.label_ == "MONEY" and e.start_char <= at < e.end_char for e in parse(text).ents)


def form_pattern(question: Question) -> re.Pattern[str] | None:
    """The tally pattern of a question asking a score or a record (what candidates are sorted by), else None."""
    return TALLIES.get(form_of(question))


def unmeasured(question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"no_measure" when the question asks for a measure that none of the best MEASURED_IN sentences gives in its
    units. A score or a record asked abstains no more than before: the tally only orders the candidates."""
    form = question.measure
    if form and not any(gives(question, form, s.text) for s in scored[:MEASURED_IN]):
        return Abstention("no_measure", (form,))
    return None
