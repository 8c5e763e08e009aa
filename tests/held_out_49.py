"""Stop 49's held-out set: a check of the realistic question set, never tuned on.

A helper wrote these at stop 49 (2026-12-07, "stop 49 fresh set") without asking the product any of them, and without
reading any benchmark log, failure list or note. As stops 46, 47 and 48's sets, all 28 answerable questions come from
seven MultiHop-RAG articles, 4 questions each. Seed 49: `random.Random(49).sample(range(609), 40)` over corpus.json's
records in file order draws 68, 352, 423, 113, 331, 567, 523, 50, 45, 282, 158, 465, 46, 559, 516, 224, 292, 587, 380,
409, 31, 254, 141, 98, 433, 385, 334, 366, 274, 408, 53, 422, 557, 211, 67, 576, 261, 553, 545, 326, read in draw order
(all 40 read: 2 kept, one of them a judgment call, see below; 38 skipped). Short of seven, the further draws of
`random.Random(49).sample(range(609), 80)` (whose first 40 are the 40 above) were read too, in order: 138, 499, 227,
596, 447, 501, 511, 388, 275, 561, 22, 555, 152, 11, 204, 86, 310, 64, 54, 383, 59, 335, 75, 486, 197, 436, 304, 493,
162, 267, 450, 349, 106, 105, 416, 505, 467, 92, 73, 237 (all 40 read: 2 kept, 38 skipped). Still three short,
`random.Random(49).sample(range(609), 120)` was drawn; for 120 Python's sample draws by another method, so its order is
not the 80's and it holds 77 of them: its 43 articles not among the 80 were read in its order: 582, 573, 564, 249, 534,
347, 9, 182, 590, 368, 535, 119, 178, 269, 438, 83, 262, 522, 137, 466, 125, 392, 289, 529, 464, 437, 592, 66, 378, 338,
192, 313, 13, 130, 565, 56, 175, 307, 509, 160, 216, 571, 482 (all 43 read: 3 kept, 40 skipped). 123 articles read in
all; no article outside these draws was taken. The 123 held six clean articles, so one judgment call was taken, and no
other. None of the seven is one a tunable question or stop 46, 47 or 48's set asks of (checked as
tests/test_question_set.py does: no expected phrase of tests/questions.py, tests/held_out_46.py, tests/held_out_47.py or
tests/held_out_48.py points at them). Skipped because an expected phrase points at them: 352 (Bellingham's Real Madrid,
stop 38's fresh set), 423 (the Dodgers, Ohtani and Trout, stop 46's more articles), 523 (the Shameless founders, stop
44's fresh set), 50 (video games in 2023, stop 40's more articles), 158 (Children's Nebraska's Caring Contacts, stop
41's fresh set), 465 (Alliance DAO's cohort, stop 44's more articles), 292 (Switch games to play first, stop 27's fresh
set), 587 (Danny Elfman, stop 41's more articles), 141 (Meta and teens' app downloads, stop 48's fresh set), 98 (Biden's
AI order, stop 43's fresh set), 385 (U.S.-China relations, stop 38's more articles), 366 (Ratcliffe's Manchester United
takeover, stop 36's more articles), 274 (Jake Paul and Dillon Danis, stop 36's fresh set), 211 (Latin artists' deals,
stop 38's more articles), 67 (the woman switched at birth, stop 38's fresh set), 261 (jellyfish that learn without
brains, stop 45's more articles); in the further draws of 80: 138 (Gen Z and the war online, stop 40's more articles),
499 (Monster Hunter Now's Halloween, stop 45's fresh set), 227 (Robin Williams, stop 39's more articles), 596 (Emily
Hand, stop 39's more articles), 447 (Baker Mayfield at Lambeau, stop 45's more articles), 501 (the national motto, stop
37's more articles), 388 (blue Halloween buckets, stop 44's fresh set), 561 (Jai Opetaia's knockout, stop 29's fresh
set), 22 (the Boks' fourth World Cup, stop 42's more articles), 152 (Liverpool v Toulouse, stop 38's more articles), 204
(Manchester United v Chelsea head to head, stop 36's more articles), 86 (Bankman-Fried as a boyfriend, stop 35's else2),
310 (insomniacs, stop 39's more articles), 383 (Spider-Man 2, stop 38's fresh set), 75 (Rainforest, stop 27's fresh
set), 486 (Israel against Hamas's money, stop 42's more articles), 304 (Meta's under-13 users, stop 38's more articles),
493 (Rugby Australia's high-performance director, stop 47's fresh set), 267 (Web Summit's founder, stop 41's more
articles), 106 (Meta and Palestinian voices, stop 40's more articles), 505 (Discord's teen safety, stop 43's more
articles), 467 (ultraprocessed foods, stop 37's fresh set), 92 (Everton's points penalty, stop 38's more articles), 73
(Psagot, stop 36's more articles), 237 (the Google antitrust case, stop 25's other articles); in the further draws of
120: 347 (Shayda, stop 37's more articles), 182 (Kishida, stop 28's fresh set), 590 (Zoom fatigue, stop 41's fresh set),
535 (Inter Miami's 2024 friendlies, stop 45's more articles), 178 (Sarah Michelle Gellar and Roblox, stop 40's more
articles), 262 (the chemistry Nobel's phone call, stop 44's more articles), 522 (Golden State's draft misses, stop 37's
more articles), 529 (Trump's fraud ruling, stop 37's more articles), 464 (Hipgnosis's chair, stop 47's fresh set), 592
(Rogue Trader, stop 39's more articles), 66 (Ozempic and stomach paralysis, stop 27's fresh set), 130 (cranberries, stop
26's fresh set), 565 (the dog respiratory illness, stop 41's more articles), 509 (MrBeast and debt, stop 44's more
articles), 160 (CIOs and generative AI, stop 43's more articles), 216 (Gogoro in India, stop 44's more articles), 571
(Ten Hag and Carragher, stop 47's fresh set). Skipped because tests/questions.py asks about their topic: 45 (Travis
Kelce's old tweets) and 559 (Kelce on the NFL's Taylor Swift coverage): Swift and Kelce are asked (stops 25 and 29's
fresh sets), as stops 45 and 47 skipped them; 46 (Taylor Swift as Time's Person of the Year: stop 29's fresh set asks
it, as stops 44 and 45 skipped it); 516 (Altman ousted: OpenAI's board and Altman's firing, skipped for it since stop
37); 224 (Michigan beats Ohio State: the score is asked, stop 36's forms, as stops 45 and 46 skipped it); 380 (Sony
Music's Dennis Kooker at the Senate's AI forum: a judgment call not taken: stop 43's fresh set asks 381, Sony's absence
from YouTube's Dream Track, and stop 48's asks 271, the publishers' filing to the Copyright Office, both of which 380
retells; the AI Insight Forums are asked, stop 25's other articles); 409 (the Cricket World Cup's history, edition by
edition, as stops 37, 38, 44, 45 and 46 skipped it); 31 and 53 (Bankman-Fried's opening statements, the jury hears him:
his trial is asked, stop 35's else2); 557 (the Delta SkyMiles Gold Business card: stop 26's fresh set asks it, as stop
46 skipped it); in the further draws of 80: 54 (the OpenAI fiasco and Meta: Altman's firing is asked, as stop 38 skipped
54); 59 (the Swift-Kelce timeline); 335 (Meta's checks during the Israel-Hamas war: a judgment call not taken: stop 40's
more articles ask 106, Meta's moderation of Palestinian voices, and left out what Meta removed after 7 October because
335 gives it); 436 (the quantum dots Nobel: stop 44's more articles ask 262, the same prize, as stop 46 skipped 436);
162 (Bankman-Fried's defense); in the further draws of 120: 564 (the EU's AI Act deal: stop 45's more articles ask 525
on the same deal, and left out what 564 gives); 249 (Germany beat the USMNT 3-1: a judgment call not taken: stop 43's
fresh set asks 444, Germany's squad for the same friendly, and stop 47 skipped 588, its player ratings); 9, 83 and 175
(Bankman-Fried's trial: updates, his testimony, the trial beyond him); 125 (Israel's economy in the war, Leiderman's
plan: a judgment call not taken: stop 39's more articles ask 111, the war and the markets, and stop 43's 217, Israel's
office rents in the war); 313 (Biden's AI executive order: stop 43's fresh set asks 98); 13 (United at Galatasaray: stop
25 asks Galatasaray's goals against them, as stop 39 skipped 13). Skipped as lists: 68 (The White Company's festive
range, product by product, as stop 37 skipped it), 331 (DraftKings DFS picks), 567 (Prime Day deals), 433 (bowl odds, as
stop 48 skipped it), 576 (Apple Black Friday deals), 553 (fantasy QB rankings), 326 (where to see the Northern Lights,
as stops 37 and 48 skipped it); in the further draws of 80: 555 (where to see the Northern Lights in the UK), 197
(fantasy WR rankings), 349 (three possible opponents for CM Punk), 105 (Argentina v Paraguay: streams and TV channels
country by country, lineups, betting odds), 416 (five MLB teams' manager searches, team by team); in the further draws
of 120: 582 (14 books for October), 573 (luxury ski resorts), 368 (NBA betting sites), 119 (NFL power rankings), 137
(the Joshua-Wilder card: predictions, odds, picks), 392 (what comes to Netflix in November), 437 (the hottest seat on
each NFC team), 56 (FanDuel DFS picks), 482 (the World Cup's top ten run scorers and wicket takers). Skipped as live
blogs: 282 (Lions vs. Packers), 408 (World Series Game 4), 422 (the MLB free agency tracker, update by update); in the
further draws of 80: 275 (Cowboys vs. 49ers), 64 (West Indies v England, fifth T20); in the further draws of 120: 534
(Argentina v Paraguay live score), 378 (USC vs. Notre Dame), 307 (the IPL 2024 auction). Skipped as round-ups: 113 (the
NFL's week 11 injuries), 334 (TechCrunch's Week in Review, story by story); in the further draws of 80: 11 (another Week
in Review); in the further draws of 120: 438 (The Roar's Premier League weekend, match by match), 289 (the NFL's week 13
injuries), 338 (the earnings week ahead, company by company). Kept, in draw order: The Independent's "Bride defended
after asking mother to walk her down the aisle instead of stepfather" (254), Polygon's "Can anyone survive Fortnite as a
job?" (545; a judgment call: Twitch is asked, stop 39's more articles ask 551, TechCrunch on TwitchCon, stop 39's fresh
set 405, Kick's streamers, stop 47's fresh set 401, Twitch's revenue split, and Fortnite is asked, stop 39's more
articles ask 549, its return to Chapter 1; 545 is Polygon's essay on streamers' burnout and live-service games' costs;
nothing of TwitchCon, Partner Plus, revenue splits, Kick, Ninja or Chapter 1 is asked here, nor Epic's 830 layoffs,
which 50 gives too; of the five judgment calls the draws offered (380, 545, 335, 249, 125) it touches least of what is
asked: 380, 335 and 125 retell facts an asked article gives, and 249 reports the friendly whose squad 444 gives), in the
further draws of 80 TechCrunch's "A tale of two research institutes" (511; Boston Dynamics is asked, stop 40's more
articles ask 420, its CTO, and stop 41's more articles ask 421, robot startups, leaving out Boston Dynamics' co-founder
because 511 gives it too; a different story: nothing of Boston Dynamics the company or Marc Raibert is asked here) and
TechCrunch's "Adobe: Thanksgiving US online sales nudge up to $5.6B; Salesforce: $31.7B spent globally" (450;
Thanksgiving shopping is asked only as Walmart's Black Friday and Cyber Monday deals (stop 28's fresh set) and Costco's
Thanksgiving hours, a different story: no store, deal or price is asked here), in the further draws of 120 Fortune's
"YouTube influencer who gave parenting advice pleads guilty to horrific child abuse" (269), Advanced Science News' "What
about the Mediterranean lifestyle reduces mortality? Scientists find out" (466; stop 37's fresh set asks 467,
ultraprocessed foods, a different story) and Polygon's "Martin Scorsese's late-stage career has proved Quentin Tarantino
wrong" (192; stop 43's more articles ask 193, Scorsese quizzed on internet slang by his daughter, a different story:
nothing of slang, TikTok or Francesca is asked here). None is asked about in tests/questions.py or the held-out sets
beyond what is said above (searched their title words, names and topics: aisle, bride, stepfather, wedding, Reddit, Am I
The, upvote, Fortnite, Tfue, Tenney, Pokimane, burnout, live service, Epic Games, Twitch, streamer, StreamElements,
Boston Dynamics, Raibert, Playter, Gill Pratt, Toyota Research, Leg Lab, Kate Darling, Hyundai, Adobe, Salesforce,
online sales, Cyber Monday, Cyber Week, Black Friday, Thanksgiving, Ruby Franke, Hildebrandt, 8 Passengers, child abuse,
YouTube influencer, parenting, Mediterranean, MEDLIFE, Biobank, Sotos-Prieto, siesta, nap, mortality, Scorsese,
Tarantino, DiCaprio, Killers of the Flower Moon, Schoonmaker, Kooker, Sony Music, Insight Forum, Schumer, deepfake,
Reyna, USMNT, Germany, AI Act, Globes, Israel-Hamas, Swift, Kelce, Person of the Year; the hits are the articles named
above and other topics: a parenting expert's Christmas mistakes, Alexis Ohanian's Reddit, Eli Roth's film Thanksgiving,
Costco's Thanksgiving hours). Each expected phrase was checked to occur in its article's clean text as the index holds
it (qa.load + qa.clean over the shipped articles and corpus.json; no index, no model, no product query) and counted
across all 612 articles, case-folded (and in corpus.json's body, author and source fields, as the tests count); every
one is found in its article alone. Tightened: "15 years" (13 articles) -> "ran the lab for 15 years"; "29%" (49, 191,
466) -> "29% lower risk of mortality"; "6,500" (56, 152, 239, 254, 331, 544) -> "more than 6,500 upvotes"; "Pokimane"
(468, 545, 550) -> asked what she became instead, "lifestyle and beauty personality". Questions whose answer another
article also gives were not asked: who co-founded Boston Dynamics ("Marc Raibert", also 421), how many Epic laid off
("830", also 50), whom Tfue's famous kill was against ("Ninja", Tyler Blevins, also 549) and how long Killers of the
Flower Moon runs and whose book it adapts ("206 minutes", "David Grann", also 94). The articles' curly apostrophes and
quotes are left out of every phrase. Then 10 near misses (the right topic of a kept article, a fact no article gives)
and 4 one-word questions sharing one word with some article (pogo, cayenne, gerontocracy, apnea). Each near miss and
one-word question was checked by searching that text of all 612 articles for its key words and their synonyms (the
comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules. It stays held out for good
(tests/fresh_questions.py says why): it never joins QUESTIONS.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held_abstain, held_multihop

STOP49 = tuple(replace(q, half="fresh", note="stop 49 fresh set") for q in (
    # 254, The Independent, 2023-11-27: a Reddit mother walks her daughter down the aisle instead of the stepfather.
    held_multihop("who", "What are the names of the two children in the Reddit post about a mother walking her "
                  "daughter down the aisle instead of their stepfather?", "Calla and Hawthorn"),
    held_multihop("counting", "How many upvotes did the Reddit post about a mother walking her daughter down the aisle "
                  "instead of the stepfather get?", "more than 6,500 upvotes"),
    held_multihop("counting", "How old was Calla when she first asked her mother to walk her down the aisle?",
                  "She was 15 when she told me"),
    held_multihop("answerable", "What song did the mother suggest for her mother-daughter dance at Calla's wedding?",
                  "the song her dad used to sing to her"),
    # 545, Polygon, 2023-10-19: can anyone survive Fortnite as a job (streamers' burnout, live-service games' costs).
    held_multihop("who", "Which Fortnite star quit full-time streaming in 2022, saying his childhood had flushed away?",
                  "Tfue"),
    held_multihop("counting", "How much does it cost to develop a AAA game, according to the CMA's report on "
                  "Activision Blizzard?", "$80 million to $380 million"),
    held_multihop("counting", "What share of the games bought on Steam are never played?",
                  "Twenty-two percent of purchased games on Steam"),
    held_multihop("answerable", "What kind of creator did Pokimane become after she stopped streaming all day?",
                  "lifestyle and beauty personality"),
    # 511, TechCrunch, 2023-10-01: Gill Pratt and Marc Raibert, the Toyota Research Institute and the Boston Dynamics
    # AI Institute (nothing of Boston Dynamics the company is asked).
    held_multihop("who", "Who is the CEO of the Toyota Research Institute?", "Gill Pratt"),
    held_multihop("who", "Who will lead research on ethics and society at the Boston Dynamics AI Institute?",
                  "Kate Darling"),
    held_multihop("counting", "How long did Marc Raibert run the Leg Lab?", "ran the lab for 15 years"),
    held_multihop("answerable", "What are the three pillars of the Boston Dynamics AI Institute's research?",
                  "intelligence, dexterity and mobility"),
    # 450, TechCrunch, 2023-11-24: Adobe's and Salesforce's figures for Thanksgiving's online sales.
    held_multihop("counting", "How much did US shoppers spend online on Thanksgiving Day 2023, according to Adobe?",
                  "$5.6 billion"),
    held_multihop("who", "Who is the lead analyst at Adobe Digital Insights?", "Vivek Pandya"),
    held_multihop("who", "Which Salesforce executive said mobile traffic and sales were soaring over the Thanksgiving "
                  "weekend?", "Rob Garf"),
    held_multihop("answerable", "Which categories saw the biggest markdowns on Thanksgiving 2023, according to Adobe?",
                  "toys, electronics and computers"),
    # 269, Fortune (AP), 2023-12-18: Ruby Franke pleads guilty to child abuse.
    held_multihop("who", "Who is Ruby Franke's co-defendant in the child abuse case?", "Jodi Hildebrandt"),
    held_multihop("answerable", "What was the Franke family's YouTube channel called?", "8 Passengers"),
    held_multihop("counting", "What prison term does each of Ruby Franke's aggravated child abuse charges carry?",
                  "one to 15 years in prison"),
    held_multihop("answerable", "When will Ruby Franke be sentenced?", "sentencing for Feb. 20"),
    # 466, Advanced Science News, 2023-09-26: the Mediterranean lifestyle and mortality in the UK Biobank.
    held_multihop("counting", "How much did following a Mediterranean lifestyle lower the risk of death in the UK "
                  "Biobank study?", "29% lower risk of mortality"),
    held_multihop("counting", "How many people in the UK took part in the study of the Mediterranean lifestyle and "
                  "mortality?", "more than 110,000 participants"),
    held_multihop("who", "Which Madrid researcher studies how the Mediterranean lifestyle can be adopted outside the "
                  "Mediterranean?", "Mercedes Sotos-Prieto"),
    held_multihop("answerable", "What is the index of Mediterranean lifestyle used in the UK Biobank study called?",
                  "MEDLIFE"),
    # 192, Polygon, 2023-10-26: Martin Scorsese's films since 2000 (nothing of his slang quiz, 193, is asked).
    held_multihop("counting", "How many feature films has Martin Scorsese made since 2000?",
                  "nine feature-length narrative films"),
    held_multihop("who", "Which manager do Martin Scorsese and Leonardo DiCaprio share?", "Rick Yorn"),
    held_multihop("answerable", "What is Quentin Tarantino's plan for the end of his directing career?",
                  "10 movies and retire"),
    held_multihop("answerable", "To whom did Martin Scorsese make Hugo as a love letter?",
                  "Georges Méliès, Harold Lloyd"),
    *(held_abstain(q) for q in (
        # 254 names the mother only by her Reddit handle and the stepfather not at all (he is "her husband", "my
        # husband"); "stepfather" elsewhere only 165 (Pan's Labyrinth's Captain Vidal) and 322 (Jordan Poyer's);
        # "Calla" elsewhere only 477's "callaloo".
        "What is the name of Calla's stepfather?",
        # 511: "A name change is apparently coming, but nothing has been decided just yet"; "AI Institute" is in 511
        # alone; "renam", "new name", "name change", "called" within 300 characters of it: only that line; "name
        # change" elsewhere only 491 (a gesture) and 586 (Dropout).
        "What will the Boston Dynamics AI Institute be renamed?",
        # "Hyundai" only 421 (Boston Dynamics' owner) and 511 (the institute's backer), no sum; "$", "million",
        # "billion", "invest", "fund", "budget" within 250 characters of "AI Institute" or "Hyundai": only 511's line on
        # Toyota's R&D budget and its "fundamentals".
        "How much money has Hyundai put into the Boston Dynamics AI Institute?",
        # 450 gives Thanksgiving's $5.6 billion and Adobe's forecast for the five days, no Cyber Monday total; "Cyber
        # Monday" is in 14 articles, deals lists and shopping guides (not 450); "Cyber Monday" or "Cyber Week" within
        # 250 characters of "Adobe", "$... billion", "spent", "online spend", "sales hit/reached": only 450's
        # Thanksgiving quote ("Cyber Week is off to a strong start").
        "How much did US shoppers spend online on Cyber Monday 2023?",
        # "Franke" elsewhere is only "Frankenstein"; "8 Passengers" is in 269 alone; "subscri", "followers", "million",
        # "views", "$" within 300 characters of "Franke" or "8 Passengers": none.
        "How many subscribers did Ruby Franke's 8 Passengers YouTube channel have?",
        # 269 calls Hildebrandt "a relationship counselor" with "patients", no business; "Hildebrandt" is in 269
        # alone; "company", "business", "firm", "practice", "founded" within 400 characters of it: none; no
        # "ConneXions".
        "What is the name of Jodi Hildebrandt's counseling business?",
        # 466: olive oil "could not be taken into account due to a lack of information"; "olive oil" is in 466 alone;
        # "tablespoon", "ml", "gram", "litre", "a day", "daily", a number within 200 characters: only "6-8 hours" of
        # sleep.
        "How much olive oil a day does the UK Biobank study of the Mediterranean lifestyle recommend?",
        # 466 gives "more than 110,000 participants" and "a 29% lower risk of mortality", no count of deaths; "died",
        # "deaths", "fatal" within 400 characters of "Mediterranean", "MEDLIFE" or "Biobank": none.
        "How many participants died during the UK Biobank study of the Mediterranean lifestyle?",
        # 192: Scorsese is "setting his own mega-budgets", no sum; "Flower Moon" is in 94, 192, 193; "$", "budget",
        # "million", "cost" within 300 characters of "Killers": only 582's book "Killing for Country" ($32.99).
        "How much did Killers of the Flower Moon cost to make?",
        # 545: Tfue's audience "went on to outgrow that of Twitch's most mainstream star", no figure; "Tfue" and
        # "Tenney" are in 545 alone; "followers", "subscri", "million", "fans" within 300 characters: only the
        # "millions of dollars" esports burned, Twitch's "30 million daily viewers" and "his fans".
        "How many Twitch followers did Tfue have when he retired?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # pogo: 511 alone ("We built pogo stick robots"); "invent", "patent", a year within 300 characters: none.
        "Who invented the pogo stick?",
        # cayenne: 269 alone (cayenne pepper and honey on the boy's wounds); no "Scoville" or "capsaicin"; "pepper"
        # elsewhere is peppermint (69, 148, 154), Sam Pepper (405), Jabrill Peppers (449, 515), Sgt. Pepper's (607),
        # "pepper the scoreboard" (208) and a ghost pepper stunt (509), none of heat.
        "How hot is cayenne pepper?",
        # gerontocracy: 192 alone ("the one remaining form of gerontocracy America is perfectly content with"),
        # figurative; no "ruled by the old" or "elders".
        "What is a gerontocracy?",
        # apnea: 11 (a founder's devices), 241 (Apple's rumoured sleep apnea detection) and 466 (napping because of
        # it); "caus", "snor", "airway", "obes", "weight" within 250 characters: only 466's "reverse causation".
        "What causes sleep apnea?",
    )),
))
