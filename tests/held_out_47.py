"""Stop 47's held-out set: a check of the realistic question set, never tuned on.

A helper wrote these at stop 47 (2026-12-07, "stop 47 fresh set") without asking the product any of them, and without
reading any benchmark log, failure list or note. As stop 46's set, all 28 answerable questions come from seven
MultiHop-RAG articles, 4 questions each. Seed 47: `random.Random(47).sample(range(609), 40)` over corpus.json's records
in file order draws 360, 64, 440, 566, 464, 584, 351, 263, 524, 395, 401, 41, 428, 24, 104, 0, 270, 493, 559, 9, 323,
581, 437, 235, 243, 535, 526, 367, 452, 247, 34, 574, 383, 361, 350, 571, 588, 200, 244, 36, read in draw order (all 40
read: 7 kept, 33 skipped; five of the seven are judgment calls, see below); no article outside these 40 was taken, and
none of the seven is one a tunable question or stop 46's set asks of (checked as tests/test_question_set.py does: no
expected phrase of tests/questions.py or tests/held_out_46.py points at them). Skipped because a tunable question's
expected phrase points at them: 440 (Healy after Australia's loss to India, stop 45's more articles), 566 (superbugs,
stop 40's more articles), 263 (Hipgnosis Songs Fund's valuation, stop 41's fresh set), 270 (love over hate at Christmas,
stop 43's more articles), 535 (Inter Miami's 2024 friendlies, stop 45's more articles), 526 (the M3 Max MacBook Pro,
stop 43's fresh set), 247 (ultrathin materials that pull CO2 from the air, stop 42's more articles), 383 (Spider-Man 2,
stop 38's fresh set), 36 (Will Smith and Jada Pinkett Smith's separation, stop 37's fresh set); none is pointed at by
stop 46's set. Skipped because tests/questions.py asks about their topic: 360 (Jada Pinkett Smith on their prenup: 36,
asked, gives the same Parade interview, the prenup and the promise on a log in his mother's backyard; as stop 46 skipped
159), 524 (the Steam Deck OLED: stop 29's fresh set asks 169, its screen, battery and charging), 559 (Kelce on the NFL's
Taylor Swift coverage: Swift and Kelce are asked, stops 25 and 29's fresh sets, his podcast New Heights too; as stop
39's more articles skipped it), 9 (the FTX trial's running updates: Bankman-Fried's trial is asked, stop 35's else2).
Skipped as lists: 584 (anti-Prime Big Deal Day deals), 351 (MacBook deals), 395 (the PGMOL's VAR apologies, match by
match), 428 (35 couch co-op games), 104 (Apple Black Friday deals), 0 (Cyber Monday deals), 323 (stores open on
Thanksgiving, store by store, as stop 44's more articles skipped it), 437 (the hottest seat on each NFC team), 235
(Prime Day gaming deals), 243 (eight authors' gift book picks, as stop 44's more articles skipped it), 452 (vampire
authors, author by author), 574 (Black Friday shopping, retailer by retailer, as stop 41's more articles skipped it),
350 (the best Xbox controllers), 588 (USA v Germany player ratings, player by player; Germany's trip to the US is asked,
stop 43's fresh set asks 444), 244 (the AFL's top 40 draft prospects). Skipped as live blogs: 64 (West Indies v England,
fifth T20), 41 (Chicago Fire vs Inter Miami), 34 (Chiefs vs. Packers), 200 (Chiefs vs. Jets). Skipped as a round-up: 581
(the week's earnings, company by company). Kept, in draw order: Music Business Worldwide's "Hipgnosis Songs Fund Chair,
Andrew Sutch, to step down; all-important 'continuation vote' likely to take place on October 26" (464; a judgment call:
stop 41's fresh set asks 263, December's delayed results (Rob Naylor chairs now, the $23.1 million sale of 20,000 songs,
JP Morgan's analyst, the results' date), and a near miss names 464 as the only other Hipgnosis article; 464 is
September's news: Sutch stepping down, the 29 catalogs offered to Hipgnosis Songs Capital, the discount to net asset
value, the 2026 vote; nothing 263 gives is asked here), TechCrunch's "Twitch's money guy talks about the revenue split
controversy and its monetization long game" (401; a judgment call: stop 39's more articles ask 551, TechCrunch on
TwitchCon, and left out who runs Twitch and its simulcasting rule because 401 gives them; stop 39's fresh set asks 405,
Kick's streamers and its 95/5 split; 401 is Mike Minton on Partner Plus, subs and ads; nothing of TwitchCon, Kick, Dan
Clancy or simulcasting is asked here), TechCrunch's "After warning, the EU opens investigation into X over alleged
disinformation" (24; a judgment call: stop 38's more articles ask 153, December's formal DSA proceeding against X (Joe
Benarroch, noyb, the Blue checks), and stop 39's more articles skipped 24 and stop 45's skipped 25 for it; 24 is
October's request for information after Hamas's attack: its deadline, the crisis clause, the fine X could face, X's
count of posts; nothing 153 or 25 gives is asked here (Breton's letter, Yaccarino's reply, Europol and the 6% fines are
left out)), The Roar's "RA set to announce local as high-performance director - and how it could help land Schmidt as
Wallabies coach" (493; a judgment call: stop 37's more articles ask 407, Eddie Jones's contract, predecessor and record,
and stop 43's more articles skipped 493 for it; 493 is the high-performance director's hiring and Joe Schmidt; nothing
of Jones is asked here), TechCrunch's "Uber sexual assault survivors call for in-car cameras, tech upgrades" (367;
Uber's third quarter is asked, stop 37's 337, a different story: nothing of lawsuits or safety is asked), Music Business
Worldwide's "Europe's artists and labels could lose $137m annually to US recorded music rightsholders if EU law isn't
changed, trade groups warn" (361) and Sky Sports' "Ten Hag responds to Carra: Man Utd have actually improved" (571; a
judgment call: stop 44's more articles ask 330, The Guardian's Ten Hag on Onana before the same Manchester derby
(Onana's fee, Inzaghi, United's last three wins, last season's derby score), and stop 45's more articles skipped 300 for
asking of the same derby; 571 is Carragher's criticism and the pressing and scoring figures; nothing 330 gives, nor the
derby's result, is asked here). Without the five judgment calls the draw gives two articles where the tests want seven;
the skipped ones above were not to be had. None is asked about in tests/questions.py or tests/held_out_46.py beyond what
is said above (searched their title words, names and topics: Hipgnosis, Sutch, Mercuriadis, Citrin, Blackstone,
continuation vote, Twitch, Partner Plus, revenue split, Minton, Clancy, Kick, streamer, DSA, Digital Services Act,
Breton, Yaccarino, disinformation, Commission, Musk, Rugby Australia, Wallabies, Schmidt, Horne, high-performance, Uber,
sexual assault, camera, Breyer, IMPALA, rightsholder, reciprocity, royalt, performance rights, Ten Hag, Carragher,
Manchester United, Onana, Casemiro, derby, Steam Deck, Pinkett, prenup, Kelce, Black Friday, Walmart, Thanksgiving,
Germany, USMNT; the hits are the articles named above and other topics). Each expected phrase was checked to occur in
its article's clean text as the index holds it (qa.load + qa.clean over the shipped articles and corpus.json; no index,
no model, no product query) and counted across all 612 articles, case-folded (and in corpus.json's body, author and
source fields, as the tests count); every one is found in its article alone. Tightened: "October 18" (24, 49, 167, 195,
486) -> "until October 18"; "$180 million" (24, 194, 398) -> "fine of up to $180 million"; "Jamie Carragher" (277, 543,
571) -> "disagreed with Jamie Carragher". Questions whose answer another article also gives, or whose phrase could not
be tightened, were not asked: the price of the 29 catalogs ("$440 million", also 263), who runs Hipgnosis Song
Management ("Merck Mercuriadis", also 263), when the continuation vote was due ("October 26", also 338; 263 gives
October), the split Partner Plus pays ("the first $100,000", also 405), who is X's CEO ("Linda Yaccarino", also 11,
153), who warned X ("Thierry Breton", also 25, 153, 525, 564), which police agency X had no requests from ("Europol",
also 25), Rugby Australia's chief executive ("Phil Waugh", also 492), United's top scorer ("Casemiro with four strikes":
129 names McTominay later in the season). The articles' curly apostrophes are left out of every phrase. Then 10 near
misses (the right topic of a kept article, a fact no article gives) and 4 one-word questions sharing one word with some
article (gazump, Emerald Isle, Europol, Kerrygold). Each near miss and one-word question was checked by searching that
text of all 612 articles for its key words and their synonyms (the comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules. It stays held out for good
(tests/fresh_questions.py says why): it never joins QUESTIONS.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held_abstain, held_multihop

STOP47 = tuple(replace(q, half="fresh", note="stop 47 fresh set") for q in (
    # 464, Music Business Worldwide, 2023-09-28: Hipgnosis Songs Fund's chair to step down before its continuation vote.
    held_multihop("who", "Which Hipgnosis Songs Fund chairman announced in September that he was leaving?",
                  "Andrew Sutch"),
    held_multihop("counting", "How far below its net asset value was Hipgnosis Songs Fund's market value in September?",
                  "40% discount"),
    held_multihop("counting", "How many of its catalogs would Hipgnosis Songs Fund sell to Hipgnosis Songs Capital?",
                  "29 catalogs"),
    held_multihop("answerable", "If Hipgnosis Songs Fund's investors vote to carry on, when do they get another say?",
                  "January 2026"),
    # 401, TechCrunch, 2023-10-26: Twitch's Mike Minton on Partner Plus, subscriptions and ads.
    held_multihop("who", "Who heads monetization at Twitch?", "Mike Minton"),
    held_multihop("counting", "How many paid subs a month does a streamer need to get into Twitch's Partner Plus?",
                  "350 monthly paid subscriptions"),
    held_multihop("answerable", "How did Twitch change the way subs count toward Partner Plus?", "points-based system"),
    held_multihop("answerable", "Do gifted subs and Prime subs count toward Twitch's Partner Plus?",
                  "gift subs and monthly subs that come with an Amazon Prime account"),
    # 24, TechCrunch, 2023-10-13: the EU's request for information to X after Hamas's attack.
    held_multihop("counting", "How many posts about the Hamas attack did X say were shared in two days?",
                  "50 million posts"),
    held_multihop("counting", "How big a fine could X face under the DSA, going by Musk's revenue forecast?",
                  "fine of up to $180 million"),
    held_multihop("answerable", "What deadline did the EU give X to explain how it handles a crisis?",
                  "until October 18"),
    held_multihop("answerable", "Which part of the Digital Services Act lets the EU act fast in a war?", "Article 36"),
    # 493, The Roar, 2023-12-11: Rugby Australia's new high-performance director, and Joe Schmidt for the Wallabies.
    held_multihop("who", "Who is Rugby Australia expected to hire to run its high-performance programs?",
                  "Peter Horne"),
    held_multihop("who", "Who else was in the running for Rugby Australia's high-performance job?", "Billy Millard"),
    held_multihop("who", "Who runs high performance for Irish rugby?", "David Nucifora"),
    held_multihop("counting", "How old is Joe Schmidt?", "58-year-old"),
    # 367, TechCrunch, 2023-10-13: the sexual assault lawsuits against Uber, consolidated in federal court.
    held_multihop("counting", "How many sexual assault lawsuits against Uber have been combined in federal court?",
                  "more than 80 cases"),
    held_multihop("who", "Which judge is handling the pretrial stage of the Uber sexual assault cases?",
                  "Charles Breyer"),
    held_multihop("answerable", "Which companies run background checks on Uber drivers?", "Checkr and Appriss"),
    held_multihop("answerable", "What safety features did Uber add to its app in 2018?", "911 button"),
    # 361, Music Business Worldwide, 2023-11-29: the EU's reciprocity ruling and radio royalties for US artists.
    held_multihop("counting", "How much could European artists and labels lose to American rightsholders each year?",
                  "€125 million"),
    held_multihop("who", "Who leads IMPALA, the European indie labels' group?", "Helen Smith"),
    held_multihop("answerable", "Which EU country stopped applying the reciprocity principle first?",
                  "Netherlands, the first EU country"),
    held_multihop("answerable", "Why don't European performers get paid when their records play on American radio?",
                  "only to the songwriters and publishers"),
    # 571, Sky Sports, 2023-10-28: Ten Hag answers Carragher before the Manchester derby.
    held_multihop("who", "Which pundit did Ten Hag say was wrong about Manchester United getting worse?",
                  "disagreed with Jamie Carragher"),
    held_multihop("counting", "How many times have Manchester United won the ball high up the pitch without scoring?",
                  "104 high turnovers"),
    held_multihop("answerable", "In which newspaper did Carragher criticise United's summer signings?",
                  "Daily Telegraph"),
    held_multihop("who", "Which club wins the ball back in midfield more often than Manchester United?",
                  "second behind Everton"),
    *(held_abstain(q) for q in (
        # 464: a new advisory agreement with a 12-month notice period, no fee; "Hipgnosis", "HSF", "HSM" are in 263
        # and 464 alone; "fee(s)", "charg", "advisory" within 250 characters of "Hipgnosis", "HSF", "HSM" or
        # "Mercuriadis": only 464's notice terms and the "transaction fees" in its 44% return, no sum.
        "How much does Hipgnosis Song Management charge Hipgnosis Songs Fund in fees?",
        # 401: the requirements "excluded the vast majority of streamers", no count; "Partner Plus" is in 401 and 405
        # alone; "qualif", "eligib" within 150 characters of a digit in the 13 Twitch articles: only the 70/30 split,
        # the first $100,000, the 350 subs and the 1, 2 and 6 points.
        "How many streamers have qualified for Twitch's Partner Plus program?",
        # 401: "we had to increase the rev share, which we did", no figure; "ad(s)", "advert" within 120 characters of a
        # percentage or split in the Twitch articles: only the 70/30 subscription split (401, 405; 405's 50/50 default
        # is of subs).
        "What share of ad revenue does Twitch give its streamers?",
        # "moderator(s)": none near X or Twitter; "moderat" within 150 characters of "X" or "Twitter": 24, 25, 26, 153
        # ("X's content moderation resources", Musk's "gutting of content moderation teams"), 256, 278, 498 ("fired
        # large swaths of its trust and safety teams"), 508, 593, none with a number.
        "How many content moderators does X have in the EU?",
        # 493: no pay or contract for Horne ("Horne" as a word is in 493 alone; no "salary", "paid", "$", "contract"
        # near it); "high-performance" near "$", "salary", "million" elsewhere: only 492's QRU statement, no sum.
        "How much will Rugby Australia pay Peter Horne?",
        # "settle", "payout", "paid out", "compensat" within 200 characters of "Uber": only Diablo 4's Uber uniques
        # (533); "assault" or "rape" near "Uber" is in 367 alone (164 and 523 name Uber, not assaults).
        "How much has Uber paid to settle sexual assault lawsuits?",
        # 367: "Uber hasn't released safety data for 2021 and 2022"; its figures are 2017-2020 (5,981 to 3,824 reports);
        # "safety report(s)" or "safety data" within 200 characters of 2021, 2022 or 2023: 367 alone.
        "How many sexual assaults were reported on Uber rides in 2022?",
        # 361: "a solution has yet to be proposed"; "reciprocity", "IMPALA", "Rental/Lending Directive" are in 361
        # alone; "propos" in 361 only that and Smith's "A proposal is needed now"; "court of justice" / "CJEU"
        # elsewhere only Meta's data cases (140, 608).
        "When will the European Commission propose a fix for the reciprocity ruling?",
        # "IMPALA" is in 361 alone, with no member count ("members" within 150 characters of it: none); "independent
        # labels" or "indie labels" near a number: none.
        "How many record labels belong to IMPALA?",
        # "PPDA", "passes allowed", "per defensive action": 571 alone, United's rank only (10th); "pressing",
        # "turnovers", "ball regain" within 150 characters of "City": only 571's City build-up attacks and Kansas
        # City's turnovers (314).
        "What is Manchester City's PPDA this season?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # gazump: 464 alone (a rival "gazumps HSC in the bidding process"); nothing of houses, law or England near it.
        "Is gazumping legal when buying a house in England?",
        # Emerald Isle: 493 alone (Schmidt "took the Emerald Isle to the top of World Rugby's rankings"); "emerald"
        # elsewhere only Emerald Fennell (94); "green" near "Ireland" only 538's Irish fans and "the men in green".
        "Why is Ireland called the Emerald Isle?",
        # Europol: 24 (X had no requests from it) and 25 (the EU asked Musk to contact it) alone; "The Hague" only in
        # 262's dateline; no "headquarter" near Europol.
        "Where is Europol based?",
        # Kerrygold: 574 alone (Costco's "deal on Kerrygold butter"); "butter" within 150 characters of "Irish",
        # "Ireland", "cow", "made": none.
        "Where is Kerrygold butter made?",
    )),
))
