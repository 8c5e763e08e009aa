"""The capitalised names of a question no article mentions: the articles cannot be about them ("unknown_names").

A name counts as mentioned when an indexed chunk holds it (read with the dotted tail of its word: "CBSSports.com"),
when the corpus has a name one slip away (`Speller.has_near_name`), or, for a plural demonym, when the corpus names
its country ("Americans" of articles saying "the U.S.": `qa.countries`).
"""

from __future__ import annotations

import re

from qa.countries import people_of, spellings
from qa.sparse import SparseIndex
from qa.spelling import Speller
from qa.tokens import tokenize

_NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][^\W\d_]{2,}(?:-[^\W_]+)*\b")
_DOTTED_TAIL = re.compile(r"(?:\.\w+)*")  # "CBSSports[.com]"


def _held(vocabulary: SparseIndex, text: str) -> bool:
    """Whether every token of `text` (it has one) is in the index's vocabulary."""
    tokens = tokenize(text)
    return bool(tokens) and all(t in vocabulary.vocab for t in tokens)


def unknown_names(vocabulary: SparseIndex, question: str, speller: Speller | None = None) -> tuple[str, ...]:
    """Capitalised names in the question that no indexed chunk contains, nor the corpus's names one slip away, nor
    the country a plural demonym is the people of. Read with its dotted tail, "CBSSports.com" is one token the
    articles have, not the unknown "CBSSports" (which made 6% of MultiHop-RAG's answerable queries abstain)."""
    out: list[str] = []
    text = question.strip()
    for m in _NAME.finditer(text):
        name, word = m.group(0), m.group(0) + _DOTTED_TAIL.match(text, m.end()).group(0)
        if all(tokenize(x) and all(t not in vocabulary.vocab for t in tokenize(x)) for x in {name, word}) \
                and name not in out and not (speller is not None and speller.has_near_name(name)) \
                and not any(_held(vocabulary, f) for f in spellings(people_of(name))):
            out.append(name)
    return tuple(out)
