"""Disagreeing sources: sentences from different articles that give different figures for the same thing.

A figure is a number with the noun it counts ("214 tanks", "7,000 soldiers", "13,800 men"); nouns are grouped
into families so "soldiers", "troops" and "casualties" compare. Used to show "Sources differ:" instead of
silently picking one figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_NUMBER = r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|thousand|hundred))?"
# A number, then up to three words (adjectives such as "Russian", "more", "main battle"), then a noun.
_FIGURE = re.compile(_NUMBER + r"((?:\s+[A-Za-z][\w-]*){1,4})")
_SCALE = {"million": 1e6, "thousand": 1e3, "hundred": 1e2}

FAMILIES: dict[str, frozenset[str]] = {
    "personnel": frozenset(
        "troops troop soldiers soldier men man casualties casualty dead killed wounded personnel fighters "
        "mercenaries conscripts people civilians lives".split()
    ),
    "tanks": frozenset({"tanks", "tank"}),
    "vehicles": frozenset({"vehicles", "vehicle", "trucks", "truck"}),
    "aircraft": frozenset("aircraft jets jet planes plane helicopters helicopter drones drone".split()),
    "missiles": frozenset({"missiles", "missile", "rockets", "rocket"}),
    "ships": frozenset({"ships", "ship", "warships", "warship", "boats", "boat", "vessels"}),
    "weapons": frozenset({"weapons", "weapon", "arms"}),
    "money": frozenset({"dollars", "pounds", "euros", "roubles", "rubles", "$", "billion"}),
}
_FAMILY_OF = {word: family for family, words in FAMILIES.items() for word in words}


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in a sentence and the family of the thing it counts."""

    value: float
    family: str
    text: str


def figures(sentence: str) -> list[Figure]:
    """The counted figures in `sentence` whose noun belongs to a known family."""
    out = []
    for m in _FIGURE.finditer(sentence):
        number, scale, tail = m.group(1), m.group(2), m.group(3)
        for word in tail.split():
            family = _FAMILY_OF.get(word.lower().strip(".,;:'’"))
            if family:
                value = float(number.replace(",", "")) * _SCALE.get(scale or "", 1.0)
                out.append(Figure(value, family, m.group(0).strip()))
                break
    return out


def families_in(text: str) -> set[str]:
    """Families of the nouns a question mentions ("How many tanks..." -> {"tanks"})."""
    return {_FAMILY_OF[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _FAMILY_OF}


def differing(candidates: Sequence[tuple[str, str]], families: set[str]) -> list[int]:
    """Indices of candidates (doc_id, sentence), best first, one per article, whose figures disagree: empty unless at
    least two articles give figures of the same family with different values."""
    for family in sorted(families):
        chosen: list[int] = []
        docs: set[str] = set()
        values: set[float] = set()
        for i, (doc_id, text) in enumerate(candidates):
            found = {f.value for f in figures(text) if f.family == family}
            if found and doc_id not in docs:
                chosen.append(i)
                docs.add(doc_id)
                values |= found
        if len(docs) >= 2 and len(values) >= 2:
            return chosen
    return []
