"""Stop 48's held-out set: a check of the realistic question set, never tuned on.

A helper wrote these at stop 48 (2026-12-07, "stop 48 fresh set") without asking the product any of them, and without
reading any benchmark log, failure list or note. As stops 46 and 47's sets, all 28 answerable questions come from seven
MultiHop-RAG articles, 4 questions each. Seed 48: `random.Random(48).sample(range(609), 40)` over corpus.json's records
in file order draws 561, 323, 135, 570, 547, 309, 517, 197, 446, 169, 158, 110, 504, 225, 223, 523, 569, 520, 483, 222,
28, 75, 433, 65, 510, 166, 131, 57, 298, 347, 345, 97, 244, 278, 271, 14, 584, 289, 141, 360, read in draw order (all 40
read: 5 kept, 35 skipped; four of the five are judgment calls, see below). One clean article among 40 is short of seven,
so the further draws of `random.Random(48).sample(range(609), 80)` (whose first 40 are the 40 above) were read too, in
order: 447, 179, 204, 411, 283, 27, 375, 99, 295, 586, 603, 508, 119, 117, 231, 150, 337, 326, 440, 113, 10, 376, 432,
429, 324, 0, 596, 415, 481, 438, 264, 377, 477, 577, 228, 168, 162, 594, 445 and 582 (all 40 read: 2 kept, 38 skipped);
no article outside these 80 was taken. With the two clean ones found there the set was still four short, so the four
judgment calls of the first 40 were taken, and no other. None of the seven is one a tunable question or stop 46 or 47's
set asks of (checked as tests/test_question_set.py does: no expected phrase of tests/questions.py, tests/held_out_46.py
or tests/held_out_47.py points at them). Skipped because an expected phrase points at them: 561 (Jai Opetaia's knockout,
stop 29's fresh set), 135 (Gaza's blockade and starvation, stop 43's more articles), 570 (Jonathan Roumie's Advent
prayers, stop 42's more articles), 547 (Tesla's Cybertruck, stop 36's forms), 517 (SSSniperwolf demonetized, stop 39's
more articles), 158 (Children's Nebraska's Caring Contacts, stop 41's fresh set), 110 (Arteta and Pochettino, stop 37's
fresh set), 223 (Jim Jordan dropped as Speaker nominee, stop 42's fresh set), 523 (the Shameless founders, stop 44's
fresh set), 569 (Pastor Jesse Bradley on positive thinking, stop 41's more articles), 75 (Rainforest, stop 27's fresh
set), 65 (Allison Miller and the flu, stop 43's fresh set), 510 (SoftBank and Cubic Telecom, stop 36's more articles),
131 (cranberries, stop 31's byline), 347 (Shayda, stop 37's more articles), 345 (the Snapchat fentanyl lawsuits, stop
46's more articles), 97 (Menendez and the bank CEOs, stop 40's more articles), 278 (Alexis Ohanian, stop 43's fresh
set); in the further draws 447 (Baker Mayfield at Lambeau, stop 45's more articles), 204 (Manchester United v Chelsea
head to head, stop 36's more articles), 283 (Melissa Lucashenko, stop 40's fresh set), 27 (ego, fear and AI, stop 39's
fresh set), 375 (Coinbase's November, stop 38's fresh set), 586 (Dropout and CollegeHumor, stop 42's more articles), 603
(Daye's tampon STI test, stop 42's fresh set), 117 (OpenAI's safety team, stop 45's fresh set), 337 (Uber's third
quarter, stop 37's more articles), 440 (Healy after the loss to India, stop 45's more articles), 429 (Gleyber Torres and
the Yankees, stop 42's fresh set), 324 (Friendsgiving, stop 45's fresh set), 596 (Emily Hand, stop 39's more articles),
481 (Ford and NASCAR, stop 41's more articles), 477 (Epstein's estate and Denise George, stop 41's more articles), 594
(Lucas Goeller's liver, stop 41's more articles). Skipped because tests/questions.py asks about their topic: 169 (the
Steam Deck OLED review: stop 29's fresh set asks of it, its phrases shared with 354, as stop 47 skipped 524), 504 (Big
Ten coaches on Michigan's sign-stealing: stop 36's fresh set asks 79, the scandal's winners and losers), 28 and 298 (the
daily ASX report: stop 31's byline, as stops 37 and 40 skipped 74, 357 and 298), 14 (Apple defends its Google search
deal: the Google search trial is asked, stop 25's other articles and stop 35's else2, as stop 45 skipped it), 360 (Jada
Pinkett Smith on their prenup, as stop 47 skipped it); in the further draws 99 (ChatGPT's first year, quarter by
quarter: stop 36's more articles ask 47, ChatGPT one year on), 295 (Taylor Swift and Travis Kelce: stops 25 and 29's
fresh sets), 508 (The Verge's case for the fediverse: stop 36's more articles ask 507, stop 37's 26, as stop 44 skipped
508), 10 and 162 (Bankman-Fried and FTX before his trial, his defense: his trial is asked, stop 35's else2), 415 (the
timeline of Altman's firing: asked since stop 30's who else, as stop 36 skipped 415), 377 (Jim Jordan dropped again:
stop 42's fresh set asks 223), 168 (the Wallabies at the World Cup: stop 37's more articles ask 407, Eddie Jones's
Wallabies, as stops 41 and 44 skipped 168). Skipped as lists: 323 (stores open on Thanksgiving, store by store, as stops
44 and 47 skipped it), 197 (WR PPR rankings), 520 (October Prime Day deals), 222 (Black Friday deals), 433 (bowl odds),
57 (fantasy starts and sits, game by game), 244 (the AFL's top 40 draft prospects), 584 (anti-Prime Big Deal Day deals);
in the further draws 179 (a mock draft, pick by pick), 119 (NFL power rankings), 231 (the USMNT's October roster), 326
(where to see the Northern Lights, as stop 37 skipped it), 376 (Bills vs. Chargers odds, props, predictions, as stop 45
skipped 6, North Texas vs. SMU odds, props, predictions), 432 (sportsbook promo codes), 0 (Cyber Monday deals), 264 (MLB
betting sites), 577 (UFC 295 predictions and best bets), 228 (the ten craziest fight endings), 582 (14 books for
October). Skipped as live blogs: 225 (Colorado vs. UCLA), 483 (Blackhawks vs. Penguins, Bedard's debut). Skipped as
round-ups: 289 (the NFL's week 13 injuries, team by team); in the further draws 150 (The Guardian's NFL roundup, game by
game), 113 (the NFL's week 11 injuries), 438 (The Roar's Premier League weekend, match by match). Kept, in draw order:
Fox News' "Fasting could reduce signs of Alzheimer's disease, studies suggest: 'Profound effects'" (309; Alzheimer's
drugs are asked, stop 41's more articles ask 427, new drugs for UK patients, a different story: nothing of drugs is
asked here), CBS Sports' "David Benavidez vs. Demetrius Andrade fight predictions, odds, undercard, expert picks, start
time, preview" (446; a judgment call: stops 38, 42 and 44 skipped 137, CBS Sports' Joshua-Wilder card, as "predictions,
odds and picks", and stop 40's more articles ask 194, Canelo's purses; 446 is the same template, but all but its last
lines are prose on the two fighters, and only that prose is asked: no odds, pick, start time or price, nothing of
Canelo), talkSPORT's "Paul Mitchell signed Tottenham and Chelsea superstars, fell out with Daniel Levy and has
tailor-made plan for Manchester United" (166; a judgment call: stop 36's more articles ask 366, Ratcliffe's Manchester
United takeover (its price, Old Trafford's seats), and name 166 as also giving Sheikh Jassim; stop 45's more articles
skipped 89 for it; 166 is Mitchell's career as a recruiter, and nothing of Ratcliffe, his stake, the Glazers or the
Qatari bid is asked here), Music Business Worldwide's "NMPA: Generative AI is 'the greatest risk to the human creative
class that has ever existed'" (271; a judgment call: stop 43's fresh set asks 381, Sony and YouTube's Dream Track, one
question of it on Google's filing to the Copyright Office, and stop 41's fresh set asks 33, an Arkansas publisher suing
Google over AI; 271 is the music publishers' own filing; nothing of Google, YouTube, Sony or Universal's own filing is
asked here), TechCrunch's "Meta seeks legislation that would require parents to approve teens' app downloads" (141; a
judgment call: stop 38's more articles ask 304, the states' unredacted lawsuit over Meta's under-13 users, and left out
the number of states suing; 141 is Meta's call for app stores and parents to approve downloads; nothing of the lawsuit,
its 42 states, Haugen or Bejar is asked here); in the further draws CBS Sports' "Michigan State hires Jonathan Smith:
Oregon State coach leaves alma mater to take over Spartans job" (411; stop 36's fresh set asks 79 when Michigan State
fired Mel Tucker, a different story: nothing of Tucker is asked here) and The Independent's "Chelsea and England star
Cole Palmer: 'The most annoying thing about moving down south? The traffic'" (445; Chelsea's games are asked, stop 37's
fresh set (110) and stop 46's more articles (478), a different story: no score or goal of a game is asked here). None is
asked about in tests/questions.py or the held-out sets beyond what is said above (searched their title words, names and
topics: Alzheimer, fasting, time-restricted, Desplats, Longo, Antoun, L-Nutra, circadian, Cell Metabolism, Benavidez,
Andrade, Charlo, Caleb Plant, Haymon, Canelo, Showtime, boxing, Paul Mitchell, Ratcliffe, Monaco, Rangnick, Levy,
Southampton, Leipzig, sporting director, NMPA, music publishers, Copyright Office, Anthropic, Universal Music, UMG,
Thaler, Howell, fair use, opt-out, Human Artistry, Antigone, Bejar, Haugen, Mosseri, Pew, parental, app store, KOSA,
Tech Oversight, Haworth, Montana, Utah, Arkansas, Jonathan Smith, Oregon State, Michigan State, Tucker, Haller,
Dantonio, Pac-12, Cole Palmer, Wythenshawe, Southgate, Under-21, Harbaugh, Stalions, sign-stealing, ASX, ChatGPT,
fediverse, Mastodon, Northern Lights, Wallabies, Kerevi, Staley, Chargers; the hits are the articles named above and
other topics: Washington's Pac-12 title, Eylon Levy, 352's European weekend, Liam Paro's opponent Montana Love). Each
expected phrase was checked to occur in its article's clean text as the index holds it (qa.load + qa.clean over the
shipped articles and corpus.json; no index, no model, no product query) and counted across all 612 articles, case-folded
(and in corpus.json's body, author and source fields, as the tests count); every one is found in its article alone.
Tightened: "The traffic" (311, 445) -> "The most annoying thing? The traffic"; "disrespectful" (184, 344, 445, 536) ->
"because it would have been disrespectful"; "less than two years" (166, 210, 212, 226) -> "after less than two years";
"under the age of 16" (141, 164) -> "users under the age of 16". Questions whose answer another article also gives were
not asked: who Ratcliffe might make United's sporting director ("Paul Mitchell", also 89, 366), how much of United
Ratcliffe is buying ("25 per cent stake", also 315, 366), where Benavidez and Andrade fight ("Michelob Ultra Arena",
also 194), what the pay-per-view costs ("$74.99", also 291, 308), when the NMPA filed ("October 30, 2023", also 4, 495,
535), how many states are suing Meta ("42 states", also 304), who runs Instagram ("Adam Mosseri", also 508). The
articles' curly apostrophes are left out of every phrase. Then 10 near misses (the right topic of a kept article, a fact
no article gives) and 4 one-word questions sharing one word with some article (Luddite, Corvallis, principality,
jugular). Each near miss and one-word question was checked by searching that text of all 612 articles for its key words
and their synonyms (the comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules. It stays held out for good
(tests/fresh_questions.py says why): it never joins QUESTIONS.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held_abstain, held_multihop

STOP48 = tuple(replace(q, half="fresh", note="stop 48 fresh set") for q in (
    # 309, Fox News, 2023-12-06: time-restricted eating and Alzheimer's in mice (UC San Diego), fasting-mimicking diets.
    held_multihop("who", "Who led the UC San Diego study on intermittent fasting and Alzheimer's?", "Paula Desplats"),
    held_multihop("counting", "How many hours a day could the mice eat in UC San Diego's Alzheimer's fasting study?",
                  "six-hour windows"),
    held_multihop("answerable", "Which journal published UC San Diego's study of time-restricted eating and "
                  "Alzheimer's?", "Cell Metabolism"),
    held_multihop("counting", "How often does someone in the US develop Alzheimer's?", "every 67 seconds"),
    # 446, CBS Sports, 2023-11-25: a preview of David Benavidez v Demetrius Andrade (only its prose is asked).
    held_multihop("counting", "What is Demetrius Andrade's professional record?", "32-0, 19 KOs"),
    held_multihop("answerable", "Why was David Benavidez stripped of his WBC title?", "failed drug test for cocaine",
                  "missing weight"),
    held_multihop("who", "Who is Jermall Charlo fighting on the Benavidez-Andrade card?", "Jose Benavidez Jr."),
    held_multihop("who", "Which boxing adviser did Demetrius Andrade sign with in 2022?", "Al Haymon"),
    # 166, talkSPORT, 2023-10-16: Paul Mitchell's career as a recruiter and sporting director.
    held_multihop("answerable", "Why did Paul Mitchell leave his job at Tottenham?",
                  "over-involvement in negotiations"),
    held_multihop("who", "Which players did Paul Mitchell bring to Southampton?", "Sadio Mane, Dusan Tadic"),
    held_multihop("counting", "How long did Paul Mitchell last at Tottenham?", "after less than two years"),
    held_multihop("who", "Who brought Paul Mitchell to RB Leipzig?", "Ralf Rangnick landed Mitchell"),
    # 271, Music Business Worldwide, 2023-11-30: the NMPA's filing to the US Copyright Office on AI.
    held_multihop("answerable", "What did the music publishers' association call generative AI in its filing on AI and "
                  "copyright?", "greatest risk to the human creative class"),
    held_multihop("who", "Which judge ruled that Stephen Thaler's AI-made picture could not be copyrighted?",
                  "Beryl A. Howell"),
    held_multihop("who", "Which music companies sued Anthropic over song lyrics along with Universal?",
                  "Concord Music Group and ABKCO"),
    held_multihop("answerable", "Which campaign for human creativity against AI did the NMPA join this year?",
                  "Human Artistry Campaign"),
    # 141, TechCrunch, 2023-11-15: Meta asks for a law making parents approve teens' app downloads.
    held_multihop("who", "Who is Meta's global head of safety?", "Antigone Davis"),
    held_multihop("counting", "Up to what age would teens need a parent's OK to download apps under the law Meta "
                  "wants?", "users under the age of 16"),
    held_multihop("counting", "What share of US adults want parents to consent before teens open social media "
                  "accounts?", "81% of U.S. adults"),
    held_multihop("answerable", "Why does Meta want one federal rule on teens' app downloads instead of state laws?",
                  "patchwork of different laws"),
    # 411, CBS Sports, 2023-11-25: Michigan State hires Oregon State's Jonathan Smith.
    held_multihop("who", "Who is Michigan State's new football coach?", "Jonathan Smith"),
    held_multihop("counting", "What was Jonathan Smith's record as Oregon State's head coach?", "34-35 overall"),
    held_multihop("counting", "How much was Jonathan Smith paid a year at Oregon State?", "$4.85 million"),
    held_multihop("answerable", "Where did Jonathan Smith play quarterback in college?",
                  "former quarterback for the Beavers"),
    # 445, The Independent, 2023-11-15: Cole Palmer on leaving Manchester City for Chelsea.
    held_multihop("counting", "How much did Chelsea pay Manchester City for Cole Palmer?", "£42.5m"),
    held_multihop("answerable", "What does Cole Palmer like least about living in the south?",
                  "The most annoying thing? The traffic"),
    held_multihop("answerable", "Which clubs wanted Cole Palmer on loan from Manchester City?",
                  "Brighton and Burnley and RB Leipzig"),
    held_multihop("answerable", "Why didn't Cole Palmer celebrate his late penalty against Manchester City?",
                  "because it would have been disrespectful"),
    *(held_abstain(q) for q in (
        # 309 counts no mice (its groups are "certain groups of mice" and "a control group"; "two different types of
        # Alzheimer's mouse models" are model kinds); "mice" within 80 characters of a number: only 0's gaming mice.
        "How many mice were in UC San Diego's study of fasting and Alzheimer's?",
        # "L-Nutra" and "fasting-mimicking" are in 309 alone, no price; no "ProLon"; "$", "price", "cost" within 200
        # characters of "fasting": none.
        "How much does L-Nutra's fasting-mimicking diet cost?",
        # 446 is written before the fight (its pick, "Benavidez via UD12", is a prediction); "Benavidez" elsewhere only
        # 245 (a possible Canelo opponent, September); "won", "beat", "defeat", "stopp", "knock", "decision", "result"
        # within 150 characters of "Benavidez" or "Andrade" outside 446: only 577's Jessica Andrade (UFC).
        "Who won the fight between David Benavidez and Demetrius Andrade?",
        # 446 gives the pay-per-view's $74.99 and Benavidez's "looking for a payday", no purse; "purse(s)", "paid",
        # "earn", "$", "million" within 200 characters of "Benavidez" or "Andrade": only 446's PPV price; "purse" near
        # a boxer only 194's Canelo and McGregor.
        "How much is David Benavidez being paid to fight Demetrius Andrade?",
        # 166: Mitchell "recently left" Monaco; 89: "Monaco's sporting director until March"; "Monaco" (89, 93, 166,
        # 277, 352) within 200 characters of "sporting director", "replace", "succeed", "appoint": only those two.
        "Who replaced Paul Mitchell as Monaco's sporting director?",
        # "NMPA" and "music publishers" are in 271 alone, no leader; "president", "CEO", "chief", "head" within 150
        # characters of them: none; no "Israelite".
        "Who is the president of the National Music Publishers Association?",
        # "KOSA" and "Kids Online Safety Act" are in 141 alone; "sponsor", "senator", "Sen.", "introduc", "bill" within
        # 300 characters of them: none; no "Blumenthal"; "Marsha Blackburn" only in a Thanksgiving headline (130).
        "Which senators wrote the Kids Online Safety Act?",
        # 411 gives Smith's Oregon State salary ($4.85 million) and Tucker's $95 million extension, no Michigan State
        # terms; "salary", "$", "million", "contract", "paid", "annual", "deal" within 200 characters of "Michigan
        # State" or "Spartans": only 411's regression and Penn State lines; "Jonathan Smith" is in 411 alone.
        "How much will Michigan State pay Jonathan Smith?",
        # 411: the Beavers "now embark on the search for Smith's replacement", no name; "Oregon State" or "Beavers"
        # within 200 characters of "replace", "successor", "new coach", "hire", "interim", "named": 411 alone, no name.
        "Who will replace Jonathan Smith as Oregon State's coach?",
        # 445 gives his £42.5m fee, no pay; "wage", "salary", "a week", "per week", "contract", "£" within 200
        # characters of "Palmer" in the 14 articles naming one: only 445's fee.
        "How much does Cole Palmer earn a week at Chelsea?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # Luddite: 271 alone ("hardly a Luddite diatribe against high tech"); no "Ned Ludd", "machine-break", "frame-
        # break", "weavers" or "1811"; "textile" elsewhere (111, 190, 418, 520, 532) never the Luddites.
        "Who were the Luddites?",
        # Corvallis: 411 alone (Smith's thanks to "OSU/Corvallis", "in Corvallis, Oregon"); "population", "residents",
        # "inhabitants", "city of" within 250 characters of "Corvallis" or "Oregon": none.
        "What is the population of Corvallis, Oregon?",
        # principality: 166 alone (Mitchell "left the principality of Monaco"); "prince", "sovereign", "Grimaldi",
        # "city-state", "ruled" within 300 characters of "Monaco": none ("sovereign state" only 78, of Israel).
        "What is a principality?",
        # jugular: 41 ("going for the jugular now") and 271 ("goes for the jugular"), both figurative; no "jugular
        # vein"; "vein" elsewhere only "in the vein of" (94, 213, 324, 592) and game and phone text (122, 123, 491).
        "Where is the jugular vein?",
    )),
))
