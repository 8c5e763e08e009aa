"""Our question sets, checked by reading the articles.

Two sets live here:
- The first lists (ANSWERABLE, UNANSWERABLE, NEAR_MISSES, FOLLOW_UPS, CONFLICTS) are asked of the three shipped
  articles alone by tests/test_answer.py. Each answerable question names a phrase its lead quote must contain
  (after folding look-alike letters); "a|b" means either.
- QUESTIONS is the realistic set (issue 13): the shipped articles *plus* the 609 MultiHop-RAG articles
  (corpus.json) in one folder as distractors, measured by benchmarks/question_set.py. It holds the first lists
  (re-checked against the distractors) and many more questions, as typed records with a tuning / reporting half.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

ANSWERABLE = [
    ("Which islands does the Tsugaru Strait separate?", "Honshu and Hokkaido"),
    ("When is the next round of Russian conscription due?", "April 1"),
    ("How many young men will be inducted in the next round of conscription?", "130,000"),
    ("How many vehicles had Russia lost according to Oryx?", "1,292|1,250"),  # Oryx is quoted with both
    ("How long can Switchblade drones circle their targets?", "40 minutes"),
    ("Which country is authorised to buy the Switchblade drones?", "UK"),
    ("How many Leopard 2 tanks has Poland sent to Ukraine?", "14 Leopard 2"),
    ("Who leads the Wagner Group?", "Prigozhin"),
    ("How far have Russian forces advanced around Bakhmut in nine months?", "16 miles"),
    ("How many people have registered their interest in Ukraine's foreign legion?", "20,000 people"),
    ("How many reservists has Zelensky called up?", "220,000"),
    ("How far from Kyiv are the Russian ground forces?", "9-12 miles"),
    ("What has Russia requested from China?", "ration packs"),
    ("How many civilians fled Volnovakha on Monday?", "2,500"),
    ("Who wrote about Putin's manpower problem for MailOnline?", "Chris Pleasance"),
    ("How many anti-tank weapons have NATO allies supplied to Ukraine?", "20,000 anti-tank"),
    ("How many Ukrainian soldiers has Zelensky admitted were killed?", "1,300 soldiers"),
    ("What are Switchblades?", "remote-controlled aircraft"),
    ("How many M1 Abrams tanks is the U.S. sending to Ukraine?", "31 M1 Abrams"),
    ("How many men did Putin amass before he attacked?", "150,000"),
    ("What did Japan's Ministry of Defense release?", "image of a Russian warship"),
    ("Which drones proved effective at taking out Russian armour?", "Bayraktar"),
    ("How many casualties has Moscow acknowledged?", "500 casualties"),
    ("Where is Russia drawing reinforcements from?", "Pacific Fleet"),
    ("Why are Switchblades called loitering munitions?", "circle their targets"),
    ("What happened at the Tsugaru Strait on Wednesday morning?", "Tsugaru Strait"),
    ("How many Russian troops have been killed or wounded around Bakhmut according to the British?",
     "20,000 and 30,000"),
]

UNANSWERABLE = [
    "Who won the 2022 football World Cup?",
    "What is a good recipe for banana bread?",
    "What is the capital of Australia?",
    "How tall is Mount Everest?",
    "What is the price of Bitcoin today?",
    "Who won the Super Bowl in 2016?",
    "What will the weather be like in Paris tomorrow?",
    # Words of page furniture that the cleaner dropped ("MORE: F-35 – The Best Fighter Jet Ever?",
    # "Hi, what are you looking for?", "MORE: Joe Biden Keeps Breaking the Law", "Share this article").
    "Is the F-35 the best fighter jet ever?",
    "Does Joe Biden keep breaking the law?",
    "How fast is the SR-72 Mach 6 bomber?",
    "How do I share this article on social media?",
]

# On-topic questions the articles do not answer: the hard case for abstention. 7 of 10 abstain; the other 3
# quote a related sentence (a quote a reader can check, but not an answer): China/Russia reversed, Russian for
# Ukrainian conscription, Leopard 2 tanks sent for their range.
NEAR_MISSES = [
    "How many tanks has Germany sent to Ukraine?",
    "What did China request from Russia?",
    "How many Russian submarines passed through the Tsugaru Strait?",
    "Who leads the Ukrainian navy?",
    "How long can Bayraktar drones loiter?",
    "When will the next round of Ukrainian conscription be?",
    "How many civilians fled Mariupol on Tuesday?",
    "How many F-16 jets has the U.S. sent to Ukraine?",
    "What is the range of a Leopard 2 tank?",
    "Who is the defence minister of Japan?",
]

FOLLOW_UPS = [
    ([{"role": "user", "content": "What are Switchblade drones?"}], "How long can they loiter?", "40 minutes"),
    ([{"role": "user", "content": "Where is the Tsugaru Strait?"}], "Which islands does it separate?",
     "Honshu and Hokkaido"),
]

# Questions whose best sentences give different figures in different articles.
CONFLICTS = [
    ("How many tanks has Russia lost?", {"214", "3,466"}),
]

# --- the realistic set -------------------------------------------------------------------------------------

Kind = Literal["answerable", "who", "counting", "misspelt", "near_miss", "off_topic", "one_word", "follow_up",
               "new_topic", "conflict"]
Half = Literal["tune", "report", "fresh"]  # "fresh": tests/fresh_questions.py, never tuned on
KINDS: tuple[Kind, ...] = ("answerable", "who", "counting", "misspelt", "near_miss", "off_topic", "one_word",
                           "follow_up", "new_topic", "conflict")


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the realistic set and what a right answer does.

    Exactly one expectation is set: `expected` (the lead quote holds one of these phrases, compared after the
    articles' look-alike fold, and is at most 400 characters), `abstain` (the articles do not answer), or
    `figures` (a disagreement: each group's figure is shown under "Sources differ:", one group per article).
    `history` is the earlier user questions of the conversation, oldest first; `rewrite` says whether the
    question must be resolved against it (True: a real follow-up) or stand on its own (False).
    """

    kind: Kind
    question: str
    expected: tuple[str, ...] = ()
    abstain: bool = False
    history: tuple[str, ...] = ()
    rewrite: bool | None = None
    figures: tuple[tuple[str, ...], ...] = ()
    half: Half = "tune"
    answered_by: Literal["shipped", "multihop"] = "shipped"  # which articles hold `expected`
    note: str = ""


def _answer(kind: Kind, question: str, *expected: str, note: str = "") -> Question:
    return Question(kind, question, expected=expected, note=note)


def _cnbc(kind: Kind, question: str, *expected: str, note: str = "") -> Question:
    """Answered only by a distractor: CNBC's "With hopes of victory fading, Ukraine's fight against Russia could
    get even harder in 2024" (2023-12-25)."""
    return Question(kind, question, expected=expected, answered_by="multihop", note=note)


def _abstain(kind: Kind, question: str, note: str = "") -> Question:
    return Question(kind, question, abstain=True, note=note)


def _follow(history: str | tuple[str, ...], question: str, *expected: str, rewrite: bool = True,
            abstain: bool = False, note: str = "") -> Question:
    turns = (history,) if isinstance(history, str) else history
    return Question("follow_up" if rewrite else "new_topic", question, expected=expected, abstain=abstain,
                    history=turns, rewrite=rewrite, note=note)


# Near misses of the shipped-only list that the distractors answer: the CNBC article (2023-12-25, "With hopes of
# victory fading...") says "The U.S. is not providing F-16s to Ukraine but has authorized allies to provide
# their own jets." Asked of the realistic corpus it is answerable (below), not a near miss.
_ANSWERED_BY_DISTRACTORS = {"How many F-16 jets has the U.S. sent to Ukraine?"}
# Off-topic for the shipped articles, but a distractor gives a price ("Bitcoin's rapid-fire ascent to $44,000",
# TechCrunch, December 2023): neither an abstention nor that quote is clearly right for "today", so it is left out.
_UNCLEAR_WITH_DISTRACTORS = {"What is the price of Bitcoin today?"}

_FROM_FIRST_LISTS: list[Question] = [
    *(_answer("answerable", q, *phrase.split("|")) for q, phrase in ANSWERABLE),
    *(_abstain("off_topic", q) for q in UNANSWERABLE if q not in _UNCLEAR_WITH_DISTRACTORS),
    *(_abstain("near_miss", q) for q in NEAR_MISSES if q not in _ANSWERED_BY_DISTRACTORS),
    *(_follow(h[0]["content"], q, phrase) for h, q, phrase in FOLLOW_UPS),
]

_ANSWERABLE = [
    _answer("answerable", "Which news agency distributed the photo of the Russian warship?", "Kyodo"),
    _answer("answerable", "How many sightings did Japan's Ministry of Defense report?", "two sightings"),
    _answer("answerable", "What weapons have Western nations supplied to Ukraine?", "Javelin"),
    _answer("answerable", "What does Russia want Ukraine to recognise?", "Crimea"),
    _answer("answerable", "When does Arestovich expect a peace agreement?", "no later than in May"),
    _answer("answerable", "Who are most of the Russian casualties around Bakhmut?", "Wagner Group mercenaries"),
    _answer("answerable", "How long are the contracts the Wagner convicts signed?", "six-month contracts"),
    _answer("answerable", "Where has Ukraine been training troops abroad?", "United Kingdom"),
    _answer("answerable", "Which cities could Russian reinforcements target?", "Odessa and Chernihiv"),
    _answer("answerable", "What did Zelensky say about NATO membership?", "member of NATO"),
    _answer("answerable", "Where is Volnovakha?", "north of Mariupol"),
    _answer("answerable", "What are the smaller Switchblade drones designed to do?", "take out infantry"),
    _answer("answerable", "What is Ukraine demanding in the peace talks?", "ceasefire"),
    _answer("answerable", "How has Russia changed its conscription rules?", "harder to refuse"),
    _answer("answerable", "What did British intelligence say about Russia's invasion?", "on all fronts"),
    _answer("answerable", "When is the Russian army expected to reach its culmination point?", "14 days"),
    _cnbc("answerable", "What does Ukraine's Defense Ministry say is its main goal for 2024?",
          "domestic defense industry"),
    _cnbc("answerable", "How many additional conscripts has Ukraine's military asked for?", "500,000"),
    _cnbc("answerable", "Which countries have pledged F-16 fighter jets to Ukraine?",
          "Norway, Denmark and the Netherlands"),
    _cnbc("answerable", "How many F-16 jets has the U.S. sent to Ukraine?", "not providing F-16s",
          note="a near miss over the shipped articles alone"),
]

_WHO = [
    _answer("who", "Who is Yevgeny Prigozhin?", "close Putin ally"),
    _answer("who", "Who is Mykhailo Podolyak?", "adviser to President Volodymyr Zelensky"),
    _answer("who", "Who said the next round of Russian conscription is due on April 1?", "Ben Hodges"),
    _answer("who", "Who is Oleksiy Arestovich?", "top aides"),
    _answer("who", "Who is Stavros Atlamazoglou?", "defense journalist"),
    _answer("who", "Who said the war would end within weeks?", "Arestovich"),
    _answer("who", "Who tweeted that Ukraine was counter-attacking in several operational areas?", "Podolyak"),
    _answer("who", "Who slammed Putin for hiring foreign murderers?", "Zelensky"),
    _answer("who", "Who estimated that Russia had lost 214 tanks?", "Oryx"),
    _answer("who", "Who assessed that Russia and Wagner lost between 20,000 and 30,000 troops around Bakhmut?",
            "British Ministry of Defense"),
    _cnbc("who", "Who is Kurt Volker?", "Ambassador to NATO"),
    _cnbc("who", "Who is Mario Bikarski?", "Europe and Russia analyst"),
    # The claimant of a figure, asked with another verb than the sentence's: appended in pairs.
    _answer("who", "Who admitted that 1,300 soldiers had been killed?", "Zelensky"),
    _answer("who", "Who has acknowledged only 500 casualties?", "Moscow"),
    _answer("who", "Who claims that 13,800 Russian men have been lost?", "Ukraine says 13,800"),
    _answer("who", "Who believes Russia is drawing reinforcements from Armenia?", "Ministry of Defence",
            "British intelligence"),
]

# "How many X": the figure must count X, for the party asked about.
_LONG_SENTENCE = ("002's one sentence listing Ukraine's claims is 733 characters: a lead of <= 400 needs a quote of "
                  "the clause, not the whole sentence")
_COUNTING = [
    _abstain("counting", "How many civilians have been killed in Ukraine so far?",
             note="no article gives a civilian toll for Ukraine (the soldier tolls are not one)"),
    _abstain("counting", "How many tanks has Ukraine lost?",
             note="Oryx's 343 are Ukraine's vehicles; 214 and 3,466 are Russia's tanks"),
    _abstain("counting", "How many Ukrainian soldiers have been wounded?",
             note="only Ukraine's dead (1,300) and Russia's wounded are given"),
    _abstain("counting", "How many aircraft has Ukraine lost?", note="the 304 jets are Russia's, per Ukraine"),
    _abstain("counting", "How many drones has Russia asked China for?",
             note="the Pentagon lists drones among the requests, with no number"),
    _answer("counting", "How many soldiers has Ukraine lost?", "1,300 soldiers",
            note="not Russia's 7,000 or 13,800"),
    _answer("counting", "How many vehicles has Ukraine lost?", "343"),
    _answer("counting", "How many men does Ukraine say Russia has lost?", "13,800"),
    _answer("counting", "How many casualties does Moscow admit to?", "500 casualties"),
    _answer("counting", "How many Russian troops have died according to the Pentagon?", "7,000 Russian troops"),
    _answer("counting", "How many Russian troops does Ukraine claim to have killed?", "159,090",
            note=_LONG_SENTENCE),
    _answer("counting", "How many Russian soldiers have been wounded according to the Pentagon?",
            "14,000 to 21,000"),
    _answer("counting", "How many people fled Volnovakha yesterday?", "25,000"),
    _answer("counting", "How many helicopters has Russia lost according to Ukraine?", "289 attack and transport",
            note=_LONG_SENTENCE),
    _answer("counting", "How many cruise missiles have Ukrainian air defenses shot down?", "907 cruise missiles",
            note=_LONG_SENTENCE),
    _answer("counting", "How many troops did Ukraine's army have at the start of the war?", "250,000"),
    _abstain("counting", "how many tanks has ukraine lost",
             note="typed in lower case: was answered with Russia's 214 tanks (no party read from 'ukraine')"),
    _answer("counting", "how many casualties does moscow admit to", "500 casualties"),
    # Another party's figure beside the one asked about (issue 13 item 2): appended in pairs, so the halves of the
    # questions above stay as they were.
    _answer("counting", "How many men has Ukraine called up?", "220,000", note="not Russia's 130,000 young men"),
    _answer("counting", "How many Russian soldiers does the Pentagon say have died?", "7,000",
            note="not Ukraine's 1,300"),
    _answer("counting", "How many Ukrainian troops have been killed?", "1,300", note="not Russia's 7,000 troops"),
    _answer("counting", "How many soldiers did Russia gather on the border before the invasion?", "150,000",
            note="not Ukraine's 250,000 troops"),
    _answer("counting", "How many soldiers has Russia lost according to the US and Europe?", "6,000",
            note="Ukraine's 13,800 is in the same sentence"),
    _answer("counting", "How many tanks does Ukraine claim Russia has lost?", "3,466", note="not Oryx's 214"),
    _answer("counting", "How many troops did Russia mass on Ukraine's border?", "150,000",
            note="Ukraine names the border, not whose troops: not its 250,000"),
    _answer("counting", "How many troops did the Ukrainian force start with?", "250,000",
            note="not Russia's 150,000 men"),
    # Whose claim a figure is ("according to X", "X says"), and a verb the sentence words otherwise (issue 13
    # item 2): appended in pairs of one kind, one of each pair per half.
    _answer("counting", "How many vehicles does Ukraine claim Russia has lost?", "5,348", note="not Oryx's 1,292"),
    _answer("counting", "How many vehicles does Oryx say Russia has lost?", "1,292", note="not Ukraine's 5,348"),
    _answer("counting", "How many tanks does Oryx estimate Russia has lost?", "214", note="not Ukraine's 3,466"),
    _answer("counting", "How many Russian troops does the British Ministry of Defense say were lost around Bakhmut?",
            "20,000 and 30,000", note="not Ukraine's 159,090"),
    _answer("counting", "How many people escaped Volnovakha on Monday?", "2,500", note="the sentence says 'fled'"),
    _answer("counting", "How many Leopard 2 tanks has Poland delivered to Ukraine?", "14 Leopard 2",
            note="the sentence says 'sent'"),
    _answer("counting", "How many anti-tank weapons have NATO allies provided to Ukraine?", "20,000 anti-tank",
            note="the sentence says 'supplied'"),
    _answer("counting", "How many young men will be drafted into the armed forces on April 1?", "130,000",
            note="the sentence says 'inducted'"),
    _answer("counting", "How many miles have Russian forces gained around Bakhmut?", "16 miles",
            note="the sentence says 'advanced'"),
    _answer("counting", "How many Russian troops have perished according to the Pentagon?", "7,000 Russian troops",
            note="the sentence says 'died'"),
]

_MISSPELT = [
    _answer("misspelt", "how many resevists has zelenksy caled up", "220,000"),
    _answer("misspelt", "which ilands does the tsugaru strait seperate", "Honshu and Hokkaido"),
    _answer("misspelt", "who leeds the wagner groop", "Prigozhin"),
    _answer("misspelt", "how long can swithcblade drones circel there targets", "40 minutes"),
    _answer("misspelt", "how many leopard tanks has polnd sent to ukrane", "14 Leopard 2"),
    _answer("misspelt", "when is the nxt round of russian conscripshun", "April 1"),
    _answer("misspelt", "what has russia requestd from chinna", "ration packs"),
    _answer("misspelt", "how many anti tank wepons have nato alies supplied", "20,000 anti-tank"),
    _answer("misspelt", "how far have russain forces advanced arround bakhmut", "16 miles"),
    _answer("misspelt", "how many civilans fled volnovaka on monday", "2,500"),
    _answer("misspelt", "what did japans ministery of defence release", "image of a Russian warship"),
    # Typed in lower case too: the parser reads whose figure is asked, and who claims it, from the names' capitals.
    _answer("misspelt", "how many russian troops have died acording to the pentagon", "7,000 Russian troops"),
    _answer("misspelt", "who is yevgeny prigozin", "close Putin ally"),
    _answer("misspelt", "what did zelensky say abuot nato membership", "member of NATO"),
    _answer("misspelt", "how far from kyiv are the russian grund forces", "9-12 miles"),
]

_NEAR_MISSES = [
    _abstain("near_miss", "How many Challenger 2 tanks has the UK sent to Ukraine?",
             note="Challenger 2 is named, with no number"),
    _abstain("near_miss", "What is the name of the Russian warship seen in the Tsugaru Strait?"),
    _abstain("near_miss", "How many Bayraktar drones has Turkey supplied to Ukraine?"),
    _abstain("near_miss", "When did Wagner capture Bakhmut?", note="the fight for Bakhmut is still going on"),
    _abstain("near_miss", "How many Javelin missiles has the U.S. sent to Ukraine?"),
    _abstain("near_miss", "Who commands the Russian Pacific Fleet?"),
    _abstain("near_miss", "How many Syrian fighters has Russia recruited?",
             note="'hundreds' counts Wagner mercenaries, not Syrians"),
    _abstain("near_miss", "What did the Kremlin say about the warships in the Tsugaru Strait?",
             note="only Japan's ministry is quoted"),
    _abstain("near_miss", "When did Zelensky meet Putin?", note="only their negotiators have met"),
    _abstain("near_miss", "What is the population of Bakhmut?"),
    # Grown for issue 13's abstention fit (abstain5): written before they were asked, appended in pairs so the
    # questions above keep their halves; each checked by grepping the shipped articles and MultiHop-RAG.
    _abstain("near_miss", "How old is Yevgeny Prigozhin?"),
    _abstain("near_miss", "Where was Volodymyr Zelensky born?"),
    _abstain("near_miss", "How many Switchblade drones will the U.S. send to Ukraine?",
             note="only whether to include them is discussed"),
    _abstain("near_miss", "How much does a Switchblade drone cost?", note="'cheap', no price"),
    _abstain("near_miss", "What is the range of a Switchblade drone?", note="only its 40 minutes aloft"),
    _abstain("near_miss", "How many MiG fighter jets does Poland have?", note="'its entire fleet of MiGs'"),
    _abstain("near_miss", "How many NLAW launchers has the UK sent to Ukraine?", note="named, no number"),
    _abstain("near_miss", "How many Stinger missiles has the U.S. supplied to Ukraine?", note="named, no number"),
    _abstain("near_miss", "How many Canadian soldiers have joined Ukraine's foreign legion?",
             note="Canada is among the countries named, no number"),
    _abstain("near_miss", "Which military base in western Ukraine was hit by missiles?", note="unnamed"),
    _abstain("near_miss", "What is the name of the Russian general killed in Mariupol?", note="unnamed"),
    _abstain("near_miss", "How many civilians remain in Mariupol?"),
    _abstain("near_miss", "Who is Ukraine's defence minister?"),
    _abstain("near_miss", "How many Ukrainian troops are training in the United Kingdom?",
             note="'mainly in the United Kingdom', no number"),
    _abstain("near_miss", "Where will the next round of peace talks be held?"),
    _abstain("near_miss", "Who leads Russia's negotiating team?"),
    _abstain("near_miss", "How many anti-ship missiles has Ukraine received?", note="Kyiv asks for them"),
    _abstain("near_miss", "What did Ben Hodges say about the Wagner Group?", note="Hodges speaks of conscription"),
    _abstain("near_miss", "How many Russian soldiers have deserted?",
             note="'wounded, captured or deserted' are estimated together"),
    _abstain("near_miss", "Who is Russia's defence minister?"),
    _abstain("near_miss", "How wide is the Tsugaru Strait?"),
    _abstain("near_miss", "Which Russian port did the warships sail from?"),
    _abstain("near_miss", "When did Poland send its MiG jets to Ukraine?", note="the plan fell flat"),
    _abstain("near_miss", "How many Russian conscripts have been captured in Ukraine?"),
    _abstain("near_miss", "How many artillery pieces has Ukraine lost?", note="the 2,487 are Russia's"),
    _abstain("near_miss", "How many ships pass through the Tsugaru Strait each year?"),
    _abstain("near_miss", "How deep is the Sea of Japan?"),
    _abstain("near_miss", "What is the population of Hokkaido?", note="a ski guide names Hokkaido Island too"),
]

_OFF_TOPIC = [
    _abstain("off_topic", "How many legs does a spider have?", note="'Spider-Man' is all over the game reviews"),
    _abstain("off_topic", "Who painted the Mona Lisa?"),
    _abstain("off_topic", "How do I change a flat tyre?"),
    _abstain("off_topic", "What is the boiling point of mercury?", note="one match: tensions 'hit boiling point'"),
    # Grown (abstain5): everyday questions sharing a word with the shipped articles (tank, drone, Kyiv, Pentagon,
    # foreign legion, vodka, Harrods, Siberia, Armenia) or with MultiHop-RAG's.
    _abstain("off_topic", "How do I clean a fish tank?"),
    _abstain("off_topic", "How do I register a drone with the FAA?"),
    _abstain("off_topic", "How do I cook Russian borscht?"),
    _abstain("off_topic", "How wide is the Strait of Gibraltar?"),
    _abstain("off_topic", "When did the Cold War end?", note="Cold War-era settings in film and game reviews"),
    _abstain("off_topic", "What is the best time to see cherry blossoms in Japan?"),
    _abstain("off_topic", "How long is the Trans-Siberian Railway?"),
    _abstain("off_topic", "Who won the Battle of Waterloo?"),
    _abstain("off_topic", "How do I get a Polish passport?"),
    _abstain("off_topic", "What is the recipe for Chicken Kiev?"),
    _abstain("off_topic", "What is the sum of a pentagon's interior angles?"),
    _abstain("off_topic", "How do I join the French Foreign Legion?", note="Ukraine's foreign legion is in 001"),
    _abstain("off_topic", "Which vodka is best for a martini?", note="Harrods' Russian vodka headline"),
    _abstain("off_topic", "When does the Harrods winter sale start?"),
    _abstain("off_topic", "How do I make a paper aeroplane fly further?", note="fans threw paper airplanes"),
    _abstain("off_topic", "How do I say thank you in Japanese?"),
    _abstain("off_topic", "Why did Napoleon invade Russia?", note="Ridley Scott's Napoleon reviewed"),
    _abstain("off_topic", "What is the tallest building in Canada?"),
    _abstain("off_topic", "How deep is the Mariana Trench?"),
    _abstain("off_topic", "Who was the first president of Armenia?", note="Armenia: where Russia draws men"),
]

# Off-topic questions whose one distinctive word (a city, a sport, a shop) some MultiHop-RAG article uses.
_ONE_WORD = [
    _abstain("one_word", "Does Walmart sell fishing bait?", note="Walmart: Engadget deals, CNBC"),
    _abstain("one_word", "How tall is the Eiffel Tower in Paris?", note="Paris: sports, travel"),
    _abstain("one_word", "Can I bring my dog into a Costco warehouse?",
             note="Costco: Thanksgiving opening hours (The Independent)"),
    _abstain("one_word", "How much does a taxi from Denver airport cost?", note="Denver: NFL articles"),
    _abstain("one_word", "Is the Sydney Opera House open on Mondays?", note="Sydney: The Sydney Morning Herald"),
    _abstain("one_word", "How do I get rid of crickets in my basement?", note="cricket: the sport"),
    _abstain("one_word", "How do I fix a golf cart battery?", note="golf: sports"),
    _abstain("one_word", "Which tennis racket strings last longest?", note="tennis: Davis Cup, betting odds"),
    _abstain("one_word", "What is the best deep-dish pizza in Chicago?", note="Chicago: NFL, a band"),
    _abstain("one_word", "How do I knit a baseball cap?", note="'a fetching back-to-front white baseball cap'"),
    _abstain("one_word", "How do I train for a marathon?", note="marathon: 'a horror movie marathon'"),
    _abstain("one_word", "How deep is Dubai Creek?", note="Dubai Creek: The Independent's Dubai guide"),
    _abstain("one_word", "How many calories are in a Starbucks latte?", note="Starbucks: gift cards, a lyric"),
    _abstain("one_word", "Who invented the rugby ball?", note="rugby: the 2023 World Cup"),
    # Grown (abstain5): questions, then bare topics typed as a search, sharing one word with MultiHop-RAG.
    _abstain("one_word", "How do I return an Amazon parcel without the original box?",
             note="Amazon's return policy is mentioned, not boxes"),
    _abstain("one_word", "What time does Target open on Sundays?", note="Target's holiday hours"),
    _abstain("one_word", "How do I reset my Apple Watch?"),
    _abstain("one_word", "How many players does a basketball team have on the court?"),
    _abstain("one_word", "How do I clean white Nike sneakers?"),
    _abstain("one_word", "What is the best time of year to visit Las Vegas?", note="Las Vegas: boxing, F1"),
    _abstain("one_word", "How long is the flight from London to New York?"),
    _abstain("one_word", "How do I cancel my Netflix subscription?"),
    _abstain("one_word", "How do I make a Spotify playlist private?"),
    _abstain("one_word", "What is the offside rule in soccer?", note="offside calls in match reports"),
    _abstain("one_word", "How heavy is a bowling ball?", note="'tumbled like a bowling ball downstairs'"),
    _abstain("one_word", "Where can I book a table at a restaurant in Miami?"),
    _abstain("one_word", "What is the dress code at Wimbledon?"),
    _abstain("one_word", "How do I update my Xbox controller's firmware?"),
    _abstain("one_word", "Boston clam chowder recipe"),
    _abstain("one_word", "Manchester weather forecast"),
    _abstain("one_word", "golf swing tips"),
    _abstain("one_word", "Toronto subway map"),
    _abstain("one_word", "iPhone battery replacement cost"),
    _abstain("one_word", "Seattle coffee shops"),
]

_SWITCHBLADES = "What are Switchblade drones?"
_NATO = "What did Zelensky say about NATO?"
_LEOPARDS = "How many Leopard 2 tanks has Poland sent to Ukraine?"

_FOLLOW_UPS = [
    _follow(_SWITCHBLADES, "Which country is allowed to buy them?", "UK"),
    _follow(_SWITCHBLADES, "What are the larger versions designed to destroy?", "tanks and armoured vehicles"),
    _follow("Who leads the Wagner Group?", "What kind of contracts have its fighters signed?", "six-month"),
    _follow(_LEOPARDS, "And the U.S.?", "31 M1 Abrams"),
    _follow("Who is Yevgeny Prigozhin?", "Which group does he lead?", "Wagner Group"),
    _follow("When is the next round of Russian conscription due?", "How many men will it induct?", "130,000"),
    _follow("What did Japan's Ministry of Defense release?", "What was it carrying?", "military trucks"),
    _follow("What did Japan's Ministry of Defense release?", "How many sightings did it report?", "two sightings"),
    _follow("How many reservists has Zelensky called up?", "Which men has he banned from leaving the country?",
            "between 18 and 60"),
    _follow("What is Ukraine's foreign legion?", "How many people have registered their interest in it?",
            "20,000 people"),
    _follow("What is Ukraine's foreign legion?", "Which countries are its soldiers from?", "Croatia"),
    _follow("Who is Oleksiy Arestovich?", "When does he expect a peace agreement?", "no later than in May"),
    _follow(_NATO, "When did he say it?", "on Tuesday"),
    _follow("How far have Russian forces advanced around Bakhmut?", "How long did that take them?", "nine months"),
    _follow("How many vehicles has Russia lost according to Oryx?", "And Ukraine?", "343"),
    _follow("What has Russia requested from China?", "Has it agreed to help?", "already decided"),
    _follow("Where is Russia drawing reinforcements from?", "Will they be effective?", "unclear whether"),
    _follow("How many civilians fled Volnovakha on Monday?", "And how many fled the next day?", "25,000"),
    _follow("Who is Ben Hodges?", "Who does he write for?", "Center for European Policy Analysis"),
    _follow("How many Russian troops have died according to the Pentagon?", "And how many were wounded?",
            "14,000 to 21,000"),
    _follow("Which drones proved effective at taking out Russian armour?", "Where are they made?", "Turkish-made"),
    _follow(_NATO, "What has Putin demanded about it?", "never be admitted to NATO"),
    _follow((_SWITCHBLADES, "How long can they loiter?"), "Who is allowed to buy them?", "UK",
            note="a chain: 'them' is still the Switchblades"),
    # Misspelt or typed in lower case, the question or the conversation: read as the words meant.
    _follow("who is yevgeny prigozhin", "which groop does he lead", "Wagner Group",
            note="was not rewritten: no person for 'he' in the lower-case history"),
    _follow("how many reservists has zelensky caled up", "which men has he baned from leaving the country",
            "between 18 and 60"),
    _follow("what did japans ministery of defence release", "how many sightings did it reprot", "two sightings"),
    _follow("where is the tsugaru strait", "which ilands does it separate", "Honshu and Hokkaido"),
    # The pronoun stands for the previous question's object, not its subject: appended in pairs.
    _follow("What does Russia want Ukraine to recognise?", "What has it been demanding?", "ceasefire"),
    _follow("What has Ukraine been pleading with the West to send?", "What has it already supplied?", "Javelin",
            note="'Western nations have already supplied ...'"),
    _follow("How many anti-tank weapons have NATO allies supplied to Ukraine?", "How many reservists has it called up?",
            "220,000"),
    _follow("How many soldiers did Putin amass on Ukraine's border?", "How many troops did it start the war with?",
            "250,000"),
    _follow("What did Japan see Russian warships carrying?", "Where could they be heading?",
            "on their way to Ukraine", "[Ukraine] is possible"),
    _follow("What did Britain's Ministry of Defence say about Russia?", "Where is it drawing reinforcements from?",
            "Pacific Fleet"),
    _follow("What does the UK believe about Russia's reinforcements?", "How would they be used?",
            "hold Ukrainian territory"),
    _follow("What has Zelensky asked overseas fighters to do?", "What did he promise them?", "citizenship"),
    # When-questions: the lead must hold the time asked for, not only the act (appended in pairs).
    _follow("Who is Ben Hodges?", "When does he say the next round of conscription is due?", "April 1"),
    _follow("Who is Mykhailo Podolyak?", "When did he tweet that Ukraine was counter-attacking?",
            "Wednesday morning"),
    _follow("What did Japan's Ministry of Defense release?", "When did it report the first sightings?",
            "late on Tuesday"),
    _follow("Who is Oleksiy Arestovich?", "When does he think a peace deal could be struck?", "within a week or two",
            "no later than in May", "mid-April"),
    _follow("What is the culmination point for the Russian army?", "When is it likely to come?", "14 days",
            "two weeks"),
    _follow("What did Zelensky say about the peace talks?", "When did he say it?", "on Wednesday"),
]

# New questions asked mid-conversation: they stand on their own and must not be rewritten.
_NEW_TOPICS = [
    _follow(_LEOPARDS, "When were these articles published?", abstain=True, rewrite=False,
            note="publication dates are metadata, not article text; was rewritten '(Leopard tanks Poland sent)'"),
    _follow(_NATO, "Tsugaru", "Tsugaru", rewrite=False, note="was rewritten 'Tsugaru (Zelensky NATO)'"),
    _follow(_SWITCHBLADES, "How many tanks has Russia lost?", "214", "3,466", rewrite=False),
    _follow("Who leads the Wagner Group?", "Which islands does the Tsugaru Strait separate?", "Honshu and Hokkaido",
            rewrite=False),
    _follow("How long can Switchblade drones loiter?", "Who wrote about Putin's manpower problem for MailOnline?",
            "Chris Pleasance", rewrite=False),
    _follow("Where is the Tsugaru Strait?", "How many reservists has Zelensky called up?", "220,000",
            rewrite=False),
    _follow("Which islands does the Tsugaru Strait separate?", "What is the capital of Australia?", abstain=True,
            rewrite=False),
    _follow(_LEOPARDS, "What is a good recipe for banana bread?", abstain=True, rewrite=False),
    _follow("What has Russia requested from China?", "When is the next round of Russian conscription due?",
            "April 1", rewrite=False),
    _follow("Who leads the Wagner Group?", "How many M1 Abrams tanks is the U.S. sending to Ukraine?",
            "31 M1 Abrams", rewrite=False),
    _follow(_SWITCHBLADES, "Which drones proved effective at taking out Russian armour?", "Bayraktar",
            rewrite=False),
    _follow("How far from Kyiv are the Russian ground forces?", "What did Japan's Ministry of Defense release?",
            "image of a Russian warship", rewrite=False),
    _follow("Who is Mykhailo Podolyak?", "How many civilians fled Volnovakha on Monday?", "2,500", rewrite=False),
    _follow(_NATO, "Where is Russia drawing reinforcements from?", "Pacific Fleet", rewrite=False),
    _follow("How many casualties has Moscow acknowledged?", "Who won the Super Bowl in 2016?", abstain=True,
            rewrite=False),
    _follow("How many tanks has Russia lost?", "How many calories are in a Starbucks latte?", abstain=True,
            rewrite=False),
    _follow("Where is the Tsugaru Strait?", "Who leads the Wagner Group?", "Prigozhin", rewrite=False),
    _follow("How many anti-tank weapons have NATO allies supplied to Ukraine?",
            "How many men did Putin amass before he attacked?", "150,000", rewrite=False,
            note="'he' is Putin, named in the question itself"),
    _follow("Who is Ben Hodges?", "How many vehicles had Russia lost according to Oryx?", "1,292", "1,250",
            rewrite=False),
    _follow("How many people have registered their interest in Ukraine's foreign legion?", "Bakhmut", "Bakhmut",
            rewrite=False),
    _follow("What did Japan's Ministry of Defense release?", "Switchblade drones", "Switchblade", rewrite=False),
    _follow("How many reservists has Zelensky called up?", "What does Russia want Ukraine to recognise?", "Crimea",
            rewrite=False),
    _follow("Which islands does the Tsugaru Strait separate?", _LEOPARDS, "14 Leopard 2", rewrite=False),
    _follow(_SWITCHBLADES, "how many resevists has zelenksy caled up", "220,000", rewrite=False),
    _follow("Who leads the Wagner Group?", "which ilands does the tsugaru strait seperate", "Honshu and Hokkaido",
            rewrite=False),
    # One word, a new topic mid-conversation: answered as asked (appended in pairs).
    _follow("How many reservists has Zelensky called up?", "Volnovakha", "Volnovakha", rewrite=False),
    _follow(_NATO, "Switchblade", "Switchblade", rewrite=False),
    _follow("Who leads the Wagner Group?", "Oryx", "Oryx", rewrite=False),
    _follow("Where is the Tsugaru Strait?", "Arestovich", "Arestovich", rewrite=False),
    _follow(_SWITCHBLADES, "Bayraktar", "Bayraktar", rewrite=False),
    _follow("How many tanks has Russia lost?", "Podolyak", "Podolyak", rewrite=False),
    _follow("What has Russia requested from China?", "Kyodo", "Kyodo", rewrite=False),
    _follow("Who is Ben Hodges?", "Mariupol", "Mariupol", rewrite=False),
]

_CONFLICTS = [
    Question("conflict", "How many tanks has Russia lost?", figures=(("214",), ("3,466",)),
             note="Oryx (000/001) vs. Ukraine's Ministry of Defense (002)"),
    Question("conflict", "How many Russian troops have died in Ukraine?",
             figures=(("7,000", "13,800", "6,000"), ("159,090", "20,000 and 30,000")),
             note="the Pentagon / Ukraine / the US and Europe (000/001) vs. Ukraine's ministry (002)"),
    Question("conflict", "How many vehicles has Russia lost?", figures=(("1,292", "1,250"), ("5,348",)),
             note="Oryx (000/001) vs. Ukraine's ministry, 'vehicles and fuel tanks' (002)"),
    Question("conflict", "How many Russian casualties have there been?",
             figures=(("13,800", "6,000", "500 casualties", "7,000", "24,000"),
                      ("20,000 and 30,000", "159,090", "1,100")),
             note="001's several estimates vs. 002's"),
]


# --- stop 24's held-out set, rotated in ---------------------------------------------------------------------
# Written by the lead at stop 24 from the shipped articles' text and reported unseen then (answerable 0.645, near
# misses 0.778 at a60e670); stop 25 wrote its own held-out set (tests/fresh_questions.py), so these join the
# tunable set at the end of the list (alternating halves per kind, leaving every earlier question's half as it was).

def _rotated(kind: Kind, question: str, *expected: str) -> Question:
    return Question(kind, question, expected=expected, note="stop 24 fresh set")


def _rotated_abstain(question: str) -> Question:
    return Question("near_miss", question, abstain=True, note="stop 24 fresh set")

_STOP24_FRESH: tuple[Question, ...] = (
    _rotated("answerable", "What did the Pentagon estimate?", "7,000"),
    _rotated("counting", "How many casualties has Russia suffered at Bakhmut?", "20,000 and 30,000", "1,100"),
    _rotated("counting", "How many Russian troops were killed or wounded in Bakhmut?", "20,000 and 30,000"),
    _rotated("answerable", "What did Japan's defence ministry photograph?", "warship"),
    _rotated("counting", "How many sightings did the ministry report?", "two sightings"),
    _rotated("counting", "How many vehicles has Ukraine lost according to Oryx?", "343"),
    _rotated("counting", "How many tanks had Russia lost in the first three weeks?", "214"),
    _rotated("answerable", "Where are Russia's reinforcements coming from?", "Siberia", "Pacific"),
    _rotated("who", "Who are most of the Russian casualties at Bakhmut?", "Wagner Group mercenaries"),
    _rotated("answerable", "What promise were the convicts given?", "freedom"),
    _rotated("answerable", "How long are the Wagner contracts?", "six-month"),
    _rotated("counting", "How many helicopters does Ukraine claim to have destroyed?", "289"),
    _rotated("counting", "How many artillery pieces has Russia lost?", "2,487"),
    _rotated("answerable", "Where has Ukraine been training its troops?", "United Kingdom"),
    _rotated("counting", "How many civilians fled Volnovakha yesterday?", "25,000"),
    _rotated("counting", "How many Russian soldiers does Ukraine say have been lost?", "13,800"),
    _rotated("answerable", "How big was the Ukrainian army at the start?", "250,000"),
    _rotated("answerable", "Which countries' soldiers are in the foreign legion?", "Canada", "Croatia"),
    _rotated("answerable", "What does Ukraine offer foreign fighters?", "citizenship"),
    _rotated("who", "Who can't leave Ukraine?", "18 and 60"),
    _rotated("answerable", "What weapons has the West supplied to Ukraine?", "Javelin", "NLAW", "Stinger"),
    _rotated("answerable", "What are the larger Switchblades designed to do?", "destroy tanks"),
    _rotated("answerable", "What did Zelensky say about NATO?", "not become a member"),
    _rotated("answerable", "When will Russia reach its culmination point?", "14 days", "two weeks"),
    _rotated("answerable", "What weapons is Kyiv asking for?", "drones", "anti-ship", "jamming", "surface-to-air"),
    _rotated("answerable", "How far east of Kyiv are the Russian forces?", "12-19 miles"),
    _rotated("answerable", "What share of its land forces has Russia committed to Ukraine?", "half and three quarters"),
    _rotated("answerable", "What did Moscow ask Beijing for?", "ration packs", "help"),
    _rotated("counting", "How many boats has Russia lost?", "18 boats"),
    _rotated("counting", "How many drones has Ukraine shot down?", "2,108"),
    _rotated("answerable", "What replaces Poland's MiGs in the plan?", "F-16"),
    *(_rotated_abstain(q) for q in (
        "How many Ukrainian tanks has Poland repaired?",
        "What did the Chinese foreign ministry say about the warships?",
        "How many Syrian fighters have arrived in Ukraine?",
        "When did Russia declare martial law?",  # rumoured and denied: the articles never say it was declared
        "How many civilians have died in Mariupol?",
        "How many F-16s has Poland received?",
        "Where was Yevgeny Prigozhin born?",
        "How many Wagner mercenaries are in Syria?",
        "What did Biden decide about the Switchblades?",
    )),
)


# --- questions about other articles of the corpus (stop 25) --------------------------------------------------
# A user asks about any article in the folder, and the set asked almost only about the shipped three. The lead
# drew five MultiHop-RAG articles at random (seed 25: a DraftKings picks column, TechCrunch on the US v Google
# trial, The Independent on Manchester United's Champions League exit, Engadget on the Senate's AI Insight Forum,
# Sporting News on Ole Miss v Georgia) and wrote these from their text before asking the product any of them; the
# near misses were checked against the corpus text.

def _other(kind: Kind, question: str, *expected: str) -> Question:
    return Question(kind, question, expected=expected, answered_by="multihop", note="stop 25, other articles")


_OTHER_ARTICLES: tuple[Question, ...] = (
    _other("who", "Which Eagles cornerback will miss the game in Seattle?", "Darius Slay"),
    _other("answerable", "What is the salary budget for the Eagles-Seahawks DraftKings Showdown lineup?", "$50,000"),
    _other("answerable", "How much did Google spend in 2021 to be the default search engine?", "$26.3 billion",
           "$26 billion"),  # TechCrunch of 11-13 and of 10-31, rounded
    _other("who", "Who is the judge in the Justice Department's antitrust case against Google?", "Amit Mehta"),
    _other("answerable", "How much more data does Google get than Bing, according to the DOJ?", "16 times"),
    _other("answerable", "When did Google go to trial with Epic Games?", "November 6"),
    _other("who", "Who scored Bayern Munich's winner against Manchester United?", "Kingsley Coman"),
    _other("answerable", "Which club qualified for the last 16 instead of Manchester United?", "Copenhagen"),
    _other("counting", "How many goals did Galatasaray score against Manchester United?", "six goals"),
    _other("answerable", "How much could federal AI investment cost a year?", "$32 billion"),
    _other("who", "Which senators introduced the AI Labeling Act?", "Schatz"),
    _other("who", "Who hosted the second AI Insight Forum?", "Schumer"),
    _other("answerable", "What was the final score of Ole Miss vs Georgia?", "52-17"),
    _other("counting", "How many rushing yards did Georgia finish with against Ole Miss?", "300 rushing yards"),
    _other("who", "Who replaced Jaxson Dart at quarterback?", "Spencer Sanders"),
    _other("counting", "How many yards did Carson Beck pass for against Ole Miss?", "306 yards"),
    *(Question("near_miss", q, abstain=True, note="stop 25, other articles") for q in (
        "Who will replace Erik ten Hag as Manchester United manager?",
        "When will the Senate vote on the AI Labeling Act?",
        "Who performed Brock Bowers's ankle surgery?",
        "How much did the Eagles pay Darius Slay?",
    )),
)


# --- constructors of a held-out set (tests/fresh_questions.py writes with them too, so a set rotates in unchanged) ---

def held(kind: Kind, question: str, *expected: str) -> Question:
    return Question(kind, question, expected=expected)


def held_multihop(kind: Kind, question: str, *expected: str) -> Question:
    return Question(kind, question, expected=expected, answered_by="multihop")


def held_abstain(question: str) -> Question:
    return Question("near_miss", question, abstain=True)


def _noted(note: str, questions: Iterable[Question]) -> tuple[Question, ...]:
    """An earlier held-out set, marked with the stop that wrote it."""
    return tuple(replace(q, note=note) for q in questions)


# --- stop 25's held-out set, rotated in ---------------------------------------------------------------------
# Written by the lead at stop 25 and reported unseen then (answerable 0.632, near misses 0.700 at 7258615); stop 26
# wrote its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end of the list, as
# stop 24's did.

_STOP25_FRESH = _noted("stop 25 fresh set", (
    held("answerable", "Where were the Russian warships seen?", "Tsugaru"),
    held("answerable", "What were the Russian warships carrying?", "military trucks"),
    held("answerable", "Which waters does the Tsugaru Strait lie between?", "Sea of Japan"),
    held("answerable", "What share of its troops has Russia lost?", "one-fifth"),
    held("answerable", "What kind of Russian warship was photographed?", "amphibious"),
    held("answerable", "Where did the Japanese spokesperson think the ships were heading?", "Ukraine"),
    held("answerable", "How long was Putin's invasion meant to last?", "days-long"),
    held("answerable", "Which cities could the freed-up Russian units target?", "Kyiv, Kharkiv"),
    held("answerable", "Why might the Syrian mercenaries be ineffective?", "poorly trained"),
    held("answerable", "Which organisation does Ben Hodges write for?", "Center for European Policy Analysis"),
    held("counting", "How many Russian troops could be out of action?", "24,000 and 55,200"),
    held("counting", "How many vehicles did the civilians fleeing Volnovakha use on Monday?", "160 vehicles"),
    held("answerable", "What did the Russian Defense Ministry's TV channel show?", "Syrian combatants"),
    held("answerable", "What did Zelensky call the foreign fighters Putin hired?", "murderers"),
    held("answerable", "Why did the plan to send Poland's MiGs to Kyiv fall flat?", "escalate"),
    held("answerable", "Which country makes the Bayraktar drones?", "Turkish"),
    held("answerable", "How fast are Ukraine's weapon supplies being used up?", "matter of hours"),
    held("answerable", "What guarantees did Putin demand before the invasion?", "never be admitted to NATO"),
    held("answerable", "What has the Wagner Group complained about?", "allocation of munitions",
         "lack of support", "treachery"),
    held("counting", "How many armored personnel carriers has Russia lost?", "6,769"),
    held("counting", "How many Multiple Launch Rocket Systems have been destroyed?", "493"),
    held("counting", "How many jets has Ukraine destroyed?", "304"),
    held("counting", "How many special equipment platforms has Russia lost?", "242"),
    held("answerable", "Which Western tanks does Ukraine want for the counteroffensive?", "Challenger 2"),
    held("answerable", "Why do fresh Ukrainian units have an advantage?", "exhausted Russian formations"),
    held("who", "Who wrote the article about Bakhmut casualties?", "Stavros Atlamazoglou"),
    held("answerable", "Which university did Stavros Atlamazoglou graduate from?", "Johns Hopkins"),
    held("answerable", "What has Beijing decided?", "provide help"),
    held("answerable", "How did Zelensky describe the peace talks with Russia?", "more realistic"),
    held("answerable", "What did the Russian military admit about conscripts?", "conscripted troops"),
    held_multihop("answerable", "How many views did the video of the girls opening a Taylor Swift CD get?",
              "2.7 million"),
    held_multihop("answerable", "What did Taylor Swift comment on the girls' TikTok video?", "this is amazing"),
    held_multihop("answerable", "Why did the girls give Annika a Taylor Swift CD?", "broke her wrist"),
    held_multihop("answerable", "Where did Travis Kelce watch Taylor Swift's Eras Tour show?", "Buenos Aires"),
    held_multihop("answerable", "What is the name of Travis Kelce's podcast?", "New Heights"),
    held_multihop("answerable", "Who did Cristiano Ronaldo give an explosive interview to?", "Piers Morgan"),
    held_multihop("answerable", "Which club did Santiago Gimenez join in 2022?", "Feyenoord"),
    held_multihop("counting", "How many goals has Mbappe scored for France?", "46 goals"),
    *(held_abstain(q) for q in (
        "How many Leopard 2 tanks has Germany sent to Ukraine?",
        "When will the M1 Abrams tanks arrive in Ukraine?",
        "Who commands the Russian troops in Bakhmut?",
        "What is the population of Volnovakha?",
        "How many Wagner mercenaries have deserted?",
        "How many Ukrainian civilians have been killed in Bakhmut?",
        "How many Russian warships have been sunk?",
        "What did the Japanese government say to Russia about the warships?",
        "How much is Ukraine paying its foreign legion fighters?",
        "How many MiGs does Poland have?",
    )),
))


# --- stop 26's held-out set, rotated in ---------------------------------------------------------------------
# Written by the lead at stop 26 and reported unseen then (answerable 0.857, near misses 0.600 at 0e1eed2); stop 27
# wrote its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end, as stop 25's did.

_STOP26_FRESH = _noted("stop 26 fresh set", (
    held("answerable", "On which day of the war was Russia fighting for Bakhmut?", "382nd"),
    held("answerable", "What was the British Ministry of Defense's video about Bakhmut called?",
         "Wagner and Bakhmut"),
    held("counting", "How many anti-aircraft batteries has Russia lost?", "259"),
    held("counting", "How many Iskander ballistic missile systems has Ukraine destroyed?", "four mobile Iskander"),
    held("counting", "How many vehicles and fuel tanks has Russia lost?", "5,348"),
    held("counting", "How many tactical drones has Russia lost?", "2,108"),
    held("answerable", "Which battalion did Stavros Atlamazoglou serve in?", "575th Marine Battalion"),
    held("answerable", "Where has Stavros Atlamazoglou's work been featured?", "SOFREP"),
    held("counting", "How many men did Putin amass on the border before the invasion?", "150,000"),
    held("answerable", "Why is it unusual for Russian ships to pass through the Tsugaru Strait?",
         "close to Japanese territory"),
    held("answerable", "Which news agency released the photo of the Russian warship?", "Kyodo"),
    held("answerable", "What do Russian negotiators want Ukraine to recognise?", "Crimea"),
    held("answerable", "What has Ukraine demanded in the peace talks?", "ceasefire"),
    held("answerable", "What is promised to foreigners who fight for Ukraine?", "citizenship"),
    held("counting", "How big was the Ukrainian force at the start of the war?", "250,000"),
    held("answerable", "Which anti-tank weapons has the West supplied to Ukraine?", "Javelin"),
    held("answerable", "Where do the foreign fighters train?", "west of the country"),
    held("answerable", "How do Russia's losses compare with America's in Iraq and Afghanistan?",
         "more than the US lost"),
    held_multihop("counting", "What is the Sydney Swans' average AFLW home attendance?", "4,365"),
    held_multihop("who", "Who is the Swans' executive GM of marketing?", "Loretta Johns"),
    held_multihop("answerable", "Where do the Swans play Collingwood in the pride match?", "Henson Park"),
    held_multihop("counting", "How many fans watched the Swans' first AFLW win?", "5,474"),
    held_multihop("answerable", "By how much has AFLW game time increased?", "eight minutes"),
    held_multihop("answerable", "What was the score when the Swans beat the Western Bulldogs?", "14-12-96"),
    held_multihop("who", "Who coaches the Sydney Swans AFLW team?", "Scott Gowans"),
    held_multihop("who", "Who invented canned cranberry sauce?", "Urann"),
    held_multihop("answerable", "When did Ocean Spray first sell its cranberry sauce nationally?", "1941"),
    held_multihop("answerable", "Where was Marcus Urann born?", "Sullivan, Maine"),
    held_multihop("answerable", "Which honor society did Marcus Urann found?", "Phi Kappa Phi", "Lambda Sigma Eta"),
    held_multihop("answerable", "Which state is the top cranberry grower in the US?", "Wisconsin"),
    held_multihop("answerable", "When did Marcus Urann buy his first cranberry bog?", "1906"),
    held_multihop("counting", "How many campuses have Phi Kappa Phi chapters?", "325"),
    held_multihop("answerable", "How long is the front line in Ukraine?", "600-mile"),
    held_multihop("answerable", "What is the main goal of Ukraine's Defense Ministry in 2024?",
                  "domestic defense industry"),
    held_multihop("answerable", "Which countries have pledged F-16 jets to Ukraine?", "Norway"),
    held_multihop("who", "Who is Sam Cranny-Evans?", "Royal United Services Institute"),
    held_multihop("answerable", "How quickly does Trump say he could resolve the Ukraine war?", "in one day"),
    held_multihop("answerable", "What is the welcome bonus of the Delta SkyMiles Gold Business card?", "75,000"),
    held_multihop("answerable", "What is the Delta SkyMiles Gold Business card's annual fee after the first year?",
                  "$99"),
    held_multihop("answerable", "What discount do cardholders get when they use miles to buy Delta flights?", "15%"),
    held_multihop("answerable", "How much is Delta's standard checked bag fee?", "$30"),
    held_multihop("answerable", "What credit score do you need for the Delta SkyMiles Gold card?", "690"),
    *(held_abstain(q) for q in (
        "When was Ocean Spray founded?",
        "How much do tickets to Sydney Swans AFLW games cost?",
        "What is the capacity of Henson Park?",
        "How many F-16s has Norway pledged to Ukraine?",
        "What is the APR of the Chase Ink Business Preferred card?",
        "How many anti-aircraft batteries has Ukraine lost?",
        "How many tanks has the Wagner Group lost?",
        "When did Marcus Urann graduate from the University of Maine?",
        "How many Ukrainian pilots are training on F-16 jets?",
        "How many miles does a Delta flight from Seattle to Paris cost?",
    )),
))


# --- stop 27's held-out set, rotated in ---------------------------------------------------------------------
# Written by the lead at stop 27 and reported unseen then (answerable 0.727, near misses 0.500 at 09ad332); stop 28
# wrote its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end, as stop 26's did.

_STOP27_FRESH = _noted("stop 27 fresh set", (
    held("answerable", "Where are Ukraine's losses likely to be highest?", "south of Ukraine"),
    held("answerable", "Which military district is Russia drawing men from?", "Eastern Military District"),
    held("answerable", "Which newspaper reported that the talks included a broader agreement?", "Times"),
    held("answerable", "Which battalion's troops stood next to destroyed Russian tanks in Mariupol?", "Azov"),
    held("answerable", "What hit a base where foreign fighters train?", "missile strikes"),
    held("answerable", "How long ago did Putin give the order to attack?", "21 days"),
    held("who", "Who said Russia's invasion has stalled on all fronts?", "British intelligence"),
    held("answerable", "What do Russian negotiators want Ukraine to declare?", "neutrality"),
    held("answerable", "What did Putin want removed from ex-Soviet countries?", "troops and weapons"),
    held("answerable", "What did Putin call his invasion?", "special military operation"),
    held("answerable", "What is Putin's invasion becoming?", "bloodbath"),
    held("answerable", "How did negotiators describe the progress at the weekend?", "substantial"),
    held("answerable", "What are the 31 M1 Abrams tanks meant as?", "long-term security assistance"),
    held("who", "Who does the Wagner Group accuse of treachery?", "regular Russian military"),
    held("answerable", "In which region is Bakhmut?", "Donbas"),
    held("answerable", "Which army did Stavros Atlamazoglou serve in?", "Hellenic Army"),
    held("answerable", "What will the Biden administration discuss today?", "extra equipment"),
    held("answerable", "What happens at the Russian army's culmination point?", "outweigh"),
    held("who", "Who warned that Beijing has decided to provide help to Russia?", "the US has warned"),
    held("answerable", "How long has Zelensky been a symbol of resistance?", "20 days"),
    held_multihop("answerable", "What is the medical name for stomach paralysis?", "gastroparesis"),
    held_multihop("counting", "How many U.S. patients' insurance records did the UBC researchers examine?",
                  "16 million"),
    held_multihop("answerable", "How much more likely were GLP-1 users to get pancreatitis?", "9.09 times"),
    held_multihop("who", "Who was the first author of the UBC study on weight loss drugs?", "Mohit Sodhi"),
    held_multihop("answerable", "Which journal published the study linking Wegovy to stomach paralysis?", "JAMA"),
    held_multihop("answerable", "When was Ozempic approved by the FDA?", "December 2017"),
    held_multihop("counting", "How many people in the U.S. used GLP-1 agonists in 2022?", "40 million"),
    held_multihop("who", "Who makes Mounjaro?", "Lilly"),
    held_multihop("answerable", "Where is the fintech startup Rainforest based?", "Atlanta"),
    held_multihop("who", "Who led Rainforest's seed round?", "Accel"),
    held_multihop("answerable", "How much did Rainforest raise in its seed round?", "$8.5 million"),
    held_multihop("who", "Who is Rainforest's CEO?", "Joshua Silver"),
    held_multihop("counting", "How many people did Synapse lay off?", "86 people"),
    held_multihop("answerable", "How much does Visa plan to invest in generative AI companies?", "$100 million"),
    held_multihop("answerable", "How long did the SEC investigation into Bolt take?", "15 months"),
    held_multihop("answerable", "Which update brings double tap to the Apple Watch?", "watchOS 10.1"),
    held_multihop("answerable", "How much more accurate are the Series 9 and Ultra 2 at detecting double tap?",
                  "15 percent"),
    held_multihop("counting", "How many neural engines does the Apple S9 chip have?", "four neural engines"),
    held_multihop("answerable", "When did Apple introduce Assistive Touch?", "2021"),
    held_multihop("who", "Who is Apple's senior director of Apple Watch software engineering?", "David Clark"),
    held_multihop("who", "Who created Stardew Valley?", "Eric Barone"),
    held_multihop("who", "Who do you play as in Hades?", "Zagreus"),
    held_multihop("answerable", "What is Polygon's favourite city in Super Mario Odyssey?", "New Donk City"),
    held_multihop("counting", "How many other players can share a farm in Stardew Valley?", "three other players"),
    *(held_abstain(q) for q in (
        "How much does Wegovy cost per month?",
        "What is Rainforest valued at?",
        "How many copies has Stardew Valley sold?",
        "When did the FDA approve Mounjaro?",
        "How many foreign fighters have been killed in Ukraine?",
        "How many Bayraktar drones does Ukraine have?",
        "How many Switchblade drones will the US send to Ukraine?",
        "How many cruise missiles has Russia fired at Ukraine?",
        "How many Apple Watch Series 9 watches has Apple sold?",
        "When was Hollow Knight released?",
    )),
))


# --- a new user's probe (stop 28b, answers7) ------------------------------------------------------------------
# Asked as a new user over the shipped articles and the realistic corpus; each expectation checked against the text.

_PROBE_28B = _noted("stop 28b probe", (
    _follow("Which men has Zelensky banned from leaving the country?", "What ages are they?", "between 18 and 60",
            note="was not rewritten: 'ages' was read as what 'they' stands for"),
    _follow("Which foreign fighters have joined Ukraine's foreign legion?", "Which countries are they from?",
            "Croatia", note="was not rewritten: 'countries' was read as what 'they' stands for"),
    _follow("Who has supplied anti-tank weapons to Ukraine?", "And who else has?", "NATO allies",
            "Western nations", note="was not rewritten: no pronoun, but 'who else' leans on the conversation"),
    _follow("How many Russian troops have died according to the Pentagon?", "Who else gave an estimate?",
            "US and Europe", "Ukraine says", note="was not rewritten ('who else')"),
    held_multihop("who", "Who is the CEO of Simply Homes?", "Brian Bagdasarian"),  # main: "co-founder and CFO ..."
    held_multihop("who", "Who is the CEO of Nike?", "John Donahoe"),
    held_multihop("answerable", "How much funding has Simply Homes raised?", "$22 million"),  # main: no_count
    held_multihop("answerable", "How much net income did Nike report?", "$1.45 billion"),
    held_multihop("answerable", "What was the score of the Arizona Utah game?", "42-18"),  # main: uncounted
    held_multihop("answerable", "What was the score of the Ole Miss Georgia game?", "52-17"),
    held_abstain("Who is Mastercard's CEO?"),  # only its CFO is named; main quoted him
    held("answerable", "What are the high casualties and internal rifts?", "brought internal rifts"),  # main: heading
))


# --- stop 28's held-out set, rotated in ---------------------------------------------------------------------
# Written by the lead at stop 28 and reported unseen then (answerable 0.773 -> 0.795, near misses 0.500 -> 0.500,
# b34d4a5 -> dcdf84f); the lead wrote stop 29's held-out set at the end of stop 28 (tests/fresh_questions.py), so
# these join the tunable set at the end, after the probe, as stop 27's did.

_STOP28_FRESH = _noted("stop 28 fresh set", (
    held("answerable", "What did Putin say his special military operation would do to Ukraine?", "demilitarise"),
    held("answerable", "What does Kyiv want surface-to-air missiles to shield against?", "bombardments"),
    held("answerable", "How are Ukrainian troops holding out in Kharkiv?", "stiff resistance"),
    held("answerable", "Where might Russia try to encircle Ukrainian forces?", "Donbass"),
    held("answerable", "How many Russians are assumed wounded, captured or deserted for each one killed?",
         "three times"),
    held("who", "Who said Ukraine was at a fork in the road?", "Arestovich"),
    held("answerable", "What had Ukraine heard for years about joining NATO?", "doors were open"),
    held("answerable", "Why does Zelensky's team expect a peace deal within one or two weeks?",
         "run out of fresh troops"),
    held("answerable", "What did Putin deny about conscripts?", "no conscripts were being sent"),
    held("answerable", "What was Putin rumoured to be about to declare?", "martial law"),
    held("answerable", "What would Russia risk after its culmination point?", "losing territory"),
    held("answerable", "How did an American update describe Russian advances?", "near-standstill"),
    held("answerable", "What has the battle for Bakhmut become?", "deadliest battle"),
    held("answerable", "What has the Wagner Group been demanding?", "bigger role"),
    held("answerable", "How have Ukrainian commanders been rotating units?", "reasonable blocks"),
    held("answerable", "Where in Bakhmut are the Russian forces now?", "inside the town"),
    held("answerable", "What has Ukraine created by training troops abroad?", "well-prepared reserve"),
    held("answerable", "Which outlet is Stavros Atlamazoglou a columnist for?", "19FortyFive"),
    held("answerable", "What are the Syrian mercenaries unused to?", "terrain and climate"),
    held("who", "Who do UK defence sources say Kyiv has on the run?", "Moscow"),
    held_multihop("answerable", "Where is India playing the Netherlands in the 2023 World Cup?",
                  "M Chinnaswamy Stadium"),
    held_multihop("answerable", "By how many runs did India beat Sri Lanka in the 2023 World Cup?", "302 runs"),
    held_multihop("counting", "How many times have India reached the Cricket World Cup semi-finals?", "seventh time"),
    held_multihop("who", "Who scored 51 not out in 32 balls in India's 1983 World Cup semi-final?", "Sandeep Patil"),
    held_multihop("who", "Who scored 115 runs for England in the 1987 World Cup semi-final?", "Graham Gooch"),
    held_multihop("answerable", "By how many runs did India lose the 2019 World Cup semi-final?", "18 runs"),
    held_multihop("who", "Who founded BlackRock?", "Larry Fink"),
    held_multihop("answerable", "How much has Topix risen this year?", "25 per cent"),
    held_multihop("answerable", "How big is Japan's asset management industry?", "$5tn"),
    held_multihop("answerable", "Which tax-free investment scheme will Japan expand?",
                  "Nippon Individual Savings Account"),
    held_multihop("who", "Who heads the Japan research department at Jefferies?", "Paul Hitchens"),
    held_multihop("answerable", "How much household financial assets does Japan want to unlock?", "$14tn"),
    held_multihop("answerable", "When did Walmart launch its first round of Black Friday deals?", "Nov. 8"),
    held_multihop("answerable", "What time did Walmart stores open on Black Friday 2023?", "6 a.m."),
    held_multihop("answerable", "When does Walmart's Cyber Monday sale start?", "Nov. 26"),
    held_multihop("answerable", "How early can Walmart+ members shop the Cyber Monday sale?", "three hours"),
    held_multihop("answerable", "How much is the Echelon Connect Sport on Black Friday?", "$297"),
    held_multihop("counting", "How many levels of resistance does the Echelon Connect Sport have?", "32 levels"),
    held_multihop("answerable", "How long was the alligator at the SEO party?", "five and a half feet"),
    held_multihop("answerable", "When did Missy Ward start doing SEO?", "1998"),
    held_multihop("answerable", "How much did Missy Ward sell her company for?", "$40 million"),
    held_multihop("who", "Who hosted the alligator party?", "Darren Blatt"),
    held_multihop("answerable", "What does Daron Babin invest in now?", "cannabis and psychedelics"),
    held_multihop("answerable", "Which party is Lars Mapstead running for president for?", "Libertarian"),
    *(held_abstain(q) for q in (
        "How many runs did Virat Kohli score against the Netherlands?",
        "How much money does BlackRock manage?",
        "When did Fumio Kishida become prime minister?",
        "How much did Warren Buffett invest in Japan's trading houses?",
        # Was "How much does a Walmart+ membership cost?" until stop 47: 574 gives it ("Walmart Plus costs $99 per
        # year", found by stop 47's held-out writer); no article gives a member count (Walmart+ / Walmart Plus are in
        # 222, 473, 558, 574 only)
        "How many members does Walmart+ have?",
        "What is the seating capacity of the Wankhede Stadium?",
        "How much money has Cade Lee made from SEO?",
        "How many tickets were sold for the India vs New Zealand semi-final?",
        "How many Russian warships passed through the Tsugaru Strait?",
        "How much does the Solo Stove Ranger 2.0 cost at Walmart?",
    )),
))


# --- "who else" follow-ups (stop 30, whoelse3) -----------------------------------------------------------------
# Written before the change that reads a "who else" as asking for a new party's claim, from the articles' text: each
# expected phrase is in a sentence where a party the earlier answer did not name makes the claim (one guard, "What
# else did the Pentagon say?", wants the same party). Appended after every earlier question, so no half moves.

def _more(history: str, question: str, *expected: str, multihop: bool = False) -> Question:
    return replace(_follow(history, question, *expected), answered_by="multihop" if multihop else "shipped",
                   note="stop 30 who else")


_WHO_ELSE: tuple[Question, ...] = (
    _more("How many casualties has Moscow acknowledged?", "Who else gave a figure?", "13,800", "up to 6,000",
          "7,000", "159,090", "20,000 and 30,000"),
    _more("How many Russian troops does Ukraine say have been lost?", "Who else gave an estimate?",
          "Pentagon estimates", "Moscow itself", "7,000 soldiers", "British Ministry of Defense"),
    _more("What has British intelligence said about Russia's invasion?", "Who else has assessed Russia's progress?",
          "American intelligence", "near-standstill"),
    _more("What has Zelensky admitted about Ukraine's losses?", "Who else has counted Ukraine's losses?",
          "Oryx added"),
    _more("What did Zelensky say about the peace talks?", "Who else expects a peace deal?", "Arestovich",
          "aides to Zelensky", "his team said"),
    _more("How many vehicles has Russia lost according to Oryx?", "Has anyone else estimated Russia's losses?",
          "Pentagon estimates", "Ukraine says", "British Ministry of Defense", "Moscow itself"),
    _more(_LEOPARDS, "Which other countries are sending tanks?", "31 M1 Abrams"),
    _more("What did Britain's Ministry of Defence say about Russia's reinforcements?",
          "Who else says Russia needs more men?", "indications", "American intelligence"),
    _more("Why did OpenAI push out Sam Altman?", "Who else commented on Altman's exit?", "Brockman", "Gartner",
          "Microsoft", "Curran", "Graham", multihop=True),
    _more("What does Ofcom estimate about the Online Safety Act?", "Who else commented on the new rules?",
          "MacKinnon", "Wiseman", "Wikimedia", multihop=True),
    _more("What did Schumer say about the cost of American leadership on AI?", "Who else made a statement?",
          "Schatz", "Gensler", "Shuler", multihop=True),
    _more("How many Russian troops have died according to the Pentagon?", "What else did the Pentagon say?",
          "ration packs"),
    _more("What did UK defence sources say about the culmination point?",
          "Who else expects Russia to run out of troops?", "his team said", "Arestovich"),
    _more("Who said Altman's exit was shocking?", "Who else commented?", "Curran", "Brockman", "Microsoft",
          "Graham", multihop=True),
)


# --- who wrote the article, and which outlet published it (stop 31, byline) -------------------------------------
# Written before the change that answers them from the article's byline or its `author` / `source` field, from the
# articles' text and corpus.json's records: "By Chris Pleasance for MailOnline" (a byline line of the shipped
# article), Stavros Atlamazoglou's biography closing the Bakhmut article, "By Chad Jennings, ..." opening a New York
# Times record whose `author` field is "The New York Times", "Written by Serina DeSalvio, ..." opening a SciTechDaily
# record; the others only in a record's `author` or `source` field. CNBC's Ukraine article (442), BBC's Kenwright
# obituary (543) and Activision explainer (214) and the FT's Kishida article (182) have a null `author` and name no
# writer: they must abstain; no article is about Vesuvius or Sochi. Appended after every earlier question, in pairs of
# a kind, so each kind splits evenly and no earlier question changes half.

def _byline(kind: Kind, question: str, *expected: str, multihop: bool = False) -> Question:
    return replace(Question(kind, question, expected=expected, abstain=not expected),
                   answered_by="multihop" if multihop else "shipped", note="stop 31 byline")


_BYLINES: tuple[Question, ...] = (
    _byline("who", "Who wrote the article about Putin's manpower problem?", "Chris Pleasance"),
    _byline("who", "Which reporter wrote the article about the Russian warships in the Tsugaru Strait?",
            "Chris Pleasance"),
    _byline("who", "By whom was the article about the Bakhmut casualties written?", "Stavros Atlamazoglou"),
    _byline("who", "Who is the author of the article about Wall Street's September slump and the ASX?", "Stan Choe",
            multihop=True),
    _byline("who", "Who wrote the New York Times article ranking the most daunting home fields of the MLB playoff "
            "teams?", "Chad Jennings", multihop=True),
    _byline("who", "Who wrote the live updates of the Raiders vs. Lions Monday Night Football game?", "Dan Treacy",
            multihop=True),
    _byline("who", "Who wrote the article about the cranberry's history and biology?", "Serina DeSalvio",
            multihop=True),
    _byline("who", "Which journalist wrote about Rainforest, the budding Stripe rival?", "Christine Hall",
            multihop=True),
    _byline("near_miss", "Who wrote the CNBC article about Ukraine's fight against Russia getting harder in 2024?"),
    _byline("near_miss", "Who wrote the article about the death of Everton chairman Bill Kenwright?"),
    _byline("near_miss", "Who is the author of the article on what the Microsoft Activision deal means for gamers?"),
    _byline("near_miss", "Who wrote the article about Kishida saying Japan should reassess its economy?"),
    _byline("off_topic", "Who wrote the article about the eruption of Mount Vesuvius?"),
    _byline("off_topic", "Which reporter wrote about the Sochi Winter Olympics?"),
    _byline("answerable", "Which outlet published the article about Wall Street's September slump and the ASX?",
            "Sydney Morning Herald", multihop=True),
    _byline("answerable", "Which publication ran the live updates of the Raiders vs. Lions Monday Night Football "
            "game?", "Sporting News", multihop=True),
    _byline("answerable", "Which newspaper published the article ranking the most daunting home fields of the MLB "
            "playoff teams?", "New York Times", multihop=True),
    _byline("answerable", "Which outlet published the article about the death of Everton chairman Bill Kenwright?",
            "BBC", multihop=True),
)


# --- "Which X ...?" (stop 31, abst2) ------------------------------------------------------------------------------
# Written before the change that abstains when the best sentences speak of X only as some X and name none: near misses
# whose X the shipped articles speak of that way ("an amphibious Russian warship carrying military trucks", "anti-ship
# missiles", "drones" among what Russia requested, "bases in the west of the country"), and answerable ones whose X
# a sentence names ("Stinger anti-aircraft systems", "the Pacific Fleet", "American Javelin anti-tank missiles", "the
# Tsugaru Strait"). Appended after every earlier question, in pairs of a kind, so each kind splits evenly.

_WHICH: tuple[Question, ...] = _noted("stop 31 which", (
    _abstain("near_miss", "Which amphibious warship carried the military trucks?"),
    _abstain("near_miss", "Which anti-ship missile has Kyiv asked for?"),
    _abstain("near_miss", "Which drone did Russia request from China?"),
    _abstain("near_miss", "Which base in the west of Ukraine do foreign fighters train at?"),
    _answer("answerable", "Which anti-aircraft system have Western nations supplied to Ukraine?", "Stinger"),
    _answer("answerable", "Which fleet is Russia drawing reinforcements from?", "Pacific Fleet"),
    _answer("answerable", "Which anti-tank weapon have Western nations supplied to Ukraine?", "Javelin", "NLAW"),
    _answer("answerable", "Which Japanese strait did the Russian warships pass through?", "Tsugaru Strait"),
))


# Stop 31, second session: questions about the articles themselves (how many, their outlets, dates, subjects), which
# no sentence of them answers (the Articles tab and `qa-index list` show them), and questions that name the articles
# only as where to look ("What do the articles say about X?"): those are answered as if asked without the words.
# Written before the rule that reads them; in pairs of a kind, so each kind splits evenly.

def _corpus(kind: Kind, question: str, *expected: str) -> Question:
    return replace(Question(kind, question, expected=expected, abstain=not expected), note="stop 31 corpus")


_CORPUS: tuple[Question, ...] = (
    _corpus("off_topic", "How many articles are there?"),
    _corpus("off_topic", "Which outlets published these articles?"),
    _corpus("off_topic", "When were the articles written?"),
    _corpus("off_topic", "What are these articles about?"),
    _follow(_SWITCHBLADES, "Which sources are these articles from?", abstain=True, rewrite=False,
            note="stop 31 corpus"),
    _follow(_NATO, "How many articles do you have?", abstain=True, rewrite=False, note="stop 31 corpus"),
    _corpus("answerable", "What do the articles say about the Tsugaru Strait?", "Honshu and Hokkaido"),
    _corpus("answerable", "According to these articles, how many reservists has Zelensky called up?", "220,000"),
)


# --- the asked act, by the asked subject (stop 31b, ans2) ---------------------------------------------------------
# Written before the change that lets only a sentence stating the question's act with its subject lead (when one of
# the best does), from the shipped articles' text: each answer's sentence has the asked verb with the asked party as
# its subject, and another candidate restates the question's words around another verb ("Ukraine continues to receive
# weapon systems from the West"). Appended after every earlier question, two per half.
_ACTS: tuple[Question, ...] = tuple(replace(q, note="stop 31b asked act") for q in (
    _answer("answerable", "What have NATO allies supplied to Ukraine?", "20,000 anti-tank"),
    _answer("answerable", "What have Ukrainian commanders been rotating?", "rotating units"),
    _answer("answerable", "What have the Russian forces suffered for yet another day?", "heavy casualties"),
    _answer("answerable", "What does the UK believe about the reinforcements?", "hold Ukrainian territory"),
))


# Stop 33: what an outlet named only in a byline reported ("By Chris Pleasance for MailOnline" closes the shipped
# article's headline; MailOnline is no article's `source`). Written before the change that reads such a publication as
# where to look; the near misses ask of what the MailOnline article never mentions (Bakhmut, Leopard tanks: other
# articles do). In pairs of a kind, so each kind splits evenly.

_OUTLET: tuple[Question, ...] = _noted("stop 33 outlet", (
    _answer("answerable", "What did the MailOnline article say about the Wagner Group?", "paid mercenaries"),
    _answer("answerable", "What did MailOnline report about the Tsugaru Strait?", "Tsugaru Strait"),
    _answer("answerable", "What did the MailOnline story say about Switchblade drones?", "Switchblade"),
    _answer("answerable", "What did the MailOnline piece say about conscription?", "conscript"),
    _abstain("near_miss", "What did the MailOnline article say about Bakhmut?"),
    _abstain("near_miss", "What did MailOnline report about the Leopard tanks?"),
))


# --- stop 29's held-out set, rotated in ---------------------------------------------------------------------
# Written by the lead at the end of stop 28 and reported unseen at stops 29-34 (answerable 0.750, near misses 0.700 at
# stop 34, 3a4b7f4); stop 35 wrote its own held-out set (tests/fresh_questions.py), so these join the tunable set at
# the end, as stop 28's did.

_STOP29_FRESH = _noted("stop 29 fresh set", (
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


# --- more "who else / what else / which other / anyone else" follow-ups (stop 35, else2) ----------------------------
# Written before any change of stop 35's else2, from the articles' text: each expected phrase is in a sentence where a
# party the earlier answer did not name makes the claim or does the act asked (the shipped articles: the Ukrainian
# Ministry of Defense's 159,090, Britain's Ministry of Defence on reinforcements, UK defence sources on the
# culmination point, "Ukraine claims it is successfully counter-attacking", Putin's demands on NATO; MultiHop-RAG:
# the witnesses of the FTX and Google search trials, "digital rights groups say" of the Online Safety Act, the
# comments on Altman's firing); three guards want the same party ("What else did Oryx say?", "What else does British
# intelligence believe?", "What else did Ellison say?"); one "what other" wants other things (the weapons Western
# nations supplied). Appended after every earlier question, so no half moves: 7 tune, 7 report.

def _else2(history: str, question: str, *expected: str, multihop: bool = False) -> Question:
    return replace(_more(history, question, *expected, multihop=multihop), note="stop 35 else2")


_ELSE2: tuple[Question, ...] = (
    _else2("What did Arestovich say about the end of the war?", "Who else thinks Russia's attack will stall soon?",
           "UK defence sources"),
    _else2("How many troops have Russia and Wagner lost around Bakhmut according to the British Ministry of Defense?",
           "Who else has given a figure for Russian casualties?", "159,090", "13,800", "Pentagon estimates",
           "up to 6,000", "7,000 soldiers"),
    _else2("What did Gary Wang testify about Alameda?", "Who else testified against Bankman-Fried?", "Yedidia",
           "Ellison testified", "Ellison said", "Singh testified", multihop=True),
    _else2("What did Eddy Cue say about Google's search deal?", "Who else testified in the Google search trial?",
           "Pichai", "Raghavan", "Diller", "Rosenberg", "DuckDuckGo", multihop=True),
    _else2("What did Mykhailo Podolyak tweet about the fighting?", "Who else says Ukraine is counter-attacking?",
           "Ukraine claims it is successfully"),
    _else2("What does America estimate about Russia's land forces?", "Who else has assessed Russia's reinforcements?",
           "Britain's Ministry of Defence", "British intelligence believes", "The UK believes"),
    _else2("What did British intelligence say about Russia's invasion?", "What else does British intelligence believe?",
           "reinforce its armies"),
    _else2("What did Oryx estimate about Russia's vehicle losses?", "What else did Oryx say?", "Ukraine has lost 343"),
    _else2("What did Google's search head Prabhakar Raghavan reveal in court?", "Which other executives testified?",
           "Pichai", "Diller", "Rosenberg", "Cue said", "DuckDuckGo", multihop=True),
    _else2("What does Rebecca MacKinnon say about the Online Safety Act?",
           "Who else has concerns about the Online Safety Act?", "digital rights groups", "critics have claimed",
           multihop=True),
    _else2("What has Zelensky said about joining NATO?", "Has anyone else commented on Ukraine joining NATO?",
           "Putin had been demanding"),
    _else2("What did Satya Nadella say about Sam Altman?", "Did anyone else comment on Altman's firing?", "Brockman",
           "Graham", "Curran", "Gartner", "Murati", multihop=True),
    _else2("What did Caroline Ellison say Bankman-Fried directed her to do?", "What else did Ellison say?",
           "very integrated", "worse shape", "profitable trades", multihop=True),
    _else2("Which drones proved effective at taking out Russian armour?",
           "What other weapons have Western nations supplied?", "Javelin", "NLAW", "Stinger"),
)


# --- stop 35's held-out set, rotated in ---------------------------------------------------------------------
# Written by a helper at stop 35 without asking the product (shipped facts, four MultiHop-RAG articles drawn with seed
# 35, near misses, one-word off-topic questions) and reported unseen at stop 35 (answerable 0.5938, abstained 0.5714,
# e9f6e60); stop 36 wrote its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end.
# One phrase the lead had tightened at stop 35 ("Washington" -> "Washington beating") is loosened to "Washington beat":
# the article's own subhead "Washington beats Oregon in Pac-12 championship" answers the question as well.

_STOP35_FRESH = _noted("stop 35 fresh set", (
    held("answerable", "Have Russian reinforcements in Russia started moving into Ukraine?", "no actual movement"),
    held("answerable", "Is Volnovakha still under siege?", "no longer fully besieged"),
    held("answerable", "What kind of drones might the US put in its next aid package for Ukraine?", "suicide drones"),
    held("answerable", "How are Switchblades steered to a target?", "pre-programmed"),
    held("answerable", "How will Putin take Zelensky's admission that Ukraine won't join NATO?", "music to the ears"),
    held("who", "Who rebuffed Putin's demands before he invaded?", "Kyiv, Washington and NATO"),
    held("answerable", "What could drag the war out, according to Arestovich?", "new reinforcements"),
    held("answerable", "Why have advances across Ukraine stopped?", "manpower runs short"),
    held_multihop("answerable", "What is Prisco's record against the spread going into Week 12?", "80-78-6"),
    held_multihop("who", "Who starts at quarterback for the Jets against the Dolphins on Black Friday?", "Tim Boyle"),
    held_multihop("counting", "How many of their last 11 games against the Jaguars have the Texans won?", "10 of 11"),
    held_multihop("who", "Which offensive coordinator did the Steelers fire?", "Matt Canada"),
    held_multihop("answerable", "What score does Prisco predict for Jaguars vs. Texans?", "Jaguars 27, Texans 23"),
    held_multihop("counting", "How many teams play in Week 12 of the NFL season?", "all 32 teams"),
    held_multihop("who", "Who said Hamas had seized the police headquarters in Sderot?", "Younis Tirawi"),
    held_multihop("answerable", "What did Hamas militants take over in Sderot?", "police HQ"),
    held_multihop("who", "Which management professor called the attack a great Mossad failure?", "Jaswant Gandhi"),
    held_multihop("who", "Which journalist thinks Mossad is overrated?", "Ben Muasya"),
    held_multihop("answerable", "Which Israeli tanks did a user say Hamas had captured?", "Merkava"),
    held_multihop("answerable", "What does Netanyahu say is Israel's first objective in the war?", "hostile forces"),
    held_multihop("answerable", "When does Craig Morgan's EP Enlisted come out?", "Oct. 20"),
    held_multihop("counting", "How many songs are on Craig Morgan's Enlisted EP?", "six-song"),
    held_multihop("answerable", "Where was Craig Morgan sworn back into the Army Reserve?", "Grand Ole Opry"),
    held_multihop("who", "Who sings Raise the Bar with Craig Morgan?", "Billy Dean"),
    held_multihop("counting", "How many years did Craig Morgan spend in the military?", "almost 18 years"),
    held_multihop("answerable", "Which Army medal has Craig Morgan been awarded?",
                  "Outstanding Civilian Service Medal"),
    held_multihop("answerable", "By how many points are the Bulldogs favored over Alabama in the SEC title game?",
                  "5.5-point"),
    held_multihop("answerable", "By what score did Texas beat Alabama this season?", "34-24"),
    held_multihop("answerable", "Where are Georgia and Alabama playing the SEC championship game?",
                  "Mercedes-Benz Stadium"),
    held_multihop("counting", "How many Power 5 teams had one loss or fewer before conference championship weekend?",
                  "eight Power 5 teams"),
    held_multihop("counting", "How many wins over ranked teams does Alabama have this season?", "three victories"),
    held_multihop("who", "Which team beat Oregon in the Pac-12 championship game?", "Washington beat"),
    *(held_abstain(q) for q in (
        "How many sailors serve in Russia's Pacific Fleet?",
        "How many MiG fighter jets was Poland going to give Ukraine?",
        "What was Prisco's record against the spread last season?",
        "Who replaced Matt Canada as the Steelers' offensive coordinator?",
        "Who is the director of Mossad?",
        "How many police officers were killed at the Sderot police station?",
        "When did Craig Morgan's son die?",
        "Which record label is releasing Craig Morgan's EP Enlisted?",
        "How many fans attended the SEC championship game in Atlanta?",
        "When did Nick Saban become Alabama's head coach?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        "How fast can a jaguar run?",
        "How often should a Mercedes-Benz have its oil changed?",
        "How much does it cost to charter a yacht?",
        "What is the best beach in Tel Aviv?",
    )),
))


# --- the form of figure asked: a score, a record, a speed, a weight (stop 36, forms) ------------------------------
# Written before any change of stop 36's forms, from the articles' text (MultiHop-RAG): each answerable question asks
# for a figure of one form, given in a sentence with it ("the Chiefs beat the Chicago Bears 41-10", "The UTSA
# Roadrunners (8-4)", "His four-seam fastball averaged nearly 97 mph", "weighs 210 pounds"); each near miss asks for
# a form no article gives (the Cybertruck's weight: only its towing capacity in pounds; Ohtani's pitching record).
# Appended after every earlier question, alternating halves within each kind: 5 + 5 answerable, 2 + 2 near misses.
_FORMS36 = _noted("stop 36 forms", (
    held_multihop("answerable", "By what score did the Chiefs beat the Bears?", "41-10"),
    held_multihop("answerable", "What was the score of Michigan's win over Ohio State in The Game?", "30-24"),
    held_multihop("answerable", "What is the UTSA Roadrunners' record?", "8-4"),
    held_multihop("answerable", "What record did the Seahawks move to with the win over the Giants?", "3-1"),
    held_multihop("answerable", "How fast was Shohei Ohtani's four-seam fastball in 2023?", "97 mph"),
    held_multihop("answerable", "How fast can the Tesla Cybertruck go?", "112 mph", "130 mph"),
    held_multihop("answerable", "By what score did the Raiders beat the Jets?", "16-12"),
    held_multihop("answerable", "What was the final score of Game 2 of the 2023 World Series?", "9-1"),
    held_multihop("answerable", "How much does the USC guard James weigh?", "210 pounds"),
    held_multihop("answerable", "By what score did Michigan beat Penn State under interim coach Sherrone Moore?",
                  "24-15"),
    held_abstain("How much does the Tesla Cybertruck weigh?"),
    held_abstain("What is Shohei Ohtani's pitching record?"),
    held_abstain("How much does the Echelon Connect Sport weigh?"),
    held_abstain("How fast was Devon Witherspoon on his 97-yard pick-6?"),
))


# --- stop 36: questions from many more MultiHop-RAG articles ---------------------------------------------------------
# Written by a helper at stop 36 (2026-12-06) without asking the product any question and without reading any
# benchmark log or failure list, so that tuning reads questions from many articles, not a few. Articles: seed 136,
# `random.Random(136).sample(range(609), 40)` over corpus.json's records in file order, read in draw order until 15
# were kept (24 read: 15 kept, 9 skipped). Skipped: 439 (Jets vs. Raiders live score) and 143 (Dolphins vs. Eagles
# live score): live blogs; 432 (sports betting promo codes): an advertisement list; 170 (Tim Sweeney on Epic's victory
# over Google): the Epic v. Google trial is already asked about; 59 (Taylor Swift-Travis Kelce timeline): in stop 36's
# held-out draw (`random.Random(36).sample(range(609), 14)`); 53 (the jury hears from Sam Bankman-Fried), 31
# (Bankman-Fried's opening statements): his trial is already asked about; 415 (the timeline of Sam Altman's firing):
# already asked about; 497 (NBA prop bets): a how-to of bet types, lists with no fact about any team or player. Kept,
# in draw order: 589 Sporting News "NBA MVP Odds 2024 Season"; 540 TechCrunch "Beeper reversed engineered
# iMessage..."; 62 Sporting News "NBA Rookie of the Year Odds"; 443 Essentially Sports on Kyle Larson's High Limit
# sprint car series; 507 TechCrunch "Flipboard becomes a federated app..."; 206 The Guardian (Jonathan Liew) on
# England's late win over the Netherlands; 510 TechCrunch "SoftBank Corp takes 51% of Cubic Telecom..."; 47 TechCrunch
# "One year later, ChatGPT is still alive and kicking"; 167 Sporting News "Where to watch England vs South Africa"
# (the 2023 Rugby World Cup semifinal); 204 Sporting News "Man United vs Chelsea head to head record"; 199 TechCrunch
# Startups Weekly "If your startup doesn't seem impossible at first..."; 286 Advanced Science News on zinc iodine
# batteries; 366 talkSPORT "Inside the Man United takeover..."; 73 Globes "Psagot worth 80% less since Rani Zim bought
# it"; 265 The Independent "The Crown: What is fact and what is fiction on season 6?". Three answerable questions each
# (45: 23 answerable, 14 who, 8 counting), worded as a reader of the article would ask, not in its sentence's words;
# each expected phrase was checked in the article's clean text (qa.load + qa.clean over corpus.json), and counted
# across all 612 articles: most occur in that article alone; the rest were tightened ("Kareem Abdul-Jabbar" -> "Kareem
# Abdul-Jabbar has the most", "2015-16 season" -> "2015-16 season when Steph Curry", "May 2013" -> "1-0 win in May
# 2013", "9 p.m. local time" -> "... on Saturday", "Glasgow" -> "travel to Glasgow", "Ella Toone" -> "Toone’s
# injury-time goal", "18,000" -> "18,000 discharge", "16 November" -> "Thursday (16 November)", "end of January" ->
# "by the end of January") or name another article that gives the same fact (402 on Beeper Mini, 372 on Palo Alto's
# talks to buy Dig Security, 176 on the 2019 final's score, 48 on Pew's 18%, 89 and 330 on Ratcliffe's £1.3bn, 166 on
# Sheikh Jassim, 266 on The Crown's release and cast). Note the articles' curly apostrophe in "Toone’s": the
# look-alike fold keeps it. One question was replaced for a figure articles disagree on: Mastodon's monthly users
# (507: "1.5 million"; 488: "1.8 million"), by Flipboard's publishers.
# Ten near misses (the article's topic, a fact no article gives), each checked by searching the clean text of all 612
# articles for its key words and synonyms: Wembanyama (62 alone, no preseason figures); High Limit / Lernerville (443
# alone, no schedule); Flipboard (507, 508: no founding date); Lionesses / Wembley (no attendance or "crowd of");
# Cubic (510 alone: no staff figure); ChatGPT Plus (48, 99: no count of paying users); referee / O'Keeffe (22 names
# Wayne Barnes for the final, none the semi-final's); zinc / hydrogel (286, 285: no cost); Glazer / 2005 (366 names
# the buyout, no price); Staunton / the Queen's actor (265, 266 name none). Dropped as near misses because an article
# answers them: Beeper Mini's downloads (402: "over 100,000 downloads"), The Crown's episode count (266: "first four
# episodes"). Five one-word off-topic questions share one word with an article and nothing else (zinc: 286; crown:
# 265, 266; Sprint: 443's sprint cars, 549's Fortnite "Sprint"; Dublin: 510; beeper: 402, 540); no article mentions
# zinc supplements, dental crowns, the Sprint phone carrier, Guinness or pagers' history.
# Appended after every earlier question, so no earlier question changes half.

_STOP36_MORE = _noted("stop 36 more articles", (
    # 589 Sporting News, NBA MVP odds
    held_multihop("answerable", "How many points does a first-place MVP vote count for?", "worth five points"),
    held_multihop("who", "Which player has won the most NBA MVP awards?", "Kareem Abdul-Jabbar has the most"),
    held_multihop("answerable", "When did someone last win NBA MVP with every first-place vote?",
                  "2015-16 season when Steph Curry"),
    # 540 TechCrunch, Beeper Mini
    held_multihop("counting", "How many people work at Beeper?", "25-person"),
    held_multihop("answerable", "How much venture money has Beeper raised so far?", "$16 million raised"),
    held_multihop("answerable", "How does Beeper Mini manage to send iMessages from Android phones?",
                  "reverse-engineering the iMessage", "reverse-engineer the iMessage protocol"),
    # 62 Sporting News, NBA Rookie of the Year odds
    held_multihop("answerable", "How tall is Victor Wembanyama?", "7-foot-4"),
    held_multihop("answerable", "What trophy does the NBA Rookie of the Year get?", "Wilt Chamberlain Trophy"),
    held_multihop("who", "Which Blazers star is Scoot Henderson taking over from?", "Lillard's successor"),
    # 443 Essentially Sports, Kyle Larson's sprint car series
    held_multihop("who", "Who owns the High Limit sprint car series together with Kyle Larson?", "Brad Sweet"),
    held_multihop("answerable", "How much prize money goes to the winner of a High Limit race?", "wins $50,000"),
    held_multihop("answerable", "Where did Kyle Larson end up in the race at Lernerville?", "eighth place"),
    # 507 TechCrunch, Flipboard joins the fediverse
    held_multihop("who", "Who runs Flipboard?", "Mike McCue"),
    held_multihop("counting", "How many publishers make magazines on Flipboard?", "10,000 publishers"),
    held_multihop("answerable", "When should every Flipboard account be connected to the fediverse?",
                  "by the end of January"),
    # 206 The Guardian, England v the Netherlands in the Nations League
    held_multihop("who", "Who scored England's stoppage-time winner against the Netherlands?",
                  "Toone’s injury-time goal", "Toone ghosted in"),
    held_multihop("who", "Which Dutch player scored twice against England at Wembley?", "Beerensteyn"),
    held_multihop("answerable", "Where do the Lionesses go next after beating the Netherlands?", "travel to Glasgow"),
    # 510 TechCrunch, SoftBank and Cubic Telecom
    held_multihop("answerable", "How much is SoftBank paying for its stake in Cubic Telecom?", "€473 million",
                  "$513 million"),
    held_multihop("answerable", "Where is Cubic Telecom headquartered?", "Dublin-based"),
    held_multihop("counting", "How many new vehicles does Cubic Telecom connect every month?", "450,000 new vehicles"),
    # 47 TechCrunch, ChatGPT one year on
    held_multihop("counting", "How many unique visitors did the ChatGPT website get in October?", "140.7 million"),
    held_multihop("answerable", "What share of Americans have ever used ChatGPT?", "18% of Americans"),
    held_multihop("who", "Who made the ELIZA chatbot?", "Joseph Weizenbaum"),
    # 167 Sporting News, England v South Africa, Rugby World Cup semifinal
    held_multihop("answerable", "What time does the England v South Africa semi-final start in France?",
                  "9 p.m. local time on Saturday"),
    held_multihop("answerable", "By what score did South Africa beat England in the 2019 World Cup final?", "32-12"),
    held_multihop("who", "Who scored 20 points for England in the quarter-final against Fiji?",
                  "Farrell kicked 20 points"),
    # 204 Sporting News, Man United v Chelsea head to head
    held_multihop("counting", "How many FA Cup finals have Manchester United and Chelsea played each other in?",
                  "three occasions"),
    held_multihop("who", "Who stopped Anelka's penalty in the 2008 Champions League final?", "van der Sar"),
    held_multihop("answerable", "When did Chelsea last win a Premier League game at Old Trafford?",
                  "1-0 win in May 2013"),
    # 199 TechCrunch, Startups Weekly
    held_multihop("who", "Who took over from Peggy Johnson at Magic Leap?", "Ross Rosenberg"),
    held_multihop("answerable", "How much is Palo Alto Networks paying for Dig Security?", "estimated $400 million",
                  "between $300 million and $400 million"),
    held_multihop("counting", "How much money has QI Tech raised altogether?", "$262 million"),
    # 286 Advanced Science News, zinc iodine batteries
    held_multihop("who", "Which professor led the hydrogel zinc battery study at NTU?", "Hongjin Fan"),
    held_multihop("counting", "How many charging cycles did the hydrogel zinc iodine battery survive?",
                  "18,000 discharge"),
    held_multihop("answerable", "How much energy are lithium-ion batteries projected to account for by 2030?",
                  "2,035 GWh"),
    # 366 talkSPORT, Ratcliffe's Manchester United takeover
    held_multihop("answerable", "How much is Jim Ratcliffe paying for his share of Manchester United?", "£1.3billion",
                  "£1.3bn"),
    held_multihop("who", "Which Qatari bidder pulled out of the race for Manchester United?", "Sheikh Jassim"),
    held_multihop("counting", "How many seats does Ratcliffe want Old Trafford to hold?", "90,000-seat"),
    # 73 Globes, Psagot under Rani Zim
    held_multihop("answerable", "What did Rani Zim pay for Psagot Investment House?", "NIS 405 million"),
    held_multihop("who", "Who is replacing Rani Zim as chair of Group Psagot?", "Daniel Leventhal"),
    held_multihop("answerable", "How much debt does Group Psagot want to raise?", "NIS 220 million"),
    # 265 The Independent, The Crown season 6
    held_multihop("answerable", "When did the final season of The Crown come out on Netflix?", "Thursday (16 November)",
                  "On 16 November, Netflix"),
    held_multihop("who", "Who plays Diana in the last season of The Crown?", "Elizabeth Debicki"),
    held_multihop("answerable", "How much was the engagement ring Dodi Fayed bought?", "£11,600"),
    *(held_abstain(q) for q in (
        "How many points did Victor Wembanyama average in the preseason?",
        "How many races are on the High Limit sprint car schedule?",
        "When was Flipboard founded?",
        "What was the attendance at Wembley for England against the Netherlands?",
        "How many employees does Cubic Telecom have?",
        "How many people pay for ChatGPT Plus?",
        "Who refereed England's World Cup semi-final against South Africa?",
        "How much does the hydrogel zinc iodine battery cost to make?",
        "How much did the Glazers pay for Manchester United in 2005?",
        "Who plays Queen Elizabeth in the final season of The Crown?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        "How much zinc should I take for a cold?",
        "How much does a dental crown cost?",
        "How do I cancel my Sprint phone plan?",
        "Where can I get the best Guinness in Dublin?",
        "When did people stop carrying beepers?",
    )),
))


def _halves(questions: Iterable[Question]) -> tuple[Question, ...]:
    """Alternate "tune" and "report" within each kind, in order, so each kind splits evenly."""
    seen: dict[str, int] = {}
    out = []
    for q in questions:
        n = seen.get(q.kind, 0)
        seen[q.kind] = n + 1
        out.append(replace(q, half="tune" if n % 2 == 0 else "report"))
    return tuple(out)


# --- stop 36's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 36 without asking the product (unasked facts of the shipped articles, seven MultiHop-RAG
# articles drawn with seed 36, near misses, one-word off-topic questions) and reported unseen at stop 36 (answerable
# 0.6389, abstained 0.7143, at 012c742); stop 37 wrote its own held-out set (tests/fresh_questions.py), so these join
# the tunable set at the end, as written, but for one phrase widened: another article (353, Sporting News) answers "How
# many people watched last year's Ohio State-Michigan game?" in other words ("More than 17 million people watched").

_STOP36_FRESH = _noted("stop 36 fresh set", (
    # The shipped articles: facts no question in tests/questions.py asks.
    held("counting", "How many vehicles did the 25,000 people leaving Volnovakha travel in?", "2,000 vehicles"),
    held("answerable", "Is China expected to send Russia weapons or only help it get round sanctions?",
         "economic relief"),
    held("answerable", "Will Russia be able to keep the ground it has already taken?", "struggle to hold"),
    held("answerable", "Is Moscow still pressing its demands about NATO in the talks?", "no mention of wider demands"),
    held("answerable", "Has Russia made much progress at Bakhmut for all its losses?", "progress is paltry",
         "mere 16 miles"),
    held("answerable", "How long were the civilians in Volnovakha unable to get out?", "more than a week beforehand"),
    held("who", "Who can sign up to fight in Ukraine's foreign legion?", "anyone with military experience"),
    held("answerable", "What do defence experts think the Russian warships might be bringing to the war?",
         "extra supplies"),
    # 336, The Guardian, 2023-11-11: Hikvision cameras in the West Bank.
    held_multihop("who", "Which Chinese company makes the surveillance cameras found in the West Bank?", "Hikvision"),
    held_multihop("answerable", "Where is Hikvision headquartered?", "Hangzhou"),
    held_multihop("counting", "How many of the Hikvision devices were in Silwan?", "nearly 40 of which"),
    held_multihop("answerable", "What is the Israeli police's facial recognition network in East Jerusalem called?",
                  "Mabat 2000"),
    # 80, Sporting News, 2023-12-17: Browns 20, Bears 17.
    held_multihop("answerable", "What was the final score of the Browns' win over the Bears?", "20-17 win"),
    held_multihop("who", "Who ended up with the ball on the Bears' last-second Hail Mary?", "D'Anthony Bell"),
    held_multihop("counting", "How many times did the Bears' offense go three-and-out against Cleveland?",
                  "three-and-out eight times"),
    held_multihop("answerable", "What was Chicago's lead over Cleveland going into the fourth quarter?", "led 17-7"),
    # 514, TechCrunch, 2023-10-22: The Station (Tesla, Rebelle Rally, Convoy).
    held_multihop("answerable", "What gross margin did Tesla report for the third quarter?", "17.9%"),
    held_multihop("counting", "How many Cybertrucks a year will Giga Texas be able to build from 2025?",
                  "250,000 Cybertrucks"),
    held_multihop("who", "Who won the 4x4 class at this year's Rebelle Rally?", "Lillian Macaruso",
                  "Rivian team took first place"),
    held_multihop("answerable", "What was Convoy valued at after its last funding round?", "$3.8 billion"),
    # 253, Business Line, 2023-12-09: is it time to buy Reliance Industries?
    held_multihop("counting", "How many stores does Reliance Retail have?", "18,040 stores"),
    held_multihop("answerable", "Where is Reliance building its green energy complex?", "Jamnagar"),
    held_multihop("answerable", "At what multiple of its earnings does Reliance Industries trade?",
                  "trades at 24 times"),
    held_multihop("who", "Which company is the other big player in Indian telecom besides Jio?",
                  "second player Bharti Airtel"),
    # 373, Seeking Alpha, 2023-11-18: Check Point's year ahead.
    held_multihop("who", "Who is the president of Check Point?", "Rupal Shah Hollenbeck"),
    held_multihop("answerable", "How much cash did Check Point have at the end of its last quarter?", "$3B in cash"),
    held_multihop("counting", "How many of Check Point's top executives are women?", "four of the top executives"),
    held_multihop("answerable", "Where is Check Point based?", "Tel Aviv-based"),
    # 274, Essentially Sports, 2023-10-07: Jake Paul, Dillon Danis and Savannah Montano.
    held_multihop("who", "Who is Logan Paul engaged to?", "Nina Agdal"),
    held_multihop("counting", "How many Instagram followers does Savannah Montano have?", "1.6 million followers"),
    held_multihop("answerable", "Where is Dillon Danis fighting Logan Paul?", "AO Arena"),
    held_multihop("who", "Who did Jake Paul fight after his bout with Dillon Danis never came together?",
                  "Ben Askren"),
    # 79, Sporting News, 2023-11-11: winners and losers of Michigan's sign-stealing scandal.
    held_multihop("who", "Which Northwestern coach was fired after a hazing investigation?", "Pat Fitzgerald"),
    held_multihop("answerable", "When did Michigan State fire Mel Tucker?", "Tucker on Sept. 27"),
    held_multihop("counting", "How many games did Connor Stalions allegedly buy tickets to?", "more than 35 games"),
    held_multihop("counting", "How many people watched last year's Ohio State-Michigan game?", "17.1 million viewers",
                  "More than 17 million people watched"),
    *(held_abstain(q) for q in (
        # "scores of military trucks", no number; no "<number> trucks" in any article of a warship.
        "How many military trucks were the Russian warships carrying?",
        # 001: a base for foreign fighters "was hit by missile strikes at the weekend", no toll; no article names
        # Yavoriv or gives a toll for a strike on a base (searched "base" with "killed"/"dead", "foreign fighters").
        "How many people were killed when missiles hit the foreign fighters' base?",
        # 336: Hikvision "has been blacklisted by the US", no date; Hikvision is in no other article.
        "When did the US blacklist Hikvision?",
        # 336: no price, contract or payment near "Hikvision" anywhere.
        "How much did Israel pay for the Hikvision cameras?",
        # 80 gives no passing yards; 544 (a DFS preview) gives Flacco's yards of the week before; 150 and 553 those
        # of his Browns debut.
        "How many passing yards did Joe Flacco have against the Bears?",
        # 514: "there are two classes in the Rebelle", only the 4x4 winner named; no "X-Cross" or "crossover class".
        "Which team won the X-Cross class at the Rebelle Rally?",
        # No article names Mukesh Ambani or a chairman of Reliance (searched "Ambani", "chairman" near "Reliance").
        "Who is the chairman of Reliance Industries?",
        # 373: "some of its employees have been killed", no number; Check Point is in no other article.
        "How many Check Point employees have been killed in the war?",
        # Dillon Danis is in 274 alone (the other "Danis" hits are "Danish"); no purse or pay is given.
        "How much is Dillon Danis being paid to fight Logan Paul?",
        # Harbaugh's "contract extension" and "bigger contract" (79, 504), no salary; searched "salary", "$",
        # "million", "a year", "contract" near "Harbaugh".
        "How much does Michigan pay Jim Harbaugh a year?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # Bears: the Chicago Bears; no article on bears in the wild (searched "bear(s)" in lower case, "campsite",
        # "camping", "grizzly", "bear spray").
        "How do I keep bears away from my campsite?",
        # Michigan: the Wolverines; no article says "Lake Michigan" (searched it and "swim").
        "Is Lake Michigan warm enough to swim in?",
        # Hangzhou: Hikvision's headquarters (336); no article names West Lake or speaks of visiting Hangzhou.
        "When is the best time to visit West Lake in Hangzhou?",
        # Hail Mary: a last-second pass (80 and six more); no article gives the prayer (searched "full of grace",
        # "Ave Maria", "Holy Mary", "Mother of God", "rosary").
        "What are the words of the Hail Mary prayer?",
    )),
))


# --- stop 37: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 37 (2026-12-06) without asking the product any question and without reading any
# benchmark log or failure list, so that tuning reads questions from many articles, not a few. Articles: seed 137,
# `random.Random(137).sample(range(609), 60)` over corpus.json's records in file order, read in draw order until 21
# were kept (53 read: 21 kept, 32 skipped). Skipped: 527 and 556: in stop 37's held-out draw
# (`random.Random(37).sample(range(609), 30)`); 74 (The Age, "ASX to open lower ...") and 357 (The Sydney Morning
# Herald, "ASX to rise ..."): the daily ASX report is already asked about (stop 31's byline of "Wall Street's September
# slump and the ASX"); 419 (Taylor Swift's concert film), 333 and 332 (OpenAI's board and Altman's firing), 10 and 9
# (Bankman-Fried's trial; 9 is also a live blog), 409 (the Cricket World Cup), 348 (Craig Morgan), 42 (Epic v. Google),
# 606 (Super Mario Bros. Wonder), 242 (Manchester United v Chelsea): topics earlier sets ask about; 484, 144, 489 (live
# scores) and 120 (MLB Winter Meetings tracker): live blogs; 185, 563, 392 (TV series and films to watch), 236 (PC
# controllers), 68 (The White Company's festive range): lists of products; 197 (fantasy WR rankings), 437 (the hottest
# seat on each NFC team), 395 (the Premier League's VAR apologies), 365 (eight predictions for AI): lists, an item per
# team or point; 326 (where to see the Northern Lights): a list of places; 368 (NBA betting sites), 359 (what a point
# spread bet is), 202 (sportsbook bonus offers), 577 (UFC 295 best bets): betting adverts and how-tos. Kept, in draw
# order: 500 Sporting News "49ers cap space 2024: Why Chase Young trade may not be a pure rental ..."; 414 The Guardian
# "Damien Penaud leads historic rout of Italy ..."; 329 The Verge "Castlevania: Nocturne is a revolutionary epic ...";
# 407 The Roar "Eddie Jones says he needs to 'give myself an uppercut' ..."; 538 The Independent "Thirty-seven phases
# of agony define Ireland's greatest heartbreak ..."; 139 Eos "Patterns of Surface Warming Matter for Climate
# Sensitivity"; 532 Zee Business "India to be one of world's fastest growing economies over next decade"; 530 The Age
# "The $777 million surprise: Donald Trump is getting richer"; 337 TechCrunch "Uber's Q3 numbers include impressive
# profitability gains ..."; 2 CNBC "Amazon sellers sound off on the FTC's 'long-overdue' antitrust case"; 26 TechCrunch
# "Why Mozilla is betting on a decentralized social networking future"; 181 TechCrunch "The fate of US venture capital
# in China teeters on uncertainty"; 251 Fortune "26-year-old with $145,000 in student debt can't afford Christmas ...";
# 501 Fox News "'In God We Trust' essential to America's future ..."; 522 Yardbarker "Golden State's draft misses are
# starting to add up"; 347 The Guardian "Shayda director Noora Niasari on family violence ..."; 39 TechCrunch
# "Amazon's iRobot purchase sucks up formal competition concerns in EU"; 579 The Age "Subtle as a sledgehammer, a pop
# icon returns" (Tate McRae's and Peter Gabriel's albums); 101 The Guardian "Chelsea secure last-eight spot after
# Raheem Sterling sinks Blackburn"; 529 Fortune "Donald Trump defrauded banks with 'fantasy' ..."; 3 Yardbarker
# "Christmas Day preview: 49ers, Ravens square off ...". None is asked about in tests/questions.py or
# tests/fresh_questions.py (searched their title words, names and topics). Three or four questions each (68: 30
# answerable, 20 who, 18 counting), worded as a reader would ask, not in the sentence's words. Each expected phrase was
# checked in its article's clean text (qa.load + qa.clean over the shipped articles and corpus.json; no index, no
# model) and counted across all 612 articles; those found in other articles were tightened to a phrase found in that
# article alone: "Nick Bosa" (also 275) -> "fellow No. 2 pick, Nick Bosa"; "Edward Bluemel" (185, Polygon's list, names
# the cast) -> "Richter Belmont (Edward Bluemel)"; "$1.7 billion" (215) -> "all-cash offer of $1.7 billion"; "eight
# episodes" -> "season’s eight episodes" (the article's curly apostrophe). Questions dropped because another article
# also answers them: Nocturne's setting and studio (185: "Set amid the French Revolution", "Powerhouse Animation"),
# Ireland's last-minute 37 phases and the 28-24 score (023), Chelsea's Carabao Cup quarter-final opponent (100's
# fixtures), Pebble's 20,000 users (488, 593), the Mastodon app Mozilla backed (507: Mammoth), Mozilla's senior
# director of content (116's weekly round-up). The Warriors' record was left out: it changes by the week.
# Twelve near misses (a kept article's topic, a fact no article gives) and six one-word off-topic questions (one word
# shared with an article, nothing else), each checked by searching the clean text of all 612 articles for its key
# words and synonyms (the comments say what was searched). Every kind's count is even and the block is appended after
# every earlier question, so it splits evenly and no earlier question changes half. The lead widened one phrase after
# the first run: "France's eight-try display" (the same article) answers "How many tries ...?" as well.

_STOP37_MORE = _noted("stop 37 more articles", (
    # 500 Sporting News, the 49ers' 2024 cap space and Chase Young
    held_multihop("answerable", "What did the 49ers give Washington to get Chase Young?", "2024 third-round pick"),
    held_multihop("counting", "How many sacks did Chase Young have for Washington before the trade?",
                  "five sacks in eight games"),
    held_multihop("who", "Which 49ers pass rusher played college football with Chase Young?",
                  "fellow No. 2 pick, Nick Bosa"),
    held_multihop("answerable", "How much room under next year's salary cap do the 49ers have?", "$1,479,772"),
    # 414 The Guardian, France rout Italy at the Rugby World Cup
    held_multihop("counting", "How many tries did France score against Italy?", "eight French tries",
                  "eight-try display"),
    held_multihop("counting", "How many games in a row have France now beaten Italy?", "14 times consecutively"),
    held_multihop("who", "Who coaches Italy's rugby team?", "Kieran Crowley"),
    held_multihop("answerable", "What was the score at the break between France and Italy?", "31-0 at half-time"),
    held_multihop("who", "Who is the only man with more tries for France than Damian Penaud?",
                  "three behind Serge Blanco"),
    # 329 The Verge, Castlevania: Nocturne
    held_multihop("who", "Who voices Richter Belmont in Castlevania: Nocturne?", "Richter Belmont (Edward Bluemel)"),
    held_multihop("counting", "How many episodes does the first season of Castlevania: Nocturne have?",
                  "season’s eight episodes"),
    held_multihop("answerable", "Which Castlevania games does Nocturne take its story from?", "Rondo of Blood"),
    # 407 The Roar, Eddie Jones stays on as Wallabies coach
    held_multihop("answerable", "Until when is Eddie Jones contracted to coach the Wallabies?", "end of 2027"),
    held_multihop("who", "Who coached the Wallabies before Eddie Jones?", "Dave Rennie"),
    held_multihop("counting", "How many Tests did the Wallabies win under Jones this year?", "2-7 win loss record"),
    # 538 The Independent, Ireland lose their World Cup quarter-final to New Zealand
    held_multihop("counting", "How many Rugby World Cups have now ended for Ireland in the quarter-finals?",
                  "eighth time in 10 Rugby World Cups"),
    held_multihop("answerable", "What did the Irish supporters sing over the haka?", "Fields of Athenry"),
    held_multihop("who", "Which Ireland player had carried the ball most at the World Cup before the quarter-final?",
                  "tournament-high 61 carries"),
    # 139 Eos, patterns of surface warming and climate sensitivity
    held_multihop("answerable", "What range were estimates of climate sensitivity stuck at for decades?", "1.5–4.5 K"),
    held_multihop("counting", "How many scientists came to the US CLIVAR workshop on the pattern effect?",
                  "140 scientists"),
    held_multihop("answerable", "What is the main reason climate sensitivity is so uncertain?",
                  "Clouds, which are notoriously difficult"),
    # 532 Zee Business, India among the fastest-growing economies
    held_multihop("answerable", "How big is India's economy expected to be by 2030?", "$7.3 trillion"),
    held_multihop("counting", "How many Indians will be online by 2030?", "1.1 billion people in India"),
    held_multihop("counting", "How many banks answered the FICCI-IBA survey?", "24 banks"),
    # 530 The Age, Bloomberg values Donald Trump's properties
    held_multihop("answerable", "What net worth did Trump claim in his 2021 financial statement?", "$US4.5 billion"),
    held_multihop("who", "Who built Mar-a-Lago?", "Marjorie Merriweather Post"),
    held_multihop("answerable", "How big is Trump's Trump Tower penthouse really?", "10,996 square feet"),
    held_multihop("counting", "How many rent-stabilised flats did Trump own at Trump Park Avenue in 2010?",
                  "12 rent-stabilised apartments"),
    # 337 TechCrunch, Uber's third quarter
    held_multihop("answerable", "How much revenue did Uber bring in in the third quarter?", "$9.3 billion"),
    held_multihop("answerable", "What was Uber's bottom line in the third quarter?", "$221 million", "$219 million"),
    held_multihop("answerable", "How much did Uber Freight's revenue fall from a year earlier?", "27% drop"),
    # 2 CNBC, Amazon sellers on the FTC's antitrust case
    held_multihop("who", "Which company makes the Ripple Rug cat toy?", "Snuggly Cat"),
    held_multihop("counting", "How many pages long is the FTC's lawsuit against Amazon?", "172-page"),
    held_multihop("who", "Who is Amazon's top lawyer?", "David Zapolsky"),
    # 26 TechCrunch, Mozilla bets on the fediverse
    held_multihop("answerable", "What web client does Mozilla's Mastodon server use?", "forked version of Elk"),
    held_multihop("answerable", "What do you sign in with to join Mozilla.social?", "with their Mozilla accounts"),
    held_multihop("answerable", "Which account does Mozilla use to post Pocket's story picks on Mastodon?",
                  "Pocket_Recommends"),
    # 181 TechCrunch, US venture capital in China
    held_multihop("answerable", "How much did US venture firms put into Chinese companies in 2022?",
                  "$14.5 billion invested"),
    held_multihop("counting", "How many deals did HongShan do in the first three quarters of the year?",
                  "just 47 deals"),
    held_multihop("answerable", "What is Sequoia Capital China called now?", "changed its name to HongShan"),
    held_multihop("answerable", "Which industries did Biden's August order stop Americans investing in in China?",
                  "artificial intelligence, quantum computing and semiconductors"),
    # 251 Fortune (AP), student loans and Christmas gifts
    held_multihop("answerable", "How much does Marisa Johnson owe in student loans?",
                  "approximately $145,000 in student loan debt"),
    held_multihop("answerable", "How much is Marisa Johnson paying on her student loans each month?", "$300 a month"),
    held_multihop("who", "Which Credit Karma expert gave advice on holiday budgets?", "Courtney Alev"),
    # 501 Fox News, "In God We Trust"
    held_multihop("answerable", "Since when has In God We Trust been America's national motto?",
                  "official motto of the United States since 1956"),
    held_multihop("answerable", "When did In God We Trust first appear on American coins?",
                  "coins from the U.S. Mint in 1865"),
    held_multihop("counting", "How many members of Congress voted against reaffirming the motto in 2011?", "396-6"),
    # 522 Yardbarker, the Warriors' draft misses
    held_multihop("who", "Who did the Warriors get for Jordan Poole?", "38-year-old Chris Paul"),
    held_multihop("who", "Who is the Warriors' general manager now?", "Mike Dunleavy Jr."),
    held_multihop("counting", "How many of the Warriors' recent draft picks are out of the NBA?",
                  "four are no longer in the league"),
    # 347 The Guardian, Noora Niasari on her film Shayda
    held_multihop("who", "Who plays the title role in Shayda?", "Shayda (Zar Amir Ebrahimi)"),
    held_multihop("who", "Which star is an executive producer of Shayda?", "Executive produced by Cate Blanchett"),
    held_multihop("answerable", "At which festival was Shayda first shown?", "premiered at Sundance film festival"),
    # 39 TechCrunch, the EU's objections to Amazon buying iRobot
    held_multihop("answerable", "What was Amazon's original offer for iRobot?", "all-cash offer of $1.7 billion"),
    held_multihop("answerable", "In which countries do robot vacuum buyers depend most on Amazon?",
                  "France, Germany, Italy, and Spain"),
    held_multihop("who", "Who was the EU's competition chief when Amazon settled its earlier cases?",
                  "Margrethe Vestager"),
    # 579 The Age, reviews of Tate McRae's Think Later and Peter Gabriel's I/O
    held_multihop("counting", "How many streams has Tate McRae's Greedy had?", "over 320 million streams"),
    held_multihop("who", "Who produced most of Tate McRae's Think Later?", "Ryan Tedder"),
    held_multihop("answerable", "Which song on I/O did Peter Gabriel write about his mother's death?",
                  "And Still, a song he wrote"),
    # 101 The Guardian, Chelsea 2-0 Blackburn in the Carabao Cup
    held_multihop("who", "Who scored Chelsea's goals against Blackburn?", "Badiashile and Raheem Sterling"),
    held_multihop("who", "Who refereed Chelsea's Carabao Cup win over Blackburn?", "referee Tim Robinson"),
    held_multihop("counting", "How many home wins had Chelsea had this season after beating Blackburn?",
                  "only their fourth home win"),
    # 529 Fortune (AP), the judge rules Trump committed fraud
    held_multihop("answerable", "How much in penalties is New York's attorney general seeking from Trump?",
                  "$250 million in penalties"),
    held_multihop("counting", "How many pages long was Judge Engoron's fraud ruling?", "35-page ruling"),
    held_multihop("who", "Which Trump finance chief went to jail?", "Allen Weisselberg"),
    # 3 Yardbarker, the NFL's Christmas Day games
    held_multihop("answerable", "What are Brock Purdy's odds to win MVP?", "favorite to be named league MVP (-230)"),
    held_multihop("counting", "How many sacks have the Giants given up this season?", "76 sacks"),
    held_multihop("who", "Who calls the Eagles' defensive plays?", "Matt Patricia"),
    *(held_abstain(q) for q in (
        # 329: no date for more episodes; 185 (Polygon's new series) names Nocturne's cast and setting, no second
        # season; 081's "season 2" is The Sandman's (searched "Nocturne", "season 2", "second season", "renewed").
        "When does the second season of Castlevania: Nocturne come out?",
        # 414 gives the half-time score (31-0) and the eight tries, not the final score; no other article reports the
        # match (searched "Italy" with "France", "tries", "Penaud", "60-7").
        "What was the final score of France's win over Italy?",
        # No pay for Jones in 407, 492, 493, 168, 023 or 167 (searched "salary", "paid", "$" near "Jones"/"Wallabies";
        # 492's figures are Rugby Australia's funding, loan and broadcast deal).
        "How much does Rugby Australia pay Eddie Jones?",
        # 538 says the ground was "awash with green", no figure; 022's "80,065 fans" are at the final (searched "crowd",
        # "attendance", "fans", "spectators" in 538, 023, 022, 176).
        "How many fans were at the Stade de France for Ireland against New Zealand?",
        # 529 and 530 give valuations of Mar-a-Lago, no purchase price (searched "bought", "paid", "purchased",
        # "acquired", "1985" near "Mar-a-Lago").
        "How much did Trump pay for Mar-a-Lago?",
        # 337 gives bookings, revenue and profit, no trips; no article gives Uber's trips (searched "trips" and
        # "drivers" near "Uber": 164, 367 are about drivers' lawsuits).
        "How many trips did Uber complete in the third quarter?",
        # 002, 001, 015, 237 report the FTC's suit against Amazon, none a trial date (searched "trial", "2026" near
        # "FTC"/"Amazon").
        "When will the FTC's lawsuit against Amazon go to trial?",
        # No article gives Curry's salary; 030's "Steph Curry ($35 million)" is what FTX paid him (searched "Curry"
        # with "salary", "million", "$").
        "How much do the Warriors pay Stephen Curry?",
        # 039: no deadline for the EU's decision; 049, 222, 250, 567 name iRobot for layoffs and Roomba deals
        # (searched "deadline", "February", "decision", "decide").
        "When will the EU decide whether Amazon can buy iRobot?",
        # 529 names "his former personal lawyer Michael Cohen", not the trial's lawyers (searched "Kise", "Habba",
        # "lawyer", "attorney" in 529, 530).
        "Who is Trump's lawyer in the New York fraud trial?",
        # 026: "a small team of moderators", no number; no other article counts Mozilla's (searched "moderators").
        "How many moderators does Mozilla.social have?",
        # 501 gives the motto's history, not the pledge's; no article says "Pledge of Allegiance" or "under God".
        "When were the words 'under God' added to the Pledge of Allegiance?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # "sea turtles": 181's haigui, a homophone; other turtles are the Ninja Turtles and Turtle Beach.
        "How do baby sea turtles find the ocean after they hatch?",
        # Sledgehammer: Peter Gabriel's song (579); no article is about tools ("concrete" only as an adjective).
        "What weight of sledgehammer do I need to break up concrete?",
        # Elk: the Mastodon client Mozilla forked (026); no article names the animal or venison.
        "How long should I cook an elk steak?",
        # Coogee Beach: where Eddie Jones says he did not come home to sit and eat fish and chips (407); no article on
        # swimming there.
        "Is the water at Coogee Beach safe for swimming?",
        # Groundhog Day: the film Engoron likened Trump's arguments to (529); no article on the holiday or Punxsutawney.
        "What happens on Groundhog Day?",
        # Golden Week: China's holiday week in 532; no article on Japan's.
        "When is Golden Week in Japan?",
    )),
))


# --- stop 37's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 37 without asking the product (unasked facts of the shipped articles, seven MultiHop-RAG
# articles drawn with seed 37, near misses, one-word off-topic questions) and reported unseen at stop 37 (answerable
# 0.6667, abstained 0.6429, at 210f897); stop 38 wrote its own held-out set (tests/fresh_questions.py), so these join
# the tunable set at the end, as written.

_STOP37_FRESH = _noted("stop 37 fresh set", (
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


# --- stop 38: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 38 (2026-12-06) without asking the product any question and without reading any
# benchmark log or failure list, as stop 37's block was. Articles: seed 138, `random.Random(138).sample(range(609), 40)`
# over corpus.json's records in file order, read in draw order (all 40 read: 15 kept, 25 skipped). Skipped: 431 (The
# Verge's Echo Frames): in stop 38's held-out draw (`random.Random(38).sample(range(609), 20)`); 253 (Reliance
# Industries, in stop 36's fresh set), 500 (the 49ers' cap space, stop 37 more), 333 and 54 (OpenAI's board and Altman's
# firing), 21 (Kelce's friendship bracelet), 409 (the Cricket World Cup), 606 (Super Mario Bros. Wonder): topics earlier
# sets ask about; 534 (Argentina v Paraguay live score) and 64 (West Indies v England T20, live): live blogs; 308 (Game
# Awards winners on sale), 229 (VPN services), 213 (the year's best games), 453 (surprise vampires), 81 (DC's coming
# films): lists of products or titles; 198 (fantasy RB rankings), 149 (fantasy starts and sits), 276 (DFS picks): lists
# of players; 137 (Joshua-Wilder card: predictions and odds), 264 (MLB betting sites): odds and betting adverts; 349
# (three possible opponents for CM Punk), 379 (each VAR intervention of Tottenham v Chelsea), 239 (Big Pharma
# investment opportunities, company by company), 537 (TechCrunch's weekly The Station newsletter, an item per story),
# 556 (photos of STEVE and auroras, one per skywatcher; in stop 37's held-out draw, not asked): lists. Kept, in draw
# order: 391 Advanced Science News "Cavefish provide clues to the keto diet's effect on autism-like behavior"; 460 Live
# Science "'They seemed primed to take over': How the Great Dying doomed the 'beast tooth' ..."; 189 The Age "'Mass
# breach of privacy': TikTok under fire for tracking users online"; 172 The Roar "'Bleeds green and gold': Ballsy
# career-saving call that's delivered Arnie a record-breaking moment"; 211 Music Business Worldwide "'Latin artists have
# been paving the way for deals that offer more control, transparency, and better economics.'"; 92 The Guardian
# "Everton players and fans will be fired up by points penalty, asserts Sean Dyche"; 153 TechCrunch "Elon Musk's X faces
# first DSA probe in EU ..."; 152 The Guardian "Salah seals emphatic Europa League win for Liverpool against Toulouse";
# 136 The Verge "The obsessive tormenter who made professors' lives miserable"; 304 TechCrunch "Meta turned a blind eye
# to kids on its platforms for years, unredacted lawsuit alleges"; 400 The New York Times "The Soccer Star on the Verge
# of Breaking an 89-Year-Old Record"; 541 The Roar "Ange aghast as Spurs suffer 'unbelievable' West Ham turnaround ...";
# 23 The Roar "'It happens': All Blacks defend star centre after spray as Cheika heaps pressure on 'favourites' New
# Zealand"; 385 CNBC "U.S.-China relations are now more about crisis prevention"; 38 TechCrunch "There's something going
# on with AI startups in France". None is asked about in tests/questions.py or tests/fresh_questions.py (searched their
# title words, names and topics: cavefish, keto, Permian, Great Dying, TikTok, pixel, Socceroos, Arnold, Quintero,
# Believe, Everton, Dyche, DSA, Benarroch, Salah, Toulouse, Umamaheswar, Rate My Professors, Meta, COPPA, Haaland,
# Juve, Postecoglou, West Ham, All Blacks, Cheika, Xi, Schumer, Mistral ...). Three or four questions each (60: 20
# answerable, 22 who, 18 counting), worded as a reader would ask, not in the sentence's words. Each expected phrase was
# checked in its article's clean text (qa.load + qa.clean over the shipped articles and corpus.json; no index, no model)
# and counted across all 612 articles; those found in other articles were tightened to a phrase found in that article
# alone: "Michael Mann" (94: the director of Ferrari) -> "Michael E. Mann", "by Michael Mann"; "Bangladesh" (48, 409,
# 440, 458) -> "match against Bangladesh"; "holiday in Dubai" (513, a British Airways advert) -> "ill while on holiday
# in Dubai"; "Rieko Ioane" (538) -> "Rieko Ioane’s gestures"; "noyb" (140, 608) -> "privacy rights group, noyb";
# "University of Toronto" (27, 436) -> "degrees at the University of Toronto". Questions dropped because another article
# also answers them: the DSA's fines of up to 6% of turnover (25, 248, 335, 396), X's Community Notes (24, 25, 396),
# Mark Telea's dropping for the quarter-final (538: "breach of team protocol"), the number of states suing Meta (485:
# "California and dozen of other US states"). Everton's points after the deduction were left out: they change by the
# week (541 has a later table). Ten near misses (a kept article's topic, a fact no article gives) and four one-word
# off-topic questions (one word shared with an article, nothing else), each checked by searching the clean text of all
# 612 articles for its key words and synonyms (the comments say what was searched). Every kind's count is even and the
# block is appended after every earlier question, so it splits evenly and no earlier question changes half.

_STOP38_MORE = _noted("stop 38 more articles", (
    # 391 Advanced Science News, cavefish on a ketogenic diet
    held_multihop("who", "Who led the study that put cavefish on a keto diet?", "Masato Yoshizawa"),
    held_multihop("answerable", "Which journal published the cavefish keto diet study?", "BMC Biology"),
    held_multihop("counting", "How long did the keto diet take to make the cavefish more social?",
                  "after a month of the ketogenic diet"),
    held_multihop("answerable", "Which part of the brain might the keto diet act on in the cavefish?",
                  "dopaminergic system"),
    # 460 Live Science, Michael E. Mann on the Great Dying (a book excerpt)
    held_multihop("counting", "What share of sea creatures died out in the Great Dying?", "96% of species"),
    held_multihop("who", "Who wrote the book Our Fragile Moment?", "Michael E. Mann", "by Michael Mann"),
    held_multihop("answerable", "What gave the early dinosaurs an edge when oxygen levels fell?",
                  "more efficient respiratory system"),
    held_multihop("counting", "How big was the wingspan of the giant dragonfly Meganeuropsis?", "nearly three-foot"),
    held_multihop("counting", "How long ago did the Great Dying happen?", "250 million years ago"),
    # 189 The Age, TikTok's tracking pixel
    held_multihop("who", "Which senator wants the information commissioner to investigate TikTok?", "James Paterson"),
    held_multihop("answerable", "What browser extension did the reporters use to test TikTok's pixel?", "Omnibug"),
    held_multihop("answerable", "Which mental health charity took the TikTok pixel off its website?", "Beyond Blue"),
    held_multihop("answerable", "What is the TikTok tool that grabs email addresses typed into forms called?",
                  "automatic advanced matching"),
    # 172 The Roar, Graham Arnold's record as Socceroos coach
    held_multihop("counting", "How many times did Graham Arnold play for the Socceroos?", "56 times as a player"),
    held_multihop("who", "Whose record for most games as Socceroos coach is Arnold passing?", "clear of Frank Farina"),
    held_multihop("who", "Which goalkeeper saved the decisive penalty against Peru?", "Andrew Redmayne"),
    held_multihop("answerable", "Who do the Socceroos play first in 2026 World Cup qualifying?",
                  "match against Bangladesh"),
    # 211 Music Business Worldwide, Believe and Iñigo Quintero's Si No Estás
    held_multihop("who", "Who sings the Spanish hit Si No Estás?", "Iñigo Quintero"),
    held_multihop("counting", "How many times has Si No Estás been played on Spotify?", "over 330 million plays"),
    held_multihop("answerable", "Which label signed Iñigo Quintero?", "Acqustic"),
    held_multihop("who", "Who is Believe's managing director for the Americas?", "Alejandra Olea"),
    # 92 The Guardian, Sean Dyche on Everton's points penalty
    held_multihop("answerable", "How much did Everton overspend by?", "£19.5m overspend"),
    held_multihop("who", "Who told Sean Dyche about Everton's points deduction?", "Kevin Thelwell"),
    held_multihop("answerable", "Where was Sean Dyche when he heard about the points deduction?",
                  "ill while on holiday in Dubai"),
    held_multihop("counting", "How many financial breaches have Manchester City been charged with?",
                  "115 financial breaches"),
    # 153 TechCrunch, the EU's first DSA investigation, of X
    held_multihop("who", "Who at X responded to the EU's investigation?", "Joe Benarroch"),
    held_multihop("answerable", "Which privacy group complained about X's adtech?", "privacy rights group, noyb"),
    held_multihop("answerable", "Which subscription feature of X does the EU suspect of deceiving users?",
                  "so-called Blue checks"),
    # 152 The Guardian, Liverpool 5 Toulouse 1 in the Europa League
    held_multihop("counting", "How many European goals has Salah scored for Liverpool?", "43rd European goal"),
    held_multihop("who", "Whose record did Salah pass with his goal against Toulouse?", "above Thierry Henry"),
    held_multihop("who", "Who scored Toulouse's goal at Anfield?", "Thijs Dallinga"),
    held_multihop("answerable", "Which song did Anfield play in tribute to Bill Kenwright?",
                  "He Ain’t Heavy, He’s My Brother"),
    # 136 The Verge, a student who harassed her professors
    held_multihop("answerable", "On which website did the fake reviews of Janani Umamaheswar appear?",
                  "Rate My Professors"),
    held_multihop("who", "Which Vassar professor was also targeted by the student?", "Catherine Tan"),
    held_multihop("answerable", "Where did Janani Umamaheswar earn her degrees?",
                  "degrees at the University of Toronto"),
    held_multihop("counting", "How many nursing professors were killed at the University of Arizona in 2002?",
                  "three nursing professors"),
    # 304 TechCrunch, the states' unredacted lawsuit against Meta over children under 13
    held_multihop("counting", "How many reports of under-13 accounts did Meta receive in 2021?", "402,000 reports"),
    held_multihop("counting", "How many under-13s were on Instagram in 2015?",
                  "approximately 4 million people under 13"),
    held_multihop("who", "Which attorney general called the evidence against Meta damning?", "Rob Bonta"),
    held_multihop("answerable", "Which law does the lawsuit say Meta broke by collecting children's data?",
                  "Children’s Online Privacy Protection Act", "COPPA"),
    # 400 The New York Times, Haaland and Norway's 89-year-old scoring record
    held_multihop("who", "Who holds Norway's goalscoring record?", "Jorgen Juve"),
    held_multihop("counting", "How many goals is Haaland short of Norway's scoring record?", "just six away"),
    held_multihop("who", "Who holds Italy's goalscoring record?", "Giga Riva"),
    held_multihop("counting", "How many goals did Puskas score for Hungary?", "84 goals in just 85 games"),
    # 541 The Roar, Tottenham 1 West Ham 2 (and Everton 3 Newcastle 0)
    held_multihop("who", "Who scored West Ham's winner at Tottenham?", "Ward-Prowse"),
    held_multihop("counting", "How many games in a row have Spurs gone without a win?", "five without a win"),
    held_multihop("who", "Which former Spurs manager criticised Tottenham on Optus Sport?", "Tim Sherwood"),
    held_multihop("answerable", "Where are West Ham in the table after beating Spurs?", "lifting them to ninth"),
    # 23 The Roar, the All Blacks before their World Cup semi-final against Argentina
    held_multihop("who", "Which All Blacks centre cupped his ear at the Irish fans?", "Rieko Ioane’s gestures",
                  "Ioane copped a spray"),
    held_multihop("who", "Who coaches Argentina's rugby team?", "Michael Cheika"),
    held_multihop("counting", "By how many points are the All Blacks favourites against Argentina?",
                  "18-point favourites"),
    # 385 CNBC, U.S.-China relations before Biden and Xi meet
    held_multihop("counting", "How long did Chuck Schumer meet Xi Jinping for?", "80-minute meeting"),
    held_multihop("who", "Who heads China research at 22V Research?", "Michael Hirson"),
    held_multihop("answerable", "Why did the giant pandas go back to China?", "expiring contract"),
    held_multihop("counting", "How many giant pandas were left in the US?", "three remaining giant pandas"),
    held_multihop("answerable", "When did Chinese importers last sign deals to buy US farm goods in bulk?",
                  "first agreements since 2017"),
    # 38 TechCrunch, France's AI startups
    held_multihop("counting", "How much did Mistral AI raise in its seed round?", "€105 million seed round"),
    held_multihop("who", "Who founded Mistral AI?", "Arthur Mensch"),
    held_multihop("who", "Who co-founded Poolside?", "Jason Warner"),
    held_multihop("answerable", "Where did the founders of Mistral AI and Dust have dinner?", "Elysée Palace"),
    *(held_abstain(q) for q in (
        # 391 counts no fish (no number of fish, tanks or animals); "cavefish" and "ketogenic" are in 391 alone (309's
        # "ketosis" is fasting-mimicking diets in people).
        "How many cavefish were in the keto diet experiment?",
        # 460 says the dinosaurs' reign ended "roughly 66 million years ago", no cause; no "asteroid", "Chicxulub",
        # "impact" or "comet" near "dinosaur" anywhere ("meteor" is in games and films: 213, 563).
        "What wiped out the dinosaurs 66 million years ago?",
        # 189: a call for a probe, no penalty; no "fine"/"fined" within 150 characters of "TikTok" in any article.
        "How much has TikTok been fined for tracking Australians with its pixel?",
        # 172 is written before the game; "Bangladesh" is elsewhere cricket (409, 440), ChatGPT's countries (48) and an
        # edtech startup (458).
        "What was the score when the Socceroos played Bangladesh?",
        # 211 gives plays, views and playlists, no money (searched "earn", "royalt", "paid", "$", "€" after "Quintero").
        "How much has Iñigo Quintero earned from Si No Estás?",
        # 92: "an independent commission", unnamed; 541 names none (searched "commission", "chair" near "Everton").
        "Who chaired the commission that docked Everton ten points?",
        # 152 gives no attendance ("applause from the Liverpool fans inside Anfield"); "attendance", "crowd of",
        # "spectators" are in 20 articles, none on this game; 142 mentions the return leg in Toulouse, no crowd.
        "How many fans were at Anfield for Liverpool against Toulouse?",
        # "Juve" (the man) is in 400 alone, which says he ended his career in 1937 and became a journalist; no death.
        "When did Jorgen Juve die?",
        # 23 is written before the semi-final; 493 says the All Blacks beat Argentina, no score; 22 (the final), 167,
        # 176, 538 give none (searched "Argentina" and "44-6").
        "What was the score of the All Blacks' semi-final against Argentina?",
        # 38: Mistral raised €105 million and may raise $300 million, no valuation; 54's "lofty valuations" gives no
        # figure; 38's "$100 million valuation" is Adaptive's.
        "How much is Mistral AI valued at?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # Pandas: 385's giant pandas going home and 115's Google Panda update; no "red panda" or "bamboo" but 165's
        # "bamboo thicket" (a film scene).
        "What do red pandas eat?",
        # Dragonfly: 460's extinct Meganeuropsis alone; no "lifespan" or "life span" anywhere.
        "How long do dragonflies live?",
        # Holly: The Hollies (152), "holly, jolly" (317), Holly Rowe (484), Holly Jean Buck (234); no gardening ("prune"
        # is 257's pruning of songs; "shrub" is 322's ayahuasca; "hedge" is hedge funds).
        "How do I prune a holly bush?",
        # Peru: 172's playoff, 105's qualifier, 48 and 229's country lists; no "Machu Picchu", "Cusco" or "Inca"
        # (the word); "hiking" in 233 and 324 is elsewhere.
        "When is the best time to hike to Machu Picchu in Peru?",
    )),
))


# --- stop 38's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 38 without asking the product (unasked facts of the shipped articles, seven MultiHop-RAG
# articles drawn with seed 38, near misses, one-word off-topic questions) and reported unseen at stop 38 (answerable
# 0.4444, abstained 0.5000, at ba52221); stop 39 wrote its own held-out set (tests/fresh_questions.py), so these join
# the tunable set at the end, as written.

_STOP38_FRESH = _noted("stop 38 fresh set", (
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


# --- stop 39: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 39 (2026-12-06) without asking the product any question and without reading any benchmark
# log or failure list, as stop 38's block was. Articles: seed 139, `random.Random(139).sample(range(609), 40)` over
# corpus.json's records in file order, read in draw order (all 40 read: 15 kept, 25 skipped). Skipped: 260
# (Insidesport's Man United vs Fulham): in stop 39's held-out draw (`random.Random(39).sample(range(609), 20)`); 1 (the
# ASX and Wall Street's September slump, stop 31's byline), 538 (Ireland's quarter-final, stop 37 more), 152 (Liverpool
# v Toulouse), 304 (Meta and the under-13s) and 541 (Spurs v West Ham, all stop 38 more), 546 (Manchester United out of
# Europe, stop 25's other articles) and 13 (United at Galatasaray, the same Champions League campaign; stop 25 asks
# Galatasaray's goals against them), 559 (Kelce on the NFL's Taylor Swift coverage), 462 (concert films: the Eras Tour
# film, as stop 37 skipped 419), 24 (the EU's investigation of X, stop 38's 153), 48 (ChatGPT, everything to know:
# ChatGPT is asked about, stop 36's 47), 67 (Diane Bazella, stop 38's fresh set): topics earlier sets ask about; 143
# (Dolphins vs. Eagles live score) and 64 (West Indies v England, fifth T20, live): live blogs; 350 (the best Xbox
# controllers), 520 (October Prime Day deals), 0 (Cyber Monday deals), 572 (ski holidays in Canada): lists of products;
# 277 (the year's top goalscorers), 577 (UFC 295 predictions, best bets, odds), 323 (which stores open on Thanksgiving;
# Costco's hours are asked), 325 (ten discoveries about the sun): lists; 371 (The Guardian, West Indies clinch the T20
# series) and 525 (TechCrunch, the EU's rules for general purpose AI): another article reports the same event (64, the
# live blog of the same match, and 63; 564, the AI Act deal), so most of their facts are given twice. Kept, in draw
# order: 551 TechCrunch "TwitchCon 2023 was better than last year, but everyone hated Las Vegas"; 310 The Independent
# "Sleepy tea, counting backwards and dense earplugs: Inside the lives of insomniacs"; 560 The Sydney Morning Herald
# "Inside the $US2.3b venue that will transform the concert industry"; 7 Essentially Sports "How Did the Houston Astros
# Cheat in 2017? ..."; 285 Science News For Students "A new hydrogel could help pull drinking water from the air" (stop
# 36 asks about 286's hydrogel battery, not this; nothing of batteries is asked here); 358 The Independent "Britney
# Spears and Kevin Federline: A complete timeline of their relationship"; 596 Fox News "Israeli girl spends 9th birthday
# in 'tunnels of Gaza' ..." (Hamas's attack on Sderot is asked about, Emily Hand is not; nothing of the attack is asked
# here); 233 Yahoo News (NBC) "A scientist reckons with climate grief"; 503 Fortune (Bloomberg) "Economists, central
# bankers are rethinking the quantitative easing strategy ..."; 190 The Verge "Tires are saving us — and killing us,
# too"; 111 Business Line "Dissecting impact of Israel-Hamas conflict on markets" (only its trade and market figures are
# asked); 517 Polygon "YouTube demonetizes popular content creator SSSniperwolf after doxxing accusations"; 549
# TechCrunch "Fortnite is the latest game to entice players with a portal to the past" (Epic's trial with Google is
# asked about, Fortnite's old map is not); 227 Fox News "Robin Williams' drug addiction made him 'a monster' ..."; 592
# Polygon "Rogue Trader's role-playing embraces the brutality and freedom of Warhammer 40K". None is asked about in
# tests/questions.py or tests/fresh_questions.py (searched their title words, names and topics: Twitch, TwitchCon,
# insomnia, Still Up, Sphere, U2, Las Vegas, Astros, sign stealing, hydrogel, drinking water, Britney, Federline, Gaza,
# hostage, Emily Hand, Kalmus, climate grief, quantitative easing, central bank, tires, microplastic, Israel, Hamas,
# SSSniperwolf, YouTube, Fortnite, Epic Games, Robin Williams, Rogue Trader, Warhammer ...). Three or four questions
# each (58: 16 answerable, 20 who, 22 counting), worded as a reader would ask, not in the sentence's words. Each
# expected phrase was checked in its article's clean text (qa.load + qa.clean over the shipped articles and corpus.json;
# no index, no model) and counted across all 612 articles; those found in other articles were tightened to a phrase
# found in that article alone: "San Diego" (8 articles) -> "San Diego Convention Center", "San Diego-based TwitchCon";
# "trash can" (27) -> "of all things, a trash can"; "70 percent" (86, 299) -> "70 percent custodial rights"; "November
# 3" (10 articles) -> "turns the clock back come November 3", "coming back November 3rd"; "16 times" (15, 237, 535) ->
# "leveled up 16 times". Questions dropped because another article also answers them: who runs Twitch and its new
# simulcasting rule (401: "CEO Dan Clancy", "allowing simulcasting"); how long Britney's marriage to Jason Alexander
# lasted, her child support and Federline's wife (51: "55 hours", "$35,000 a month", "Victoria Prince"), where she met
# Federline (51: "at a club", 255: "at a nightclub"). Ten near misses (a kept article's topic, a fact no article gives)
# and four one-word off-topic questions (one word shared with an article, nothing else), each checked by searching the
# clean text of all 612 articles for its key words and synonyms (the comments say what was searched); none was asked of
# Emily Hand's release (413 says she is no longer in captivity). Every kind's count is even and the block is appended
# after every earlier question, so it splits evenly and no earlier question changes half.

_STOP39_MORE = _noted("stop 39 more articles", (
    # 551 TechCrunch, TwitchCon 2023 in Las Vegas
    held_multihop("who", "Which streamer got engaged on stage at this year's TwitchCon?", "Lowco"),
    held_multihop("who", "Which Twitch executive confirmed that TwitchCon is leaving Las Vegas?", "Rachel Delphin"),
    held_multihop("counting", "What share of Twitch's viewers were aged 18 to 34 last year?",
                  "over 70% of its viewers"),
    held_multihop("answerable", "Where was the previous TwitchCon in North America held?",
                  "San Diego Convention Center", "San Diego-based TwitchCon"),
    # 310 The Independent, the lives of insomniacs (and Apple TV+'s Still Up)
    held_multihop("counting", "What share of adults around the world have insomnia?", "around 10 per cent of adults"),
    held_multihop("counting", "How much more likely are women than men to suffer from insomnia?",
                  "40 per cent more likely"),
    held_multihop("answerable", "Which new sleeping pill has the NHS just approved?", "Quviviq"),
    held_multihop("who", "Whose own sleeplessness inspired the Apple TV+ comedy Still Up?", "Natalie Walter"),
    # 560 The Sydney Morning Herald, the Sphere in Las Vegas
    held_multihop("counting", "How many speakers are there inside the Sphere in Las Vegas?",
                  "157,000 ultra-directional speakers"),
    held_multihop("counting", "How many pixels does the Sphere's inside screen have?", "268,435,456 pixels"),
    held_multihop("who", "Which stage design firm worked on U2's show at the Sphere?", "Stufish"),
    held_multihop("who", "Who directed Postcard From Earth, the film made for the Sphere?", "Darren Aronofsky"),
    # 7 Essentially Sports, the Astros' sign-stealing scandal of 2017
    held_multihop("counting", "How much did MLB fine the Astros for stealing signs?", "$5 million, the maximum"),
    held_multihop("who", "Which Astros coach had a screen put up near the dugout to watch the catcher's signs?",
                  "Alex Cora"),
    held_multihop("answerable", "What did the Astros bang on to tell their hitters which pitch was coming?",
                  "of all things, a trash can"),
    held_multihop("counting", "How many Astros players did MLB's investigation cover?", "23 Astros players"),
    # 285 Science News For Students, MIT's salty hydrogel that pulls water from the air
    held_multihop("who", "Who leads the MIT team making a gel that pulls drinking water out of the air?",
                  "Carlos Díaz-Marín"),
    held_multihop("answerable", "Which salt did the MIT researchers soak their hydrogel in?", "lithium chloride"),
    held_multihop("counting", "How much water a day should the MIT hydrogel device produce?", "2 to 5 liters"),
    held_multihop("counting", "How much salt can the new hydrogel hold?", "20 grams (0.7 ounce) of salt per gram"),
    # 358 The Independent, Britney Spears and Kevin Federline
    held_multihop("answerable", "Where did Britney Spears marry Kevin Federline?", "Studio City"),
    held_multihop("counting", "What share of custody of their sons did Kevin Federline get in 2019?",
                  "70 percent custodial rights"),
    held_multihop("who", "Who is Britney Spears' lawyer?", "Mathew Rosengart"),
    held_multihop("who", "Which lawyer spoke for Kevin Federline when Britney went into treatment in 2019?",
                  "Mark Kaplan"),
    # 596 Fox News, Emily Hand's ninth birthday as a hostage in Gaza
    held_multihop("counting", "How much weight has Thomas Hand lost since his daughter was taken hostage?", "8 kilos",
                  "about 18 pounds"),
    held_multihop("answerable", "Where was Emily Hand staying the night Hamas took her?",
                  "sleepover at a friend’s house"),
    held_multihop("answerable", "Where was Emily Hand's father born?", "born in Dublin"),
    held_multihop("counting", "In how many US cities will billboards of the hostages go up?", "48 cities"),
    # 233 Yahoo News (NBC News), Peter Kalmus and climate grief
    held_multihop("who", "Who runs the Possibility Alliance homestead in Maine?", "Ethan Hughes"),
    held_multihop("counting", "How long does Peter Kalmus meditate each day?", "two hours of meditation a day"),
    held_multihop("counting", "By how much has Peter Kalmus cut his own emissions?", "emissions by about 90%"),
    held_multihop("counting", "How many times has Peter Kalmus been arrested at climate protests?",
                  "Twice, he’s been arrested"),
    # 503 Fortune (Bloomberg), central bankers rethink quantitative easing
    held_multihop("counting", "What share of economists expect central banks to keep using QE as before?",
                  "Only 40% of economists"),
    held_multihop("counting", "How much will the Bank of England's bond buying cost the government in the next decade?",
                  "over £200 billion"),
    held_multihop("who", "Which former IMF chief economist wants central banks to raise their inflation target?",
                  "Olivier Blanchard"),
    held_multihop("who", "Who is the general manager of the Bank for International Settlements?", "Agustin Carstens"),
    # 190 The Verge, tires and pollution
    held_multihop("counting", "How much of the plastic in the ocean comes from tire rubber?",
                  "78 percent of ocean microplastics"),
    held_multihop("answerable", "Which tire chemical was blamed for the coho salmon die-off?", "6PPD-quinone"),
    held_multihop("answerable", "What plant is Bridgestone growing as a new source of rubber?", "guayule"),
    held_multihop("who", "Who runs Emissions Analytics?", "Nick Molden"),
    # 111 Business Line, the Israel-Hamas war and the markets
    held_multihop("counting", "How much does India export to Israel in a year?", "$8billion"),
    held_multihop("counting", "How much of the world's potash is shipped from Israel's port of Ashdod?",
                  "3 per cent of global potash"),
    held_multihop("answerable", "Which Indian sectors would be hurt if the Israel-Hamas war spread?",
                  "Petrochemicals, Oil Marketing, Paints"),
    # 517 Polygon, YouTube demonetizes SSSniperwolf
    held_multihop("counting", "How many YouTube subscribers does SSSniperwolf have?", "over 34 million subscribers"),
    held_multihop("who", "Which YouTuber accused SSSniperwolf of doxxing him?", "Jacksfilms"),
    held_multihop("answerable", "What did YouTube do to SSSniperwolf's channel after the doxxing?",
                  "temporary monetization suspension", "temporarily demonetized"),
    # 549 TechCrunch, Fortnite goes back to Chapter 1
    held_multihop("who", "Which streamer found a giant Fortnite burger in his backyard?", "Tyler Blevins"),
    held_multihop("who", "Who is the editorial director of Blizzard Watch?", "Elizabeth Harper"),
    held_multihop("answerable", "When did Blizzard bring out World of Warcraft Classic?",
                  "World of Warcraft Classic back in 2019"),
    held_multihop("answerable", "When does Fortnite go back to its original map?",
                  "turns the clock back come November 3", "coming back November 3rd"),
    # 227 Fox News, Robin Williams' cocaine use (Vice's documentary)
    held_multihop("answerable", "Which documentary series looked at Robin Williams' cocaine use?",
                  "The Dark Side of Comedy"),
    held_multihop("who", "Whose overdose pushed Robin Williams to give up cocaine?", "John Belushi"),
    held_multihop("answerable", "What brain disease was Robin Williams found to have after he died?",
                  "Lewy body dementia"),
    held_multihop("who", "Which Mork and Mindy co-star spoke in the documentary about Robin Williams?", "Gina Hecht"),
    # 592 Polygon, a review of Warhammer 40,000: Rogue Trader
    held_multihop("who", "Which studio made Warhammer 40,000: Rogue Trader?", "Owlcat Games"),
    held_multihop("answerable", "When does Warhammer 40,000: Rogue Trader come out?", "released on Dec. 7"),
    held_multihop("counting", "How many times had the reviewer levelled up by the end of Rogue Trader's first chapter?",
                  "leveled up 16 times"),
    held_multihop("who", "Who is the reviewer's favourite companion in Rogue Trader?", "Marazhai Aezyrraesh"),
    *(held_abstain(q) for q in (
        # 551: "next year's convention will not be in Las Vegas, but [Delphin] couldn't disclose where"; "TwitchCon" is
        # in 401, 435, 545, 550, 551 alone, none naming a city for 2024 (searched "next year", "2024", "Rotterdam").
        "Where will next year's TwitchCon be held?",
        # 310 names Still Up's stars and creators, no episodes or season; "Still Up" elsewhere is "still up sharply"
        # (87), "still upcoming" (422), "still uploaded" (545); "episodes of" is in 165, 266, 346 alone (other shows).
        "How many episodes does the first season of Still Up have?",
        # 560 gives no "ticket", "price" or "$" for U2's shows ($US2.3b is the venue, in the title); "U2" is in 560
        # alone (534's is a link); "the Sphere" in 419 ("Think the Sphere, only much cheaper") and 528 (Amazon's).
        "How much are tickets to see U2 at the Sphere?",
        # 7: "Jim Crane had obtained club ownership on Nov. 17, 2011", no price; "Jim Crane" is in 7 alone (searched
        # "bought", "purchase", "paid", "$" near "Crane"/"Astros"; 8, 120, 408, 416, 495 name the Astros otherwise).
        "How much did Jim Crane pay for the Houston Astros?",
        # 285: "a very simple and low-cost way", "affordably", no figure; "hydrogel" is in 285 and 286 (the battery,
        # whose cost stop 36 asks as a near miss) alone (searched "cost", "price", "$" in both).
        "How much will MIT's device for pulling water out of the air cost?",
        # 233: "Kalmus wrote a book on climate change", no title; "Kalmus" is in 233 alone; no "Being the Change".
        "What is the title of Peter Kalmus's book?",
        # 503: Blanchard "has long argued in favor of raising the inflation target", no figure; "Blanchard" is in 503
        # alone; "inflation target" also in 125 (Ukraine's central bank in war), no figure of his.
        "What inflation target does Olivier Blanchard want central banks to aim for?",
        # 190: the Uptis "models are in testing now", no date or price; "Uptis", "non-pneumatic" are in 190 alone
        # ("Michelin" elsewhere is Michelin stars: 115, 431, 573; no "airless").
        "When will Michelin's Uptis airless tire go on sale?",
        # 517 gives subscriber counts alone (34 million, 4.9 million); "SSSniperwolf" and "Shelesh" are in 517 alone (no
        # "$", "earn", "income", "revenue" in it).
        "How much money does SSSniperwolf make from YouTube?",
        # "Rogue Trader" is in 592 and 213 (a top-50 list it missed the cutoff for); neither gives "$", "price" or
        # "cost" for it.
        "How much does Warhammer 40,000: Rogue Trader cost?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # mandolin: 233 alone (Kalmus strummed one in a Celtic folk group); "tuning" in 10 articles, none of an
        # instrument (fine-tuning models, tuning in to Twitch or TV).
        "How do I tune a mandolin?",
        # salmon: 190 (coho salmon and the tire toxin) and 235 (the Happy Salmon card game); no "fillet", no recipe;
        # ovens only in deal lists (0, 222).
        "How long should I bake salmon in the oven?",
        # hamster: 549 alone (Fortnite's giant hamster ball); no "pet food"; "rodent" only 460's Permian therapsids.
        "What should I feed a pet hamster?",
        # hot dog: 596 alone (Thomas Hand's first American hot dog); no "sausage", "frankfurter" or "wiener"; "invented
        # the" only in 130 (the shopping cart).
        "Who invented the hot dog?",
    )),
))


# --- stop 39's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 39 without asking the product (unasked facts of the shipped articles, seven MultiHop-RAG
# articles drawn with seed 39, near misses, one-word off-topic questions) and reported unseen at stop 39 (answerable
# 0.6111, abstained 0.4286, at 3beb3af); stop 40 writes its own held-out set (tests/fresh_questions.py), so these join
# the tunable set at the end, as written.

_STOP39_FRESH = _noted("stop 39 fresh set", (
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

# --- stop 40: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 40 (2026-12-06) without asking the product any question and without reading any benchmark
# log or failure list, as stop 39's block was. Articles: seed 140, `random.Random(140).sample(range(609), 40)` over
# corpus.json's records in file order, read in draw order (all 40 read: 15 kept, 25 skipped). Skipped: 54: in stop 40's
# held-out draw (`random.Random(40).sample(range(609), 20)`), not read; 30 (SBF's reported offer to Trump) and 175 (the
# FTX trial): Bankman-Fried's trial is asked (stop 35's else2), 18 (Will Smith and Jada Pinkett Smith, stop 37's fresh
# set), 15 (more from the US v Google trial, stop 25's other articles), 405 (Kick's streamers, stop 39's fresh set), 503
# (central bankers and QE, stop 39 more), 414 (France's rout of Italy, stop 37 more), 606 (Super Mario Bros. Wonder,
# stop 29's fresh set), 298 (the ASX's day after Wall Street's gains: the daily ASX report is asked, stop 31's byline,
# as stop 37 skipped 74 and 357): topics earlier sets ask about; 527 (Wired's deals), 235 (October Prime Day gaming
# deals), 454 (gifts for a home theater), 573 (luxury ski resorts), 318 (the small EVs lost in 2023, car by car): lists
# of products; 544 (NFL DFS picks), 57 (fantasy starts and sits), 552 (TE PPR rankings), 231 (the USMNT roster): lists
# of players; 554 (what an over/under bet is), 433 (bowl odds), 207 (golf betting sites): betting; 273 (Showtime
# Boxing's five greatest fights, fight by fight), 452 (vampire authors, author by author), 563 (the best horror movies):
# lists of titles, as stop 38 skipped 453. Kept, in draw order: 97 Fortune "Sen. Robert Menendez, facing bribery
# charges, stumps bank CEOs ..."; 194 Essentially Sports "Potential Conor McGregor Fight Could Help Canelo Alvarez ..."
# (stop 37's near miss cites its "net worth" in a comment; nothing of it is asked); 390 Fox News "5 myths about
# ketamine, the drug tied to Matthew Perry's death ..." and 148 Fox News "The 5 biggest mistakes parents make at
# Christmastime ..." (numbered, but each one subject and its experts, not a list of products, players or titles); 397
# The Independent "Fast fashion retailer ASOS struggles to engage consumers ..."; 50 Engadget "Video games in 2023:
# Acquisitions, layoffs, unions" (the Microsoft Activision deal is named in stop 31's byline near miss, so nothing of
# that deal is asked); 178 The Independent "Sarah Michelle Gellar hits out at Roblox ..."; 420 TechCrunch "Robotics Q&A
# with Boston Dynamics' Aaron Saunders"; 566 Live Science "Dangerous 'superbugs' are a growing threat ..."; 138 Fortune
# "Gen Z just saw the worst war in Israel in 50 years break out all over the internet ..." (the war's events are asked
# about, Gen Z is not; nothing of the war is asked here); 106 TechCrunch "Meta has a moderation bias problem ...
# suppressing Palestinian voices"; 487 CBS Sports "NASCAR offseason news roundup ..." (one sport's offseason news in
# prose; Kyle Larson's High Limit series is asked, nothing of him here); 220 The Sydney Morning Herald "McRae reveals
# hidden message he carried under collar of his grand final shirt" (Collingwood's AFL premiership; the Swans' AFLW pride
# match with Collingwood is asked, not this); 322 The New York Times "Alcoholism, Ayahuasca and the Enlightenment of an
# N.F.L. Player"; 248 TechCrunch "Deepfake election risks trigger EU call for more generative AI safeguards" (X's DSA
# probe is asked, stop 38; nothing of X or the DSA is asked here). None is asked about in tests/questions.py or
# tests/fresh_questions.py (searched their title words, names and topics: Menendez, CFPB, Dimon, overdraft, Canelo,
# McGregor, Mayweather, Golovkin, ketamine, Matthew Perry, ASOS, Shein, Topshop, Embracer, Candy Crush, Roblox, Gellar,
# Kardashian, Boston Dynamics, Saunders, superbug, antibiotic, phage, Keeley, Santa, Gen Z, Edelman, Palestinian,
# shadowban, 7amleh, NASCAR, Blaney, Gragson, Collingwood, McRae, Markov, premiership, Poyer, Bills, ayahuasca, Jourova,
# Code of Practice, deepfake ...). Three or four questions each (56: 16 answerable, 18 who, 22 counting), worded as a
# reader would ask, not in the sentence's words. Each expected phrase was checked in its article's clean text (qa.load +
# qa.clean over the shipped articles and corpus.json; no index, no model) and counted across all 612 articles; those
# found in other articles were tightened to a phrase found in that article alone: "Sarah Michelle Gellar" (also 177, her
# family) -> "Sarah Michelle Gellar has taken umbrage"; "Noah Gragson" (297, a fistfight) -> "hire Noah Gragson as its
# new driver"; "Charlie Cameron" (244, a draft prospect's comparison) -> "Lions forward Charlie Cameron", "collected by
# Charlie Cameron"; "Jordan Poyer" (294, a live blog of Bills-Bengals) -> "new Jordan Poyer because of ayahuasca". A
# question dropped rather than tightened: which EU commissioner warned of AI disinformation before elections (396 also
# names Vera Jourova, the commissioner for values and transparency, speaking of disinformation on X); asked of 248
# instead: Microsoft's partner in Project Providence. Not asked because another article gives it too: Epic's 830 layoffs
# (545). Ten near misses (a kept article's topic, a fact no article gives) and four one-word off-topic questions (one
# word shared with an article, nothing else), each checked by searching the clean text of all 612 articles for its key
# words and synonyms (the comments say what was searched); none was asked of what Meta removed after 7 October (335
# gives "more than 795,000 pieces of content"). Every kind's count is even and the block is appended after every earlier
# question, so it splits evenly and no earlier question changes half.

_STOP40_MORE = _noted("stop 40 more articles", (
    # 97 Fortune, Menendez quizzes the bank CEOs on what the CFPB made them repay
    held_multihop("who", "Which senator charged with bribery quizzed the bank CEOs about their payouts to customers?",
                  "Menendez"),
    held_multihop("counting", "How much did Bank of America have to pay back to customers at the CFPB's direction?",
                  "$819 million for Bank of America"),
    held_multihop("counting", "How much gold did investigators find at Menendez's house?", "$100,000 in gold bars"),
    held_multihop("answerable", "How far has Bank of America cut its overdraft fee?", "from $35 to $10"),
    # 194 Essentially Sports, Canelo v McGregor and Mayweather's fortune
    held_multihop("counting", "What is Canelo Alvarez worth?", "$180 million net worth"),
    held_multihop("counting", "How many pay-per-view buys did McGregor's fight with Mayweather sell?",
                  "4.3 million pay-per-view buys"),
    held_multihop("answerable", "How much was Canelo's deal with DAZN and Golden Boy worth?", "$365 million deal"),
    # 390 Fox News, five myths about ketamine after Matthew Perry's death
    held_multihop("answerable", "What was given as Matthew Perry's cause of death?", "acute effects of ketamine"),
    held_multihop("answerable", "When did the FDA approve ketamine as a treatment for depression?",
                  "FDA approved the drug in 2019"),
    held_multihop("who", "Who heads the American Society of Ketamine Physicians?", "Sandhya Prashad"),
    held_multihop("counting", "How long does ketamine take to leave the body?", "half-life of three to four hours",
                  "eliminated by the body in a single day"),
    # 397 The Independent, ASOS's losses
    held_multihop("counting", "How much did ASOS lose before tax this year?", "almost £300m"),
    held_multihop("answerable", "What did ASOS's name originally stand for?", "As Seen On Screen"),
    held_multihop("counting", "To how many countries does ASOS ship?", "196 countries"),
    held_multihop("who", "Who is the chief executive of ASOS?", "José Antonio Ramos Calamonte"),
    # 50 Engadget, the games industry in 2023: consolidation, layoffs, unions
    held_multihop("counting", "How many people in video games lost their jobs in 2023?", "more than 9,000 people"),
    held_multihop("counting", "How many monthly players does Candy Crush Saga have?",
                  "238 million monthly active users"),
    held_multihop("counting", "How many contract workers did Microsoft agree to take on full-time under the ZeniMax "
                  "union?", "77 contract workers"),
    held_multihop("who", "Which Night School co-founder talked about being bought by Netflix?", "Sean Krankel"),
    # 178 The Independent, Sarah Michelle Gellar and Roblox
    held_multihop("who", "Which Buffy star called out Roblox after her son's account was hacked?",
                  "Sarah Michelle Gellar has taken umbrage"),
    held_multihop("answerable", "What did Gellar have to cancel after the Roblox hack?", "cancel my credit card",
                  "cancel her credit card"),
    held_multihop("answerable", "What username was the Roblox game about Kim Kardashian registered under?",
                  "KimsNewSexTape"),
    held_multihop("who", "What is the name of Sarah Michelle Gellar's son?", "son Rocky"),
    # 420 TechCrunch, a robotics Q&A with Boston Dynamics' CTO
    held_multihop("who", "Who is the CTO of Boston Dynamics?", "Aaron Saunders"),
    held_multihop("answerable", "Which industries will robots move into after manufacturing and logistics, says Boston "
                  "Dynamics?", "construction and healthcare"),
    held_multihop("answerable", "Which Boston Dynamics robot was built to move boxes?", "custom robot in Stretch",
                  "Take Stretch, for example"),
    held_multihop("counting", "How far off are multipurpose robots for the home, according to Boston Dynamics' CTO?",
                  "more than a decade away"),
    # 566 Live Science, superbugs and what could replace antibiotics
    held_multihop("counting", "How many people did antibiotic-resistant bacteria kill in 2019?",
                  "roughly 1.27 million people"),
    held_multihop("counting", "How many Americans die each year from drug-resistant bacteria and fungi?",
                  "35,000 deaths each year"),
    held_multihop("who", "Who directs Yale's Center for Phage Biology and Therapy?", "Paul Turner"),
    held_multihop("answerable", "Where did the woman with the drug-resistant Klebsiella infection get hurt?",
                  "Brussels Airport"),
    # 148 Fox News, the biggest mistakes parents make at Christmas
    held_multihop("who", "Which parenting expert listed the worst mistakes parents make at Christmas?",
                  "Hannah Keeley"),
    held_multihop("answerable", "What does Hannah Keeley call using Santa to make children behave?",
                  "stooping to Santa"),
    held_multihop("counting", "Up to what age do children blame themselves for their parents' problems?",
                  "up to the age of 9"),
    # 138 Fortune, Gen Z and the images of the Israel-Hamas war
    held_multihop("counting", "What share of young workers are too upset by the news to function at work?",
                  "46% of young workers"),
    held_multihop("answerable", "How old are the members of Gen Z?", "ages 11 to 26"),
    held_multihop("who", "Who founded Awa Business School?", "Dayo Abinusawa"),
    # 106 TechCrunch, Meta's moderation and Palestinian voices
    held_multihop("who", "Which Palestinian-American filmmaker was restricted on Instagram after posting West Bank "
                  "travel videos?", "Khitam Jabr"),
    held_multihop("answerable", "How did Instagram mistranslate 'Alhamdulillah' in some Palestinian users' bios?",
                  "Palestinian terrorists"),
    held_multihop("counting", "How many Palestinian digital rights violations did 7amleh record before the 2021 "
                  "ceasefire?", "more than 500 reports"),
    held_multihop("who", "Who is the EFF's director for international freedom of expression?", "Jillian York"),
    # 487 CBS Sports, NASCAR's offseason: the Phoenix test, new spotters, drivers on the move
    held_multihop("counting", "How many drivers took part in NASCAR's test at Phoenix?", "one of six drivers"),
    held_multihop("who", "Who will be Ryan Blaney's spotter next season?", "Tim Fedewa"),
    held_multihop("who", "Who is expected to drive Stewart-Haas Racing's No. 10 car?",
                  "hire Noah Gragson as its new driver"),
    held_multihop("answerable", "What did NASCAR try on the second day of its Phoenix test to make the cars quieter?",
                  "existing mufflers"),
    # 220 The Sydney Morning Herald, Collingwood's premiership
    held_multihop("answerable", "What did Craig McRae have written under his shirt collar in the grand final?",
                  "44 sons"),
    held_multihop("who", "Which Lions forward hurt Jeremy Howe's ribs in the grand final?",
                  "Lions forward Charlie Cameron", "collected by Charlie Cameron"),
    held_multihop("counting", "How many premierships has Collingwood won now?", "16th premiership"),
    held_multihop("who", "Which Collingwood player's father was a world champion pole vaulter?",
                  "Markov’s actual father", "Oleg Markov"),
    # 322 The New York Times (The Athletic), Jordan Poyer, sobriety and ayahuasca
    held_multihop("who", "Which Bills safety says ayahuasca changed his life?",
                  "new Jordan Poyer because of ayahuasca"),
    held_multihop("answerable", "Where did Jordan Poyer go to take ayahuasca?",
                  "Resonance, a retreat center in Costa Rica"),
    held_multihop("counting", "How long did each of Poyer's ayahuasca ceremonies last?", "nine hours each"),
    held_multihop("counting", "How much did Jordan Poyer weigh when he returned to the Bills after his ayahuasca "
                  "retreat?", "179 pounds"),
    # 248 TechCrunch, the EU's disinformation code and generative AI
    held_multihop("who", "Which company works with Microsoft on Project Providence?", "Truepic"),
    held_multihop("counting", "How many signatories does the EU's anti-disinformation code have?", "44 signatories"),
    held_multihop("counting", "How many channels did YouTube shut down for Russian-linked influence operations?",
                  "more than 400 channels"),
    *(held_abstain(q) for q in (
        # 97: "charged with bribery", "Menendez pleaded not guilty", no trial or date; "Menendez" is in 97 alone
        # ("bribery" elsewhere: Ellison's testimony, 9; a ChatGPT libel, 48; Keeley's Santa, 148; "bribes": Epic on
        # Google, 299).
        "When will Senator Bob Menendez go on trial for bribery?",
        # 390: "The concentration of ketamine found in Matthew Perry's blood was sufficient ...", no figure; "ketamine"
        # and "Matthew Perry" are in 390 alone; "autopsy" also in 227 (Robin Williams); no "ng/", "microgram".
        "How much ketamine was found in Matthew Perry's blood?",
        # 397: ASOS "acquired [Topshop] when the Arcadia Group went bust in 2021", no price; "Topshop" and "Arcadia" are
        # in 397 alone, and its £ figures are losses, debt, dresses and marketing.
        "How much did ASOS pay for Topshop?",
        # 194: McGregor lost to Mayweather "but leaving with a fat stack", no figure; "McGregor" also in 61 (a betting
        # odds example) and 228 (Mayweather's last knockout), neither with a purse; "purse" elsewhere is not his.
        "How much did Conor McGregor earn from fighting Floyd Mayweather?",
        # 178: "I had to cancel my credit card", no sum; no "$", "charge" or "spent" in 178; "Gellar" also in 177 (her
        # family, no Roblox); "Roblox" elsewhere: layoffs (49), Tencent's stake (50), app charts (384), its CEO (539),
        # Fortnite (545).
        "How much did the hackers charge to Sarah Michelle Gellar's credit card?",
        # 420: Stretch moves boxes, robots must come "at a competitive price point", no price; "Stretch" (the robot) is
        # in 420 alone; 421 and 511 (Boston Dynamics' founders and history) give no "$".
        "How much does Boston Dynamics' Stretch robot cost?",
        # 487: Eddie D'Hondt "would not return as Elliott's spotter", no successor; "Chase Elliott", "D'Hondt" and
        # "spotter" are in 487 alone.
        "Who will be Chase Elliott's spotter next season?",
        # 220 gives no crowd; no "crowd", "spectator" or "attendance" in 220; "MCG" only in 244 (a draft prospect on
        # Grand Final day), "attendance" only in 210 (the Swans' AFLW).
        "How many people watched the AFL grand final at the MCG?",
        # 322: "The Bills have an out in Poyer's contract after this season", no sum; "Poyer" also in 294 (a live blog
        # of the Bengals game); neither gives "$", "million" or "salary" of his (322's "4 million" is Rachel's
        # followers).
        "How much is Jordan Poyer's contract with the Bills worth?",
        # 566: "cost" only in "the bacterium's evolution comes at a cost"; no "price", "$" or "afford"; "phage" is in
        # 566 alone.
        "How much does phage therapy cost?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # tequila: 322 (shots of tequila) and 50 (the studio Tequila Works) alone; "agave" only 355's "Project Agave";
        # no "distill" of any spirit.
        "How is tequila made?",
        # Costa Rica: 322 (the retreat), 48, 157, 534 (lists of countries and a tweet); "capital of" only in 71 (horse
        # betting); "San Jose" in 433 and 551 is California's.
        "What is the capital of Costa Rica?",
        # peppermint mochas: 69 and 148 alone (the holiday season); "espresso" only in 320 and 520 (machines in deal
        # lists); no mocha recipe.
        "How do I make a peppermint mocha at home?",
        # gold bars: 97 alone (Menendez's raid); no "bullion" or "troy ounce"; "weigh" in 67 articles, none of gold.
        "How much does a gold bar weigh?",
    )),
))


# --- stop 40's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 40 without asking the product (4 unasked facts of the shipped articles, seven MultiHop-RAG
# articles drawn with seed 40, near misses, one-word off-topic questions) and reported unseen at stop 40 (answerable
# 0.5938, abstained 0.5385, at 0ebea8a); stop 41 writes its own held-out set (tests/fresh_questions.py), so these join
# the tunable set at the end, as written.

_STOP40_FRESH = _noted("stop 40 fresh set", (
    # The shipped articles: facts no question in tests/questions.py asks.
    held("answerable", "Is either side close to a breakthrough on the battlefield in Ukraine?", "military stalemate"),
    held("answerable", "What would the wider deal discussed in the peace talks bring about, say the Ukrainians?",
         "withdrawal of Russian troops"),
    held("answerable", "Why are Ukraine's losses likely to be heaviest in the south?", "captured the most territory"),
    held("answerable", "What should the air defence missiles Kyiv is asking for be able to shoot down?",
         "aircraft and rockets at high altitude"),
    # 469, TechCrunch, 2023-12-09: fans' and brands' AI-made pictures of Gag City before Nicki Minaj's Pink Friday 2.
    held_multihop("who", "Who is Nicki Minaj married to?", "Kenneth Petty"),
    held_multihop("counting", "How many studio albums has Nicki Minaj made, counting Pink Friday 2?",
                  "fifth studio album"),
    held_multihop("answerable", "What does the slang word 'gag' in Gag City mean?", "so amazed that you"),
    held_multihop("who", "Which restaurant chain joined the Gag City meme with a picture of pink smoke?", "Chili’s"),
    # 593, TechCrunch, 2023-10-24: Pebble, the Twitter alternative once called T2, shuts down.
    held_multihop("counting", "How many people used Pebble every day at its peak?", "3,000 daily active users"),
    held_multihop("who", "Who was the CTO of Pebble, the Twitter alternative once called T2?", "Michael Greer"),
    held_multihop("counting", "How much did Pebble raise from angel investors?", "$1.1 million angel round"),
    held_multihop("answerable", "When does Pebble's website go offline for good?", "November 1st"),
    # 536, CNBC, 2023-10-02: Dave Clark's last days as Flexport's CEO.
    held_multihop("counting", "How long did Dave Clark work at Amazon before he ran Flexport?", "23 years at Amazon"),
    held_multihop("who", "Which rapper did Flexport pay to perform at its product launch?", "paid rapper Nelly"),
    held_multihop("answerable", "What does Dave Clark regret about his year at Flexport?", "picked the wrong founder"),
    held_multihop("who", "Who is Flexport's top lawyer?", "Chris Ferro"),
    # 283, The Age, 2023-10-06: the novelist Melissa Lucashenko and her Edenglassie.
    held_multihop("answerable", "For which novel did Melissa Lucashenko win the Miles Franklin?", "Too Much Lip"),
    held_multihop("who", "Whose public hanging in Brisbane inspired Lucashenko's novel Edenglassie?", "Dundalli"),
    held_multihop("counting", "How many brothers does Melissa Lucashenko have?", "six older brothers"),
    held_multihop("answerable", "What was Melissa Lucashenko's first book?", "Steam Pigs"),
    # 451, The Age, 2023-11-24: Australia beat Finland to reach the Davis Cup final; Sinner beats Djokovic.
    held_multihop("who", "Whom did Alexei Popyrin beat in the Davis Cup semi-final against Finland?", "Otto Virtanen"),
    held_multihop("who", "Who coaches Jannik Sinner?", "Darren Cahill"),
    held_multihop("counting", "How many times has Australia won the Davis Cup?", "28-time champions",
                  "29th Davis Cup title"),
    held_multihop("answerable", "In which city is the 2023 Davis Cup final played?", "Malaga"),
    # 471, Fortune, 2023-11-03: a review of the American Express Cash Magnet card.
    held_multihop("counting", "What cash back rate does the Amex Cash Magnet card pay?",
                  "1.5% cash back on every purchase"),
    held_multihop("counting", "What sign-up bonus does the Amex Cash Magnet card offer new customers?",
                  "$200 statement credit"),
    held_multihop("answerable", "Does the Amex Cash Magnet card charge a fee for purchases abroad?",
                  "2.7% of each transaction"),
    held_multihop("answerable", "Is the Amex Cash Magnet a metal card?", "standard plastic credit card"),
    # 256, TechCrunch, 2023-10-04: the Supreme Court takes up Florida's and Texas's social media laws.
    held_multihop("who", "Which governor signed Texas's law on social media moderation?", "Greg Abbott"),
    held_multihop("answerable", "What is Florida's social media law called?", "Senate Bill 7072", "SB 7072"),
    held_multihop("who", "Which senator co-wrote Section 230?", "Ron Wyden"),
    held_multihop("answerable", "Which federal appeals court ruled on Florida's social media law?",
                  "Eleventh Circuit"),
    *(held_abstain(q) for q in (
        # 451 names no prize money: no "$" or "prize" in it or in 342 (the only other article naming the Davis Cup;
        # its one "million" is Kyrgios's fans); "prize money" elsewhere is the Cricket World Cup's (133, 246, links)
        # and the U.S. Open's equal prize money since 1973 (412).
        "How much prize money does the team that wins the Davis Cup get?",
        # 469 names no tour; no "tour" in 469 or in 212 (the only other article naming Minaj).
        "When does Nicki Minaj's Pink Friday 2 tour start?",
        # 469: Pink Friday 2 is released, no sales; "Pink Friday" in 469 alone, "Minaj" also in 212 (Ice Spice's
        # "Barbie World", a chart place, no album sales); "first week", "copies", "Billboard" in no article naming her
        # album.
        "How many copies did Pink Friday 2 sell in its first week?",
        # 593: Pebble returns "a small amount of the funds left over", no sum; the other Pebble articles (026, 049, 195,
        # 488) give its users or its shutdown, no money returned.
        "How much money is Pebble giving back to its investors?",
        # 536: Flexport "ousted Wagers as CFO", no successor; "chief financial officer" and "CFO" elsewhere (008, 043,
        # 075, 156, 321, 338, 430, 461, 463, 539) are other companies'; Flexport's other articles (011, 049, 321, 337,
        # 514, 537) name no CFO.
        "Who replaced Kenny Wagers as Flexport's CFO?",
        # 283: Lucashenko won the Miles Franklin in 2019, no prize money; "Miles Franklin" in 283 alone; "prize money"
        # (133, 246, 412) and "$60,000" (056, 183, 276, 509, 583) are of other things.
        "How much prize money did Melissa Lucashenko get for the Miles Franklin?",
        # 451 is written before the final (Australia's 29th title "if they account for Italy"); "Davis Cup" is in 342
        # and 451 alone, and 342 (Djokovic's year, Hewitt at the United Cup) gives no final result; "won the Davis
        # Cup" in no article.
        "Who won the 2023 Davis Cup final?",
        # 471 gives no launch date ("launch" and "introduc" in none of its sentences); "Cash Magnet" in 471 alone; the
        # "launched in" (15 articles) and "introduced in" (13) elsewhere are of other things.
        "When did American Express launch the Cash Magnet card?",
        # 256: the Court "decided that it would hear" the cases, no date of argument or ruling; "NetChoice", "SB 7072",
        # "HB 20" in 256 alone; "oral argument" in none; "Supreme Court" elsewhere (042, 095, 097, 136, 138, 319, 355,
        # 368, 501) is other cases.
        "When will the Supreme Court rule on the Florida and Texas social media laws?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # fig tree: 283 alone (the native fig at Avid Reader); "fig" otherwise only 139's "Fig." captions; no "prune";
        # "pruning" only 257 (Taylor Swift's songs).
        "When should I prune a fig tree?",
        # Malaga: 451 alone (the Davis Cup final; the team hotel on the Costa del Sol); "beach" in 15 articles, none in
        # Spain.
        "What are the best beaches near Malaga?",
        # peppermint: 069 and 148 (peppermint mochas), 154 (Peppermint Patty); no "peppermint bark"; "recipe" in 14
        # articles (gravy, ice cream makers, figures of speech), none naming peppermint.
        "How do I make peppermint bark?",
        # Trojan horse: 469 alone (Beyoncé fans' meme); "Trojans" elsewhere are USC's teams (103, 378); "malware" in
        # 047, 048, 049, 229, none naming a trojan.
        "What is a Trojan horse virus?",
    )),
))


# --- stop 41: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 41 (2026-12-07) without asking the product any question and without reading any benchmark
# log or failure list, as stop 40's block was. Articles: seed 141, `random.Random(141).sample(range(609), 60)` over
# corpus.json's records in file order, less the 5 of them in stop 41's held-out draw
# (`random.Random(41).sample(range(609), 40)`, not read), read in draw order (all 55 read: 13 kept, 42 skipped; no more
# were drawn). Skipped: 529 (Trump's fraud ruling, stop 37 more), 30 (SBF's reported offer to Trump: Bankman-Fried's
# trial is asked, stop 35's else2, as stop 40 skipped it), 181 (US venture capital in China, stop 37 more), 1 and 485
# (the daily ASX report, stop 31's byline), 12 (United's 3-3 at Galatasaray: stop 25's other articles ask Galatasaray's
# goals against United, as stop 39 skipped 13), 274 (Jake Paul and Dillon Danis, stop 36's fresh set), 356 (Patrick
# Kane, stop 39's fresh set), 189 (TikTok's tracking pixel, stop 38 more), 260 (Man United v Fulham, stop 39's fresh
# set), 168 (the Wallabies at the World Cup: stop 37 more asks Eddie Jones's Wallabies), 530 (Trump's wealth, stop 37
# more), 227 (Robin Williams, stop 39 more), 375 (Coinbase's rally, stop 38's fresh set), 510 (SoftBank and Cubic
# Telecom, stop 36 more), 548 (the Cybertruck and pedestrians: the Cybertruck is asked, stop 36's forms and fresh set),
# 448 (Israel's startups, stop 37's fresh set), 27 (the rise of AI, stop 39's fresh set), 26 (Mozilla, stop 37 more),
# 332 (OpenAI's board and Altman's firing, skipped for it since stop 37), 579 (Tate McRae's and Peter Gabriel's albums,
# stop 37 more), 190 (tires, stop 39 more), 538 (Ireland's quarter-final, stop 37 more): topics earlier sets ask about;
# 275 (Cowboys vs. 49ers), 495 and 408 (World Series Games 3 and 4), 41 (Chicago Fire vs Inter Miami): live blogs; 351
# (MacBook deals), 527 (Wired's deals), 584 (anti-Prime Day deals), 229 (VPN services), 473 (holiday shipping deadlines,
# carrier by carrier and store by store), 574 (Black Friday shopping, retailer by retailer: a how-to, as stop 40's fresh
# set skipped 60): lists of products and stores; 244 (AFL draft prospects), 583 and 276 (DFS picks), 553 (QB rankings):
# lists of players; 556 (photos of STEVE, one per skywatcher, as stop 38 skipped it), 161 (six VCs' answers, VC by VC),
# 352 (The Guardian's European round-up, match by match), 555 (where to see the Northern Lights in the UK, as stop 37
# skipped 326), 16 (Baldur's Gate 3's classes, class by class): lists. Kept, in draw order: 594 Fox News "Pittsburgh
# boy, 10, needs second liver transplant ..."; 587 Polygon "Jack Skellington turned legendary composer Danny Elfman into
# a weirdo rock star"; 421 Fortune "Robot startups see huge market in replacing human workers ..." (stop 40 asks 420's
# Boston Dynamics, nothing of Agility, Figure or Sanctuary; nothing of Boston Dynamics is asked here, and nothing of
# Digit's Amazon pilot, which 528 gives too); 481 Essentially Sports "'We Sell More F-150s to NASCAR Fans' - Ford
# Insider ..." (stop 40 asks 487's NASCAR offseason, Blaney's spotter; Ford's marketing is not asked); 267 TechCrunch
# "WebSummit derailed by founder's public fight ..." (nothing of Web Summit is asked; its CEO is not asked here, as 199
# names Cosgrave's successor); 490 Essentially Sports "Rollback Policy, a Boon or a Curse? ..."; 427 The Guardian "New
# Alzheimer's drugs bring hope of slowing disease for UK patients" (239 also names lecanemab and its maker Eisai, so
# neither is asked); 565 Yahoo News "Mysterious dog respiratory illness: What to know"; 102 The New York Times "He's
# Hockey's Brightest Young Star. This Is What Makes His Shot So Special." (Connor Bedard; 483, his debut, is not asked
# about, and nothing of his debut is asked here); 569 Fox News "Faith dilemma: How effective is positive thinking ...?"
# (stop 37 asks 501's national motto, where the same pastor speaks; his church and town, which 501 gives too, are not
# asked); 477 Fortune "Attorney general going after Jeffrey Epstein's estate says she was fired ..."; 413 Globes
# "Israel's prince of public diplomacy" (Eylon Levy; stop 39 asks of the war's hostages, nothing of him; nothing of the
# war is asked here); 479 Fortune "The housing winter arrives early as existing home sales crash ..." (112, BofA's
# housing note, gives Volcker's 18% mortgages and the 1980s comparison, so neither is asked). None is asked about in
# tests/questions.py or tests/fresh_questions.py (searched their title words, names and topics: Goeller, liver,
# transplant, Elfman, Oingo Boingo, Nightmare Before Christmas, Coachella, Skellington, humanoid, Agility, Digit, Figure
# AI, Sanctuary, Adcock, Blaney, Rushbrook, F-150, Mustang, Penske, Web Summit, Cosgrave, Garry Tan, AI21, rollback,
# golf ball, USGA, DeChambeau, Alzheimer, lecanemab, donanemab, dementia, respiratory, Bedard, Connor, Jesse Bradley,
# Second Thought, positive thinking, Epstein, Denise George, Virgin Islands, Leon Black, Eylon Levy, Burley, Regev,
# housing, home sales, mortgage ...). Four or five questions each (56: 14 answerable, 20 who, 22 counting), worded as a
# reader would ask, not in the sentence's words. Each expected phrase was checked in its article's clean text (qa.load +
# qa.clean over the shipped articles and corpus.json; no index, no model) and counted across all 612 articles (folded,
# case-folded); those found in other articles were tightened to a phrase found in that article alone: "Eli Lilly" (239,
# Big Pharma's drugs) -> "donanemab, produced by Eli Lilly"; "Jesse Bradley" (501) -> not asked, the book's title is;
# "up to 80%" (558, a deals list) -> "up to 80% of our first thoughts"; "$75 million" (545, a game budget) -> "in
# September, for $75 million". Questions dropped because another article also answers them: who is testing Agility's
# Digit and who runs Amazon's robotics (528: Tye Brady and the Digit pilot), Boston Dynamics' co-founder (511: Marc
# Raibert), Y Combinator's head (540: Garry Tan), who makes lecanemab (239: Eisai), who coaches the Blackhawks (483:
# Luke Richardson), how high mortgage rates went under Volcker (112: "mortgage rates to 18%"), which church Jesse
# Bradley leads (501: Grace Community Church); whom Blaney fought for the lead was left out as "Ross Chastain" is also
# 297's (his season). Ten near misses (a kept article's topic, a fact no article gives) and four one-word off-topic
# questions (one word shared with an article, nothing else), each checked by searching the clean text of all 612
# articles for its key words and synonyms (the comments say what was searched). Every kind's count is even and the block
# is appended after every earlier question, so it splits evenly and no earlier question changes half.

_STOP41_MORE = _noted("stop 41 more articles", (
    # 594 Fox News, a Pittsburgh boy who needs a second liver transplant
    held_multihop("who", "Whose liver did Lucas Goeller get when he was a toddler?", "Olivia Swedberg"),
    held_multihop("answerable", "What condition was Lucas Goeller born with?", "biliary atresia"),
    held_multihop("counting", "How long did Lucas Goeller wait for his first liver?",
                  "18 months on the liver transplant list"),
    held_multihop("counting", "How many children in Pennsylvania are waiting for a new liver?",
                  "18 children are waiting"),
    # 587 Polygon, Danny Elfman from Oingo Boingo to Coachella
    held_multihop("who", "Who started the band Oingo Boingo?", "Danny’s brother Richard"),
    held_multihop("answerable", "What was Oingo Boingo's biggest hit?", "Weird Science"),
    held_multihop("counting", "How many times has Danny Elfman been up for an Oscar?", "four Oscar nominations"),
    held_multihop("who", "Who spoke Jack Skellington's lines in The Nightmare Before Christmas?", "Chris Sarandon"),
    held_multihop("answerable", "Where did Danny Elfman sing his Tim Burton scores with an orchestra in 2013?",
                  "Royal Albert Hall"),
    # 421 Fortune (AP), humanoid robot startups
    held_multihop("who", "Who is the CEO of Figure AI?", "Brett Adcock"),
    held_multihop("who", "Who runs Agility Robotics?", "Damion Shelton"),
    held_multihop("answerable", "What is Sanctuary AI's two-legged robot called?", "first bipedal robot, Phoenix"),
    held_multihop("counting", "How long is the video Figure put out of its robot walking?", "38-second video"),
    # 481 Essentially Sports, Ford's NASCAR titles and what they sell
    held_multihop("who", "Who is Ford Performance's global director?", "Mark Rushbrook"),
    held_multihop("answerable", "Which Ford do NASCAR fans buy most?", "more F-150s to NASCAR fans"),
    held_multihop("counting", "How many Truck Series titles has Ben Rhodes won?",
                  "his second Truck Series championship"),
    held_multihop("who", "Who calmed Ryan Blaney down during the championship race at Phoenix?", "Roger Penske"),
    # 267 TechCrunch, Web Summit and its founder's posts on Israel
    held_multihop("counting", "How many people went to Web Summit in Lisbon last year?", "about 71,000 people"),
    held_multihop("who", "Which Israeli ambassador pulled Israel out of Web Summit?", "Dor Shapiro"),
    held_multihop("who", "Which AI21 Labs co-founder called off his Web Summit keynote?", "Ori Goshen"),
    held_multihop("answerable", "Where was Paddy Cosgrave when Hamas attacked Israel?", "Doha"),
    # 490 Essentially Sports, the golf ball rollback
    held_multihop("who", "Who is the CEO of the PGA of America?", "Seth Waugh"),
    held_multihop("counting", "How many LIV golfers average more than 300 yards off the tee?", "28 of 48 LIV golfers"),
    held_multihop("counting", "How far does Rory McIlroy hit his drives on average?", "326.7 yards"),
    held_multihop("who", "Who is the chairman of Augusta National?", "Fred Ridley"),
    # 427 The Guardian, new Alzheimer's drugs for UK patients
    held_multihop("counting", "What does a year of lecanemab cost?", "$25,000 (£19,700) a year"),
    held_multihop("who", "Which drug company makes donanemab?", "donanemab, produced by Eli Lilly"),
    held_multihop("counting", "How many people died of dementia in England and Wales last year?", "66,000 people"),
    held_multihop("answerable", "How much do the new Alzheimer's drugs slow the disease down?", "six months to a year"),
    held_multihop("answerable", "Which rare kind of Alzheimer's does Trina Armstrong have?",
                  "posterior cortical atrophy"),
    # 565 Yahoo News (NBC), the mysterious dog respiratory illness
    held_multihop("who", "Which university's lab found a bacterium that may cause the mysterious dog illness?",
                  "University of New Hampshire"),
    held_multihop("counting", "How many cases of the dog respiratory illness have Oregon's vets reported?",
                  "more than 200 case reports"),
    held_multihop("answerable", "Which antibiotic might help dogs with the new respiratory illness?", "doxycycline"),
    held_multihop("counting", "How quickly can the worst form of the dog respiratory illness become deadly?",
                  "24 to 36 hours"),
    # 102 The New York Times (The Athletic), what makes Connor Bedard's shot special
    held_multihop("who", "Which shooting coach first assessed Connor Bedard in Uxbridge?", "Tim Turk"),
    held_multihop("counting", "How small is the space Bedard pulls the puck into before he shoots?",
                  "12 square inches"),
    held_multihop("who", "Who is Connor Bedard's agent?", "Greg Landry"),
    held_multihop("answerable", "How did Connor Bedard score his first NHL goal?", "on a wraparound"),
    held_multihop("counting", "How many goals had Bedard scored after 13 games?", "nine goals in 13 games"),
    # 569 Fox News, a pastor on positive thinking
    held_multihop("answerable", "What is Pastor Jesse Bradley's new book called?", "The Power of the Second Thought"),
    held_multihop("counting", "How many thoughts does a person have in a day, according to Pastor Bradley?",
                  "between 6,000 and 60,000 thoughts"),
    held_multihop("counting", "What share of our first thoughts are unhelpful, according to the National Science "
                  "Foundation?", "up to 80% of our first thoughts"),
    held_multihop("answerable", "Where did Pastor Jesse Bradley go to college?", "Dartmouth College"),
    # 477 Fortune (Bloomberg), the Virgin Islands' attorney general who went after Epstein's estate
    held_multihop("counting", "How much did Epstein's estate agree to pay the US Virgin Islands?", "$105 million"),
    held_multihop("counting", "What did JPMorgan pay to settle the Virgin Islands' Epstein case?",
                  "in September, for $75 million"),
    held_multihop("who", "Which governor fired Denise George as attorney general of the Virgin Islands?",
                  "Albert Bryan"),
    held_multihop("answerable", "What is Epstein's island Little St. James nicknamed?", "Little St. Jeff"),
    held_multihop("who", "Which law firm represented Jeffrey Epstein's estate?", "Kellerhals Ferguson Kroblin"),
    # 413 Globes, Eylon Levy, Israel's government spokesperson
    held_multihop("who", "Which Sky News presenter asked Eylon Levy if Israel values Palestinian lives less?",
                  "Kay Burley"),
    held_multihop("who", "Which MP walked out of a debate with Eylon Levy at Oxford?", "George Galloway"),
    held_multihop("counting", "How many books has Eylon Levy translated from Hebrew?", "some 30 books"),
    held_multihop("counting", "How many views did Eylon Levy's clip of the Sky News interview get?",
                  "16 million views"),
    # 479 Fortune, existing-home sales at their lowest since 2010
    held_multihop("counting", "By how much did existing-home sales fall in September from a year earlier?",
                  "dropped a stunning 15%"),
    held_multihop("who", "Who is the chief economist of the National Association of Realtors?", "Lawrence Yun"),
    held_multihop("counting", "What share of homeowners have a mortgage rate under 6%?",
                  "more than 90% of existing-home owners"),
    held_multihop("answerable", "What did Zillow warn would happen to housing if mortgage rates reached 8%?",
                  "deep freeze"),
    *(held_abstain(q) for q in (
        # 594: Lucas needs a second liver, no cost; no "$", "cost" or "price" in 594; "liver transplant" is in 594
        # alone, "transplant" also in 472 (stem-cell transplants for HIV, no cost).
        "How much does a liver transplant cost?",
        # 587: Elfman "settled out of court" a 2018 lawsuit, no sum; "Elfman" and "settled out of court" are in 587
        # alone, and its one "$" is Cirque du Soleil's $100 million Iris show.
        "How much did Danny Elfman pay to settle the sexual misconduct lawsuit?",
        # 421 gives no price of Digit (no "$", "price", "cost" in it); 528 (Amazon's Digit pilot) says leasing or buying
        # is "case-by-case" and Amazon declined to comment.
        "How much does Agility Robotics' Digit robot cost?",
        # 490: the limited-flight ball, no yards lost; its yards are DeChambeau's and McIlroy's drives, LIV's 300-yard
        # averages and Lexi Thompson's 316-yard drive; "golf ball" and "rollback" (of golf) are in 490 alone.
        "How many yards shorter will drives be with the rolled-back golf ball?",
        # 427 prices lecanemab ($25,000) only; "donanemab" is in 427 alone; 239's prices are adacanumab's (its
        # spelling; $56,000) and other drugs'.
        "How much does donanemab cost?",
        # 565: "Some dogs have died", "a very small percentage", no count; "respiratory illness", "canine" and "kennel"
        # are in 565 alone.
        "How many dogs have died of the mysterious respiratory illness?",
        # 102 and 483 (the only articles naming Bedard) give no "$", "contract", "million" or "salary" of his.
        "How much is Connor Bedard's contract with the Blackhawks worth?",
        # 477 ends with George's dismissal, no successor; "attorney general" elsewhere is the Bahamas' (83), Garland
        # (374), Missouri's (468) and New York's Letitia James (529); "Virgin Islands" is in 477 alone.
        "Who replaced Denise George as attorney general of the US Virgin Islands?",
        # 479 gives sales, prices, rates and listings, no building; no "housing starts" or "homebuilder" in any
        # article; "home builder", "new construction" and "new homes" only in 430 (Simply Homes: none affordable, no
        # count).
        "How many new homes did builders start in September?",
        # 267 gives attendance (about 71,000), no price: no "ticket", "$" or "price" in it; 199 (the only other article
        # naming Web Summit: its new CEO) has no "ticket" either.
        "How much does a ticket to Web Summit cost?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # callaloo: 477 alone (George cooking it on New Year's Eve); "recipe" in 14 articles, none naming callaloo.
        "How do I cook callaloo?",
        # baritone: 55 (an opera baritone in a film), 431 (Felix's voice), 587 (Elfman's vocals), none with a range; no
        # "vocal range" or "octave" in any article.
        "What is a baritone's vocal range?",
        # Uxbridge: 102 alone (Gary Roberts' rink in Uxbridge, Ontario); nothing else of the town.
        "What is there to do in Uxbridge?",
        # billboards: 594 and 596 (donated and Times Square billboards), Billboard's charts (19, 211, 212, 363, 393);
        # no price of a billboard; no "advertising rate".
        "How much does it cost to rent a billboard?",
    )),
))


# --- stop 41's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 41 without asking the product (32 questions on eight MultiHop-RAG articles drawn with seed
# 41, near misses, one-word off-topic questions) and reported unseen at stop 41 (answerable 0.3750, abstained 0.5714, at
# bf18fab); stop 42 writes its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end, as
# written.

_STOP41_FRESH = _noted("stop 41 fresh set", (
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


# --- stop 42: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 42 (2026-12-07) without asking the product any question and without reading any benchmark
# log or failure list, as stop 41's block was. Articles: seed 142, `random.Random(142).sample(range(609), 60)` over
# corpus.json's records in file order, less any in stop 42's held-out draw (`random.Random(42).sample(range(609), 40)`,
# reserved for the fresh set, not read; none of the 60 is in it), read in draw order (all 60 read: 13 kept, 47 skipped;
# no more were drawn). Skipped: 596 (Emily Hand, stop 39 more), 498 (the UK's Online Safety Act, stop 30's who else and
# stop 35's else2), 169 (the Steam Deck OLED, stop 29's fresh set), 292 (Switch games, stop 27's fresh set), 353
# (Michigan without Harbaugh, stop 36's forms and fresh set), 366 (Ratcliffe's Manchester United takeover, stop 36
# more), 39 (Amazon and iRobot, stop 37 more), 299 (Epic v. Google, stop 25's other articles), 175 and 31 (the FTX trial
# and Bankman-Fried's opening statements: his trial is asked, stop 35's else2), 211 (MBW on Latin artists, stop 38
# more), 101 (Chelsea v Blackburn, stop 37 more), 322 (Jordan Poyer's ayahuasca, stop 40 more), 336 (Hikvision in the
# West Bank, stop 36's fresh set), 67 (Diane Bazella, stop 38's fresh set), 451 (the Davis Cup semi-final, stop 40's
# fresh set), 387 (Five Nights at Freddy's, stop 37's fresh set), 332 (OpenAI's board and Altman's firing, skipped for
# it since stop 37), 301 (Deft, stop 39's fresh set), 274 (Jake Paul and Dillon Danis, stop 36's fresh set), 357 (the
# daily ASX report, stop 31's byline), 190 (tires, stop 39 more), 310 (insomnia, stop 39 more), 128 (Taylor Swift's CD,
# stop 25's fresh set), 23 (the All Blacks before their semi-final, stop 38 more), 246 (India v Australia's head-to-head
# record: stop 28's fresh set asks India's 2019 semi-final; a table of results), 48 (ChatGPT, everything to know: stop
# 36 more asks Pew's 18%; a timeline, item by item), 233 (Peter Kalmus, stop 39 more), 136 (the student who tormented
# professors, stop 38 more): topics earlier sets ask about; 88 (Inter Miami vs FC Cincinnati), 495 and 408 (World Series
# Games 3 and 4), 275 (Cowboys vs. 49ers), 4 (Raiders vs. Lions): live blogs; 497 (NBA prop bets), 56, 183 and 311
# (FanDuel picks), 137 (the Joshua-Wilder card: predictions, odds and picks, as stop 38 skipped it), 515 (MVPs of all 16
# AFC teams), 100 (Carabao Cup fixtures and results, round by round): lists of bets, players and fixtures; 122 (Diablo
# 4's Sorcerer builds, as stop 41's fresh set skipped it): a how-to, skill by skill; 255 (Charlie Sheen and four other
# single fathers, as stop 41's fresh set skipped it), 113 (the NFL's week 11 injuries), 116 (TechCrunch's week in
# review), 342 (The Roar's tennis news), 240 (the NBL's round 5, game by game): round-ups. Kept, in draw order: 268
# TechCrunch "Meta and IBM form an AI Alliance, but to what end?" (Meta's other news is asked, stop 38 more, stop 39's
# fresh set and stop 40 more, not the Alliance; Yann LeCun, whom 27, 38 and 54 name too, is not asked); 586 Polygon
# "Dropout's dropping CollegeHumor on its 5th anniversary ..." (Brennan Lee Mulligan, whom 591 names too, is not asked);
# 570 Fox News "Jonathan Roumie on faith and prayer life during Advent ..."; 550 Polygon "VTubers have reached their
# inevitable conclusion" (stop 39 more asks 551's TwitchCon, nothing of VTubers); 486 Globes "Israel thwarts Hamas on
# the financial battlefield" (stop 35's fresh set asks Hamas's attack on Sderot, and other sets the war's hostages and
# images; nothing of Hamas's money is asked, and nothing of the attack is asked here); 533 Polygon "Diablo 4 season 2's
# biggest draw is its quality-of-life updates" (stop 39 more asks Blizzard Watch and World of Warcraft, nothing of
# Diablo; 123, a season 2 build guide, gives none of the facts asked here); 247 Science News Explores "New ultrathin
# materials can pull climate-warming CO2 from the air"; 22 The Roar "THE GREATEST! Boks beat All Blacks ... in
# controversial, dramatic final" (stop 36 more asks 167's semi-final and the 2019 final's score, stop 37 more 538's
# quarter-final, stop 38 more 23's semi-final build-up; the 2023 final is not asked); 241 The Verge "Why the Apple Watch
# is being banned — and how Apple can avoid it" (stop 27's fresh set asks the Watch's double tap and its software
# director, nothing of the ban or Masimo); 328 Sporting News "Bryce Harper 'Atta Boy' controversy, explained ..." (stop
# 36's forms ask a World Series score, nothing of the Phillies-Braves series); 186 Essentially Sports "NASCAR Might Have
# Just Saved Themselves With the $7.7 Billion Media Rights Deal" (stop 40 more asks 487's offseason, stop 41 more 481's
# Ford, neither the TV deal); 212 Music Business Worldwide "Michelle Jubelirer on Ice Spice, The Beatles, and
# reinventing Capitol Music Group ..." (stop 40's fresh set names 212 only in a comment, on Minaj); 196 TechCrunch "With
# Amo, the founder of Zenly wants to make social apps social again" (38 names Zenly's sale to Snap, no price; not
# asked). None is asked about in tests/questions.py or tests/fresh_questions.py (searched their title words, names and
# topics: AI Alliance, IBM, LeCun, Partnership on AI, Stable Diffusion, Dropout, CollegeHumor, Sam Reich, Dimension 20,
# Mulligan, Roumie, Chosen, Hallow, Advent, Neeson, VTuber, Hololive, Nijisanji, Gawr Gura, Hamas, terror financing,
# hawala, Ostrovitch, Gacki, Iran, Qatar, Diablo, Blizzard, Duriel, Shely, MXene, Naguib, CO2, carbon capture,
# Springbok, Kolisi, Sam Cane, Barnes, 12-11, Erasmus, Apple Watch, Masimo, Kiani, import ban, Harper, Arcia, Mintz,
# Rizzo, Phillies, Braves, NLDS, NASCAR, media rights, 7.7 billion, Adam Stern, Jubelirer, Capitol, Ice Spice, Doechii,
# Pulijal, Beatles, Zenly, Amo, Snap, Spiegel, Antoine Martin ...). Four or five questions each (56: 12 answerable, 22
# who, 22 counting), worded as a reader would ask, not in the sentence's words. Each expected phrase was checked in its
# article's clean text (qa.load + qa.clean over the shipped articles and corpus.json; no index, no model) and counted
# across all 612 articles (folded, case-folded; and in the records' body, author and source, as the tests read them);
# those found in other articles were tightened to a phrase found in that article alone: "Raghavan" (237, Google's
# Prabhakar Raghavan) -> "Sriram Raghavan"; "Partnership on AI" (248) -> "Partnership on AI is in fact a member";
# "Hallow" (24 other articles: "hallowed", "Halloween", and in 562 a link's headline) -> "Hallow app"; "Liam Neeson"
# (255, a single father) -> "actor Liam Neeson"; "Sam Cane" (23, before the semi-final) -> "Sam Cane – the All Blacks
# captain"; "$300 million" (eight other articles) -> "HYBE America for $300 million". Questions dropped because another
# article also answers them: Meta's chief AI scientist (54: "Meta's chief AI scientist" Yann LeCun), who succeeds Ian
# Foster as All Blacks coach (176, 538: Scott Robertson), who coaches the Springboks and who is their director of rugby
# (167 and 176 name Nienaber, 176 Erasmus), how many World Cups the Springboks have won (176: the 2019 final gave them
# their third); who threw Harper out to end Game 2 was left out as "Austin Riley" is also 120's and 426's. Ten near
# misses (a kept article's topic, a fact no article gives) and four one-word off-topic questions (one word shared with
# an article, nothing else), each checked by searching the clean text of all 612 articles for its key words and synonyms
# (the comments say what was searched). Every kind's count is even and the block is appended after every earlier
# question, so it splits evenly and no earlier question changes half.

_STOP42_MORE = _noted("stop 42 more articles", (
    # 268 TechCrunch, Meta and IBM's AI Alliance
    held_multihop("who", "Who leads IBM's AI research?", "Sriram Raghavan"),
    held_multihop("counting", "How many members does the AI Alliance start with?", "around 45 organizations"),
    held_multihop("counting", "What share of AI-made images is Stable Diffusion thought to produce?",
                  "80% of all AI-generated imagery"),
    held_multihop("answerable", "Which older AI industry group has itself joined Meta and IBM's new alliance?",
                  "Partnership on AI is in fact a member"),
    # 586 Polygon, Dropout drops the CollegeHumor name
    held_multihop("who", "Who owns CollegeHumor now that IAC has sold it?", "Sam Reich"),
    held_multihop("who", "Who is the game master of Dimension 20's stoat season?", "Aabria Iyengar"),
    held_multihop("who", "Who hosts Dropout's show Very Important People?", "Vic Michaelis"),
    held_multihop("answerable", "Which old CollegeHumor show is Very Important People a remake of?",
                  "Hello My Name Is"),
    # 570 Fox News, Jonathan Roumie on prayer during Advent
    held_multihop("who", "Which actor plays Jesus in The Chosen?", "Jonathan Roumie"),
    held_multihop("answerable", "On which app is Jonathan Roumie's Advent prayer challenge?", "Hallow app"),
    held_multihop("who", "Which other actor leads prayers with Roumie in the Advent challenge?", "actor Liam Neeson"),
    held_multihop("counting", "How many days does Hallow's Advent prayer challenge last?", "25-day prayer challenge"),
    held_multihop("answerable", "Which part of the Bible does Jonathan Roumie narrate on Hallow?",
                  "most of the New Testament"),
    # 550 Polygon, VTubers and their agencies
    held_multihop("who", "Which Hololive VTuber has the most subscribers?", "Gawr Gura"),
    held_multihop("answerable", "What does it mean when a VTuber graduates?", "effectively retirement"),
    held_multihop("counting", "By how much did VTuber content on Twitch grow in 2022?", "350%"),
    held_multihop("counting", "How much did Hololive grow according to its 2023 financial report?", "50% growth"),
    # 486 Globes, Israel's anti-money-laundering authority and Hamas's money
    held_multihop("who", "Who heads IMPA, Israel's anti-money-laundering and terror financing authority?",
                  "Ostrovitch-Levi"),
    held_multihop("counting", "How many terror financing reports did IMPA get a day before October 7?",
                  "about 100 reports a day"),
    held_multihop("counting", "How much money does Iran send to Gaza each year, according to IMPA's head?",
                  "$100 million a year"),
    held_multihop("answerable", "How does most money reach Gaza without crossing its border?", "hawala"),
    held_multihop("who", "Which US Treasury official offered Israel FinCEN's help after October 7?", "Andrea Gacki"),
    # 533 Polygon, Diablo 4's second season
    held_multihop("counting", "How much faster can Diablo 4 players reach level 100 in season 2?", "about 40% faster"),
    held_multihop("counting", "How many new endgame bosses come with Diablo 4's second season?",
                  "five new endgame bosses"),
    held_multihop("who", "Who is Diablo 4's game director?", "Joe Shely"),
    held_multihop("answerable", "Which Diablo 4 boss is the only source of Uber Uniques?", "Echo of Duriel"),
    # 247 Science News Explores, MXenes that capture carbon dioxide
    held_multihop("who", "Who made the first MXene?", "Michael Naguib"),
    held_multihop("counting", "How thick is one sheet of MXene?", "about 1 nanometer thick"),
    held_multihop("counting", "How much carbon dioxide can MXenes hold for their weight?", "half their weight"),
    held_multihop("answerable", "Which acid is usually used to etch MAX phases into MXenes?", "hydrofluoric"),
    # 22 The Roar, South Africa beat New Zealand in the Rugby World Cup final
    held_multihop("counting", "What was the score in the 2023 Rugby World Cup final?", "12-11"),
    held_multihop("who", "Which All Blacks player was sent off in the World Cup final?",
                  "Sam Cane – the All Blacks captain"),
    held_multihop("counting", "How big was the crowd at the Stade de France for the World Cup final?", "80,065"),
    held_multihop("who", "Who refereed the Rugby World Cup final between South Africa and New Zealand?",
                  "Wayne Barnes"),
    # 241 The Verge, the Apple Watch import ban
    held_multihop("who", "Which medical device company won the patent case over the Apple Watch's blood oxygen sensor?",
                  "Masimo"),
    held_multihop("answerable", "When does the import ban on the Apple Watch Series 9 and Ultra 2 begin?",
                  "December 26th"),
    held_multihop("counting", "How much has Masimo spent on its legal fight with Apple?", "$60 million litigating"),
    held_multihop("who", "Who runs Masimo?", "Joe Kiani"),
    held_multihop("answerable", "Which Apple Watch can still be sold despite the import ban?",
                  "entry-level SE is unaffected"),
    # 328 Sporting News, Orlando Arcia's "atta boy, Harper" and the row over reporting it
    held_multihop("who", "Which Braves player taunted Bryce Harper in the clubhouse after Game 2?", "Orlando Arcia"),
    held_multihop("who", "Which reporter revealed the Braves' taunt of Bryce Harper?", "Jake Mintz"),
    held_multihop("who", "Which MLB Network host had to apologise to Jake Mintz?", "Alanna Rizzo"),
    held_multihop("counting", "By what score did the Phillies win Game 3 against the Braves?", "10-2 Game 3 win"),
    # 186 Essentially Sports, NASCAR's new media rights deal
    held_multihop("counting", "How much is NASCAR's new TV deal worth?", "$7.7 billion"),
    held_multihop("counting", "How much a year will NASCAR get from its new media rights deal?",
                  "average annual revenue of $1.1 billion"),
    held_multihop("answerable", "Who will show NASCAR races under its new media rights deal?",
                  "Fox Sports, NBC, Amazon, and Warner Bros. Discovery"),
    held_multihop("counting", "How much did Cup Series viewership fall this year?", "5% drop in viewership"),
    # 212 Music Business Worldwide, Michelle Jubelirer's two years at Capitol Music Group
    held_multihop("who", "Who runs Capitol Music Group?", "Michelle Jubelirer"),
    held_multihop("who", "Who is the president of Capitol Music Group?", "Pulijal"),
    held_multihop("who", "Who ran Capitol Music Group for a year before Michelle Jubelirer?", "Jeff Vaughn"),
    held_multihop("counting", "How much did HYBE America pay for Quality Control?", "HYBE America for $300 million"),
    held_multihop("counting", "By how much is Capitol's market share up this year?", "market share is up by 25%"),
    # 196 TechCrunch, Amo, the new startup of Zenly's founder
    held_multihop("answerable", "What is the Zenly founder's new app called?", "new social app called ID"),
    held_multihop("who", "Who co-founded Zenly with Antoine Martin?", "Alexis Bonillo"),
    held_multihop("counting", "How much did Snap pay for Zenly?", "more than $200 million to acquire Zenly"),
    held_multihop("counting", "How many daily users did Zenly have at its peak?", "18 million different users"),
    *(held_abstain(q) for q in (
        # 586 gives no price of Dropout: its one "$" is the $100 Orbit gum gig, its "subscription" the service's launch,
        # the model and Patreon; "CollegeHumor" in 586 alone, "Dropout" elsewhere only 165 (Josh Ruben, a "Dropout
        # veteran").
        "How much does a Dropout subscription cost?",
        # 570 names no season or date of The Chosen; "Roumie" and "The Chosen" in 570 alone (60's "the chosen few" are
        # sportsbooks); "season 4" and "fourth season" elsewhere (185, 209, 392, 416) are other shows and teams.
        "When does the next season of The Chosen come out?",
        # 550: Gura is "the most subscribed-to Hololive talent", no count (no "million" or subscriber figure in 550);
        # "Gura" and "Hololive" in 550 alone.
        "How many YouTube subscribers does Gawr Gura have?",
        # 486: "Qatar transferred suitcases of cash to Gaza", no sum; 267 (Qatar "connected to the financing of Hamas")
        # gives none; Qatar elsewhere (1, 48, 172, 176, 366, 444) is an airline, ChatGPT's countries, the World Cup,
        # the Qatar Cup and Sheikh Jassim.
        "How much money does Qatar give Hamas?",
        # 533: fans expect Blizzard to "announce Diablo 4's first expansion at BlizzCon 2023", no date; of the other
        # Diablo articles (50, 122, 123, 213, 214, 222, 308, 428, 545, 558) only 213 and 545 say "expansion", of World
        # of Warcraft, NYT Games and Fortnite; no "Vessel of Hatred".
        "When will Diablo 4's first expansion be released?",
        # 247: "MXenes also cost a lot to make", no figure (no "$", "price" or "per gram" of them); "MXene" in 247
        # alone.
        "How much does it cost to make MXenes?",
        # 241: Apple "could sit down with Masimo and hammer out a licensing deal" and had "not engaged in licensing
        # negotiations", no sum; its "$" are Masimo's $60 million of litigation and a $17 billion segment; "Masimo" in
        # 241 alone.
        "How much would Apple have to pay Masimo for a patent license?",
        # 328: Rizzo apologised on air, no suspension ("suspen" not in 328); "Rizzo" elsewhere only Anthony Rizzo
        # (429).
        "How long did MLB Network suspend Alanna Rizzo?",
        # 186 gives the deal's total ($7.7 billion, $1.1 billion a year), no network's share; "media rights" in 186
        # alone; the other NASCAR articles (297, 443, 481, 487) name no Amazon ("prime" in 443 is a driver's prime).
        "How much is Amazon paying for its share of NASCAR's races?",
        # 212: 10K Projects "was 51%-acquired by Warner Music Group in September", no price; "10K Projects" in 212 alone
        # (180's "$10k" is a fine); Warner Music Group elsewhere (271, 363, 380, 381, 455) is AI, TikTok and catalogs.
        "How much did Warner Music Group pay for 10K Projects?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # stoats: 586 alone (Dimension 20's Burrow's End); "weasel" only 94's "weasel his way in"; no "ermine".
        "What do stoats eat?",
        # Uno: 22 alone (cards "handed out quicker than a game of Uno"); "card game" in 90, 213, 235, 346, 465, none
        # Uno; no article gives its rules.
        "What are the rules of Uno?",
        # Chia Pet: 212 alone (the Ice Spice Chia Pet); no other "chia" as a word; no "chia seeds".
        "How do I grow a Chia Pet?",
        # Figma: 196 alone (ID's "limitless Figma-like canvas"); no "design tool", "Adobe XD" or "Sketch app" in any
        # article.
        "How do I export a design from Figma?",
    )),
))


# --- stop 42's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 42 without asking the product (32 questions on eight MultiHop-RAG articles drawn with seed
# 42, near misses, one-word off-topic questions) and reported unseen at stop 42 (answerable 0.4375, abstained 0.5714, at
# 525dc4d); stop 43 writes its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end, as
# written.

_STOP42_FRESH = _noted("stop 42 fresh set", (
    # 281, Essentially Sports, 2023-12-25: the NBA's Christmas Day games against the NFL's Thanksgiving Day games.
    held_multihop("answerable", "When did the NBA first play games on Christmas Day?", "dates back to 1947"),
    held_multihop("counting", "How many people watched the NFL's Thanksgiving games on average this season?",
                  "average viewership of 34.1 million"),
    held_multihop("who", "Which teams open the NBA's Christmas Day schedule?",
                  "Milwaukee Bucks and the New York Knicks"),
    held_multihop("counting", "In how many countries can fans watch the NBA's Christmas games?", "over 200 countries"),
    # 95, The Independent, 2023-12-06: the Cherokee Nation on Mattel's Wilma Mankiller Barbie.
    held_multihop("who", "Which Cherokee leader is Mattel's new Barbie modelled on?", "Wilma Mankiller"),
    held_multihop("answerable", "What did the Cherokee writing on the Barbie's box spell by mistake?",
                  "Chicken Nation"),
    held_multihop("who", "Who is the principal chief of the Cherokee Nation?", "Chuck Hoskin Jr"),
    held_multihop("who", "Which Native American woman got a Barbie doll before Wilma Mankiller?", "Bessie Coleman"),
    # 223, Fortune, 2023-10-20: House Republicans drop Jim Jordan as their speaker nominee after a third ballot.
    held_multihop("counting", "How many votes did Jim Jordan get on his third ballot for speaker?", "194 for Jordan"),
    held_multihop("counting", "How many Republicans voted against Jim Jordan in the third speaker vote?",
                  "lost 25 Republican colleagues"),
    held_multihop("who", "Which Republican congresswoman said she got death threats after voting against Jordan?",
                  "Mariannette Miller-Meeks"),
    held_multihop("answerable", "What did Jim Jordan tell his colleagues in private after losing the nomination?",
                  "I tried my best"),
    # 238, Live Science, 2023-12-01: how the world could end the AIDS epidemic by 2030.
    held_multihop("answerable", "What does the UN's 95-95-95 target for HIV mean?",
                  "95% of people with HIV know their status"),
    held_multihop("counting", "How much does a shot of the HIV prevention drug cabotegravir cost in the US?",
                  "$3,700 per dose"),
    held_multihop("who", "Which countries have already reached the 95-95-95 HIV targets?",
                  "Botswana, Eswatini, Rwanda"),
    held_multihop("counting", "What share of children with HIV were being treated in 2022?",
                  "only 57% of the 1.5 million children"),
    # 203, Sporting News, 2023-10-04: Inter Miami's 2024 season-ticket prices after Messi's arrival.
    held_multihop("counting", "What did Inter Miami's cheapest season ticket cost in 2023?",
                  "cheapest season ticket in 2023 was $485"),
    held_multihop("counting", "How much is Barcelona's cheapest season ticket?", "$377 for the season"),
    held_multihop("who", "Who was sent a wrong Inter Miami season-ticket bill because of a computer glitch?",
                  "Mike Ryan"),
    held_multihop("answerable", "Which Premier League club sells the most expensive season ticket?",
                  "can be found at Fulham"),
    # 429, Essentially Sports, 2023-10-10: should the Yankees trade Gleyber Torres?
    held_multihop("who", "Which team has been keen to trade for Gleyber Torres?", "Miami Marlins",
                  "Marlins have been interested in him"),
    held_multihop("counting", "How much did Gleyber Torres sign for to avoid arbitration before the 2023 season?",
                  "$9.95 million"),
    held_multihop("counting", "How often does Gleyber Torres strike out?", "14.6% strikeout rate"),
    held_multihop("answerable", "How bad was the Yankees' 2023 season compared with recent years?",
                  "worst finish in seven years"),
    # 459, Live Science, 2023-09-28: the ocean explorer Jon Copley on his book and the deep sea.
    held_multihop("answerable", "What is Jon Copley's new book called?", "Deep Sea: 10 Things You Should Know"),
    held_multihop("counting", "How many animal species live only at hydrothermal vents?", "400 animal species"),
    held_multihop("answerable", "Which effect of climate change on the deep ocean worries Jon Copley most?",
                  "deoxygenation"),
    held_multihop("who", "Who interviewed Jon Copley for Live Science?", "Sascha Pare"),
    # 603, TechCrunch, 2023-11-06: Daye's tampon-based STI test, launched in the UK.
    held_multihop("counting", "How much does Daye's tampon STI test cost?", "£99 a pop"),
    held_multihop("answerable", "Which infections does Daye's tampon test look for?",
                  "Chlamydia, gonorrhoea, trichomonas"),
    held_multihop("who", "Who founded Daye?", "Valentina Milanova"),
    held_multihop("answerable", "What will Daye's tampon test screen for next?", "HPV is next on its list"),
    *(held_abstain(q) for q in (
        # 281 names no player or score of a Christmas game (no "points" in it); searched "most points", "record" and
        # "scor" near "Christmas": only NFL defences (3, 314), Christmas spending (29), freight rates (321), a film
        # score (587); "Christmas Day game" in 281 alone.
        "Who has scored the most points in NBA Christmas Day games?",
        # 95 gives no price: no "$", "£", "price", "cost", "sale" in it ("purchased the product" only); "Mankiller"
        # in 95 alone; "doll(s)" elsewhere only A Doll's House (81, 578); "Barbie" elsewhere is the film (46, 90, 94,
        # 212), its one price HBO Max's.
        "How much does the Wilma Mankiller Barbie cost?",
        # 223: Scalise says they will "come back and start over" on Monday, no new nominee; "Scalise" in 223 and 377
        # alone (377: the party's first nominee, before Jordan); no "Mike Johnson", "Emmer", "Byron Donalds" or "Kevin
        # Hern"; "House speaker" elsewhere only 306 (the Philippines' Romualdez); 29 names McCarthy's ouster.
        "Who did House Republicans nominate for speaker after dropping Jim Jordan?",
        # 238 gives the US only as shares (75% with "some HIV care", 66% suppressed in 2021), no count; searched
        # "HIV" within 200 characters of "U.S.", "United States", "America(ns)": 238 alone; 472 gives 39 million
        # worldwide, 239 (drug pipelines) no count of people.
        "How many Americans are living with HIV?",
        # 203: "an extensive waiting list", no count of holders; 88 (fans' protest at the prices) gives none;
        # searched "season ticket holders", "members", "waiting list", "waitlist": other hits are apps (26, 48, 488).
        "How many season-ticket holders does Inter Miami have?",
        # 429: the Marlins "have been interested in him for a long time", no offer or player named; "Marlins" elsewhere
        # is 118's Josh Bell, 120's young pitchers, playoff results (8, 408, 495); "Gleyber" in 429 and 118 alone (118
        # names no suitor).
        "What have the Marlins offered the Yankees for Gleyber Torres?",
        # 459 gives no price: no "£", "$", "price", "cost" in it ("available in the U.K. to order on Amazon");
        # "Copley" and "Deep Sea: 10 Things" in 459 alone.
        "How much does Jon Copley's book Deep Sea cost?",
        # 459: "the world's deepest hydrothermal vents", no depth (no "metres", "meters", "feet", "depth" in it; its one
        # measure is the vents' 50 square kilometers); "hydrothermal" in 459 alone; "vent(s)" elsewhere a game's wall
        # vents (213), a laptop's heat vent (526), a car vent mount (576); "trench", "abyss", "deepest" elsewhere are
        # football, games and condolences.
        "How deep is the deepest hydrothermal vent?",
        # 603: the US is "slated to get the service 'soon'", no date; "Daye" in 603 alone (213's "Dayenu!" aside);
        # "tampon" in 603 alone.
        "When will Daye's STI test be available in the US?",
        # 603 names no funding, investor or valuation (no "raise", "fund", "invest", "million" in it); "Milanova" in
        # 603 alone.
        "How much money has Daye raised from investors?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # eggnog: 281 alone ("as synonymous with Christmas as eggnog and presents"); no "egg nog" or "custard";
        # "nutmeg" elsewhere only football's (101, 588).
        "How do I make eggnog?",
        # moccasins: 95 alone (the doll should have had "pucker toe moccasins"); 8's "water moccasin" is a snake; no
        # "suede" in any article ("slipper" only inside "slippery").
        "How do I clean suede moccasins?",
        # ice pack: 603 alone (samples posted back with an ice pack); no "icepack", "ice bag", "cold compress" or
        # "refreeze"; "frozen" elsewhere is frozen accounts, urine samples, desserts, tundra.
        "Can I refreeze an ice pack?",
        # sonar: 459 alone (seawater "means we have to use sonar in the deep ocean"); no "fish finder" or "echo
        # sounder"; "radar" elsewhere is "under the radar", a podcast, a phone's radar chip, doorbells.
        "How does sonar work?",
    )),
))


# --- stop 43: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 43 (2026-12-07) without asking the product any question and without reading any benchmark
# log or failure list, as stop 42's block was. Articles: seed 143, `random.Random(143).sample(range(609), 60)` over
# corpus.json's records in file order, less the 2 of them (442, 473) reserved for stop 43's held-out set, read in draw
# order until 13 were kept (46 read: 13 kept, 33 skipped; none of the 40 reserved articles was read). Skipped: 46
# (Taylor Swift as Time's Person of the Year, stop 29's fresh set), 419 (Taylor Swift's concert film, as stop 37 skipped
# it), 130 (Marcus Urann, stop 26's fresh set), 102 (Connor Bedard, stop 41 more), 286 (zinc iodine batteries, stop 36
# more), 372 (Palo Alto's Talon and Dig deals, stop 36 more), 95 (the Cherokee Barbie, stop 42's fresh set), 328 (Bryce
# Harper's "atta boy", stop 42 more), 237 (the Google antitrust case: the US v Google search trial is asked, stop 25's
# other articles and stop 35's else2), 36 (Will Smith and Jada Pinkett Smith, stop 37's fresh set), 522 (the Warriors'
# draft misses, stop 37 more), 493 (Rugby Australia's high-performance director and Schmidt as Wallabies coach: stop 37
# more asks Eddie Jones's Wallabies contract and predecessor), 586 (Dropout, stop 42 more), 587 (Danny Elfman, stop 41
# more): topics earlier sets ask about; 290 (Seahawks vs. Giants), 200 (Chiefs vs. Jets), 495 (World Series Game 3):
# live blogs; 250 (Prime Day deals), 91 (Apple Cyber Monday deals), 600 (Wired's Prime Day Apple deals), 252 (investment
# options for India's rich, product by product): lists of products; 231 (the USMNT roster, as stop 40 skipped it), 394
# (fantasy starts and sits), 297 (the NASCAR drivers left out of Autosport's top 50, driver by driver): lists of
# players; 145 (six longshot NFL award bets), 311 (FanDuel prop picks): lists of bets; 437 (the hottest seat on each NFC
# team, as stop 37 skipped it), 555 (where to see the Northern Lights in the UK, as stop 41 skipped it), 257 (BBC's
# song-by-song guide to Taylor Swift's 1989): lists; 16 (Baldur's Gate 3's classes, class by class, as stop 41 skipped
# it): a how-to; 142 (The Roar's Premier League weekend), 116 (TechCrunch's week in review), 352 (The Guardian's
# European round-up, match by match): round-ups. Not reached: 556, 516, 536, 76, 107, 148, 449, 21, 158, 458, 161, 376
# (107 and 458 were opened early while checking topics; nothing of them is asked). Kept, in draw order: 188 TechCrunch
# "Amazon brings conversational AI to kids with launch of 'Explore with Alexa'"; 85 Music Business Worldwide
# "'AfroFuture's vision is to bring African art, cuisine, fashion, and music to a global audience.'"; 506 The Sydney
# Morning Herald "The airline parts scandal sparking panic and introspection in aerospace" (AOG and the forged papers of
# its engine parts); 585 Essentially Sports "Who Are Mikaela Shiffrin's Parents? ..." (a family story, not a list); 302
# Revyuh Media "The Blueprint of Regeneration: Scientists Discover How to Turn Stem Cells' Fate" (Daam1); 505 Engadget
# "Discord's latest teen safety blitz starts with content filters and automated warnings"; 160 TechCrunch "When it comes
# to generative AI in the enterprise, CIOs are taking it slow"; 217 Globes "Office rents in Israel stay firm - for now"
# (nothing of the war is asked; 267 names AI21 Labs only at Web Summit); 193 The Independent "Martin Scorsese gets
# quizzed by his daughter on internet slang"; 363 Music Business Worldwide "62% of TikTok users in the United States pay
# for a music streaming service (report)" (stop 38 more asks 189's TikTok pixel, stop 25's fresh set a TikTok comment of
# Taylor Swift's; nothing of TikTok and music is asked); 270 Fox News "Christmas proves that love triumphs over hate
# ..." (Longfellow's "I Heard the Bells on Christmas Day"); 389 Polygon "How queerness became calamity in Tears of the
# Kingdom"; 135 Fortune (The Conversation) "Israel's blockade of Gaza means that a region the size of Philadelphia faces
# a real risk of starvation ..." (stop 42 more asks 486's Hamas money, stop 39 more 596's hostage; nothing of the
# blockade, UNRWA or Gaza's food is asked, and nothing of the attack is asked here). None is asked about in
# tests/questions.py or tests/fresh_questions.py (searched their title words, names and topics: Alexa, Explore with,
# Echo Pop, Kids+, Venkataswamy, AfroFuture, Afrochella, Abdullah, Agyapong, Ghana, AOG, Zamora, CFM, Schiavo, aircraft
# parts, Shiffrin, skiing, Vail, stem cell, Daam1, Koo, Colozza, Discord, teen safety, Badalich, CIO, Morgan Stanley,
# Liberty Mutual, Juniper, Copilot, office rent, Azrieli, Amosi, Naimi, AI21, Scorsese, Francesca, slang, TikTok,
# Luminate, Obermann, Spotify, Longfellow, carol, Bells, Zelda, Tears of the Kingdom, Hyrule, Aonuma, Gerudo, Gaza,
# blockade, UNRWA, humanitarian ...). Three to five questions each (56: 12 answerable, 22 who, 22 counting), worded as a
# reader would ask, not in the sentence's words. Each expected phrase was checked in its article's clean text (qa.load +
# qa.clean over the shipped articles and corpus.json; no index, no model) and counted across all 612 articles (folded,
# case-folded; and in the records' body, author and source, as the tests read them); those found in other articles were
# tightened to a phrase found in that article alone: "$49.99" (236, 291, 308, 574, 582: other products' prices) ->
# "$49.99 in the U.S."; "CFM" (379: inside a tweet's link) -> "CFM, a joint venture between GE and Safran"; "Francesca"
# (192: Hugo, made for his "then-12-year-old daughter, Francesca") -> "Francesca Scorsese"; "Luminate" (222, 233, 436,
# 527, 558: "illuminate") -> "US market monitor Luminate"; "62%" (73, 173) -> "62% of US TikTok users"; "Vilia" (inside
# "civilian" in 17 other articles) -> "Vilia, who can be read", "Vilia is one of a handful"; "64%" (57) -> "About 64% of
# people in Gaza"; "2007" (30 other articles) -> "blockades around Gaza in 2007". The articles' curly apostrophes are
# left out of every phrase ("Marvel's Avengers and Disney Princess" -> "Avengers and Disney Princess"). Questions not
# asked because another article gives another answer or the phrase could not be tightened: how many people live in Gaza
# (135: 2.3 million; 218: 2 million), Discord's new "Midnight" dark mode (the word is in ten other articles and the name
# sits in curly quotes), what Scorsese said "ate" means ("ruled" is a word of 34 other articles). Ten near misses (a
# kept article's topic, a fact no article gives) and four one-word off-topic questions (one word shared with an article,
# nothing else), each checked by searching the clean text of all 612 articles for its key words and synonyms (the
# comments say what was searched). Every kind's count is even and the block is appended after every earlier question, so
# it splits evenly and no earlier question changes half.

_STOP43_MORE = _noted("stop 43 more articles", (
    # 188 TechCrunch, Amazon's "Explore with Alexa" for kids
    held_multihop("who", "Who is the product manager for Alexa's features for kids?", "Arjun Venkataswamy"),
    held_multihop("answerable", "Where does Alexa's new AI for kids get its animal facts?", "World Wildlife Fund"),
    held_multihop("answerable", "Which themes does the Echo Pop Kids speaker come in?", "Avengers and Disney Princess"),
    held_multihop("counting", "How much is the Echo Pop Kids smart speaker?", "$49.99 in the U.S."),
    held_multihop("counting", "How many months of Amazon Kids+ come with an Echo Pop Kids?", "six months of access"),
    # 85 Music Business Worldwide, AfroFuture, Ghana's music festival
    held_multihop("who", "Who is the CEO of Ghana's AfroFuture festival?", "Abdul Karim Abdullah"),
    held_multihop("who", "Who started AfroFuture together with Abdul Karim Abdullah?", "Kenny Agyapong"),
    held_multihop("answerable", "What was the AfroFuture festival called before it changed its name?", "Afrochella"),
    held_multihop("counting", "How many people went to the AfroFuture festival in 2022?", "31,000 attendees"),
    held_multihop("counting", "How fast did recorded music grow in sub-Saharan Africa in 2022?", "34.7%"),
    # 506 The Sydney Morning Herald, AOG and the forged papers of jet engine parts
    held_multihop("who", "Who founded AOG, the company accused of faking the paperwork for jet engine parts?",
                  "Zamora"),
    held_multihop("who", "Which engine maker has taken AOG to court in London?",
                  "CFM, a joint venture between GE and Safran"),
    held_multihop("who", "Who led the US campaign against bogus aircraft parts in the 1990s?", "Mary Schiavo"),
    held_multihop("counting", "How many suppliers has CFM had to check because of the fake parts?",
                  "more than 500 suppliers"),
    held_multihop("counting", "How many people died when fake bolts brought down Partnair Flight 394?",
                  "all 55 passengers"),
    # 585 Essentially Sports, Mikaela Shiffrin's family
    held_multihop("who", "Who are Mikaela Shiffrin's mum and dad?", "Eileen and Jeff Shiffrin"),
    held_multihop("who", "Who coached Mikaela Shiffrin at Ski Club Vail when she was a child?", "Rika Moore"),
    held_multihop("answerable", "What are her father's rules that Mikaela Shiffrin keeps on her helmet?",
                  "Be nice. Think first. Have fun"),
    held_multihop("answerable", "When did Mikaela Shiffrin's father die?", "February 2, 2020"),
    held_multihop("counting", "How many Olympic gold medals has Mikaela Shiffrin won?", "two Olympic golds"),
    # 302 Revyuh Media, the gene that steers gut stem cells
    held_multihop("who", "Whose team at IMBA found the gene that tells gut stem cells what to become?",
                  "Bon-Kyoung Koo"),
    held_multihop("who", "Which researcher grew gut organoids to see how stem cells choose their fate?",
                  "Gabriele Colozza"),
    held_multihop("answerable", "Which gene do gut stem cells need to turn into Paneth cells?", "Daam1"),
    # 505 Engadget, Discord's safety features for teenagers
    held_multihop("who", "Who is in charge of policy at Discord?", "Savannah Badalich"),
    held_multihop("answerable", "What is Discord's new set of safety features for teenagers called?",
                  "Teen Safety Assist"),
    held_multihop("answerable", "Where on Discord can I see whether I have broken its rules?", "Account Standing"),
    held_multihop("counting", "In how many cases did NBC News find adults using Discord to kidnap or abuse children?",
                  "35 cases"),
    # 160 TechCrunch, CIOs and generative AI
    held_multihop("who", "Who is Liberty Mutual's chief information officer?", "Monica Caldas"),
    held_multihop("who", "Which CIO is trying out Microsoft's Copilot for Office 365 at Juniper Networks?",
                  "Sharon Mandell"),
    held_multihop("counting", "What share of big companies' CIOs had launched major generative AI projects, by "
                  "Morgan Stanley's survey?", "only 4%"),
    held_multihop("counting", "How many people work at Liberty Mutual?", "45,000 employee"),
    held_multihop("counting", "How many ways of using AI is Principal Financial Group's study group working on?",
                  "25 use cases"),
    # 217 Globes, Israel's office rents during the war
    held_multihop("who", "Who is the co-CEO of Avison Young Israel?", "Guy Amosi"),
    held_multihop("who", "Which company will be the first to move into Miki Naimi's new office park?", "Audicodes"),
    held_multihop("counting", "How much office space is AI21 Labs renting in Tel Aviv?", "7,000 square meters"),
    held_multihop("counting", "How much of Azrieli's office space is let?", "97% occupancy"),
    held_multihop("counting", "At most, how much have office rents in Israel dropped?", "about 10% at most"),
    # 193 The Independent, Martin Scorsese quizzed on internet slang
    held_multihop("who", "Who quizzed Martin Scorsese on internet slang?", "Francesca Scorsese"),
    held_multihop("answerable", "What did Martin Scorsese think 'ship' meant?", "A ship is a boat"),
    held_multihop("counting", "How many views did Scorsese's TikTok slang quiz get?", "viewed one million times"),
    # 363 Music Business Worldwide, TikTok users and music streaming
    held_multihop("who", "Who is TikTok's global head of music?", "Ole Obermann"),
    held_multihop("who", "Which research firm did TikTok's study of its users' music habits?",
                  "US market monitor Luminate"),
    held_multihop("counting", "What share of TikTok users in the US pay for music streaming?",
                  "62% of US TikTok users"),
    held_multihop("counting", "How many paying subscribers does Spotify have in the US?", "44.4 million"),
    # 270 Fox News, Longfellow's "I Heard the Bells on Christmas Day"
    held_multihop("who", "Who wrote the poem I Heard the Bells on Christmas Day?", "Longfellow"),
    held_multihop("answerable", "Which Christmas carol do adverts use the most?", "Carol of the Bells"),
    held_multihop("counting", "How many children did Longfellow have?", "six children"),
    held_multihop("counting", "How long were Longfellow and his wife Fanny married?", "wife of 18 years"),
    # 389 Polygon, queerness in Zelda: Tears of the Kingdom
    held_multihop("who", "Which Zelda producer said a female Link would upset the balance of the Triforce?",
                  "Eiji Aonuma"),
    held_multihop("who", "Which Breath of the Wild character, whom many read as a trans woman, is missing from "
                  "Tears of the Kingdom?", "Vilia, who can be read", "Vilia is one of a handful"),
    held_multihop("answerable", "What does the Gerudo word vai mean?", "vai here"),
    # 135 Fortune (The Conversation), Gaza under blockade
    held_multihop("who", "Which UN agency runs most of Gaza's schools and health care?", "UNRWA"),
    held_multihop("answerable", "When did Israel put its permanent blockade around Gaza?",
                  "blockades around Gaza in 2007"),
    held_multihop("counting", "How many schools does the UN run in Gaza?", "284 schools"),
    held_multihop("counting", "How much did the US give UNRWA between April 2021 and March 2022?", "$417 million"),
    held_multihop("counting", "What share of people in Gaza cannot count on having enough food?",
                  "About 64% of people in Gaza"),
    *(held_abstain(q) for q in (
        # 188 gives no price of Kids+: its one "$" is the Echo Pop Kids' $49.99, with "six months of access"; "Kids+"
        # and "Kids Plus" elsewhere only come with devices in deals lists (424, 520, 521: a year free), no "a month",
        # "per month" or "/month" within 200 characters of them.
        "How much does an Amazon Kids+ subscription cost a month?",
        # 85 gives no ticket price: no "ticket", "price" or "cost" in it; its "$" are tourism revenue ($2.1 billion) and
        # charity sums; "AfroFuture" and "Afrochella" in 85 alone.
        "How much are tickets for the AfroFuture festival?",
        # 506 counts no aircraft or engines (its numbers are years, £ sums, 500 suppliers, Partnair's 55, 70 km); its
        # "grounded" is the pandemic's flights; "grounded" elsewhere is baseball, football and figures of speech; "AOG"
        # as a word and "jet engine" in 506 alone.
        "How many planes have been grounded over AOG's fake engine parts?",
        # 585 gives the date of Jeff Shiffrin's death and his fall, no age (no "aged", "years old" or age figure in it);
        # "Shiffrin" in 585 alone.
        "How old was Jeff Shiffrin when he died?",
        # 505 gives no count of users (its figures are NBC's 35 and 165 cases); "Discord" in eleven other articles
        # (ChatGPT's uses, Twitch streamers, a desk charger, a dads' server ...) gives no user count (49: its layoffs,
        # "nearly 40 employees"); "teen(s)" within 200 characters of "Discord" in 505 alone.
        "How many teenagers use Discord?",
        # 193 gives the video's "one million" views, no follower count ("follower" not in 193); "Francesca" elsewhere
        # only 192 (Hugo, made for his then-12-year-old daughter).
        "How many TikTok followers does Francesca Scorsese have?",
        # 363 names TikTok Music's markets (Brazil, Indonesia, Australia, Mexico, Singapore), no count of its
        # subscribers (its 93 million are US TikTok users paying for any streaming service); "TikTok Music" in 363
        # alone.
        "How many people subscribe to TikTok Music?",
        # 270 gives no death of Longfellow ("died" only of his wife Fanny and of Jesus; no 1882); "Longfellow" in 270
        # alone.
        "When did Henry Wadsworth Longfellow die?",
        # 389 gives no sales; "Tears of the Kingdom" in four other articles (games of the year, a controller, Switch
        # games): "sold", "copies" or "million" within 300 characters of "Zelda" in none.
        "How many copies has Zelda: Tears of the Kingdom sold?",
        # 135: "no clear plans" for a humanitarian corridor; "truck(s)" near Gaza only 135's checkpoints; no "Rafah" in
        # any article; 486's "border crossings" carry Hamas's money (hawala) and snack bars at Nitzana; 598 says fuel,
        # food and water are running out, no count.
        "How many aid trucks have reached Gaza since the war began?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # chestnuts: 270 alone ("chestnuts roasting on an open fire"); "roast(ed/ing)" elsewhere a roasted turkey (323)
        # and a roasting pan in a deals list (520); no recipe.
        "How do I roast chestnuts?",
        # eyelash curler: 193 alone (Scorsese's "feminine products" quiz); "curler" elsewhere only 534's shot; no
        # "mascara" in any article.
        "How do I use an eyelash curler?",
        # sickle: 585 alone (Shiffrin's grandparents cut the meadow grass with sickles); "scythe(s)" elsewhere only a
        # footballer's shot and 233's clearing of brush; "sharpen" elsewhere only figurative (6, 132, 228, 535, 605).
        "How do I sharpen a sickle?",
        # sewage: 135 alone (Gaza's airstruck sewage treatment plant); "treatment plant" in 135 alone; no "wastewater".
        "How does a sewage treatment plant work?",
    )),
))


# --- stop 43's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 43 without asking the product (32 questions on eight MultiHop-RAG articles drawn with seed
# 43, near misses, one-word off-topic questions) and reported unseen at stop 43 (answerable 0.5312, abstained 0.7143, at
# 5e52452); stop 44 writes its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end, as
# written.

_STOP43_FRESH = _noted("stop 43 fresh set", (
    # 98, TechCrunch, 2023-10-31: what senators, lawyers and investors said of Biden's executive order on AI.
    held_multihop("who", "Which senator said he was impressed by how much ground Biden's AI order covers?",
                  "Mark Warner"),
    held_multihop("who", "Which lawyer said the timing of Biden's AI order was off?", "Bob Cattanach"),
    held_multihop("who", "Which Tola Capital co-founder commented on Biden's AI order?", "Sheila Gulati"),
    held_multihop("answerable", "What does Paul Barrett think AI companies should have to prove?",
                  "burden of proving"),
    # 526, TechCrunch, 2023-11-06: a review of the 16-inch MacBook Pro with Apple's M3 Max chip.
    held_multihop("counting", "How long did the 16-inch MacBook Pro's battery last in TechCrunch's video test?",
                  "26 hours, 45 minutes", "ran until 7:30 the following evening"),
    held_multihop("answerable", "Which film did TechCrunch play on a loop to test the MacBook Pro's battery?",
                  "Bill & Ted Face the Music"),
    held_multihop("counting", "How much does the 16-inch MacBook Pro weigh?", "4.7/4.8 pounds"),
    held_multihop("answerable", "Which MacBook does the reviewer suggest for people who fly a lot?",
                  "recommend the 15-inch Air", "much better travel companion"),
    # 381, Music Business Worldwide, 2023-11-23: why Sony Music's artists stayed out of YouTube's Dream Track.
    held_multihop("who", "Whose voices can YouTube creators clone with Dream Track?",
                  "Charlie Puth", "John Legend", "Demi Lovato"),
    held_multihop("who", "Which Sony star was angry about a TikTok song that copied his voice with AI?",
                  "Bad Bunny, signed to Sony’s The Orchard"),
    held_multihop("counting", "How much did YouTube pay music rights holders in the year to June 2022?",
                  "USD $6 billion"),
    held_multihop("answerable", "How does Google's filing to the US Copyright Office describe training AI on "
                  "copyrighted work?", "knowledge harvesting"),
    # 444, Sporting News, 2023-10-06: Nagelsmann's first Germany squad, before the friendly against the USA.
    held_multihop("counting", "How many Bayern Munich players are in Nagelsmann's first Germany squad?",
                  "five players hail from his former club Bayern Munich"),
    held_multihop("who", "Which former Germany player questioned the team's trip to the US?", "Lothar Matthaus"),
    held_multihop("answerable", "Why is Serge Gnabry missing from Germany's squad?", "broken arm"),
    held_multihop("who", "Who got a first Germany call-up from Nagelsmann?", "Kevin Behrens"),
    # 164, TechCrunch, 2023-11-27: California's privacy agency drafts rules on automated decisions and AI.
    held_multihop("who", "Who is the executive director of California's privacy agency?", "Ashkan Soltani"),
    held_multihop("who", "Which board member of California's privacy agency helped draft its AI rules?", "Vinhcent Le"),
    held_multihop("counting", "How many exceptions to the right to see how AI used your data does California's draft "
                  "allow?", "just three are proposed"),
    held_multihop("answerable", "When could California's AI rules take effect at the earliest?",
                  "2025 looks like the very earliest"),
    # 518, Fox News, 2023-10-01: Common Sense Media's study of how children use their phones.
    held_multihop("counting", "How many children took part in Common Sense Media's phone study?",
                  "203 kids aged 11 to 17"),
    held_multihop("counting", "How long do kids spend on their phones each day?", "median of 4.5 hours per day"),
    held_multihop("counting", "How many phone notifications do kids get in a day?", "237 notifications per day"),
    held_multihop("who", "Which social worker in Florida spoke about what phones do to kids?", "Jennifer Kelman"),
    # 278, TechCrunch, 2023-10-31: Reddit co-founder Alexis Ohanian on social media, at the University of Virginia.
    held_multihop("who", "Who interviewed Alexis Ohanian at the University of Virginia?", "Kara Swisher"),
    held_multihop("who", "Who took Alexis Ohanian's seat on Reddit's board?", "Michael Seibel"),
    held_multihop("answerable", "What is Alexis Ohanian's venture fund called?", "Seven Seven Six", "fund 776"),
    held_multihop("answerable", "Which way of moderating posts does Alexis Ohanian rate the best so far?",
                  "Community Notes, I personally think", "best system for moderation"),
    # 65, Fox News, 2023-10-18: Allison Miller lost a leg after the flu and urges people to get vaccinated.
    held_multihop("counting", "How old was Allison Miller when the flu nearly killed her?", "At age 33",
                  "being 33 at the time"),
    held_multihop("counting", "How many people died of the flu in the 2021-2022 season?",
                  "5,000 deaths related to the flu"),
    held_multihop("who", "Which doctor from CSL Seqirus talked about flu vaccines?", "Gregg Sylvester"),
    held_multihop("answerable", "When is a good time to get a flu shot?", "Mid-October is the"),
    *(held_abstain(q) for q in (
        # 98 gives no length (no "page" in it); 313, Engadget on the order, none either; "executive order" or "EO"
        # within 300 characters of "page(s)": no article.
        "How many pages long is Biden's executive order on AI?",
        # 526 gives hours of video (26 hours, 45 minutes), no capacity: no "watt", "Wh", "mAh" or "capacity" in it;
        # "MacBook" within 200 characters of "watt-hour", "Wh", "mAh" or "battery capacity": no article.
        "What is the battery capacity of the 16-inch MacBook Pro in watt-hours?",
        # 381 only wonders whether "significant licensing payments" were made; its one sum is YouTube's $6 billion to
        # rightsholders in a year; 380 (Sony's takedowns) gives no sum; "Dream Track", "Universal Music", "UMG" within
        # 150 characters of "$", "million", "billion", "paid", "fee": 381's filing quote ("multibillion commercial
        # enterprises") and 271's lawsuit against Anthropic only.
        "How much did YouTube pay Universal Music for Dream Track?",
        # 444 gives no pay; "Nagelsmann" (231, 315, 444) within 300 characters of "salary", "paid", "€", "contract",
        # "wage", "million": no article.
        "How much is Julian Nagelsmann paid to coach Germany?",
        # 164 names no fine or penalty (no "penalt", "$", "million" in it; its "fine" is in "define" and "redefine");
        # "CPPA", "CCPA", "California Consumer Privacy" within 300 characters of "fine", "penalt", "$": 164 alone.
        "How big a fine can California's privacy agency give for breaking its AI rules?",
        # 518 measures use in school (97% during school hours), no ban; "ban" near "phone(s)", "smartphone": Google's
        # deals (15), an iPhone import ban (241); "school" near "phone": 518, 59's game of telephone, 138 alone.
        "How many US schools have banned phones in class?",
        # 278 names the fund (Seven Seven Six, 776) without a sum: its "multibillion" is Reddit's worth; "776", "Seven
        # Seven Six", "Ohanian" within 300 characters of "fund", "$", "million", "billion": 278 alone; 43 (events) and
        # 547 (the Cybertruck's first buyers) name Ohanian only.
        "How much money does Alexis Ohanian's fund Seven Seven Six manage?",
        # 278: Reddit "grew out of his running of a forum site in college", no year; "Reddit" within 200 characters of
        # "founded", "2005", "launched", "started": 43, 278, 547's "co-founder" only, no year.
        "What year did Alexis Ohanian start Reddit?",
        # 65 names no hospital ("urgent care", "the ICU", "the hospital" only, no town); "Miller" within 150
        # characters of "hospital", "medical center", "clinic": 65's "hospitalization" sentence only.
        "Which hospital treated Allison Miller for the flu?",
        # 65 gives no price (no "$", "cost", "price", "insurance" in it); "flu", "influenza", "vaccin" within 200
        # characters of "$", "cost(s)", "price", "insurance", "copay": 262's Nobel prize for mRNA vaccines only.
        "How much does a flu shot cost without insurance?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # guinea pigs: 381 alone (stars as "guinea pigs" for AI music); "guinea" elsewhere the country (400); "hamster"
        # a game's hamster ball (549); "rodent" proto-mammals (460); no "cavy" or "pet food"; "hay" only 233's barn
        # (and 84's Spanish "hay"); "pellet" a foam blaster's (424).
        "What do guinea pigs eat?",
        # campfire: 278 ("the faces & voices we knew around the campfire") and 50 (the studio Campfire Cabal); no
        # "camp fire" or "extinguish"; "fire pit" and "bonfire" only Solo Stove deals (222, 558).
        "How do I put out a campfire?",
        # cough syrup: 65 alone (Miller was sent home with it); "syrup" elsewhere only pancakes' (520); "cough"
        # elsewhere fumbles (6, 37), a game character's (213), dogs' respiratory illness (565); no "codeine" or
        # "dextromethorphan"; "ingredient(s)" elsewhere food, recipes, tires, soap, a hydrogel, none of a medicine.
        "What is in cough syrup?",
        # pothole: 19 (Amy Grant's bike accident) and 576 (a MagSafe mount over a deep pothole);
        # "report(s)" elsewhere are markets', police, moderation and research reports; no "road repair" or "council"
        # roads (its "council" hits are an AI council, a city councilman, research councils).
        "How do I report a pothole?",
    )),
))


# --- stop 44: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 44 (2026-12-07) without asking the product any question and without reading any benchmark
# log or failure list, as stop 43's block was. Articles: seed 144, `random.Random(144).sample(range(609), 60)` over
# corpus.json's records in file order, less the 2 of them (310, 387) reserved for stop 44's held-out set
# (`random.Random(44).sample(range(609), 40)`), read in draw order (all 58 read: 12 kept, 46 skipped; none of the 40
# reserved articles was read). Skipped because a tunable question's expected phrase points at them: 459 (Jon Copley and
# the deep ocean, stop 42's fresh set), 36 (Will Smith and Jada Pinkett Smith, stop 37's fresh set), 601 (NTPC, stop
# 41's fresh set), 429 (the Yankees and Gleyber Torres, stop 42's fresh set), 39 (Amazon and iRobot, stop 37 more), 479
# (existing-home sales, stop 41 more), 247 (MXenes, stop 42 more), 265 (The Crown, stop 36 more), 208 (Richmond's AFLW
# win, stop 26's fresh set), 420 (Boston Dynamics, stop 40 more), 451 (the Davis Cup semi-final, stop 40's fresh set),
# 178 (Gellar and Roblox, stop 40 more), 405 (Kick's streamers, stop 39's fresh set), 148 (parents' Christmas mistakes,
# stop 40 more), 103 (USC basketball, stop 36 forms), 277 (2023's top goalscorers, stop 25's fresh set), 363 (TikTok
# users and music streaming, stop 43 more), 2 (Amazon's sellers on the FTC case, stop 37 more), 444 (Nagelsmann's first
# Germany squad, stop 43's fresh set). Skipped because tests/questions.py asks about their topic: 83 (The Verge on
# Bankman-Fried's testimony) and 226 (FTX's executives and roommates testify): his trial is asked (stop 35's else2); 419
# (Taylor Swift's concert film, as stops 37 and 43 skipped it); 508 (The Verge's case for the fediverse: stop 36 more
# asks 507, Flipboard's fediverse plans, stop 37 more 26, Mozilla's Mastodon server); 516 (Altman ousted: OpenAI's board
# and Altman's firing, skipped for it since stop 37); 46 (Taylor Swift as Time's Person of the Year, stop 29's fresh
# set); 87 (the daily ASX report, stop 31's byline); 355 (Epic v. Google, stop 25's other articles); 409 (the Cricket
# World Cup, as stops 37 and 38 skipped it); 168 (the Wallabies at the World Cup: stop 37 more asks Eddie Jones's
# Wallabies); 137 (the Joshua-Wilder card: predictions, odds and picks; stop 29's fresh set asks Joshua and Wilder, and
# stops 38 and 42 skipped it). Skipped as live blogs: 408 (World Series Game 4 live score), 88 (Inter Miami vs FC
# Cincinnati live score). Skipped as round-ups: 406 and 240 (the NBL's rounds 4 and 5, game by game). Skipped as lists:
# 90 (Black Friday deals under $25), 243 (eight authors' gift book picks), 197 and 552 (fantasy WR and TE rankings), 56
# (FanDuel DFS picks), 264 (MLB betting sites), 259 (college football odds, lines and schedule), 202 (sportsbook bonus
# offers), 403 (price-matching policies, store by store, as stop 43's fresh set skipped it), 323 (stores open on
# Thanksgiving, store by store), 154 (shows to stream in December), 453 (surprise vampires, as stop 38 skipped it).
# Kept, in draw order: 465 TechCrunch "Meet Alliance DAO's latest accelerator cohort of startups building in crypto
# winter" (a demo-day report: the cohort, eight startups' pitches in prose with their founders' words, and a close; not
# a ranking, a shopping list or bets; asked of the cohort and two pitches); 173 Fortune "Beyoncé tops box office with
# $21 million debut for concert film 'Renaissance'" (419 and 462 are Swift's film and concert films in general: only
# Renaissance's own figures are asked, nothing of the Eras Tour film; stop 39's fresh set's near miss of Wish's director
# names 173 in a comment only); 476 The Guardian "Gabriel Jesus's sublime goal and assist gives Arsenal vital victory in
# Sevilla" (187, Sporting News' group tables, gives its score alone; the score is not asked); 124 TechCrunch "People are
# turning to Snap Map for firsthand perspectives from Gaza" (stop 43 more asks 135's blockade, UNRWA and Gaza's food;
# nothing of them is asked here); 262 Fortune "Nobel Prize winner shocked by early morning phone call from Sweden ..."
# (436, Science News for Students, tells the same chemistry prize: the winners, their institutes, the 11 million kronor,
# the American Chemical Society's president; so only 262's own facts are asked: the sleeping Brus, the ages, 1981, the
# 50 years' secrecy, the physics prize); 542 The Guardian "Liverpool enjoy home comforts but Dyche's Everton offer derby
# danger" (300, talkSPORT's preview of the same Saturday, gives Robertson's shoulder injury without a length and
# Everton's one win in 25 derbies: neither is asked as 300 gives it; stop 38 more asks 92's points penalty and 152's
# Toulouse game, not this derby); 441 Essentially Sports "Is Kevin Durant the Most Disrespected Superstar in the History
# of NBA?"; 330 The Guardian "Ten Hag demands both positivity and pragmatism from erratic Onana" (Ratcliffe's £1.3bn,
# asked of 366 by stop 36 more, and the derby's result, which 260 gives, are not asked); 216 TechCrunch "Why Gogoro
# picked India as its new go-to market" (537, TechCrunch's The Station, shows Gogoro's batteries in MIH's Project X car;
# nothing of it is asked); 539 The Verge "CEO David Baszucki's mission to make Roblox a billion-player platform" (stop
# 40 more asks 178's hacked account, nothing of Roblox the company); 509 TechCrunch "The new American Dream is to get
# MrBeast to pay off your debt"; 599 TechCrunch "Consistent policy is key to unlocking the climate tech boom, but the
# UK's U-turn isn't helping". None is asked about in tests/questions.py or tests/fresh_questions.py (searched their
# title words, names and topics: Beyoncé, Renaissance, AMC, box office, Alliance DAO, web3, accelerator, Kravata,
# Sleepagotchi, Sevilla, Gabriel Jesus, Martinelli, Arteta, Snap, Snapchat, Snap Map, Gaza, Nobel, quantum, Everton,
# Liverpool, Klopp, Salah, Robertson, Merseyside, Durant, Barkley, SuperSonics, Suns, Onana, Ten Hag, Inzaghi,
# Manchester United, Gogoro, scooter, battery swap, Roblox, Baszucki, Code Conference, MrBeast, YouTuber, medical debt,
# Sunak, net zero, Jeremy Hunt, R&D, climate tech; the hits are other topics: Tyler Mitchell's Vogue cover of Beyoncé,
# other films' box office, Arteta and Pochettino's hotel, Snap's purchase of Zenly, Gaza's money and blockade, quantum
# computing in a list, Everton's points penalty and chairman, Salah's goal against Toulouse, United's Champions League
# exit, the Ratcliffe and Qatari bids, who will replace Ten Hag, Gellar's hacked Roblox account, SSSniperwolf's YouTube
# channel). Four or five questions each (56: 12 answerable, 22 who, 22 counting), worded as a reader would ask, not in
# the sentence's words. Each expected phrase was checked in its article's clean text (qa.load + qa.clean over the
# shipped articles and corpus.json; no index, no model) and counted across all 612 articles (folded, case-folded; and in
# the records' body, author and source, as the tests read them); those found in other articles were tightened to a
# phrase found in that article alone: "$21 million" (15, 500) -> "opened in first place with $21 million"; "Colombia"
# (106, 392, 478, 534) -> "Colombia-based"; "Jesus" (120, 245, 270, 569, 570) -> "stripped bare by Jesus"; "Martinelli"
# (395: his goal ruled out at Old Trafford) -> "Dashing free was Gabriel Martinelli"; "3,000" (eleven others) -> "3,000
# Arsenal fans"; "2017" (many) -> "first launched in 2017"; "Brus" (436, and inside "brush", "Brussels") -> "Brus, a
# professor emeritus"; "78" -> "Ekimov, 78"; "50 years" -> "confidential for 50 years"; "1981" (112, 221, 479, 563) ->
# "first publication on the topic was in 1981"; "three months" -> "up to three months with a shoulder injury"; "Barkley"
# (Saquon Barkley in 89, 198, 273, 290, 317, 494) -> "Charles Barkley called Durant"; "Inzaghi" (400: Pippo Inzaghi) ->
# "Simone Inzaghi"; "Sheffield United" (100, 142, 277, 300, 571) -> "Sheffield United, Brentford and FC Copenhagen";
# "2-1 win" (41, 93) -> "2-1 win for United"; "Nepal" (229, 363) -> "starting with neighboring country Nepal"; "Alex
# Heath" (508: he interviewed Zuckerberg) -> "Verge deputy editor Alex Heath"; "33 percent" (190) -> "north of 33
# percent"; "41%" (149, 465) -> "41% of American adults"; "five years" (many) -> "by at least five years". The articles'
# curly apostrophes are left out of every phrase. Questions not asked because another article gives the fact, or gives
# it otherwise: the chemistry laureates' names, their prize money and the American Chemical Society's president (436
# gives them too, the president as "Judith Giordan"), Comscore's analyst Paul Dergarabedian (419 quotes him too),
# Godzilla Minus One's director (94 names him too), whether Roblox has ever had layoffs (539: "We've never done
# layoffs"; 49: Roblox let go of 30 recruiters), Bruno Fernandes's goals this season (330: two in 12 appearances; 129,
# later: one behind McTominay's six); Gaza's death toll, a figure that changes by the day, was left out. Ten near misses
# (a kept article's topic, a fact no article gives) and four one-word off-topic questions (one word shared with an
# article, nothing else), each checked by searching the clean text of all 612 articles for its key words and synonyms
# (the comments say what was searched). Every kind's count is even and the block is appended after every earlier
# question, so it splits evenly and no earlier question changes half.

_STOP44_MORE = _noted("stop 44 more articles", (
    # 465 TechCrunch, Alliance DAO's All11 accelerator cohort
    held_multihop("who", "Which Alliance DAO contributor called All11 the most exclusive cohort in its history?",
                  "Qiao Wang"),
    held_multihop("who", "Who is behind the NFT sleep game Sleepagotchi?", "Anton Kraminkin"),
    held_multihop("counting", "How many applications did Alliance DAO's latest accelerator cohort get?",
                  "1,083 applications"),
    held_multihop("counting", "How much money does Alliance DAO put into the startups in its program?",
                  "$250,000 in startups"),
    held_multihop("answerable", "Which country is the crypto on-ramp Kravata from?", "Colombia-based"),
    # 173 Fortune, Beyoncé's Renaissance concert film at the box office
    held_multihop("who", "Which AMC executive thanked Beyoncé for bringing her concert film to her fans?",
                  "Elizabeth Frank"),
    held_multihop("counting", "How much did Renaissance: A Film by Beyoncé make in its opening weekend?",
                  "opened in first place with $21 million"),
    held_multihop("counting", "How many cinemas in the US and Canada showed Beyoncé's Renaissance film when it opened?",
                  "2,539 theaters"),
    held_multihop("counting", "What did a ticket to Beyoncé's concert film cost on average?", "$23.32"),
    held_multihop("answerable", "How did Beyoncé's Renaissance film do on Rotten Tomatoes?", "100% on Rotten Tomatoes"),
    # 476 The Guardian, Sevilla 1 Arsenal 2 in the Champions League
    held_multihop("who", "Who set up Arsenal's first goal in Sevilla?", "stripped bare by Jesus"),
    held_multihop("who", "Who scored Arsenal's opener against Sevilla?", "Dashing free was Gabriel Martinelli"),
    held_multihop("who", "Who got Sevilla's goal back against Arsenal?", "Nemanja Gudelj header"),
    held_multihop("counting", "How many Arsenal fans made the trip to Sevilla?", "3,000 Arsenal fans"),
    held_multihop("answerable", "What did the banner Sevilla's fans unfurled against Arsenal say?",
                  "Europe knows what we are capable of"),
    # 124 TechCrunch, Snap Map and eyewitness views of Gaza
    held_multihop("answerable", "When did Snap Map come out?", "first launched in 2017"),
    held_multihop("counting", "How many journalists have been killed in Gaza, according to the Committee to Protect "
                  "Journalists?", "at least 30 journalists"),
    held_multihop("who", "Besides Google, who turned off live traffic data in Israel at the IDF's request?",
                  "Apple Maps"),
    held_multihop("who", "Whose report found that young people see more political bias in the news?",
                  "Knight Foundation"),
    # 262 Fortune, the 2023 Nobel Prize in chemistry (quantum dots) and its leak
    held_multihop("who", "Which chemistry Nobel winner didn't pick up when the academy called in the night?",
                  "Brus, a professor emeritus"),
    held_multihop("who", "Who won the 2023 Nobel Prize in physics?", "Pierre Agostini", "Ferenc Krausz"),
    held_multihop("counting", "How old is Alexei Ekimov?", "Ekimov, 78"),
    held_multihop("counting", "How long does the Nobel academy keep its deliberations secret?",
                  "confidential for 50 years"),
    held_multihop("answerable", "When did Ekimov first publish on quantum dots?",
                  "first publication on the topic was in 1981"),
    # 542 The Guardian, Liverpool v Everton preview
    held_multihop("counting", "How many times has Klopp lost to Everton?",
                  "lost one of his 17 encounters with Everton"),
    held_multihop("counting", "How long will Andy Robertson be out?", "up to three months with a shoulder injury"),
    held_multihop("counting", "How many Premier League games in a row has Salah scored or set up a goal in?",
                  "14 consecutive Premier League matches"),
    held_multihop("answerable", "Which Merseyside derby is this one, by number?", "243rd edition"),
    # 441 Essentially Sports, Kevin Durant and his critics
    held_multihop("who", "Which team drafted Kevin Durant?", "Seattle SuperSonics drafted him"),
    held_multihop("who", "Who said Kevin Durant is very sensitive?", "Charles Barkley called Durant"),
    held_multihop("counting", "How many regular season points has Kevin Durant scored?", "27,393 points"),
    held_multihop("counting", "How many scoring titles does Kevin Durant have?", "four scoring titles"),
    held_multihop("answerable", "Why do fans call Kevin Durant a snake?", "join the very team that had defeated him"),
    # 330 The Guardian, Ten Hag on Onana before the Manchester derby
    held_multihop("counting", "How much did Manchester United pay for André Onana?", "£47.2m"),
    held_multihop("who", "Who coaches Inter Milan?", "Simone Inzaghi"),
    held_multihop("who", "Which teams have Manchester United beaten in their last three games?",
                  "Sheffield United, Brentford and FC Copenhagen"),
    held_multihop("answerable", "What was the score of last season's Manchester derby at Old Trafford?",
                  "2-1 win for United"),
    # 216 TechCrunch, Gogoro's launch in India
    held_multihop("who", "Who runs Gogoro?", "Horace Luke"),
    held_multihop("who", "Which company is Gogoro investing $2.5 billion with in Maharashtra?", "Belrise Industries"),
    held_multihop("counting", "How many battery-swapping stations does Gogoro have in Taiwan?", "12,500 stations"),
    held_multihop("counting", "How many stations is Gogoro opening in Delhi?", "30 stations in Delhi"),
    held_multihop("answerable", "Which country does Gogoro want to move into from India first?",
                  "starting with neighboring country Nepal"),
    # 539 The Verge, Roblox's CEO David Baszucki at the Code Conference
    held_multihop("who", "Who interviewed Roblox's CEO at the Code Conference?", "Verge deputy editor Alex Heath"),
    held_multihop("who", "Which gaming executive told Baszucki her son makes money building on Roblox?", "Cathy Hackl"),
    held_multihop("counting", "How fast is Roblox's 17 to 24 age group growing?", "north of 33 percent"),
    held_multihop("counting", "How many hours a month do people spend on Roblox?", "5 billion hours per month"),
    held_multihop("answerable", "How many daily users does Roblox want?", "billion daily active people"),
    # 509 TechCrunch, MrBeast's contestants and their debts
    held_multihop("who", "Who won MrBeast's challenge of living 100 days in a room?",
                  "Suzie Taylor and Bailey Stanfield"),
    held_multihop("who", "What is MrBeast's real name?", "Jimmy Donaldson"),
    held_multihop("counting", "How much did the winners of MrBeast's 100 days in a room challenge get?",
                  "winning $185,000 each"),
    held_multihop("counting", "What share of American adults have medical debt?", "41% of American adults"),
    held_multihop("answerable", "What is Suzie Taylor doing with the money she won from MrBeast?",
                  "reinvesting her winnings into becoming a content creator"),
    # 599 TechCrunch, the UK's climate U-turn and climate tech startups
    held_multihop("who", "Which chancellor said he wanted the world's tech entrepreneurs to come to the UK?",
                  "Jeremy Hunt"),
    held_multihop("who", "Who led the lobbying that saved part of the UK's R&D tax credit?", "Startup Coalition"),
    held_multihop("counting", "How far has Sunak pushed back Britain's net-zero timeline?", "by at least five years"),
    held_multihop("answerable", "What slogan was on Sunak's lectern?", "Long-term decisions for a brighter future"),
    *(held_abstain(q) for q in (
        # 465: Kravata "is raising a seed round", no sum (465's one raise is Sleepagotchi's $3.5 million); "Kravata" in
        # 465 alone, with no "$", "raised", "million" or "valuation" within 300 characters of it.
        "How much money has Kravata raised?",
        # 173 gives no running time; "Renaissance" or "Beyoncé" (171, 173, 419, 462, 469, 560, 596, 597) within 300
        # characters of "minute(s)", "runtime", "running time", "hours long", "two hours", "length": no article.
        "How long is Beyoncé's Renaissance concert film?",
        # 476 names no referee; "Sevilla" or "Arsenal" within 300 characters of "referee", "ref", "officiat", "whistle":
        # 110's "first whistle" (Chelsea v Arsenal) and 395's refereeing decision at Old Trafford only.
        "Who was the referee for Sevilla against Arsenal?",
        # 124: Snap gave "no hard data", only a "moderate" increase; "Snap Map(s)" in 124 alone; "Snap(chat)" within 200
        # characters of "users", "million", "monthly", "daily", "billion": 196's Zenly (Snap's purchase), 345's lawsuit,
        # 518's hours on Snapchat, and "snap a photo" (301); no count of Snap Map's or Snapchat's users.
        "How many people use Snap Map?",
        # 262: the peace prize is still to come ("The prizes in literature, peace and economics follow"); "peace prize",
        # "Nobel Peace", "Mohammadi", "Fosse", "literature prize", "Goldin": 262's sentence alone; "Nobel" elsewhere 418
        # (Krugman) and 436 (the chemistry prize).
        "Who won the 2023 Nobel Peace Prize?",
        # 441 gives no pay; "Durant" (194's Spanish "durante", 281, 441, 589) within 300 characters of "$", "salary",
        # "contract", "million", "paid", "earn", "extension": 441's "millions of fans" only.
        "How much does Kevin Durant earn with the Suns?",
        # 330 gives the fee (£47.2m), no wage; "Onana" (12, 129, 330, 370, 395, 546, 571) within 300 characters of
        # "wage", "a week", "per week", "salary", "contract", "earn", "£", "paid": 330's fee, and "earn" inside 12's
        # "learn" and 370's "earnestly" only.
        "How much does André Onana earn a week at Manchester United?",
        # 216 gives no sales of Gogoro's own (its 93% and 80% are Taiwan's EVs, 90% and 5% India's EV and two-wheeler
        # markets); "Gogoro" in 216 and 537 (MIH's Project X car, its "100,000 of the minicars" a year, not Gogoro's):
        # "sold", "sales", "units", "customers", "riders" near "Gogoro" give no count of scooters sold in India.
        "How many scooters has Gogoro sold in India?",
        # 539 gives no revenue ("a really good business", bookings growing faster than headcount); "Roblox" within 200
        # characters of "revenue", "bookings", "$", "billion", "million", "earnings", "sales": 178's billionaire Kim
        # Kardashian and 539's installs and headsets only; 49's Roblox line is its 30 recruiters let go.
        "How much revenue did Roblox make last year?",
        # 599 gives the net-zero delay ("at least five years"), no date for cars; "petrol", "gasoline car", "combustion
        # engine", "2035", "boiler": 74 and 111 (petroleum), 216 (India's ICE vehicles), 233 ("post-petrol"), 602
        # (OPEC), none of the UK or of a ban; "Sunak" in 313 (the AI summit) and 599 alone.
        "When will the UK stop the sale of new petrol cars after Sunak's U-turn?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # ghost pepper: 509 alone (MrBeast once paid $10,000 to eat one); no "Scoville", "habanero", "jalapeno",
        # "capsaicin", "Carolina Reaper"; "pepper" elsewhere is peppermint, a verb (208), Sam Pepper, Jabrill Peppers,
        # cayenne pepper as a dressing (269), Sgt. Pepper's; "chili" is Chili's restaurant (469) and Chile misspelt
        # (493); "spicy" is figurative, a candle's notes (68) or 520's spicy snack.
        "How hot is a ghost pepper?",
        # sewing machine: 539 alone ("a digital sewing machine"); no "bobbin"; "needle" elsewhere is figurative, needle
        # drops or 565's Dr. David Needle; "stitch" is Stitch Fix, Lilo & Stitch and stitches in a wound.
        "How do I thread a sewing machine?",
        # Godzilla: 94, 154, 173, 308 (films, a series, a box set); "Godzilla" or "kaiju" within 300 characters of
        # "tall", "height", "feet", "metres", "meters": only 94's "the soaring heights of Shin Godzilla".
        "How tall is Godzilla?",
        # washing cars: 124 alone (Israelis "washing their cars" on Snap's heat map); no "car wash", "car wax",
        # "pressure wash"; "wash", "soap", "wax" within 100 characters of "car(s)" or "vehicle": 124 alone; "detailing"
        # elsewhere is the verb (24, 27, 116, 208, 226, 530) or 520's trimmer attachments.
        "How often should I wash my car?",
    )),
))


# --- stop 44's held-out set, rotated in ------------------------------------------------------------------------------
# Written by a helper at stop 44 without asking the product (32 questions on eight MultiHop-RAG articles drawn with seed
# 44, near misses, one-word off-topic questions) and reported unseen at stop 44 (answerable 0.5625, abstained 0.7143, at
# bf34311); stop 45 writes its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end, as
# written.

_STOP44_FRESH = _noted("stop 44 fresh set", (
    # 418, Business Line, 2023-10-14: how to value a stock against its peers (PE, EV/EBITDA, "ketchup economics").
    held_multihop("who", "Whose research found that most equity analysts value stocks by comparing them with others?",
                  "Aswath Damodaran"),
    held_multihop("who", "Which economist came up with the term ketchup economics?", "Larry Summers termed as Ketchup"),
    held_multihop("counting", "How much has Bharti Airtel's stock returned since bl.portfolio recommended buying it?",
                  "returned 80 per cent since"),
    held_multihop("answerable", "Why does TCS trade at a higher valuation than Infosys and Wipro?",
                  "superior margins and much more consistent growth"),
    # 554, Sporting News, 2023-11-01: what an over/under (totals) bet is, sport by sport.
    held_multihop("answerable", "What does an over/under bet usually count in MMA?",
                  "refer to the duration of the fight"),
    held_multihop("answerable", "What is an over/under bet based on in tennis?",
                  "total number of games or sets played"),
    held_multihop("answerable", "Why are over/under totals set at half points like 210.5?",
                  "The 0.5 ensures no chance of a tie", "cannot possibly match the set total exactly"),
    held_multihop("counting", "What odds do over/under bets usually have?", "ranging from -105 to -120"),
    # 388, Fox News, 2023-10-31: blue Halloween buckets for children with autism, and the argument over them.
    held_multihop("who", "Which mom started the blue Halloween bucket trend?", "Alicia Plumer"),
    held_multihop("answerable", "When did the blue Halloween bucket trend start?", "first started in 2018"),
    held_multihop("answerable", "What does a teal pumpkin bucket mean at Halloween?", "Teal pumpkins = hypoallergenic"),
    held_multihop("who", "Which child psychologist told Fox News it's best not to label a child?", "Michele Borba"),
    # 230, TechCrunch, 2023-10-04: Keep Labs' lockable box that tracks the medicine taken from it.
    held_multihop("counting", "How many people preordered Keep Labs' medicine box?", "Over 15,000 people preordered"),
    held_multihop("who", "Who runs Keep Labs as CEO?", "Jeff Wandzura"),
    held_multihop("answerable", "Why did Keep Labs lose its CES innovation award?",
                  "marketed as a cannabis storage device"),
    held_multihop("counting", "How much venture capital has Keep Labs raised?", "$2.18 million"),
    # 605, The Guardian, 2023-10-10: looking after ageing parents (technology, walks, supplements, protein).
    held_multihop("counting", "By how much can a daily walk cut an older person's risk of depression?",
                  "cut the risk of depression by up to 43%"),
    held_multihop("counting", "How much protein should older adults eat?", "1 to 1.5g of protein per kilogram"),
    held_multihop("who", "Which Limerick researcher says older parents should walk five days a week?", "Eamon Laird"),
    held_multihop("counting", "How many people took part in Columbia University's multivitamin study?",
                  "2,200 adults aged 60"),
    # 346, The Verge, 2023-11-23: how Pokémon grew from a game into a lifestyle, and its live-action series PokéTsume.
    held_multihop("who", "Who created Pokémon?", "Satoshi Tajiri"),
    held_multihop("who", "Who stars in PokéTsume, the live-action Pokémon series?", "Nanase Nishino"),
    held_multihop("answerable", "What foundation did The Pokémon Company set up after the 2011 earthquake in Japan?",
                  "Pokémon With You Foundation"),
    held_multihop("counting", "How many copies have the new Pokémon games on Switch sold?",
                  "selling over 20 million copies"),
    # 523, The Age, 2023-10-07: the founders of the Shameless podcast and their business.
    held_multihop("who", "Who started the Shameless podcast?", "Michelle Andrews", "Zara McDonald"),
    held_multihop("answerable", "Where did the Shameless founders work before they started the podcast?", "Mamamia"),
    held_multihop("counting", "How many people get the Ask Shameless newsletter?",
                  "more than 64,000 subscriber inboxes"),
    held_multihop("counting", "How many staff does Shameless Media have?", "now has 11 staff"),
    # 602, The Verge, 2023-12-13: what the COP28 climate talks in Dubai agreed on fossil fuels and clean energy.
    held_multihop("who", "Who is the president of COP28?", "Sultan Ahmed Al Jaber"),
    held_multihop("answerable", "What did the COP28 deal call for instead of phasing out fossil fuels?",
                  "transitioning away from fossil fuels"),
    held_multihop("answerable", "What target for renewable energy did COP28 agree on?",
                  "tripling of renewable energy capacity globally by 2030"),
    held_multihop("who", "Who said the COP28 draft read as if OPEC had dictated it?", "Al Gore"),
    *(held_abstain(q) for q in (
        # 418 names Infosys once (TCS's premium over it, Wipro and HCLTech) with no figure; "Infosys", "Wipro", "TCS",
        # "HCL" within 300 characters of "PE", "P/E", "price-to-earnings", "earnings multiple", "times earnings": that
        # sentence of 418 only; "Tata Consultancy" only 191 (digital twins); 253 gives Reliance's multiple alone.
        "What PE ratio does Infosys trade at?",
        # "over/under", "over-under", "totals bet(ting)" within 200 characters of "invent", "origin", "history",
        # "pioneer", "coined", "first used / offered / introduced": no article (554's "first" is McIlroy's first round).
        "Who invented over/under betting?",
        # 388 says retailers like Walmart sell blue buckets, at no price; "bucket", "pail", "basket" within 200
        # characters of "$", "price", "cost": betting on basketball, a gift basket, bucket hats, an order "basket";
        # "Halloween", "pumpkin" within 300 characters of them: deals (69), MacBooks (222, 351), Elfman's show (587).
        "How much does a blue Halloween bucket cost?",
        # 388 gives no count (its headline's "spike in cases" has no number); "autis" within 300 characters of
        # "prevalen", "diagnos", "rate", "how many", "number of", and within 200 of "%", "per cent", "one in", "1 in N",
        # "N children / kids / million": no article (391, the cavefish and the keto diet, gives none).
        "How many children in the US have autism?",
        # 230 gives no headcount: its "staff" is staff training, its "150 users" a beta program; "Keep Labs",
        # "Wandzura", "Wilkins" elsewhere: none of Keep's (a Dolphins player, Hipgnosis's Wilkinson).
        "How many employees does Keep Labs have?",
        # 605 recommends vitamin D and B12 with no dose; "vitamin D / B", "B12": 605 alone; "vitamin", "B12",
        # "supplement", "protein" within 300 characters of "IU", "mcg", "microgram", "mg", "milligram", "dose",
        # "dosage", "per day": no article.
        "How much vitamin D should older people take a day?",
        # 346 calls Pokémon Concierge "upcoming", with no date; "Concierge" elsewhere only 390's concierge medical
        # facility; "Pokémon", "Pikachu" within 300 characters of "premiere", "release", "launch", "debut", "Netflix",
        # "December", "2023", "2024": 346 alone (the 1996 game, PokéTsume's premiere).
        "When does Pokémon Concierge come out on Netflix?",
        # 523: "Profitable from day one", no sum (its "$" are clothes and $70 of flyers); "Shameless", "Andrews",
        # "McDonald", "podcast" within 300 characters of "revenue", "turnover", "earn", "income", "profit", "worth",
        # "$N million": 523's "Profitable" only, and other companies' sums (Spotify 461, IronNet 11, 334, 115).
        "How much revenue does Shameless Media make a year?",
        # 602 names no fund and no sum (its "pledged" is the tripling of renewables); "loss and damage" elsewhere only
        # car rental insurance (471, 557); "climate finance", "adaptation fund", "damage fund", "Green Climate Fund":
        # only 599's "climate finance sectors"; "climate", "COP", "fossil" within 300 characters of "fund", "pledg",
        # "$N billion / million": no climate fund.
        "How much money was pledged to the loss and damage fund at COP28?",
        # "COP29", "COP30", "Baku", "next summit / conference / talks", "host the next", "next COP": no article;
        # "Azerbaijan" only in 48 (ChatGPT's new countries) and 277 (Lukaku's goals).
        "Where will the next UN climate summit, COP29, be held?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # ketchup: 418 alone (Larry Summers's "ketchup economics", two bottles of ketchup); "tomato" elsewhere Rotten
        # Tomatoes (173) and a Mediterranean meal (466); "condiment" only ranch (311); "homemade" only fries (520);
        # "recipe(s)" elsewhere ice cream, an air fryer's, and figurative ones; no sauce is made in any.
        "How is ketchup made?",
        # manhole: 346 alone (Pokémon-themed manhole covers in Japan); "sewer" only 233's homestead; no "drain
        # cover", "storm drain", "utility hole"; "round" near "cover" only betting and draft rounds, round-by-round
        # coverage.
        "Why are manhole covers round?",
        # Rubik: 388 alone (a headline: a man with autism beats the Rubik's cube world record); "cube(s)" elsewhere
        # chargers, a lamp's, packing cubes; no "speedcub"; "puzzle(s)" video games', a crossword, scientists'.
        "How do you solve a Rubik's cube?",
        # camel: 582 (Robyn Davidson's desert trip with her camels), 574 (CamelCamelCamel), 576 (a camel colour), 433
        # (the Camelia Bowl); no "dromedary"; "hump" only 275's "get over the hump"; "without water(ing)" only 285's
        # SmartFarm; no "dehydrat".
        "How long can a camel go without water?",
    )),
))


# --- stop 45: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 45 (2026-12-07) without asking the product any question and without reading any benchmark
# log or failure list, as stop 44's block was. Articles: seed 145, `random.Random(145).sample(range(609), 60)` over
# corpus.json's records in file order, less the 3 of them (328, 318, 146) reserved for stop 45's held-out set
# (`random.Random(45).sample(range(609), 40)`), read in draw order (all 57 read: 10 kept, 47 skipped; none of the 40
# reserved articles was read). Skipped because a tunable question's expected phrase points at them (as
# tests/test_question_set.py's `_articles_asked` computes): 451 (the Davis Cup semi-final, stop 40's fresh set), 523
# (the Shameless founders, stop 44's fresh set), 281 (NBA Christmas games, stop 42's fresh set), 115 (the people who
# ruined the internet, stop 28's fresh set), 270 (Christmas amid war, stop 43 more), 190 (tires, stop 39 more), 283
# (Melissa Lucashenko, stop 40's fresh set), 330 (Ten Hag and Onana, stop 44 more), 38 (AI startups in France, stop 38
# more), 585 (Mikaela Shiffrin's parents, stop 43 more), 443 (Kyle Larson, stop 36 more), 469 (Gag City, stop 40's fresh
# set), 554 (the over/under bet, stop 44's fresh set), 352 (Bellingham's Real Madrid, stop 38's fresh set), 230 (Keep
# Labs, stop 44's fresh set), 262 (the chemistry Nobel's phone call, stop 44 more), 602 (COP28, stop 44's fresh set),
# 391 (cavefish and the keto diet, stop 38 more), 405 (Kick's streamers, stop 39's fresh set), 533 (Diablo 4's season 2,
# stop 42 more), 418 (relative valuation, stop 44's fresh set). Skipped because tests/questions.py asks about their
# topic: 1 (the daily ASX report, stop 31's byline, as stop 44 skipped 87); 25 (the EU's warning to Musk's X over
# illegal content after Hamas's attack: stop 38 more asks 153, the EU's DSA probe of X); 46 (Taylor Swift as Time's
# Person of the Year, stop 29's fresh set, as stop 44 skipped it); 409 (the Cricket World Cup, as stops 37, 38 and 44
# skipped it); 52 (the shocking moments of Britney Spears' memoir: stop 39 more asks 358, her timeline with Federline);
# 44 (Taylor Swift's NFL takeover, a timeline) and 45 (Travis Kelce's old tweets): Swift and Kelce are asked (stops 25
# and 29's fresh sets); 14 (Apple defends its Google search deal in court: Eddy Cue's testimony is asked, stop 35's
# else2, and the Google search trial, stop 25's other articles); 300 (talkSPORT's preview of Liverpool v Everton: stop
# 44 more asks 542's preview of the same derby); 224 (Michigan beats Ohio State: the game's score is asked, stop 36's
# forms); 313 (Biden's AI executive order: stop 43's fresh set asks 98); 89 (Ratcliffe's Manchester United in-tray: stop
# 36 more asks 366, his takeover); 61 (Sporting News' moneyline explainer: stop 44's fresh set asks 554, its over/under
# explainer, and 61's push, -110 and overtime are told by 60, 71 and 359 too). Skipped as live blogs: 449 (Patriots vs.
# Broncos live score), 480 (the Shohei Ohtani rumors tracker, dated update by update). Skipped as round-ups: 209 (the
# AFLW's last round, game by game), 537 (TechCrunch's The Station, a weekly transportation newsletter). Skipped as
# lists: 432 (sportsbook promo codes), 582 (14 books for October), 325 (ten discoveries about the sun), 273 (Showtime
# Boxing's top 5 fights), 6 (North Texas vs. SMU odds, props, predictions), 183 (FanDuel DFS picks), 597 (the best
# comedies to stream), 584 (anti-Prime Big Deal Day deals), 231 (the USMNT's October roster). Kept, in draw order: 535
# Sporting News "Inter Miami friendly matches for 2024 preseason: Lionel Messi to play Newell's Old Boys, China tour
# cancelled" (a preseason schedule told in prose, match by match, with the club's words; stop 42's fresh set asks 203,
# Inter Miami's 2024 season-ticket prices: nothing of tickets is asked here); 455 Music Business Worldwide "Warner Music
# Group boss Robert Kyncl on AI, why labels still exist, and 2 other things we learned from his Q&A at the Code
# Conference" (381, asked by stop 43's fresh set, quotes Kyncl as Warner's CEO and tells of Content ID, so neither is
# asked; stop 44 more asks 539, Roblox's CEO at the same conference, stop 38 more 211, Believe's deal for Si No Estás:
# nothing of either is asked here); 261 Science News For Students "These jellyfish can learn without brains"; 525
# TechCrunch "EU says incoming rules for general purpose AIs can evolve over time" (stop 39 more skipped it because 564,
# TechCrunch on the same AI Act deal, tells most of it; no question asks 564, so 525 is kept and asked only what 564
# does not give: the 38 hours, the generic term, the final text's date, watermarking; not the 10^25 FLOPs, the AI
# Office, Breton, the six and 24 months or 2026, which 564 gives too); 502 The Independent "Emily Ratajkowski's latest
# photo shoot sparks fury"; 447 Sporting News "Baker Mayfield stats today: Buccaneers QB keeps Tampa Bay atop NFC South
# with sparkling showing vs. Packers" (a game report written after it, not a live blog; other articles name Mayfield
# only in fantasy picks and power rankings); 410 Business World "Strategizing for sustainable development" (the
# Philippines' development plan; 306, Business World's 2024 deficit budget, gives a debt ratio of about 63% and a 5.5%
# inflation forecast: no debt ratio and no forecast is asked, only 410's average for nine months); 398 TechCrunch
# "European neobroker Scalable Capital raises $65M on a flat $1.4B valuation"; 440 The Roar "'So used to seeing us
# winning': Healy denies Aussie era ending after India loss, calls for more Tests" (the women's one-off Test; the men's
# Cricket World Cup, asked by stop 28's fresh set, is another topic); 234 Engadget "Hitting the Books: We are the frogs
# in the boiling pot, it's time we started governing like it." (an excerpt of Democracy in a Hotter Time). None is asked
# about in tests/questions.py or tests/fresh_questions.py (searched their title words, names and topics: Messi, Inter
# Miami, Ronaldo, Al Nassr, Newell's, Kyncl, Warner Music, Code Conference, jellyfish, brain, Science News, AI Act,
# general purpose, foundation model, Ratajkowski, plus-size, body image, Mayfield, Buccaneers, Packers, Lambeau,
# Philippine, Business World, poverty, inflation, Scalable, neobroker, broker, Robinhood, Healy, women's cricket,
# Australia, authoritarian, Engadget, Hitting the Books, democracy; the hits are other topics: other articles of Science
# News, Business World and Engadget, Inter Miami's season tickets and Ronaldo's Piers Morgan interview, Warner's 10K
# Projects stake, Roblox at the Code Conference, the cavefish's brain, Robin Williams's brain disease, 564's deal named
# in a skip, the Philippines' House speaker, Blanchard's inflation target, the Davis Cup, Rugby Australia and TikTok in
# Australia). Five or six questions each (56: 12 answerable, 22 who, 22 counting), worded as a reader would ask, not in
# the sentence's words. Each expected phrase was checked in its article's clean text (qa.load + qa.clean over the
# shipped articles and corpus.json; no index, no model) and counted across all 612 articles (folded, case-folded; and in
# the records' body, author and source, as the tests read them); those found in other articles were tightened to a
# phrase found in that article alone: "Daniel Ek" (334, 461: Spotify's founder) -> "credit goes to Daniel Ek"; "David
# Bowie" (597) -> "publishing catalog of David Bowie"; "700 million" (54, 372, 422, 426, 531, 580) -> "700 million
# people in the world"; "My Body" (52, 137, 322, as "my body") -> "titled My Body"; "Godwin" (six others: fantasy
# advice) -> "caught 10 passes for 155 yards"; "Kirk Cousins" (six others) -> "Kirk Cousins (2018)"; "Balderton" (243)
# -> "Balderton is leading the round"; "Munich" (15 others) -> "Munich startup"; "600,000" (three others) -> "over
# 600,000 customers"; "75" (many) -> "chased down 75"; "eight wickets" (63, 64, 132, 409) -> "by eight wickets in
# Mumbai"; "Bangladesh" (48, 172, 409, 458) -> "T20 World Cup in Bangladesh"; "32" (many) -> "The supermodel, 32". The
# articles' curly apostrophes are left out of every phrase. Questions not asked because another article gives the fact,
# or gives it otherwise: who runs Warner Music Group (381), how Content ID works (381), the Messi-Ronaldo rivalry beyond
# their 35 meetings (41's Shaqiri picks Messi; 277 counts Ronaldo's 2023 goals), the Buccaneers' 34-20 score (282: the
# Lions' 34-20 win over Green Bay; not asked to keep the two apart), the AI Act's threshold, phases and AI Office (564),
# the Philippines' debt ratio (306: "about 63%", 410: "nearly 61%"), music streaming subscribers in the US (363). Ten
# near misses (a kept article's topic, a fact no article gives) and four one-word off-topic questions (one word shared
# with an article, nothing else), each checked by searching the clean text of all 612 articles for its key words and
# synonyms (the comments say what was searched). Every kind's count is even and the block is appended after every
# earlier question, so it splits evenly and no earlier question changes half.

_STOP45_MORE = _noted("stop 45 more articles", (
    # 535 Sporting News, Inter Miami's 2024 preseason friendlies
    held_multihop("who", "Which Saudi team does Inter Miami play three days before it faces Al Nassr?", "Al Hilal"),
    held_multihop("who", "Who is Inter Miami's sporting director?", "Chris Henderson"),
    held_multihop("counting", "How many times have Messi and Ronaldo played against each other?",
                  "squared off 35 times"),
    held_multihop("counting", "How many goals did Messi reportedly score as a youth player at Newell's Old Boys?",
                  "reportedly scored 234 goals"),
    held_multihop("answerable", "Why was Inter Miami's trip to China called off?", "commercial and bureaucratic",
                  "too difficult logistically"),
    # 455 Music Business Worldwide, Robert Kyncl at the Code Conference
    held_multihop("who", "Which Believe executive thinks tools to flag AI-generated music are nearly ready?",
                  "Denis Ladegallerie"),
    held_multihop("who", "Who did Warner Music's boss credit with forging the path for music streaming?",
                  "credit goes to Daniel Ek"),
    held_multihop("who", "Whose publishing catalog did Warner Music Group buy a few years ago?",
                  "publishing catalog of David Bowie"),
    held_multihop("counting", "How many people worldwide pay for premium music streaming, according to Warner Music's "
                  "CEO?", "700 million people in the world"),
    held_multihop("answerable", "Where was this year's Code Conference held?", "Laguna Niguel"),
    held_multihop("answerable", "What was Robert Kyncl's job at YouTube?", "Chief Business Officer"),
    # 261 Science News For Students, box jellyfish that learn without a brain
    held_multihop("who", "Who led the study that found box jellyfish can learn?", "Jan Bielecki"),
    held_multihop("who", "Which scientist wants more jellyfish tested before he believes they can learn?", "Brembs"),
    held_multihop("counting", "How many neurons does each rhopalium of a box jellyfish have?", "about 1,000 neurons"),
    held_multihop("counting", "How many jellyfish were put in the tank for the learning test?", "12 jellyfish"),
    held_multihop("counting", "How often were the jellyfish bumping into the tank wall by the end of the test?",
                  "0.78 per minute"),
    held_multihop("answerable", "Which journal published the box jellyfish learning study?", "Current Biology"),
    # 525 TechCrunch, the EU AI Act's rules for general purpose AI
    held_multihop("counting", "How long did the final talks on the EU's AI Act go on?", "marathon 38 hour talks"),
    held_multihop("answerable", "Why did the EU call them general purpose AI models rather than foundation models?",
                  "looking for a more generic term"),
    held_multihop("answerable", "When will the final text of the EU AI Act come out?", "likely in January or February"),
    held_multihop("answerable", "Is it easier to watermark AI-generated text or video?",
                  "better at watermarking videos and audio than watermarking text"),
    # 502 The Independent, Emily Ratajkowski's M Le Monde shoot
    held_multihop("who", "Who photographed Emily Ratajkowski's shoot for M Le Monde?", "Oliver Hadlee Pearch"),
    held_multihop("who", "Which plus-size model asked Emily Ratajkowski to give back the jeans?", "Holliday commented"),
    held_multihop("counting", "How old is Emily Ratajkowski?", "The supermodel, 32"),
    held_multihop("counting", "How big is the plus-size clothing market expected to be this year?", "$288bn"),
    held_multihop("answerable", "What is Emily Ratajkowski's book of essays called?", "titled My Body"),
    held_multihop("answerable", "What is Emily Ratajkowski's swimwear line called?", "Inamorata"),
    # 447 Sporting News, Baker Mayfield's perfect game at Lambeau Field
    held_multihop("who", "Who was the last visiting quarterback before Baker Mayfield to throw for 350 yards and four "
                  "touchdowns at Lambeau Field?", "Kirk Cousins (2018)"),
    held_multihop("who", "Which other quarterbacks have thrown for 375 yards and four touchdowns with a perfect passer "
                  "rating on the road?", "Nick Foles", "Ken O'Brien"),
    held_multihop("who", "Who runs the Green Bay Packers' defense?", "Joe Barry's Packers defense"),
    held_multihop("counting", "How many passing yards did Baker Mayfield have against the Packers?", "381 yards"),
    held_multihop("counting", "What was Baker Mayfield's passer rating at Lambeau Field?", "158.3"),
    held_multihop("counting", "How many catches did Chris Godwin have against Green Bay?",
                  "caught 10 passes for 155 yards"),
    # 410 Business World, the Philippines' plan for sustainable development
    held_multihop("who", "Who wrote Business World's article on the Philippines' strategy for sustainable development?",
                  "Noel P. Rabaja"),
    held_multihop("counting", "What was the Philippines' GNI per capita in 2022?", "$3,950"),
    held_multihop("counting", "What income per head does the Philippines need to become an upper middle-income "
                  "country?", "at least $4,466"),
    held_multihop("counting", "What was the poverty rate in the Philippines in 2021?", "18.1% in 2021"),
    held_multihop("counting", "What was the Philippines' average inflation in the first nine months of 2023?",
                  "inflation averaged 6.6%"),
    held_multihop("answerable", "Which country is the most disaster-prone in the world?",
                  "most disaster-prone country in the world"),
    # 398 TechCrunch, Scalable Capital's flat round
    held_multihop("who", "Who co-founded Scalable Capital?", "Erik Podzuweit", "Florian Prucker"),
    held_multihop("who", "Which investor led Scalable Capital's latest round?", "Balderton is leading the round"),
    held_multihop("who", "Which startup is Scalable Capital's biggest rival?", "Trade Republic"),
    held_multihop("counting", "How much did Scalable Capital raise in its latest round?", "€60 million in equity"),
    held_multihop("counting", "How many customers does Scalable Capital have?", "over 600,000 customers"),
    held_multihop("answerable", "Where is Scalable Capital based?", "Munich startup"),
    # 440 The Roar, Alyssa Healy after Australia's Test loss to India
    held_multihop("who", "Who captains Australia's women's cricket team?", "Alyssa Healy"),
    held_multihop("who", "Which Australian women's cricket stars have retired recently?",
                  "Meg Lanning and Rachael Haynes"),
    held_multihop("counting", "How many runs did India need in the fourth innings to beat Australia's women in Mumbai?",
                  "chased down 75"),
    held_multihop("counting", "By how many wickets did India's women beat Australia in the Test?",
                  "by eight wickets in Mumbai"),
    held_multihop("counting", "How many Tests have Australia's women played against India?",
                  "their first in 11 Tests against India"),
    held_multihop("answerable", "Where is the next women's T20 World Cup being played?", "T20 World Cup in Bangladesh"),
    # 234 Engadget, Hitting the Books: Democracy in a Hotter Time
    held_multihop("who", "Who edited Democracy in a Hotter Time?", "edited by David W. Orr"),
    held_multihop("who", "Who wrote the Hitting the Books excerpt on climate change, authoritarianism and the "
                  "internet?", "Holly Jean Buck"),
    held_multihop("who", "Which historian calls the pull of addictive notifications limbic capitalism?",
                  "David Courtwright"),
    held_multihop("who", "Who said post-truth is to digital capitalism what pollution is to fossil capitalism?",
                  "Evgeny Morozov"),
    held_multihop("counting", "How many people in the world live under authoritarian rule?",
                  "About four billion people"),
    *(held_abstain(q) for q in (
        # 535 tells of the Noche d'Or before it was played, with no result; "NYCFC", "New York City FC", "Noche d'Or",
        # "Night of Gold": 535 alone, and 88's NYCFC win over D.C. United in the playoff race.
        "What was the score of Inter Miami's Noche d'Or friendly against NYCFC?",
        # "Warner Music", "WMG", "Kyncl" within 300 characters of "revenue", "billion", "$", "earnings", "turnover",
        # "sales", "income": 212 (QC's $300 million sale, 10K Projects' stake), 363 (the music industry's revenue
        # drivers), 381 ("multibillion" AI enterprises), 455 (YouTube's Content ID business); no revenue of Warner's.
        "How much revenue did Warner Music Group make last year?",
        # 261 gives no lifespan; "jellyfish" elsewhere only 170 (a Fortnite skin); "jellyfish", "jellies", "cnidarian",
        # "rhopali" within 300 characters of "lifespan", "life span", "years", "months", "weeks", "live for", "old":
        # none; "lifespan", "life span", "life expectancy" elsewhere ChatGPT (48), HIV (238, 239), cancer (303), Retro
        # Biosciences (332), a diet (466).
        "How long do box jellyfish live?",
        # "Ratajkowski" in 502 alone, with no "tall", "height", "cm", "inches", "5'" within 400 characters ("feet": the
        # jeans fell at her feet).
        "How tall is Emily Ratajkowski?",
        # 525: "there's no budget nor headcount defined" for the AI Office; 564 names the office with no sum; "AI
        # Office" within 300 characters of "budget", "€", "euro", "million", "staff", "headcount", "hire": 525's
        # sentences and 163's chief AI officer only.
        "How big is the budget of the EU's new AI Office?",
        # "Mayfield" (57, 119, 179, 276, 343, 447, 544, 553) within 300 characters of "contract", "salary", "million",
        # "signed", "$", "paid", "earn": DraftKings prices (544's $5,300, 276's Evans at $8,500) and 57's "dealing with
        # injuries" only.
        "How much is Baker Mayfield's contract with the Buccaneers worth?",
        # 410 says CREATE "lowered the corporate income tax rate", no rate; "corporate income tax", "corporate tax",
        # "CIT rate": 410's sentence alone; "income tax" within 300 characters of "Philippine", "CREATE", "%": the same.
        "What is the Philippines' corporate income tax rate under the CREATE law?",
        # "Scalable", "Podzuweit" within 400 characters of "revenue", "profit", "sales", "turnover", "income",
        # "earnings", "loss": 398's "disposable income" of its users only ("Scalable" elsewhere is "scalable" as an
        # adjective: 262, 420, 458).
        "How much revenue does Scalable Capital make?",
        # 440 names no Indian player; "player of the match", "man of the match", "player of the series", "Harmanpreet",
        # "Mandhana", "Sneh Rana", "Vastrakar", "Deepti", "Jemimah", "Pooja": 63's Andre Russell (a men's T20I) only.
        "Who was player of the match when India's women beat Australia in the Mumbai Test?",
        # "Hotter Time", "Hitting the Books", "MIT Press", "David W. Orr" (234 alone) within 400 characters of "$",
        # "price", "cost", "pages", "hardcover", "paperback": none.
        "How much does the book Democracy in a Hotter Time cost?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # mangrove: 261 alone (the jellyfish steer between mangrove roots); no "salt water", "brackish",
        # "salt-tolerant"; "saltwater" only 283's saltwater country and 285's hydrogels.
        "How do mangrove trees survive in salt water?",
        # Grateful Dead: 234 alone (John Perry Barlow, its lyricist); no "Jerry Garcia", "Bob Weir", "lead singer";
        # "Barlow" elsewhere 118's Scott Barlow, a pitcher.
        "Who was the lead singer of the Grateful Dead?",
        # jeans: 165 (bootcut jeans), 502 (the oversized pair), 521 (a Kindle's denim colour); "shrink" elsewhere
        # brains, bezels, markets, a bond portfolio, never clothes; "laundry" is figurative, 190's microfibers or 520's
        # laundry room; "dryer" hair dryers and a smoothing dryer; no "washing machine", "tumble dry", "cold wash".
        "How do I stop my jeans from shrinking in the wash?",
        # tundra: 183 and 447 (Lambeau Field's frozen tundra), 213 (a game's freezing tundras); "Arctic" (and
        # "Antarctic") in six articles: ice melt, sea ice, auroras, deep-sea vents, a film; no "permafrost"; "Arctic" or
        # "tundra" within 300 characters of "°", "degree", "cold", "temperature", "freez", "below zero", "minus": an
        # Arizona heat wave, 213's game, 233's record temperatures, none of the tundra's.
        "How cold does the Arctic tundra get in winter?",
    )),
))


# --- stop 45's held-out set, rotated in -------------------------------------------------------------------------------
# Written by a helper at stop 45 without asking the product (28 questions on seven MultiHop-RAG articles drawn with seed
# 45, near misses, one-word off-topic questions) and reported unseen at stop 45 (answerable 0.6429, abstained 0.6429, at
# 38641cd); stop 46 writes its own held-out set (tests/fresh_questions.py), so these join the tunable set at the end, as
# written.

_STOP45_FRESH = _noted("stop 45 fresh set", (
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


# --- stop 46: questions from more articles ---------------------------------------------------------------------------
# Written by a helper at stop 46 (2026-12-07) without asking the product any question and without reading any benchmark
# log or failure list, as stop 45's block was. Articles: seed 146, `random.Random(146).sample(range(609), 60)` over
# corpus.json's records in file order, less the 3 of them (40, 454, 490) reserved for stop 46's held-out set
# (`random.Random(46).sample(range(609), 40)`), read in draw order (6 kept, 51 skipped; 74, 318 and 68 by the reasons
# earlier stops gave, unread; none of the 40 reserved articles was read; only six of the 57 pass the skip rules, so the
# block has six articles where ten were wanted, and no article outside the draw was taken). Skipped because a tunable
# question's expected phrase points at them (as tests/test_question_set.py's `_articles_asked` computes): 136 (the
# professors' tormenter, stop 38 more), 336 (Hikvision in the West Bank, stop 36's fresh set), 66 (Ozempic and stomach
# paralysis, stop 27's fresh set), 86 (Bankman-Fried as a boyfriend, stop 35's else2), 312 (the second AI Insight Forum,
# stop 25's other articles and stop 30's who else), 158 (Children's Nebraska's suicide prevention notes, stop 41's fresh
# set), 75 (Rainforest, stop 27's fresh set and stop 31's byline), 39 (Amazon and iRobot, stop 37 more), 33 (the
# publisher's antitrust suit against Google, stop 41's fresh set), 134 (Hamas's attack and Mossad, stop 35's fresh set),
# 593 (Pebble, stop 40's fresh set), 398 (Scalable Capital, stop 45 more), 397 (ASOS, stop 40 more), 505 (Discord's teen
# safety, stop 43 more), 348 (Craig Morgan, stop 35's fresh set), 585 (Mikaela Shiffrin's parents, stop 43 more), 110
# (Arteta and Pochettino, stop 37's fresh set), 248 (deepfakes and the EU's code of practice, stop 40 more), 173
# (Beyoncé's Renaissance film, stop 44 more), 26 (Mozilla's Mastodon server, stop 37 more), 178 (Sarah Michelle Gellar
# and Roblox, stop 40 more), 500 (the 49ers' cap space, stop 37 more), 594 (Lucas Goeller's liver, stop 41 more), 130
# (Marcus Urann's cranberries, stop 26's fresh set). Skipped because tests/questions.py asks about their topic: 162 (The
# Verge on Bankman-Fried's defence) and 9 (TechCrunch's SBF trial updates, also a running file): his trial is asked
# (stop 35's else2, as stop 44 skipped 83); 355 (Epic v. Google, stop 25's other articles, as stop 44 skipped it); 219
# (Ten Hag and United's Champions League campaign: stop 25's other articles ask 546, United out of Europe, and stop 44
# more asks 330, Ten Hag and Onana, as stop 39 skipped 13); 548 (the Cybertruck and pedestrians: the Cybertruck is
# asked, stop 36's forms and fresh set, as stop 41 skipped it); 436 (the quantum dots chemistry Nobel: stop 44 more asks
# 262, the same prize and Ekimov's quantum dots); 295 (Taylor Swift and Travis Kelce, stops 25 and 29's fresh sets); 402
# (Beeper Mini back after Apple's block: stop 36 more asks 540, Beeper Mini, and left out what 402 gives); 224 (Michigan
# beats Ohio State: the score is asked, stop 36's forms, as stop 45 skipped it); 462 (concert films: the Eras Tour film,
# as stop 39 skipped it; stop 44 more asks 173's Renaissance film); 357 and 74 (the daily ASX report, stop 31's byline);
# 333 (OpenAI's board and Altman's firing, skipped for it since stop 37); 24 (the EU's investigation of X: stop 38 more
# asks 153, as stop 39 skipped it). Skipped as live blogs: 143 (Dolphins vs. Eagles live score, as stops 36 and 39
# skipped it), 449 (Patriots vs. Broncos live score, as stop 45 skipped it). Skipped as round-ups: 150 (The Guardian's
# NFL roundup, game by game), 342 (The Roar's tennis news, story by story). Skipped as lists: 577 (UFC 295 predictions,
# best bets, odds, as stops 37 and 39 skipped it), 288 (fantasy injury updates, player by player), 198 (fantasy RB
# rankings), 595 (Prime Day headphone deals), 368 (NBA betting sites, as stop 37 skipped it), 428 (the 35 best couch
# co-op games for the Switch), 382 (new movies to watch this weekend, film by film), 318 (the small EVs lost in 2023, as
# stop 40 skipped it), 68 (The White Company's festive range, as stop 37 skipped it). Kept, in draw order: 423
# Essentially Sports "Unraveling Potential Reasons Why the Dodgers May Not Pursue Shohei Ohtani and Mike Trout in Free
# Agency Despite Their Availability" (a judgment call: stop 36's forms asks 531, the New York Times on Ohtani's $700
# million deal with the Dodgers, for his fastball's speed (and, as a near miss, his pitching record); 531 and 426 (the
# Ohtani rumors tracker) give Trout's $426.5 million deal, 531 Ohtani's elbow and Betts's contract; 423 is an opinion
# piece on the Dodgers' payroll and Trout's career, so nothing of Ohtani, his contract or his elbow is asked, nor
# Trout's record deal, only the Dodgers' payroll, Trout's salary, career and the Angels' season; 423's projection of
# Ohtani's deal, $535 million for 11 years, is not asked, since 531 reports the deal made); 341 Sporting News "Liam Paro
# responds to Shakur Stevenson sparring clip ahead of return vs. Montana Love"; 478 Sport Grill "Tottenham's Unbeaten
# Run Ends With 4-1 Home Loss to Chelsea" (379, Sporting News, breaks down the first half's VAR calls, and was skipped
# as a list by stop 38; 142, The Roar's Premier League weekend, gives the 4-1 score; neither is asked, and only what
# neither gives is asked here: the second half, Jackson's hat-trick, Postecoglou's run, the table; not the score (478's
# first line says "2-1 defeat" too), Kulusevski's opener, Romero's red card, Palmer's penalty or the referee); 345 The
# Guardian "Their kids died after buying drugs on Snapchat. Now the parents are suing"; 456 TechCrunch "French soccer
# players back African mobile video network StarNews Mobile in $3M round"; 458 TechCrunch "10 Minute School aims to
# democratize education for Bangladeshi students" (stop 43 more opened it early while checking topics and asked nothing
# of it). None is asked about in tests/questions.py or tests/fresh_questions.py beyond what is said above (searched
# their title words, names and topics: Ohtani, Trout, Dodgers, Angels, Freeman, Kershaw, Betts, Paro, Stevenson, Haney,
# Prograis, Montana Love, Tottenham, Spurs, Chelsea, Postecoglou, Pochettino, Jackson, Udogie, Maddison, Snapchat, Snap,
# fentanyl, overdose, Section 230, StarNews, Kamgaing, Janngo, Tchouaméni, Koundé, Maignan, Cameroon, creator economy,
# 10 Minute School, Bangladesh, edtech, Peak XV, Sequoia, Shikho, Khan Academy; the hits are other topics: 531's
# fastball, Spurs' loss to West Ham, Chelsea's games with Blackburn, Arsenal and Manchester United, Arteta and
# Pochettino's hotel, Snap's purchase of Zenly and Snap Map in Gaza, Ron Wyden and Section 230, John Belushi's overdose,
# Sequoia China's new name, Bangladesh in cricket). Nine or ten questions each (56: 12 answerable, 22 who, 22 counting),
# worded as a reader would ask, not in the sentence's words. Each expected phrase was checked in its article's clean
# text (qa.load + qa.clean over the shipped articles and corpus.json; no index, no model) and counted across all 612
# articles (folded, case-folded; and in the records' body, author and source, as the tests read them); those found in
# other articles were tightened to a phrase found in that article alone: "27-year-old" (220, 297, 330) and "The Prodigy"
# (308) not used; "Tchouaméni" (352: his goal for Real Madrid) -> "Tchouaméni of Real Madrid"; "Mike Maignan" (425:
# Milan's goalkeeper at Newcastle) -> "Maignan from AC Milan"; "$5.5 million" (422) -> "pre-Series A of $5.5 million";
# "in the 55th minute" (93) and "Marc Cucurella" (129, 142) not used; the articles' bylines are not in their clean text,
# so no "Who wrote" question is asked. The articles' curly apostrophes are left out of every phrase. Questions not asked
# because another article gives the fact, or gives it otherwise: Trout's record contract (426, 531), why Ohtani will not
# pitch in 2024 (531), who manages the Dodgers (120, 426: Dave Roberts), the Spurs-Chelsea score (142) and anything of
# the first half (379), Ron Wyden's part in Section 230 (256). Ten near misses (a kept article's topic, a fact no
# article gives) and four one-word off-topic questions (one word shared with an article, nothing else), each checked by
# searching the clean text of all 612 articles for its key words and synonyms (the comments say what was searched).
# Every kind's count is even and the block is appended after every earlier question, so it splits evenly and no earlier
# question changes half.

_STOP46_MORE = _noted("stop 46 more articles", (
    # 423 Essentially Sports, why the Dodgers may not sign both Ohtani and Trout
    held_multihop("who", "Which Dodgers pitcher is leaving the team this season?", "Clayton Kershaw is exiting"),
    held_multihop("who", "Which Dodgers player is paid $27 million a year?", "Freddie Freeman ($27 million)"),
    held_multihop("counting", "How much is the Dodgers' payroll this season?", "valued at $283 million"),
    held_multihop("counting", "How much does Mike Trout earn a year?", "annual salary of about $35.45 million"),
    held_multihop("counting", "How many years are left on Mike Trout's contract with the Angels?",
                  "seven years left on his Angels contract"),
    held_multihop("counting", "How many hits has Mike Trout had in his career?", "1624 hits"),
    held_multihop("counting", "How many Silver Slugger awards has Mike Trout won?", "nine-time Silver Slugger"),
    held_multihop("counting", "How many games did the Angels win this season?", "73-game win record"),
    held_multihop("answerable", "What nickname do Ohtani and Trout go by as a pair?", "Troutani"),
    held_multihop("answerable", "Why would the Dodgers be better off signing Trout than Ohtani?", "cheaper price tag"),
    # 341 Sporting News, Liam Paro on Shakur Stevenson's sparring clip
    held_multihop("who", "Who is Liam Paro fighting on his comeback?", "Montana Love"),
    held_multihop("who", "Who did Shakur Stevenson beat in the fight with the fewest punches landed?",
                  "Edwin De Los Santos"),
    held_multihop("who", "Who did Shakur Stevenson send the video of him sparring Liam Paro to?", "Bill Haney"),
    held_multihop("who", "Who was Liam Paro supposed to fight in Liverpool in March?", "Robbie Davies Jnr"),
    held_multihop("counting", "How many rounds have Liam Paro and Shakur Stevenson sparred?", "sparred over 80 rounds"),
    held_multihop("counting", "Where is Liam Paro ranked by the WBO now?", "now 11th in line"),
    held_multihop("counting", "How many times does Liam Paro want to fight in 2024?", "fight three times next year"),
    held_multihop("answerable", "Why did Liam Paro pull out of his world title fight in New Orleans?",
                  "Achilles tendon issue"),
    held_multihop("answerable", "When was the sparring video of Liam Paro and Shakur Stevenson filmed?",
                  "a video from 2019"),
    # 478 Sport Grill, Chelsea's win at Tottenham, the second half
    held_multihop("who", "Who scored a hat-trick for Chelsea at Tottenham?", "his first hat-trick as a Chelsea player",
                  "secured Jackson his first Premier League hat-trick"),
    held_multihop("who", "Which Tottenham players went off injured against Chelsea?",
                  "Mickey van de Ven and James Maddison"),
    held_multihop("who", "Which Tottenham player was sent off for a second yellow card against Chelsea?",
                  "Destiny Udogie was sent off"),
    held_multihop("who", "Which Chelsea defender did Pochettino take off at half-time at Tottenham?",
                  "Colwill though found himself hooked off"),
    held_multihop("counting", "How long was Ange Postecoglou's unbeaten home run before Chelsea beat Spurs?",
                  "52-match unbeaten home run"),
    held_multihop("counting", "How old is Nicolas Jackson?", "The 22 year-old"),
    held_multihop("counting", "How many Premier League games had Chelsea won after beating Tottenham?",
                  "fourth league win of the season"),
    held_multihop("answerable", "Where did Chelsea move to in the table after winning at Tottenham?",
                  "lifted them up to tenth"),
    held_multihop("answerable", "Where do Tottenham play after losing to Chelsea?", "trip to Wolves"),
    # 345 The Guardian, parents suing Snap over fentanyl bought on Snapchat
    held_multihop("who", "Who is the lead lawyer for the families suing Snap over fentanyl deaths?", "Matthew Bergman"),
    held_multihop("who", "Which law firm represents the parents suing Snapchat?", "Social Media Victims Law Center"),
    held_multihop("who", "Which father decided not to sue Snap after his son died from a fake pill?", "Ed Ternan"),
    held_multihop("who", "Which pharmacist's daughter died after buying a counterfeit pill on Snapchat?",
                  "Hanh Badger"),
    held_multihop("counting", "How many victims' families are suing Snap over drugs bought on Snapchat?",
                  "more than 65 victims"),
    held_multihop("counting", "How much did fentanyl overdose deaths among California teenagers rise?", "nearly 800%"),
    held_multihop("counting", "How long did Snapchat take to act on a mother's reports about her son's dealer?",
                  "took eight months"),
    held_multihop("answerable", "What law is Snap relying on to get the fentanyl lawsuit thrown out?",
                  "Section 230 of the Communications Decency Act"),
    held_multihop("answerable", "When is the hearing on Snap's motion to dismiss the parents' lawsuit?",
                  "scheduled for 18 October"),
    # 456 TechCrunch, StarNews Mobile's pre-Series A round
    held_multihop("who", "Who founded StarNews Mobile?", "Guy Kamgaing"),
    held_multihop("who", "Which firm led StarNews Mobile's latest funding round?", "Janngo Capital"),
    held_multihop("who", "Which footballers invested in StarNews Mobile?", "Jules Koundé of Barcelona",
                  "Tchouaméni of Real Madrid", "Maignan from AC Milan"),
    held_multihop("who", "Who founded Janngo Capital?", "Fatoumata Bâ"),
    held_multihop("counting", "How much did StarNews Mobile raise in its latest round?", "$3 million in pre-Series A"),
    held_multihop("counting", "How many subscribers does StarNews Mobile have?",
                  "active subscriber base of over 4 million"),
    held_multihop("counting", "How many people work at StarNews Mobile?", "currently with 40 employees"),
    held_multihop("counting", "How many new users did StarNews get from its Africa Cup of Nations coverage?",
                  "600,000 new users"),
    held_multihop("answerable", "In which country did StarNews Mobile start?", "Cameroon (where it started)"),
    held_multihop("answerable", "How do StarNews subscribers pay for it?", "pay using their airtime"),
    # 458 TechCrunch, 10 Minute School's pre-Series A round
    held_multihop("who", "Who founded 10 Minute School?", "Ayman Sadiq"),
    held_multihop("who", "Which investor led 10 Minute School's latest round?", "Conjunction Capital"),
    held_multihop("who", "Who is 10 Minute School's COO?", "Mirza Salman Hossain Beg"),
    held_multihop("who", "Which Bangladeshi edtech startup competes with 10 Minute School?", "Shikho"),
    held_multihop("counting", "How much did 10 Minute School raise in its pre-Series A?",
                  "pre-Series A of $5.5 million"),
    held_multihop("counting", "How many video lessons does 10 Minute School have?", "35,000 recorded video lessons"),
    held_multihop("counting", "What share of 10 Minute School's students are girls?", "34% are girls"),
    held_multihop("answerable", "What was Peak XV called before?", "formerly Sequoia Capital India"),
    held_multihop("answerable", "How did 10 Minute School get started?", "YouTube channel in 2015"),
    *(held_abstain(q) for q in (
        # 423 gives Trout's career hits, RBIs, WAR and .301 average, nothing of 2023 but two hand injuries; "Trout"
        # (416, 423, 426, 531) within 300 characters of "home run", "homer", "HR", "dinger": 531's Babe Ruth sentence
        # only.
        "How many home runs did Mike Trout hit in 2023?",
        # "Trout" within 300 characters of "batting", "average", "BA", ".3xx", "hitting": 423's career ".301 BA", its
        # better-than-average hitters and the average retirement age, 531's Ohtani fastball; no 2023 average.
        "What was Mike Trout's batting average in 2023?",
        # "Paro" (341 alone) within 400 characters of "trainer", "trains", "coach", "corner", "camp": Stevenson's camp,
        # the camps in Las Vegas and "an opposite corner"; no one named.
        "Who trains Liam Paro?",
        # "Paro" within 400 characters of "record", "unbeaten", "undefeated", a won-lost figure, "knockouts", "KOs",
        # "professional": only the record for the fewest punches landed (Stevenson's fight); 341 gives one knockout,
        # no record.
        "What is Liam Paro's professional record?",
        # "Maddison" and "van de Ven" are in 478 alone, with no "weeks", "months", "ankle", "hamstring", "out for",
        # "return", "scan", "sidelined" near them: only "two huge blows".
        "How long will James Maddison be out injured?",
        # "attendance", "crowd" (49 articles: other games and events) in none of 478, 379 or 142 (the three on the
        # game); no "spectators", "sell-out" or "NN,NNN fans" near Tottenham or Chelsea.
        "How many fans were at the Tottenham Hotspur Stadium for Spurs against Chelsea?",
        # 345 has no "damages", "compensation", "$", "million", "settle", "sum", "money"; "Snap" elsewhere Zenly,
        # Snap Map and Snapchat's hours, no suit.
        "How much money are the parents suing Snap asking for?",
        # 345 gives the rise (nearly 800%, "nearly doubled") and no count; "overdose" elsewhere only 227 (John
        # Belushi), "fentanyl" only 468 ("digital fentanyl"); no "NN,NNN deaths" or "deaths rose to" near either.
        "How many teenagers died of fentanyl overdoses in California in 2021?",
        # "StarNews" and "Kamgaing" are in 456 alone; its sums are rounds, payouts and GDP ($3 million, $8 million,
        # $900,000, $2 million, $1.8 million, $1 million, $70,000, $20 billion); no "price", "cost", "fee", "CFA",
        # "naira" (its "bundles, weekly subscriptions and daily plans" have no prices).
        "How much does a StarNews Mobile subscription cost?",
        # "10 Minute School" and "10MS" are in 458 alone, with no "employ", "staff", "headcount", "workers"; "team"
        # only "a separate sales team", "people" only its 100,000 YouTube followers (456 gives StarNews's 40).
        "How many people work at 10 Minute School?",
    )),
    *(replace(held_abstain(q), kind="one_word") for q in (
        # horoscopes: 456 alone ("jokes and horoscopes via telcos"); "astrolog" 392 (a film's astrological reader) and
        # 520 (a candle's astrology, "Accurate!" of its sign); no "zodiac", "star sign"; no "scien" near any.
        "Is there any scientific evidence that horoscopes work?",
        # Khan Academy: 458 alone (inspired 10MS's founder); no "Sal Khan", "Salman Khan"; "Khan" elsewhere Lina Khan
        # (48, 272), Shah Rukh Khan (94, 382), Shayaan Khan (106), Zaheer Khan (133), Arshad and Shahrukh Khan (307);
        # no "found", "start", "creat" near "Khan Academy".
        "Who founded Khan Academy?",
        # pharmacist: 230 (a trained pharmacist), 339 (Medino's lead pharmacist), 345 (Brooke Badger's mother);
        # "pharmacy" 253, 528, 597; no "become a pharmacist", "pharmacy school", "pharmacy degree", "Doctor of
        # Pharmacy"; "years", "degree", "study" near "pharmac" only drug research (309, 427) and Amazon Pharmacy.
        "How long does it take to become a pharmacist?",
        # Mackay: 341 alone (Paro's hometown); "Brisbane" in ten others (AFLW, NBL, tennis, a bookshop, a streamer);
        # no "km", "kilometres", "drive", "flight", "north of" near either ("Miles" only the Miles Franklin Award).
        "How far is Mackay from Brisbane?",
    )),
))


QUESTIONS: tuple[Question, ...] = _halves([
    *_FROM_FIRST_LISTS, *_ANSWERABLE, *_WHO, *_COUNTING, *_MISSPELT, *_NEAR_MISSES, *_OFF_TOPIC, *_ONE_WORD,
    *_FOLLOW_UPS, *_NEW_TOPICS, *_CONFLICTS,
    *(Question("conflict", q, figures=tuple((f,) for f in sorted(figs))) for q, figs in CONFLICTS
      if q not in {c.question for c in _CONFLICTS}),
    *_STOP24_FRESH, *_OTHER_ARTICLES, *_STOP25_FRESH, *_STOP26_FRESH, *_STOP27_FRESH, *_PROBE_28B,
    *_STOP28_FRESH, *_WHO_ELSE, *_BYLINES, *_WHICH, *_CORPUS, *_ACTS, *_OUTLET, *_STOP29_FRESH, *_ELSE2,
    *_STOP35_FRESH, *_FORMS36, *_STOP36_MORE, *_STOP36_FRESH, *_STOP37_MORE,
    *_STOP37_FRESH, *_STOP38_MORE, *_STOP38_FRESH, *_STOP39_MORE, *_STOP39_FRESH, *_STOP40_MORE, *_STOP40_FRESH,
    *_STOP41_MORE, *_STOP41_FRESH, *_STOP42_MORE, *_STOP42_FRESH, *_STOP43_MORE, *_STOP43_FRESH,
    *_STOP44_MORE, *_STOP44_FRESH, *_STOP45_MORE, *_STOP45_FRESH, *_STOP46_MORE,
])

