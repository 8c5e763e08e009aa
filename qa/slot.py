"""Whether the best sentences state a question's act with its parties the other way round, read from spaCy's parse.

"What did China request from Russia?" is not answered by "Russia has requested ration packs ... from China": the
sentence has the asked act, but its doer is the party the question asks it of. When the best candidates state the
act only with the parties reversed, the articles do not answer (`qa.abstain`'s "reversed" abstention). The asked
act is read with the rest of the question (`qa.understand.Frame`, in the question's `Reading`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qa.nlp import parse_many
from qa.retrieve import Index
from qa.senses import Senses
from qa.tokens import tokenize
from qa.understand import Frame, entity_of, same_name

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
    senses = Senses.of(index.embedder)
    senses.prepare(sorted({t.lower_ for t in acts} | {frame.act.lower()}))  # one batch for every word compared
    reverse = False
    for act in (t for t in acts if senses.same_thing(t.text, frame.act, VERB_SIM)):  # words alone, as fitted
        named = [n for doer in _doers(act) for t in doer.subtree if (n := entity_of(t))]
        if any(same_name(n, frame.actor) for n in named):
            return False
        reverse = reverse or any(same_name(n, o) for n in named for o in frame.others)
    return reverse
