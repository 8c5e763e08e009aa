"""The best sentence read with the sentences before it in its article, where a pronoun or "the company" is named.

An answer often names what it speaks of only by a pronoun or a description ("They ... can circle their targets for up
to 40 minutes" after "Switchblade drones ..."; "Accel led the company's seed round" in an article on Rainforest), and a
follow-up's resolved question adds the earlier question's words, which the answering sentence rarely repeats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qa.evidence import mentions
from qa.retrieve import Index
from qa.sentence_score import cover
from qa.tokens import tokenize

BEFORE = 2  # the sentences before the best one read with it: a pronoun's antecedent is seldom further back


def preceding(index: Index, row: int, before: int = BEFORE) -> str:
    """Sentence `row` with up to `before` sentences before it in its article, in order."""
    first = row
    while first > 0 and row - first < before and index.sentence_doc[first - 1] == index.sentence_doc[row]:
        first -= 1
    return " ".join(index.sentence(r).text for r in range(first, row + 1))


def in_context(index: Index, row: int, weights: Mapping[str, float], names: Sequence[str]) -> tuple[float, float]:
    """The idf-weighted share of the key terms that sentence `row` and the sentences before it hold between them, and
    the share of the question's named things none of them mentions (0 when it names none)."""
    text = preceding(index, row)
    return (cover(dict(weights), set(tokenize(text))) if weights else 1.0), missing_share(names, text)


def missing_share(names: Sequence[str], text: str) -> float:
    """The share of `names` that `text` never mentions (0 when there are none)."""
    return sum(not mentions(text, n) for n in names) / len(names) if names else 0.0
