"""Whether a figure's noun counts what a "how many" question counts (`qa.fit`): the same word or one the embedding
model puts close, a kind its modifiers name, a force's "men" for its soldiers, people a loss befalls for casualties.
"""

from __future__ import annotations

from qa.evidence import Count
from qa.senses import OTHER_ACT, Senses
from qa.tokens import tokenize
from qa.understand import CLAIM_VERBS, OPINION_VERBS, Reading

NO_ACTS = CLAIM_VERBS | frozenset("is are was were be been has have had do does did".split())  # verbs that only say,
# are or have: no act a figure is part of
NOT_ACTS = NO_ACTS | OPINION_VERBS  # ... or only think: no act of a party's own ("is thought to have lost")
LOSS_FORMS = frozenset("lose loses losing lost suffer suffers suffering suffered".split())  # ... as a figure's verb
GENERIC = frozenset("men people persons personnel individuals".split())  # "220,000 men" can count reservists
# ... and "men" or "personnel" a force loses count its soldiers ("Ukraine says 13,800 men have been lost"): when the
# question counts what the model puts near "soldiers" ("troops" 0.89, "servicemen" 0.83; not "civilians" 0.65)
FORCE_MEN = frozenset({"men", "personnel"})
SOLDIERS = "soldiers"
# "How many casualties ...?" (or deaths, fatalities: the model's 0.72-0.75 to "casualties") is counted by people a
# loss befalls: "between 20,000 and 30,000 troops [killed or wounded]" the forces "have lost"
CASUALTIES = "casualties"
# "How many people died ...?" is counted by deaths: "5,000 deaths related to the flu" (the model puts "deaths" at 0.35
# to "people", and among things: no noun of people)
DEATHS = frozenset("deaths death fatalities fatality".split())
DYING = frozenset("die dies died dying killed".split())


def counts_thing(count: Count, reading: Reading, words: set[str], senses: Senses) -> bool:
    """Whether a figure's noun counts what the question counts ("men" a force loses count its soldiers only in the
    act asked: "13,800 men have been lost", not "Ukraine's reservists - estimated at around 220,000 men")."""
    noun = count.noun
    kind = noun in reading.counted_mods  # "31 M1 Abrams" counts Abrams tanks
    generic = noun.lower() in GENERIC and set(tokenize(reading.counted)) <= words  # "220,000 men" (reservists)
    men = (noun.lower() in FORCE_MEN and senses.same_thing(reading.counted, SOLDIERS)
           and in_act_asked(count, reading, senses))
    died = (noun.lower() in DEATHS and any(v.lower() in DYING for v in _acts(reading))
            and senses.of_people(reading.counted))
    unit = bool(count.of) and senses.same_thing(count.of, reading.counted)  # "1.5g of protein" for "How much protein"
    return kind or generic or men or died or unit or senses.same_thing(noun, reading.counted)


def _acts(reading: Reading) -> list[str]:
    """The question's verbs: the one its party does, the one done to what it counts, every other."""
    return [v for v in (reading.verb, reading.counted_act, *reading.verbs) if v]


def in_act_asked(count: Count, reading: Reading, senses: Senses) -> bool:
    """Whether one of the figure's acts is one the question asks of what it counts (or both tell a loss)."""
    asked = [v for v in _acts(reading) if v not in NO_ACTS]
    return any(senses.same_act(a, v) or (a in LOSS_FORMS and v in LOSS_FORMS)
               for a in dict.fromkeys(x for x in (count.act, *count.acts) if x) for v in asked)


def counts_phrase(count: Count, mods: list[str], reading: Reading, senses: Senses) -> bool:
    """Whether a figure's noun with the words naming its kind counts what the question counts with its modifiers,
    when its kind shares one ("2,108 tactical unmanned aerial systems" for "tactical drones", 0.79; "systems" alone
    is no drone). Only then are the phrases embedded: a sentence listing 14 figures costs no 14 model calls."""
    shared = set(tokenize(count.kind)) & {t for m in mods for t in tokenize(m)}
    return bool(shared) and senses.same_thing(f"{count.kind} {count.noun}", " ".join([*mods, reading.counted]))


def casualties(count: Count, reading: Reading, senses: Senses) -> bool:
    """Whether a figure of people counts the casualties a question asks of: people a loss befalls ("troops" the
    forces "have lost", "soldiers killed")."""
    if not senses.same_thing(reading.counted, CASUALTIES):  # first: one word the process embeds once
        return False
    return counts_people(count.noun, senses) and any(a and senses.act(a, "lost") >= OTHER_ACT
                                                     for a in (count.act, *count.acts))


def counts_people(noun: str, senses: Senses) -> bool:
    """Whether a figure's noun counts people, as "How many people ...?" asks: a noun of people ("employees",
    `Senses.of_people`) or of soldiers ("troops", 0.89 to "soldiers" but +0.07 to "people" against "things")."""
    return senses.of_people(noun) or senses.same_thing(noun, SOLDIERS)
