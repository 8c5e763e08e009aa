"""Fresh questions: a held-out check of the realistic question set, never tuned on.

The lead wrote these at stop 26 (2026-12-03) before asking the product any of them: 18 from facts of the shipped
articles that no question in QUESTIONS asks (checked against every question there), 23 from four MultiHop-RAG
articles drawn at random (seed 26: The Guardian on the Sydney Swans' AFLW crowds, Fox News on Marcus Urann and
cranberry sauce, CNBC on Ukraine's prospects for 2024, Fortune on Delta's SkyMiles Gold Business card; one more
answered by The Age's AFLW round-up, found while checking a near miss), since a user asks about any article in the
folder, and 10 near misses (the right topic, a fact no article gives; each checked by searching the corpus text).
`benchmarks/question_set.py --half fresh` reports them beside the tune and report halves.
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS (alternating halves) and become tunable, as stop 25's did (`questions._STOP25_FRESH`).
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
    _fresh("answerable", "On which day of the war was Russia fighting for Bakhmut?", "382nd"),
    _fresh("answerable", "What was the British Ministry of Defense's video about Bakhmut called?",
           "Wagner and Bakhmut"),
    _fresh("counting", "How many anti-aircraft batteries has Russia lost?", "259"),
    _fresh("counting", "How many Iskander ballistic missile systems has Ukraine destroyed?", "four mobile Iskander"),
    _fresh("counting", "How many vehicles and fuel tanks has Russia lost?", "5,348"),
    _fresh("counting", "How many tactical drones has Russia lost?", "2,108"),
    _fresh("answerable", "Which battalion did Stavros Atlamazoglou serve in?", "575th Marine Battalion"),
    _fresh("answerable", "Where has Stavros Atlamazoglou's work been featured?", "SOFREP"),
    _fresh("counting", "How many men did Putin amass on the border before the invasion?", "150,000"),
    _fresh("answerable", "Why is it unusual for Russian ships to pass through the Tsugaru Strait?",
           "close to Japanese territory"),
    _fresh("answerable", "Which news agency released the photo of the Russian warship?", "Kyodo"),
    _fresh("answerable", "What do Russian negotiators want Ukraine to recognise?", "Crimea"),
    _fresh("answerable", "What has Ukraine demanded in the peace talks?", "ceasefire"),
    _fresh("answerable", "What is promised to foreigners who fight for Ukraine?", "citizenship"),
    _fresh("counting", "How big was the Ukrainian force at the start of the war?", "250,000"),
    _fresh("answerable", "Which anti-tank weapons has the West supplied to Ukraine?", "Javelin"),
    _fresh("answerable", "Where do the foreign fighters train?", "west of the country"),
    _fresh("answerable", "How do Russia's losses compare with America's in Iraq and Afghanistan?",
           "more than the US lost"),
    _fresh_multihop("counting", "What is the Sydney Swans' average AFLW home attendance?", "4,365"),
    _fresh_multihop("who", "Who is the Swans' executive GM of marketing?", "Loretta Johns"),
    _fresh_multihop("answerable", "Where do the Swans play Collingwood in the pride match?", "Henson Park"),
    _fresh_multihop("counting", "How many fans watched the Swans' first AFLW win?", "5,474"),
    _fresh_multihop("answerable", "By how much has AFLW game time increased?", "eight minutes"),
    _fresh_multihop("answerable", "What was the score when the Swans beat the Western Bulldogs?", "14-12-96"),
    _fresh_multihop("who", "Who coaches the Sydney Swans AFLW team?", "Scott Gowans"),
    _fresh_multihop("who", "Who invented canned cranberry sauce?", "Urann"),
    _fresh_multihop("answerable", "When did Ocean Spray first sell its cranberry sauce nationally?", "1941"),
    _fresh_multihop("answerable", "Where was Marcus Urann born?", "Sullivan, Maine"),
    _fresh_multihop("answerable", "Which honor society did Marcus Urann found?", "Phi Kappa Phi", "Lambda Sigma Eta"),
    _fresh_multihop("answerable", "Which state is the top cranberry grower in the US?", "Wisconsin"),
    _fresh_multihop("answerable", "When did Marcus Urann buy his first cranberry bog?", "1906"),
    _fresh_multihop("counting", "How many campuses have Phi Kappa Phi chapters?", "325"),
    _fresh_multihop("answerable", "How long is the front line in Ukraine?", "600-mile"),
    _fresh_multihop("answerable", "What is the main goal of Ukraine's Defense Ministry in 2024?",
                    "domestic defense industry"),
    _fresh_multihop("answerable", "Which countries have pledged F-16 jets to Ukraine?", "Norway"),
    _fresh_multihop("who", "Who is Sam Cranny-Evans?", "Royal United Services Institute"),
    _fresh_multihop("answerable", "How quickly does Trump say he could resolve the Ukraine war?", "in one day"),
    _fresh_multihop("answerable", "What is the welcome bonus of the Delta SkyMiles Gold Business card?", "75,000"),
    _fresh_multihop("answerable", "What is the Delta SkyMiles Gold Business card's annual fee after the first year?",
                    "$99"),
    _fresh_multihop("answerable", "What discount do cardholders get when they use miles to buy Delta flights?", "15%"),
    _fresh_multihop("answerable", "How much is Delta's standard checked bag fee?", "$30"),
    _fresh_multihop("answerable", "What credit score do you need for the Delta SkyMiles Gold card?", "690"),
    *(_fresh_abstain(q) for q in (
        "When was Ocean Spray founded?",
        "How much do tickets to Sydney Swans AFLW games cost?",
        "What is the capacity of Henson Park?",
        "How many F-16s has Norway pledged to Ukraine?",
        "What is the APR of the Chase Ink Business Preferred card?",
        "How many anti-aircraft batteries has Ukraine lost?",
        "How many tanks has the Wagner Group lost?",
        "When did Marcus Urann graduate from the University of Maine?",
        "How many Ukrainian pilots are training on F-16 jets?",
        "How many miles does a Delta flight from Seattle to Paris cost?",
    )),
)
FRESH = tuple(replace(q, note="stop 26 fresh set") for q in FRESH)
