"""Whether a candidate sentence states the act a question asks about, done by the question's own subject, read from
spaCy's parse: "What weapons has the West supplied to Ukraine?" is answered by "Western nations have already supplied
thousands of weapons ...", not by "Ukraine continues to receive weapon systems from the West", which restates the
question's words around another verb (`qa.lead` lets only such sentences lead when one of the best states it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qa.evidence import mentions
from qa.nlp import parse, parse_many
from qa.understand import entity_of

_WH = frozenset({"what", "which", "who", "whom", "whose"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LIGHT = frozenset({"do", "have"})  # verbs that say nothing of their own ("What did X do?", "What has X?")
_CLAUSES = frozenset({"conj", "acl", "relcl"})  # a subject of several things, or one with its own act
_OWN = frozenset({"compound", "amod", "poss", "flat", "appos"})  # ... "The National Science Foundation Network
# (NSFNET)": the name in brackets is the subject's own
_RELATIVE = frozenset({"who", "which", "that"})  # the words of a name's own phrase ("Western nations")
_PART_OF = frozenset({"most", "many", "some", "all", "majority", "half", "much", "few", "part", "share"})


@dataclass(frozen=True, slots=True)
class AskedAct:
    """The act a question asks about: its verb's lemma, and its subject as a common noun's lemma or a name."""

    lemma: str
    role: str  # the subject's dependency: "nsubj", or "nsubjpass" of a passive ("What were the warships given?")
    noun: str = ""  # "casualty" of "Who are most of the Russian casualties ...?"
    name: str = ""  # "West" of "What weapons has the West supplied ...?"
    kinds: tuple[str, ...] = ()  # the names compounded with the noun, which the sentence must hold ("Switchblade")


def _subject_head(tok: Any) -> Any:
    """The noun a subject stands for: "most of the casualties" stands for the casualties."""
    if tok.lower_ in _PART_OF:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return obj if obj is not None else tok
    return tok


def asked_act(text: str) -> AskedAct | None:
    """The act of a what/which/who question whose subject is not the question word ("What has the West supplied?",
    "Who are most of the casualties?"), or None ("Who hosted the forum?" asks the doer; "What did X do?" no act)."""
    doc = parse(text)
    if len(doc) < 3 or doc[0].lower_ not in _WH:
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in _LIGHT:
        return None
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS and not any(t.lower_ in _WH for t in c.subtree)]
    if len(subjects) != 1:
        return None
    head, lemma, role = _subject_head(subjects[0]), root.lemma_.lower(), subjects[0].dep_
    if lemma == "be" and any(c.dep_ == "acomp" for c in root.children):  # "... been interdependent with what?"
        return None
    if any(c.dep_ in _CLAUSES for c in head.children):  # "the casualties and rifts", "the drones designed to do"
        return None
    if head.pos_ == "PROPN":
        whole = " ".join([*(c.text for c in head.lefts if c.dep_ == "compound"), head.text])  # "Tsugaru Strait"
        return AskedAct(lemma, role, name=entity_of(head) or whole)
    if head.pos_ == "NOUN":
        kinds = tuple(c.text for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN")
        return AskedAct(lemma, role, noun=head.lemma_.lower(), kinds=kinds)
    return None


def _doers(verb: Any, role: str) -> list[Any]:
    """The subjects of `verb` in `role`: its own, or those of the verb it is conjoined to or that its participle
    clause hangs from ("X liked and commented", "X has been vocal, demanding ..."); a relative clause's, the noun it
    describes."""
    own = [c for c in verb.children if c.dep_ == role]
    if not own and verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        own = [c for c in verb.children if c.dep_ == role]
    if verb.dep_ == "relcl" and any(c.lower_ in _RELATIVE for c in own):  # "Islamists who work within ..."
        own = [verb.head]
    return own


def _is_subject(act: AskedAct, doer: Any, text: str) -> bool:
    """Whether `doer` is the asked subject: the same common noun (and the names compounded with it in the question
    somewhere in `text`), or a name of the same party in its own phrase ("Western nations" for the West)."""
    head = _subject_head(doer)
    if act.noun:
        return head.lemma_.lower() == act.noun and all(mentions(text, k) for k in act.kinds)
    own = sorted({head.i, *(t.i for c in head.children if c.dep_ in _OWN for t in c.subtree)})
    return mentions(" ".join(doer.doc[i].text for i in own), act.name)  # not "the Strait of Hormuz" for Tsugaru's


def states(act: AskedAct, texts: Sequence[str]) -> list[bool]:
    """For each of `texts`, whether it has the asked act's verb with the asked subject as its subject."""
    out = []
    for doc in parse_many(list(texts)):
        verbs = [t for t in doc if t.lemma_.lower() == act.lemma and t.pos_ in ("VERB", "AUX")]
        out.append(any(_is_subject(act, d, doc.text) for v in verbs for d in _doers(v, act.role)))
    return out
