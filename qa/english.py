"""Which words are English: symspellpy's bundled frequency list, read once (respelling, currency codes)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """symspellpy's English frequency list (Google Books n-grams, 82,765 words), as a set of known words."""
    data = resources.files("symspellpy").joinpath("frequency_dictionary_en_82_765.txt").read_text("utf-8")
    return frozenset(line.split(" ", 1)[0] for line in data.splitlines() if line)
