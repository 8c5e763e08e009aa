"""The best candidates re-scored by spaCy's parse (`qa.evidence`, `qa.fit`): for a "how many X", whether a figure
counts X for the party asked (a bare number joined by the sentence before that names X); for a name, date or place,
whether the entity recognizer finds one of the kind asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.aliases import aliases
from qa.amounts import CURRENCY_FIGURE, amount_fit, asks_amount
from qa.evidence import Facts, facts_of, mentions
from qa.fit import count_fit, entity_fit, reads_parse
from qa.question import Question
from qa.retrieve import Index
from qa.roles import other_title, role_of_person, states_role
from qa.senses import Senses
from qa.sentence_score import TYPE_PATTERNS, W_COVER, W_TYPE, Scored, cover, same_paragraph
from qa.tokens import tokenize
from qa.understand import Reading, same_name

# Best candidates parsed at query time (spaCy, ~5-15 ms a sentence on this 2-core machine under load): for a
# "how many X", the first PARSED_COUNTS of the top PARSED holding a number; for a name, date or place, the top
# PARSED_NAMES read by the entity recognizer alone (no parse, about 40% of the cost), and parsed too where the fit
# reads the parse (`qa.fit.reads_parse`).
PARSED, PARSED_COUNTS, PARSED_NAMES = 12, 8, 6
W_FIT = 0.25  # weight of the parsed fit (qa.fit), which replaces the word-pattern type fit for parsed sentences
# ... and for a name, date or place found by the entity recognizer: 0.25 -> 0.12 on SQuAD's tuning half (lead
# holds the answer 0.700 -> 0.708; our set's tuning half unchanged): a date or name must not carry a sentence that
# is about something else past the one that answers ("Building activity occurred... in the 17th century").
W_FIT_NAMES = 0.12
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_NAMES = _PLACES | {"ORG", "PERSON", "NORP"}  # spaCy reads "Mariupol" in a question as an ORG
PLACE_WINDOW = 300  # about two sentences: Volnovakha is named 226 characters before "Some 2,500 managed to flee"
ROLES = 2  # sentences stating the role a "who" asks, read besides the top PARSED_NAMES (`_names_head`)
EXTRA = 2  # sentences that deny an act, or give a sum, parsed besides those with a number first (`_count_head`)
_NEGATED = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE)
_SUM = re.compile(rf"{CURRENCY_FIGURE}|\d\s?(?:million|billion|trillion|bn|m)\b", re.IGNORECASE)
LOOK_AGAIN = 3 * PARSED  # how far down a "how many" looks when no figure in its count head fits (`_counted`)
FULL_FIT = 1.0  # ... where only a figure of the very thing asked, for the party asked, by the act asked, is taken
COUNTS = 0.3  # fit from which a figure counts the thing asked (not "hundreds of tanks", not a party unsaid)


def rescore(index: Index, question: Question, scored: list[Scored], weights: dict[str, float],
            head: list[Scored] | None = None) -> list[Scored]:
    """The best PARSED candidates (or those of `head`) re-scored by how their parse fits the answer asked (`qa.fit`),
    the rest ranked after them as unfit; a sentence that fits leads before one that does not. `weights`: the
    question's key terms and their idf (`qa.sentence_score.key_weights`), computed once by the caller."""
    reading = question.reading
    amount = asks_amount(question.text, reading)
    role = reading.role if question.expected == "person" and not reading.counted else ""
    if head is None and reading.counted:
        return _counted(index, question, scored, weights, _count_head(scored, reading, amount))
    if head is None:
        head = _names_head(scored, role)
    facts = facts_of([s.text for s in head], syntax=bool(reading.counted))
    # "Who is the CEO of X?": when a candidate says a person holds the role, one that does not (X's CFO) cannot answer
    held = [bool(role) and _role_held(index, role, reading, s, f) for s, f in zip(head, facts, strict=True)]
    asked, role = role, role if any(held) else ""
    if not reading.counted:  # parsed where the fit reads the parse: who a name is, whose a date is
        expected = question.expected or ""
        deeper = [i for i, s in enumerate(head) if reads_parse(expected, reading, s.text, facts[i])]
        for i, parsed in zip(deeper, facts_of([head[i].text for i in deeper]), strict=True):
            facts[i] = parsed
    senses = Senses.of(index.embedder)
    if reading.counted:  # one batch for the words likely compared; any other is embedded when first needed
        senses.prepare(sorted({c.noun for f in facts for c in f.counts} | {reading.counted}),
                       sorted({v for f in facts for c in f.counts for v in (c.verb, c.act)} | {reading.verb}))
    counted = set(tokenize(reading.counted))

    out: list[Scored] = []
    for s, f, holds in zip(head, facts, held, strict=True):
        if reading.counted:
            before = _before(index, s.row, f)
            fit, count = count_fit(f, _with_aliases(index, s.row, reading), s.text, before, senses,
                                   earlier(index, s.row))
            if not _places_named(index, s.row, reading) and not (  # "killed in Ukraine": a count from an article on
                    fit >= FULL_FIT and _places_named(index, s.row, reading, titled=True)):  # Gaza; a title: a full fit
                fit, count = -1.0, None
            at = count.at if count is not None else -1
            if fit < COUNTS and amount:  # "How much funding ...?": "$22 million in funding"
                fit, at = max((fit, at), amount_fit(f, reading, s.text, before[0], _around(index, s.row, titled=True)))
            bare = count is not None and not count.noun and not counted <= set(tokenize(s.text))
            gives = before[1] is None or any(c.noun for c in before[1].counts)  # the sentence before has a figure
            if bare and not gives and same_paragraph(index, s.row - 1, s.row):
                s = _joined_cover(question, weights, s, before[0])  # the sentence before joins the quote
            out.append(replace(s, score=s.base + _fit_term(fit), names_counted=fit >= COUNTS, counted_before=bare,
                               fit=fit, at=at))
        else:
            unfit = bool(role) and not holds or other_title(s.text, asked)  # X's CFO for X's CEO
            out.append(_name_scored(question, s, f, senses, unfit=unfit))
    parsed = {s.row for s in head}
    rest = [replace(s, names_counted=not reading.counted, fit=-1.0) for s in scored if s.row not in parsed]
    return sorted(out, key=lambda s: (_unfit(question, s) or bool(role) and s.fit < 0 or other_title(s.text, asked),
                                      -s.score, s.row)) + rest


def best(index: Index, question: Question, scored: list[Scored], weights: dict[str, float]) -> Scored | None:
    """`rescore(...)[0]` (None for no candidate), parsing no more of the head than it takes: for a name, place or
    kind asked (no count, no act's date), once no candidate held to a role is found in it, the candidates are read
    best possible first (a score of at most their base plus W_FIT_NAMES) until none left could beat the best read."""
    reading, expected = question.reading, question.expected or ""
    if reading.counted or expected == "date":
        return next(iter(rescore(index, question, scored, weights)), None)
    role = reading.role if expected == "person" else ""
    head = _names_head(scored, role)
    stating = [s for s in head if role and states_role(s.text, role)]  # only these may hold it
    facts = facts_of([s.text for s in stating], syntax=False)
    if any(_role_held(index, role, reading, s, f) for s, f in zip(stating, facts, strict=True)):
        return next(iter(rescore(index, question, scored, weights)), None)  # its fit reads every candidate
    found: tuple[tuple[bool, float, int], Scored] | None = None
    for hope, s in sorted(((False, -max(s.score, s.base + W_FIT_NAMES), s.row), s) for s in head):
        if found is not None and hope > found[0]:
            break
        read = _entity_scored(index, question, s, role)
        key = (_unfit(question, read) or other_title(s.text, role), -read.score, read.row)
        found = (key, read) if found is None or key < found[0] else found
    return None if found is None else found[1]


def _entity_scored(index: Index, question: Question, s: Scored, asked: str) -> Scored:
    """`s` re-scored as `rescore` does a name, place or kind asked, when no candidate holds the role `asked`."""
    expected = question.expected or ""
    facts = facts_of([s.text], syntax=False)[0]
    if reads_parse(expected, question.reading, s.text, facts):
        facts = facts_of([s.text])[0]
    return _name_scored(question, s, facts, Senses.of(index.embedder), unfit=other_title(s.text, asked))


def _name_scored(question: Question, s: Scored, facts: Facts, senses: Senses, *, unfit: bool) -> Scored:
    """`s` scored by how its entities fit the name, place or kind asked (-1 when `unfit`): at most its base plus
    W_FIT_NAMES, which `best` relies on. Nothing of the kind found: the entity recognizer misses things, so the word
    patterns' score stands."""
    fit, at = entity_fit(facts, question.expected or "", question.reading, question.text, senses)
    fit = -1.0 if unfit else fit
    return replace(s, score=s.base + W_FIT_NAMES * fit if fit > 0 else s.score, fit=fit, at=at)


def _counted(index: Index, question: Question, scored: list[Scored], weights: dict[str, float],
             head: list[Scored]) -> list[Scored]:
    """`rescore` of a "how many" over its count head; when no figure there counts the thing asked, over the head and
    up to PARSED_COUNTS more sentences holding a number, down to LOOK_AGAIN (the Echo Frames' "two action buttons" is
    the 13th candidate, below twelve on the glasses as a whole)."""
    out = rescore(index, question, scored, weights, head=head)
    taken = {s.row for s in head}
    more = [s for s in scored[PARSED:LOOK_AGAIN] if s.row not in taken and TYPE_PATTERNS["number"].search(s.text)]
    if any(s.names_counted for s in out) or not more:
        return out
    again = rescore(index, question, scored, weights, head=[*head, *more[:PARSED_COUNTS]])
    return again if again[0].fit >= FULL_FIT else out


def _count_head(scored: list[Scored], reading: Reading, amount: bool) -> list[Scored]:
    """The candidates a "how many" question parses: the first PARSED_COUNTS of the top PARSED holding a number; when
    it names a party, up to EXTRA more that say something is not done ("The U.S. is not providing fighter jets":
    none, `qa.fit.count_fit`), which hold no number; for a "how much X", up to EXTRA more among the top 2 * PARSED
    that give a sum and name X ("Revenue: $12.94 billion vs. $12.98 billion expected": `qa.amounts`)."""
    head = [s for s in scored[:PARSED] if TYPE_PATTERNS["number"].search(s.text)][:PARSED_COUNTS]
    taken = {s.row for s in head}
    extra = [s for s in scored[:PARSED] if reading.party and s.row not in taken and _NEGATED.search(s.text)][:EXTRA]
    thing = set(tokenize(reading.counted))
    extra += [s for s in scored[:2 * PARSED] if amount and s.row not in taken and _SUM.search(s.text)
              and thing <= set(tokenize(s.text))][:EXTRA]
    return sorted({s.row: s for s in (*head, *extra)}.values(), key=lambda s: (-s.score, s.row))


def _role_held(index: Index, role: str, reading: Reading, s: Scored, facts: Facts) -> bool:
    """Whether `s` says a person holds the `role` asked, in an article naming the names the question gives."""
    return role_of_person(s.text, role, _people(facts)) and _of_named(index, s.row, reading)


def role_held(index: Index, question: Question, s: Scored) -> bool:
    """Whether `s` answers "Who is the X of Y?" by its form: it names a person in the role X ("said CEO John Donahoe")
    and it, or its article's title, names Y ("Nike misses revenue expectations ..."; `qa.roles`, as `rescore` reads
    it). Its words and cosine say little else of Y, so the fitted decision of `qa.abstain` doubts it (p 0.01 for
    Nike's CEO). A question naming no Y ("Who was the receiver on ...?") is not answered so, nor one whose Y only
    the text near the sentence names ("leader of Russia": "underground leader Piłsudski" in an article on Warsaw)."""
    reading = question.reading
    names = [name for name, label in reading.entities if label in _NAMES]
    if question.expected != "person" or not reading.role or reading.counted or s.fit <= 0 or not names:
        return False
    titled = f"{index.articles[index.sentence_doc[s.row]].title}\n{s.text}"
    return (all(mentions(titled, name) for name in names)
            and _role_held(index, reading.role, reading, s, facts_of([s.text], syntax=False)[0]))


def _of_named(index: Index, row: int, reading: Reading) -> bool:
    """Whether the article's title or the text around the sentence names every name the question gives: Spotify's
    "CEO Daniel Ek" is not Nike's."""
    around = _around(index, row, titled=True)
    return all(mentions(around, name) for name, label in reading.entities if label in _NAMES)


def _people(facts: Facts) -> list[int]:
    """Where the sentence's PERSON entities start."""
    return [at for _, label, at in facts.entities if label == "PERSON"]


def _names_head(scored: list[Scored], role: str) -> list[Scored]:
    """The candidates a name, date or place question reads: the top PARSED_NAMES, and for a role asked ("Who is the
    CEO of X?") up to ROLES more among the top 2 * PARSED that state it (`qa.roles`)."""
    head = scored[:PARSED_NAMES]
    if role:
        head += [s for s in scored[PARSED_NAMES:2 * PARSED] if states_role(s.text, role)][:ROLES]
    return head


def _joined_cover(question: Question, weights: dict[str, float], s: Scored, before: str) -> Scored:
    """`s` (a bare number: "Some 2,500 managed to flee") with the counted thing and the names the sentence before
    gives in its cover (and base): that sentence, which gives no figure of its own, joins the quote. Not when the
    two leave a name the question gives unsaid ("fled Mariupol": Mariupol is only where Volnovakha lies)."""
    names = [name for name, label in question.reading.entities if label in _NAMES]
    if not all(mentions(f"{before} {s.text}", name) for name in names):
        return s
    named = {*tokenize(question.reading.counted), *(t for name in names for t in tokenize(name))}
    share = cover(weights, set(tokenize(s.text)) | (named & set(tokenize(before))))
    return replace(s, cover=share, base=s.base + W_COVER * (share - s.cover)) if share > s.cover else s


def _fit_term(fit: float) -> float:
    """The fit's share of the score: a sentence that fits gains up to W_FIT; one where the entity recognizer
    finds nothing of the kind loses no more than the word patterns took (W_TYPE): NER misses things."""
    return W_FIT * fit if fit > 0 else W_TYPE * fit


def _around(index: Index, row: int, *, titled: bool = False) -> str:
    """The text of the sentence's article within PLACE_WINDOW characters either side of it (`titled`: after the
    article's title, which names what the article is about)."""
    start, end = (int(x) for x in index.sentence_span[row])
    article = index.articles[index.sentence_doc[row]]
    near = article.text[max(0, start - PLACE_WINDOW):end + PLACE_WINDOW]
    return f"{article.title}\n{near}" if titled else near


def _with_aliases(index: Index, row: int, reading: Reading) -> Reading:
    """`reading` with the other names the sentence's article gives each party asked ("New York" for the Giants, where
    it writes "New York Giants": `qa.aliases`)."""
    if not reading.party:
        return reading
    text = index.articles[index.sentence_doc[row]].text
    more = [a for p in reading.party for a in aliases(text, p) if a not in reading.party]
    return replace(reading, party=(*reading.party, *dict.fromkeys(more))) if more else reading


def _places_named(index: Index, row: int, reading: Reading, *, titled: bool = False) -> bool:
    """Whether the text around the sentence (PLACE_WINDOW characters either side), its own paragraph however long
    ("In Stardew Valley you inherit a farm ... you can share a farm with up to three other players", 400 characters
    on), or with `titled` its article's title, names every place the counting question names: "killed in Ukraine" is
    not answered by a toll from an article on Gaza that mentions Ukraine once, far away. The title admits only a figure
    that fits fully (`rescore`): "the Echo Frames" (read as a place) by "The right side has two action buttons" in a
    review titled "Amazon's latest Echo Frames ...", not a squad table's "Bayern Munich 80" for "How many Bayern
    Munich players are in Nagelsmann's first Germany squad?". Who claims the figure is no place: "according to the
    US" is weighed by `qa.fit` (a figure its claimant does not give counts half), not required near the sentence."""
    text = f"{_around(index, row, titled=titled)}\n{_paragraph(index, row)}"
    return all(mentions(text, name) for name, label in reading.entities
               if label in _PLACES and not any(same_name(name, c) for c in reading.claimant))


def _paragraph(index: Index, row: int) -> str:
    """The paragraph holding sentence `row`: its article's text between the line breaks around it."""
    start, end = (int(x) for x in index.sentence_span[row])
    text = index.articles[index.sentence_doc[row]].text
    last = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:last if last >= 0 else len(text)]


def earlier(index: Index, row: int) -> str:
    """The text of the sentence's paragraph before it: what a bare number there may count."""
    start = int(index.sentence_span[row][0])
    text = index.articles[index.sentence_doc[row]].text
    return text[text.rfind("\n", 0, start) + 1:start]


def sentence_before(index: Index, row: int) -> str:
    """The sentence before `row` in its article, or "" for an article's first sentence."""
    if row < 1 or index.sentence_doc[row - 1] != index.sentence_doc[row]:
        return ""
    return index.sentence(row - 1).text


def _before(index: Index, row: int, facts: Facts) -> tuple[str, Facts | None]:
    """The sentence before `row` in its article, parsed when `row` gives a bare number (what does it count?)."""
    text = sentence_before(index, row)
    if not text:
        return "", None
    return text, (facts_of([text])[0] if any(not c.noun for c in facts.counts) else None)


def _unfit(question: Question, s: Scored) -> bool:
    """True when `s` may not lead while a sentence that fits can: no count of the thing asked, or for "Who is X?"
    no word of who X is. Another "who" is not held to a name: "teachers", "former convicts" answer it (SQuAD's
    tuning half: forcing a named sentence first, and abstaining when none was, cost 9 of 500 right leads, none
    gained; our set's tuning half never needed it)."""
    return (bool(question.reading.counted) and not s.names_counted) or (bool(question.reading.named) and s.fit <= 0)

