"""What a question asks, worked out once and passed down to retrieval, sentence scoring and abstention.

A follow-up is resolved against the chat history first; the text is cut to MAX_QUESTION_CHARS and folded like
the articles. Then: the kind of answer it expects (a figure, a duration, a person, a date, a place), what a
"how many" question counts, its key terms, the figure families it names, the capitalised names no article
mentions, and the publications and days it names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from qa.about_articles import looked_in
from qa.antecedents import PERSONAL, PLURAL, SINGULAR
from qa.clean import fold_text
from qa.conflicts import families_in
from qa.followup import key_terms, resolve, words
from qa.query import QueryHints, SourceMatcher, aliases, analyze
from qa.records import Correction
from qa.sparse import SparseIndex
from qa.spelling import Speller, respell
from qa.tokens import STOP_WORDS, tokenize
from qa.understand import Reading, read_question
from qa.unmentioned import unknown_names

AnswerType = Literal["number", "duration", "person", "date", "place"]
MAX_QUESTION_CHARS = 2000  # the model reads 256 word pieces; BM25 gains nothing from a 100 KB question

_COUNTING = re.compile(r"\bhow\s+(?:many|much)\s+(.+)", re.IGNORECASE | re.DOTALL)
# "How many [Leopard 2 tanks] has Poland sent?": what is counted runs to its first plural-looking word, a stop
# word, or COUNTED_WORDS words ("civilians" in "How many civilians fled Volnovakha?", not "Volnovakha").
COUNTED_WORDS = 3
_PLURAL = re.compile(r"[^\W\d_]{2,}[^s\W]s$")
# Words that say how something is counted or compared, not what: an answer need not repeat them ("How many
# times..." -> "three ACL tears", "How many days..." -> "from 1 to 63", "How much higher..." -> "twice").
MEASURE_WORDS = frozenset("""times time percent percentage number numbers amount amounts type types kind kinds sort
    sorts part parts more less fewer higher lower larger bigger greater longer older other different total
    money weight seconds minutes hours days weeks months years decades centuries miles mile kilometres kilometers km
    metres meters feet foot inches pounds kilograms kg tons tonnes dollars euros degrees acres hectares""".split())
# A text opening with one of these asks a question (it gets its "?" back when typed without one).
OPENING_WORDS = frozenset("""what which who whom whose when where why how is are was were do does did can could will
    would should shall may might must has have had""".split())
_BRACKETS = re.compile(r"\([^()]*\)")
MIN_ASKED_TERMS = 2  # a follow-up's own words that must remain for its bracketed context to leave its key terms
# A proper name a pronoun stands for ("China", "the Wagner Group's"): capitalised words, not "Switchblade drones".
_PARTY = re.compile(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:['’]s)?")
# Where a question's clauses part: each may rest on another article ("Did X report that A, while Y noted B?").
CLAUSE_EDGE = re.compile(r"[,;:?]|\b(?:and|while|whereas|but|as reported by|according to|that|which|who|whose)\b",
                         re.IGNORECASE)
# Words a sentence never says of its own report: its day and publication are in the article's metadata.
_NOT_SAID = frozenset(tokenize("january february march april may june july august september october november december "
                               "published reported report article"))


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a question (split at CLAUSE_EDGE): its text; its BM25 tokens; `key`, those that are the
    question's key terms; `said`, the key terms a sentence can hold (no number, no word of a publication the
    question names, no month: "TechCrunch ... published on October 7" is an article's metadata, not its text)."""

    text: str
    tokens: tuple[str, ...]
    key: frozenset[str] = frozenset()
    said: frozenset[str] = frozenset()


# "How deep is Dubai Creek?" asks for a measure, not a count: a figure with its unit (`qa.abstain`). "How much did the
# Warriors pay Curry?" asks for a sum of money as "How much does it cost?" asks for a price.
_MONEY = ("pay", "paid", "earn", "earned", "earns", "spend", "spent", "raise", "raised", "charge", "charged",
          "sell", "sold", "worth", "pledge", "donate", "invest", "valued", "fined", "owe", "owes", "owed")
_MEASURES = {"long": "duration", "deep": "depth", "tall": "height", "high": "height", "far": "distance",
             "wide": "width", "heavy": "weight", "old": "age", "fast": "speed", "cost": "price", "weigh": "weight",
             "money": "sum of money", **dict.fromkeys(_MONEY, "sum of money")}
_MEASURE = re.compile(r"\bhow\s+(?:(long|deep|tall|high|far|wide|heavy|old|fast)\b|"
                      r"much\s+(?:(money|in\s+(?:damages|fines|compensation))\b|"
                      r"(?:does|do|did|will|would|is|was|are|were|has|have|had)\s+[\w'’.-]+((?:\s+[\w'’.,:-]+){1,6})))",
                      re.IGNORECASE)
# "How far has Bank of America cut its fee?", "How high have prices risen?", "How far has Sunak pushed back the date?"
# asks how much something changed, in any figure ("from $35 to $10", "by 3%", "by five years"), not a distance or height
_CHANGED = re.compile(r"\b(?:cut|cuts|reduc\w*|fall|falls|fell|fallen|falling|drop\w*|ris(?:e|es|en|ing)|rose|rais\w*|"
                      r"increas\w*|decreas\w*|climb\w*|slip\w*|slid\w*|sink\w*|sank|sunk|plung\w*|gr[eo]w\w*|"
                      r"shr[iau]nk\w*|soar\w*|tumbl\w*|jump\w*|surg\w*|lower\w*|push\w*\s+back|delay\w*|postpon\w*)\b",
                      re.IGNORECASE)
# "How long is X?" asks a length or a time, by X; "How long does the façade stretch ...?" a length
_IS_OR_EXTENDS = re.compile(r"\s+(?:(?:is|was|are|were)\b|(?:\S+\s+){1,6}?(?:stretch|extend|span|measure)"
                            r"(?:es|s|ed)?\b)", re.IGNORECASE)
# "What is Canelo Alvarez worth?" asks a sum of money as "How much is he worth?" does
_WORTH = re.compile(r"\s*what(?:\s+(?:is|are|was|were)|['’]s)\s+.+\bworth\s*\??\s*$", re.IGNORECASE)
# ... the verb read by its stem, in any form ("paying", "pays", "costs"), as the first of the next few words
_MEASURED_ACTS = {t: _MEASURES[w] for w in ("cost", "weigh", *_MONEY) for t in tokenize(w)}


@dataclass(frozen=True, slots=True)
class Question:
    """A question as asked, as resolved against the chat, and what it asks for."""

    asked: str
    resolved: str
    text: str  # `resolved`, cut and folded: what retrieval and scoring read
    expected: AnswerType | None = None
    counted: str = ""  # the most specific word of what a "how many" question counts
    measure: str = ""  # what it asks to be measured ("depth", "price", "sum of money"; `measure_asked`), or ""
    key_terms: tuple[str, ...] = ()
    families: frozenset[str] = frozenset()  # figure families it names ("tanks", "personnel", ...)
    unknown_names: tuple[str, ...] = ()  # capitalised names no indexed chunk contains
    hints: QueryHints = QueryHints()
    corrections: tuple[Correction, ...] = ()  # misspelt words respelt as the corpus's words (qa/spelling.py)
    # spaCy's reading: counted noun, its party and claimant, entities (qa/understand.py); empty until `with_reading`,
    # which the answer step calls (ranking does not read it)
    reading: Reading = Reading()
    clauses: tuple[Clause, ...] = ()  # every clause holding a word, in order (`split_clauses`)

    @property
    def claims(self) -> tuple[Clause, ...]:
        """The clauses a sentence can hold (two `said` terms or more), each once: a multi-source answer quotes a
        sentence for each (`qa.claim_quotes`, which embeds them in a call of their own: in the question's call they are
        padded to its length, and the answer took 14 ms more at p50, benchmarks/RESULTS.md)."""
        out: list[Clause] = []
        for clause in self.clauses:
            if len(clause.said) >= 2 and all(clause.said != c.said for c in out):
                out.append(clause)
        return tuple(out)

    @property
    def has_words(self) -> bool:
        """False for a question of only punctuation, symbols, emoji or control characters."""
        return any(ch.isalnum() for ch in self.text)


def split_clauses(text: str, key_terms: Sequence[str] = (), sources: Sequence[str] = ()) -> tuple[Clause, ...]:
    """The clauses of `text` that hold a word, in order, read once for the three steps that search or quote them
    (`qa.diverse`, `qa.quote_pool`, `qa.claim_quotes`); `sources` are the publications the question names."""
    keys = set(tokenize(" ".join(key_terms)))
    named = _NOT_SAID | {t for source in sources for alias in aliases(source) for t in tokenize(alias)}
    out: list[Clause] = []
    for part in CLAUSE_EDGE.split(text):
        tokens = tuple(tokenize(part))
        if tokens:
            key = frozenset(t for t in tokens if t in keys)
            said = frozenset(t for t in key if t not in named and not t.isdigit())
            out.append(Clause(part.strip(), tokens, key, said))
    return tuple(out)


# "When ...?" asks a date, also after a lead-in ("According to the articles, when ...?"); a "when" opening a clause
# inside another question ("What gave the early dinosaurs an edge when oxygen levels fell?") does not.
_ASKS_WHEN = re.compile(r"(?:[^,?]*,)?\W*(?:(?:and|but|so|then)\s+)?(?:(?:until|since|by|from)\s+)?when\b")
# A question opening with another wh-word asks for what that word asks, whatever "how much" its clause holds later
# ("Which senator said he was impressed by how much ground the order covers?" asks a person)
_OPENS_OTHER = re.compile(r"(?:(?:(?!\bhow\b)[^,?])*,\s*)?(?:who|whom|whose|which|when|where)\b")
_COUNTS = re.compile(r"\b(how many|how much|what number|what percentage|what share|how large|how big)\b")


def expected_type(question: str) -> AnswerType | None:
    """What kind of thing the question asks for, from its wording."""
    q = question.lower()
    opened = _OPENS_OTHER.match(q) is not None
    if not opened and re.search(r"\bhow long\b", q):
        return "duration"
    if not opened and _COUNTS.search(q):
        return "number"
    if re.search(r"\b(who|whom|whose)\b", q):
        return "person"
    if _ASKS_WHEN.match(q) or re.search(r"\b(what year|what date|what day|what time)\b", q):
        return "date"
    if re.search(r"\b(where|(which|what) (country|countries|city|cities)|which islands?)\b", q):
        return "place"
    return None


def asked_terms(text: str) -> list[str]:
    """The key terms of what a question asks: a follow-up's context in brackets ("Which countries are its
    (Ukraine's foreign legion's) soldiers from?") is searched for, but the sentence that answers seldom repeats it
    ("Soldiers from the US, UK, Canada, Israel, Poland, and Croatia are known to be among them"); a person is
    named again ("he (Yevgeny Prigozhin)": "Led by Yevgeny Prigozhin, ... Wagner Group"), so that stays, and so does
    a party "it" or "they" stands for ("Has it (China) agreed to help?": "Beijing has 'already decided' to provide
    help" follows "reached out to Beijing"; without China, "agreed help" alone did not pass the abstention). A
    question asking one word alone keeps its context: "How deep is it (the Tsugaru Strait)?" without it is answered
    by any sentence saying "deep" (the deep sea, in a distractor)."""

    def context(m: re.Match[str]) -> str:
        before = text[:m.start()].split()
        pronoun = before[-1].lower() if before else ""
        named = pronoun in SINGULAR | PLURAL and _PARTY.fullmatch(m.group()[1:-1].strip())
        return m.group() if pronoun in PERSONAL or named else " "

    own = key_terms(_BRACKETS.sub(context, text))
    return own if len(own) >= MIN_ASKED_TERMS else key_terms(text)


def measure_asked(question: str) -> str:
    """What `question` asks to be measured ("depth" for "How deep is...?", "sum of money" for "How much did X pay?"),
    or "": such a question wants a figure with its unit, not a count of something."""
    m = _MEASURE.search(question)
    if m is None:
        return "sum of money" if _WORTH.match(question) else ""
    how = (m.group(1) or "").lower()  # "How [far] ...?"
    if how in ("far", "high", "fast") and _CHANGED.search(question, m.end()):  # a change
        return ""
    if how == "long" and _IS_OR_EXTENDS.match(question, m.end()):  # "How long is the race?"
        return "length or duration"
    if m.group(1) or m.group(2):
        return _MEASURES.get((m.group(1) or m.group(2)).lower(), "sum of money")  # "in damages": money
    return next((_MEASURED_ACTS[t] for word in m.group(3).split() for t in tokenize(word) if t in _MEASURED_ACTS), "")


def counted_thing(vocabulary: SparseIndex, question: str) -> str:
    """The most specific word (highest idf) of what a "how many" question counts, or "".

    "How many F-16 jets..." counts F-16s: passages that never name them give figures for other things.
    """
    m = _COUNTING.search(question)
    phrase: list[str] = []
    for word in words(m.group(1)) if m else ():
        if len(word) == 1:  # an initial: "U.S." reads as "U", "S" ("How many U.S. patients' records ...?")
            continue
        if word.lower() in STOP_WORDS or len(phrase) == COUNTED_WORDS:
            break
        if word.lower() not in MEASURE_WORDS and tokenize(word):
            phrase.append(word)
        if _PLURAL.match(word):
            break
    return max(phrase, key=lambda w: max(vocabulary.idf(t) for t in tokenize(w)), default="")


def sentence_form(text: str) -> str:
    """`text` with a capital first letter, and ending in "?" when it opens with a question word and ends with no
    punctuation (a closing bracket of a follow-up's context aside): a question typed "how many leopard tanks has
    poland sent" reads to the parser as one ("how many Leopard tanks" makes Leopard an organisation and the party;
    "How many..." does not), and the embedding model puts a question typed without its mark further from the
    sentence that answers it (0.470 vs 0.504 for "how long can Switchblade drones circle their targets")."""
    stripped = text.strip()
    if not stripped:
        return text
    stripped = stripped[0].upper() + stripped[1:]
    if (stripped.split(maxsplit=1)[0].lower() in OPENING_WORDS and "?" not in stripped
            and (stripped[-1].isalnum() or stripped[-1] == ")")):
        stripped += "?"
    return stripped


def normalise(text: str, speller: Speller | None) -> tuple[str, tuple[Correction, ...]]:
    """`text` cut, folded like the articles, respelt as the corpus's words (and capitals), in sentence form."""
    folded = fold_text(text[:MAX_QUESTION_CHARS]).strip()
    respelt, corrections = respell(folded, speller) if speller is not None else (folded, ())
    return sentence_form(respelt), corrections


def in_context(asked: str, history: Sequence[Mapping[str, Any]] | None, speller: Speller | None = None
               ) -> tuple[str, str, tuple[Correction, ...]]:
    """`asked` normalised, then rewritten against `history` (each turn normalised likewise, so a misspelt or
    lower-case follow-up is read as the words it means): (as typed, normalised; as rewritten; corrections)."""
    typed, corrections = normalise(asked, speller)
    return typed, resolve(typed, history, lambda turn: normalise(turn, speller)[0]), corrections


def parse_question(asked: str, history: Sequence[Mapping[str, Any]] | None = None, *, vocabulary: SparseIndex,
                   sources: SourceMatcher, speller: Speller | None = None, read: bool = True) -> Question:
    """`asked` normalised (misspelt words respelt, sentence form), resolved against `history`, and analysed
    against an index's vocabulary and sources. `resolved` is `asked` itself unless the question was rewritten as a
    follow-up. `read=False` leaves out spaCy's reading (`with_reading`): retrieval does not use it, and it costs
    ~20 ms."""
    typed, rewritten, corrections = in_context(asked, history, speller)
    resolved = asked if rewritten == typed else rewritten
    text = sentence_form(fold_text(rewritten[:MAX_QUESTION_CHARS]))
    expected, key, hints = expected_type(text), tuple(asked_terms(looked_in(text))), analyze(text, sources)
    measure = measure_asked(text)
    question = Question(
        asked=asked, resolved=resolved, text=text, expected=expected, measure=measure,
        counted=counted_thing(vocabulary, text) if expected == "number" and not measure else "", key_terms=key,
        families=frozenset(families_in(text)), unknown_names=unknown_names(vocabulary, text, speller),
        hints=hints, corrections=corrections, clauses=split_clauses(text, key, hints.sources),
    )
    return with_reading(question) if read else question


def with_reading(question: Question) -> Question:
    """`question` with spaCy's reading of it (`qa.understand`): the counted noun, its party, the entities, which
    the answer step scores with. Parsed once per question, and only where an answer is made."""
    text = question.text
    reading = read_question(text) if any(ch.isalpha() for ch in text) else Reading()
    if reading.counted.lower() in MEASURE_WORDS or question.expected != "number" or question.measure:  # how, not what
        reading = replace(reading, counted="", counted_mods=(), party=())
    counted = question.counted
    if reading.counted and counted.lower() in reading.verbs:  # "How many people escaped Volnovakha?": people
        counted = reading.counted
    return replace(question, reading=reading, counted=counted)
