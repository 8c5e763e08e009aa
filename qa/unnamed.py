"""Whether the best sentences say which X a "Which X ...?" question asks for, or speak of an X only as some X.

"Which military base in western Ukraine was hit by missiles?" is not answered by "... others train for war at bases
in the west of the country - one of which was hit by missiles": the sentence speaks of bases, but only as some bases
(a bare plural, "a", "some": an X not yet identified), and says not which. When the best sentence speaks of X so, and
every mention of X in the best sentences is such an indefinite one that nothing identifies, the articles do not say
which X (`qa.abstain`'s "unnamed"). A definite mention ("the port") may stand for an X named elsewhere, and a best
sentence not speaking of X at all ("Miller stripped the ball" for "... the name of the player who ...?") may name it
by its kind: both are left to the fitted decision. X is read with the rest of the question (`Reading.which`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qa.evidence import mentions
from qa.nlp import parse_many
from qa.question import Question
from qa.records import Abstention
from qa.sentence_score import Scored
from qa.tokens import tokenize
from qa.understand import PARTY_LABELS

UNNAMED_IN = 3  # the best candidates read for X (as `qa.stated`'s STATED_IN); the first must speak of it
# Entities that name a thing (not a number, a date or an amount)
NAMING = PARTY_LABELS | {"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# Determiners of an X not identified ("a warship", "some bases"); any other ("the port", "this base") may be
_INDEFINITE = frozenset({"a", "an", "some", "any", "several", "many", "few", "no"})
_OTHER = frozenset({"other", "another"})  # "learning from other companies' failures": the sentence's own X is named
_TIED = frozenset({"compound", "amod", "nmod", "appos", "npadvmod"})  # a name tied to X: "Bayraktar drones"
_KINDS = frozenset({"compound", "amod", "nmod"})  # ... or words telling which kind: "a global scale" for "what scale"
_CALLED = frozenset({"call", "name", "dub", "know", "title"})  # "a warship called X", "a port known as Y"


def unnamed(question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"unnamed" (X) when a "Which X ...?" question's X is spoken of by the best sentence, and in the best
    UNNAMED_IN sentences every time only as some X that nothing tied to it identifies (`_some`, `_identified`).
    Not when the best sentence names a person the question does not, who may be the X ("Miller stripped the ball
    away from Newton, and after several players dove for it, ..."): which X names people, the model does not tell
    ("chemist" 0.00 and "quarterback" 0.03 nearer people than things, "company" 0.13: `Senses.of_people`)."""
    asked = question.reading.which
    if not asked or not scored:
        return None
    # The best sentence parsed first, the next ones only when it speaks of X, each time only as some X: most
    # "Which X" questions are settled by it (a parse is ~10 ms; a sentence parses the same alone or in a batch).
    docs = parse_many([scored[0].text])
    if not (spoken := _spoken(docs[0], asked)) or _one_named(spoken, question):
        return None
    docs += parse_many([s.text for s in scored[1:UNNAMED_IN]])
    if any(_one_named(_spoken(doc, asked), question) for doc in docs[1:]):
        return None
    if any(e.label_ == "PERSON" and not mentions(question.text, e.text) for e in docs[0].ents):
        return None
    return Abstention("unnamed", (asked,))


def _spoken(doc: Any, asked: str) -> list[Any]:
    """The nouns of `doc` that speak of X (`asked`), not only modifying another noun."""
    return [t for t in doc if t.pos_ == "NOUN" and _is(t, asked) and not _modifies(t)]


def _one_named(spoken: list[Any], question: Question) -> bool:
    """Whether one of the mentions `spoken` of X is not "some X", or is identified by something tied to it."""
    return any(not _some(t) or _identified(t, question) for t in spoken)


def _is(tok: Any, asked: str) -> bool:
    """Whether `tok` is the noun `asked` (a lemma), or its plural (spaCy lemmatizes "bases" as "basis")."""
    word = tok.lower_
    return tok.lemma_.lower() == asked or word == asked or word in (f"{asked}s", f"{asked}es")


def _modifies(tok: Any) -> bool:
    """Whether `tok` only modifies a common noun ("base commander"): it speaks of no X. Before a name it titles
    one ("chemist James Dewar"), which `_identified` reads."""
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN"


def _some(noun: Any) -> bool:
    """Whether `noun` speaks of an X not identified: "a"/"some"/... X, or a bare plural ("at bases in the west");
    not "the X", "this X", "Russia's X", "other X" (than the one named), nor a bare singular (a headline's "Warship
    seen", "80 percent")."""
    if any(c.lower_ in _OTHER for c in noun.children):
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if dets:
        return all(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in dets)
    return noun.tag_ == "NNS"


def _identified(noun: Any, question: Question) -> bool:
    """Whether something the question does not give says which X `noun` is: a name tied to it (`_named`), or for
    "Which X ...?" (not its name asked) words of its kind ("a global scale" for "On what scale ...?")."""
    if _named(noun, question.text):
        return True
    asked = set(tokenize(question.text))
    return not question.reading.name_asked and any(
        c.dep_ in _KINDS and c.ent_type_ != "NORP" and c.lower_ not in _INDEFINITE and set(tokenize(c.text)) - asked
        for c in noun.children)  # "several" is parsed as an adjective: it tells no kind


def _named(noun: Any, question: str) -> bool:
    """Whether a name the question does not give is tied to `noun`: inside its entity ("the Pacific Fleet"), a name
    it titles ("chemist James Dewar") or that modifies it ("Turkish-made Bayraktar drones"), an apposition either way
    ("Honshu and Hokkaido, the country's two biggest islands"), a predicate ("The only country ... is the UK", "Farel
    ... went on to become a leader"), a participle naming it ("a ship called X"), a prepositional phrase holding a
    name ("a base in Lviv", "the port of X"), or examples after it ("weapons ... including Javelin missiles")."""
    def new(tok: Any) -> bool:
        if tok.ent_type_ not in NAMING and tok.pos_ != "PROPN":
            return False
        ent = next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), tok.text)
        return not mentions(question, ent)

    if new(noun) or noun.dep_ in ("appos", "attr", "oprd") or noun.dep_ == "compound" and new(noun.head):
        return True
    for child in noun.children:
        if child.dep_ == "amod" and child.ent_type_ == "NORP":  # "a Russian warship" says whose, not which
            continue
        if child.dep_ in _TIED and (new(child) or child.dep_ == "appos" or any(new(t) for t in child.subtree)):
            return True
        if child.dep_ == "acl" and child.lemma_.lower() in _CALLED or child.dep_ == "prep" and any(
                new(t) for t in child.subtree):
            return True
    examples = [t for t in noun.doc[noun.i + 1:] if t.dep_ == "prep" and (  # wherever the parser hangs them
        t.lower_ == "including" or t.lower_ == "as" and noun.doc[t.i - 1].lower_ == "such")]
    head = noun.head
    copula = head.lemma_ == "be" and noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("attr", "acomp") for c in head.children)
    return copula or any(new(g) for t in examples for g in t.subtree)
