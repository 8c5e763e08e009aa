"""A "how much X" answered by an amount: "How much funding has Simply Homes raised?" by "That startup, Simply Homes,
has recently secured $22 million in funding". A sum of money or a quantity counts no noun, so the figures of
`qa.evidence` never hold it; it answers when the sentence (or the one before) names X, and the text around it the
party asked, or the names the question gives (a company's article names it in its title, its figures many sentences
later).
"""

from __future__ import annotations

from qa.evidence import Facts, mentions
from qa.tokens import tokenize
from qa.understand import Reading

# A figure after a currency sign: "$12", "£1.3bn"; the Australian press writes whose dollars after it: "$US44 million".
CURRENCY_FIGURE = r"[$£€¥₹₽]\s?(?:US|AU|A|NZ|C|HK|S)?\d"

AMOUNTS = frozenset({"MONEY", "QUANTITY"})
PARTIES = frozenset({"ORG", "PERSON", "GPE", "NORP"})  # whose amount, when the parse names no party of the verb
NAMED_FIT = 1.0  # the sentence itself names the party asked
CONTEXT_FIT = 0.6  # ... the text around it does (as `qa.fit`'s CONTEXT_PARTY_FIT)
UNSAID_FIT = 0.2  # ... nothing near it does: not its amount


def asks_amount(question: str, reading: Reading) -> bool:
    """Whether the question asks "how much" of a thing it names ("How much funding ...?", "How much revenue ...?")."""
    return bool(reading.counted) and "how much " in question.lower() and "how many " not in question.lower()


def amount_fit(facts: Facts, reading: Reading, sentence: str, before: str, around: str) -> tuple[float, int]:
    """How well the sentence's first amount (a sum of money, a quantity) answers "how much X", and where it starts;
    (-1, -1) when it gives none or names no X (nor does the sentence `before`). `around`: the text near it, where the
    party asked must be named."""
    at = next((at for _, label, at in facts.entities if label in AMOUNTS), -1)
    if at < 0 or not set(tokenize(reading.counted)) <= set(tokenize(f"{before} {sentence}")):
        return -1.0, -1
    parties = reading.party or tuple(name for name, label in reading.entities if label in PARTIES)
    if all(mentions(sentence, p) for p in parties):
        return NAMED_FIT, at
    return (CONTEXT_FIT if all(mentions(around, p) for p in parties) else UNSAID_FIT), at
