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
    """The other names `text` gives `party` (the words before `party` ending a capitalised run of at most MAX_RUN
    words, naming nothing else in `text`), in the order the article first writes them; () when it gives none."""
    asked = _words(party)
    if not asked:
        return ()
    runs = [tuple(_POSSESSIVE.sub("", w) for w in m.group(0).split()) for m in _RUN.finditer(text)]
    runs = [r for r in runs if len(r) <= MAX_RUN]
    found: dict[str, None] = {}
    for run in runs:
        low, n = tuple(w.lower() for w in run), len(asked)
        if len(low) <= n or low[-n:] != asked:
            continue
        rest = run[:-n]
        if not ({w.lower() for w in rest} - STOP_WORDS) or _beside_others(rest, asked, runs):
            continue
        found[" ".join(rest)] = None
    return tuple(found)


def _beside_others(rest: tuple[str, ...], asked: tuple[str, ...], runs: list[tuple[str, ...]]) -> bool:
    """Whether a run of the article puts `rest` beside words that are not the party's ("New York Jets" when the
    party is the Giants): then `rest` alone does not tell which it names."""
    rest_low, n = tuple(w.lower() for w in rest), len(rest)
    for run in runs:
        low = tuple(w.lower() for w in run)
        for i in range(len(low) - n + 1):
            if low[i:i + n] != rest_low:
                continue
            other = low[:i] + low[i + n:]
            if other and other != asked:
                return True
    return False
