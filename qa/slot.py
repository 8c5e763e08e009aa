"""Whether the best sentences state a question's act with its parties the other way round, read from spaCy's parse.

"What did China request from Russia?" is not answered by "Russia has requested ration packs ... from China": the
sentence has the asked act, but its doer is the party the question asks it of. When the best candidates state the
act only with the parties reversed, the articles do not answer (`qa.abstain`'s "reversed" abstention). The asked
act is read with the rest of the question (`qa.understand.Frame`, in the question's `Reading`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qa.fit import is_asked_verb
from qa.nlp import parse_many
from qa.retrieve import Index
from qa.senses import Senses
from qa.tokens import tokenize
from qa.understand import CLAIM_VERBS, Frame, entity_of, same_name

VERB_SIM = 0.6  # cosine of two words' vectors from which one act is the other ("requested" 0.86 "request")


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


def undone(index: Index, frame: Frame | None, texts: Sequence[str]) -> bool:
    """Whether a "who" question's act ("Who commands the Russian troops in Bakhmut?") is done by no one the best
    sentences `texts` name: none has a verb stating the act (`qa.fit.is_asked_verb`: its word, lemma, or the same
    act to the model) whose doer (`_doers`) holds a name. A sentence naming someone near the act's words ("the
    British Ministry of Defense assessed that the Russian military ... have lost ... troops") says nothing of who
    did it. Left to the fitted decision: who said something (any verb of saying tells it: "Ben Hodges ... points out
    the next round ..."), who the act is done to ("Who is allowed to buy them?"), who did several acts ("Who
    became a notable figure in generative AI and faced a shocking departure ...?": MultiHop-RAG's descriptions),
    and a line stating no act at all (a byline, "By Chris Pleasance for MailOnline", answers who wrote)."""
    if frame is None or frame.asks != "who" or frame.actor or frame.passive or frame.joined or not texts:
        return False
    if frame.act.lower() in CLAIM_VERBS:
        return False
    senses = Senses(index.embedder.encode, index.manifest.model.name)
    for doc in parse_many(list(texts)):
        if not any(t.pos_ == "VERB" for t in doc):
            return False
        for act in (t for t in doc if t.pos_ == "VERB" and is_asked_verb(t.text, t.lemma_.lower(), frame, senses)):
            if any(entity_of(t) for doer in _doers(act) for t in doer.subtree):
                return False
    return True
