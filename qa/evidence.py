"""What a candidate sentence offers as an answer, from spaCy's parse of it: the figures it gives (a number, the
noun it counts, whose count it is), the names it holds (and those it says who they are), its acts with their
dates. Parsed at query time, only for the few best candidates of a question that needs it, cached by sentence text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qa.acts import Act, Denial, acts_of, denials, verb_above
from qa.countries import country_of
from qa.described import described
from qa.figure_tokens import designation, is_number
from qa.nlp import parse_many
from qa.understand import CLAIM_VERBS, PARTY_LABELS, does_act

VAGUE = frozenset("dozens hundreds thousands tens millions scores several many".split())  # "hundreds of tanks"
_CLIMB = frozenset({"quantmod", "conj", "compound", "cc", "advmod"})  # "between 20,000 and [30,000] troops"
_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
# A figure's noun its verb takes itself ("Russia lost its 500 tanks"): a possessive pronoun on it is the subject's
_OWN_CLAUSE = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
_PLACES = frozenset("in at near around across inside into to from throughout".split())
_BARE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos"})  # a number standing for the thing itself
# What a verb gives a figure as: "the US and Europe put the figure [at up to 6,000]", "officials put the toll at 45".
# Its subject says the figure (`_said_by`), and the number after "at"/"to" stands for what is counted.
_PERSONAL = re.compile(r"(?:He|She|His|Her)\b")  # a sentence about someone named before it (`named_before`)
FIGURE_WORDS = frozenset("figure toll number tally total estimate count".split())
# Units a figure measures a mass noun in: "1.5g of protein", "7 million barrels of oil" ("How much protein ...?")
UNITS = frozenset("g gram grams kg kilogram kilograms mg milligrams tonnes tons pounds lbs ounces oz litres liters ml "
                  "gallons barrels cups servings".split())


@dataclass(frozen=True, slots=True)
class Count:
    """A figure in a sentence: the number as written, the noun it counts, and the names it is said of."""

    number: str
    noun: str  # "" for a bare number standing for what its context counts ("Some 2,500 managed to flee")
    parties: tuple[str, ...]  # names modifying the noun ("Russian troops"), else the subject of its verb
    verb: str = ""  # that verb, when the parties are its subject ("Ukrainian forces have *destroyed* ...")
    vague: bool = False  # "hundreds of tanks": a magnitude, not a count
    at: int = 0  # character offset of the number in the sentence
    model: bool = False  # the noun is a named model ("31 M1 Abrams"): it counts a kind the sentence names ("tanks")
    said_by: tuple[str, ...] = ()  # who gives the figure: "Oryx estimated that ...", "..., according to Oryx"
    act: str = ""  # the verb the counted noun hangs from, whoever does it ("7,000 Russian troops have now *died*")
    acts: tuple[str, ...] = ()  # the acts of the figure's clause, lower case (`_clause_acts`: "managed", "flee")
    kind: str = ""  # the words between the number and its noun ("Multiple Launch Rocket" of "493 ... Systems")
    of: str = ""  # what a unit measures ("protein" of "1.5g of protein": `UNITS`)
    teams: tuple[str, ...] = ()  # subjects a team's nickname names, not in `parties` ("the Bulldogs": `_nickname`)


@dataclass(frozen=True, slots=True)
class Facts:
    """A sentence's figures and named entities ((text, label, offset) triples)."""

    counts: tuple[Count, ...]
    entities: tuple[tuple[str, str, int], ...]
    actors: tuple[str, ...] = ()  # names that act or own ("Ukraine says"), not places ("the war in Ukraine")
    described: tuple[tuple[str, int], ...] = ()  # names it says who or what they are, with offsets (`qa.described`)
    acts: tuple[Act, ...] = ()  # its verbs, each with the nouns it takes and the dates said of it
    denials: tuple[Denial, ...] = ()  # the acts it says named doers do not do ("The U.S. is not providing F-16s")


def _ent_text(tok: Any) -> str:
    if tok.ent_type_ not in PARTY_LABELS:
        return ""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return "" if ent is None else ent.text


def _counted_noun(tok: Any) -> Any | None:
    """The noun a number token counts: its nummod head, through ranges and conjunctions; "hundreds of X" -> X."""
    seen = 0
    while tok.dep_ in _CLIMB and tok.head.i != tok.i and (tok.head.like_num or tok.head.pos_ == "NUM") and seen < 4:
        tok, seen = tok.head, seen + 1
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
        if (won := _times_won(tok)) is not None:
            return won
        return tok.head if tok.lower_ in ("1", "one") else _kinds_head(tok.head)
    noun = _of_noun(tok)
    return noun if noun is not None else _figure_of(tok)


def _times_won(tok: Any) -> Any | None:
    """What an "N-time" title counts: "Six-time Grammy winner" is six Grammys, "a two-time Super Bowl MVP" two Super
    Bowl MVPs (the name before the title's noun, else the noun: "three-time champion", three championships won)."""
    time, doc = tok.head, tok.doc
    if time.lower_ != "time" or time.dep_ != "compound" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "-":
        return None
    title = time.head
    names = [c for c in title.children if c.dep_ == "compound" and c.i > time.i]
    return names[0] if names else title


def _of_noun(tok: Any) -> Any | None:
    """The noun after a token's "of" ("hundreds of [tanks]", "the number of [startups]"), when there is one."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") else None


def _unit_of(noun: Any) -> str:
    """What a unit measures: "1.5g of [protein]", "barrels of [oil]"; "" for a noun no unit."""
    of = _of_noun(noun) if noun.lower_ in UNITS else None
    return "" if of is None else of.text


def _figure_of(tok: Any) -> Any | None:
    """What a number counts when it follows "is" said of a figure word ("The active number of startups in the
    country is [9,000]"; "the death toll was 45" has no "of": none): the noun after the subject's "of"."""
    verb = tok.doc[tok.i - 1] if tok.i > 0 else None  # the parse may hang the number on what follows it
    if verb is None or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _of_noun(subject) if subject is not None and subject.lower_ in FIGURE_WORDS else None


def _ordinal_count(tok: Any) -> Any | None:
    """The noun an ordinal counts so far when it is someone's ("his 43rd European goal", "their fourth home win of
    the season": 43 goals, four wins), not a rank ("the third largest exchange", "the second half"), nor a first
    ("his first goals for Norway in 2020": when, not how many)."""
    if tok.ent_type_ != "ORDINAL" or tok.dep_ != "amod" or tok.head.pos_ != "NOUN" or tok.lower_ == "first":
        return None
    return tok.head if any(c.dep_ == "poss" for c in tok.head.children) else None


def _kinds_head(noun: Any) -> Any:
    """The noun a list of kinds qualifies ("304 fighter, attack, bomber, and transport jets": a count of "fighter"
    in the parse, with "attack", "bomber" and "jets" its conjuncts): a singular noun counted by more than one is the
    first plural among its conjuncts that no number of its own counts ("289 helicopters" is another figure)."""
    if noun.tag_ != "NN":
        return noun
    chain, todo = [], [noun]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj" and not any(g.dep_ == "nummod" for g in c.children):
                chain.append(c)
                todo.append(c)
    return min((c for c in chain if c.tag_ == "NNS"), key=lambda c: c.i, default=noun)


def _is_model(noun: Any) -> bool:
    """Whether a counted noun is a named model, not a kind: a PRODUCT entity, or a proper noun with a model
    designation beside it ("M1 Abrams", "Bayraktar TB2")."""
    if noun.pos_ != "PROPN":
        return False
    near = [noun, *(t for t in noun.children if t.dep_ == "compound")]
    return noun.ent_type_ == "PRODUCT" or any(designation(t.text) for t in near)


def _act(noun: Any) -> str:
    """The act a counted noun is part of: the verb above it, unless that only says or is ("estimated", "were")."""
    verb = verb_above(noun)
    return verb.lower_ if verb.pos_ == "VERB" and verb.lower_ not in CLAIM_VERBS else ""


def _clause_acts(verb: Any) -> tuple[str, ...]:
    """What a figure's clause does: the verb above it, the verbs completing it ("Some 2,500 managed [to flee]") and
    the one it completes ("Russia is thought to have lost ... 13,800 men", parsed as a count of "thought"); not a
    verb that only is, has or says."""
    near = [verb, *(c for c in verb.children if c.dep_ == "xcomp"), *([verb.head] if verb.dep_ == "xcomp" else [])]
    return tuple(dict.fromkeys(t.lower_ for t in near if does_act(t)))


def _names_itself(modifier: Any, noun: Any) -> bool:
    """Whether a modifier's entity spans the counted noun too ("four [Iskander ballistic missile systems]"): a kind's
    name, not a party's."""
    return any(e.start <= modifier.i < e.end and e.start <= noun.i < e.end for e in noun.doc.ents)


def _gives_figure(verb: Any) -> bool:
    """Whether a verb takes a figure as its object ("put the figure at 6,000"): its subject says the figure."""
    return any(c.dep_ == "dobj" and c.lower_ in FIGURE_WORDS for c in verb.children)


def _put_at(tok: Any) -> bool:
    """Whether a number is the value a verb puts a figure at ("put the figure lower - at up to 6,000")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to") and _gives_figure(verb_above(tok))


def _nickname(tok: Any) -> bool:
    """Whether a name is a team's nickname ("the Bulldogs", "the Swans"): a plural proper noun after "the" that is no
    country's people ("the Russians"). Whose team it is, the context says ("Georgia ... the Bulldogs finished with
    300 rushing yards"): it names no other party than the one asked."""
    after_the = tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
    return tok.tag_ == "NNPS" and after_the and not (country_of(tok.text) or country_of(tok.text.removesuffix("s")))


def _parties(noun: Any) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """Names the figure is said of: modifiers of its noun, else the subject of the verb above it ("Russia is
    estimated to have lost 214 tanks": the raised subject of "estimated"), with that verb (none for one that only
    is: "Mbappe's tally of 46 goals is ..." are Mbappe's goals, whatever the question's verb), and the subjects
    named by a team's nickname apart."""
    own = [_ent_text(t) for t in noun.children if t.dep_ in _MODIFIERS and not _names_itself(t, noun)]
    if any(own):
        return tuple(dict.fromkeys(x for x in own if x)), "", ()
    if noun.dep_ not in _OWN_CLAUSE and any(t.dep_ == "poss" and t.pos_ == "PRON" for t in noun.children):
        return (), "", ()  # "Fanny, ... the mother of his six children, had died": whose "his" is, the context says
    verb = verb_above(noun)
    if verb.lower_ in CLAIM_VERBS or _gives_figure(verb):
        return (), "", ()
    subjects = [t for t in verb.children if t.dep_ in _SUBJECTS and t.i != noun.i]
    if not subjects and verb.dep_ in ("xcomp", "conj"):  # "... have killed X, destroyed Y": one subject
        subjects = [t for t in verb.head.children if t.dep_ in _SUBJECTS]
    names = [_named(t) for t in subjects if not _nickname(t)]
    teams = tuple(dict.fromkeys(x for t in subjects if _nickname(t) and (x := _named(t))))
    return tuple(dict.fromkeys(x for x in names if x)), "" if verb.lemma_ == "be" else verb.lower_, teams


def _named(tok: Any) -> str:
    """The party a subject or object names: its entity, else one modifying it ("the US and Europe": the US)."""
    return _ent_text(tok) or next((_ent_text(c) for c in tok.children if c.dep_ in _MODIFIERS), "")


def _said_by(tok: Any) -> tuple[str, ...]:
    """Who the sentence says gives the figure at `tok`: "according to X" on a verb above it; the subject of a verb
    whose clausal complement holds it ("Oryx estimated that Russia had lost ...", "Ukraine has lost 343, Oryx
    added"); or of a claim verb taking it as object ("Moscow has acknowledged just 500 casualties"). A figure of
    another clause ("while the US and Europe put the figure at 6,000", an adverbial clause) is not the claim's."""
    out: list[str] = []
    node, first = tok, True
    while node.head.i != node.i:
        edge, node = node.dep_, node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                out += [_named(p) for to in child.children for p in to.children if p.dep_ == "pobj"]
        if edge == "advcl" and out:  # "Ukraine says ..., while the US put the figure at 6,000": the US's figure
            break
        said = edge == "ccomp" or (first and (node.lower_ in CLAIM_VERBS or _gives_figure(node)))
        if said:
            out += [_named(c) for c in node.children if c.dep_ == "nsubj"]
        first = False
    return tuple(dict.fromkeys(x for x in out if x))


def _facts(doc: Any) -> Facts:
    counts: list[Count] = []
    for tok in doc:
        vague = tok.lower_ in VAGUE
        ordinal = _ordinal_count(tok)
        if not (vague or ordinal is not None or is_number(tok)):
            continue
        noun = ordinal if ordinal is not None else _counted_noun(tok)
        if noun is not None:
            parties, verb, teams = _parties(noun)
            first = tok.i + 1  # the words between the number and its noun tell its kind
            if tok.dep_ == "nummod" and _times_won(tok) is not None:
                verb, first = "won", tok.head.i + 1  # "Six-time Grammy winner ... Lady Gaga performed": she won six
            counts.append(Count(tok.text, noun.text, parties, verb, teams=teams, vague=vague, at=tok.idx,
                                model=_is_model(noun),
                                said_by=_said_by(tok), act=_act(noun), acts=_clause_acts(verb_above(noun)),
                                kind=tok.doc[first:noun.i].text, of=_unit_of(noun)))
        elif not vague and (tok.dep_ in _BARE or any(c.dep_ == "acl" for c in tok.children)  # "Some 2,500 fled"
                            or _put_at(tok)):
            parties, verb, teams = _parties(tok)
            counts.append(Count(tok.text, "", parties, verb, teams=teams, at=tok.idx, said_by=_said_by(tok),
                                acts=_clause_acts(verb_above(tok))))
    actors = tuple(e.text for e in doc.ents if e.label_ in PARTY_LABELS
                   and not (e.root.dep_ == "pobj" and e.root.head.lower_ in _PLACES))
    return Facts(tuple(counts), tuple((e.text, e.label_, e.start_char) for e in doc.ents), actors,
                 described(doc), acts_of(doc), denials(doc))


def facts_of(sentences: list[str], *, syntax: bool = True) -> list[Facts]:
    """Each sentence's figures and entities (parsed together; each text parsed once per process).
    `syntax=False`: entities alone (no figures, no actors), for about 40% of the cost."""
    if not syntax:
        return [Facts((), tuple((e.text, e.label_, e.start_char) for e in doc.ents))
                for doc in parse_many(sentences, syntax=False)]
    return [_facts(doc) for doc in parse_many(sentences)]


def named_before(sentence: str, earlier: str, parties: Sequence[str]) -> bool:
    """Whether a sentence led by "He" or "She" speaks of a person asked about, whom its paragraph named before it by
    surname ("Levy served in ... He ... has translated some 30 books": Eylon Levy's books)."""
    return bool(_PERSONAL.match(sentence)) and any(
        len(words := name.split()) > 1 and words[-1][:1].isupper()
        and re.search(rf"\b{re.escape(words[-1])}\b", earlier) is not None for name in parties)


def mentions(text: str, name: str) -> bool:
    """Whether `text` names `name` or its adjective ("Ukraine" in "Ukrainian forces"), case-insensitively."""
    stem = name.lower().removeprefix("the ").removesuffix("'s").removesuffix("’s")
    return stem[:max(4, len(stem) - 2)] in text.lower()
