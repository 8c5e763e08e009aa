"""How well a candidate sentence's facts (`qa.evidence`) fit what the question asks (`qa.understand`).

A "how many X" answer holds a number counting X (or a noun the embedding model puts close to X), said of the
party the question names; a "who" answer names a person or organisation the question does not; "when" a date,
"where" a place. Each fit is in [-1, 1]: -1 cannot answer, 1 answers, between: weaker evidence.
"""

from __future__ import annotations

from dataclasses import replace

from qa.acts import Act
from qa.counted import GENERIC, LOSS_FORMS, NO_ACTS, NOT_ACTS, casualties, counts_people, counts_phrase, counts_thing
from qa.countries import country_of
from qa.evidence import Count, Facts, mentions, named_before
from qa.senses import OTHER_ACT, SAME_ACT, Senses
from qa.tokens import tokenize
from qa.understand import Frame, Reading, same_name

VAGUE_FIT = 0.2  # "hundreds of tanks": loses to any sentence giving the count
UNSAID_PARTY_FIT = 0.2  # a count of X whose party neither the figure nor its context names
CONTEXT_PARTY_FIT = 0.6  # ... whose party the sentence (or the one before) names elsewhere
MODEL_FIT = 0.8  # "the 31 M1 Abrams" in a sentence on "Western tanks": a model counts the kind named beside it
# "How many Iskander ballistic missile systems ...?": "493 Multiple Launch Rocket Systems" counts systems of another
# kind than the one named; below a figure whose own words name it ("four mobile Iskander ballistic missile systems")
OTHER_KIND_FIT = 0.5
BARE_FIT = 0.6  # a number standing alone ("Some 2,500 managed to flee") where the sentence before names X
# A party's loss is often told as the other side's act: "Ukrainian forces have destroyed ... 2,487 artillery pieces" is
# what Russia lost, when the sentence names Russia (`_party_fit`). Loss verbs, as lemmas:
LOSS_VERBS = frozenset({"lose", "suffer"})
# "How many people ...?" counted by a noun of people of some kind ("12,000 employees"): weaker than "people" said, so
# "13,800 men" lost in Ukraine does not outrank "Some 2,500 managed to flee" for "How many people escaped ...?"
PEOPLE_FIT = 0.6
OTHER_ACT_FIT = 0.6  # a count of the party's X, but of another act than the question's ("died" for "mass")
NONE_FIT = 0.6  # no figure, but the party asked is said not to do the act asked to the thing: the answer is none
OTHER_CLAIM_FIT = 0.25  # a figure another party gives than the one the question says claims it: not its count
UNSAID_CLAIM_FIT = 0.5  # ... a figure no one is said to give, in a sentence where the claimant does not act
NORP_FIT = 0.0  # "Who ...?" answered only by a nationality or group ("Syrians")
GPE_FIT = 0.5  # "Who is allowed to buy them?" -> "the UK": a country can be who, less often than a person
# "When ... a peace deal ... struck?": a date the sentence attaches to another act than the one it states as asked ("the
# war would end within weeks and a peace deal struck when ...") is no answer; the word patterns' score stands
OTHER_ACT_DATE_FIT = 0.0
_LABELS = {"person": {"PERSON", "ORG", "NORP", "GPE"}, "date": {"DATE", "TIME"}, "place": {"GPE", "LOC", "FAC", "ORG"},
           "duration": {"DATE", "TIME", "QUANTITY"}, "number": {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}}


def _party_fit(count: Count, reading: Reading, context: tuple[str, Facts], senses: Senses,
               sentence: str, earlier: str = "") -> float | None:
    """1 when the figure is said of the party asked about, None when of another party (or when that party does
    something else to it: "Ukrainian forces have destroyed 5,348 vehicles" is no count of what Ukraine lost; an act
    near the asked one, of no loss, weighs OTHER_ACT_FIT: `_told_otherwise`).
    Another party doing something else ("destroyed" for "lost") leaves the party to the context."""
    if not reading.party:
        return 1.0
    before, facts = context
    if count.teams and not count.parties:  # "the Bulldogs finished with 300 rushing yards"
        if any(same_name(t, q) for t in count.teams for q in reading.party):
            count = replace(count, parties=count.teams)  # the team asked by its nickname
        elif any(_team_name(q) for q in reading.party):
            return None  # another team than the one asked by its nickname ("the Panthers"), as before
        # else whose team it is, the context says: "Georgia ... the Bulldogs"
    acts = any(same_name(a, q) for a in facts.actors for q in reading.party)  # an actor here, not a place
    if count.parties:
        ours = any(same_name(p, q) for p in count.parties for q in reading.party)
        if (not (count.verb and reading.verb) or reading.verb.lower() in NO_ACTS  # "have": any act of its stores
                or senses.same_act(count.verb, reading.verb) or _both_losses(count, reading)):
            return 1.0 if ours else None
        if ours:  # the party does something else to them: "Ukrainian forces destroyed" is not "Ukraine lost"
            return OTHER_ACT_FIT if _told_otherwise(count, reading, senses) else None
        if acts and _loss_told_by_other_side(count, reading, senses):
            return 1.0
        return CONTEXT_PARTY_FIT if acts else UNSAID_PARTY_FIT  # "Ukraine destroyed 289 Russian helicopters"
    if any(country_of(s) and same_name(s, q) for c in facts.counts for s in c.said_by for q in reading.party):
        return UNSAID_PARTY_FIT  # "Ukraine says 13,800 men have been lost, while the US put the figure at 6,000": a
        # country giving the sentence's figures is not known to be whose they are (its ministry's are weighed as before)
    # The party named anywhere in the sentence or the one before (even as a place: "successful in the UK (with 9.1
    # million viewers)" counts UK viewers) gives it from context; a figure said of another party was refused above.
    named = acts or any(mentions(f"{before} {sentence}", q) for q in reading.party)
    return CONTEXT_PARTY_FIT if named or named_before(sentence, earlier, reading.party) else UNSAID_PARTY_FIT


def _told_otherwise(count: Count, reading: Reading, senses: Senses) -> bool:
    """Whether the party's own act on the figure may be the asked act in other words: no loss asked (a party's own
    act tells no loss), and an act (not "is thought to have lost") the model puts within OTHER_ACT of the asked one
    ("linking up" for "connect", 0.53)."""
    return (reading.verb_lemma not in LOSS_VERBS and count.verb.lower() not in NOT_ACTS
            and senses.act(count.verb, reading.verb) >= OTHER_ACT)


def _team_name(name: str) -> bool:
    """Whether an asked party's name reads as a team's nickname ("Panthers", "the Eagles"): plural, no country."""
    last = name.split()[-1] if name.split() else ""
    return last[:1].isupper() and last.endswith("s") and not country_of(name) and not country_of(last[:-1])


def _both_losses(count: Count, reading: Reading) -> bool:
    """Whether the figure's verb and the question's both tell a loss ("lost" for "suffered": 0.52 to the model)."""
    return reading.verb_lemma in LOSS_VERBS and count.verb in LOSS_FORMS


def _loss_told_by_other_side(count: Count, reading: Reading, senses: Senses) -> bool:
    """Whether a figure another party's act gives is the asked party's loss: the question asks what a party lost or
    suffered, and the figure's verb is near that loss ("destroyed" 0.57 and "killed" 0.49 to "lost": `OTHER_ACT`)."""
    return reading.verb_lemma in LOSS_VERBS and senses.act(count.verb, reading.verb) >= OTHER_ACT


def _owned(count: Count, facts: Facts) -> Count:
    """A bare number said of the parties of the figure before it in the sentence: "7,000 Russian troops have now
    died in Ukraine, while another 14,000 to 21,000 have been wounded" counts Russian troops, not Ukraine's."""
    if count.noun or count.parties:
        return count
    owner = next((c for c in reversed(facts.counts) if c.noun and c.parties and c.at < count.at), None)
    return count if owner is None else replace(count, parties=owner.parties, verb=owner.verb, act=owner.act)


def _act_fit(count: Count, reading: Reading, senses: Senses) -> float:
    """OTHER_ACT_FIT when the figure is of another act than the question asks of its party, whoever does it ("7,000
    Russian troops have now died" for "How many troops did Russia mass ...?"); 1 when the same or unknown. A party
    that is the verb's subject is weighed by `_party_fit`."""
    if count.verb or not (count.act and reading.verb):
        return 1.0
    return OTHER_ACT_FIT if senses.act(count.act, reading.verb) < OTHER_ACT else 1.0


def _own_act_fit(count: Count, reading: Reading, senses: Senses) -> float:
    """OTHER_ACT_FIT when a question naming no party counts what does an act ("How many people escaped ...?") and none
    of the figure's acts is it (`SAME_ACT`: "13,800 men" lost, 0.57 to "escaped"); -1 for a bare number, which its
    context alone ties to the thing ("Some 2,500 managed to flee" for "... killed?"); else 1 (a party: `_party_fit`)."""
    if reading.party or not (reading.counted_act and count.acts):
        return 1.0
    same = any(senses.same_act(a, reading.counted_act) for a in count.acts)
    return 1.0 if same else OTHER_ACT_FIT if count.noun else -1.0


def _claim_fit(count: Count, reading: Reading, facts: Facts) -> float:
    """How far the figure is the claim of the party the question says gives it ("How many tanks does Ukraine
    claim ...?"): 1 when the sentence attributes it to that party, or names that party acting and attributes it
    to no one; OTHER_CLAIM_FIT when it is another party's claim ("214 tanks, according to Oryx")."""
    if not reading.claimant:
        return 1.0
    if count.said_by:
        ours = any(same_name(s, c) for s in count.said_by for c in reading.claimant)
        return 1.0 if ours else OTHER_CLAIM_FIT
    return 1.0 if any(same_name(a, c) for a in facts.actors for c in reading.claimant) else UNSAID_CLAIM_FIT


def _kind_fit(count: Count, mods: list[str]) -> float:
    """OTHER_KIND_FIT when the figure's noun has words of its own naming its kind, and they are not the kind the
    question names (`Count.kind`); 1 otherwise."""
    held = {t for t in tokenize(count.kind) if not t[0].isdigit()}  # not the other end of a range
    return OTHER_KIND_FIT if held and mods and not all(set(tokenize(m)) <= held for m in mods) else 1.0


def _bare_noun(count: Count, facts: Facts) -> Count | None:
    """The figure before a bare number in its sentence ("13,800 men have been lost, while the US put the figure at up
    to 6,000": men), or None."""
    return next((c for c in reversed(facts.counts) if c.noun and c.at < count.at), None)


def count_fit(facts: Facts, reading: Reading, sentence: str, before: tuple[str, Facts | None],
              senses: Senses, earlier: str = "") -> tuple[float, Count | None]:
    """The best fit of the sentence's figures to a "how many" question, and the figure that fits best (`_best_count`);
    NONE_FIT, with no figure, when none fits so well and the sentence says the party asked does not do the act asked
    to what is counted ("The U.S. is not providing F-16s" for "How many F-16 jets has the U.S. sent?": none)."""
    best, found = _best_count(facts, reading, sentence, before, senses, earlier)
    return (NONE_FIT, None) if best < NONE_FIT and _denied(facts, reading, senses) else (best, found)


def _denied(facts: Facts, reading: Reading, senses: Senses) -> bool:
    """Whether the sentence says the party asked does not do to what is counted (or the kind its modifiers name) an
    act near the question's ("providing" for "sent", 0.52: `OTHER_ACT`)."""
    asked = {x.lower().removesuffix("s") for x in (reading.counted, *reading.counted_mods)}
    return bool(reading.party) and any(
        any(same_name(d, q) for d in denial.doers for q in reading.party)
        and any(t.removesuffix("s") in asked for t in denial.things)
        and (not reading.verb or senses.act(denial.verb, reading.verb) >= OTHER_ACT) for denial in facts.denials)


def _best_count(facts: Facts, reading: Reading, sentence: str, before: tuple[str, Facts | None],
                senses: Senses, earlier: str = "") -> tuple[float, Count | None]:
    """The best fit of the sentence's figures to a "how many" question, and the figure that fits best.

    `before` is the sentence before it in its article (or "") and its facts when parsed; a number standing
    alone counts what that sentence's first figure counts ("Russia had lost 1,292 vehicles ... Ukraine has
    lost 343"), or what it names when it gives none. `senses` says whether two words mean nearly the same (one
    noun counts what the other does; two verbs do the same).
    """
    before_text, before_facts = before
    first = next((c for c in before_facts.counts if c.noun), None) if before_facts is not None else None
    context = f"{before_text} {sentence}"
    words = set(tokenize(context))
    mods = [m for m in reading.counted_mods if not any(same_name(m, p) for p in reading.party)]
    if not all(set(tokenize(m)) <= words for m in mods):  # "Challenger 2 tanks" are not Leopard 2 tanks
        return -1.0, None
    best, found = -1.0, None
    thing = set(tokenize(reading.counted))
    for count in facts.counts:
        if count.noun:
            if counts_thing(count, reading, words, senses) or counts_phrase(count, mods, reading, senses):
                fit = 1.0
            elif (reading.counted.lower() in GENERIC and counts_people(count.noun, senses)
                  or casualties(count, reading, senses)):
                fit = PEOPLE_FIT  # "How many people did Google lay off?": "12,000 employees"
            elif count.model and thing <= set(tokenize(sentence)):  # names the kind asked: its model counts it
                fit = MODEL_FIT
            else:
                continue
        elif thing <= set(tokenize(sentence)):
            continue  # the sentence names X elsewhere: its bare number is something else
        elif reading.counted.lower() in GENERIC or (counts_thing(prior, reading, words, senses)
                                                    if (prior := _bare_noun(count, facts) or first)
                                                    else thing <= words):
            fit = BARE_FIT
        elif _does_asked_act(count, reading, senses) and thing <= set(tokenize(earlier)):
            fit = BARE_FIT  # "Four thousand emigrated ..." in a paragraph on the Huguenots
        else:
            continue
        owned = _owned(count, facts)
        party = _party_fit(owned, reading, (before_text, facts), senses, sentence, earlier)
        if party is None:  # another party's figure
            continue
        fit = min(fit, party, _act_fit(owned, reading, senses), VAGUE_FIT if count.vague else 1.0,
                  _kind_fit(count, mods))
        fit *= _claim_fit(count, reading, facts) * _own_act_fit(owned, reading, senses)
        if fit > best:
            best, found = fit, count
    return best, found


def _does_asked_act(count: Count, reading: Reading, senses: Senses) -> bool:
    """Whether a bare number's clause does the act the question asks of what it counts ("Four thousand [emigrated]"
    for "How many Huguenots emigrated ...?")."""
    return bool(reading.counted_act) and any(senses.same_act(a, reading.counted_act) for a in count.acts)


def entity_fit(facts: Facts, expected: str, reading: Reading, question: str, senses: Senses | None = None
               ) -> tuple[float, int]:
    """1 (and where it starts) when the sentence names a thing of the kind asked for that the question does not;
    for "Who is X?", when it says who X is (0 when not: it names X, which says nothing of the kind asked). `senses`
    reads a "when" question's act in other words ("a peace deal struck" for "a peace agreement")."""
    if expected == "person" and reading.describe:
        at = next((at for name, at in facts.described if reading.named and same_person(reading.named, name)), -1)
        return (1.0, at) if at >= 0 else (0.0, 0)
    labels = _LABELS.get(expected, set())
    dated = _dates_of_act(facts, reading, senses) if expected == "date" else None
    best, where = -1.0, 0
    for text, label, at in facts.entities:
        if label in labels and not mentions(question, text):
            fit = {"NORP": NORP_FIT, "GPE": GPE_FIT}.get(label, 1.0) if expected == "person" else 1.0
            fit = OTHER_ACT_DATE_FIT if dated is not None and text not in dated else fit
            if fit > best:
                best, where = fit, at
    return best, where


def reads_parse(expected: str, reading: Reading, sentence: str, facts: Facts) -> bool:
    """Whether `entity_fit` reads more of `sentence` than its entities (`facts`, the entity recognizer's): for "Who
    is X?", whether it says who X is, when it holds X's last name; for a "when" of an act, whose its dates are, when
    it has one (any form of the act's verb may state it: "said" for "say", read from the parse's lemmas)."""
    if expected == "person" and reading.named:
        return reading.named.split()[-1].lower() in sentence.lower()
    frame = reading.frame
    return expected == "date" and frame is not None and frame.asks == "when" and any(
        label in _LABELS["date"] for _, label, _ in facts.entities)


def _dates_of_act(facts: Facts, reading: Reading, senses: Senses | None) -> set[str] | None:
    """The dates the sentence says of the act a "when" question asks about (`asked_acts`); None when the sentence
    does not state that act, or was not parsed: any date may be its."""
    frame = reading.frame
    if frame is None or frame.asks != "when" or not (frame.acts or frame.things):
        return None
    stated = asked_acts(facts, frame, senses)
    return {d for a in stated for d in a.dates} if stated else None


def asked_acts(facts: Facts, frame: Frame, senses: Senses | None) -> list[Act]:
    """The sentence's verbs that state the act a question asks about: a BM25 token or lemma of the question's verb or
    of what it says or thinks ("said" for "When did Zelensky say peace talks were sounding more realistic?", "struck"
    for "When does he think a deal could be struck?"), a verb taking a noun it names, or, by the model (`senses`,
    when given), a verb doing the same act or taking the same thing with its compounds ("a peace deal struck" for "a
    peace agreement")."""
    words, lemmas = {*frame.acts, *tokenize(frame.act)}, {*frame.lemmas, frame.lemma}

    def states(act: Act) -> bool:
        if set(tokenize(act.verb)) & words or act.lemma in lemmas or set(act.takes) & set(frame.things):
            return True
        if senses is None:
            return False
        return any(senses.same_thing(p, q) for p in act.phrases for q in frame.phrases if " " in p and " " in q) or (
            bool(tokenize(act.verb)) and senses.act(act.verb, frame.act) >= SAME_ACT)

    return [a for a in facts.acts if states(a)]


def same_person(asked: str, name: str) -> bool:
    """Whether a name in a sentence is the person a question names: every word of the asked name ("Kurt Volker" in
    the parser's "NATO Kurt Volker"), or part of it that holds the surname ("Arestovich")."""
    words, held = asked.lower().split(), name.lower().split()
    return bool(words) and (set(words) <= set(held) or (words[-1] in held and set(held) <= set(words)))
