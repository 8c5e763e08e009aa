"""answer(): pick the sentences that answer a question and quote them verbatim, with citations; or abstain.

Candidate sentences are scored (`qa.candidates`) and the learned ranker picks the lead among the best (`qa.lead`),
joined by a neighbour when the answer spans both; sentences from other articles giving different figures of the
same thing are shown as differing; a question needing several reports quotes one sentence per article
(`qa.further_quotes`), another question the sentences of other articles that score almost as well. A name no article
mentions, a "how many X" that no candidate names, or a best sentence the fitted decision of `qa.abstain` does
not trust means an abstention, with the closest sentences shown as related, not an answer. Below an answer, the
sentences ranked next after the lead are shown too, for a reader to read on when the lead does not answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Unpack

from qa import abstain
from qa.about_articles import about_articles
from qa.bars import MIN_SCORE, structural_abstention
from qa.bylines import credited
from qa.candidates import score_sentences
from qa.conflicts import differing, figures
from qa.conversation import (
    EARLIER,
    Given,
    asked_verbs,
    counted_again,
    earlier_turn,
    new_claims,
    new_only,
    quoted,
    repeats,
    thread_count,
)
from qa.copies import other_articles
from qa.dates import as_of
from qa.dialog import rank_in_context
from qa.filters import ArticleFilter, FilterArgs, make_filter
from qa.followup import asks_for_more, unresolved_person
from qa.further_quotes import figure_pool, fullest_copies, per_source
from qa.lead import choose, continued, learned_order
from qa.outlet import from_named, narrowed
from qa.records import Abstention, Answer, Passage, Quote
from qa.retrieve import Index, Ranked, cached_index
from qa.sentence_score import Scored, joining
from qa.shorten import LEAD_MAX, clause_span

SUPPORT_RATIO = 0.85  # a supporting quote from another article scores at least this share of the lead's
# A differing figure must come from a sentence scoring at least this share of the lead's. 0.6 -> 0.5 on the
# question set's tuning half (realistic corpus): Bakhmut's 3,466 tanks scored 0.598 of the lead, 5,348 vehicles 0.548.
CONFLICT_RATIO = 0.5
# A neighbour in the same paragraph scoring this share of the lead's joins the lead quote. SQuAD (500 even /
# 500 odd questions): 0.9 -> lead holds the answer 0.714 / 0.736, 0.7 -> 0.738 / 0.766, at 2-sentence leads
# 12% -> 34% of the time: the answer is often the sentence after the one that restates the question.
JOIN_RATIO = 0.7
# The sentences the learned model ranks next after the lead, shown below an answer (`Answer.related`): of the question
# set tune half's 111 wrong leads (stop 42), the next two held the answer 50 times.
RUNNERS_UP = 2


@dataclass(frozen=True, slots=True)
class Told:
    """What the conversation already quoted (`qa.conversation`), and whether the question asks who else."""

    given: Given = Given()
    who: bool = False
    acts: frozenset[str] = frozenset()  # what the "who else" asks who did: its verbs, else the earlier question's
    article: str = ""  # the article the answer before quoted first: "Who wrote this article?" asks of it
    pronoun: str = ""  # "he" of a first question naming no one (`qa.followup.unresolved_person`): ask who


def _quote(index: Index, rows: Sequence[int], score: float) -> Quote:
    """A quote spanning sentence rows (consecutive, one article), naming the articles that repeat it."""
    first, last = index.sentence(rows[0]), index.sentence(rows[-1])
    article = index.article(first.doc_id)
    also = other_articles((other for row in rows for other in index.sentence_copies(row)), index.sentence_doc,
                          index.articles, article.doc_id)
    return Quote(text=article.text[first.start:last.end], doc_id=article.doc_id, title=article.display_title,
                 path=article.path, start=first.start, end=last.end, score=score, metadata=article.metadata,
                 also_in=also, as_of=as_of(article.text, first.start, last.end),
                 place=index.place(article, first.start, last.end))


def _lead_rows(index: Index, lead: Scored, by_row: Mapping[int, Scored], counting: bool,
               key_terms: Sequence[str]) -> list[int]:
    """The sentence that answers, joined by the one before when only it names what is counted. A count that fits
    stands alone; otherwise a neighbour in the same paragraph that scores almost as well joins when both fit in
    a lead quote, and, when the lead holds the kind of answer asked (a name, a date...), only if it does too;
    failing that (and on the same condition), the next sentence when it holds asked words the lead lacks
    (`qa.lead.continued`)."""
    if lead.counted_before and len(index.sentence(lead.row - 1).text) + len(lead.text) < LEAD_MAX:
        return [lead.row - 1, lead.row]
    if counting and lead.fit > 0:
        return [lead.row]
    fits = [row for row in (lead.row - 1, lead.row + 1) if lead.fit <= 0 or (row in by_row and by_row[row].fit > 0)]
    other = joining(index, lead.row, lead.score, {row: by_row[row].score for row in fits if row in by_row},
                    JOIN_RATIO, LEAD_MAX)
    if other is None and (after := continued(index, key_terms, lead.row)) in fits:
        other = after
    return [lead.row] if other is None else sorted([lead.row, other])


def _lead(index: Index, lead: Scored, by_row: Mapping[int, Scored], counting: bool,
          key_terms: Sequence[str]) -> Quote:
    """The lead quote: its sentence (or two), cut to the clauses around the answer when over LEAD_MAX."""
    rows = _lead_rows(index, lead, by_row, counting, key_terms)
    quote = _quote(index, rows, lead.score)
    offset = index.sentence(lead.row).start - quote.start
    start, end = clause_span(quote.text, offset + max(lead.at, 0))
    if (start, end) == (0, len(quote.text)):
        return quote
    span = (quote.start + start, quote.start + end)
    return replace(quote, text=quote.text[start:end], start=span[0], end=span[1],
                   place=index.place(index.article(quote.doc_id), *span))


def _differing(index: Index, scored: Sequence[Scored], lead_quote: Quote, families: frozenset[str]) -> list[Quote]:
    """Quotes from different articles whose figures of the same thing disagree (the lead among them)."""
    lead = scored[0]
    families = families or frozenset(f.family for f in figures(lead.text))
    if not families:
        return []
    # Any sentence that counts the thing asked for the party asked (`qa.fit`) competes; others must score close.
    pool = [s for s in scored if s.score >= CONFLICT_RATIO * lead.score or (s.fit > 0 and s.names_counted)]
    picked = differing([(s.doc_id, s.text) for s in pool], set(families))
    return [lead_quote if pool[i].row == lead.row else _quote(index, [pool[i].row], pool[i].score) for i in picked]


def _runners_up(index: Index, scored: Sequence[Scored], order: Sequence[int], cited: Sequence[Quote]
                ) -> tuple[Quote, ...]:
    """Up to RUNNERS_UP sentences the learned model ranks best (`order`: `qa.lead.learned_order` of `scored`, in hand
    order) that overlap no quote `cited` (the lead's among them): where to read on when the lead misses. An abstention's
    closest sentences stay in hand order: the learned order of sentences that do not answer flips on a 1e-3 change in
    the vectors (a Ray build's against an in-process one's, tests/test_ray_build.py)."""
    out: list[Quote] = []
    for i in order:
        sentence = index.sentence(scored[i].row)
        if not any(q.doc_id == sentence.doc_id and q.start < sentence.end and sentence.start < q.end
                   for q in (*cited, *out)):
            out.append(_quote(index, [scored[i].row], scored[i].score))
        if len(out) == RUNNERS_UP:
            break
    return tuple(out)


def _shown(quotes: Iterable[Quote]) -> set[str]:
    """The articles these quotes cite or name as "also in": none of them is quoted again."""
    return {doc for quote in quotes for doc in (quote.doc_id, *quote.also_in)}


def _support(index: Index, scored: Sequence[Scored], shown: set[str]) -> list[Quote]:
    """Up to two sentences from articles not yet quoted that score almost as well as the lead."""
    support: list[Quote] = []
    for s in scored[1:]:
        if len(support) == 2 or s.score < max(MIN_SCORE, SUPPORT_RATIO * scored[0].score):
            break
        if s.doc_id not in shown:
            quote = _quote(index, [s.row], s.score)
            support.append(quote)
            shown |= _shown([quote])
    return support


def answer_with(index: Index, question: str, history: Sequence[Mapping[str, Any]] | None = None, *,
                k: int = 5, **where: Unpack[FilterArgs]) -> Answer:
    """`answer` over an already loaded index, among the articles the filter `where` keeps (`qa.filters`)."""
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    return _in_chat(index, question, history, k, make_filter(**where), EARLIER)[0]


def _in_chat(index: Index, question: str, history: Sequence[Mapping[str, Any]] | None, k: int,
             chosen: ArticleFilter, earlier: int) -> tuple[Answer, Given]:
    """The answer, and what it and the earlier answers of its thread quoted. A "who else" is answered without what
    the turns before it quoted (`qa.conversation`): those are answered again, `earlier` of them at most."""
    given, acts, turn = Given(), frozenset[str](), earlier_turn(history)
    more = asks_for_more(question) if turn is not None else ""  # more than the chat found: only in a chat
    if more and earlier and turn is not None:
        before, given = _in_chat(index, *turn, k, chosen, earlier - 1)
        given |= quoted(index, before.quotes)
        acts = asked_verbs(question) or asked_verbs(turn[0])  # "And who else has?": what the question before asked
    ranked = rank_in_context(index, question, history, index.mask(chosen))  # a follow-up rewritten if it ranks better
    if not ranked.fused and chosen and ranked.question.has_words:
        return Answer(question=question, abstention=Abstention("filtered"), filter=chosen), given
    credit, shown = ranked.question.reading.credit, ""
    if credit is not None and not credit.topic and turn is not None:  # "this article": the one quoted before
        shown = next((x.doc_id for x in _in_chat(index, *turn, k, chosen, 0)[0].quotes), "")
    pronoun = unresolved_person(question) if turn is None else ""
    given = given if given.thread else replace(given, thread=ranked.question)  # the thread's first question
    told = Told(given, more in ("who", "whom"), acts, shown, pronoun)
    return replace(_answer_ranked(index, question, ranked, k, told), filter=chosen), given


def _answer_ranked(index: Index, question: str, ranked: Ranked, k: int, told: Told) -> Answer:
    """The answer from a ranking: quotes in sections, or an abstention; none the conversation was `told` before."""
    q = ranked.question
    if not ranked.fused:
        return Answer(question=question, abstention=Abstention("no_words"))
    passages = tuple(index.passages(ranked, k))
    if about_articles(q.text if q.resolved == q.asked else question):  # "How many articles are there?": no
        # sentence says, the Articles tab does; read respelt and as already parsed unless the chat rewrote it
        return Answer(question=question, abstention=Abstention("about_articles"),  # no passage is related
                      resolved_question=ranked.question.resolved, corrections=ranked.question.corrections)
    credit = credited(index, question, ranked, passages, told.article)  # "Who wrote the article about X?"
    if credit is not None and not credit.abstained:
        return credit
    if credit is not None and q.reading.credit.definite:
        return credit  # "the article about X" names no author: say so
    return _from_sentences(index, question, ranked, passages, told)  # "Who wrote about X?": maybe the text says


def _ordered(index: Index, ranked: Ranked, scored: Sequence[Scored], told: Told, order: Sequence[int]
             ) -> list[Scored]:
    """`scored` in the order the answer quotes them: the lead first (`qa.lead.choose`, the first of `order`, the
    learned order of `scored`; for a "who else", a new party's claim: `qa.conversation.new_claims`), the rest in hand
    order."""
    q = ranked.question
    claims = new_claims(scored, told.given, q.resolved, told.acts) if told.who and told.given.groups else []
    rows = {c.row for c in claims}
    return [*choose(index, ranked, claims), *(s for s in scored if s.row not in rows)] if claims else choose(
        index, ranked, scored, order)


def _candidates(index: Index, ranked: Ranked) -> tuple[Ranked, list[Scored]]:
    """The scored sentences, each moved to its fullest copy; for "What did the MailOnline article say about X?"
    (a publication no article is from), only those of the articles written for it, scored without its name
    (`qa.outlet`)."""
    narrow, names = narrowed(index, ranked)
    if names and (kept := from_named(index, names, fullest_copies(index, score_sentences(index, narrow)))):
        return narrow, kept
    return ranked, fullest_copies(index, score_sentences(index, ranked))


def _from_sentences(index: Index, question: str, ranked: Ranked, passages: tuple[Passage, ...], told: Told
                    ) -> Answer:
    """The answer quoting the sentences that answer best, or an abstention. The lead is chosen before the
    abstention rules, which judge it (`qa.abstain.abstention`): the sentence quoted first, not the hand first."""
    ranked, every = _candidates(index, ranked)
    q = ranked.question
    counting = thread_count(told.given, question) if told.who else None  # the thread's count, asked of another party
    why = (Abstention("unresolved", (told.pronoun,)) if told.pronoun else None) or structural_abstention(every, q)
    order = learned_order(index, ranked, every) if why is None else []  # the lead's, then the runners-up's
    led = _ordered(index, ranked, every, Told(), order) if why is None else every
    why = why or (None if counting else abstain.abstention(index, ranked, every, led))  # if counting: its fit judges
    scored = new_only(index, every, told.given, q.resolved, told.who) if told.given.groups and not why else every
    if counting is not None and scored is not every:  # a new party's count of the thread's thing (not another side's)
        scored = new_claims(counted_again(index, counting, scored), told.given, q.resolved, told.acts)
    if scored is not every:  # a conversation's sentences already quoted left out: the lead is chosen again
        order = learned_order(index, ranked, scored)
        led = _ordered(index, ranked, scored, told, order) if scored else []
        if len(scored) < len(every) and (not scored or structural_abstention(scored, q)
                                         or not counting and abstain.abstention(index, ranked, scored, led)):
            why = Abstention("nothing_new")  # the answer would be what the conversation already quoted: say so
    if why is not None:
        related = tuple(_quote(index, [s.row], s.score) for s in scored[:2])
        return Answer(question=question, related=related, abstention=why, passages=passages,
                      resolved_question=q.resolved, corrections=q.corrections)
    hand, scored = scored, led  # qa/lead.py
    lead = _lead(index, scored[0], {s.row: s for s in scored}, bool(q.reading.counted), q.key_terms)
    differ = (_differing(index, figure_pool(index, ranked, scored, q.families), lead, q.families)  # deeper too
              if q.expected in ("number", None) else [])
    differ = [x for x in differ if x is lead or not repeats(index, x, told.given)]
    shown = _shown((lead, *differ))
    several = [_quote(index, c.quoted_rows, c.score) for c in per_source(index, ranked, scored, (lead, *differ))]
    several = [x for x in several if not repeats(index, x, told.given)]
    shown |= _shown(several)
    support = several or _support(index, scored, shown)  # a multi-source answer's articles are chosen by `per_source`
    return Answer(question=question, lead=(lead,), differ=tuple(differ), support=tuple(support),
                  related=_runners_up(index, hand, order, (lead, *differ, *support)),
                  passages=passages, resolved_question=q.resolved, corrections=q.corrections)


def answer(question: str, history: Sequence[Mapping[str, Any]] | None = None, *, index_dir: str | Path = "index",
           k: int = 5, model: str | None = None, **where: Unpack[FilterArgs]) -> Answer:
    """Answer `question` from the articles indexed in `index_dir`, quoting them verbatim with citations.

    `history` is the chat so far in Gradio's messages format ({"role": "user"|"assistant", "content": str});
    a follow-up question is resolved against it. When no sentence answers, `abstained` is True. `model` names
    the model of an index not built with the bundled one (see `load_index`). `Answer.text` is its Markdown.
    `sources=`, `since=`, `until=` (days: `date` or "YYYY-MM-DD") restrict it to those articles, inside
    retrieval (`qa.filters`); an article with no date is outside any date range.

    >>> import qa
    >>> qa.answer("Which islands does the Tsugaru Strait separate?").quotes[0].text  # doctest: +SKIP
    "The Tsugaru Strait between the Sea of Japan and the Pacific Ocean separates Honshu and Hokkaido, ..."
    """
    return answer_with(cached_index(index_dir, model=model), question, history, k=k, **where)
