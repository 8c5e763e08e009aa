"""BM25 tokens: lowercase word tokens of folded text, English stop words dropped, Snowball-stemmed.

The same function tokenizes chunks at build time and questions at query time, so both sides agree.
Text is expected to be folded already (`clean.fold_text` for questions; articles are clean).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from qa.stopwords import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:[.,'’‘‛′][^\W_]+)*")
_APOSTROPHES = str.maketrans(dict.fromkeys("’‘‛′", "'"))  # articles keep the publisher's; "Putin’s" = "Putin's"

_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


# Texts up to a sentence's length are kept tokenized: answering one question tokenizes its ~160 candidate sentences
# ~350 times (scoring, the abstention, the lead, the multi-source pool and clauses each read them), ~20 us a time.
# Chunks (longer) are tokenized once, at build time, and not kept.
CACHED_CHARS, CACHED_TEXTS = 600, 20_000


def tokenize(text: str) -> list[str]:
    """BM25 tokens of `text`: words (numbers keep their commas: "1,292"), no stop words, stemmed."""
    return list(_kept(text)) if len(text) <= CACHED_CHARS else _tokens(text)


@lru_cache(maxsize=CACHED_TEXTS)
def _kept(text: str) -> tuple[str, ...]:
    return tuple(_tokens(text))


def _tokens(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return [_stem(w.translate(_APOSTROPHES)) for w in words if w not in STOP_WORDS]


def strip_accents(word: str) -> str:
    """`word` without its combining marks ("zürich" -> "zurich", "são" -> "sao"): how a user types a name."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
