"""Whether a sentence names someone a "Who ...?" question does not already name: the party that can answer it.

"Who replaced Matt Canada as the Steelers' offensive coordinator?" is not answered by "The Steelers fired offensive
coordinator Matt Canada this week": every party it names is one the question names. A party is a person,
organisation, country or group the entity recognizer finds (`PARTIES`); it is the question's own when the question
mentions it (`qa.evidence.mentions`) or when the two share a capitalised word ("Man United" for "Manchester
United", "New Super Mario Bros." for "Super Mario Bros. Wonder"), a country's name or adjective aside ("the
Australian Government" is another party than "Australian pharmacists").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.countries import country_of
from qa.evidence import facts_of, mentions
from qa.question import Question
from qa.records import Abstention
from qa.sentence_score import Scored
from qa.tokens import STOP_WORDS

PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # who can do or undergo an act
_CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*")
_WHO = re.compile(r"\s*who\b", re.IGNORECASE)
_THE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)
# The best candidates read for a new party (as `qa.unnamed`'s UNNAMED_IN). The lead alone (or with the sentence
# before it) caught 3 tune near misses and cost 2-9 SQuAD even right leads and a MultiHop-RAG one (RESULTS.md, who36).
NAMED_IN = 3


def asks_who(question: Question) -> bool:
    """Whether the question asks "Who ...?" for a party it does not name: not "Who is X?", which asks what X is."""
    return question.expected == "person" and bool(_WHO.match(question.text)) and not question.reading.describe


def name_words(text: str, *, skip_first: bool = False) -> set[str]:
    """The capitalised words of `text`, lower case, less stop words and countries ("Russian", "UK"): with
    `skip_first`, less its first word (a question's "Who")."""
    words = _CAPITALISED.findall(text)[1 if skip_first else 0:]
    out = {w.lower().strip(".'’").removesuffix("'s").removesuffix("’s") for w in words}
    return {w for w in out if w and w not in STOP_WORDS and not country_of(w)}


def own_party(question: str, name: str) -> bool:
    """Whether `name` is a party `question` names: mentioned by it, or sharing a capitalised word with it."""
    return mentions(question, name) or bool(name_words(name) & name_words(question, skip_first=True))


def new_parties(question: str, texts: Sequence[str]) -> list[str]:
    """The parties `texts` name that `question` does not (entities only: ~5 ms a sentence, cached by text)."""
    return [name for text, facts in zip(texts, facts_of(list(texts), syntax=False), strict=True)
            for name, label, at in facts.entities
            if label in PARTIES and not own_party(question, name) and not _thing_read_as_person(text, label, at)]


def _thing_read_as_person(text: str, label: str, at: int) -> bool:
    """Whether the recognizer's PERSON follows "the", which a person's name does not: "As the sun sets on the Switch"
    (the console) is no one who could have directed a game."""
    return label == "PERSON" and _THE.search(text, 0, at) is not None


def no_one_new(question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"no_one" when a "Who ...?" question naming a party (a capitalised name, not a country) is answered by best
    NAMED_IN sentences none of which names a party it does not. One naming none ("Who teaches in secondary
    schools?") is left to the fitted decision: a kind of people answers it as often ("teachers", "the owner")."""
    if not scored or not asks_who(question) or not name_words(question.text, skip_first=True):
        return None
    if new_parties(question.text, [s.text for s in scored[:NAMED_IN]]):
        return None
    return Abstention("no_one")
