"""Fresh questions: a held-out check of the realistic question set, never tuned on.

The lead wrote these at the end of stop 28 (2026-12-04), for stop 29, before asking the product any of them: 8 from
facts of the shipped articles that no question in QUESTIONS asks (checked against every question there: after six
sets, about 600 questions, the three short articles have few facts left, so fewer than the 20 of earlier sets), 24
from four MultiHop-RAG articles drawn at random (seed 29, the first four of `random.Random(29).sample(range(609), 8)`:
The Roar on Jai Opetaia's knockout, Engadget's Super Mario Bros. Wonder review, Polygon on the Steam Deck OLED, The
Independent on Taylor Swift and Travis Kelce), since a user asks about any article in the folder, and 10 near misses
(the right topic, a fact no article gives; each checked by searching the corpus text).
`benchmarks/question_set.py --half fresh` reports them beside the tune and report halves.
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 28's did.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held, held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 29 fresh set") for q in (
    held("answerable", "What does Putin need more men for?", "meat grinder"),
    held("answerable", "What are some of Russia's spare units kept for at home?", "territorial defence"),
    held("answerable", "How long could some Russian reinforcements take to reach the front?", "weeks"),
    held("answerable", "What is increasingly hitting Kyiv?", "long-range strikes"),
    held("answerable", "By when does Arestovich think there should be a peace agreement?", "early May"),
    held("answerable", "Where have Putin's men suffered the death of a general?", "Mariupol"),
    held("answerable", "What does Podolyak say Ukraine's counter-attacks radically change?", "dispositions"),
    held("answerable", "What is Putin's invasion of Ukraine grinding into?", "third week"),
    held_multihop("who", "Who did Jai Opetaia knock out in Riyadh?", "Zorro"),
    held_multihop("answerable", "How much was Jai Opetaia's bout against Ellis Zorro reportedly worth?", "$680,000"),
    held_multihop("answerable", "What is Jai Opetaia's record after beating Ellis Zorro?", "24-0"),
    held_multihop("who", "Who did Joseph Parker beat in Saudi Arabia?", "Wilder"),
    held_multihop("answerable", "In which round did Anthony Joshua stop Otto Wallin?", "fifth"),
    held_multihop("answerable", "When will Tyson Fury and Oleksandr Usyk meet?", "February 17"),
    held_multihop("counting", "How many main worlds does Super Mario Bros. Wonder have?", "six main worlds"),
    held_multihop("who", "Who steals a Wonder Flower in Super Mario Bros. Wonder?", "Bowser"),
    held_multihop("counting", "How many ideas did the Wonder team have on sticky notes?", "2,000 ideas"),
    held_multihop("who", "Which prince do Mario and crew visit in Super Mario Bros. Wonder?", "Prince Florian"),
    held_multihop("answerable", "What is the Engadget reviewer's favorite 2D Mario game?", "Super Mario World"),
    held_multihop("answerable", "Which power-ups can you pick in Wonder's KO Arenas?", "Elephant Suit"),
    held_multihop("answerable", "How big is the Steam Deck OLED's screen?", "7.4 inches"),
    held_multihop("answerable", "What is the refresh rate of the Steam Deck OLED's screen?", "90 Hz"),
    held_multihop("answerable", "What is the Steam Deck OLED's peak brightness for HDR content?", "1,000 nits"),
    held_multihop("answerable", "How much more battery life does Valve promise for the Steam Deck OLED?", "30-50%"),
    held_multihop("answerable", "When does Valve hope to release the Steam Deck 2?", "two to three years"),
    held_multihop("answerable", "How long does the Steam Deck OLED take to charge from 20% to 80%?", "45 minutes"),
    held_multihop("answerable", "When did Taylor Swift connect with Travis Kelce?", "July"),
    held_multihop("who", "Which magazine named Taylor Swift its 2023 Person of the Year?", "Time"),
    held_multihop("counting", "How many of Travis Kelce's games has Taylor Swift attended?", "five"),
    held_multihop("answerable", "At which stadium did Taylor Swift first watch Kelce play?", "Arrowhead Stadium"),
    held_multihop("answerable", "What did Kelce try to give Taylor Swift at an Eras Tour show?", "friendship bracelet"),
    held_multihop("answerable", "When was Kelce's WSJ Magazine interview published?", "20 November"),
    *(held_abstain(q) for q in (
        "How much was Joseph Parker paid for beating Deontay Wilder?",
        "How much did Dmitry Bivol earn for beating Lyndon Arthur?",
        "How tall is Jai Opetaia?",
        "Who voices Mario in Super Mario Bros. Wonder?",
        "How many Wonder Seeds are there in Super Mario Bros. Wonder?",
        "How much does Super Mario Bros. Wonder cost?",
        "How many copies has Super Mario Bros. Wonder sold?",
        "How much does the Steam Deck OLED weigh?",
        "When did Taylor Swift and Travis Kelce get engaged?",
        "When did Zelensky visit Bakhmut?",
    )),
))
