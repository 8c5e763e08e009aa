"""Fresh questions: a held-out check of the realistic question set, never tuned on.

The lead wrote these at stop 25 (2026-12-03) before asking the product any of them: 30 from the shipped articles'
text, 8 from three MultiHop-RAG articles drawn at random (seed 20261203: a Fox News story on young Taylor Swift
fans, The Independent on Travis Kelce's tweets, talkSPORT's top goalscorers of 2023), since a user asks about any
article in the folder, and 10 near misses (the right topic, a fact no article gives; each checked by searching
the corpus text). Nine more were in QUESTIONS word for word and six were close paraphrases of questions there;
they were dropped. `benchmarks/question_set.py --half fresh` reports them beside the tune and report halves.
Rule: report it, never tune on it; when a later session writes its own fresh set, these join QUESTIONS
(alternating halves) and become tunable, as stop 24's did (`questions._STOP24_FRESH`).
"""

from __future__ import annotations

from dataclasses import replace

from questions import Kind, Question


def _fresh(kind: Kind, question: str, *expected: str) -> Question:
    return Question(kind, question, expected=expected, half="fresh")


def _fresh_multihop(kind: Kind, question: str, *expected: str) -> Question:
    return Question(kind, question, expected=expected, half="fresh", answered_by="multihop")


def _fresh_abstain(question: str) -> Question:
    return Question("near_miss", question, abstain=True, half="fresh")


FRESH: tuple[Question, ...] = (
    _fresh("answerable", "Where were the Russian warships seen?", "Tsugaru"),
    _fresh("answerable", "What were the Russian warships carrying?", "military trucks"),
    _fresh("answerable", "Which waters does the Tsugaru Strait lie between?", "Sea of Japan"),
    _fresh("answerable", "What share of its troops has Russia lost?", "one-fifth"),
    _fresh("answerable", "What kind of Russian warship was photographed?", "amphibious"),
    _fresh("answerable", "Where did the Japanese spokesperson think the ships were heading?", "Ukraine"),
    _fresh("answerable", "How long was Putin's invasion meant to last?", "days-long"),
    _fresh("answerable", "Which cities could the freed-up Russian units target?", "Kyiv, Kharkiv"),
    _fresh("answerable", "Why might the Syrian mercenaries be ineffective?", "poorly trained"),
    _fresh("answerable", "Which organisation does Ben Hodges write for?", "Center for European Policy Analysis"),
    _fresh("counting", "How many Russian troops could be out of action?", "24,000 and 55,200"),
    _fresh("counting", "How many vehicles did the civilians fleeing Volnovakha use on Monday?", "160 vehicles"),
    _fresh("answerable", "What did the Russian Defense Ministry's TV channel show?", "Syrian combatants"),
    _fresh("answerable", "What did Zelensky call the foreign fighters Putin hired?", "murderers"),
    _fresh("answerable", "Why did the plan to send Poland's MiGs to Kyiv fall flat?", "escalate"),
    _fresh("answerable", "Which country makes the Bayraktar drones?", "Turkish"),
    _fresh("answerable", "How fast are Ukraine's weapon supplies being used up?", "matter of hours"),
    _fresh("answerable", "What guarantees did Putin demand before the invasion?", "never be admitted to NATO"),
    _fresh("answerable", "What has the Wagner Group complained about?", "allocation of munitions", "lack of support",
           "treachery"),
    _fresh("counting", "How many armored personnel carriers has Russia lost?", "6,769"),
    _fresh("counting", "How many Multiple Launch Rocket Systems have been destroyed?", "493"),
    _fresh("counting", "How many jets has Ukraine destroyed?", "304"),
    _fresh("counting", "How many special equipment platforms has Russia lost?", "242"),
    _fresh("answerable", "Which Western tanks does Ukraine want for the counteroffensive?", "Challenger 2"),
    _fresh("answerable", "Why do fresh Ukrainian units have an advantage?", "exhausted Russian formations"),
    _fresh("who", "Who wrote the article about Bakhmut casualties?", "Stavros Atlamazoglou"),
    _fresh("answerable", "Which university did Stavros Atlamazoglou graduate from?", "Johns Hopkins"),
    _fresh("answerable", "What has Beijing decided?", "provide help"),
    _fresh("answerable", "How did Zelensky describe the peace talks with Russia?", "more realistic"),
    _fresh("answerable", "What did the Russian military admit about conscripts?", "conscripted troops"),
    _fresh_multihop("answerable", "How many views did the video of the girls opening a Taylor Swift CD get?",
                    "2.7 million"),
    _fresh_multihop("answerable", "What did Taylor Swift comment on the girls' TikTok video?", "this is amazing"),
    _fresh_multihop("answerable", "Why did the girls give Annika a Taylor Swift CD?", "broke her wrist"),
    _fresh_multihop("answerable", "Where did Travis Kelce watch Taylor Swift's Eras Tour show?", "Buenos Aires"),
    _fresh_multihop("answerable", "What is the name of Travis Kelce's podcast?", "New Heights"),
    _fresh_multihop("answerable", "Who did Cristiano Ronaldo give an explosive interview to?", "Piers Morgan"),
    _fresh_multihop("answerable", "Which club did Santiago Gimenez join in 2022?", "Feyenoord"),
    _fresh_multihop("counting", "How many goals has Mbappe scored for France?", "46 goals"),
    *(_fresh_abstain(q) for q in (
        "How many Leopard 2 tanks has Germany sent to Ukraine?",
        "When will the M1 Abrams tanks arrive in Ukraine?",
        "Who commands the Russian troops in Bakhmut?",
        "What is the population of Volnovakha?",
        "How many Wagner mercenaries have deserted?",
        "How many Ukrainian civilians have been killed in Bakhmut?",
        "How many Russian warships have been sunk?",
        "What did the Japanese government say to Russia about the warships?",
        "How much is Ukraine paying its foreign legion fighters?",
        "How many MiGs does Poland have?",
    )),
)
FRESH = tuple(replace(q, note="stop 25 fresh set") for q in FRESH)
