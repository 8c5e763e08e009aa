"""What a conversation's earlier answers already quoted, so that a "who else" follow-up quotes something new.

A question asking for more than the conversation found ("And who else has?", `qa.followup.asks_for_more`) is
answered without the sentences the earlier answers of its thread quoted (their near-duplicate copies too) and, for a
"who else", without the sentences naming no one but the parties those answers or the question already named. The
earlier answers are made again from their own questions by `qa.answer` (the same index gives the same quotes), not
read back from the chat's text, whose form (Markdown, the UI's HTML with each citation's context) is the edge's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qa.followup import message_text
from qa.nlp import parse_many
from qa.records import Quote
from qa.retrieve import Index
from qa.sentence_score import Scored

# Entities that can answer a "who": people, organisations, countries and cities, nationalities and groups.
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
EARLIER = 4  # at most this many earlier turns of one "who else ... who else" thread are answered again


@dataclass(frozen=True, slots=True)
class Given:
    """What earlier answers of the thread quoted: their sentences' near-duplicate groups (`Index.sentence_dup`) and
    the keys of the parties they name (`name_keys`)."""

    groups: frozenset[int] = frozenset()
    names: frozenset[str] = frozenset()

    def __or__(self, other: Given) -> Given:
        return Given(self.groups | other.groups, self.names | other.names)


def earlier_turn(history: Sequence[Mapping[str, Any]] | None) -> tuple[str, list[Mapping[str, Any]]] | None:
    """The last user question of `history` and the chat before it; None when there is none (or `history` is not a
    list of messages: answering the question says so)."""
    if not isinstance(history, Sequence) or isinstance(history, str | bytes):
        return None
    for i in range(len(history) - 1, -1, -1):
        turn = history[i]
        if isinstance(turn, Mapping) and turn.get("role") == "user" and (text := message_text(turn.get("content"))):
            return text, list(history[:i])
    return None


def name_keys(name: str, label: str) -> frozenset[str]:
    """How a party is recognised again: its name in lower case without "the" or "'s"; a person by the surname too
    ("Yevgeny Prigozhin" is "Prigozhin" later)."""
    key = " ".join(name.lower().removeprefix("the ").removesuffix("'s").removesuffix("’s").split())
    return frozenset({key, key.split()[-1]} if label == "PERSON" and key else {key} - {""})


def _parties(texts: Sequence[str]) -> list[list[tuple[str, str]]]:
    """The parties each text names: (name, label) pairs, from the entity recognizer alone."""
    return [[(e.text, e.label_) for e in doc.ents if e.label_ in PARTY_LABELS]
            for doc in parse_many(texts, syntax=False)]


def _groups(index: Index, quotes: Iterable[Quote]) -> frozenset[int]:
    """The near-duplicate groups of the sentences `quotes` span (an article the index no longer holds: none)."""
    groups: set[int] = set()
    for q in quotes:
        try:
            rows = index.sentence_rows(q.doc_id, q.start, q.end)
        except KeyError:  # the index changed since: that article is gone
            continue
        groups.update(int(index.sentence_dup[row]) for row in rows)
    return frozenset(groups)


def quoted(index: Index, quotes: Iterable[Quote]) -> Given:
    """What `quotes` give: the near-duplicate groups of the sentences they span and the parties they name."""
    quotes = list(quotes)
    names = {key for parties in _parties([q.text for q in quotes]) for name, label in parties
             for key in name_keys(name, label)}
    return Given(_groups(index, quotes), frozenset(names))


def new_only(index: Index, scored: Sequence[Scored], given: Given, asked: str, who: bool) -> list[Scored]:
    """`scored` without the sentences `given` quoted and, for a "who else" (`who`), without those naming parties
    but none that `given` or the question `asked` does not name already."""
    fresh = [s for s in scored if int(index.sentence_dup[s.row]) not in given.groups]
    if not who or not fresh:
        return fresh
    known = given.names | {key for name, label in _parties([asked])[0] for key in name_keys(name, label)}
    named = _parties([s.text for s in fresh])
    return [s for s, parties in zip(fresh, named, strict=True)
            if not parties or any(not name_keys(name, label) & known for name, label in parties)]


def repeats(index: Index, quote: Quote, given: Given) -> bool:
    """True when every sentence `quote` spans was quoted before (in `given`)."""
    return bool(given.groups) and _groups(index, [quote]) <= given.groups  # no parse: only the groups count
