"""Fresh questions: a held-out check of the realistic question set, never tuned on.

The lead wrote these at stop 28 (2026-12-04) before asking the product any of them: 20 from facts of the shipped
articles that no question in QUESTIONS asks (checked against every question there), 24 from four MultiHop-RAG
articles drawn at random (seed 28: Zee Business on India's Cricket World Cup semi-finals, the Financial Times on
Kishida and investors in Japan, Mashable on Walmart's Black Friday deals, The Verge on the people who do SEO), since a
user asks about any article in the folder, and 10 near misses (the right topic, a fact no article gives; each checked
by searching the corpus text). `benchmarks/question_set.py --half fresh` reports them beside the tune and report halves.
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 27's did.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held, held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 28 fresh set") for q in (
    held("answerable", "What did Putin say his special military operation would do to Ukraine?", "demilitarise"),
    held("answerable", "What does Kyiv want surface-to-air missiles to shield against?", "bombardments"),
    held("answerable", "How are Ukrainian troops holding out in Kharkiv?", "stiff resistance"),
    held("answerable", "Where might Russia try to encircle Ukrainian forces?", "Donbass"),
    held("answerable", "How many Russians are assumed wounded, captured or deserted for each one killed?",
         "three times"),
    held("who", "Who said Ukraine was at a fork in the road?", "Arestovich"),
    held("answerable", "What had Ukraine heard for years about joining NATO?", "doors were open"),
    held("answerable", "Why does Zelensky's team expect a peace deal within one or two weeks?",
         "run out of fresh troops"),
    held("answerable", "What did Putin deny about conscripts?", "no conscripts were being sent"),
    held("answerable", "What was Putin rumoured to be about to declare?", "martial law"),
    held("answerable", "What would Russia risk after its culmination point?", "losing territory"),
    held("answerable", "How did an American update describe Russian advances?", "near-standstill"),
    held("answerable", "What has the battle for Bakhmut become?", "deadliest battle"),
    held("answerable", "What has the Wagner Group been demanding?", "bigger role"),
    held("answerable", "How have Ukrainian commanders been rotating units?", "reasonable blocks"),
    held("answerable", "Where in Bakhmut are the Russian forces now?", "inside the town"),
    held("answerable", "What has Ukraine created by training troops abroad?", "well-prepared reserve"),
    held("answerable", "Which outlet is Stavros Atlamazoglou a columnist for?", "19FortyFive"),
    held("answerable", "What are the Syrian mercenaries unused to?", "terrain and climate"),
    held("who", "Who do UK defence sources say Kyiv has on the run?", "Moscow"),
    held_multihop("answerable", "Where is India playing the Netherlands in the 2023 World Cup?",
                  "M Chinnaswamy Stadium"),
    held_multihop("answerable", "By how many runs did India beat Sri Lanka in the 2023 World Cup?", "302 runs"),
    held_multihop("counting", "How many times have India reached the Cricket World Cup semi-finals?", "seventh time"),
    held_multihop("who", "Who scored 51 not out in 32 balls in India's 1983 World Cup semi-final?", "Sandeep Patil"),
    held_multihop("who", "Who scored 115 runs for England in the 1987 World Cup semi-final?", "Graham Gooch"),
    held_multihop("answerable", "By how many runs did India lose the 2019 World Cup semi-final?", "18 runs"),
    held_multihop("who", "Who founded BlackRock?", "Larry Fink"),
    held_multihop("answerable", "How much has Topix risen this year?", "25 per cent"),
    held_multihop("answerable", "How big is Japan's asset management industry?", "$5tn"),
    held_multihop("answerable", "Which tax-free investment scheme will Japan expand?",
                  "Nippon Individual Savings Account"),
    held_multihop("who", "Who heads the Japan research department at Jefferies?", "Paul Hitchens"),
    held_multihop("answerable", "How much household financial assets does Japan want to unlock?", "$14tn"),
    held_multihop("answerable", "When did Walmart launch its first round of Black Friday deals?", "Nov. 8"),
    held_multihop("answerable", "What time did Walmart stores open on Black Friday 2023?", "6 a.m."),
    held_multihop("answerable", "When does Walmart's Cyber Monday sale start?", "Nov. 26"),
    held_multihop("answerable", "How early can Walmart+ members shop the Cyber Monday sale?", "three hours"),
    held_multihop("answerable", "How much is the Echelon Connect Sport on Black Friday?", "$297"),
    held_multihop("counting", "How many levels of resistance does the Echelon Connect Sport have?", "32 levels"),
    held_multihop("answerable", "How long was the alligator at the SEO party?", "five and a half feet"),
    held_multihop("answerable", "When did Missy Ward start doing SEO?", "1998"),
    held_multihop("answerable", "How much did Missy Ward sell her company for?", "$40 million"),
    held_multihop("who", "Who hosted the alligator party?", "Darren Blatt"),
    held_multihop("answerable", "What does Daron Babin invest in now?", "cannabis and psychedelics"),
    held_multihop("answerable", "Which party is Lars Mapstead running for president for?", "Libertarian"),
    *(held_abstain(q) for q in (
        "How many runs did Virat Kohli score against the Netherlands?",
        "How much money does BlackRock manage?",
        "When did Fumio Kishida become prime minister?",
        "How much did Warren Buffett invest in Japan's trading houses?",
        "How much does a Walmart+ membership cost?",
        "What is the seating capacity of the Wankhede Stadium?",
        "How much money has Cade Lee made from SEO?",
        "How many tickets were sold for the India vs New Zealand semi-final?",
        "How many Russian warships passed through the Tsugaru Strait?",
        "How much does the Solo Stove Ranger 2.0 cost at Walmart?",
    )),
))
