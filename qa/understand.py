"""What a question asks, read from spaCy's dependency parse and entities (`qa.nlp`), not from word patterns.

"How many Russian troops does Ukraine claim to have killed?" counts *troops* (modified by *Russian*), of the
party *Russian*, as claimed by *Ukraine*; "How many tanks has Ukraine lost?" counts *tanks* of *Ukraine*;
"Who leads the Wagner Group?" wants a person or organisation other than the Wagner Group. Read once per
question and kept in the `Question` record (`qa.question`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qa.credit import Credit, credit_asked
from qa.nlp import parse
from qa.role_asked import asked_role
from qa.tokens import tokenize

PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # who a count or a claim can belong to
# Verbs whose subject says a figure rather than owns it: "How many men does Ukraine *say* Russia has lost?"
CLAIM_VERBS = frozenset("say says said claim claims claimed admit admits admitted acknowledge acknowledged "
                        "estimate estimates estimated report reports reported believe assess assessed "
                        "according".split())
# ... and verbs whose clause, not they, is what a "when" asks about ("When does he think a deal could be struck?")
OPINION_VERBS = CLAIM_VERBS | frozenset("think thinks thought expect expects expected hope hopes hoped".split())
_TAKES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod", "poss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
_ACTORS = frozenset({"nsubj", "nsubjpass"})  # the subject of a frame's act (a passive's agent is one of its `others`)
_OWNERS = frozenset({"GPE", "NORP", "ORG"})  # names that modify a counted noun as its owner
_GIVEN = frozenset({"name", "names", "title", "kind", "type", "number", "amount", "role", "purpose", "result"})
# Properties an answer states without naming: "What was the outcome of...?" -> "successfully preventing it from
# being cut down" (SQuAD, tuning half: 2 of 3 "What is the X of Y?" abstentions there named one of these).
_UNSAID = frozenset("""outcome outcomes proportion nationality example examples opposite reason reasons cause causes
    effect effects consequence consequences meaning significance goal goals aim function""".split())
_DESCRIBE = frozenset({"is", "was", "are", "were"})  # "Who is Yevgeny Prigozhin?" asks for a description


@dataclass(frozen=True, slots=True)
class Frame:
    """What a question asks of one act (`qa.slot` reads it): `asks` ("when", "where", "what", "who"), the act's verb
    as written, its subject's name (`actor`) and the other names the act takes (`others`)."""

    asks: str
    act: str
    actor: str = ""  # "" for "who" or an unnamed subject
    others: tuple[str, ...] = ()  # "Russia" in "What did China request from Russia?"; not a name of the subject's
    # own ("Ukraine's" of "Ukraine's Ministry of Defense")
    acts: tuple[str, ...] = ()  # the BM25 tokens of the act whose time or place is asked: the verb, or what it
    # thinks or says ("When does he think [a peace deal could be struck]?": struck)
    things: tuple[str, ...] = ()  # ... of the common nouns those acts take ("deal")
    lemmas: tuple[str, ...] = ()  # those acts' lemmas ("strike" for "struck"): a sentence states them in any form
    phrases: tuple[str, ...] = ()  # the nouns they take with their compounds ("peace agreement"), compared by meaning
    lemma: str = ""  # the question's own verb's lemma ("say" of "When did Zelensky say ...?")


@dataclass(frozen=True, slots=True)
class Reading:
    """A question's parse, reduced to what scoring reads."""

    counted: str = ""  # the head noun a "how many" counts ("tanks")
    counted_mods: tuple[str, ...] = ()  # its modifiers ("Leopard", "2")
    party: tuple[str, ...] = ()  # the names whose count it is
    claimant: tuple[str, ...] = ()  # who says it
    verb: str = ""  # the verb whose subject is the party ("lost" in "How many tanks has Ukraine lost?")
    verb_lemma: str = ""  # its lemma ("lose")
    entities: tuple[tuple[str, str], ...] = ()  # every (text, label) spaCy finds
    describe: bool = False  # "Who is X?": asks for a description of a name, not a name
    named: str = ""  # X of "Who is X?" when X is all that follows (not "Who was ABC's vice-president?")
    attribute: str = ""  # "What is the [range] of a Leopard 2 tank?": the property asked of something
    verbs: tuple[str, ...] = ()  # the question's verbs, lower case ("escaped" in "How many people escaped ...?")
    counted_act: str = ""  # the verb the counted noun takes part in ("escaped"; `_counted_act`)
    frame: Frame | None = None  # the act a when/where/what/who question asks about (`_frame`)
    role: str = ""  # the role a "Who is the CEO of X?" asks for, as written ("CEO", "head coach"; `asked_role`)
    credit: Credit | None = None  # "Who wrote the article about X?": its author or outlet asked (`qa.credit`)
    which: str = ""  # X of "Which X ...?" / "What is the name of X?": the one X the answer names, as a lemma
    name_asked: bool = False  # ... asked by its name ("What is the name of X?"), which no kind of X answers


def counted_noun(doc: Any) -> Any | None:
    """The noun that "many"/"much" of "how many" counts, or None (`read_question`; `qa.antecedents` for follow-ups)."""
    for tok in doc:
        if tok.lower_ in ("many", "much") and tok.i > 0 and doc[tok.i - 1].lower_ == "how":
            head = tok.head if tok.head.i != tok.i else None  # spaCy makes a new Token each time: `is` never holds
            while head is not None and head.dep_ in _MODIFIERS and head.head.pos_ == "NOUN":
                head = head.head  # "How many [Leopard] 2 tanks": Leopard names the kind of tank
            if head is not None and head.pos_ in ("NOUN", "PROPN"):
                return head
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):  # a parse that hung the noun elsewhere
                return nxt.head if nxt.dep_ in _MODIFIERS and nxt.head.pos_ == "NOUN" else nxt
    return None


def _counted_act(counted: Any | None) -> str:
    """The act the counted noun takes part in, as written ("escaped" of "How many people escaped ...?"), or "" when
    it hangs from no verb of its own, or from one that only is, has or says ("How many troops does Ukraine say ...")."""
    if counted is None or counted.dep_ not in _TAKES:
        return ""
    return counted.head.text if does_act(counted.head) else ""


def does_act(tok: Any) -> bool:
    """Whether `tok` is a verb that does something: not one that only is, has or says (`CLAIM_VERBS`)."""
    return tok.pos_ == "VERB" and tok.lemma_ not in ("be", "have") and tok.lower_ not in CLAIM_VERBS


def entity_of(tok: Any) -> str:
    """The text of the party entity `tok` belongs to, or ""."""
    if tok.ent_type_ in PARTY_LABELS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            text = ent.text
            return text[4:] if text.lower().startswith("the ") else text
    return ""


def _claimants(doc: Any) -> list[str]:
    """Who the question says gives the figure: the subject of a claim verb, or "according to X"."""
    out: list[str] = []
    for tok in doc:
        if tok.dep_ in _SUBJECTS and tok.head.lower_ in CLAIM_VERBS:
            out.append(entity_of(tok))
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            out.append(entity_of(tok))
    return [x for x in dict.fromkeys(out) if x]


def _parties(doc: Any, counted: Any, claimant: list[str]) -> tuple[list[str], str]:
    """Whose count it is: a name modifying the counted noun, else the subject (or its owner) of a non-claim verb,
    with that verb."""
    out: list[str] = []
    verb = ""
    # "Russian troops", "Ukraine's soldiers"; not "Leopard 2 tanks" (a kind of tank)
    out += [entity_of(t) for t in counted.children
            if t.dep_ in _MODIFIERS and (t.ent_type_ in _OWNERS or t.dep_ == "poss")]
    if not [x for x in out if x]:
        for tok in doc:
            head = tok.head.head if tok.head.dep_ == "aux" else tok.head  # "did it (Ukraine) start": it, of "start"
            acts = tok.dep_ in _SUBJECTS or (tok.pos_ == "PRON" and tok.head.dep_ == "aux")
            if acts and head.lower_ not in CLAIM_VERBS and tok.i != counted.i:  # not the counted noun itself
                # A follow-up's pronoun names its party beside it: "has it (Russia) lost" (qa.followup)
                name = entity_of(tok) or next((entity_of(c) for c in tok.children if c.dep_ in ("poss", "appos")),
                                               "")
                if name and name not in claimant:
                    out.append(name)
                    verb = verb or head.lower_
    return [x for x in dict.fromkeys(out) if x and x not in claimant], verb


def _attribute(doc: Any) -> str:
    """X of "What is the X of Y?" (a common noun or an acronym the answer must name), or ""; "name" is given, not
    named."""
    if len(doc) < 4 or doc[0].lower_ not in ("what", "which") or doc[0].dep_ != "attr":
        return ""
    subject = next((t for t in doc[0].head.children if t.dep_ == "nsubj"), None)
    acronym = subject is not None and subject.pos_ == "PROPN" and subject.text.isupper()  # "the APR of a card"
    if subject is None or not (subject.pos_ == "NOUN" or acronym) or subject.lower_ in _GIVEN | _UNSAID:
        return ""
    return subject.text if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children) else ""


def _frame(doc: Any) -> Frame | None:
    """The act a when/where/what/who question asks about (None for any other question, or one without a verb of
    its own: "When is the next round due?", "Who is X?" ask of no act)."""
    if len(doc) < 3:
        return None
    wh = doc[0]
    asks, verb = wh.lower_, wh.head
    if asks not in ("when", "where", "what", "who") or verb.pos_ != "VERB" or verb.i == wh.i:
        return None
    if asks == "what" and wh.dep_ != "dobj" or asks == "who" and wh.dep_ not in _ACTORS or not tokenize(verb.text):
        return None
    subject = next((c for c in verb.children if c.dep_ in _ACTORS and c.i != wh.i), None)
    actor = entity_of(subject) if subject is not None else ""
    own = {t.i for t in subject.subtree} if subject is not None else set()  # "Ukraine's" of "Ukraine's Ministry" acts
    others = tuple(dict.fromkeys(n for t in verb.subtree if t.ent_iob_ == "B" and t.i not in own
                                 and (n := entity_of(t)) and not same_name(n, actor)))
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]
    acts = said if said and verb.lower_ in OPINION_VERBS else [verb]
    things = tuple(x for a in acts for x in taken(a))
    return Frame(asks, verb.text, actor, others, tuple(x for a in acts for x in tokenize(a.text)), things,
                 tuple(a.lemma_.lower() for a in acts), tuple(p for a in acts for p in taken_phrases(a)),
                 verb.lemma_.lower())


def taken(verb: Any) -> tuple[str, ...]:
    """The BM25 tokens of the common nouns a verb takes (`_taken_nouns`: "a peace deal [struck]": deal)."""
    return tuple(x for c in _taken_nouns(verb) for x in tokenize(c.text))


def taken_phrases(verb: Any) -> tuple[str, ...]:
    """The common nouns a verb takes (`_taken_nouns`) with the nouns compounded before them ("a peace deal [struck]":
    "peace deal"), which the embedding model compares better than the bare nouns."""
    # "peace deal" and "peace agreement" are one thing to the model (cosine 0.85), "deal" and "agreement" not (0.43).
    return tuple(" ".join([*(t.text for t in c.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")), c.text])
                 for c in _taken_nouns(verb))


def _taken_nouns(verb: Any) -> list[Any]:
    """The common nouns a verb takes as subject or object (`taken`, `taken_phrases`)."""
    return [c for c in verb.children if c.dep_ in _TAKES and c.pos_ == "NOUN"]


# Nouns a date, a figure or a share answers, not a name: "Which year ...?" is answered by "in 2016" (`asked_which`).
_DATED = frozenset("year month week day time date decade century season hour minute percent percentage".split())
_WHICH_AT = 2  # "Which port", "In which city", "At what base": the wh-word among a question's first three words


def asked_which(doc: Any) -> tuple[str, bool]:
    """X of "Which X ...?", "What X ...?" or "What is the name of X?" as its lemma, when X is a singular common noun
    that names answer ("port", "warship"), and whether its name is asked; "" when none is (a plural asks a kind:
    "Which men ...?" -> "men aged 18 to 60"; "kind", "year" are answered by no name)."""
    noun, name_asked = None, False
    for tok in doc[:_WHICH_AT + 1]:
        if tok.dep_ == "det" and tok.tag_ == "WDT" and tok.lower_ in ("which", "what"):
            noun = tok.head
    if noun is None and len(doc) > 3 and doc[0].lower_ in ("what", "which"):
        name = next((t for t in doc if t.lower_ == "name" and t.pos_ == "NOUN"), None)
        whose = [] if name is None else [*(g for c in name.children if c.dep_ == "prep" and c.lower_ == "of"
                                           for g in c.children if g.dep_ == "pobj"),
                                         *(c for c in name.children if c.dep_ == "poss")]
        noun, name_asked = (whose[0], True) if whose else (None, False)
    if noun is None or noun.tag_ != "NN" or noun.ent_type_ or noun.lemma_.lower() in _GIVEN | _UNSAID | _DATED:
        return "", False
    return noun.lemma_.lower(), name_asked


def read_question(text: str) -> Reading:
    """`text` (a folded question) parsed once: counted noun, party, claimant, entities, description wanted, the
    act it asks about (`Frame`), the role a "who" asks for and the author or outlet of an article it asks for."""
    doc = parse(text)
    counted = counted_noun(doc)
    claimant = _claimants(doc)
    which, name_asked = asked_which(doc)
    mods = ()
    if counted is not None:
        mods = tuple(t.text for t in counted.subtree if t.i != counted.i and t.dep_ in _MODIFIERS
                     and t.lower_ not in ("many", "much") and tokenize(t.text))
    first = [t.lower_ for t in doc[:3]]  # "Who is Yevgeny Prigozhin?", not "Who are most of the casualties?"
    role = asked_role(doc)  # "Who is Britney Spears' lawyer?" asks a name: her lawyer's, not who she is
    describe = (len(first) == 3 and first[0] == "who" and first[1] in _DESCRIBE and doc[2].ent_type_ in PARTY_LABELS
                and not role)
    ent = next((e for e in doc.ents if e.start <= 2 < e.end), None) if describe else None
    whole = ent is not None and all(t.is_punct for t in doc[ent.end:])  # not "Who was [ABC]'s vice-president?"
    named = entity_of(doc[2]) if whole else ""
    party, verb = _parties(doc, counted, claimant) if counted is not None else ([], "")
    return Reading(counted=counted.text if counted is not None else "", counted_mods=mods, party=tuple(party),
                   claimant=tuple(claimant), verb=verb,
                   verb_lemma=next((t.lemma_.lower() for t in doc if verb and t.lower_ == verb), ""),
                   entities=tuple((e.text, e.label_) for e in doc.ents), describe=describe, named=named,
                   attribute=_attribute(doc), verbs=tuple(dict.fromkeys(t.lower_ for t in doc if t.pos_ == "VERB")),
                   counted_act=_counted_act(counted),
                   frame=_frame(doc), role=role, credit=credit_asked(doc), which=which,
                   name_asked=name_asked)


def same_name(a: str, b: str) -> bool:
    """Whether two names refer to one party: "Ukraine" ~ "Ukrainian" ~ "Ukraine's", "Russia" ~ "Russian"."""
    a, b = (x.lower().removesuffix("'s").removesuffix("’s").removeprefix("the ") for x in (a, b))
    if a == b or a in b.split() or b in a.split():
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 4 and n >= min(len(a), len(b)) - 2
