"""Misspelt question words matched to the corpus's own words ("resevists" -> "reservists"), and only those.

A build counts the corpus's surface words (case kept; BM25's vocabulary is stemmed) into `words.json`. At question
time a word is respelt when the corpus lacks it, it is no English word either (symspellpy's bundled list of 82,765
words, read as data), and the user typed it in lower case: a name ("Nanda" is not "Nana"), a number, or a real word
the articles do not use ("Who won the Super Bowl?") is left as typed, so such a question still abstains. Words are
compared lowercased, ’ read as ' and a possessive 's dropped. The replacement is the corpus word closest by optimal
string alignment distance (rapidfuzz; a swap is one edit), the most frequent among equally close ones. A question
that reads as another language is left as typed (`reads_english`).

A question typed without capitals ("how many tanks has ukraine lost") also gets the capitals of the corpus's names
back ("Ukraine"): the parser reads whose count is asked from them. Only when the user capitalised no word after the
first (one who did meant their case), and never a stop word or a plural of an English word ("jets", "bears": the
corpus's teams, not the user's nouns). This is no respelling: it is not listed as a correction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from qa.english import english_words
from qa.records import Correction
from qa.tokens import STOP_WORDS, strip_accents

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_LENGTH = 3  # shorter words are too ambiguous to respell ("nxt" -> "next" is the shortest we try)
# Edits allowed by word length: one up to five letters, two from six, three from ten ("conscripshun"); a match
# two or more edits away keeps the typed word's first letter, three edits away its first three letters
# ("cluelessness" is not "sleeplessness").
EDITS_BY_LENGTH = ((10, 3), (6, 2), (0, 1))
SAME_START = {1: 0, 2: 1, 3: 3}
NAME_SHARE = 0.9  # a corpus word is a name when at least this share of its uses are capitalised
MAX_WORDS = 200_000  # words.json keeps the commonest words: a respelling must be a frequent corpus word
# A lowercase name is reread as a common word (`Speller.reread`) only when the corpus writes the name this often (a
# name seen once is no evidence: SQuAD's single "Lone" would make "which lone female architect" "which one ...").
MIN_NAME_USES = 3
# A capitalised word the corpus lacks is one of its names misspelt (`Speller.has_near_name`) from this many letters,
# when one edit (a letter, an accent) away: SQuAD's "Nederrikn", "Brainbridge", "Caucasas", "Beausejour". Shorter
# names one edit from a corpus name are often other people: MultiHop-RAG's null queries about "Horwood", "Brazier".
NEAR_NAME = 8


def count_words(texts: Iterable[str]) -> dict[str, int]:
    """How often each surface word (letters only, case kept) occurs in `texts`, the MAX_WORDS commonest, most
    common first, ties by the word: what `words.json` holds."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_WORD.findall(text))
    return _commonest(counts)


def update_counts(previous: Mapping[str, int], gone: Iterable[str], added: Iterable[str]) -> dict[str, int] | None:
    """`count_words` of a corpus from its previous counts, less the texts `gone`, plus the texts `added`; None
    when the previous counts were cut at MAX_WORDS (the words below the cut are not known)."""
    if len(previous) >= MAX_WORDS:
        return None
    counts = Counter(previous)
    for text in gone:
        counts.subtract(_WORD.findall(text))
    for text in added:
        counts.update(_WORD.findall(text))
    return _commonest(Counter({w: n for w, n in counts.items() if n > 0}))


def _commonest(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda wn: (-wn[1], wn[0]))[:MAX_WORDS])


@lru_cache(maxsize=1)
def english_pairs() -> frozenset[str]:
    """symspellpy's English word pairs ("who leads", 243,342 of them, lowercase), read on first need."""
    data = resources.files("symspellpy").joinpath("frequency_bigramdictionary_en_243_342.txt").read_text("utf-8")
    return frozenset(" ".join(line.split(" ", 2)[:2]) for line in data.splitlines() if line)


@lru_cache(maxsize=1)
def _english_by_length() -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for word in sorted(english_words()):
        out.setdefault(len(word), []).append(word)
    return {n: tuple(ws) for n, ws in out.items()}


@dataclass(frozen=True, slots=True)
class Tables:
    """The corpus's words lowercased: counts, capitalised counts, commonest surface form, and by length."""

    counts: dict[str, int]
    capitalised: dict[str, int]
    forms: dict[str, str]
    by_length: dict[int, tuple[str, ...]]
    unaccented: dict[str, str]  # a word with accents, by its letters without them: "zurich" -> "zürich"


def key(word: str) -> str:
    """How words are compared: lowercased, ’ as ', without a possessive ("Altman’s" -> "altman")."""
    low = word.lower().replace("’", "'")
    return low[:-2] if low.endswith("'s") else low.rstrip("'")


def tables(surface: Mapping[str, int]) -> Tables:
    """Index `words.json`'s surface counts for look-ups (0.4 s for the 48,717 words of MultiHop-RAG + ours)."""
    counts: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    forms: dict[str, tuple[int, str]] = {}
    for word, n in surface.items():
        low = key(word)
        counts[low] += n
        if word[:1].isupper():
            capitalised[low] += n
        if n > forms.get(low, (0, ""))[0]:
            forms[low] = (n, word[:len(low)])  # the word without its possessive
    by_length: dict[int, list[str]] = {}
    unaccented: dict[str, str] = {}  # the commonest accented spelling of the letters
    for low in sorted(counts, key=lambda w: (-counts[w], w)):
        by_length.setdefault(len(low), []).append(low)
        if not low.isascii():
            unaccented.setdefault(strip_accents(low), low)
    return Tables(dict(counts), dict(capitalised), {k: v[1] for k, v in forms.items()},
                  {n: tuple(ws) for n, ws in by_length.items()}, unaccented)


def _in_order(short: str, long: str) -> bool:
    """True when `long` holds the letters of `short` in order: `short` only left letters out ("polnd")."""
    letters = iter(long)
    return all(ch in letters for ch in short)


@dataclass(frozen=True, slots=True)
class Speller:
    """The corpus's surface words and counts (`words.json`); their look-up tables are built on first use."""

    surface: Mapping[str, int] = field(default_factory=dict)
    _built: list[Tables] = field(default_factory=list)

    @property
    def tables(self) -> Tables:
        """The look-up tables (built once; two threads may both build them, to the same result)."""
        if not self._built:
            self._built.append(tables(self.surface))
        return self._built[0]

    def is_name(self, low: str) -> bool:
        """True when the corpus nearly always writes this word capitalised."""
        t = self.tables
        return t.capitalised.get(low, 0) >= NAME_SHARE * t.counts.get(low, 0) > 0

    def closest(self, low: str) -> str | None:
        """The corpus word closest to lowercase `low`; among ties, one holding every typed letter in order (a
        letter left out is the commonest slip: "polnd" is "poland", not "pound"), then the most frequent."""
        t = self.tables
        edits = next(n for shortest, n in EDITS_BY_LENGTH if len(low) >= shortest)
        best: tuple[int, bool, bool, int, str] | None = None
        for n in range(len(low) - edits, len(low) + edits + 1):
            for match, distance, _ in process.extract(low, t.by_length.get(n, ()), scorer=OSA.distance,
                                                      score_cutoff=edits, limit=None):
                if match[:SAME_START[int(distance)]] != low[:SAME_START[int(distance)]]:
                    continue
                rank = (int(distance), not _in_order(low, match), match[:1] != low[:1], -t.counts[match], match)
                best = rank if best is None or rank < best else best
        return best[-1] if best else None

    def has_near_name(self, word: str) -> bool:
        """Whether the corpus writes a name that a capitalised `word` it lacks may stand for: its plural ("PPP" for
        "PPPs"), or from NEAR_NAME letters one a single edit away ("Beausejour" for "Beauséjour"). A name is never
        respelt (`respell`), but the articles may be about it: the question is no question about what they lack."""
        low = key(word)
        if not self.surface or len(low) < MIN_LENGTH:
            return False
        if self.is_name(low + "s"):
            return True
        lengths = (len(low) - 1, len(low), len(low) + 1) if len(low) >= NEAR_NAME else ()
        return any(self.is_name(match) for n in lengths
                   for match, _, _ in process.extract(low, self.tables.by_length.get(n, ()), scorer=OSA.distance,
                                                      score_cutoff=1, limit=None))

    def respell(self, word: str, *, name: bool) -> str | None:
        """What to search for instead of `word`, or None when it stands as typed: a `name` (capitalised), a word
        the corpus or English has, or one no corpus word is near. A word the corpus writes only with accents is
        always respelt so, a name too ("Zurich" is "Zürich", "Jose Mourinho" "José"): the accents were left out."""
        low = key(word)
        if self.surface and low not in self.tables.counts and (accented := self.tables.unaccented.get(low)):
            form = self.tables.forms[accented] if self.is_name(accented) else accented  # "Zurich": "Zürich"
            return form + word[len(low):]  # a possessive kept
        if (name or len(low) < MIN_LENGTH or not self.surface or low in STOP_WORDS or low in english_words()
                or low in self.tables.counts):
            return None
        found = self.closest(low)
        if found is None:
            return None
        return self.tables.forms[found] if self.is_name(found) else found

    def reread(self, word: str, before: str, after: str) -> str | None:
        """The common word a lowercase `word` the corpus only knows as a name most likely means, from the words typed
        around it ("who leeds the" is "who leads the"); None when its context does not rule the name out."""
        # English pairs "who leads" and "leads the" but neither "who leeds" nor "leeds the" (symspellpy's pair list);
        # the first letter kept, as `closest` prefers ("leads", not "needs"). None when the name fits its neighbours
        # on either side ("for leeds"), ends the question, or no corpus word one edit away, commoner in the corpus than
        # the name, fits both sides. Asked only of questions whose user capitalises (`respell`): in lower case, "fox
        # news" would be "for news" (the pair list lacks many names' pairs).
        low = key(word)
        if (word != word.lower() or len(low) < MIN_LENGTH or not self.surface or not self.is_name(low)
                or self.tables.counts[low] < MIN_NAME_USES):
            return None
        pairs = english_pairs()
        beside = [(f"{before} ", "") if before else None, ("", f" {after}") if after else None]
        sides = [s for s in beside if s is not None]
        if len(sides) < 2 or any(f"{a}{low}{b}" in pairs for a, b in sides):
            return None
        t = self.tables
        fitting = [w for n in (len(low) - 1, len(low), len(low) + 1)
                   for w, _, _ in process.extract(low, _english_by_length().get(n, ()), scorer=OSA.distance,
                                                  score_cutoff=1, limit=None)
                   if t.counts.get(w, 0) > t.counts[low] and not self.is_name(w)
                   and all(f"{a}{w}{b}" in pairs for a, b in sides)]
        return min(fitting, key=lambda w: (w[:1] != low[:1], -t.counts[w], w), default=None)  # as `closest` ranks

    def recase(self, word: str) -> str | None:
        """The corpus's capitalised form of a lowercase `word` it nearly always writes as a name ("ukraine" ->
        "Ukraine"), or None: not a name, a stop word, or the plural of an English word ("jets")."""
        low = key(word)
        if word != word.lower() or low in STOP_WORDS or not self.surface or not self.is_name(low):
            return None
        if low.endswith("s") and low[:-1] in english_words():
            return None
        return self.tables.forms[low] + word[len(low):]


# A question opening "who|what|which WORD the|a|an|his|her|its|their" has a verb where WORD stands: no name ("who leeds
# the wagner groop" is "who leads ..."), so a name there is reread even in a question typed in lower case, where
# reading every lowercase name by its neighbours misfires ("fox news" -> "for news": `Speller.reread`).
_ASKING = frozenset({"who", "what", "which"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})


def _verb_slot(lows: list[str], i: int) -> bool:
    """Whether the `i`th of a question's lowercase words stands between its opening wh-word and a determiner."""
    return i == 1 and lows[0] in _ASKING and len(lows) > 2 and lows[2] in _DETERMINERS


def _typed_in_lower_case(text: str) -> bool:
    """True when no word after the first is capitalised: the user does not capitalise names."""
    return not any(w[:1].isupper() for w in _WORD.findall(text)[1:])


MIN_TOLD = 3  # words a question needs before it can be told not to be English ("polnd nxt" is respelt)


def reads_english(text: str, speller: Speller) -> bool:
    """False when `text` has more foreign-looking words (lowercase, of 2-4 letters or accented, neither in symspellpy's
    English list nor a corpus acronym: "elle", "qui", "appelés") than English stop words."""
    words = _WORD.findall(text)
    if len(words) < MIN_TOLD:
        return True
    lows = [key(w) for i, w in enumerate(words) if i == 0 or w == w.lower()]
    foreign = sum(1 for low in lows if low not in english_words() and (2 <= len(low) <= 4 or not low.isascii())
                  and not speller.tables.forms.get(low, "").isupper())
    return foreign <= sum(1 for w in words if key(w) in STOP_WORDS)


def respell(text: str, speller: Speller) -> tuple[str, tuple[Correction, ...]]:
    """`text` with each misspelt word replaced by the corpus word it most likely means, and what was replaced;
    in a question typed without capitals, the corpus's names capitalised too (not listed as corrections)."""
    if not reads_english(text, speller):  # the corpus's words are no guide to another language's spelling
        return text, ()
    corrections: list[Correction] = []
    out: list[str] = []
    at = 0
    lower = _typed_in_lower_case(text)
    words = list(_WORD.finditer(text))
    lows = [key(m.group()) for m in words]
    for i, m in enumerate(words):
        word = m.group()
        name = word[:1].isupper() and bool(text[:m.start()].strip())  # not the question's first word
        searched = speller.respell(word, name=name)
        if searched is None and (not lower or _verb_slot(lows, i)):  # typed in lower case, a name is lower case
            # too: no evidence of a slip, but where a verb must stand
            searched = speller.reread(word, lows[i - 1] if i else "", lows[i + 1] if i + 1 < len(words) else "")
        if searched is not None:
            corrections.append(Correction(word, searched))
        elif lower:
            searched = speller.recase(word)
        if searched is not None:
            out += [text[at:m.start()], searched]
            at = m.end()
    return "".join([*out, text[at:]]), tuple(corrections)
