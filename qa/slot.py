"""Whether a sentence states what a question asks of one act, for the party asked, read from spaCy's parse.

"When did Zelensky meet Putin?" asks the date of a meeting whose subject is Zelensky: "negotiators met on Monday"
has the act and a date but another subject; "What did China request from Russia?" is not answered by "Russia has
requested ration packs from China" (the parties reversed). A sentence on the right topic that does not state the
asked slot is a near miss: the abstention decision (`qa.abstain`) reads this as evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from qa.nlp import parse, parse_many
from qa.refit import same_word, word_vectors
from qa.retrieve import Index
from qa.tokens import tokenize
from qa.understand import PARTY_LABELS, same_name

_SLOTS = {"when": frozenset({"DATE", "TIME"}), "where": frozenset({"GPE", "LOC", "FAC"})}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ACTS = frozenset({"VERB", "NOUN"})  # a date or place is said of a verb or of its noun ("the meeting on Monday")
_CLIMB = 6  # head steps from a date or place up to the act it is said of
VERB_SIM = 0.6  # cosine of two words' vectors from which one act is the other ("met" 0.81 "meet", "sent" 0.68 "send")


@dataclass(frozen=True, slots=True)
class Frame:
    """What a question asks of one act: `asks` ("when", "where", "what" of "What did X do", "who" of "Who did
    it"), the act's verb as written, its subject's name (`actor`, "" for "who" or an unnamed subject) and the other
    names the act takes (`others`: "Russia" in "What did China request from Russia?")."""

    asks: str
    act: str
    actor: str = ""
    others: tuple[str, ...] = ()


def _name(tok: Any) -> str:
    """The party entity `tok` belongs to, or ""."""
    if tok.ent_type_ not in PARTY_LABELS:
        return ""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return "" if ent is None else ent.text


def read_frame(text: str) -> Frame | None:
    """The act a when/where/what/who question asks about (None for any other question, or one without a verb of
    its own: "When is the next round due?", "Who is X?" ask of no act)."""
    doc = parse(text)
    if len(doc) < 3:
        return None
    wh = doc[0]
    asks = wh.lower_
    verb = wh.head
    if asks not in ("when", "where", "what", "who") or verb.pos_ != "VERB" or verb.i == wh.i:
        return None
    if asks == "what" and wh.dep_ != "dobj" or asks == "who" and wh.dep_ not in _SUBJECTS:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i != wh.i), None)
    actor = _name(subject) if subject is not None else ""
    if asks == "what" and not actor or not tokenize(verb.text):  # "What did X do?": no act of its own to find
        return None
    others = tuple(dict.fromkeys(n for t in verb.subtree if t.ent_iob_ == "B" and (subject is None or t.i != subject.i)
                                 and (n := _name(t)) and not same_name(n, actor)))
    return Frame(asks, verb.text, actor, others)


def _said_of(tok: Any, act: Any) -> bool:
    """Whether `tok` (a date's or place's root) hangs from `act` within _CLIMB steps, through no other verb."""
    node = tok
    for _ in range(_CLIMB):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == act.i:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _doers(act: Any) -> list[Any]:
    """Who does the act: its active subject, or the agent of a passive ("requested by Russia")."""
    out = [c for c in act.children if c.dep_ == "nsubj"]
    out += [p for c in act.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not out and act.dep_ in ("conj", "xcomp") and act.head.i != act.i:  # "... met and agreed": one subject
        out = [c for c in act.head.children if c.dep_ == "nsubj"]
    if not out and act.dep_ in ("acl", "relcl") and act.head.i != act.i:  # "Podolyak, an adviser, tweeted ..."
        out = [act.head]
    return out


def _actor_fits(act: Any, frame: Frame) -> bool:
    """Whether the act's doer can be the question's subject: no doer written, a pronoun, or that name; not another
    name the question gives (the parties reversed), nor a noun naming someone else ("negotiators")."""
    doers = _doers(act)
    if not frame.actor or not doers:
        return True
    for doer in doers:
        named = [n for t in doer.subtree if (n := _name(t))]
        if any(same_name(n, frame.actor) for n in named):
            return True
        if doer.pos_ == "PRON" and not any(same_name(n, o) for n in named for o in frame.others):
            return True
    return False


def states(frame: Frame, doc: Any, similar: Callable[[str, str], bool], question: str) -> bool:
    """Whether the parsed sentence `doc` states what `frame` asks: an act like the asked one (`similar`) done by the
    asked party, with (for "when" / "where") a date or place the question does not name said of it, or (for "who")
    a doer named."""
    labels = _SLOTS.get(frame.asks)
    kinds = _ACTS if labels else frozenset({"VERB"})
    acts = [t for t in doc if t.pos_ in kinds and similar(t.text, frame.act)]
    for act in acts:
        if not _actor_fits(act, frame):
            continue
        if labels is not None:
            if any(e.label_ in labels and e.text.lower() not in question.lower() and _said_of(e.root, act)
                   for e in doc.ents):
                return True
        elif frame.asks == "who":
            if any(d.pos_ != "PRON" for d in _doers(act)):
                return True
        else:
            return True
    return False


def unstated(index: Index, frame: Frame | None, question: str, texts: Sequence[str]) -> float:
    """1.0 when `frame` asks of an act and none of `texts` (the best candidate sentences) states it, else 0.0."""
    if frame is None or not texts:
        return 0.0
    docs = parse_many(list(texts))
    kinds = _ACTS if frame.asks in _SLOTS else frozenset({"VERB"})
    words = sorted({t.lower_ for d in docs for t in d if t.pos_ in kinds and tokenize(t.text)} | {frame.act.lower()})
    word_vectors(index, words)  # one batch for every word compared

    def similar(a: str, b: str) -> bool:
        return bool(tokenize(a)) and same_word(index, a, b, VERB_SIM)

    return 0.0 if any(states(frame, d, similar, question) for d in docs) else 1.0
