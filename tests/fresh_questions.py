"""Fresh questions: a held-out check of the realistic question set, never tuned on.

A helper wrote these at stop 45 (2026-12-07, "stop 45 fresh set") without asking the product any of them, and without
reading any benchmark log, failure list or note. None is asked of the shipped articles: their unasked facts were used up
by stop 40, so all 28 answerable questions come from seven MultiHop-RAG articles, 4 questions each, since a user asks
about any article in the folder. Seed 45: `random.Random(45).sample(range(609), 40)` over corpus.json's records in file
order draws 278, 427, 499, 263, 83, 310, 346, 22, 74, 495, 11, 117, 290, 120, 318, 36, 68, 138, 157, 216, 438, 76, 417,
146, 58, 32, 176, 328, 257, 365, 327, 96, 421, 91, 21, 336, 324, 396, 543, 549, read in draw order (all 40 read: 7 kept,
33 skipped; eight were not to be had without taking a round-up or a topic asked, see below); no article outside these 40
was taken, and none of the seven is one a tunable question asks of (checked as tests/test_question_set.py does: no
tunable question's expected phrase points at them). Skipped because a tunable question's expected phrase points at them:
278 (Alexis Ohanian, stop 43's fresh set), 427 (the new Alzheimer's drugs, stop 41's more articles), 263 (Hipgnosis's
valuation, stop 41's fresh set), 310 (insomnia, stop 39's more articles), 346 (Pokémon as a lifestyle, stop 44's fresh
set), 22 (the Springboks' World Cup final, stop 42's more articles), 36 (the Smiths' separation, stop 37's fresh set),
138 (Gen Z and the war in Israel, stop 40's more articles), 216 (Gogoro in India, stop 44's more articles), 328
(Harper's "atta boy", stop 42's more articles), 421 (humanoid robot startups, stop 41's more articles), 336 (Hikvision
in the West Bank, stop 36's fresh set), 549 (Fortnite's portal to the past, stop 39's more articles). Skipped because
tests/questions.py asks about their topic: 83 (The Verge on Bankman-Fried's testimony: his trial is asked, stop 35's
else2, as stop 44's more articles skipped 83), 74 (the ASX to open lower: the daily ASX report is asked, stop 31's
byline, as stop 37's more articles skipped 74), 176 (The Roar on the Springboks and All Blacks before the final: the
final is asked, stop 42's more articles, which left questions out because 176 answers them too), 21 (Kelce's friendship
bracelet: Swift and Kelce are asked, stop 29's fresh set, as stop 38's more articles skipped 21), 396 (the EU's analysis
of disinformation on X: stop 40's more articles ask 248's code of practice and left out what 396 also says, as stop 38's
more articles did), 543 (Bill Kenwright's death: stop 31's byline asks who wrote it and who published it). Skipped as
live blogs: 495 (World Series Game 3, as stop 43's more articles skipped it), 290 (Seahawks vs. Giants, likewise), 120
(the MLB Winter Meetings tracker, as stop 37's more articles skipped it), 157 (Jamaica vs Canada). Skipped as lists: 318
(the small EVs lost in 2023, car by car, as stop 40's more articles skipped it), 68 (The White Company's festive range,
as stop 37's more articles skipped it), 146 (fantasy WR waiver adds and DFS plays) and 58 (fantasy starts and sits, game
by game): lists of players; 257 (BBC's song-by-song guide to 1989, as stop 43's more articles skipped it), 365 (eight
predictions for AI, as stop 37's more articles skipped it), 327 (noir films for Noirvember, film by film), 91 (Apple
Cyber Monday deals, as stop 43's more articles skipped it). Skipped as round-ups: 11 (TechCrunch's Week in Review, story
by story, as stop 43's more articles skipped 116; it also tells the SBF trial) and 438 (The Roar's Premier League
Saturday, match by match, as stop 43's more articles skipped 142; United under ten Hag and Everton are asked too). Kept,
in draw order: Polygon's "How to get Pumpkin Tickets, Jack-o'-Head armor in Monster Hunter Now's Halloween event" (499;
a guide to one game's one event, not a list of items; stop 44's fresh set asks 388's blue Halloween buckets, nothing of
which is asked here; 213, Polygon's best games of the year, names Niantic as Monster Hunter Now's developer, so who
makes the game is not asked), TechCrunch's "OpenAI buffs safety team and gives board veto power on risky AI" (117; a
judgment call: OpenAI's board and Altman's firing are asked (stop 30's who else, stop 35's else2), and earlier sets
skipped 332, 333 and 516 for them, but 117 is about the Preparedness Framework, the firing only its background; nothing
of the firing or of who sits on the board is asked, and nothing of 415's head of preparedness), NBC News' "How the
conspiracy-fueled Epoch Times went mainstream and made millions" (76, via Hacker News), Engadget's "Teenage
Engineering's K.O. II sampler proves the company can do cost-friendly cool" (417), The Age's "Is Google Search better
than the rest? And is that fair?" (32; a judgment call: the US v Google trial is asked (stop 25's other articles: the
default payments, the judge, Google's data against Bing's; stop 35's else2: its witnesses), and earlier sets skipped 15
and 237 for it, but 32 is a columnist's test of Google against Bing and DuckDuckGo and how Search works, the trial its
frame; only how Search works is asked here, nothing of the trial, Kent Walker's defence of Google as the default, or
Megan Gray's claim), The Verge's "Discogs' vibrant vinyl community is shattering" (96) and The Independent's "From a
Turkey trot to a movie marathon, Friendsgiving celebrations that aren't a sit-down dinner" (324; a judgment call: it
sets out its ideas one by one, as earlier sets skipped lists of places (326, 555) and authors (452), but it ranks
nothing and sells nothing, its topic is asked nowhere, and without it the draw gives six articles where the tests want
seven; 11, a round-up, would have been the eighth and was not taken). None is asked about in tests/questions.py beyond
what is said above (searched their title words, names and topics: Monster Hunter, Niantic, Capcom, Halloween, pumpkin,
Epoch, Falun, Hongzhi, Shen Yun, OpenAI, preparedness, Sutskever, Toner, Murati, Teenage Engineering, sampler, synth,
Pocket Operator, fader, Google, Bing, DuckDuckGo, Danny Sullivan, Discogs, vinyl, PayPal, eBay, Lewandowski,
Friendsgiving, Thanksgiving, Turkey Trot, Bryant Park, Bank of America, Secret Santa, Flushing; the hits are other
topics: 388's Halloween buckets, Murati among the comments on Altman's firing, the Google trial, DeepMind and the
publishers' suit, Bank of America's overdraft fees, Costco's Thanksgiving hours, Eli Roth's film Thanksgiving, the NFL's
Thanksgiving games). Each expected phrase was checked to occur in its article's clean text as the index holds it
(qa.load + qa.clean over the shipped articles and corpus.json; no index, no model, no product query) and counted across
all 612 articles (case-folded; and in corpus.json's body, author and source fields, as the tests count); those found in
other articles were tightened to a phrase found in that article alone: "$299" (also 0, 205, 222, 230, 291, 364, 369,
431, 558) and "at $299" (also 431) to "at $299, was reasonably priced", "Bank of America" (also 97, 112, 182, 186, 338,
357, 433, 485) to "Bank of America is currently hosting". Questions whose answer another article also gives were not
asked: who makes Monster Hunter Now (213), who OpenAI's CTO is (48, 332, 333, 415, 516), who Google's search liaison is
(Danny Sullivan also in 115 and 127), when Thanksgiving falls this year (280, 323). Then 10 near misses (the right topic
of a kept article, a fact no article gives) and 4 one-word questions sharing one word with some article (lollipop,
napalm, calculator, gingerbread). Each near miss and one-word question was checked by searching that text of all 612
articles for its key words and their synonyms (the comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 44's did at
stop 45.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 45 fresh set") for q in (
    # 499, Polygon, 2023-10-25: how to get the Jack-o'-Head armor in Monster Hunter Now's Halloween event.
    held_multihop("counting", "How many Pumpkin Tickets do I need for the Jack-o'-Head armor in Monster Hunter Now?",
                  "first earn 10 Pumpkin Tickets"),
    held_multihop("counting", "After how many Pumpkin Tickets do Jack-o'-Head armor upgrades need only regular "
                  "materials?", "70 Pumpkin Tickets"),
    held_multihop("answerable", "When does the Monster Hunter Now Halloween event end?",
                  "Tuesday, Oct. 31, at 11.59 p.m."),
    held_multihop("answerable", "What skill does the Jack-o'-Head armor give in Monster Hunter Now?",
                  "Solidarity (Pumpkin Hunt)"),
    # 117, TechCrunch, 2023-12-18: OpenAI's Preparedness Framework, its Safety Advisory Group and the board's veto.
    held_multihop("counting", "How many risk categories does OpenAI rate its AI models on?", "four risk categories"),
    held_multihop("answerable", "What happens to an OpenAI model that is rated high risk?", "cannot be deployed"),
    held_multihop("answerable", "What new group is OpenAI setting up to review the safety of its models?",
                  "Safety Advisory Group"),
    held_multihop("answerable", "How does OpenAI define a catastrophic risk?",
                  "hundreds of billions of dollars in economic damage"),
    # 76, NBC News (via Hacker News), 2023-10-16: how The Epoch Times, Falun Gong's newspaper, grew and made money.
    held_multihop("who", "Who founded Falun Gong?", "Li Hongzhi"),
    held_multihop("who", "Who is the CEO of The Epoch Times?", "John Tang"),
    held_multihop("counting", "How much revenue did The Epoch Times make in 2021?", "$122 million in 2021"),
    held_multihop("answerable", "Why did Facebook ban The Epoch Times from advertising?",
                  "leveraged foreign actors posing as Americans"),
    # 417, Engadget, 2023-12-19: a review of Teenage Engineering's EP-133 K.O. II sampler.
    held_multihop("who", "Which company makes the K.O. II sampler?", "Teenage Engineering"),
    held_multihop("counting", "How much does the K.O. II sampler cost?", "at $299, was reasonably priced"),
    held_multihop("counting", "How many sounds can the K.O. II play at once?", "make 12 sounds at once",
                  "12-voice limit"),
    held_multihop("answerable", "What was fadergate?", "defective faders"),
    # 32, The Age, 2023-10-22: a columnist tests Google Search against Bing and DuckDuckGo, and how Search works.
    held_multihop("counting", "How big is Google's search index?", "more than 100 million gigabytes"),
    held_multihop("counting", "How many search quality tests did Google run in 2022?", "almost 900,000 quality tests"),
    held_multihop("answerable", "Which Google setting lets me stop my web history shaping my search results?",
                  "Web & App Activity"),
    held_multihop("answerable", "Does Google use my race or religion to shape my search results?",
                  "does not infer personal information like race or religion"),
    # 96, The Verge, 2023-10-07: Discogs' sellers on its higher fees and its ageing site.
    held_multihop("who", "Who founded Discogs?", "Kevin Lewandowski"),
    held_multihop("who", "Who started the viral Twitter thread criticising Discogs?", "Mike Simonetti"),
    held_multihop("counting", "How much did Discogs raise its selling fee to?", "from 8 to 9 percent"),
    held_multihop("answerable", "Why did Discogs say it raised its fees?",
                  "compliance with various regulatory programs"),
    # 324, The Independent, 2023-11-17: ways to celebrate Friendsgiving other than a sit-down dinner.
    held_multihop("answerable", "What is Friendsgiving?", "celebration with close pals"),
    held_multihop("who", "Who hosts the Winter Village at Bryant Park?", "Bank of America is currently hosting"),
    held_multihop("counting", "How long is a Turkey Trot race?", "from a 5K to a half marathon"),
    held_multihop("answerable", "Which charity is the Turkey Trot at Flushing Meadows-Corona Park running for?",
                  "Rolling Thunder"),
    *(held_abstain(q) for q in (
        # 499: defeating a pumpkin rock Kulu-Ya-Ku rewards Pumpkin Tickets, no count (its counts are per quest step);
        # "Kulu" elsewhere only Dejan Kulusevski (379, 478); "Pumpkin Ticket(s)" only 499.
        "How many Pumpkin Tickets does a pumpkin rock Kulu-Ya-Ku drop?",
        # 117 names no one to lead the group; "advisory group / board / panel" elsewhere Keep Labs' board (230) and
        # the EU's AI Office panel (525); "head / lead / chair of safety / preparedness": Meta's head of safety (141)
        # and 415's head of preparedness Aleksander Madry (another team); nothing "led by" or "headed by".
        "Who leads OpenAI's new Safety Advisory Group?",
        # 76 says "fourth-largest newspaper by subscriber count" and gives subscription revenue, no count; "Epoch"
        # and "Falun" are in 76 alone; its "280,000 free copies" were mailed "to increase subscription".
        "How many subscribers does The Epoch Times have?",
        # 76: "Neither the chairman nor the editor-in-chief of The Epoch Times returned ...", unnamed;
        # "editor-in-chief", "editor in chief", "executive editor" elsewhere only 582 (another publication).
        "Who is the editor-in-chief of The Epoch Times?",
        # 417 gives its size (12 inches diagonally), no weight: no "weigh", "gram(s)", "kg", "pound(s)", "lb(s)",
        # "ounce(s)" in 417; "K.O. II", "Teenage Engineering", "sampler" are in 417 alone.
        "How much does the K.O. II weigh?",
        # 417: "I asked Teenage Engineering about the issue and will update this story", no fix; "fader" near "fix",
        # "repair", "replace", "firmware", "patch": only "Those icons are actually fixed"; its firmware v1.1.1 fixes
        # nothing named.
        "When will Teenage Engineering fix the K.O. II's faders?",
        # 32 gives the index's size and 900,000 quality tests, no daily searches; "searches" or "queries" within 60
        # characters of "a day", "per day", "daily", "every day", "a second": no article; "billion / million /
        # trillion searches / queries": none; Google with "billion" near "search" only the $26.3 billion default deal.
        "How many searches does Google handle a day?",
        # 96 gives no user count; "Discogs" within 300 characters of "million", "users", "members", "collectors",
        # "customers", "sellers": only 96's "Discogs users were different"; "Discogs" elsewhere only 424 (a gift).
        "How many users does Discogs have?",
        # 96 names a European and a Connecticut seller, not where Discogs is; "Portland", "Oregon", "headquarter",
        # "based in", "HQ": none in 96 or 424 (the others are other companies).
        "Where is Discogs based?",
        # 324 gives the Flushing Meadows Turkey Trot's date and charity, no price; "Turkey Trot" is in 324 alone, with
        # no "$", "fee", "cost", "price", "register(ation)", "free" within 300 characters; "entry fee", "registration
        # fee" elsewhere only 296's prop bets.
        "How much does it cost to enter the Turkey Trot at Flushing Meadows?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # lollipop: 499 alone (Monster Hunter Now's "Lollipop Candy" quests); "candy" (42, 50, 214, 230, 388, 424, 467,
        # 499, 520, 586) and "lollipop" within 200 characters of "invent", "first made", "history", "origin": none;
        # "sucker(s)" only Sucker Punch, sucker-punched, a dirt sucker, vampires' suckers; no "hard candy".
        "Who invented the lollipop?",
        # napalm: 48 (a chatbot tricked into giving napalm's recipe), 78 (napalm bombs in Vietnam), 117 (models that
        # describe making napalm); "napalm", "incendiary" within 300 characters of "invent", "develop", "creat",
        # "Harvard", "chemist": only 78's incendiary balloons and 117's making it; no "flamethrower", "Dow Chemical".
        "Who invented napalm?",
        # calculator: 417 alone (the K.O. II's "retro desk calculator aesthetic"); no "calculators", "pocket
        # calculator", "adding machine", "abacus", "Casio"; "Texas Instruments" only 338's list of earnings reports;
        # "invent" near none of them.
        "Who invented the calculator?",
        # gingerbread: 324 alone ("decorating gingerbread cookies"); "ginger" elsewhere Ginger Snaps (165),
        # "gingerly" (240, 448), a congee with ginger (575); no "molasses"; "recipe", "bake", "baking", "flour" near
        # "ginger", "cookie", "biscuit": 148's sugar cookies and cookie bake-offs (148, 251); no origin of either.
        "Where does gingerbread come from?",
    )),
))
