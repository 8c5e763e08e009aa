"""Fresh questions: a held-out check of the realistic question set, never tuned on.

A helper wrote these at stop 39 (2026-12-06, "stop 39 fresh set") without asking the product any of them, and without
reading any benchmark log, failure list or note: 8 from facts of the shipped articles that no question in QUESTIONS
(stop 38's rotated set included) asks (checked against tests/questions.py by the facts' key words: the invasion a "spent
force", the frustration of the Ukrainians at the MiG plan, Zelensky's "no firm commitments" on NATO, the bridging
vehicles among the special equipment, Polish officials as the source on the Leopards, Honshu and Hokkaido as Japan's two
biggest islands, Ukraine's toll "likely far higher", the fighting at Volnovakha on Tuesday); 28 from seven MultiHop-RAG
articles drawn at random, 4 questions each, since a user asks about any article in the folder. Seed 39:
`random.Random(39).sample(range(609), 20)` over corpus.json's records in file order draws 214, 265, 394, 26, 199, 225,
405, 576, 5, 260, 364, 182, 27, 301, 75, 375, 8, 110, 434, 356, taken in draw order until seven were kept (all 20 read:
7 kept, 13 skipped). Skipped: 225 (Sporting News' Colorado vs. UCLA live score), a live blog; 576 (Wired's Apple Black
Friday deals), a list of products; 394 (Sporting News' Seahawks-Cowboys fantasy start 'em, sit 'em), a list of players
and DFS lineups (as stop 38's more-articles block skipped 149), and an Eagles-Seahawks DraftKings Showdown lineup is
asked (stop 25); topics tests/questions.py asks about: 214 (BBC on the Microsoft Activision deal: stop 31's byline near
miss names the article by it), 265 (The Crown's last season) and 199 (Startups Weekly): stop 36's more articles; 26
(Mozilla's Mastodon server): stop 37's more articles; 5 (UTSA vs. Marshall: UTSA's 8-4 record, stop 36's forms); 182
(the FT on Kishida: stop 28's near miss and stop 31's byline); 75 (Rainforest: stop 27's fresh set); 375 (Coinbase: stop
38's); 8 (The New York Times on the MLB playoff teams' home fields: stop 31's bylines); 110 (Arteta and Pochettino: stop
37's fresh set). Kept: TechCrunch's "Kick streamers consider leaving over CEO's comments in a sex worker 'prank' stream"
(405), Insidesport's "Man United vs Fulham: Red Devils determined to get back to winning ways in PL" (260; a preview:
Manchester United's Champions League exit, takeover, Chelsea head-to-head and ten Hag's successor are asked, this game,
its team news and Fulham are not, so nothing of ten Hag or United's defeats by City and Newcastle, which 100 lists too,
is asked), The Verge's "The Ray-Ban Meta smart glasses actually make the future look cool" (364; stop 38's Echo Frames
review, 431, gives their $299 price, so the price is not asked), The Age's "How ego and fear fuelled the rise of
artificial intelligence" (27; OpenAI's board and Altman's firing are asked about, DeepMind, Hinton's auction and
Anthropic are not, so nothing of OpenAI's boardroom is asked), TechCrunch's "Deft is building e-commerce search to help
you find the right product quickly" (301), Polygon's "Dear Disney: If you want to last another century, lay off the
legacy" (434) and Sporting News' "Patrick Kane destinations: Sabres, Red Wings among potential landing spots for free
agent winger" (356; a section per team, but a feature on one player, not a list of products); none is asked about in
tests/questions.py (searched their title words, names and topics: Kick, Twitch, streamer, Craven, Ice Poseidon, Fulham,
Casemiro, Sancho, Ray-Ban, smart glasses, Meta, DeepMind, Hassabis, Hinton, Thiel, Anthropic, Deft, Gunnarson, Disney,
Wish, Pixar, Patrick Kane, Red Wings, Sabres, NHL, hockey). Not reached: none. Then 10 near misses (the right topic of a
kept or shipped article, a fact no article gives) and 4 off-topic questions sharing one word with some article (Tahoe,
bangs, swans, cats). Each expected phrase was checked to occur in its article's clean text as the index holds it
(qa.load + qa.clean over the shipped articles and corpus.json; no index, no model, no product query) and counted across
all 612 articles; those found in other articles were tightened to a phrase found in that article alone: "Becca Farsace"
(also 575, a gift guide's byline) to "camera expert Becca Farsace", "$1.8 million" (six articles) to "$1.8 million in a
seed round", "far higher" (also 238) to "toll is likely far higher". Questions whose answer another article also gives
were not asked: the Ray-Ban Meta glasses' price (431: "start at $299"), Manchester United's 3-0 defeat by Newcastle
(100: "Man United (PL) 0-3 Newcastle United (PL)"), Casemiro's injury ("hamstring issue" in four more articles), Wish's
place at the box office (173). The shipped articles are nearly exhausted: only a handful of their sentences hold no
phrase a question expects, so most of the eight come from a sentence another question quotes (the MiGs' replacement, the
14 Leopards, the 1,300 dead, Honshu and Hokkaido, Volnovakha's place) and ask a fact of it that question does not. Left
out as too close to a fact already asked: the risk of sending Russia's home-defence units abroad ("leaving the country
vulnerable", beside stop 29's "territorial defence"), Arestovich's "round two" with Syrians (stop 35's "new
reinforcements"), Russia's lost missiles ("Thousands of missiles"; the "907 cruise missiles" shot down, asked of 002,
answer it too) and Kyiv's "manpower issues" (dropped at stop 38: 442 covers them). Each near miss and off-topic question
was checked by searching that text of all 612 articles for its key words and their synonyms (the comments below say what
was searched).
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 38's did at
stop 39.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held, held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 39 fresh set") for q in (
    # The shipped articles: facts no question in tests/questions.py asks.
    held("answerable", "Could Russia's invasion soon run out of steam altogether?", "spent force"),
    held("answerable", "How did Ukraine take it when the plan to hand it Poland's MiGs fell through?",
         "frustration of the Ukrainians"),
    held("answerable", "Did Zelensky promise anything definite about NATO?", "no firm commitments"),
    held("answerable", "What kind of special equipment does Ukraine say it has destroyed?", "bridging vehicles"),
    held("who", "Who says Poland has delivered every Leopard 2 it promised Ukraine?", "Polish officials"),
    held("answerable", "How do Honshu and Hokkaido compare in size with Japan's other islands?",
         "two biggest islands", "two largest islands"),
    held("answerable", "Is the real Ukrainian death toll likely to be higher than Zelensky admits?",
         "toll is likely far higher"),
    held("answerable", "Was there still fighting around Volnovakha on Tuesday?", "fighting ongoing there Tuesday"),
    # 405, TechCrunch, 2023-09-30: streamers leave Kick after Ice Poseidon's stream and its CEO's laughing emotes.
    held_multihop("who", "Who is the CEO of the streaming site Kick?", "Eddie Craven"),
    held_multihop("who", "Which streamer filmed the encounter with a sex worker that set off the exodus from Kick?",
                  "Ice Poseidon", "Paul Denino"),
    held_multihop("answerable", "What share of revenue does Kick let its streamers keep?", "95/5 revenue split"),
    held_multihop("counting", "How many subscribers does MrsViolence have on Kick?", "only 145 subscribers"),
    # 260, Insidesport, 2023-11-03: a preview of Fulham v Manchester United (4 November).
    held_multihop("who", "Which striker might Fulham pick ahead of Raul Jimenez against Manchester United?", "Muniz"),
    held_multihop("answerable", "Why is Jadon Sancho missing Manchester United's trip to Fulham?",
                  "disciplinary issues"),
    held_multihop("counting", "How many Premier League games had Manchester United won before facing Fulham?",
                  "5 wins and 5 defeats"),
    held_multihop("answerable", "When did Fulham last beat Manchester United?", "first time since 2019"),
    # 364, The Verge, 2023-10-20: a review of the Ray-Ban Meta smart glasses.
    held_multihop("counting", "How many microphones do the Ray-Ban Meta glasses have?", "five mics"),
    held_multihop("counting", "In how many styles do the Ray-Ban Meta glasses come?", "150 style variations"),
    held_multihop("answerable", "How much extra do Transition lenses cost on the Ray-Ban Meta glasses?", "$80 more"),
    held_multihop("who", "Which Verge camera expert looked at the Ray-Ban Meta glasses' footage?",
                  "camera expert Becca Farsace"),
    # 27, The Age, 2023-12-09: how ego and fear fuelled the rise of AI (DeepMind, Hinton's auction, OpenAI, Anthropic).
    held_multihop("counting", "How much did Google pay to hire Geoffrey Hinton and his students?", "$US44 million"),
    held_multihop("counting", "How much did Google pay for DeepMind?", "$US650 million"),
    held_multihop("answerable", "Where does the name DeepMind come from?", "Deep Thought supercomputer"),
    held_multihop("who", "Who introduced Demis Hassabis to Peter Thiel?", "Yudkowsky"),
    # 301, TechCrunch, 2023-11-03: Deft's multimodal search for furniture and home decor.
    held_multihop("who", "Who founded the shopping search startup Deft?", "Alex Gunnarson and Zach Hudson"),
    held_multihop("counting", "How much seed funding has Deft raised?", "$1.8 million in a seed round"),
    held_multihop("counting", "How many monthly users does Deft expect by the end of the year?",
                  "50,000 monthly active users"),
    held_multihop("answerable", "What gave Deft's founder the idea for the company?", "specific type of couch"),
    # 434, Polygon, 2023-12-12: Disney's centenary, Wish and the studio's nostalgia.
    held_multihop("answerable", "Which Disney film almost bankrupted the studio in the 1980s?", "Black Cauldron"),
    held_multihop("who", "Who shut down Disney's direct-to-video sequels?", "John Lasseter"),
    held_multihop("counting", "How much did Lilo & Stitch make compared with its budget?",
                  "more than three times its budget"),
    held_multihop("answerable", "Which short film did Disney make for its 100th birthday?", "Once Upon a Studio"),
    # 356, Sporting News, 2023-11-27: where the free agent Patrick Kane might sign.
    held_multihop("answerable", "Where is Patrick Kane from?", "Buffalo native"),
    held_multihop("counting", "How many Stanley Cups has Patrick Kane won?", "three-time Stanley Cup champion"),
    held_multihop("answerable", "What surgery did Patrick Kane have in the summer?", "surgery on his hip"),
    held_multihop("who", "Which Sportsnet reporter is quoted on where Patrick Kane might sign?", "Elliotte Friedman"),
    *(held_abstain(q) for q in (
        # 000, 001: men drawn from "eastern Siberia, the Pacific Fleet, and Armenia", no number with it; "Armenia" is in
        # 000 and 001 alone (336's "Armenian quarter" is Jerusalem's); no "Yerevan" or "Gyumri".
        "How many Russian troops is Moscow bringing in from Armenia?",
        # 000, 001: "Syrian fighters and paid mercenaries", no sum; no "$", "dollar", "rouble", "ruble", "salary",
        # "wage" or "a month" in the shipped articles; "Syria" elsewhere is Israel's wars and refugees (078, 106, 111,
        # 135, 218).
        "How much is Russia paying the Syrian fighters it recruits?",
        # 002: Poland "has sent all of the 14 Leopard 2 main battle tanks it committed", no count of its own fleet;
        # "Leopard" is in 002 alone.
        "How many Leopard 2 tanks does Poland have left?",
        # 405: "a crypto gambling site also owned by Kick CEO Eddie Craven", unnamed; Kick the platform is also in 401
        # and 551 (Twitch's revenue splits, TwitchCon), neither names it; no "Stake" (capitalised) in any article;
        # "casino" elsewhere is sportsbooks (071, 368), Harrah's (027), films (192), a share price (001).
        "What is the name of the crypto gambling site Kick's CEO owns?",
        # 260 is a preview; "Fulham" is in 100, 101, 109, 142, 203, 231, 232, 260, 395, 438, 444, none with this game's
        # result (100's Carabao Cup results, 142's Villa 3-1 Fulham, 438's Fulham 0-2 Burnley); no United score at
        # Fulham in any article naming Bruno Fernandes (012, 129, 242, 330, 370, 395, 546).
        "What was the final score of Fulham v Manchester United on 4 November?",
        # 364: "videos max out at one minute ... to optimize storage", no capacity; "Ray-Ban" is in 364 and 431 alone,
        # no "GB" in either.
        "How much storage do the Ray-Ban Meta glasses have?",
        # 027: AlphaGo "beat one of the world's best players", Lee Se-dol "in March 2016", no score; "AlphaGo" also in
        # 048 ("the first to defeat a professional human player"), no score; no "4-1".
        "By what score did AlphaGo beat Lee Se-dol?",
        # 301 names no city or office; Deft the company is in 301 alone ("deft" elsewhere is the adjective: 165, 185,
        # 232, 383, 446, 536).
        "Where is the startup Deft based?",
        # 434: Wish is "Walt Disney Animation's newest movie", no director or cast; 173 gives Wish's box office alone,
        # and its "directed" is of other films; no "Chris Buck", "Veerasunthorn", "Ariana DeBose" or "Asha".
        "Who directed Disney's Wish?",
        # 356 is written before Kane signs; its "$1.7 million" is the Panthers' cap room; "Patrick Kane" is in 102 and
        # 356 alone (102: shooting games with DeBrincat), no contract, "signed" or salary of his.
        "How much is Patrick Kane's new contract worth?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # Tahoe: 027 alone (Hinton's auction at Harrah's on Lake Tahoe); no "feet deep", "metres deep" or "meters deep"
        # in any article.
        "How deep is Lake Tahoe?",
        # bangs: 364 alone (curtain bangs in the glasses' shots); "haircut" in 086, 127, 162 (a defendant's, a review
        # example, a prisoner's); "fringe" only as an adjective (076, 118, 522); no hair how-to.
        "How do I cut curtain bangs at home?",
        # swans: 027's swan pond, the Sydney Swans (208, 209, 210, 244), "swan song" (199, 213), Bob Swan (536);
        # "lifespan" and "life span" only of ChatGPT (048), HIV (238) and people (332).
        "How long do swans live?",
        # cats: 24 articles (364's Petey and Pablo, 002's cat toy, 520 and 575's gifts, 428's games, AFL's Geelong
        # Cats); "purr" only inside "spurred"; no article on cats' behaviour.
        "Why do cats purr?",
    )),
))
