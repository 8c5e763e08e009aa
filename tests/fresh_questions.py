"""Fresh questions: a held-out check of the realistic question set, never tuned on.

The lead wrote these at stop 27 (2026-12-04) before asking the product any of them: 20 from facts of the shipped
articles that no question in QUESTIONS asks (checked against every question there), 24 from four MultiHop-RAG
articles drawn at random (seed 27: Fox News on Ozempic, Wegovy and stomach paralysis, TechCrunch's fintech round-up
on Rainforest, The Verge on the Apple Watch's double tap, Polygon on games for a new Nintendo Switch), since a user
asks about any article in the folder, and 10 near misses (the right topic, a fact no article gives; each checked by
searching the corpus text). `benchmarks/question_set.py --half fresh` reports them beside the tune and report halves.
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS (alternating halves) and become tunable, as stop 26's did (`questions._STOP26_FRESH`).
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
    _fresh("answerable", "Where are Ukraine's losses likely to be highest?", "south of Ukraine"),
    _fresh("answerable", "Which military district is Russia drawing men from?", "Eastern Military District"),
    _fresh("answerable", "Which newspaper reported that the talks included a broader agreement?", "Times"),
    _fresh("answerable", "Which battalion's troops stood next to destroyed Russian tanks in Mariupol?", "Azov"),
    _fresh("answerable", "What hit a base where foreign fighters train?", "missile strikes"),
    _fresh("answerable", "How long ago did Putin give the order to attack?", "21 days"),
    _fresh("who", "Who said Russia's invasion has stalled on all fronts?", "British intelligence"),
    _fresh("answerable", "What do Russian negotiators want Ukraine to declare?", "neutrality"),
    _fresh("answerable", "What did Putin want removed from ex-Soviet countries?", "troops and weapons"),
    _fresh("answerable", "What did Putin call his invasion?", "special military operation"),
    _fresh("answerable", "What is Putin's invasion becoming?", "bloodbath"),
    _fresh("answerable", "How did negotiators describe the progress at the weekend?", "substantial"),
    _fresh("answerable", "What are the 31 M1 Abrams tanks meant as?", "long-term security assistance"),
    _fresh("who", "Who does the Wagner Group accuse of treachery?", "regular Russian military"),
    _fresh("answerable", "In which region is Bakhmut?", "Donbas"),
    _fresh("answerable", "Which army did Stavros Atlamazoglou serve in?", "Hellenic Army"),
    _fresh("answerable", "What will the Biden administration discuss today?", "extra equipment"),
    _fresh("answerable", "What happens at the Russian army's culmination point?", "outweigh"),
    _fresh("who", "Who warned that Beijing has decided to provide help to Russia?", "the US has warned"),
    _fresh("answerable", "How long has Zelensky been a symbol of resistance?", "20 days"),
    _fresh_multihop("answerable", "What is the medical name for stomach paralysis?", "gastroparesis"),
    _fresh_multihop("counting", "How many U.S. patients' insurance records did the UBC researchers examine?",
                    "16 million"),
    _fresh_multihop("answerable", "How much more likely were GLP-1 users to get pancreatitis?", "9.09 times"),
    _fresh_multihop("who", "Who was the first author of the UBC study on weight loss drugs?", "Mohit Sodhi"),
    _fresh_multihop("answerable", "Which journal published the study linking Wegovy to stomach paralysis?", "JAMA"),
    _fresh_multihop("answerable", "When was Ozempic approved by the FDA?", "December 2017"),
    _fresh_multihop("counting", "How many people in the U.S. used GLP-1 agonists in 2022?", "40 million"),
    _fresh_multihop("who", "Who makes Mounjaro?", "Lilly"),
    _fresh_multihop("answerable", "Where is the fintech startup Rainforest based?", "Atlanta"),
    _fresh_multihop("who", "Who led Rainforest's seed round?", "Accel"),
    _fresh_multihop("answerable", "How much did Rainforest raise in its seed round?", "$8.5 million"),
    _fresh_multihop("who", "Who is Rainforest's CEO?", "Joshua Silver"),
    _fresh_multihop("counting", "How many people did Synapse lay off?", "86 people"),
    _fresh_multihop("answerable", "How much does Visa plan to invest in generative AI companies?", "$100 million"),
    _fresh_multihop("answerable", "How long did the SEC investigation into Bolt take?", "15 months"),
    _fresh_multihop("answerable", "Which update brings double tap to the Apple Watch?", "watchOS 10.1"),
    _fresh_multihop("answerable", "How much more accurate are the Series 9 and Ultra 2 at detecting double tap?",
                    "15 percent"),
    _fresh_multihop("counting", "How many neural engines does the Apple S9 chip have?", "four neural engines"),
    _fresh_multihop("answerable", "When did Apple introduce Assistive Touch?", "2021"),
    _fresh_multihop("who", "Who is Apple's senior director of Apple Watch software engineering?", "David Clark"),
    _fresh_multihop("who", "Who created Stardew Valley?", "Eric Barone"),
    _fresh_multihop("who", "Who do you play as in Hades?", "Zagreus"),
    _fresh_multihop("answerable", "What is Polygon's favourite city in Super Mario Odyssey?", "New Donk City"),
    _fresh_multihop("counting", "How many other players can share a farm in Stardew Valley?", "three other players"),
    *(_fresh_abstain(q) for q in (
        "How much does Wegovy cost per month?",
        "What is Rainforest valued at?",
        "How many copies has Stardew Valley sold?",
        "When did the FDA approve Mounjaro?",
        "How many foreign fighters have been killed in Ukraine?",
        "How many Bayraktar drones does Ukraine have?",
        "How many Switchblade drones will the US send to Ukraine?",
        "How many cruise missiles has Russia fired at Ukraine?",
        "How many Apple Watch Series 9 watches has Apple sold?",
        "When was Hollow Knight released?",
    )),
)
FRESH = tuple(replace(q, note="stop 27 fresh set") for q in FRESH)
