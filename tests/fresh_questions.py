"""Fresh questions: a held-out check of the realistic question set, never tuned on.

The lead wrote these at stop 27 (2026-12-04) before asking the product any of them: 20 from facts of the shipped
articles that no question in QUESTIONS asks (checked against every question there), 24 from four MultiHop-RAG
articles drawn at random (seed 27: Fox News on Ozempic, Wegovy and stomach paralysis, TechCrunch's fintech round-up
on Rainforest, The Verge on the Apple Watch's double tap, Polygon on games for a new Nintendo Switch), since a user
asks about any article in the folder, and 10 near misses (the right topic, a fact no article gives; each checked by
searching the corpus text). `benchmarks/question_set.py --half fresh` reports them beside the tune and report halves.
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 26's did.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held, held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 27 fresh set") for q in (
    held("answerable", "Where are Ukraine's losses likely to be highest?", "south of Ukraine"),
    held("answerable", "Which military district is Russia drawing men from?", "Eastern Military District"),
    held("answerable", "Which newspaper reported that the talks included a broader agreement?", "Times"),
    held("answerable", "Which battalion's troops stood next to destroyed Russian tanks in Mariupol?", "Azov"),
    held("answerable", "What hit a base where foreign fighters train?", "missile strikes"),
    held("answerable", "How long ago did Putin give the order to attack?", "21 days"),
    held("who", "Who said Russia's invasion has stalled on all fronts?", "British intelligence"),
    held("answerable", "What do Russian negotiators want Ukraine to declare?", "neutrality"),
    held("answerable", "What did Putin want removed from ex-Soviet countries?", "troops and weapons"),
    held("answerable", "What did Putin call his invasion?", "special military operation"),
    held("answerable", "What is Putin's invasion becoming?", "bloodbath"),
    held("answerable", "How did negotiators describe the progress at the weekend?", "substantial"),
    held("answerable", "What are the 31 M1 Abrams tanks meant as?", "long-term security assistance"),
    held("who", "Who does the Wagner Group accuse of treachery?", "regular Russian military"),
    held("answerable", "In which region is Bakhmut?", "Donbas"),
    held("answerable", "Which army did Stavros Atlamazoglou serve in?", "Hellenic Army"),
    held("answerable", "What will the Biden administration discuss today?", "extra equipment"),
    held("answerable", "What happens at the Russian army's culmination point?", "outweigh"),
    held("who", "Who warned that Beijing has decided to provide help to Russia?", "the US has warned"),
    held("answerable", "How long has Zelensky been a symbol of resistance?", "20 days"),
    held_multihop("answerable", "What is the medical name for stomach paralysis?", "gastroparesis"),
    held_multihop("counting", "How many U.S. patients' insurance records did the UBC researchers examine?",
                  "16 million"),
    held_multihop("answerable", "How much more likely were GLP-1 users to get pancreatitis?", "9.09 times"),
    held_multihop("who", "Who was the first author of the UBC study on weight loss drugs?", "Mohit Sodhi"),
    held_multihop("answerable", "Which journal published the study linking Wegovy to stomach paralysis?", "JAMA"),
    held_multihop("answerable", "When was Ozempic approved by the FDA?", "December 2017"),
    held_multihop("counting", "How many people in the U.S. used GLP-1 agonists in 2022?", "40 million"),
    held_multihop("who", "Who makes Mounjaro?", "Lilly"),
    held_multihop("answerable", "Where is the fintech startup Rainforest based?", "Atlanta"),
    held_multihop("who", "Who led Rainforest's seed round?", "Accel"),
    held_multihop("answerable", "How much did Rainforest raise in its seed round?", "$8.5 million"),
    held_multihop("who", "Who is Rainforest's CEO?", "Joshua Silver"),
    held_multihop("counting", "How many people did Synapse lay off?", "86 people"),
    held_multihop("answerable", "How much does Visa plan to invest in generative AI companies?", "$100 million"),
    held_multihop("answerable", "How long did the SEC investigation into Bolt take?", "15 months"),
    held_multihop("answerable", "Which update brings double tap to the Apple Watch?", "watchOS 10.1"),
    held_multihop("answerable", "How much more accurate are the Series 9 and Ultra 2 at detecting double tap?",
                  "15 percent"),
    held_multihop("counting", "How many neural engines does the Apple S9 chip have?", "four neural engines"),
    held_multihop("answerable", "When did Apple introduce Assistive Touch?", "2021"),
    held_multihop("who", "Who is Apple's senior director of Apple Watch software engineering?", "David Clark"),
    held_multihop("who", "Who created Stardew Valley?", "Eric Barone"),
    held_multihop("who", "Who do you play as in Hades?", "Zagreus"),
    held_multihop("answerable", "What is Polygon's favourite city in Super Mario Odyssey?", "New Donk City"),
    held_multihop("counting", "How many other players can share a farm in Stardew Valley?", "three other players"),
    *(held_abstain(q) for q in (
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
))
