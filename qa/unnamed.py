"""Whether the best sentences say which X a "Which X ...?" question asks for, or speak of an X only as some X.

"Which military base in western Ukraine was hit by missiles?" is not answered by "... others train for war at bases
in the west of the country - one of which was hit by missiles": the sentence speaks of bases, but only as some bases
(a bare plural, "a", "some": an X not yet identified), and names none. When every mention of X in the best sentences
is such an indefinite one with no name tied to it, the articles do not say which X (`qa.abstain`'s "unnamed"). A
definite mention ("the port") may stand for an X named elsewhere, and a sentence not speaking of X at all ("The
Denver Broncos defeated ..." for "Which NFL team won ...?") may name it by its kind: both are left to the fitted
decision. X is read with the rest of the question (`qa.understand.Reading.which`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qa.evidence import mentions
from qa.nlp import parse_many
from qa.question import Question
from qa.records import Abstention
from qa.sentence_score import Scored
from qa.understand import PARTY_LABELS

UNNAMED_IN = 3  # the best candidates read for a name of X (as `qa.stated`'s STATED_IN)
# Entities that name a thing (not a number, a date or an amount)
NAMING = PARTY_LABELS | {"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# Determiners of an X not identified ("a warship", "some bases"), and of one that may be ("the port", "this base")
_INDEFINITE = frozenset({"a", "an", "some", "any", "another", "several", "many", "few", "no", "other"})
_TIED = frozenset({"compound", "amod", "nmod", "appos", "npadvmod"})  # a name tied to X: "Bayraktar drones"
_CALLED = frozenset({"call", "name", "dub", "know", "title"})  # "a warship called X", "a port known as Y"


def unnamed(question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"unnamed" (X) when a "Which X ...?" question's X is spoken of in the best UNNAMED_IN sentences, and every
    time only as some X with no name tied to it (`_some`, `_named`)."""
    asked = question.reading.which
    if not asked or not scored:
        return None
    docs = parse_many([s.text for s in scored[:UNNAMED_IN]])
    spoken = [t for doc in docs for t in doc if t.pos_ == "NOUN" and t.dep_ != "compound" and _is(t, asked)]
    if not spoken or any(not _some(t) or _named(t, question.text) for t in spoken):
        return None
    return Abstention("unnamed", (asked,))


def _is(tok: Any, asked: str) -> bool:
    """Whether `tok` is the noun `asked` (a lemma), or its plural (spaCy lemmatizes "bases" as "basis")."""
    word = tok.lower_
    return tok.lemma_.lower() == asked or word == asked or word in (f"{asked}s", f"{asked}es")


def _some(noun: Any) -> bool:
    """Whether `noun` speaks of an X not identified: "a"/"some"/... X, a counted X ("two warships"), or a bare plural
    ("at bases in the west"); not "the X", "this X", "Russia's X", nor a bare singular (a headline's "Warship seen")."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if dets:
        return all(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in dets)
    return noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in noun.children)


def _named(noun: Any, question: str) -> bool:
    """Whether a name the question does not give is tied to `noun`: inside its entity ("the Pacific Fleet"), a proper
    noun or entity modifying it ("Turkish-made Bayraktar drones"), an apposition either way ("Honshu and Hokkaido,
    the country's two biggest islands"), the other side of a copula ("The only country ... is the UK"), a participle
    that names it ("a ship called X"), a prepositional phrase holding a name ("a base in Lviv", "the port of X"), or
    examples after it ("weapons ... including American Javelin anti-tank missiles")."""
    def new(tok: Any) -> bool:
        if tok.ent_type_ not in NAMING and tok.pos_ != "PROPN":
            return False
        ent = next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), tok.text)
        return not mentions(question, ent)

    if new(noun) or noun.dep_ == "appos":
        return True
    for child in noun.children:
        if child.dep_ == "amod" and child.ent_type_ == "NORP":  # "a Russian warship" says whose, not which
            continue
        if child.dep_ in _TIED and (new(child) or child.dep_ == "appos" or any(new(t) for t in child.subtree)):
            return True
        if child.dep_ == "acl" and child.lemma_.lower() in _CALLED:
            return True
        if child.dep_ == "prep" and any(new(t) for t in child.subtree):
            return True
    # Examples of X after it, wherever the parser hangs them ("thousands of weapons to Ukraine including Javelin ...")
    examples = [t for t in noun.doc[noun.i + 1:] if t.dep_ == "prep" and (
        t.lower_ == "including" or t.lower_ == "as" and noun.doc[t.i - 1].lower_ == "such")]
    if any(new(g) for t in examples for g in t.subtree):
        return True
    head = noun.head
    copula = head.lemma_ == "be" and noun.dep_ in ("attr", "nsubj", "nsubjpass")
    return copula and any(c.dep_ in ("attr", "nsubj") and c.i != noun.i for c in head.children)
