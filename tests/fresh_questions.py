"""Fresh questions: a held-out check of the realistic question set, never tuned on.

The lead wrote these at stop 24 (2026-12-03) from the shipped articles' text, before asking the product any of
them except two ("What did the Pentagon estimate?" and the Bakhmut casualties question, which had just failed in a
hand probe and prompted the set). Eight more turned out to be in QUESTIONS already, word for word, and were dropped.
`benchmarks/question_set.py --half fresh` reports them beside the tune and report halves. The realistic set's
report half has been read failure by failure for many sessions, so it is no longer unseen; this set is. Rule:
report it, never tune on it; when a later session writes its own fresh set, these join QUESTIONS (alternating
halves) and become tunable.
"""

from __future__ import annotations

from dataclasses import replace

from questions import Question


def _fresh(kind: str, question: str, *expected: str) -> Question:
    return Question(kind, question, expected=expected, half="fresh")  # type: ignore[arg-type]


def _fresh_abstain(question: str) -> Question:
    return Question("near_miss", question, abstain=True, half="fresh")


FRESH: tuple[Question, ...] = (
    _fresh("answerable", "What did the Pentagon estimate?", "7,000"),
    _fresh("counting", "How many casualties has Russia suffered at Bakhmut?", "20,000 and 30,000", "1,100"),
    _fresh("counting", "How many Russian troops were killed or wounded in Bakhmut?", "20,000 and 30,000"),
    _fresh("answerable", "What did Japan's defence ministry photograph?", "warship"),
    _fresh("counting", "How many sightings did the ministry report?", "two sightings"),
    _fresh("counting", "How many vehicles has Ukraine lost according to Oryx?", "343"),
    _fresh("counting", "How many tanks had Russia lost in the first three weeks?", "214"),
    _fresh("answerable", "Where are Russia's reinforcements coming from?", "Siberia", "Pacific"),
    _fresh("who", "Who are most of the Russian casualties at Bakhmut?", "Wagner Group mercenaries"),
    _fresh("answerable", "What promise were the convicts given?", "freedom"),
    _fresh("answerable", "How long are the Wagner contracts?", "six-month"),
    _fresh("counting", "How many helicopters does Ukraine claim to have destroyed?", "289"),
    _fresh("counting", "How many artillery pieces has Russia lost?", "2,487"),
    _fresh("answerable", "Where has Ukraine been training its troops?", "United Kingdom"),
    _fresh("counting", "How many civilians fled Volnovakha yesterday?", "25,000"),
    _fresh("counting", "How many Russian soldiers does Ukraine say have been lost?", "13,800"),
    _fresh("answerable", "How big was the Ukrainian army at the start?", "250,000"),
    _fresh("answerable", "Which countries' soldiers are in the foreign legion?", "Canada", "Croatia"),
    _fresh("answerable", "What does Ukraine offer foreign fighters?", "citizenship"),
    _fresh("who", "Who can't leave Ukraine?", "18 and 60"),
    _fresh("answerable", "What weapons has the West supplied to Ukraine?", "Javelin", "NLAW", "Stinger"),
    _fresh("answerable", "What are the larger Switchblades designed to do?", "destroy tanks"),
    _fresh("answerable", "What did Zelensky say about NATO?", "not become a member"),
    _fresh("answerable", "When will Russia reach its culmination point?", "14 days", "two weeks"),
    _fresh("answerable", "What weapons is Kyiv asking for?", "drones", "anti-ship", "jamming", "surface-to-air"),
    _fresh("answerable", "How far east of Kyiv are the Russian forces?", "12-19 miles"),
    _fresh("answerable", "What share of its land forces has Russia committed to Ukraine?", "half and three quarters"),
    _fresh("answerable", "What did Moscow ask Beijing for?", "ration packs", "help"),
    _fresh("counting", "How many boats has Russia lost?", "18 boats"),
    _fresh("counting", "How many drones has Ukraine shot down?", "2,108"),
    _fresh("answerable", "What replaces Poland's MiGs in the plan?", "F-16"),
    *(_fresh_abstain(q) for q in (
        "How many Ukrainian tanks has Poland repaired?",
        "What did the Chinese foreign ministry say about the warships?",
        "How many Syrian fighters have arrived in Ukraine?",
        "When did Russia declare martial law?",  # rumoured and denied: the articles never say it was declared
        "How many civilians have died in Mariupol?",
        "How many F-16s has Poland received?",
        "Where was Yevgeny Prigozhin born?",
        "How many Wagner mercenaries are in Syria?",
        "What did Biden decide about the Switchblades?",
    )),
)
FRESH = tuple(replace(q, note="stop 24 fresh set") for q in FRESH)
