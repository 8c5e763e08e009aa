"""answer(): pick the sentences that answer a question and quote them verbatim, with citations; or abstain.

Each candidate sentence (from the top fused chunks) is scored on dense similarity to the question (sentence
vectors are embedded at index time), on how much of the question's idf-weighted key terms it contains, on
the rank of its chunk, and on whether it holds what the question asks for (a figure, a person, a date...).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from qa.build import display_title
from qa.conflicts import differing, families_in, figures
from qa.followup import key_terms, resolve, words
from qa.markdown import ABSTAIN, ALSO, DIFFER, abstention, compose, escape
from qa.records import Answer, Quote
from qa.retrieve import Index, Ranked, cached_index
from qa.tokens import STOP_WORDS, tokenize

AnswerType = Literal["number", "duration", "person", "date", "place"]

CANDIDATE_CHUNKS = 10  # top fused chunks whose sentences compete
# Weights of the sentence score, and the abstention bars. Chosen on tests/questions.py (shipped articles)
# and checked on SQuAD questions asked of their own paragraphs vs. of the shipped news (benchmarks/squad.py).
W_DENSE, W_COVER, W_RANK, W_TYPE = 0.5, 0.4, 0.1, 0.08
MIN_SCORE = 0.42  # below this best-sentence score, no sentence answers the question
MIN_COVER_IF_WEAK = 0.5  # a sentence with dense similarity under WEAK_DENSE must cover this share of key terms
WEAK_DENSE = 0.45
SUPPORT_RATIO = 0.85  # a supporting quote from another article scores at least this share of the lead's
CONFLICT_RATIO = 0.6  # a differing figure must come from a sentence scoring at least this share of the lead's
# A neighbour in the same paragraph scoring this share of the lead's joins the lead quote. SQuAD (500 even /
# 500 odd questions): 0.9 -> lead holds the answer 0.714 / 0.736, 0.7 -> 0.738 / 0.766, at 2-sentence leads
# 12% -> 34% of the time: the answer is often the sentence after the one that restates the question.
JOIN_RATIO = 0.7

_MONTHS = "january february march april may june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_TYPE_PATTERNS: dict[AnswerType, re.Pattern[str]] = {
    "number": re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
                         r"thousands?|millions?|billions?|half|third|quarter)\b", re.I),
    "duration": re.compile(r"\b\d[\d,.]*\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|"
                           r"\b(minutes?|hours?|days?|weeks?|months?|years?)\b", re.I),
    "person": re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|\b(President|Mr|Mrs|Ms|General|"
                         r"Minister|spokesperson|adviser|official)\b"),
    "date": re.compile(rf"\b({_MONTHS.replace(' ', '|')}|{_DAYS.replace(' ', '|')}|yesterday|today|"
                       r"tomorrow|ago|weekend|(19|20)\d\d)\b", re.I),
    "place": re.compile(r"\b(in|at|from|near|between|through|to)\s+(the\s+)?[A-Z][a-z]+|"
                        r"\b(Strait|Sea|Ocean|Island|Islands|City|Region|Province)\b"),
}


def expected_type(question: str) -> AnswerType | None:
    """What kind of thing the question asks for, from its wording."""
    q = question.lower()
    if re.search(r"\bhow long\b", q):
        return "duration"
    if re.search(r"\b(how many|how much|what number|what percentage|what share|how large|how big)\b", q):
        return "number"
    if re.search(r"\b(who|whom|whose)\b", q):
        return "person"
    if re.search(r"\b(when|what year|what date|what day|what time)\b", q):
        return "date"
    if re.search(r"\b(where|which country|which city|what country|what city|which islands?)\b", q):
        return "place"
    return None


def _type_fit(text: str, wanted: AnswerType | None, counted: set[str]) -> float:
    """+1 when the sentence holds what the question asks for, -1 when it cannot; "how many tanks" wants tanks."""
    if wanted is None:
        return 0.0
    if not _TYPE_PATTERNS[wanted].search(text):
        return -1.0
    if counted and not any(f.family in counted for f in figures(text)):
        return 0.0
    return 1.0


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate sentence and the parts of its score."""

    row: int
    doc_id: str
    text: str
    score: float
    dense: float
    cover: float
    names_counted: bool = True  # False: a "how many X" question, and neither it nor the sentence before names X
    counted_before: bool = False  # X is named only by the sentence before (same paragraph), which joins the quote


def _idf(index: Index, token: str) -> float:
    n = max(index.bm25.n_docs, 1)
    row = index.bm25.vocab.get(token)
    df = 0 if row is None else int(index.bm25.weights.indptr[row + 1] - index.bm25.weights.indptr[row])
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


_COUNTING = re.compile(r"\bhow\s+(?:many|much)\s+(.+)", re.IGNORECASE | re.DOTALL)
# "How many [Leopard 2 tanks] has Poland sent?": what is counted runs to its first plural-looking word, a stop
# word, or COUNTED_WORDS words ("civilians" in "How many civilians fled Volnovakha?", not "Volnovakha").
COUNTED_WORDS = 3
_PLURAL = re.compile(r"[^\W\d_]{2,}[^s\W]s$")
# Words that say how something is counted or compared, not what: an answer need not repeat them ("How many
# times..." -> "three ACL tears", "How many days..." -> "from 1 to 63", "How much higher..." -> "twice").
MEASURE_WORDS = frozenset("""times time percent percentage number numbers amount amounts type types kind kinds sort
    sorts part parts more less fewer higher lower larger bigger greater longer older other different total
    money weight seconds minutes hours days weeks months years decades centuries""".split())


def counted_thing(index: Index, question: str) -> str:
    """The most specific word (highest idf) of what a "how many" question counts, or "".

    "How many F-16 jets..." counts F-16s: passages that never name them give figures for other things.
    """
    m = _COUNTING.search(question)
    phrase: list[str] = []
    for word in words(m.group(1)) if m else ():
        if word.lower() in STOP_WORDS or len(phrase) == COUNTED_WORDS:
            break
        if word.lower() not in MEASURE_WORDS and tokenize(word):
            phrase.append(word)
        if _PLURAL.match(word):
            break
    return max(phrase, key=lambda w: max(_idf(index, t) for t in tokenize(w)), default="")


def _candidate_rows(index: Index, ranked: Ranked) -> tuple[list[int], list[float]]:
    rows: list[int] = []
    priors: list[float] = []
    top = ranked.fused[:CANDIDATE_CHUNKS]
    best = top[0][1] if top else 1.0
    seen: set[int] = set()
    for chunk_row, fused in top:
        first, last = (int(x) for x in index.chunk_sentences[chunk_row])
        for s in range(first, last):
            if s not in seen:
                seen.add(s)
                rows.append(s)
                priors.append(fused / best)
    return rows, priors


def score_sentences(index: Index, ranked: Ranked, question: str, thing: str = "") -> list[Scored]:
    """Every candidate sentence scored for `question`, best first, one per near-duplicate group.

    `thing` is what a "how many" question counts (`counted_thing`); sentences that never name it lose their
    answer-type bonus.
    """
    rows, priors = _candidate_rows(index, ranked)
    if not rows:
        return []
    terms = set(tokenize(" ".join(key_terms(question))))
    weights = {t: _idf(index, t) for t in terms}
    total = sum(weights.values()) or 1.0
    dense = np.asarray(index.sentence_vectors[rows], dtype=np.float32) @ ranked.query_vector
    wanted = expected_type(question)
    counted = families_in(question) if wanted == "number" else set()
    thing_tokens = frozenset(tokenize(thing))
    best_in_group: dict[int, Scored] = {}
    for i, row in enumerate(rows):
        sentence = index.sentence(row)
        if not any(ch.isalpha() for ch in sentence.text):  # a stray quote mark or number is no answer
            continue
        tokens = set(tokenize(sentence.text))
        cover = sum(weights[t] for t in terms & tokens) / total
        names_counted, counted_before = thing_tokens <= tokens, False
        if not names_counted and _same_paragraph(index, row - 1, row):
            counted_before = names_counted = thing_tokens <= set(tokenize(index.sentence(row - 1).text))
        type_fit = _type_fit(sentence.text, wanted, counted)
        if not names_counted:  # a figure, but of something else
            type_fit = min(type_fit, 0.0)
        score = W_DENSE * float(dense[i]) + W_COVER * cover + W_RANK * priors[i] + W_TYPE * type_fit
        scored = Scored(row, sentence.doc_id, sentence.text, score, float(dense[i]), cover, names_counted,
                        counted_before)
        group = int(index.sentence_dup[row])
        if group not in best_in_group or score > best_in_group[group].score:
            best_in_group[group] = scored
    return sorted(best_in_group.values(), key=lambda s: (-s.score, s.row))


_NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][^\W\d_]{2,}(?:-[^\W_]+)*\b")


def unknown_names(index: Index, question: str) -> list[str]:
    """Capitalised names in the question that no indexed chunk contains: the articles cannot be about them."""
    out = []
    for name in _NAME.findall(question.strip()):
        tokens = tokenize(name)
        if tokens and all(t not in index.bm25.vocab for t in tokens) and name not in out:
            out.append(name)
    return out


def answers(best: Scored) -> bool:
    """Whether the best sentence supports an answer: a good score, and lexical support when meaning is weak."""
    if best.score < MIN_SCORE:
        return False
    return best.dense >= WEAK_DENSE or best.cover >= MIN_COVER_IF_WEAK


def _quote(index: Index, rows: Sequence[int], score: float) -> Quote:
    """A quote spanning sentence rows (consecutive, one article), naming the articles that repeat it."""
    first, last = index.sentence(rows[0]), index.sentence(rows[-1])
    article = index.article(first.doc_id)
    also: list[str] = []
    for row in rows:
        group = index.sentence_dup[row]
        for other in np.flatnonzero(index.sentence_dup == group):
            doc = index.articles[index.sentence_doc[other]].doc_id
            if doc != article.doc_id and doc not in also:
                also.append(doc)
    return Quote(text=article.text[first.start:last.end], doc_id=article.doc_id, title=display_title(article),
                 path=article.path, start=first.start, end=last.end, score=score, metadata=article.metadata,
                 also_in=tuple(also))


def _same_paragraph(index: Index, a: int, b: int) -> bool:
    """True when sentence rows `a` and `b = a + 1` are neighbours in one paragraph of one article."""
    if a < 0 or b != a + 1 or b >= len(index.sentence_doc) or index.sentence_doc[a] != index.sentence_doc[b]:
        return False
    article = index.articles[index.sentence_doc[a]]
    return "\n" not in article.text[index.sentence_span[a][1]:index.sentence_span[b][0]]


def _lead_rows(index: Index, lead: Scored, by_row: Mapping[int, Scored]) -> list[int]:
    """The lead sentence, joined by the one before when only it names what is counted, else by a neighbour
    in the same paragraph that scores almost as well."""
    if lead.counted_before:
        return [lead.row - 1, lead.row]
    best: tuple[float, int] | None = None
    for row in (lead.row - 1, lead.row + 1):
        if row in by_row and _same_paragraph(index, *sorted((row, lead.row))):
            close = by_row[row].score >= JOIN_RATIO * lead.score
            if close and (best is None or by_row[row].score > best[0]):
                best = (by_row[row].score, row)
    return sorted([lead.row, best[1]]) if best else [lead.row]


def choose(index: Index, scored: Sequence[Scored], question: str) -> tuple[list[Quote], list[Quote], list[Quote]]:
    """(lead quotes, differing-figure quotes, supporting quotes from other articles)."""
    lead = scored[0]
    by_row = {s.row: s for s in scored}
    lead_quote = _quote(index, _lead_rows(index, lead, by_row), lead.score)
    families = families_in(question) or {f.family for f in figures(lead.text)}
    differ: list[Quote] = []
    if families and expected_type(question) in ("number", None):
        pool = [s for s in scored if s.score >= CONFLICT_RATIO * lead.score]
        picked = differing([(s.doc_id, s.text) for s in pool], families)
        differ = [lead_quote if pool[i].row == lead.row else _quote(index, [pool[i].row], pool[i].score)
                  for i in picked]
    shown = {lead.doc_id, *lead_quote.also_in, *(q.doc_id for q in differ)}
    support: list[Quote] = []
    for s in scored[1:]:
        if len(support) == 2 or s.score < max(MIN_SCORE, SUPPORT_RATIO * lead.score):
            break
        if s.doc_id not in shown:
            quote = _quote(index, [s.row], s.score)
            support.append(quote)
            shown.update({quote.doc_id, *quote.also_in})
    return [lead_quote], differ, support


def _no_question(question: str) -> Answer:
    text = "Please ask a question in words, for example: “Which islands does the Tsugaru Strait separate?”"
    return Answer(question=question, text=text, quotes=(), abstained=True, passages=(), resolved_question="")


def answer_with(index: Index, question: str, history: Sequence[Mapping[str, Any]] | None = None, *,
                k: int = 5) -> Answer:
    """`answer` over an already loaded index."""
    resolved = resolve(question, history)
    ranked = index.rank(resolved)
    if not ranked.fused:
        return _no_question(question)
    passages = tuple(index.passages(ranked, k))
    thing = counted_thing(index, ranked.question) if expected_type(ranked.question) == "number" else ""
    scored = score_sentences(index, ranked, ranked.question, thing)
    missing = unknown_names(index, ranked.question)
    uncounted = bool(thing) and not any(s.names_counted for s in scored)
    if not scored or not answers(scored[0]) or missing or uncounted:
        related = [_quote(index, [s.row], s.score) for s in scored[:2]]
        message = ABSTAIN
        if missing:
            message = f"{ABSTAIN[:-1]}: they never mention {', '.join(missing)}."
        elif uncounted:
            message = f"{ABSTAIN[:-1]}: the closest passages never mention {thing}."
        return Answer(question=question, text=abstention(related, escape(message)), quotes=(), abstained=True,
                      passages=passages, resolved_question=resolved)
    lead, differ, support = choose(index, scored, ranked.question)
    sections = [(DIFFER, differ)] if differ else [("", lead)]
    if differ and lead[0] not in differ:
        sections.insert(0, ("", lead))
    sections.append((ALSO, support))
    quotes: list[Quote] = []
    for q in [*lead, *differ, *support]:
        if all((q.doc_id, q.start, q.end) != (o.doc_id, o.start, o.end) for o in quotes):
            quotes.append(q)
    return Answer(question=question, text=compose(sections), quotes=tuple(quotes), abstained=False, passages=passages,
                  resolved_question=resolved)


def answer(question: str, history: Sequence[Mapping[str, Any]] | None = None, *, index_dir: str | Path = "index",
           k: int = 5, model: str | None = None) -> Answer:
    """Answer `question` from the articles indexed in `index_dir`, quoting them verbatim with citations.

    `history` is the chat so far in Gradio's messages format ({"role": "user"|"assistant", "content": str});
    a follow-up question is resolved against it. When no sentence answers, `abstained` is True. `model` names
    the model of an index not built with the bundled one (see `load_index`).

    >>> import qa
    >>> qa.answer("Which islands does the Tsugaru Strait separate?").quotes[0].text  # doctest: +SKIP
    "The Tsugaru Strait between the Sea of Japan and the Pacific Ocean separates Honshu and Hokkaido, ..."
    """
    return answer_with(cached_index(index_dir, model=model), question, history, k=k)
