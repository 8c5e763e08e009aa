"""Fresh questions: a held-out check of the realistic question set, never tuned on.

A helper wrote these at stop 38 (2026-12-06) without asking the product any of them, and without reading any benchmark
log, failure list or note: 8 from facts of the shipped articles that no question in QUESTIONS (stop 37's rotated set
included) asks (checked against tests/questions.py by the facts' key words: who Ben Hodges is, the share of Putin's army
out of action, the Donbass recognised as independent, Russian casualty figures "almost impossible to come by", why
martial law was rumoured, American intelligence "more cautious", Ukraine's attack not linked to Volnovakha's
evacuations, Zelensky's video address); 28 from seven MultiHop-RAG articles drawn at random, 4 questions each, since a
user asks about any article in the folder. Seed 38: `random.Random(38).sample(range(609), 20)` over corpus.json's
records in file order draws 431, 439, 104, 67, 375, 474, 383, 44, 174, 604, 352, 335, 273, 337, 315, 484, 596, 410, 228,
86, taken in draw order until seven were kept (the first 11 read). Skipped: 439 (Sporting News' Jets vs. Raiders live
score), a live blog; 104 (Engadget's Apple Black Friday deals), a list of products; 44 (The Age's timeline of Taylor
Swift's NFL takeover) and 174 (The Independent on Travis Kelce's "finding a breeder" comments): Swift and Kelce's
romance is asked about (when they connected, the games she attended, Arrowhead Stadium, his podcast New Heights). Kept:
The Verge's "Amazon's latest Echo Frames are more style than substance" (431), Fox News' "Woman switched at birth spends
holidays with birth mom after decades-long search" (67), CNBC's "Coinbase rallies more than 60% in same month that FTX
and Binance founders brace for prison" (375; Bankman-Fried's trial is asked about, Coinbase is not, so nothing of FTX or
Binance is asked), Sporting News' "Will the Panthers fire Frank Reich? ..." (474), Polygon's review "Spider-Man 2 toys
with Marvel history to be as much fun as possible" (383; "Spider-Man" is named only in an off-topic question's note),
Live Science's "Cannabis use in pregnancy linked to small birth size, other poor outcomes" (604) and The Guardian's
"European roundup: Bellingham helps Real Madrid go top while Bayern draw" (352; named only in a comment of stop 37's
set, on Bayern's points, and none of its games is asked about); none is asked about in tests/questions.py (searched
their title words, names and topics). Not reached: 335, 273, 337, 315, 484, 596, 410, 228, 86. Then 10 near misses (the
right topic of a kept or shipped article, a fact no article gives) and 4 off-topic questions sharing one word with some
article (gnomes, lipstick, ballet, wind tunnel). Each expected phrase was checked to occur in its article's clean text
as the index holds it (qa.load + qa.clean over the shipped articles and corpus.json; no index, no model, no product
query) and counted across all 612 articles; those found in other articles were tightened to a phrase found in that
article alone: "Mizuho" (also 182) to "analysts at Mizuho", "86%" (4 articles) to "Coinbase lost 86%", "Lautaro
Martínez" (093, 534) to "Lautaro Martínez came off the bench", "JAMA" (also 066) to "in the journal JAMA". Questions
whose answer another article also gives were not asked: who calls the Panthers' plays (057: "When Thomas Brown took over
the Panthers playcalling"), Coinbase's rank among exchanges (374 calls it "the second largest", 375 "the
fourth-biggest"), Spider-Man 2's web wings (213: "wings to fly") and its "Oct. 20" release (9 articles). Dropped while
checking: "Is Ukraine short of soldiers too?" (001's "Kyiv is also facing manpower issues"; 442, CNBC on 2024, has
Ukraine's forces "dwarfed in size by Russia's" and 500,000 more conscripts asked for) and a near miss on RB Leipzig's
coach (444 says Nagelsmann spent "two years at RB Leipzig"). Each near miss and off-topic question was checked by
searching that text of all 612 articles for its key words and their synonyms (the comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 37's did at
stop 38.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held, held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 38 fresh set") for q in (
    # The shipped articles: facts no question in tests/questions.py asks.
    held("who", "Who is Ben Hodges?", "retired US general"),
    held("counting", "Counting the wounded, captured and deserted, what share of Putin's army could be out of action?",
         "between a fifth and a third"),
    held("answerable", "What status do Russia's negotiators want for the Donbass?", "Donbass as independent"),
    held("answerable", "Can anyone get accurate figures for Russian casualties at the front?",
         "almost impossible to come by"),
    held("answerable", "Why was Putin rumoured to be planning martial law?", "stop men from leaving the country"),
    held("answerable", "How does US intelligence's view of the war differ from Britain's?", "has been more cautious"),
    held("answerable", "Has Ukraine tied its attack near Volnovakha to the evacuations there?",
         "not linked its attack"),
    held("answerable", "How did Zelensky share his view of the peace talks on Wednesday?", "video address"),
    # 431, The Verge, 2023-12-07: a review of Amazon's third-gen Echo Frames (the Carrera Cruiser model).
    held_multihop("answerable", "How much do the Carrera Cruiser Echo Frames cost?", "$389.99", "314.99"),
    held_multihop("counting", "How many buttons are on the Echo Frames?", "two action buttons"),
    held_multihop("counting", "How long does it take to charge the Echo Frames from empty?", "about 2.5 hours"),
    held_multihop("who", "Which eyewear brand did Amazon team up with for its flashier Echo Frames?", "Carrera"),
    # 67, Fox News, 2023-12-15: Diane Bazella, switched at birth, finds her birth mother.
    held_multihop("who", "Who turned out to be Diane Bazella's birth mother?", "Sherri Geerts", "Sherri Nordlie"),
    held_multihop("who", "Who is Diane Bazella's biological father?", "Victor Rebeck"),
    held_multihop("answerable", "What name was Diane Bazella really given at birth?", "Dawn Marie"),
    held_multihop("counting", "How many siblings has Diane Bazella met?", "all four of her siblings"),
    # 375, CNBC, 2023-11-30: Coinbase's rally in the month of Bankman-Fried's conviction and Zhao's plea.
    held_multihop("counting", "By how much did Coinbase's stock rise in November?", "more than 60%"),
    held_multihop("answerable", "How much of its value did Coinbase lose in 2022?", "Coinbase lost 86%"),
    held_multihop("who", "Which bank's analysts rate Coinbase stock underperform?", "analysts at Mizuho"),
    held_multihop("who", "Which crypto exchange is switching off all trading on December 4?", "Bittrex"),
    # 474, Sporting News, 2023-11-06: will the Panthers fire Frank Reich?
    held_multihop("who", "Which Colts player returned two of Bryce Young's interceptions for touchdowns?",
                  "Kenny Moore"),
    held_multihop("counting", "What is Frank Reich's record as an NFL head coach?", "41-40-1"),
    held_multihop("counting", "How many pressures has the Panthers' offensive line allowed this season?",
                  "74 pressures"),
    held_multihop("counting", "How many yards a game does Carolina's offense gain?", "283.4"),
    # 383, Polygon, 2023-10-16: a review of Marvel's Spider-Man 2.
    held_multihop("who", "Which new villains does Spider-Man 2 bring in?", "Kraven"),
    held_multihop("who", "Who is Miles Morales' love interest in Spider-Man 2?", "Hailey Cooper"),
    held_multihop("answerable", "Which parts of New York are new to Spider-Man 2's map?", "Brooklyn and Queens"),
    held_multihop("counting", "How many Spider-Man games has Insomniac made, counting Spider-Man 2?",
                  "third Spidey game"),
    # 604, Live Science, 2023-12-13: cannabis use in pregnancy linked to small birth size.
    held_multihop("who", "Who led the study linking cannabis in pregnancy to small babies?", "Torri Metz"),
    held_multihop("counting", "How many pregnant people's urine samples did the cannabis study screen?",
                  "9,200 pregnant people"),
    held_multihop("answerable", "How likely were cannabis users in the study to have a poor pregnancy outcome?",
                  "nearly 26%"),
    held_multihop("answerable", "Where was the study of cannabis use in pregnancy published?", "in the journal JAMA"),
    # 352, The Guardian, 2023-09-30: the European weekend (Bayern draw at Leipzig, Real Madrid top, Inter, Monaco).
    # (093, of 2023-12-09, leaves Real Madrid "with 39 points": a later table, not after Girona)
    held_multihop("who", "Which Inter substitute scored all four goals against Salernitana?",
                  "Lautaro Martínez came off the bench"),
    held_multihop("who", "Who did Marseille appoint as coach?", "Gennaro Gattuso"),
    held_multihop("counting", "How many points do Real Madrid have after beating Girona?",
                  "21 points from eight games"),
    held_multihop("answerable", "What was the score in Bayern Munich's game at RB Leipzig?", "2-2 draw at RB Leipzig"),
    *(held_abstain(q) for q in (
        # 001: "Talks have been ongoing this week", "ahead of the next round of talks", no place; "Istanbul" is in 013,
        # 330, 370, 392 (football, a film), "Belarus" in 248 (TikTok's languages), no "Antalya", "Gomel", "Brest";
        # "peace talks" elsewhere only in 135 (Israel and Hamas, 2013).
        "Where are Russia and Ukraine holding their peace talks?",
        # 002: Wagner's convicts signed on "with the promise of freedom if they survive", no count; "Wagner" elsewhere
        # is Bobby Wagner and Franz Wagner (290, 522); "pardon" only in 280 (Thanksgiving turkeys).
        "How many Wagner convicts have been freed after serving their six months?",
        # 431: "third-gen Echo Frames", "previous iterations", no year or date of the first; "Echo Frames" is in 431
        # alone (searched "first-gen", "original", "debut", "launched", "2019" in it).
        "When did Amazon release the first Echo Frames?",
        # 67: "a home DNA test", no company; "23andMe" is in 334 alone (its data breach), "ancestry" in 095, 131, 261,
        # 283 (of a person, a plant, species, Queensland); no "AncestryDNA" or "MyHeritage".
        "Which DNA testing company did Diane Bazella use?",
        # 67: Geerts is "a caregiver to her husband", unnamed; "Geerts" and "Nordlie" are in 67 alone.
        "What is the name of Sherri Geerts' husband?",
        # "Coinbase" is in 049, 175, 334, 374, 375, 465; "chief financial officer" or "CFO" in 10 articles, none of
        # them one of those; no "Alesia Haas".
        "Who is Coinbase's chief financial officer?",
        # "Frank Reich" is in 474 and 489 alone; neither has "contract", "salary", "million" or "$".
        "How much is Frank Reich's contract with the Panthers worth?",
        # "Spider-Man 2" is in 082, 213, 222, 383; no "copies" in any, "sold" only of Starfield's planets (213) and of
        # deals' prices (222), no sales figure.
        "How many copies has Marvel's Spider-Man 2 sold?",
        # 604 is on pregnancy alone; "breastfe", "lactat", "nursing mother": 238 alone (HIV); "cannabis" also in 115
        # (an investor) and 230 (a storage device); "marijuana", "THC", "CBD" in no article on nursing.
        "Is it safe to use cannabis while breastfeeding?",
        # 352 names no referee; "referee", "officiat", "ref" in none of the articles naming Leipzig (093, 166, 187,
        # 352, 444, 445), which have no other Bayern-Leipzig game.
        "Who refereed Bayern Munich's 2-2 draw at RB Leipzig?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # gnomes: 67 (Bazella and her mother collect "[garden] gnomes") and 392 ("Sherlock Gnomes", a film) alone;
        # "originat" in six articles, none of gnomes.
        "Where did garden gnomes originate?",
        # lipstick: 67 (Geerts' tubes of lipstick) and 257 (red lipstick "will never go out of style"); "smudg" only in
        # 367 (smudged fingerprints, Uber and Lyft).
        "How do I stop my lipstick from smudging?",
        # ballet: 165 (a ballet company in a film), 383 ("a choreographed ballet of kicks"), 563, 587 (a composer); 094
        # "balletic"; no "ballet class", "dance class" or "dance lesson"; "lessons" in 11 articles, none of dance.
        "How can I start learning ballet as an adult?",
        # wind tunnel: 383 alone (Spider-Man's web wings gain speed from them); "aerodynamic" only in 487 (NASCAR's
        # track test at Phoenix).
        "How does a wind tunnel work?",
    )),
))
