"""Who wrote an article, or which outlet published it, quoted from the article (`qa.credit` reads the question).

The article is the one the question describes: of the articles of the best-ranked passages (ranked as any question
is), the first whose title, publication and text hold most of the description's words (idf-weighted, DESCRIBED).
Its author is quoted, in this order, from a byline line of its text ("By Chris Pleasance for MailOnline"), from its
`author` field (its value as the file writes it, cited where it is written: `qa.places.field_place`), or from an
author's biography closing it ("..., Stavros Atlamazoglou is a seasoned defense journalist ..."); its outlet from
its `source` field, else a byline naming it ("... for MailOnline"); its date from its `published_at` field. An
article naming none abstains, saying so (`no_author`, `no_source`, `no_date`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from qa.copies import other_articles
from qa.credit import WRITERS
from qa.nlp import parse_many
from qa.records import Abstention, Answer, Passage, Quote
from qa.retrieve import Index, Ranked
from qa.shorten import LEAD_MAX
from qa.tokens import tokenize

TOP_ARTICLES = 10  # the articles of the best-ranked passages that may be the one described
# The share of the description's idf-weighted words the article must hold ("about Bakhmut casualties": both).
DESCRIBED = 0.75
BIO_TAIL = 0.75  # an author's biography closes the article: it starts past this share of its text
_OPENERS = frozenset({"by", "written", "words", "story", "reporting", "text"})  # "Written by X", "Words by X"
_JOINS = frozenset({",", "and", "&"})
_FOR_OUTLET = re.compile(r"\bfor\s+(?:the\s+)?[A-Z]")  # "... for MailOnline", "... for The Guardian"
_BIO_NOUNS = WRITERS | {"editor"}


def _described(index: Index, ranked: Ranked, topic: str) -> int | None:
    """The position of the article the question describes: of the top-ranked articles, the first holding DESCRIBED
    of the description's weight in its title, publication line or text (every article, with no description)."""
    weights = {t: index.bm25.idf(t) for t in dict.fromkeys(tokenize(topic))}
    holding = {t: set(np.unique(index.chunk_doc[index.bm25.rows_holding(t)]).tolist()) for t in weights}
    total = math.fsum(weights.values())  # summed exactly, whatever the order of the words
    seen: list[int] = []
    for row, _ in ranked.fused:
        doc = int(index.chunk_doc[row])
        if doc in seen:
            continue
        seen.append(doc)
        if not total or math.fsum(w for t, w in weights.items() if doc in holding[t]) >= DESCRIBED * total:
            return doc
        if len(seen) == TOP_ARTICLES:
            break
    return None


def _position(index: Index, doc_id: str) -> int | None:
    """The position of the article `doc_id` among the index's articles; None for "" (no article shown before)."""
    return index.position(doc_id) if doc_id else None


def _quote(index: Index, row: int, start: int, end: int) -> Quote:
    """The span `start:end` of sentence `row`'s text, quoted from the fullest copy of that sentence."""
    row = index.fullest_sentence(row)
    sentence = index.sentence(row)
    article = index.article(sentence.doc_id)
    a, b = sentence.start + start, sentence.start + end
    return Quote(text=article.text[a:b], doc_id=article.doc_id, title=article.display_title, path=article.path,
                 start=a, end=b, score=1.0, metadata=article.metadata, place=index.place(article, a, b),
                 also_in=other_articles(index.sentence_copies(row), index.sentence_doc, index.articles,
                                        article.doc_id))


def _byline_span(doc: Any) -> tuple[int, int] | None:
    """The characters of a byline opening a parsed sentence: "By" (or "Written by") and the names after it, the whole
    line when it states nothing else (no verb: "By Chris Pleasance for MailOnline"); None for any other sentence
    ("By June, the shine had worn off")."""
    at = 1 if len(doc) > 2 and doc[0].lower_ in _OPENERS - {"by"} and doc[1].lower_ == "by" else 0
    if len(doc) < at + 2 or doc[at].lower_ != "by" or doc[at + 1].ent_type_ != "PERSON":
        return None
    end = at + 1
    while end < len(doc) and (doc[end].ent_type_ == "PERSON" or doc[end].pos_ == "PROPN" or doc[end].text in _JOINS):
        end += 1
    if end < len(doc) and doc[end].dep_ == "case":  # "By Smith's account, ..."
        return None
    while doc[end - 1].text in _JOINS:
        end -= 1
    # A line stating nothing else ("By Chris Pleasance for MailOnline"; "Reporting by X; Writing by Y; Editing by Z",
    # its credits' gerunds are no statement) is quoted whole
    if not any(t.pos_ in ("VERB", "AUX") and not _credits(doc, t) for t in doc[at + 1:]):
        end = len(doc) - (1 if doc[-1].is_punct else 0)
    return doc[0].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _credits(doc: Any, tok: Any) -> bool:
    """Whether `tok` opens a credit: "Writing" or "Editing" (any -ing word) followed by "by"."""
    return tok.lower_.endswith("ing") and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "by"


def _for_outlet(quote: Quote | None) -> Quote | None:
    """A byline quote naming the outlet it was written for ("By Chris Pleasance for MailOnline"), else None."""
    return quote if quote is not None and _FOR_OUTLET.search(quote.text) else None


def _rows(index: Index, doc: int) -> list[int]:
    return np.flatnonzero(index.sentence_doc == doc).tolist()


def byline(index: Index, doc: int) -> Quote | None:
    """The article's first byline line (`_byline_span`), quoted; None when it has none."""
    rows = [r for r in _rows(index, doc) if (w := index.sentence(r).text.split(maxsplit=1)) and
            w[0].lower() in _OPENERS]
    for row, parsed in zip(rows, parse_many([index.sentence(r).text for r in rows]), strict=True):
        if (span := _byline_span(parsed)) is not None:
            return _quote(index, row, *span)
    return None


def _is_bio(doc: Any) -> bool:
    """Whether a parsed sentence says a person is a writer: "X is a seasoned defense journalist", "X, a columnist",
    "A ... Columnist, X, is ..." (the name in apposition to the role)."""
    for ent in (e for e in doc.ents if e.label_ == "PERSON"):
        root = ent.root
        named = [root, root.head] if root.dep_ == "appos" else [root]
        roles = [*named[1:], *(c for t in named for c in t.children if c.dep_ == "appos"),
                 *(c for t in named if t.dep_ == "nsubj" for c in t.head.children if c.dep_ == "attr")]
        if any(t.lemma_.lower() in _BIO_NOUNS for t in roles):
            return True
    return False


def biography(index: Index, doc: int) -> Quote | None:
    """The author's biography closing the article (`_is_bio`, past BIO_TAIL of its text), quoted; None if none."""
    tail = BIO_TAIL * len(index.articles[doc].text)
    rows = [r for r in _rows(index, doc) if index.sentence(r).start >= tail
            and _BIO_NOUNS & {w.lower().strip(",.") for w in index.sentence(r).text.split()}]
    for row, parsed in zip(rows, parse_many([index.sentence(r).text for r in rows]), strict=True):
        if _is_bio(parsed):
            return _quote(index, row, 0, min(len(parsed.text), LEAD_MAX))
    return None


def field(index: Index, doc: int, key: str) -> Quote | None:
    """The article's metadata field `key` quoted: its value, cited where its file writes it; None when it has none."""
    article = index.articles[doc]
    value = str(article.metadata.get(key, "")) if article.metadata else ""
    if not value:
        return None
    return Quote(text=value, doc_id=article.doc_id, title=article.display_title, path=article.path, start=0, end=0,
                 score=1.0, metadata=article.metadata, place=index.field_place(article, key), field=key)


def credited(index: Index, question: str, ranked: Ranked, passages: Sequence[Passage], shown: str = ""
             ) -> Answer | None:
    """The answer to "Who wrote / which outlet published the article about X?": the credit quoted, or why not; None
    for any other question, and for "Which outlet, X or Y, ...?" (the question names the outlets: a comparison). "Who
    wrote this article?" (no description) asks of the article the answer before quoted (`shown`, its doc_id)."""
    q = ranked.question
    credit = q.reading.credit
    if credit is None or credit.asks == "source" and q.hints.sources:
        return None
    common = {"question": question, "passages": tuple(passages), "resolved_question": q.resolved,
              "corrections": q.corrections}
    if q.unknown_names:
        return Answer(abstention=Abstention("unknown_names", q.unknown_names), **common)
    doc = _described(index, ranked, credit.topic) if credit.topic else _position(index, shown)
    if doc is None:  # "Who wrote this article?" with no article quoted before: ask which
        return Answer(abstention=Abstention("unsupported" if credit.topic else "unshown"), **common)
    if credit.asks == "source":  # its source field, else a byline naming the outlet ("By X for MailOnline")
        quote = field(index, doc, "source") or _for_outlet(byline(index, doc))
    elif credit.asks == "date":
        quote = field(index, doc, "published_at")  # `qa.formats` reads "published_at", "date" or "published" so
    else:
        quote = byline(index, doc) or field(index, doc, "author") or biography(index, doc)
    if quote is None and credit.asks == "date" and credit.topic:
        return None  # "When did the Tribune publish its Tesla article?" with no date field: the text may say
    if quote is None:
        why = Abstention(f"no_{credit.asks}", (index.articles[doc].display_title,))
        return Answer(abstention=why, **common)
    return Answer(lead=(quote,), **common)

