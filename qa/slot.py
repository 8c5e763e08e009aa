"""Whether the best sentences state a question's act with its parties the other way round, read from spaCy's parse.

"What did China request from Russia?" is not answered by "Russia has requested ration packs ... from China": the
sentence has the asked act, but its doer is the party the question asks it of. When the best candidates state the
act only with the parties reversed, the articles do not answer (`qa.abstain`'s "reversed" abstention).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qa.nlp import parse, parse_many
from qa.retrieve import Index
from qa.senses import Senses
from qa.tokens import tokenize
from qa.understand import entity_of, same_name

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
VERB_SIM = 0.6  # cosine of two words' vectors from which one act is the other ("requested" 0.86 "request")


@dataclass(frozen=True, slots=True)
class Frame:
    """What a question asks of one act: `asks` ("when", "where", "what" of "What did X do", "who" of "Who did
    it"), the act's verb as written, its subject's name (`actor`, "" for "who" or an unnamed subject) and the other
    names the act takes (`others`: "Russia" in "What did China request from Russia?")."""

    asks: str
    act: str
    actor: str = ""
    others: tuple[str, ...] = ()


def read_frame(text: str) -> Frame | None:
    """The act a when/where/what/who question asks about (None for any other question, or one without a verb of
    its own: "When is the next round due?", "Who is X?" ask of no act)."""
    doc = parse(text)
    if len(doc) < 3:
        return None
    wh = doc[0]
    asks, verb = wh.lower_, wh.head
    if asks not in ("when", "where", "what", "who") or verb.pos_ != "VERB" or verb.i == wh.i:
        return None
    if asks == "what" and wh.dep_ != "dobj" or asks == "who" and wh.dep_ not in _SUBJECTS or not tokenize(verb.text):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i != wh.i), None)
    actor = entity_of(subject) if subject is not None else ""
    others = tuple(dict.fromkeys(n for t in verb.subtree if t.ent_iob_ == "B" and (subject is None or t.i != subject.i)
                                 and (n := entity_of(t)) and not same_name(n, actor)))
    return Frame(asks, verb.text, actor, others)


def _doers(act: Any) -> list[Any]:
    """Who does the act: its active subject, the agent of a passive ("requested by Russia"), the subject of the verb
    it is conjoined to or completes, or the noun a participle describes ("Podolyak, an adviser, tweeted ...")."""
    out = [c for c in act.children if c.dep_ == "nsubj"]
    out += [p for c in act.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not out and act.dep_ in ("conj", "xcomp") and act.head.i != act.i:
        out = [c for c in act.head.children if c.dep_ == "nsubj"]
    if not out and act.dep_ in ("acl", "relcl") and act.head.i != act.i:
        out = [act.head]
    return out


def reversed_parties(index: Index, frame: Frame | None, texts: Sequence[str]) -> bool:
    """Whether `texts` (the best candidate sentences) state the asked act only with another party the question
    names as its doer, never the asked one ("Russia has requested ... from China" for "What did China request from
    Russia?"). False when the question names no doer and no other party, or no sentence has the act."""
    if frame is None or not frame.actor or not frame.others or not texts:
        return False
    docs = parse_many(list(texts))
    acts = [t for d in docs for t in d if t.pos_ == "VERB" and tokenize(t.text)]
    senses = Senses(index.embedder.encode, index.manifest.model.name)
    senses.prepare(sorted({t.lower_ for t in acts} | {frame.act.lower()}))  # one batch for every word compared
    reverse = False
    for act in (t for t in acts if senses.same_thing(t.text, frame.act, VERB_SIM)):  # words alone, as fitted
        named = [n for doer in _doers(act) for t in doer.subtree if (n := entity_of(t))]
        if any(same_name(n, frame.actor) for n in named):
            return False
        reverse = reverse or any(same_name(n, o) for n in named for o in frame.others)
    return reverse
