"""Other names an article gives a party a counting question names by part of its name (issue 13).

A news article names one team by its nickname or its city ("the Giants" / "New York"): where the article writes the
whole name once ("New York Giants (5-9) at Philadelphia Eagles"), a question asking "How many sacks have the Giants
given up?" is answered by "New York ... has surrendered a staggering 76 sacks". An alias is the rest of a capitalised
run of the article that ends with the party's words (a team's place before its nickname), when no other run of the
article puts that rest beside other words ("New York Jets" beside "New York Giants": "New York" names neither).
Read from the article's own text, never from a list of names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.tokens import STOP_WORDS

_WORD = r"(?:[A-Z][\w&.’'-]*[\w&]|\d+[a-z]\w*)"  # a capitalised word, or a number's name ("49ers", "76ers")
_RUN = re.compile(rf"{_WORD}(?:[ \t]+{_WORD})*")  # such words in a row, on one line
_POSSESSIVE = re.compile(r"['’]s?$")
MAX_RUN = 4  # words of a run read as one name: a longer run is a headline or a list of names
ALIASES_CACHED = 512  # (article text, party) pairs kept: a question's candidates come from a few articles


def _words(name: str) -> tuple[str, ...]:
    """`name`'s words, lower case, less a leading "the" and a possessive ("the Giants'" -> ("giants",))."""
    words = [_POSSESSIVE.sub("", w).lower() for w in name.split()]
    return tuple(w for w in words[1 if words[:1] == ["the"] else 0:] if w)


@lru_cache(maxsize=ALIASES_CACHED)
def aliases(text: str, party: str) -> tuple[str, ...]:
    """The other name `text` gives `party`: the words before `party` ending a capitalised run of at most MAX_RUN
    words (less a leading stop word: "The New York Giants"), naming nothing else in `text`; () when it gives none,
    or several that are no one name ("Manchester United", "Newcastle United": "United" is neither's)."""
    asked = _words(party)
    if not asked or not _after_a_name(text, asked):
        return ()
    runs = [tuple(_POSSESSIVE.sub("", w) for w in m.group(0).split()) for m in _RUN.finditer(text)]
    runs = [r for r in runs if len(r) <= MAX_RUN]
    found: dict[tuple[str, ...], None] = {}
    for run in runs:
        low, n = tuple(w.lower() for w in run), len(asked)
        if len(low) <= n or low[-n:] != asked:
            continue
        rest = run[:-n]
        while rest and rest[0].lower() in STOP_WORDS:
            rest = rest[1:]
        if rest and not _beside_others(rest, asked, runs):
            found[rest] = None
    shortest = min(found, key=len, default=())
    if any(rest[len(rest) - len(shortest):] != shortest for rest in found):  # "Singer Taylor" is "Taylor"
        return ()
    return (" ".join(shortest),) if shortest else ()


def _after_a_name(text: str, asked: tuple[str, ...]) -> bool:
    """Whether `text` writes the party's words after a capitalised word on the same line: a cheap search (the party's
    literal words) before reading every capitalised run of a long article (~4 ms for 70,000 characters)."""
    found = re.finditer(r"[ \t]+".join(map(re.escape, asked)), text, re.IGNORECASE)
    return any(re.search(rf"{_WORD}[ \t]+$", text[max(0, m.start() - 40):m.start()]) for m in found)


def _beside_others(rest: tuple[str, ...], asked: tuple[str, ...], runs: list[tuple[str, ...]]) -> bool:
    """Whether a run of the article puts after `rest` words that are not the party's ("New York Jets" when the party
    is the Giants): then `rest` alone does not tell which it names. Words before it are a title ("Singer Taylor")."""
    rest_low, n = tuple(w.lower() for w in rest), len(rest)
    for run in runs:
        low = tuple(w.lower() for w in run)
        for i in range(len(low) - n + 1):
            after = low[i + n:]
            if low[i:i + n] == rest_low and after and after[:len(asked)] != asked:
                return True
    return False
