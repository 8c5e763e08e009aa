"""Fresh questions: a held-out check of the realistic question set, never tuned on.

A helper wrote these at stop 41 (2026-12-07, "stop 41 fresh set") without asking the product any of them, and without
reading any benchmark log, failure list or note. None is asked of the shipped articles: their unasked facts were used up
by stop 40 (whose writer found only a handful of sentences no question quotes), so all 32 answerable questions come
from eight MultiHop-RAG articles, 4 questions each, since a user asks about any article in the folder. Seed 41:
`random.Random(41).sample(range(609), 40)` over corpus.json's records in file order draws 390, 340, 236, 170, 394,
591, 290, 566, 283, 392, 590, 9, 255, 18, 449, 158, 153, 326, 171, 263, 597, 60, 122, 601, 33, 442, 288, 221, 74, 368,
486, 128, 568, 126, 101, 147, 182, 54, 272, 325, read in draw order until eight were kept (28 read: 8 kept, 20
skipped); no article outside these 40 was taken (stop 41's tunable block draws with seed 141 and leaves these 40 out,
so no tunable question asks of an article this set asks of). Skipped as lists: 236 (Polygon's best PC controllers), 591
(Polygon's best tabletop RPGs of 2023), 392 (everything coming to Netflix in November), 597 (Polygon's best streaming
comedies): lists of products or titles, as stop 37 skipped 236 and 392; 394 (Seahawks-Cowboys fantasy starts and sits)
and 288 (week 10 fantasy injury updates): lists of players; 255 (Fox News on Charlie Sheen and four other single
fathers): a round-up, a section per father (its Kevin Federline section is also stop 38's Britney Spears and Federline
topic); 326 (where and how to see the Northern Lights): a list of places and tips, as stop 37 skipped it; 60 (Sporting
News on line shopping): a how-to and a list of sportsbooks, as stop 40 skipped it; 122 (Polygon's Sorcerer builds for
Diablo 4): a build guide, skill by skill. Skipped as a live blog: 449 (Patriots vs. Broncos live score), as stops 36
and 37 skipped live scores. Skipped because tests/questions.py asks about their topic: 390 (the myths about ketamine
after Matthew Perry's death: stop 40's more articles ask of it), 170 (Tim Sweeney on Epic's win over Google: Epic v.
Google, stop 25's other articles; stop 36 skipped 170 for it), 290 (Seahawks vs. Giants live score: stop 36's forms ask
the Seahawks' record after the win over the Giants), 566 (superbugs: stop 40's more articles), 283 (Melissa
Lucashenko: stop 40's fresh set), 9 (the Bankman-Fried trial: stop 35's else2; also a live blog), 18 (Will Smith and
Jada Pinkett Smith: stop 37's fresh set), 153 (X's DSA probe: stop 38's more articles), 442 (CNBC on Ukraine's fight in
2024: the `_cnbc` questions). Kept: Yardbarker's "Wild fire HC Dean Evason, hire John Hynes as replacement" (340), Fox
News' "'Zoom fatigue' is common struggle for remote workers. Here's how to handle it, according to experts" (590;
three experts' advice, not a list, as stop 40 kept 148), Fox News' "Suicide prevention program at Nebraska children's
hospital emphasizes encouraging, 'life-saving' notes" (158), The Age's "How shooting Beyoncé and Kamala Harris made
this photographer famous too" (171), Music Business Worldwide's "Hipgnosis Songs Fund's board is concerned over Citrin
Cooperman's latest valuation of the company ..." (263), Business Line's "NTPC: Why investors can accumulate this
stock" (601), TechCrunch's "News publisher files class action antitrust suit against Google, citing AI's harms to their
bottom line" (33; a publisher's own suit, not the Justice Department's search trial or Epic's, which are asked about;
none of their facts is asked here) and The Age's "This horror flick boasts the best opening 13 minutes of a film
you'll see this year" (221, Eli Roth's Thanksgiving). None is asked about in tests/questions.py (searched their title
words, names and topics: Wild, Evason, Hynes, Minnesota, NHL, hockey, Zoom, fatigue, remote work, Nebraska, suicide,
Caring Contacts, Tyler Mitchell, photographer, Vogue, Beyoncé, Kamala, NGV, Hipgnosis, Citrin, Mercuriadis, royalties,
NTPC, power, coal, Helena World Chronicle, class action, publisher, Google, Canada, Thanksgiving, Eli Roth, horror).
Not reached: 74, 368, 486, 128, 568, 126, 101, 147, 182, 54, 272, 325. Each expected phrase was checked to occur in its
article's clean text as the index holds it (qa.load + qa.clean over the shipped articles and corpus.json; no index, no
model, no product query) and counted across all 612 articles (case-folded); those found in other articles were
tightened to a phrase found in that article alone: "just 23" (also 378) to "Tyler Mitchell was just 23", "48 per cent"
(also 532) to "gained around 48 per cent", "Beyoncé" (eight articles) to "His subject was Beyoncé". Questions whose
answer another article also gives were not asked: Hipgnosis Songs Fund's 8.5% discount rate, its valuer Citrin
Cooperman and the $440 million sale to Hipgnosis Songs Capital (464, MBW's piece on Andrew Sutch stepping down, gives
all three); the setting of Thanksgiving, "Plymouth, Massachusetts", is also 280's (the Thanksgiving turkeys); Grindhouse
is also named by 55 and 452. Then 10 near misses (the right topic of a kept article, a fact no article gives) and 4
one-word questions sharing one word with some article (violin, tyre swing, waffle iron, Havana). Each near miss and
one-word question was checked by searching that text of all 612 articles for its key words and their synonyms (the
comments below say what was searched).
Rule: report it, never tune on it, never read its failures to write rules; when a later session writes its own fresh
set, these join QUESTIONS as written (`questions._noted`; alternating halves) and become tunable, as stop 40's did at
stop 41.
"""

from __future__ import annotations

from dataclasses import replace

from questions import held_abstain, held_multihop

FRESH = tuple(replace(q, half="fresh", note="stop 41 fresh set") for q in (
    # 340, Yardbarker, 2023-11-27: the Minnesota Wild fire Dean Evason and hire John Hynes.
    held_multihop("who", "Who is the Minnesota Wild's new head coach?", "John Hynes"),
    held_multihop("who", "Who is the general manager of the Minnesota Wild?", "Bill Guerin"),
    held_multihop("counting", "What was the Wild's record when they let Dean Evason go?", "5-10-4"),
    held_multihop("counting", "How many games in a row had the Wild gone without a win before the coaching change?",
                  "winless in seven straight"),
    # 590, Fox News, 2023-12-01: experts on "Zoom fatigue" and how to handle it.
    held_multihop("who", "Who came up with the term Zoom fatigue?", "Jeremy Bailenson"),
    held_multihop("answerable", "What physical symptoms can too many video calls cause?",
                  "headaches, eye strain and stiffness"),
    held_multihop("answerable", "Why do video meetings wear people out more than meeting face to face?",
                  "wired for actual in-person interactions", "we miss the cues"),
    held_multihop("answerable", "Does hiding my own picture on a video call help with Zoom fatigue?",
                  "self-view option"),
    # 158, Fox News, 2023-10-18: Children's Nebraska's Caring Contacts notes to teens after a suicide attempt.
    held_multihop("counting", "What share of families agree to join Children's Nebraska's Caring Contacts program?",
                  "About 98% of families"),
    held_multihop("counting", "How many of the teens in the Caring Contacts program came back after another attempt?",
                  "7% of enrolled patients"),
    held_multihop("who", "Who is in charge of care coordination at Children's Nebraska?", "Sabrina Schalley"),
    held_multihop("answerable", "When did Children's Nebraska start sending the Caring Contacts notes?", "May 1, 2020"),
    # 171, The Age, 2023-11-27: the photographer Tyler Mitchell, in the NGV Triennial.
    held_multihop("counting", "How old was Tyler Mitchell when he shot his first Vogue cover?",
                  "Tyler Mitchell was just 23"),
    held_multihop("who", "Who was on the first Vogue cover Tyler Mitchell photographed?", "His subject was Beyoncé"),
    held_multihop("answerable", "What is the theme of the NGV Triennial?", "Magic, Matter, Memory"),
    held_multihop("answerable", "Where did Tyler Mitchell take the course that won him over to still photography?",
                  "Havana, Cuba"),
    # 263, Music Business Worldwide, 2023-12-19: Hipgnosis Songs Fund's board delays its results over a valuation.
    held_multihop("who", "Who chairs the board of Hipgnosis Songs Fund now?", "Rob Naylor"),
    held_multihop("counting", "How much did Hipgnosis Songs Fund get for the 20,000 songs it sold in December?",
                  "$23.1 million"),
    held_multihop("who", "Which JP Morgan analyst follows Hipgnosis Songs Fund?", "Christopher Brown"),
    held_multihop("answerable", "By when will Hipgnosis Songs Fund put out its delayed half-year results?",
                  "close of December 31"),
    # 601, Business Line, 2023-11-11: why investors can keep buying NTPC's stock.
    held_multihop("counting", "How much has NTPC's share price risen since Business Line's August call?",
                  "gained around 48 per cent"),
    held_multihop("counting", "How much renewable power capacity is NTPC aiming for?", "60 GW of renewable"),
    held_multihop("who", "Which companies supply NTPC with coal?", "Coal India Limited", "Singareni Collieries"),
    held_multihop("answerable", "How does NTPC want to raise money from its green energy arm?", "by way of IPO"),
    # 33, TechCrunch, 2023-12-15: an Arkansas publisher's class action against Google over AI.
    held_multihop("who", "Which newspaper publisher is suing Google over its AI answers?", "Helena World Chronicle"),
    held_multihop("who", "Which law firm brought the publishers' class action against Google?", "Hausfeld"),
    held_multihop("counting", "How much of news sites' traffic does Google send them?", "nearly 40% of their traffic"),
    held_multihop("counting", "How much will Google pay Canada's news outlets every year?", "$73.5 million"),
    # 221, The Age, 2023-11-15: Eli Roth on his slasher film Thanksgiving.
    held_multihop("who", "Who directed the horror film Thanksgiving?", "Eli Roth"),
    held_multihop("who", "What is the name of the killer in the film Thanksgiving?", "John Carver"),
    held_multihop("counting", "How long ago did Thanksgiving first show up as a fake movie trailer?", "16 years ago"),
    held_multihop("answerable", "What gave Eli Roth the idea for the opening of Thanksgiving?", "trample videos"),
    *(held_abstain(q) for q in (
        # 340: the Wild let Bob Woods go and it is "unclear whether the Wild will opt to fill his vacancy"; "Bob Woods"
        # in 340 alone; "Woods" elsewhere is Tiger, Robert and Ed Woods and woodland; "assistant coach" elsewhere only
        # 108 (the US women's soccer team) and 224 (Michigan).
        "Who will replace Bob Woods as an assistant coach of the Wild?",
        # 340: Hynes "will be paid by both Minnesota and Nashville", no sum; the one "$" in 340 is Evason's contract
        # ("just under $2M per season"); "Hynes" in 340 alone.
        "How much will the Wild pay John Hynes?",
        # 590 gives no share or count: no "%", "percent", "per cent", "million" or "survey" in it; "Zoom fatigue",
        # "video fatigue", "videoconferencing" and "telecommuting" in 590 alone; "video call(s)" elsewhere are device
        # deals and apps, "work from home" only 20 (one woman's story).
        "What share of remote workers suffer from Zoom fatigue?",
        # 158 gives shares (98% of families, 7% of enrolled patients, nearly 30% screening at risk), no number of teens
        # enrolled; "Caring Contacts" in 158 alone.
        "How many teenagers have taken part in Children's Nebraska's Caring Contacts program?",
        # 171 names no price: no "$", "price", "sold", "sell", "auction" or "worth" in it; "Tyler Mitchell" in 171
        # alone (the other 22 articles' Mitchells are athletes and others).
        "How much do Tyler Mitchell's photographs sell for?",
        # 171: the works "can be seen" in the Triennial "this month", no closing date; "Triennial" in 171 alone; "NGV"
        # elsewhere only inside 167's hashtag "#engvrsa"; no "National Gallery" in any article.
        "When does the NGV Triennial close?",
        # 263: the half-year results are delayed, no revenue given (only "Pro-Forma Revenue" as the KPI to watch);
        # 464 (the only other article naming Hipgnosis) gives the year to March ("best-ever revenues", no sum) and
        # calendar 2022's streaming growth (14.8%), not the six months to September.
        "How much revenue did Hipgnosis Songs Fund make in the six months to September?",
        # 601 keeps its "accumulate" rating and gives no target price or share price ("target" is of 500 GW, NTPC's
        # renewables and its thermal capacity; its "₹" sums are revenue, EBITDA and capex); "NTPC" in 601 alone.
        "What price target does Business Line set for NTPC shares?",
        # 33: "In addition to damages, the suit is asking for an injunction", no sum ("billions of dollars" is what
        # publishers lose); "damages" elsewhere only 547 (Tesla's $50,000 from Cybertruck resellers); "Helena World
        # Chronicle" and "Hausfeld" in 33 alone.
        "How much in damages is Helena World Chronicle asking Google for?",
        # 221 gives no takings and no release date (no "$", "million", "box office", "release" in it); "Eli Roth" in 221
        # alone; "box office" elsewhere (46, 81, 94, 173, 192, 193, 257, 419, 563) is other films and tours.
        "How much has Eli Roth's Thanksgiving made at the box office?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # violin: 171 alone (a dog listening to a violinist in one of Mitchell's photographs); no "fiddle"; "tune" and
        # "tuning" elsewhere are "in tune", "to the tune of", "tune in" and fine-tuning AI models.
        "How do I tune a violin?",
        # tyre swing: 171 alone (A Glint of Possibility); "tire(s)" elsewhere only 56 ("spinning its tires") and 190
        # (car tires); no "rope swing", "tree swing" or "swing set".
        "How do I hang a tyre swing from a tree?",
        # waffle iron: 221 alone (Roth's shoppers who "kill your neighbour for a waffle iron"); "waffle" otherwise only
        # 415's "it waffled"; "iron" elsewhere is iron ore, the Iron Dome, gridiron.
        "How do I clean a waffle iron?",
        # Havana: 171 alone (Mitchell's photography course); "Cuba(n)" elsewhere only Diana Nyad's swim from Cuba (382,
        # 392), a Cuban boxer (273) and Mark Cuban (344); no travel article on Cuba.
        "What is the best time of year to visit Havana?",
    )),
))
