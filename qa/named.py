"""The name a "who / which / what ..." question asks for, quoted in full at least once.

A question that describes someone through several reports ("Who is the individual ... reported by The Verge,
Fortune and TechCrunch?") is answered by the name its quotes share, but each report may use the short form
("Bankman-Fried", "Caesars") and the reader is left without the full name. The shared name is the capitalised
word, not in the question, that most quotes hold; its full form is the most frequent capitalised run holding it
among the candidate sentences ("Sam Bankman-Fried", "Caesars Sportsbook"). When no quote holds the full form, the
best candidate that does is quoted too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from qa.quote_pool import Candidate
from qa.retrieve import Index

_ASKS_NAME = re.compile(r"^\s*(?:who|whom|whose|which|what)\b", re.IGNORECASE)
_RUN = re.compile(r"[A-Z][\w&.’'-]*[\w&](?:\s+[A-Z][\w&.’'-]*[\w&])*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[“\"‘(]\s*)$")
_CALENDAR = frozenset("January February March April May June July August September October November December Monday "
                      "Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MIN_SHARE = 2.0  # the name's weight (quotes holding it, plus POOL_WEIGHT per candidate) to be taken as the answer
# The best POOL_NAMES candidates count too, each POOL_WEIGHT of a quote: the answer is what the found sentences are
# about (even half, who/which questions answered: full name quoted 0.722 -> 0.794 quotes alone, 0.818 with these).
POOL_NAMES, POOL_WEIGHT = 40, 0.5
RUNS_CACHED = 4096  # texts whose capitalised runs are kept (a few questions' candidates)


@lru_cache(maxsize=RUNS_CACHED)
def _runs(text: str) -> tuple[str, ...]:
    """Capitalised runs of `text`, possessives cut ("Altman’s" -> "Altman"); a one-word run opening a sentence
    is left out ("The", "Before"). Kept per text: `name_sentence` reads each candidate twice, questions share them."""
    out = []
    for m in _RUN.finditer(text):
        run = _POSSESSIVE.sub("", m.group(0))
        if " " not in run and _opens(text, m.start()):
            continue
        out.append(run)
    return tuple(out)


def _opens(text: str, at: int) -> bool:
    """Whether `text[:at]` ends where a sentence or quote opens (`_SENTENCE_START`), searched from the character
    before its trailing spaces, where any match starts: not along the whole text before each run."""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return _SENTENCE_START.search(text, max(0, start - 1), at) is not None


def shared_name(question: str, quoted: Sequence[str], others: Sequence[str] = ()) -> str:
    """The capitalised word the `quoted` texts (and, at POOL_WEIGHT each, the `others`) hold most, not a name `question`
    says ("Vladimir" when it says "Putin"), a month, day or acronym ("CEO"); "" when its weight is under MIN_SHARE."""
    asked = {_POSSESSIVE.sub("", w.lower()) for w in re.findall(r"[\w&’'-]+", question)}
    said = cache(lambda word: _asked(word.lower(), asked))  # each word compared once: the texts repeat their names
    counts: Counter[str] = Counter()
    for text, weight in [*((t, 1.0) for t in quoted), *((t, POOL_WEIGHT) for t in others)]:
        runs = [run.split() for run in _runs(text)]  # a run holding a name the question says is that name
        # in text order, so a tie goes to the word met first whatever the hash seed (a set's order decided it)
        for word in dict.fromkeys(w for run in runs if not any(said(w) for w in run) for w in run):
            if word not in _CALENDAR and not word.isupper():
                counts[word] += weight
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= MIN_SHARE else ""


def _asked(word: str, asked: set[str]) -> bool:
    """Whether the question names `word` or a form of it ("Russian" when it says "Russia's")."""
    return any(word == w or (min(len(word), len(w)) >= 4 and (word.startswith(w) or w.startswith(word)))
               for w in asked)


def full_form(word: str, texts: Sequence[str]) -> str:
    """The most frequent capitalised run of two words or more holding `word` ("" when none)."""
    counts = Counter(run for text in texts for run in _runs(text) if " " in run and word in run.split())
    return max(counts, key=lambda run: (counts[run], len(run)), default="")


def name_sentence(index: Index, question: str, quoted: Sequence[str], candidates: Sequence[Candidate]
                  ) -> Candidate | None:
    """For a question asking who or which, the best candidate holding the full form of the name the `quoted`
    texts share, when none of them holds it; else None."""
    if not _ASKS_NAME.match(question):
        return None
    texts = [index.sentence(c.row).text for c in candidates]
    word = shared_name(question, quoted, texts[:POOL_NAMES])
    name = full_form(word, [*quoted, *texts]) if word else ""
    if not name or any(_holds(name, text) for text in quoted):
        return None
    return next((c for c, text in zip(candidates, texts, strict=True) if _holds(name, text)), None)


def _holds(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
