"""A sentence's acts, from spaCy's parse (`qa.evidence` reads them with its figures): each verb with the nouns it
takes and the dates said of it, and the acts it denies ("The U.S. is not providing F-16s": who does not do what).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qa.understand import taken, taken_phrases

DATE_LABELS = frozenset({"DATE", "TIME"})
_OWN_TIME = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "csubj", "pcomp"})  # a clause with its own time
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Act:
    """A verb of a sentence as written, the common nouns it takes (subject, object: their BM25 tokens) and the
    dates or times attached to it ("the war would end [within weeks]": the date is the war's end's)."""

    verb: str
    takes: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    lemma: str = ""  # the verb's lemma, lower case ("say" for "said")
    phrases: tuple[str, ...] = ()  # the nouns it takes with their compounds ("peace deal": `taken_phrases`)
    base_form: bool = False  # stated in its base form, as an act that may happen ("was about to *declare*")


def verb_above(noun: Any) -> Any:
    """The verb a noun hangs from ("lost ... including 214 tanks": "lost"), or the top of its climb."""
    verb, steps = noun.head, 0
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head.i != verb.i and steps < 5:
        verb, steps = verb.head, steps + 1
    return verb


def _dated_verbs(tok: Any) -> list[int]:
    """The verbs a date at `tok` is said of: the first verb above it, and on up while that verb only modifies or
    completes the one above ("released an image of a warship carrying trucks ... on Wednesday morning": the parser
    hangs the date on "carrying", a participle, and it may date the release); never past a clause with its own time
    ("said [that X happened on Monday]", "rumours two weeks ago [that Putin was about to declare]")."""
    out: list[int] = []
    verb = verb_above(tok)
    while verb.pos_ in ("VERB", "AUX") and verb.i not in out:
        out.append(verb.i)
        if verb.dep_ in _OWN_TIME or verb.head.i == verb.i:
            break
        verb = verb_above(verb)
    return out


def acts_of(doc: Any) -> tuple[Act, ...]:
    """Each verb with the common nouns it takes and the dates said of it (`_dated_verbs`). A date before a verb is
    also said of the verbs conjoined to it ("On Monday X met Y and signed the deal"); one after it is not ("the war
    would end within weeks and a peace deal struck ...")."""
    dates: dict[int, list[tuple[int, str]]] = {}
    for ent in doc.ents:
        if ent.label_ in DATE_LABELS:
            for verb in _dated_verbs(ent.root):
                dates.setdefault(verb, []).append((ent.start, ent.text))
    out = []
    for t in (t for t in doc if t.pos_ in ("VERB", "AUX")):
        own = [text for _, text in dates.get(t.i, ())]
        if t.dep_ == "conj" and t.head.i != t.i:
            own += [text for at, text in dates.get(t.head.i, ()) if at < t.head.i]
        out.append(Act(t.text, taken(t), tuple(dict.fromkeys(own)), t.lemma_.lower(), taken_phrases(t),
                       base_form=t.tag_ == "VB"))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Denial:
    """An act a sentence says its doers do not do: "The U.S. is not providing F-16s to Ukraine" (verb "providing",
    doers ("U.S.",), things ("f-16s",)): what "How many F-16 jets has the U.S. sent?" is answered by (none)."""

    verb: str
    doers: tuple[str, ...]  # the named subjects (entities) of the verb
    things: tuple[str, ...]  # its objects as written, lower case
    at: int  # where the verb starts in the sentence


def denials(doc: Any) -> tuple[Denial, ...]:
    """The negated verbs of a sentence that have a named subject and an object."""
    out = []
    for verb in (t for t in doc if t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children)):
        doers = tuple(e.text for c in verb.children if c.dep_ in _SUBJECTS for e in doc.ents if e.start <= c.i < e.end)
        things = tuple(c.text.lower() for c in verb.children if c.dep_ == "dobj")
        if doers and things:
            out.append(Denial(verb.text, doers, things, verb.idx))
    return tuple(out)
