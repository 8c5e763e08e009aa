"""What a conversation's earlier answers already quoted, so that a "who else" follow-up quotes something new.

A question asking for more than the conversation found ("And who else has?", `qa.followup.asks_for_more`) is
answered without the sentences the earlier answers of its thread quoted (their near-duplicate copies too) and, for a
"who else", without the sentences naming no one but the parties those answers or the question already named. The
earlier answers are made again from their own questions by `qa.answer` (the same index gives the same quotes), not
read back from the chat's text, whose form (Markdown, the UI's HTML with each citation's context) is the edge's.
What a "who else" asks for is a new party saying or doing it: among what is left, a sentence whose subject (or the
X of "according to X") is a party none of them named, with a claim verb or the question's own verb, leads
(`new_claims`); a country, a group or an organisation is such a party as a person is ("Ukraine says ..."). In a
thread that asks a count, a "who else" asking the figure again wants that count from another party (`thread_count`,
`counted_again`): the Pentagon's Russian dead, then Oryx's, not Zelensky's count of Ukraine's own dead. Another
question asking for more ("What else did Oryx say?") wants something new of the same thing: the sentences restating a
number the earlier answers stated come after the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from qa.followup import PARTY_NOUNS, message_text
from qa.nlp import parse, parse_many
from qa.question import Question
from qa.records import Quote
from qa.rescore import COUNTS, rescore
from qa.retrieve import Index
from qa.sentence_score import TYPE_PATTERNS, Scored, key_weights

# Entities that can answer a "who": people, organisations, countries and cities, nationalities and groups.
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
EARLIER = 4  # at most this many earlier turns of one "who else ... who else" thread are answered again
# Verbs by which a party gives a claim, by lemma ("Ukraine says", "the US and Europe put the figure lower", "Oryx
# added"); the question's own verb counts too ("Who else has supplied ...?": "Western nations have supplied").
CLAIM_LEMMAS = frozenset("""say claim admit acknowledge estimate report believe assess put warn predict tell write note
    add expect think argue state announce confirm insist suggest forecast reckon tweet accord""".split())
CLAIM_DEPTH = 30  # the best fresh sentences parsed for a new party's claim (each parse ~5-15 ms on this machine)
_OWN = frozenset({"compound", "amod", "poss", "nmod"})  # "British intelligence", "Britain's ministry"
_NOT_FIGURES = frozenset({"DATE", "TIME", "ORDINAL"})
_DULL = frozenset({"be", "have", "do", "else", "say", "tell"})  # "Who else says X?" asks for X, not for a saying
# "Who else gave an estimate?" asks for the thread's figure again, of no other thing ("... estimated Russia's losses?")
_GIVING = CLAIM_LEMMAS | {"give", "count"}
_FIGURE_NOUNS = frozenset({"estimate", "figure", "number", "count", "toll", "tally", "one"})


@dataclass(frozen=True, slots=True)
class Given:
    """What earlier answers of the thread quoted: their sentences' near-duplicate groups (`Index.sentence_dup`) and
    the keys of the parties they name (`name_keys`); and the question that began the thread."""

    groups: frozenset[int] = frozenset()
    names: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()  # the numbers they state (`stated_figures`), dates and ordinals aside
    thread: Question | None = None  # the first question, which the "who else"s after it ask more of

    def __or__(self, other: Given) -> Given:
        return Given(self.groups | other.groups, self.names | other.names, self.figures | other.figures,
                     self.thread or other.thread)


def earlier_turn(history: Sequence[Mapping[str, Any]] | None) -> tuple[str, list[Mapping[str, Any]]] | None:
    """The last user question of `history` and the chat before it; None when there is none (or `history` is not a
    list of messages: answering the question says so)."""
    if not isinstance(history, Sequence) or isinstance(history, str | bytes):
        return None
    for i in range(len(history) - 1, -1, -1):
        turn = history[i]
        if isinstance(turn, Mapping) and turn.get("role") == "user" and (text := message_text(turn.get("content"))):
            return text, list(history[:i])
    return None


def name_keys(name: str, label: str) -> frozenset[str]:
    """How a party is recognised again: its name in lower case without "the" or "'s"; a person by the surname too
    ("Yevgeny Prigozhin" is "Prigozhin" later)."""
    key = " ".join(name.lower().removeprefix("the ").removesuffix("'s").removesuffix("’s").split())
    return frozenset({key, key.split()[-1]} if label == "PERSON" and key else {key} - {""})


def _parties(texts: Sequence[str]) -> list[list[tuple[str, str]]]:
    """The parties each text names: (name, label) pairs, from the entity recognizer alone."""
    return [_named(doc) for doc in parse_many(texts, syntax=False)]


def _named(doc: Any) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents if e.label_ in PARTY_LABELS]


def stated_figures(doc: Any) -> frozenset[str]:
    """The numbers a parsed text states in digits ("1,292", "214"), without their commas; not those of a date, a time
    or an ordinal ("November 18", "2023")."""
    return frozenset(t.text.replace(",", "") for t in doc if t.like_num and any(c.isdigit() for c in t.text)
                     and t.ent_type_ not in _NOT_FIGURES)


def _groups(index: Index, quotes: Iterable[Quote]) -> frozenset[int]:
    """The near-duplicate groups of the sentences `quotes` span (an article the index no longer holds: none)."""
    groups: set[int] = set()
    for q in quotes:
        try:
            rows = index.sentence_rows(q.doc_id, q.start, q.end)
        except KeyError:  # the index changed since: that article is gone
            continue
        groups.update(int(index.sentence_dup[row]) for row in rows)
    return frozenset(groups)


def quoted(index: Index, quotes: Iterable[Quote]) -> Given:
    """What `quotes` give: the near-duplicate groups of the sentences they span and the parties they name."""
    quotes = list(quotes)
    docs = parse_many([q.text for q in quotes], syntax=False)
    names = {key for doc in docs for name, label in _named(doc) for key in name_keys(name, label)}
    return Given(_groups(index, quotes), frozenset(names), frozenset().union(*map(stated_figures, docs)))


def new_only(index: Index, scored: Sequence[Scored], given: Given, asked: str, who: bool) -> list[Scored]:
    """`scored` without the sentences `given` quoted and, for a "who else" (`who`), without those naming parties
    but none that `given` or the question `asked` does not name already; for another question asking for more ("What
    else did Oryx say?"), the first CLAIM_DEPTH stating a figure `given` stated come after the rest: they say
    again what was quoted ("... including 214 tanks, according to Oryx")."""
    fresh = [s for s in scored if int(index.sentence_dup[s.row]) not in given.groups]
    if not who:
        return _unrepeated(fresh, given.figures)
    if not fresh:
        return fresh
    known = given.names | {key for name, label in _parties([asked])[0] for key in name_keys(name, label)}
    named = _parties([s.text for s in fresh])
    return [s for s, parties in zip(fresh, named, strict=True)
            if not parties or any(not name_keys(name, label) & known for name, label in parties)]


def thread_count(given: Given, asked: str) -> Question | None:
    """The thread's "how many" question, its claimant left out, when the "who else" `asked` asks the same figure of
    another party ("How many Russian troops have died according to the Pentagon?" / "Who else gave an estimate?");
    None when the thread quoted nothing or asks no count, or the question names another act or thing ("Who else has
    sent tanks?", "Has anyone else estimated Russia's losses?")."""
    thread = given.thread
    if not given.groups or thread is None or not thread.reading.counted or not _same_figure(asked):
        return None
    return replace(thread, reading=replace(thread.reading, claimant=()))


def counted_again(index: Index, counting: Question, scored: list[Scored]) -> list[Scored]:
    """The sentences of `scored` counting what the thread counts (`thread_count`), of its party, whoever gives the
    figure (`qa.rescore`'s fit): another side's toll is no other estimate."""
    numbered = [s for s in scored[:CLAIM_DEPTH] if TYPE_PATTERNS["number"].search(s.text)]
    fits = {s.row for s in rescore(index, counting, numbered, key_weights(index, counting), head=numbered)
            if s.fit >= COUNTS}
    return [s for s in scored if s.row in fits]


def _same_figure(asked: str) -> bool:
    """Whether a question asking for more asks for the same figure: no verb but giving one, no noun but its name."""
    doc = parse(asked)
    return (all(t.lemma_.lower() in _GIVING | _DULL for t in doc if t.pos_ == "VERB")
            and all(t.lemma_.lower() in _FIGURE_NOUNS for t in doc if t.pos_ in ("NOUN", "PROPN")))


def _unrepeated(scored: list[Scored], figures: frozenset[str]) -> list[Scored]:
    """`scored` with those of its first CLAIM_DEPTH that state one of `figures` moved behind the others."""
    if not figures or not scored:
        return scored
    head = scored[:CLAIM_DEPTH]
    again = [bool(stated_figures(doc) & figures) for doc in parse_many([s.text for s in head], syntax=False)]
    return ([s for s, seen in zip(head, again, strict=True) if not seen] + scored[CLAIM_DEPTH:]
            + [s for s, seen in zip(head, again, strict=True) if seen])


def _party(tok: Any) -> list[tuple[str, str]]:
    """The party entity `tok` or a word owning it belongs to ("Ukraine", "British" of "British intelligence"), or the
    noun phrase of a party noun ("Western nations", `qa.followup.PARTY_NOUNS`)."""
    out = []
    for t in (tok, *(c for c in tok.children if c.dep_ in _OWN)):
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end and e.label_ in PARTY_LABELS), None)
        if ent is not None:
            out.append((ent.text, ent.label_))
    if not out and tok.lemma_.lower() in PARTY_NOUNS:
        owners = [c for c in tok.children if c.dep_ in _OWN]
        out.append((tok.doc[min([tok.i, *(c.i for c in owners)]):tok.i + 1].text, "NORP"))
    return out


def claiming(doc: Any, verbs: frozenset[str]) -> list[tuple[str, str, str]]:
    """The parties `doc` says claim something, as (name, label, verb lemma): the subjects, with their conjuncts, of a
    verb whose lemma is in `verbs` ("which" stands for its noun), and the X of "according to X" (verb "accord")."""
    heads: list[tuple[Any, str]] = []
    for tok in doc:
        verb = tok.head.lemma_.lower()
        if tok.dep_ == "nsubj" and verb in verbs:
            heads.append((tok.head.head if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" else tok, verb))
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            heads.append((tok, "accord"))
    return [(name, label, verb) for head, verb in heads for t in (head, *head.conjuncts) for name, label in _party(t)]


def asked_verbs(asked: str) -> frozenset[str]:
    """The lemmas of the question's own verbs (not "be", "have", "do", "say"): "Who else estimated ...?" asks who
    estimates."""
    return frozenset(t.lemma_.lower() for t in parse(asked) if t.pos_ == "VERB" and t.lemma_ not in _DULL)


def new_claims(scored: Sequence[Scored], given: Given, resolved: str, acts: frozenset[str]) -> list[Scored]:
    """The first CLAIM_DEPTH of `scored` in which a party that neither `given` nor the question (as `resolved`)
    names claims something or does one of the `acts` asked (`claiming`), in their order; only those stating an act
    asked ("Has anyone else estimated ...?": "The Pentagon estimates ...") when there are some."""
    known = given.names | {key for name, label in _parties([resolved])[0] for key in name_keys(name, label)}
    head = list(scored[:CLAIM_DEPTH])
    new = [{verb for name, label, verb in claiming(doc, CLAIM_LEMMAS | acts) if not name_keys(name, label) & known}
           for doc in parse_many([s.text for s in head])]
    claims = [(s, verbs) for s, verbs in zip(head, new, strict=True) if verbs]
    return [s for s, verbs in claims if verbs & acts] or [s for s, _ in claims]


def repeats(index: Index, quote: Quote, given: Given) -> bool:
    """True when every sentence `quote` spans was quoted before (in `given`)."""
    return bool(given.groups) and _groups(index, [quote]) <= given.groups  # no parse: only the groups count
