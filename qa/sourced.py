"""Whether a question that names the publication of a report can be answered by the articles at hand.

"Considering a Bloomberg article on Sudan and a Reuters report on Sudan, ...?" asks what Bloomberg and Reuters
wrote. When no indexed article is from that publication (its `source` metadata), only an article that cites it can
answer; an answer quoted from an article that neither is from it nor names it reports someone else's words. So the
question abstains ("unsourced"). Read from spaCy's parse of the question: the publication is the name a report noun
takes ("a Reuters report", "Bloomberg's article", "an article by Variety", "a story from the BBC"), the agent of a
report verb ("as reported by The Wall Street Journal") or its subject ("What did MailOnline report ...?"); "according to
X" is left out (X is most often a person or a body, not a publication). When some candidate's article is from a
publication no article has as its source (a byline's "for MailOnline"), only such articles answer (`qa.outlet`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from qa.nlp import parse
from qa.question import Question
from qa.records import Abstention
from qa.retrieve import Index
from qa.sentence_score import Scored

REPORT_NOUNS = frozenset({"article", "report", "story", "piece", "column", "editorial", "op", "post", "feature",
                          "analysis", "interview", "segment"})
REPORT_VERBS = frozenset({"report", "publish", "write"})
_OWNS = frozenset({"compound", "poss", "nmod"})  # "a [Reuters] report", "[Bloomberg]'s article"
# A name the parser labels so is not a publication: "the November 9, 2023, article", "Taylor Swift's story".
_NOT_PUBLICATIONS = frozenset({"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "NORP", "MONEY", "PERCENT",
                               "QUANTITY", "EVENT"})
_ASKED = frozenset({"WDT", "WP", "WP$"})  # "which", "what", "who", "whose": the subject asked for, not one named
_PLACES = frozenset({"GPE", "LOC", "FAC"})  # "What did Ukraine report ...?": a government tells, not a publication


def _name(doc: Any, tok: Any) -> Any | None:
    """The name `tok` belongs to: its entity, else its run of proper nouns; None for any other word."""
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None:
        return None if ent.label_ in _NOT_PUBLICATIONS else ent
    if tok.pos_ != "PROPN":
        return None
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:tok.i + 1]


def _bare_apostrophe(tok: Any) -> bool:
    """Whether `tok` owns by a bare apostrophe, which may close a quoted title ("the 'NBA Rookie of the Year Odds'
    article") or end a plural ("the Pittsburgh Penguins' game report", parsed as the report's owner)."""
    return tok.dep_ == "poss" and any(c.dep_ == "case" and c.text in ("'", "’") for c in tok.children)


def _objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """The objects of `tok`'s prepositions among `preps` ("by" of "an article by Variety")."""
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _asked(doc: Any, subject: Any) -> bool:
    """Whether `subject` is what the question asks for ("Which newspaper", "What Institute": the small model parses
    the "What" apart), not a publication it names."""
    before = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return any(w.tag_ in _ASKED for w in subject.subtree) or before is not None and before.tag_ in _ASKED


def publications(text: str, *, determined: bool = False) -> list[tuple[int, int, str]]:
    """The publications `text` names as the teller of a report: (start, end, name), in order. `determined`: only
    of a report noun with a determiner or an owner ("the MailOnline article", "Bloomberg's report"; not "new AI
    features") or of a report verb."""
    doc = parse(text)
    found: list[tuple[Any, int]] = []  # a name's word, and the report noun it names the teller of (-1: a verb's)
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS:
            if not determined or any(c.dep_ in ("det", "poss") for c in tok.children):
                found += [(c, tok.i) for c in tok.children if c.dep_ in _OWNS and not _bare_apostrophe(c)]
                found += [(c, tok.i) for c in _objects(tok, ("by", "from"))]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in REPORT_VERBS:
            found += [(c, -1) for c in _objects(tok, ("by",))]
            # A passive verb's subject (the small model's nsubj of "When was the X Report published?") is what was
            # published, not who published it
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            found += [(c, -1) for c in tok.children if c.dep_ == "nsubj" and c.ent_type_ not in _PLACES
                      and not passive and not _asked(doc, c)]
    # Not a title holding its own report noun ("the IPCC Third Assessment Report": the thing asked about); a name
    # holding another ("Washington Post" of "a Washington Post report") is a publication.
    names = ((_name(doc, tok), noun) for tok, noun in found)
    return sorted({(n.start_char, n.end_char, n.text) for n, noun in names
                   if n is not None and not n.start <= noun < n.end})


def names_publication(text: str, name: str) -> bool:
    """Whether `text` names the publication `name` as written (a leading "The" aside), from a word's start: not "a
    variety of" for Variety, which `qa.evidence.mentions` (any case, a stem) would take; but "Business InsiderSandboxx"
    (a list whose comma the page lost) for Business Insider."""
    return re.search(rf"(?<!\w){re.escape(name.removeprefix('The '))}", text) is not None


def unknown(index: Index, text: str, *, determined: bool = False) -> list[str]:
    """The publications `text` names (`publications`) that no indexed article is from (its `source`)."""
    known = index.sources.spans(text)  # "a New York Times article": The New York Times, with its "The"
    return [name for start, end, name in publications(text, determined=determined)
            if not any(a < end and start < b for a, b, _ in known) and not index.sources.find(f"The {name}")]


def _told(index: Index, row: int) -> str:
    """The title, source and text of the article sentence `row` is from: where it may name a publication."""
    article = index.articles[int(index.sentence_doc[row])]
    source = str(article.metadata.get("source", "")) if article.metadata else ""
    return f"{article.title}\n{source}\n{article.text}"


def unsourced(index: Index, question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"unsourced" (the publication) when the question names a report's publication that no indexed article is from,
    and the first sentence's article (its title, source and text: the lead's, as `qa.answer` orders them) never names
    it either."""
    if not scored:
        return None
    told = _told(index, scored[0].row)
    missing = next((name for name in unknown(index, question.text) if not names_publication(told, name)), None)
    return None if missing is None else Abstention("unsourced", (missing,))
