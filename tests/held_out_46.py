"""Stop 46's held-out set: a check of the realistic question set, never tuned on.

A helper wrote these at stop 46 (2026-12-07, "stop 46 fresh set") without asking the product any of them, and without
reading any benchmark log, failure list or note. None is asked of the shipped articles: their unasked facts were used up
by stop 40, so all 28 answerable questions come from seven MultiHop-RAG articles, 4 questions each, since a user asks
about any article in the folder. Seed 46: `random.Random(46).sample(range(609), 40)` over corpus.json's records in file
order draws 78, 409, 40, 602, 600, 234, 528, 155, 597, 550, 32, 31, 70, 327, 55, 138, 561, 302, 540, 337, 95, 407, 490,
369, 159, 482, 476, 76, 470, 557, 112, 443, 231, 344, 518, 454, 281, 156, 109, 363, read in draw order (all 40 read: 7
kept, 33 skipped; four of the seven are judgment calls, see below); no article outside these 40 was taken, and none of
the seven is one a tunable question asks of (checked as tests/test_question_set.py does: no tunable question's expected
phrase points at them). Skipped because a tunable question's expected phrase points at them: 602 (the COP28 deal, stop
44's fresh set), 234 (Democracy in a Hotter Time, stop 45's more articles), 550 (VTubers, stop 42's more articles), 32
(Google Search against the rest, stop 45's fresh set), 138 (Gen Z and the war in Israel, stop 40's more articles), 561
(Jai Opetaia's knockout, stop 29's fresh set), 302 (gut stem cells' fate, stop 43's more articles), 540 (Beeper and
iMessage, stop 36's more articles), 337 (Uber's third quarter, stop 37's more articles), 95 (the Cherokee Barbie, stop
42's fresh set), 407 (Eddie Jones and the Wallabies, stop 37's more articles), 490 (golf's ball rollback, stop 41's more
articles), 476 (Arsenal in Sevilla, stop 44's more articles), 76 (The Epoch Times, stop 45's fresh set), 443 (Kyle
Larson's sprint car series, stop 36's more articles), 518 (children's phones at school, stop 43's fresh set), 281 (NBA
Christmas games, stop 42's fresh set), 363 (TikTok users and music streaming, stop 43's more articles). Skipped because
tests/questions.py asks about their topic: 31 (Bankman-Fried's opening statements: his trial is asked, stop 35's else2,
as stop 42's more articles skipped 31), 159 (Will Smith on his marriage to Jada Pinkett Smith: stop 37's fresh set asks
36, their separation, and near misses ask of her memoir Worthy), 557 (the Delta SkyMiles Gold Business card: stop 26's
fresh set asks its welcome bonus, fee, discount and credit score), 344 (the coverage of Taylor Swift and Travis Kelce:
they are asked, stops 25 and 29's fresh sets), 109 (Pochettino on Reece James before Chelsea v Arsenal: stop 37's fresh
set asks 110, Arteta and Pochettino before the same game, and a near miss asks its score). Skipped as lists: 409 (the
Cricket World Cup's history and winners, edition by edition; the tournament is asked too, as stops 37, 38, 44 and 45's
more articles skipped 409), 40 (the NFL playoff picture, team by team), 600 (Wired's Prime Day Apple deals, as stop 43's
more articles skipped it), 597 (the best comedies to stream, as stop 45's more articles skipped it), 327 (noir films for
Noirvember, as stop 45's fresh set skipped it), 55 (nine films on Tubi, film by film), 369 (headphone and earbud deals),
482 (the World Cup's top ten run scorers and wicket takers, player by player), 231 (the USMNT's October roster, as stops
40, 43 and 45's more articles skipped it), 454 (gifts for a home theater, as stop 40's more articles skipped it). No
live blog or round-up was drawn. Kept, in draw order: Globes' "Israel's defense undone by reliance on technology" (78; a
judgment call: the war is asked (stop 35's fresh set: Hamas's attack on Sderot; later sets: its hostages, Hamas's money,
the blockade, the markets), but earlier sets kept 486, 135, 111 and 413 for facets nobody asked, and 78 is about the
Gaza barrier, the Iron Dome and the IDF's faith in technology; nothing of the attack's toll, the hostages or Sderot is
asked, and stop 45's one-word "Who invented napalm?" only shares a word with it), TechCrunch's "Amazon's Tye Brady
discusses generative AI, humanoid robots and mobile manipulation" (528; a judgment call: stop 41's more articles ask
421's humanoid robot startups (Figure, Agility, Sanctuary) and left out Digit's Amazon pilot and who runs Amazon's
robotics because 528 gives them; 528 is about Amazon's own robots and drones, and nothing of Agility, Digit or Tye Brady
is asked here), The New York Times' (The Athletic) "After a Stunning Snub, College Football Is Facing an Identity
Crisis" (155; a judgment call: stop 35's fresh set asks 258, the playoff race before conference championship weekend,
but 155 is the committee's choice after it and Florida State's snub; nothing 258 gives (Texas's 34-24 win over Alabama,
Washington over Oregon, the one-loss teams) is asked, nor the four teams picked, which 433's bowl odds give as the
semifinals), The Independent's "Should you introduce your partner to your family during the holidays? Relationship
experts weigh in" (70), Fortune's "Fifth Third 1.67% Cash/Back Card: One of the simplest cash back credit cards with an
above-average return" (470; a review of one card, as stop 40's fresh set kept 471's Amex Cash Magnet; nothing of the
cards it compares it with is asked), Fortune's "Buckle up for more 'turbulence' in the housing market, BofA says" (112;
a judgment call: stop 41's more articles ask 479's existing-home sales and left out Volcker's 18% mortgages and the
1980s comparison because 112 gives them; 479 also names Jeseo Park and the millennial buyers, so only what 479 does not
give is asked here: the 1979 median price, adjustable-rate loans, mortgage debt against income, BofA's 2023 forecast)
and Fortune's (Bloomberg) "Power struggle in one of Canada's wealthiest clans has sister accusing chairman brother of
'vendetta'" (156). Without the four judgment calls the draw gives three articles where the tests want seven; the skipped
ones above were not to be had. None is asked about in tests/questions.py beyond what is said above (searched their title
words, names and topics: Iron Dome, Iron Beam, barrier, Shin Bet, Berlin, Yom Kippur, Matania, Eiland, Amazon Robotics,
robot, Sequoia, drone, Tye Brady, College Station, Julie Shah, Florida State, Corrigan, Travis, playoff, Louisville,
therapist, significant other, partner, Fifth Third, cash back, Quicksilver, Double Cash, Rogers, Staffieri, Shaw, Telus,
Blue Jays, Bank of America, BofA, Volcker, mortgage, adjustable, Jeseo, housing; the hits are other topics: Sequoia
Capital China, Amazon's iRobot deal, the Switchblade and Bayraktar drones, 421's humanoid startups and 479's home sales
named above, Bank of America's overdraft fees, Travis Kelce, Union Berlin, 471's Amex Cash Magnet, other playoffs). Each
expected phrase was checked to occur in its article's clean text as the index holds it (qa.load + qa.clean over the
shipped articles and corpus.json; no index, no model, no product query) and counted across all 612 articles
(case-folded; and in corpus.json's body, author and source fields, as the tests count); every one is found in its
article alone. Questions whose answer another article also gives, or whose phrase could not be tightened, were not
asked: who runs Amazon's robotics ("Tye Brady", also 421), who led Bank of America's housing note ("Jeseo Park", also
479), which poll found the holidays stressful ("American Psychological Association", also 138), which four teams made
the playoff (433's semifinals), when the Shaw takeover closed ("April 3", also 48, 49), why BofA sees a floor under
prices ("demographics", also 238, 345, 346, 539), the Fifth Third card's late fee ("Up to $40", also 471). The articles'
curly apostrophes are left out of every phrase. Then 10 near misses (the right topic of a kept article, a fact no
article gives) and 4 one-word questions sharing one word with some article (geodesic, grapevine, vanilla, Vietcong).
Each near miss and one-word question was checked by searching that text of all 612 articles for its key words and their
synonyms (the comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules. Since stop 47 it stays held out for good
(tests/fresh_questions.py says why): it never joins QUESTIONS.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held_abstain, held_multihop

STOP46 = tuple(replace(q, half="fresh", note="stop 46 fresh set") for q in (
    # 78, Globes, 2023-11-05: how Israel's faith in its Gaza barrier and the Iron Dome failed on October 7.
    held_multihop("counting", "How much did the barrier on Israel's border with Gaza cost to build?",
                  "NIS 3.5 billion"),
    held_multihop("answerable", "How did Hamas knock out the cameras along the Gaza border fence?",
                  "drones easily purchased"),
    held_multihop("answerable", "Why wasn't Israel's Iron Beam laser used against Hamas's drones?",
                  "has not yet entered into operational activity"),
    held_multihop("who", "Who was the first head of the Israel National Cyber Directorate?", "Eviatar Matania"),
    # 528, TechCrunch, 2023-10-28: Amazon's robots, drones and Sequoia, and Tye Brady on generative AI.
    held_multihop("counting", "How many mobile robots does Amazon run in its operations?", "750,000 mobile robots"),
    held_multihop("answerable", "Where is Amazon delivering prescriptions by drone?", "College Station, Texas"),
    held_multihop("counting", "How much faster can Amazon's Sequoia system store inventory?", "up to 75% faster"),
    held_multihop("who", "Which MIT professor is studying how workers and shoppers feel about Amazon's robots?",
                  "Julie Shah"),
    # 155, The New York Times (The Athletic), 2023-12-03: Florida State left out of the College Football Playoff.
    held_multihop("who", "Who chairs the College Football Playoff committee?", "Boo Corrigan"),
    held_multihop("who", "Which Florida State quarterback broke his leg late in the season?", "Jordan Travis"),
    held_multihop("counting", "What was the score of the ACC Championship Game between Florida State and Louisville?",
                  "16-6"),
    held_multihop("answerable", "How did Florida State's coach react to being left out of the playoff?",
                  "disgusted and infuriated"),
    # 70, The Independent, 2023-12-12: therapists on bringing a new partner home for the holidays.
    held_multihop("counting", "What share of Americans say they feel more stressed during the holidays?",
                  "41 per cent of US adults"),
    held_multihop("who", "Which Chicago therapist gave advice on bringing a partner home for the holidays?",
                  "Rachel Zar"),
    held_multihop("answerable", "What if my parents won't let my partner and me share a room over Christmas?",
                  "stay elsewhere"),
    held_multihop("answerable", "When is the right time to introduce a new partner to my family?",
                  "right or wrong time to introduce"),
    # 470, Fortune, 2023-11-13: a review of the Fifth Third 1.67% Cash/Back Card.
    held_multihop("counting", "How much will the Fifth Third cash back card pay if my phone is stolen?",
                  "up to $800 per claim"),
    held_multihop("answerable", "Why does the Fifth Third card pay exactly 1.67% cash back?", "5/3 = 1.67"),
    held_multihop("answerable", "Can anyone get the Fifth Third 1.67% Cash/Back Card?",
                  "already be a Fifth Third customer"),
    held_multihop("counting", "What APR does the Fifth Third 1.67% card charge on purchases?", "20.74%"),
    # 156, Fortune (Bloomberg), 2023-10-12: two Rogers sisters sue Rogers Communications over their brother's board.
    held_multihop("who", "Who is the chair of Rogers Communications?", "Rogers Chair Edward Rogers"),
    held_multihop("who", "Who is the CEO of Rogers Communications?", "Tony Staffieri"),
    held_multihop("counting", "How much is the Rogers family's controlling stake in the company worth?", "C$8 billion"),
    held_multihop("answerable", "Why are Melinda Rogers-Hixon and Martha Rogers suing Rogers Communications?",
                  "frozen out of board meetings"),
    # 112, Fortune, 2023-10-06: Bank of America on a 1980s-style housing recession, not a 2008 crash.
    held_multihop("counting", "What was the median price of a US home when Paul Volcker became Fed chair?", "$64,700"),
    held_multihop("counting", "What share of home loans are adjustable-rate mortgages today?",
                  "less than 5% of total purchase and refinance loans"),
    held_multihop("counting", "How large is US household mortgage debt compared with disposable income?",
                  "roughly 65%"),
    held_multihop("answerable", "What did Bank of America forecast for US home prices in 2023?",
                  "0% home price growth"),
    *(held_abstain(q) for q in (
        # 78: Iron Beam "has not yet entered into operational activity", no cost; "Iron Beam" and "interception
        # system" are in 78 alone; "laser" within 300 characters of "$", "cost", "billion", "million", "shekel", "NIS":
        # only vacuum cleaners and a doorbell in deals lists (222, 520, 558).
        "How much did Israel spend developing the Iron Beam laser?",
        # 78 names no commander on the border ("IDF" elsewhere only 124's maps, 134's captured general, 413's Eylon
        # Levy); "Gaza Division", "Southern Command", "division commander", "commander of the Gaza/southern": none;
        # "command" within 150 characters of "Gaza": only 486's Hamas commander.
        "Who commanded the IDF's Gaza Division on October 7?",
        # 528: the MK30 is "significantly quieter than the last model", no range; "MK30" is in 528 alone; "drone"
        # within 200 characters of "range", "miles", "kilometres", "km", "fly for", "flight time": none.
        "How far can Amazon's MK30 delivery drone fly?",
        # 528: "next year, the service will launch in a third U.S. city", unnamed (and "one city in Texas and another in
        # California"); "Prime Air", "third city", "delivered via drone", "drone deliver(y)": 528 alone.
        "Which third US city will get Amazon's drone deliveries next year?",
        # "Florida State" is in 136 (a professor), 155, 179 (draft prospects), 258, 259 (odds), none with a bowl;
        # "Orange / Rose / Sugar / Fiesta / Peach / Cotton Bowl": 225 and 259 (stadiums), 433 (the bowls' sites and
        # the semifinals, no Florida State).
        "Which bowl game will Florida State play in after missing the playoff?",
        # 70 gives the APA's 41 per cent more stressed, no break-ups; "break up", "breakup", "broke up", "split up",
        # "dumped": Spears, Bankman-Fried, Danis, co-founders, football plays, none near "holiday" or "Christmas";
        # "couple" within 150 characters of "holiday" or "Christmas": none.
        "How many couples break up over the holidays?",
        # 470 gives rates, fees and the $800 phone cover, no limit; "credit limit", "spending limit", "line of
        # credit": Alameda's at FTX (9, 53, 86, 121, 226, 305) and 471 ("American Express doesn't list the minimum").
        "What credit limit does the Fifth Third 1.67% Cash/Back Card give?",
        # 156: "late founder Ted Rogers", no date; "Ted Rogers" is in 156 alone; its deaths are Loretta Rogers (June
        # 2022), Alan Horn and Phil Lind (this year); "Rogers" elsewhere only 120's Jesse Rogers (ESPN).
        "When did Ted Rogers die?",
        # 156: "the country's largest wireless provider", no count; "subscriber(s)" within 200 characters of "Rogers"
        # or "wireless": none; 156's "customers" only in the spokesperson's "our customers and stakeholders".
        "How many wireless subscribers does Rogers Communications have?",
        # 112: "single-family building permits have steadily held up", no number; "permit" elsewhere is never housing;
        # "housing starts", "homebuilder", "new homes": only 430's home builders, with no count (422's new homes are
        # ballplayers' new teams).
        "How many single-family building permits were issued in the US last month?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # geodesic: 528 alone (the Spheres, "geodesic domes" at Amazon's Seattle headquarters); no "Buckminster";
        # "Fuller" only "richer fuller sound" (91, 104); "dome" within 40 characters of "invent" or "design": none.
        "Who invented the geodesic dome?",
        # grapevine: 70 ("through the grapevine") and 155 (Grapevine, Texas); "grape(s)" only 210's hand-picked grapes;
        # no "vineyard" or "vintner"; "vine(s)" only cranberry vines (130, 131) and ayahuasca's vine (322), none of
        # them about grapes or how long a vine takes to fruit.
        "How long does a grapevine take to bear grapes?",
        # vanilla: 48 ("vanilla ChatGPT"), 154 ("a little vanilla"), 470 ("a mostly vanilla cash back credit card"),
        # all figurative; no "orchid", "Madagascar", "vanilla bean", "vanilla extract".
        "Where does vanilla come from?",
        # Vietcong: 78 alone ("convinced themselves that the Vietcong could not withstand it"); no "Viet Cong",
        # "Ho Chi Minh"; "Vietnam" elsewhere only 136 (a Vietnamese American) and 138 (boomers and the Vietnam War).
        "Who led the Vietcong?",
    )),
))
