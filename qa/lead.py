"""Which candidate sentence leads: a small learned ranker over the best hand-scored candidates (`qa.candidates`).

The hand score (dense similarity, key-term cover, chunk rank, answer-kind fit) finds the sentences about the
question; it often ranks first the one that restates the question and second the one that answers it. Here each
of the TOP candidates is read again with cheap features (how close together it holds the question's words, what
it says that the question does not, whether the sentence before restates the question...) and the best by a
linear model leads. The weights are plain data (WEIGHTS), fitted by benchmarks/fit_lead.py on the
tuning halves (SQuAD even positions, our question set's tune half); nothing here is needed to fit them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from qa.align import alignment, read_words, uniform
from qa.boilerplate import elsewhere
from qa.candidates import read_with_before
from qa.evidence import facts_of, mentions
from qa.forms import YEAR, gives_asked
from qa.rescore import PARSED_NAMES
from qa.retrieve import Index, Ranked
from qa.roles import other_title, states_role
from qa.sentence_score import Scored, attribute_given, key_weights, labels, same_paragraph
from qa.shorten import LEAD_MAX
from qa.tokens import tokenize

TOP = 8  # hand-ranked candidates the learned model chooses among
WINDOW = 8  # tokens of the window in which the question's words are counted together
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'’.-]*)*")
_NUMBER = re.compile(r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                     r"hundreds?|thousands?|millions?|billions?|dozens?)\b", re.I)
_WORDS = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")
_ANAPHOR = re.compile(r"(?:He|She|It|They|This|These|Its|His|Her|Their|The)\b")
_FOCUS = re.compile(r"\b(?:what|which)\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b|can\b)"
                    r"(\w+(?:\s+\w+)?)", re.I)
_WHO = re.compile(r"\s*who\b", re.I)  # a "who" question, which a person's name answers more often than a body's
_DATE = re.compile(rf"{YEAR}|\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bcentur", re.I)

FEATURES = ("dense", "cover", "prior", "kind", "fit", "hand_rank", "gap", "window", "bigrams", "novel",
            "nothing_new", "new_kind", "new_name", "prev_cover", "prev_dense", "first_in_paragraph", "length",
            "over_limit", "local_cover", "context_cover", "anaphor", "focus", "after_first", "before_first",
            "fragment", "dense_rank", "local_rank", "context_dense", "align", "act_align", "person")
# Fitted by benchmarks/fit_lead.py (listwise softmax, C=0.1, on standardised features; raw scale here): SQuAD even
# half and our set's tune half (01f50c3's 133 questions), 5-fold top-1 right 0.696 -> 0.758 and 0.782 -> 0.850 (C=0.03
# without "person", stop 25's weights: 0.750 / 0.835; C=0.1 without it 0.760 / 0.835). Stop 25 kept C=0.03 because at
# C=0.1 "Who is the head of the Wagner Group?" led on the shipped articles with the sentence before Prigozhin's
# ("internal rifts between the Russian Ministry of Defense and the Wagner Group": an organisation fits "who" in
# `qa.fit`); "person" tells a person's name apart, and C=0.1 leads it with Prigozhin (tests/test_browser_articles.py).
WEIGHTS: dict[str, float] = {
    "dense": 2.2666, "cover": -1.3973, "prior": 2.5578, "kind": 3.8174, "fit": 0.4316, "hand_rank": -0.2716,
    "gap": -0.5548, "window": 0.3672, "bigrams": 1.1215, "novel": -0.4038, "nothing_new": -1.9149, "new_kind": 0.5581,
    "new_name": 0.2035, "prev_cover": -1.5806, "prev_dense": -0.3226, "first_in_paragraph": -0.0019, "length": 0.0214,
    "over_limit": -0.0285, "local_cover": 1.4992, "context_cover": 1.9729, "anaphor": 0.3827, "focus": 0.3407,
    "after_first": 0.679, "before_first": 0.6146, "fragment": -1.0993, "dense_rank": 0.9405, "local_rank": 0.8561,
    "context_dense": 4.4262, "align": 4.6215, "act_align": 2.2591, "person": 1.6629,
}


def _window(tokens: Sequence[str], weights: dict[str, float], total: float) -> float:
    """The largest share of the question's idf weight held by WINDOW consecutive tokens of the sentence."""
    best = 0.0
    for i in range(max(1, len(tokens) - WINDOW + 1)):
        best = max(best, math.fsum(weights.get(t, 0.0) for t in set(tokens[i:i + WINDOW])))
    return best / total


def _bigrams(tokens: Sequence[str]) -> set[tuple[str, str]]:
    return set(zip(tokens, tokens[1:], strict=False))


def _new(pattern: re.Pattern[str], text: str, question: str) -> float:
    """1.0 when `text` holds a match of `pattern` that the question does not."""
    return float(any(m.group(0).lower() not in question for m in pattern.finditer(text)))


def _local_weights(scored: Sequence[Scored], weights: dict[str, float]) -> dict[str, float]:
    """The question's terms weighted by how few candidates hold them: in an article on Tesla, "Tesla" tells
    the sentences apart less than "studying" does."""
    held = [set(tokenize(s.text)) & weights.keys() for s in scored]
    n = len(held)
    return {t: math.log((n + 1) / (0.5 + sum(t in h for h in held))) for t in weights}


def _focus(question: str) -> set[str]:
    """The tokens of what a "what X" / "which X" question asks for ("what stadium", "which trading company")."""
    m = _FOCUS.search(question)
    return set(tokenize(m.group(1))) if m else set()


def _kind_pattern(expected: str | None) -> re.Pattern[str] | None:
    return {"number": _NUMBER, "duration": _NUMBER, "date": _DATE, "person": _NAME, "place": _NAME}.get(expected or "")


@dataclass(frozen=True, slots=True)
class _Asked:
    """What every candidate's features compare with: the question's terms, weighted, and the hand first."""

    weights: dict[str, float]  # idf of the question's key terms
    local: dict[str, float]  # the same terms weighted by how few candidates hold them
    tokens: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    low: str  # the question, lowercased
    pattern: re.Pattern[str] | None  # the kind of answer asked, as words
    focus: frozenset[str]  # "what stadium": stadium
    top: float  # the hand first's score
    first: int  # the hand first's row


def _asked(index: Index, ranked: Ranked, scored: Sequence[Scored]) -> _Asked:
    question = ranked.question
    tokens = tokenize(question.text)
    weights = key_weights(index, question)
    return _Asked(weights, _local_weights(scored, weights), frozenset(tokens), frozenset(_bigrams(tokens)),
                  question.text.lower(), _kind_pattern(question.expected), frozenset(_focus(question.text)),
                  scored[0].score, scored[0].row)


def features(index: Index, ranked: Ranked, scored: Sequence[Scored]) -> np.ndarray:
    """One row of FEATURES for each of the first TOP candidates of `scored` (hand order)."""
    if not scored:
        return np.zeros((0, len(FEATURES)))
    asked = _asked(index, ranked, scored)
    dense_order = np.argsort([-s.dense for s in scored[:TOP]], kind="stable")
    dense_rank = {int(j): r for r, j in enumerate(dense_order)}
    out = np.asarray([_row(index, ranked, asked, i, s, dense_rank[i]) for i, s in enumerate(scored[:TOP])],
                     dtype=np.float64).reshape(-1, len(FEATURES))
    local_col = FEATURES.index("local_cover")
    local = -np.round(out[:, local_col], 9)  # equal covers tie exactly, whatever order their terms were summed in
    out[:, FEATURES.index("local_rank")] = 1.0 / (1 + np.argsort(np.argsort(local, kind="stable")))
    out[:, FEATURES.index("align"):FEATURES.index("act_align") + 1] = _aligned(index, ranked, asked, scored[:TOP])
    out[:, FEATURES.index("person")] = _names_person(ranked, scored[:TOP])
    return out


def _row(index: Index, ranked: Ranked, asked: _Asked, i: int, s: Scored, dense_rank: int) -> tuple[float, ...]:
    """The FEATURES of candidate `s`, the hand order's i-th (local_rank is filled in by `features`)."""
    total = math.fsum(asked.weights.values()) or 1.0
    local_total = math.fsum(asked.local.values()) or 1.0
    tokens = tokenize(s.text)
    held = set(tokens)
    novel = len([t for t in tokens if t not in asked.tokens])
    prev = _previous(index, s.row)
    prev_tokens = set(tokenize(index.sentence(prev).text)) if prev >= 0 else set()
    prev_dense = float(index.sentence_vectors[prev] @ ranked.query_vector) if prev >= 0 else 0.0
    return (
        s.dense, s.cover, s.prior, s.score - s.base, max(-1.0, min(1.0, s.fit)), 1.0 / (1 + i), asked.top - s.score,
        _window(tokens, asked.weights, total), len(_bigrams(tokens) & asked.bigrams) / max(1, len(asked.bigrams)),
        min(novel, 20) / 20, float(novel == 0),
        _new(asked.pattern, s.text, asked.low) if asked.pattern is not None else 0.0,
        _new(_NAME, s.text[1:], asked.low) if asked.pattern is None else 0.0,
        math.fsum(asked.weights.get(t, 0.0) for t in prev_tokens) / total, prev_dense, float(prev < 0),
        math.log(max(len(s.text), 10)) - 5.0, float(len(s.text) > LEAD_MAX),
        math.fsum(asked.local.get(t, 0.0) for t in held) / local_total,
        math.fsum(asked.local.get(t, 0.0) for t in held | prev_tokens) / local_total,
        float(prev >= 0 and bool(_ANAPHOR.match(s.text))),
        len(asked.focus & held) / max(1, len(asked.focus)), float(s.row == asked.first + 1),
        float(s.row == asked.first - 1), float(len(s.text) < 50 or not s.text[:1].isupper()), 1.0 / (1 + dense_rank),
        0.0, _context_dense(index, ranked, s.row, prev), 0.0, 0.0, 0.0,
    )


def _previous(index: Index, row: int) -> int:
    """The row of the sentence before `row` in its paragraph, or -1 (what `_row` and `_aligned` read with it)."""
    return row - 1 if same_paragraph(index, row - 1, row) else -1


def _aligned(index: Index, ranked: Ranked, asked: _Asked, top: Sequence[Scored]) -> np.ndarray:
    """Each candidate's word-by-word match with the question (`qa.align`): its key words met in the candidate read
    with the sentence before it, and the asked act's words (`Frame.acts`: "offer") met in the candidate alone."""
    prevs = [_previous(index, s.row) for s in top]
    texts = [ranked.question.text, *(s.text for s in top), *(index.sentence(p).text for p in prevs if p >= 0)]
    words = read_words(index.embedder, texts)
    question, before = words[0], iter(words[1 + len(top):])
    frame = ranked.question.reading.frame
    acts = uniform(frame.acts if frame is not None else ())
    return np.asarray([(alignment(question, next(before) + own if p >= 0 else own, asked.weights),
                        alignment(question, own, acts)) for own, p in zip(words[1:1 + len(top)], prevs, strict=True)],
                      dtype=np.float64).reshape(-1, 2)


def _names_person(ranked: Ranked, top: Sequence[Scored]) -> list[float]:
    """For a "who" question asking a name, 1.0 for each of the first PARSED_NAMES candidates where the entity
    recognizer finds a person the question does not name (`qa.fit` counts an organisation or a country as "who"
    too, and "the Russian Ministry of Defense" then fits "Who is the head of the Wagner Group?" as Prigozhin does).
    The entities are the ones `qa.rescore` read for its fit (cached by text: no new recognition)."""
    question = ranked.question
    if question.expected != "person" or not _WHO.match(question.text):
        return [0.0] * len(top)
    facts = facts_of([s.text for s in top[:PARSED_NAMES]], syntax=False)
    return [float(any(label == "PERSON" and not mentions(question.text, text) for text, label, _ in f.entities))
            for f in facts] + [0.0] * (len(top) - len(facts))


def _context_dense(index: Index, ranked: Ranked, row: int, prev: int) -> float:
    """Similarity of the question to the sentence read with the one before it in its paragraph (`prev`, or -1)."""
    return float(read_with_before(index, [row], np.asarray([prev]), ranked.query_vector)[0])


def _eligible(ranked: Ranked, scored: Sequence[Scored]) -> list[bool]:
    """Which of the TOP candidates may lead: all, except for a "how many" whose hand-first candidate's parsed count
    fits (`qa.fit`): there only a count of the thing, for the party asked, may lead ("1,300 soldiers" Ukraine lost,
    not the "7,000 Russian troops" that died in Ukraine), the learned model choosing among those that fit (the one
    whose words meet the question's: "1,300 soldiers have been killed", not "started around 250,000 troops"); and
    for "Who is X?" (or "Who is the CEO of X?") whose hand first says who X is (states the role), only sentences that
    do; for an attribute a figure gives ("What was the score ...?") whose hand first gives one, only those that do;
    for one a fact box's label names ("Welcome bonus: ...") whose hand first is such a line, only those that are;
    for a measure or a share ("How much did Pebble raise?") whose hand first gives it, only those that do (a lead
    without it abstains: `qa.forms`); otherwise never a link to another story (`elsewhere`) while another may lead."""
    question = ranked.question
    counting = ((bool(question.reading.counted) or question.expected == "number")
                and scored[0].fit > 0 and scored[0].names_counted)
    # "Who is X?": a sentence saying who X is; "Who is the CEO of X?": one stating the role (`qa.rescore`)
    if question.reading.named and scored[0].fit > 0:
        return [s.fit > 0 for s in scored[:TOP]]
    given = attribute_given(question.reading.attribute)
    if given is not None and given.search(scored[0].text):  # "What was the score ...?": a sentence giving one
        return [bool(given.search(s.text)) for s in scored[:TOP]]
    if gives_asked(question, scored[0].text):
        return [gives_asked(question, s.text) for s in scored[:TOP]]
    attribute = question.reading.attribute  # "What is the welcome bonus of ...?": "Welcome bonus: 75,000 Bonus Miles"
    if attribute and labels(attribute, scored[0].text):
        return [True] + [labels(attribute, s.text) for s in scored[1:TOP]]
    role = question.reading.role
    if role and states_role(scored[0].text, role) and scored[0].fit > 0:
        return [s.fit > 0 and states_role(s.text, role) for s in scored[:TOP]]
    # not another officer: X's CFO for X's CEO; not a link to another story ("MATTHEW PERRY CAUSE OF DEATH LISTED AS
    # ...", "Watch This Story: Here's How $200,000,000 Worth Canelo Alvarez Spent ...")
    allowed = [(not counting or (s.fit > 0 and s.names_counted)) and not other_title(s.text, role)
               and not elsewhere(s.text) for s in scored[:TOP]]
    return allowed if any(allowed) else [True] * len(allowed)


def choose(index: Index, ranked: Ranked, scored: Sequence[Scored], order: Sequence[int] | None = None) -> list[Scored]:
    """`scored` with the first of `learned_order` (`order`, when the caller has it) moved to the front (the rest in hand
    order; scores unchanged, so joins, support and abstention bars read what they always read), and its answer placed
    (`at`) where the question's words meet when no parse placed it, for the clause cut."""
    if not scored:
        return []
    best = (learned_order(index, ranked, scored) if order is None else order)[0]
    lead = scored[best]
    if lead.at < 0 and len(lead.text) > LEAD_MAX:
        lead = replace(lead, at=anchor(index, ranked.question.key_terms, lead.text))
    return [lead, *scored[:best], *scored[best + 1:]]


def learned_order(index: Index, ranked: Ranked, scored: Sequence[Scored]) -> list[int]:
    """The first TOP candidates' places in `scored`, best first by the learned model: those that may lead, then the
    rest (the first leads: `choose`; the next are shown below the answer, `qa.answer`)."""
    if len(scored) <= 1:
        return list(range(len(scored)))
    learned = features(index, ranked, scored) @ np.asarray([WEIGHTS[f] for f in FEATURES])
    allowed = _eligible(ranked, scored)
    return sorted(range(len(learned)), key=lambda i: (not allowed[i], -learned[i], i))


def continued(index: Index, key_terms: Sequence[str], row: int) -> int | None:
    """The sentence after `row` when the answer spans both: in its paragraph, the two under LEAD_MAX together, and
    it holds some of the question's key terms that `row` lacks ("Richard Allen and Absalom Jones were licensed by
    what church?": "... ordained by the Methodist Church." then "They were licensed by St. George's Church in
    1784."). The lead often restates the question's subject and the next sentence says the asked act of it."""
    after = row + 1
    if not same_paragraph(index, row, after):
        return None
    lead, following = index.sentence(row).text, index.sentence(after).text
    if len(lead) + len(following) >= LEAD_MAX:
        return None
    asked = set(tokenize(" ".join(key_terms)))
    return after if (asked & set(tokenize(following))) - set(tokenize(lead)) else None


def anchor(index: Index, key_terms: Sequence[str], text: str) -> int:
    """Where in `text` the question's key terms stand closest together (the first of the WINDOW words holding the
    most of their idf weight): a long sentence is cut to the clauses there, not to its opening ones."""
    weights = {t: index.bm25.idf(t) for t in tokenize(" ".join(key_terms))}
    words = [(m.start(), tokenize(m.group())) for m in _WORDS.finditer(text)]
    words = [(at, t[0]) for at, t in words if t]
    best, where = 0.0, 0
    for i in range(len(words)):
        held = {t for _, t in words[i:i + WINDOW]} & weights.keys()
        total = math.fsum(weights[t] for t in held)
        if total > best:
            first = next(at for at, t in words[i:i + WINDOW] if t in held)
            best, where = total, first
    return where
