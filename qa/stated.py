"""Whether the best sentences state the act a question asks about as it asks it: by the doer it names, and for a
"when", with a date of that act.

Near misses ask about the right topic but a fact no article gives. Two kinds the fitted decision (`qa.abstain`)
answered on the question set's tuning half, because the best sentence shares most of the question's words:
- "What did the Kremlin say about the warships in the Tsugaru Strait?" -> "Japan's Ministry of Defense released an
  image of a Russian warship ...": the question asks what one named party did, and none of the best sentences (nor
  the sentence before each, which a "he" may stand for) names that party;
- "When did Russia declare martial law?" -> "Such fears sparked rumours two weeks ago that Putin was about to
  declare martial law": the sentences state the act only as one that may happen, beside dates of other acts.
A rule keyed on the asked verb alone (abstain unless the best sentences hold it, or a verb the model puts near it)
was measured and not adopted: on SQuAD's tuning half it abstained on 10-91 of 500 questions (most answered right)
for 1-4 of the question set's 62 off-topic questions and near misses (benchmarks/RESULTS.md, "Near misses").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.acts import DATE_LABELS
from qa.countries import country_of
from qa.credit import ARTICLE_NOUNS
from qa.evidence import facts_of, mentions
from qa.fit import asked_acts
from qa.nlp import parse
from qa.question import Question
from qa.records import Abstention
from qa.rescore import sentence_before
from qa.retrieve import Index
from qa.senses import Senses
from qa.sentence_score import Scored
from qa.sourced import publications
from qa.understand import PARTY_LABELS

SURNAME_CHARS = 3  # a person named by surname alone: "Ward", not an initial
STATED_IN = 3  # the best candidates read for the asked act (as `qa.abstain`'s REVERSED_IN)
# Dates that only say "now": no date of any act ("still headquartered in Massachusetts to this day").
PRESENT = frozenset({"today", "this day", "now", "nowadays", "these days", "present day", "the present day"})


def unstated(index: Index, question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """Why the best sentences do not state the asked act as asked ("no_doer", "undated"), or None."""
    return unnamed_doer(index, question, scored) or undated(index, question, scored) or dated_now(question, scored)


def unnamed_doer(index: Index, question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"no_doer" (the doer) when the question asks what a named party did ("What did the Kremlin say ...?", "When
    did Russia declare ...?") and none of the best STATED_IN sentences, nor the sentence before each, names it: by
    its name or adjective (`qa.evidence.mentions`), by the same country's other name, demonym or capital
    (`qa.countries`: "the US" for "Washington", which the model puts at 0.54), or by a name the model puts as close
    as a noun counting the same thing ("the US" for "America" 0.78; not "Russia" for "the Kremlin", 0.47)."""
    frame = question.reading.frame
    actor = (frame.actor or role_doer(question.text, frame.lemma)) if frame is not None else ""
    if frame is None or not actor or not scored or actor in (n for _, _, n in publications(question.text)):
        return None  # "What did MailOnline report ...?": its articles tell it (`qa.sourced`), not their sentences
    texts = [t for s in scored[:STATED_IN] for t in (s.text, sentence_before(index, s.row)) if t]
    if any(mentions(t, actor) or _surname_named(t, actor, question) for t in texts):
        return None
    if not frame.actor:  # a role ("the pope"): the sentences name it, or do not state its act
        return Abstention("no_doer", (actor,))
    names = {name for facts in facts_of(texts, syntax=False) for name, label, _ in facts.entities
             if label in PARTY_LABELS}
    country = country_of(frame.actor)
    if country and any(country_of(name) == country for name in names):  # "the US" for "Washington"
        return None
    senses = Senses.of(index.embedder)
    senses.prepare([frame.actor, *sorted(names)])
    if any(senses.same_thing(name, frame.actor) for name in names):
        return None
    return Abstention("no_doer", (frame.actor,))


def _surname_named(text: str, actor: str, question: Question) -> bool:
    """Whether `text` names the person `actor` by surname alone, as articles do after the first mention ("Ward had
    told me" for "When did Missy Ward start doing SEO?"): a whole word of at least SURNAME_CHARS letters."""
    words = actor.split()
    if len(words) < 2 or len(words[-1]) < SURNAME_CHARS or (actor, "PERSON") not in question.reading.entities:
        return False
    return re.search(rf"\b{re.escape(words[-1])}\b", text) is not None


def role_doer(question: str, lemma: str) -> str:
    """The common noun that does the asked act when no name does ("pope" in "What did the pope say about climate
    change?"): the one subject of the question's own verb, with "the" ("the pope", not "people"). Not when the parse
    gives the verb two ("Who did [the churches claim] had suggested ...?")."""
    doc = parse(question)
    for token in doc:
        verb = token.head
        if (token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN") and verb.lemma_ == lemma and verb.dep_ == "ROOT"
                and token.lemma_.lower() not in ARTICLE_NOUNS  # "the articles", "the MailOnline article": where to
                # look, not who said it
                and sum(c.dep_ == "nsubj" for c in verb.children) == 1
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
            return token.text
    return ""


def undated(index: Index, question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"undated" (the act) when the best STATED_IN sentences state a "when" question's act (`qa.fit.asked_acts`) only
    as one that may happen (a verb's base form: "rumours two weeks ago that Putin was about to declare martial law"),
    beside dates of other acts (the rumours'), never with a date of its own (`qa.evidence.Act.dates`). Left to the
    fitted decision: the act stated as done ("revealing this week that Moscow has reached out to Beijing": the week
    may be the reaching's), a date of its own ("released an image of a warship carrying trucks ... on Wednesday
    morning" may date the release), no date at all ("When do plastoglobuli occur in linked groups?" -> "In old or
    stressed chloroplasts ...")."""
    frame = question.reading.frame
    if frame is None or frame.asks != "when" or question.expected != "date" or not scored:
        return None
    senses = Senses.of(index.embedder)
    beside_dates = False
    for facts in facts_of([s.text for s in scored[:STATED_IN]]):
        acts = asked_acts(facts, frame, senses)
        if any(not act.base_form or act.dates for act in acts):
            return None
        beside_dates = beside_dates or bool(acts and any(label in DATE_LABELS for _, label, _ in facts.entities))
    return Abstention("undated", (frame.act,)) if beside_dates else None


def dated_now(question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"undated" (the question's verb) when a question asking for a date is answered by best STATED_IN sentences whose
    only dates say "now" ("When was Ocean Spray founded?" -> "... to create Ocean Spray, still headquartered in
    Massachusetts to this day": the answer-kind fit took "this day" for a date). No date at all is left to the fit."""
    if question.expected != "date" or not scored:
        return None
    dates = [text.lower().removeprefix("to ") for facts in facts_of([s.text for s in scored[:STATED_IN]], syntax=False)
             for text, label, _ in facts.entities if label in DATE_LABELS]
    if not dates or any(d not in PRESENT for d in dates):
        return None
    return Abstention("undated", tuple(t.text for t in parse(question.text) if t.dep_ == "ROOT"))
