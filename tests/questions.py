"""Our question set over the shipped articles: answerable, unanswerable, follow-ups, conflicting figures.

Each answerable question names a phrase its lead quote must contain (after folding look-alike letters).
"""

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
