"""Fresh questions: a held-out check of the realistic question set, never tuned on.

A helper wrote these at stop 37 (2026-12-06) without asking the product any of them, and without reading any benchmark
log, failure list or note: 8 from facts of the shipped articles that no question in QUESTIONS (stop 36's rotated set
included) asks (checked against tests/questions.py by the facts' key words: mass conscription thought unlikely, Moscow's
casualty figure not updated for weeks, British intelligence's "minimal progress" in 24 hours, the Russians Ukraine says
it wounded "twice to thrice" its dead, what Oryx is, who makes the NLAW, Russia's negotiators softening, Kyiv guarding
its total losses); 28 from seven MultiHop-RAG articles drawn at random, 4 questions each, since a user asks about any
article in the folder. Seed 37: `random.Random(37).sample(range(609), 20)` over corpus.json's records in file order
draws 93, 527, 36, 378, 448, 540, 110, 467, 288, 387, 433, 454, 147, 50, 423, 76, 556, 295, 369, 442, taken in draw
order until seven were kept (the first 13 read). Skipped: 527 (Wired's "14 Best Deals") and 454 (Polygon's home theater
gifts), lists of products; 378 (USC vs. Notre Dame live score), a live blog; 540 (TechCrunch on Beeper), asked about by
stop 36's more articles; 288 (Sporting News' fantasy injury updates) and 433 (college bowl odds), lists of players and
of odds. Kept: The Guardian's (Reuters) "European football: Eintracht Frankfurt hit Bayern for five in famous thrashing"
(93; Bayern is asked about only for its Champions League win over Manchester United, another article), The Independent's
"Jada Pinkett Smith and Will Smith have been separated since 2016 - when should couples just get divorced?" (36),
TechCrunch's "Israel's startup ecosystem: down but not out" (448; Israel's war is asked about, its startups are not),
Sky Sports' "Arteta reveals Pochettino influence on his career" (110), Fox News' "Ultraprocessed foods with 'feel-good
chemicals' could be as addictive as cigarettes and drugs" (467), Polygon's "5 things to know before watching the Five
Nights at Freddy's movie" (387) and The Age's "Want to help your kids achieve their potential? This expert has some
advice" (147, Adam Grant); none is asked about in tests/questions.py (searched for their title words, names and topics).
Not reached: 50, 423, 76, 556, 295, 369, 442. Then 10 near misses (the right topic of a kept or shipped article, a fact
no article gives) and 4 off-topic questions sharing one word with some article (machete, Peacock, toe, cupcake). Each
expected phrase was checked to occur in its article's clean text as the index holds it (qa.load + qa.clean over the
shipped articles and corpus.json; no product query) and counted across all 612 articles; those found in other articles
were tightened to a phrase found in that article alone: "32 points" (2 articles) to "second place on 32 points",
"Armando Broja" (3) to "Broja will miss", "9,000" (9) to "startups in the country is 9,000". Three more articles of The
Independent (18, 159, 360) tell 36's story, and two more (109, 300) preview 110's game, so questions whose answer
another article also gives were not asked: the separation's length, the memoir "Worthy", the "marriage of 26 years",
Sheree Zampino, August Alsina, the wedding "in 1997" (18, 159, 360); Arteta and Pochettino's "Paris Saint-Germain" (109:
"They joined PSG at the same time") and the "5.30pm" kick-off (300). Dropped while checking: a near miss on Adam Grant's
book title (607 names "Hidden Potential") and an off-topic "Who wrote Frankenstein?" (452 names Mary Shelley). Each near
miss and off-topic question was checked by searching that text of all 612 articles for its key words and their synonyms
(the comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 36's did at
stop 37.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held, held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 37 fresh set") for q in (
    # The shipped articles: facts no question in tests/questions.py asks.
    held("answerable", "Is Russia likely to turn to mass conscription?", "mass conscription appears unlikely"),
    held("answerable", "Has Moscow updated its casualty figure lately?", "not updated for weeks"),
    held("answerable", "How much ground did Russia gain in the last day, according to British intelligence?",
         "minimal progress"),
    held("counting", "How many Russian soldiers does Ukraine say it has wounded?", "twice to thrice"),
    held("answerable", "What kind of organisation is Oryx?", "loss loggers"),
    held("answerable", "Which countries make the NLAW anti-tank launchers?", "UK/Swedish NLAW"),
    held("who", "Who has softened their stance in the peace talks?", "Russian negotiators have softened"),
    held("answerable", "Has Kyiv made its total losses public?", "closely guarded"),
    # 93, The Guardian (Reuters), 2023-12-09: Eintracht Frankfurt 5, Bayern Munich 1, and the weekend in Europe.
    held_multihop("who", "Who opened the scoring for Eintracht Frankfurt against Bayern?", "Omar Marmoush"),
    # (352, a European roundup of 2023-09-30, leaves Bayern "on 14 points": an earlier table, not after Frankfurt)
    held_multihop("counting", "How many points do Bayern have after losing to Frankfurt?",
                  "second place on 32 points"),
    held_multihop("answerable", "Why was Bayern's game against Union Berlin postponed?", "postponed due to snow"),
    held_multihop("answerable", "When did a team last score five goals in an hour against Bayern in the Bundesliga?",
                  "6-0 win in 1975", "48 years"),
    # 36, The Independent, 2023-10-16: Will Smith and Jada Pinkett Smith's separation; when to divorce.
    held_multihop("who", "Which relationship experts did The Independent ask about when couples should divorce?",
                  "Susan Winter", "Jacob Lucas"),
    held_multihop("answerable", "What does an LAT partnership mean?", "living apart together"),
    held_multihop("counting", "How many ways did Will Smith say his marriage to Jada could end?",
                  "two possible outcomes"),
    held_multihop("answerable", "What condition caused Jada Pinkett Smith's shaved head?", "alopecia"),
    # 448, TechCrunch, 2023-10-13: Israel's startup ecosystem in the war.
    held_multihop("counting", "How many startups are active in Israel?", "startups in the country is 9,000"),
    held_multihop("answerable", "What share of Israel's GDP comes from technology?", "more than 18%"),
    held_multihop("who", "Which investor expects Israel's tech ecosystem to come out of the war stronger?",
                  "Jon Medved"),
    held_multihop("counting", "How many VCs have pledged their support to Israeli startups?", "More than 500 VCs"),
    # 110, Sky Sports, 2023-10-20: Arteta and Pochettino before Chelsea vs Arsenal.
    held_multihop("who", "Which Chelsea striker will miss the Arsenal game with a sore knee?", "Broja will miss"),
    held_multihop("counting", "How long did Arteta live with Pochettino in a hotel in Paris?",
                  "hotel for three months", "2-3 months"),
    held_multihop("counting", "How many goals has Kai Havertz scored for Arsenal?", "one goal in 12 appearances"),
    held_multihop("answerable", "Why did William Saliba withdraw from the France squad?", "chronic toe injury"),
    # 467, Fox News, 2023-10-19: ultra-processed food addiction (University of Michigan study).
    held_multihop("who", "Who led the University of Michigan study on ultra-processed food addiction?",
                  "Ashley Gearhardt"),
    held_multihop("counting", "How many studies did the food addiction researchers review?", "281 studies"),
    held_multihop("answerable", "What share of adults show signs of addiction to ultra-processed foods?",
                  "14% of adults"),
    held_multihop("answerable", "Which journal published the ultra-processed food addiction study?", "BMJ"),
    # 387, Polygon, 2023-10-26: five things to know before watching the Five Nights at Freddy's movie.
    held_multihop("who", "Who directed the Five Nights at Freddy's movie?", "Emma Tammi"),
    held_multihop("who", "Who plays the night security guard in Five Nights at Freddy's?", "Josh Hutcherson"),
    held_multihop("answerable", "What is the Five Nights at Freddy's movie rated?", "rated PG-13"),
    held_multihop("answerable", "When did Warner Bros. buy the rights to a Five Nights at Freddy's movie?",
                  "movie rights in 2015"),
    # 147, The Age, 2023-12-01: Adam Grant's advice to parents on their children's potential.
    held_multihop("counting", "How many children does Adam Grant have?", "father of three"),
    held_multihop("counting", "How many times has Adam Grant been a New York Times bestselling author?",
                  "bestselling author three times"),
    held_multihop("who", "Who came up with the term soft skills?", "US Army psychologists"),
    held_multihop("answerable", "Which sport did Adam Grant compete in when he was young?", "junior Olympic team"),
    *(held_abstain(q) for q in (
        # 000/001: "A spokesperson said", unnamed; of the articles naming Japan, only 48 (South Africa's presidency)
        # and 537 (Google) name a spokesperson (searched "spokesperson", "spokesman", "spokeswoman").
        "What is the name of the Japanese defence ministry spokesperson who spoke about the warships?",
        # 93 gives no attendance; "attendance", "spectators", "crowd of", "sell-out", "sold-out" occur in 21 other
        # articles, none on this game; 546 (Bayern's "5-1 defeat to Eintracht Frankfurt") gives none either.
        "How many fans were at the stadium when Frankfurt beat Bayern 5-1?",
        # No article names Frankfurt's coach: no "Toppmöller", no "coach", "manager" or "boss" within 60 characters
        # of "Frankfurt" (93, 314, 444, 506, 546 name the city or club).
        "Who is Eintracht Frankfurt's head coach?",
        # 18, 36, 159, 360 (Will and Jada) give no "net worth", "fortune", "million" or "$"; "net worth" is in 182,
        # 194, 529, 530 (investors, Canelo, Mayweather, Trump); 422's "$5 million" is the Royals' reliever Will Smith.
        "How much is the actor Will Smith worth?",
        # "Worthy" (in capitals) is in 36, 159, 360 alone; none gives "copies", "sold", "bestseller" or "pages".
        "How many copies has Jada Pinkett Smith's memoir Worthy sold?",
        # 448: "More than 500 VCs have pledged their support", no sum; "pledg" in 15 articles, none on Israel's
        # startups; 598's "$30 million" is a Palestinian VC fund (Ibtikar) raised before the war.
        "How much money have the 500 VCs pledged to Israeli startups?",
        # 110 (Sky Sports), 109 (The Guardian), 300 (talkSPORT) preview the game; no article gives its score
        # (searched "Chelsea" within 150 characters of "Arsenal": 100's results list has no such game, 445 says
        # Palmer "struck ... against Arsenal" with no score).
        "What was the final score of the Chelsea vs Arsenal game at Stamford Bridge?",
        # 467: "reviewed 281 studies from 36 different countries", no count of people; searched "participant",
        # "people", "volunteer", "sample", "enrolled" in 467 and 390 (which carries 467's headline alone).
        "How many people took part in the University of Michigan food addiction study?",
        # "Freddy" is in 55 (Freddy Rodriguez), 384 (an app chart) and 387 alone; no "box office", "opening
        # weekend", "grossed", "ticket sales" or sum near "Freddy" anywhere.
        "How much did the Five Nights at Freddy's movie make at the box office?",
        # 147 names Harvard, where Grant failed a writing test as a student; no "Wharton", "professor" near
        # "Grant", "organizational psychologist" or "University of Pennsylvania" anywhere (607 names his book alone).
        "Which university does Adam Grant teach at?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # machete: 36 alone ("in the rough with a machete"); "sharpen" is in five articles, figuratively (a team,
        # wrestling skills, mental acuity), none of a blade.
        "How do I sharpen a machete?",
        # Peacock: NBC's streaming service in 17 articles (387 among them), always capitalised; no "peacock(s)" in
        # lower case, "peahen" or "peafowl".
        "What do peacocks eat?",
        # toe: Saliba's "chronic toe injury" (110), fantasy injury lists (288, 289) and idioms (on their toes, dip
        # a toe); no "stubbed", "toenail" or advice on treating a toe.
        "How do I treat a stubbed toe?",
        # Cupcake: "Carl the Cupcake", an animatronic (387 alone; no "frosting", "muffin"); "baking" in 324, 575 and
        # four more, none a cupcake recipe.
        "How do I bake cupcakes?",
    )),
))
