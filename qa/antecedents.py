"""What a follow-up's pronouns and fragments stand for in the previous question, read from spaCy's parse.

The previous question offers phrases: its people (PERSON entities), the things it names (other entities, with
a possessive before them: "Japan's Ministry of Defense"), and its noun phrases ("the next round of Russian
conscription", "Switchblade drones"; a "which"/"how many" in front is dropped). A pronoun takes the last phrase
that agrees with it; a fragment ("And the U.S.?") takes the place of the phrase of its own kind. An "it" or
"they" that acts (the subject of its verb) stands for a party, and the parse says which: the previous question's
subject when the follow-up asks of the same act ("How many tanks has Russia lost according to Oryx?" -> "How many
vehicles has it lost?"), else its object ("What has Russia requested from China?" -> "Has it agreed to help?").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from qa.understand import counted_noun

Parsed = Any  # a spaCy Doc
PERSONAL = frozenset("he him his she her".split())
PLURAL = frozenset("they them their theirs".split())
SINGULAR = frozenset("it its".split())
PARTIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_WH = frozenset("what which whose who whom how many much".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A span of the previous question (tokens [start, end)) a pronoun may stand for."""

    text: str
    start: int
    end: int
    person: bool
    plural: bool
    bare: bool  # no proper noun in it ("drones"): too general alone
    party: str = ""  # the party (not a person) it names or belongs to: "Ukraine" for "Ukraine's border"
    subject: bool = False  # it is the subject of the previous question's main verb


@dataclass(frozen=True, slots=True)
class Phrases:
    """The previous question's phrases, in order, and the lemma of its main verb."""

    found: tuple[Phrase, ...]
    verb: str = ""

    def antecedent(self, pronoun: Any) -> Phrase | None:
        """The last phrase that agrees with `pronoun` ("he" a person, "they" a plural, "it" a thing), for an acting
        "it"/"they" a party; None for a demonstrative ("that" stands for the whole previous question)."""
        # The acting pronoun's party: the subject's when its verb is the previous question's, else the object's.
        low = pronoun.lower_
        if low in PERSONAL:
            fits = [p for p in self.found if p.person]
        elif low in PLURAL:
            fits = [p for p in self.found if p.plural and not p.person] or [p for p in self.found if not p.person]
        elif low in SINGULAR:
            fits = [p for p in self.found if not p.person and not p.plural]
        else:
            return None
        parties = [p for p in fits if p.party]
        if low not in PERSONAL and pronoun.dep_ in _SUBJECTS and parties:
            same = _stem(pronoun.head) == self.verb
            chosen = ([p for p in parties if p.subject == same] or parties)[-1]
            return replace(chosen, text=chosen.party)
        return fits[-1] if fits else None


def _span_text(doc: Parsed, start: int, end: int) -> str:
    return "".join(t.text + t.whitespace_ for t in doc[start:end]).strip()


def entities(doc: Parsed) -> list[Any]:
    """The named things, people, places and dates of `doc` (no bare numbers, no nationality adjectives)."""
    return [e for e in doc.ents if e.label_ not in NOT_THINGS - {"DATE", "TIME"}
            and not (e.label_ == "NORP" and e.root.pos_ == "ADJ")]


def _noun_phrase(doc: Parsed, chunk: Any) -> tuple[int, int]:
    """A noun chunk without a leading "which"/"how many", with its "of ..." complement."""
    start, end = chunk.start, chunk.end
    while start < end and doc[start].lower_ in _WH:
        start += 1
    for child in chunk.root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            end = max(t.i for t in child.subtree) + 1
    return start, end


def _trimmed(doc: Parsed, start: int, end: int, person: bool) -> tuple[int, int, bool]:
    """The span without punctuation at its edges ("(Switchblade drones" from an earlier rewrite)."""
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return start, end, person


def phrases(doc: Parsed) -> Phrases:
    """Every phrase of `doc` a pronoun may stand for, the longest of overlapping ones, in order."""
    spans: list[tuple[int, int, bool]] = []
    named = entities(doc)
    for e in named:
        if e.label_ in ("DATE", "TIME"):
            continue
        start = e.start
        if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN":
            start -= 2  # "Japan's Ministry of Defense"
        spans.append((start, e.end, e.label_ == "PERSON"))
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ in ("NOUN", "PROPN") and not any(e.start <= chunk.root.i < e.end for e in doc.ents
                                                            if e.label_ in NOT_THINGS):
            start, end = _noun_phrase(doc, chunk)
            if start < end:
                spans.append((start, end, False))
    spans = [_trimmed(doc, *s) for s in spans]
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, bool]] = []
    for s in spans:
        if kept and s[0] < kept[-1][1]:  # overlaps the previous one: keep the longer, a person if either is
            if s[1] - s[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = (s[0], s[1], s[2] or kept[-1][2])
            else:
                kept[-1] = (*kept[-1][:2], kept[-1][2] or s[2])
            continue
        kept.append(s)
    verb = _main_verb(doc)
    return Phrases(tuple(
        Phrase(_span_text(doc, a, b), a, b, person, doc[b - 1].tag_ in ("NNS", "NNPS"),
               not any(t.pos_ == "PROPN" for t in doc[a:b]), *_party(doc, named, a, b, verb))
        for a, b, person in kept if a < b), _stem(verb) if verb is not None else "")


def _main_verb(doc: Parsed) -> Any | None:
    """The question's main verb: its root, or the verb an auxiliary root governs ("did Putin [amass]")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ == "VERB":
        return root
    return next((c for c in root.children if c.pos_ == "VERB"), root)


def _stem(verb: Any) -> str:
    """A verb's lemma, for "the same act" ("lost" ~ "lose", "requested" ~ "request")."""
    return verb.lemma_.lower()


def _party(doc: Parsed, ents: Sequence[Any], start: int, end: int, verb: Any | None) -> tuple[str, bool]:
    """The party (GPE, ORG, NORP noun, LOC, FAC) the span names or belongs to ("Ukraine's border"), or "", among
    `ents` (`entities(doc)`, read once for all spans); and whether the span is the subject of the main verb."""
    head = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), doc[end - 1])
    subject = verb is not None and head.dep_ in _SUBJECTS and head.head.i == verb.i
    inside = [e for e in ents if e.label_ in PARTIES - {"PERSON"} and start <= e.start and e.end <= end]
    named = [e for e in inside if e.root.i == head.i] or [e for e in inside if e.root.head.i == head.i
                                                           and e.root.dep_ == "poss"]
    return (_span_text(doc, start, end) if named and named[0].root.i == head.i else
            _span_text(doc, named[0].start, named[0].end) if named else ""), subject


def resolved_inside(doc: Parsed, pronoun: Any) -> bool:
    """Whether the question itself names what `pronoun` stands for: a person for "he" ("How many men did Putin
    amass before he attacked?"), an earlier plural noun for "they", an earlier named thing for "it"."""
    low = pronoun.lower_
    if low in PERSONAL:
        return any(e.label_ == "PERSON" for e in doc.ents)
    before = doc[:pronoun.i]
    if low in PLURAL:  # not a noun of its own clause: "ages" in "What ages were they?" is what is asked of them
        return any(t.tag_ in ("NNS", "NNPS") and not _co_argument(t, pronoun) for t in before)
    if low in SINGULAR:
        return any(e.label_ in PARTIES - {"PERSON"} and e.end <= pronoun.i for e in doc.ents)
    return False


def _co_argument(noun: Any, pronoun: Any) -> bool:
    """Whether `noun` and `pronoun` are arguments of the same verb ("What ages were they?", "Which countries are they
    from?"), so that one cannot stand for the other (a pronoun is free in its own clause)."""
    return noun.head.i == pronoun.head.i and noun.head.i not in (noun.i, pronoun.i)


def counted_phrase(doc: Parsed) -> str:
    """What a "how many" question counts, with its modifiers ("Russian troops", "Leopard 2 tanks"), or ""."""
    noun = counted_noun(doc)
    if noun is None:
        return ""
    tokens = [t for t in noun.subtree if t.i <= noun.i and t.lower_ not in _WH]
    return _span_text(doc, tokens[0].i, noun.i + 1) if tokens else ""


def _target(before: Parsed, label: str) -> Any | None:
    """The entity of `before` a fragment naming a `label` entity takes the place of: the same kind, a subject
    first; else any party that is a subject; else the first party."""
    found = entities(before)  # (no nationality adjectives: `entities` leaves them out)
    subject = [e for e in found if e.root.dep_ in ("nsubj", "nsubjpass")]
    kinds = ({"DATE", "TIME"} if label in ("DATE", "TIME") else PARTIES)
    for pool in ([e for e in subject if e.label_ == label], [e for e in found if e.label_ == label],
                 [e for e in subject if e.label_ in kinds], [e for e in found if e.label_ in kinds]):
        if pool:
            return pool[0]
    return None


def substitute(before: Parsed, fragment: Parsed) -> str | None:
    """The previous question with the fragment's party, place or date in place of the one of the same kind;
    a new party drops the proper-noun and number modifiers of what is counted (its own kind of tank)."""
    named = entities(fragment)
    what = fragment.text.strip().rstrip("?").strip()
    if named:
        target = _target(before, named[0].label_)
        if target is None:
            return None
        drop: Sequence[int] = ()
        noun = counted_noun(before)
        if noun is not None and target.label_ in PARTIES:
            drop = [c.i for c in noun.children if c.dep_ in ("nmod", "nummod", "compound")
                    and c.pos_ in ("PROPN", "NUM")]
        return _rebuild(before, target.start, target.end, what, drop)
    noun = counted_noun(before)
    if noun is None:
        return None
    first = min(t.i for t in noun.subtree if t.lower_ not in _WH and t.i <= noun.i)
    return _rebuild(before, first, noun.i + 1, what, ())


def _rebuild(doc: Parsed, start: int, end: int, text: str, drop: Sequence[int]) -> str:
    out = []
    for t in doc:
        if t.i == start:
            out.append(text + doc[end - 1].whitespace_)
        elif start < t.i < end or t.i in drop:
            continue
        else:
            out.append(t.text + t.whitespace_)
    return "".join(out)
