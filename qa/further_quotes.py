"""Which copies and which sources an answer quotes: the fullest copy of each sentence, and one sentence from each
publication a multi-source question needs.

A sentence repeated in a cut-down copy is quoted from the fullest article holding it (`qa.copies`), the others
named under "also in". A question naming two or more publications ("as reported by both The Verge and
TechCrunch") gets the best sentence from each; a comparison with fewer named ("both", "compared with", "before
... reported") gets the best sentence from a second article too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from qa.candidates import best_sentence, score_sentences
from qa.claim_quotes import clause_sentences
from qa.conflicts import figures
from qa.filters import source_key
from qa.named import name_sentence
from qa.quote_pool import (
    MAX_QUOTES,
    Candidate,
    capped,
    clause_score,
    copies,
    inside,
    merged,
    pool,
    question_terms,
    with_neighbour,
)
from qa.records import Quote
from qa.retrieve import Index, Ranked
from qa.sentence_score import Scored, same_paragraph

# A named publication's best sentence is quoted when it scores at least this (the abstention bar is 0.42: a
# source the question names is worth quoting a little below it). Chosen on MultiHop-RAG's even half.
MIN_SOURCE_SCORE = 0.3
# Differing figures are looked for in the fused top FIGURE_POOL chunks that give a figure of the thing counted,
# not only in the answer's candidates: in a bigger index other articles' figures fall below the first ten.
FIGURE_POOL = 100
_NAME = re.compile(r"(?<!^)\b[A-Z][^\W\d_]{2,}")  # a capitalised word after the first: "Russia", "Ukraine"
SEVERAL_RATIO = 0.5  # a further article's best sentence, as a share of the lead's score, for a multi-source question
# MultiHop-RAG's questions need 2 to 4 articles; 5 quoted (4 -> 5 on its even half: source recall +0.03, fact
# recall +0.01 for half a quote more per answer) since the first article quoted is not always one of them.
MAX_ARTICLES = 5
# Up to MORE_ARTICLES articles past MAX_ARTICLES are quoted while the answer has room (kind "more", dropped before
# all but a clause's lower sentences: even half, simulated, source recall +0.02, fact recall +0.006).
MORE_ARTICLES = 2
LEAD_SECOND = 0.8  # the lead article's next best sentence is quoted at this share of the lead's score (fact recall)


def in_fullest_copy(index: Index, s: Scored) -> Scored:
    """`s` moved to the copy of its sentence in the fullest article; kept where it is when the sentence before it
    joins the quote (`counted_before`) and the fullest article does not have that one right before it too."""
    row = index.fullest_sentence(s.row)
    if row == s.row:
        return s
    if s.counted_before and not (index.sentence_dup[row - 1] == index.sentence_dup[s.row - 1]
                                 and same_paragraph(index, row - 1, row)):
        return s
    sentence = index.sentence(row)
    return replace(s, row=row, doc_id=sentence.doc_id, text=sentence.text)


def fullest_copies(index: Index, scored: Sequence[Scored]) -> list[Scored]:
    """Every candidate moved to its fullest copy (order and scores unchanged)."""
    return [in_fullest_copy(index, s) for s in scored]


def _best_where(index: Index, ranked: Ranked, keep: Callable[[int], bool], allowed: Callable[[], np.ndarray]
                ) -> Scored | None:
    """The best candidate sentence among the chunk rows `keep` accepts: from the fused list when it holds some,
    else from a search restricted to the chunk mask `allowed()` (and to the question's filter, `ranked.allowed`)."""
    fused = [(row, score) for row, score in ranked.fused if keep(row)]
    if not fused:
        mask = allowed() if ranked.allowed is None else allowed() & ranked.allowed
        lists = index.candidates(ranked.question, ranked.query_vector, index.settings.candidates, mask)
        fused = index.fuse(ranked.question, lists, ranked.query_vector, allowed=mask)
    if not fused:
        return None
    found = best_sentence(index, Ranked(ranked.question, ranked.bm25, ranked.dense, fused, ranked.query_vector,
                                        ranked.allowed))
    return in_fullest_copy(index, found) if found is not None else None


def _named_sources(index: Index, ranked: Ranked, docs: set[str]) -> list[Scored]:
    """The best sentence of each publication the question names that no article in `docs` is from."""
    out: list[Scored] = []
    for group in ranked.question.hints.groups:
        keys = {source_key(s) for s in group}  # one publication however it is spelt or subdivided, as `chunk_mask`
        if any(source_key(index.article(d).metadata.get("source", "")) in keys for d in docs):
            continue
        best = _best_where(index, ranked,
                           lambda row, k=keys: source_key(index.article_source[index.chunk_doc[row]]) in k,
                           lambda g=group: index.chunk_mask(sources=list(g)))
        if best is not None and best.score >= MIN_SOURCE_SCORE and best.doc_id not in docs:
            out.append(best)
            docs.add(best.doc_id)
    return out


def per_source(index: Index, ranked: Ranked, scored: Sequence[Scored], quotes: Sequence[Quote]) -> list[Candidate]:
    """For a question that needs several reports (`QueryHints.several`), beside `quotes` (the lead first): one
    sentence from each publication it names that no quote comes from; the lead article's next best sentence when
    it scores LEAD_SECOND of the lead (a second clause's fact); then the best sentence of each further article of
    the fused top chunks scoring at least SEVERAL_RATIO of the lead, up to MAX_ARTICLES articles in all, MORE_ARTICLES
    more while there is room (`qa.quote_pool`: clause-aware scores); then each clause's best sentences not quoted yet
    (`qa.claim_quotes`), and for a "who / which" question the best sentence naming in full the name the quotes share,
    when none does (`qa.named`). Those of one paragraph a sentence apart are joined, and at most MAX_QUOTES quotes
    are given in all (`qa.quote_pool.capped`). [] for other questions."""
    if not scored or not quotes or not ranked.question.hints.several:
        return []
    docs = {doc for quote in quotes for doc in (quote.doc_id, *quote.also_in)}
    out = ([Candidate(s.row, s.doc_id, s.score, kind="named") for s in _named_sources(index, ranked, docs)]
           if len(ranked.question.hints.groups) >= 2 else [])
    terms = question_terms(index, ranked)
    candidates = pool(index, ranked, terms)
    lead = quotes[0]
    top = clause_score(terms, scored[0].base, lead.text)
    spans = [(q.doc_id, q.start, q.end) for q in quotes]
    by_row = {c.row: c for c in candidates}
    second = next((c for c in candidates if c.doc_id == lead.doc_id and not inside(index, c.row, spans)), None)
    if second is not None and second.score >= LEAD_SECOND * top:
        joined = with_neighbour(index, second, by_row)
        out.append(replace(joined if not any(inside(index, r, spans) for r in joined.quoted_rows) else second,
                           kind="second"))
    for c in candidates:
        if len(docs) >= MAX_ARTICLES + MORE_ARTICLES or c.score < max(MIN_SOURCE_SCORE, SEVERAL_RATIO * top):
            break
        if c.doc_id not in docs:
            kind = "further" if len(docs) < MAX_ARTICLES else "more"
            out.append(replace(with_neighbour(index, c, by_row), kind=kind))
            docs |= copies(index, c.row)
    spans += [(index.sentence(r).doc_id, *(int(x) for x in index.sentence_span[r])) for c in out for r in c.quoted_rows]
    out += [c for c in clause_sentences(index, ranked, terms, candidates) if not inside(index, c.row, spans)]
    out = capped(merged(index, out), MAX_QUOTES - len(quotes))
    texts = [*(q.text for q in quotes), *(_text(index, c) for c in out)]  # the name is looked for in what is kept
    name = name_sentence(index, ranked.question.text, texts, candidates)
    return out if name is None else capped([*out, replace(name, kind="name")], MAX_QUOTES - len(quotes))


def _text(index: Index, c: Candidate) -> str:
    first, last = index.sentence(c.quoted_rows[0]), index.sentence(c.quoted_rows[-1])
    return index.article(first.doc_id).text[first.start:last.end]


def figure_pool(index: Index, ranked: Ranked, scored: Sequence[Scored], families: frozenset[str]) -> list[Scored]:
    """`scored` (its best first, then the rest by score) joined by the best sentences of the fused top FIGURE_POOL
    chunks that give a figure of one of `families` ("214 tanks"; none named: the best sentence's) in an article
    naming every name the question does ("Russia"), one per near-duplicate group."""
    families = families or frozenset(f.family for f in figures(scored[0].text)) if scored else families
    if not scored or not families or not ranked.fused:
        return list(scored)
    head = [hit for hit in ranked.fused[1:FIGURE_POOL]
            if any(f.family in families for f in figures(index.chunk_text(hit[0])))]
    # The overall best chunk leads the sub-list, so chunk-rank priors stay on the scale of `scored`'s.
    more = score_sentences(index, Ranked(ranked.question, ranked.bm25, ranked.dense, [ranked.fused[0], *head],
                                         ranked.query_vector, ranked.allowed))
    groups = {int(index.sentence_dup[s.row]) for s in scored}
    names = [n.lower() for n in _NAME.findall(ranked.question.text)]  # whose figure: its article must name them
    extra = [s for s in fullest_copies(index, more) if int(index.sentence_dup[s.row]) not in groups
             and any(f.family in families for f in figures(s.text))
             and all(n in index.article(s.doc_id).text.lower() for n in names)]
    return [scored[0], *sorted([*scored[1:], *extra], key=lambda s: (-s.score, s.row))]
