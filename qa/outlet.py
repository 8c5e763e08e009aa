"""What a publication named only in a byline reported: "What did the MailOnline article say about the Wagner Group?"
asks of the article written "for MailOnline" (no article's `source`), so only such articles answer, and what the
question looks for is the Wagner Group, not the words "MailOnline article" (`qa.answer`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from qa.bylines import byline
from qa.nlp import parse
from qa.retrieve import Index, Ranked
from qa.sentence_score import Scored
from qa.sourced import REPORT_NOUNS, REPORT_VERBS, names_publication, unknown
from qa.tokens import tokenize


def narrowed(index: Index, ranked: Ranked) -> tuple[Ranked, tuple[str, ...]]:
    """`ranked` with the words of the publications its question asks of left out of the key terms, when none is an
    article's source ("What did the MailOnline article say about X?" looks for X, not "MailOnline"), and those
    publications; `(ranked, ())` when it names none."""
    question = ranked.question
    names = tuple(unknown(index, question.text, determined=True))
    if not names:
        return ranked, ()
    said = set(tokenize(" ".join(names))) | _report_words(question.text, names)
    key = tuple(k for k in question.key_terms if not set(tokenize(k)) <= said)
    if not key:
        return ranked, ()
    clauses = tuple(replace(c, key=c.key - said, said=c.said - said) for c in question.clauses)
    return replace(ranked, question=replace(question, key_terms=key, clauses=clauses)), names


def _report_words(text: str, names: Sequence[str]) -> set[str]:
    """The BM25 tokens of the report nouns and verbs that take one of `names` ("article" of "the MailOnline article",
    "report" of "What did MailOnline report ...?")."""
    said = set(tokenize(" ".join(names)))

    def takes(tok: Any) -> bool:
        held = [c for c in tok.subtree if c.i != tok.i] if tok.pos_ == "NOUN" else [
            t for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
        return any(set(tokenize(t.text)) & said for t in held)

    return {x for tok in parse(text) if (tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS or
                                         tok.pos_ == "VERB" and tok.lemma_.lower() in REPORT_VERBS) and takes(tok)
            for x in tokenize(tok.text)}


def _written_for(index: Index, doc: int, names: Sequence[str]) -> bool:
    """Whether article `doc` is from one of the publications `names`: its source or title names it, or its byline
    says it was written for it ("By Chris Pleasance for MailOnline"); a mention elsewhere (an author's biography:
    "his work has been featured in Business Insider") is not."""
    article = index.articles[doc]
    source = str(article.metadata.get("source", "")) if article.metadata else ""
    if any(names_publication(f"{article.title}\n{source}", n) for n in names):
        return True
    line = byline(index, doc)  # parses the article's byline lines: only when its title and source do not tell
    return line is not None and any(re.search(rf"\bfor\s+(?:the\s+)?{re.escape(n.removeprefix('The '))}", line.text)
                                    for n in names)


def from_named(index: Index, names: Sequence[str], scored: Sequence[Scored]) -> list[Scored]:
    """The sentences of `scored` whose articles are from one of the publications `names` (`_written_for`), in order:
    the articles that can tell what the publication reported."""
    docs: dict[int, bool] = {}
    for s in scored:
        doc = int(index.sentence_doc[s.row])
        if doc not in docs:
            docs[doc] = _written_for(index, doc, names)
    return [s for s in scored if docs[int(index.sentence_doc[s.row])]]
