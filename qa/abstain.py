"""Whether the articles answer a question at all, from more evidence than the best sentence's score.

A threshold on that score cannot tell a question the articles answer from one that merely shares words with them
(benchmarks/RESULTS.md, "Abstention: the trade-off on four sets"). So the decision also reads: whether the lead
sentence's article, and the top articles, hold the question's idf-weighted key terms and the things it names
(people, organisations, events, works, products: MultiHop-RAG's null queries ask about ones absent from its corpus),
how rare the rarest key term the lead article lacks is, and how long the question is. A logistic regression over
these, fitted on the tuning halves of several question sets by `benchmarks/fit_abstain.py`, is stored below as plain
numbers: a dot product and a sigmoid at query time. Beside it, rules (`ruled_out`): a question asking for a measure
("How deep is Dubai Creek?") or a price abstains when none of the best sentences gives one in its units (a depth in
units of length, a price in money: `qa.forms`), and so on for the other reasons below.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import astuple, dataclass

import numpy as np

from qa.bars import answers as bars_answer
from qa.bars import bar_score
from qa.evidence import mentions
from qa.forms import unmeasured
from qa.nlp import parse
from qa.question import Question
from qa.records import Abstention
from qa.rescore import FULL_FIT, role_held
from qa.retrieve import Index, Ranked
from qa.sentence_score import Scored, cover, key_weights
from qa.slot import reversed_parties
from qa.someone import no_one_new
from qa.sourced import publications, unsourced
from qa.stated import unstated
from qa.tokens import tokenize
from qa.unnamed import unnamed

# A bare search ("Tsugaru Strait warships") has at most this many words, every one a key term: "iPhone battery
# replacement cost" is a search as much as "Toronto subway map" (past 3 words the fitted decision, made for questions,
# answered it with an iPhone sentence on cost alone).
MAX_SEARCH_WORDS = 6
TOP_ARTICLES = 5  # the articles of the best fused chunks whose words count as "retrieved"
TOP_CHUNKS = 10  # the best fused chunks, each a candidate for holding most of the key terms
MANY_TERMS = 20
REVERSED_IN = 3  # the best candidates read for the asked act stated with its parties reversed (`qa.slot`)
# The fit read indexes of 2,284 (SQuAD) and 10,313 chunks. On a few articles (the 3 shipped ones: 67 chunks) the idf
# shares it reads are noise ("leads" is as rare as "Wagner"): below this many chunks the score bars decide.
MIN_CHUNKS = 1000
NAMED_LABELS = frozenset({"PERSON", "ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "GPE", "LOC", "NORP"})
_PROPER_RUN = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+|de\s+)?[A-Z][\w'’.-]*)+")
# A figure the question gives ("Who won the Super Bowl in 2016?"): two or more digits, not part of a model name
# ("F-16", "Leopard 2"), which the lead sentence's article must give too, or its date (MultiHop-RAG's "on 5 October").
_FIGURE = re.compile(r"(?<![\w-])\d[\d,]*\d(?![\w-])")


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the decision reads about one question's best sentence and what was retrieved (each in about [0, 1])."""

    bar: float  # the best sentence's bar score (`qa.bars.bar_score`)
    dense: float  # its cosine to the question
    cover: float  # the idf-weighted share of the question's key terms it holds
    article_cover: float  # ... that its article holds (title, publication and text)
    top_cover: float  # ... that the top articles hold between them
    names_missing_lead: float  # share of the question's named things its article never mentions
    names_missing_top: float  # ... that no top article mentions
    rare_missing: float  # idf of the rarest key term its article lacks, over the corpus's highest idf
    chunk_cover: float  # the idf-weighted share of key terms that the best single chunk of the top ones holds
    rare_missing_top: float  # idf of the rarest key term no top article holds, over the corpus's highest idf
    terms: float  # how many key terms the question has (over MANY_TERMS): long questions match less of each
    kind_fit: float  # how the best sentence fits the kind of answer asked (`qa.fit`; 0 when none is asked)
    names_missing_sentence: float  # share of the question's named things the best sentence itself never mentions
    rare_missing_sentence: float  # idf of the rarest key term the best sentence lacks, over the corpus's highest idf
    figures_missing: float  # share of the question's figures (a year, a count) its article (text, date) never gives

    def vector(self) -> tuple[float, ...]:
        """The features in the order of WEIGHTS (`expanded`)."""
        return expanded(astuple(self))


EVIDENCE = tuple(Evidence.__dataclass_fields__)
_TERMS = EVIDENCE.index("terms")
# Each part of the evidence also enters times the question's length: a long MultiHop-RAG question matches a smaller
# share of its words in any one sentence than a short one does, so the same cover means more (tuning halves: at the
# same SQuAD cost, MultiHop-RAG null queries abstained 0.87 -> 0.95).
FEATURES = (*EVIDENCE, *(f"{name} x terms" for name in EVIDENCE if name != "terms"))


def expanded(evidence: Sequence[float]) -> tuple[float, ...]:
    """The features the weights multiply: the evidence (in EVIDENCE order), then each other part times `terms`."""
    terms = evidence[_TERMS]
    return (*evidence, *(x * terms for i, x in enumerate(evidence) if i != _TERMS))
# Features centred by MEANS, scaled by SCALES, times WEIGHTS; answer when the fitted probability is >= THRESHOLD.
# --- fitted by benchmarks/fit_abstain.py on the tuning halves (benchmarks/RESULTS.md) --------------------------------
WEIGHTS = (
    2.502, 0.3501, -0.7473, 1.0403, -0.3882, 0.0956, 0.0666, 0.2344, -0.3309, 0.1974, 0.4266, -0.5054, -0.0774,
    0.0915, -1.3582, -1.0165, 0.9712, 0.1367, -1.009, 0.363, -0.2684, -1.1835, 0.1671, 2.2515, 0.0034, 0.4395,
    -0.1071, -0.0666, 1.6953,
)
MEANS = (
    0.5413, 0.575, 0.3509, 0.5963, 0.8547, 0.2028, 0.0815, 0.57, 0.5045, 0.4569, 0.7389, 0.2158, 0.3623, 0.6215,
    0.0455, 0.3767, 0.4316, 0.1974, 0.4, 0.6129, 0.1703, 0.0626, 0.4768, 0.3204, 0.4105, 0.1389, 0.3048, 0.4956,
    0.0371,
)
SCALES = (
    0.1385, 0.1308, 0.2484, 0.2191, 0.1367, 0.3312, 0.2264, 0.2837, 0.2224, 0.3359, 0.3445, 0.4534, 0.4025, 0.2272,
    0.1803, 0.1685, 0.2237, 0.0992, 0.1881, 0.2839, 0.2874, 0.179, 0.3032, 0.1413, 0.3197, 0.3491, 0.3635, 0.2899,
    0.1502,
)
BIAS = 2.1264
THRESHOLD = 0.37
# ---------------------------------------------------------------------------------------------------------------------


def named_things(question: Question) -> tuple[str, ...]:
    """The specific things the question names: spaCy's entities of NAMED_LABELS and runs of capitalised words,
    less the publications it names (those are metadata, not article text)."""
    out: list[str] = [text for text, label in question.reading.entities if label in NAMED_LABELS]
    out += [m.group(0) for m in _PROPER_RUN.finditer(question.text)]
    sources = [s.lower() for s in question.hints.sources]
    told = {n.lower().removeprefix("the ") for _, _, n in publications(question.text)}  # "MailOnline" of its article
    kept: dict[str, None] = {}
    for name in (n.strip(" ?.,'’") for n in out):
        low = name.lower().removeprefix("the ")
        if len(low) > 1 and not any(low in s or s in low for s in sources) and low not in told:
            kept[name] = None
    return tuple(kept)


def _top_docs(index: Index, ranked: Ranked) -> list[int]:
    docs: list[int] = []
    for row, _ in ranked.fused:
        doc = int(index.chunk_doc[row])
        if doc not in docs:
            docs.append(doc)
            if len(docs) == TOP_ARTICLES:
                break
    return docs


def _share(weights: dict[str, float], held: Sequence[str]) -> float:
    """`cover` of the terms `held`; 1.0 for a question with no key terms (nothing is missing)."""
    return cover(weights, set(held)) if weights else 1.0


def evidence(index: Index, ranked: Ranked, best: Scored) -> Evidence:
    """The features of one question's best sentence (`best`, moved to its fullest copy) and its retrieval."""
    question = ranked.question
    weights = dict(sorted(key_weights(index, question).items()))  # sorted: the sums add in one fixed order
    terms = list(weights)
    lead_doc = int(index.sentence_doc[best.row])
    top = set(_top_docs(index, ranked)) | {lead_doc}
    chunks = {t: index.bm25.rows_holding(t) for t in terms}  # title and publication line too
    is_top = np.bincount(list(top), minlength=len(index.articles)) > 0  # by article position
    in_lead = [t for t in terms if (index.chunk_doc[chunks[t]] == lead_doc).any()]
    in_top = [t for t in terms if is_top[index.chunk_doc[chunks[t]]].any()]
    missing = [weights[t] for t in terms if t not in in_lead]
    highest = math.log(1 + (max(index.bm25.n_docs, 1) + 0.5) / 0.5)
    best_chunks = np.array([row for row, _ in ranked.fused[:TOP_CHUNKS]], dtype=np.int64)
    held = {t: index.bm25.among(best_chunks, chunks[t]) for t in terms}
    chunk_cover = max((_share(weights, [t for t in terms if held[t][i]]) for i in range(len(best_chunks))),
                      default=0.0)
    names = named_things(question)
    texts = {d: _article_text(index, d) for d in top}
    in_sentence = set(tokenize(best.text))
    lost_lead = [n for n in names if not mentions(texts[lead_doc], n)]
    lost_top = [n for n in lost_lead if not any(mentions(t, n) for t in texts.values())]
    return Evidence(bar=bar_score(best), dense=best.dense, cover=best.cover,
                    article_cover=_share(weights, in_lead), top_cover=_share(weights, in_top),
                    names_missing_lead=len(lost_lead) / len(names) if names else 0.0,
                    names_missing_top=len(lost_top) / len(names) if names else 0.0,
                    rare_missing=max(missing, default=0.0) / highest, chunk_cover=chunk_cover,
                    rare_missing_top=max((weights[t] for t in terms if t not in in_top), default=0.0) / highest,
                    terms=min(len(terms), MANY_TERMS) / MANY_TERMS,
                    kind_fit=best.fit if question.expected is not None else 0.0,
                    names_missing_sentence=_missing_share(names, best.text),
                    rare_missing_sentence=max((weights[t] for t in terms if t not in in_sentence),
                                              default=0.0) / highest,
                    figures_missing=figures_missing(question.text, texts[lead_doc] + _published(index, lead_doc)))


def _missing_share(names: Sequence[str], text: str) -> float:
    return sum(not mentions(text, n) for n in names) / len(names) if names else 0.0


def figures_missing(question: str, text: str) -> float:
    """The share of the figures `question` gives (years, counts: two digits or more) that `text` never gives."""
    figures = {f.replace(",", "") for f in _FIGURE.findall(question)}
    plain = text.replace(",", "")
    return sum(f not in plain for f in figures) / len(figures) if figures else 0.0


def _published(index: Index, doc: int) -> str:
    metadata = index.articles[doc].metadata
    return f"\n{metadata.get('published_at', '')}" if metadata else ""


def _article_text(index: Index, doc: int) -> str:
    article = index.articles[doc]
    source = str(article.metadata.get("source", "")) if article.metadata else ""
    return f"{article.title}\n{source}\n{article.text}"


def probability(ev: Evidence) -> float:
    """The fitted probability that the articles answer the question."""
    z = BIAS + sum(w * (x - m) / s for w, x, m, s in zip(WEIGHTS, ev.vector(), MEANS, SCALES, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def answers(index: Index, ranked: Ranked, scored: Sequence[Scored], *, threshold: float = THRESHOLD) -> bool:
    """Whether the best of `scored` answers the question: the fitted decision over its `Evidence`, or on an index
    of fewer than MIN_CHUNKS chunks the score bars (`qa.bars.answers`)."""
    if not scored:
        return False
    if described(ranked.question, scored[0]) or counted(index, ranked, scored[0]) \
            or role_held(index, ranked.question, scored[0]):
        return True
    if index.bm25.n_docs < MIN_CHUNKS:
        return bars_answer(scored[0])
    if searched(ranked.question):  # a search, not a question: a sentence naming every word is what was asked for
        return set(tokenize(ranked.question.text)) <= set(tokenize(scored[0].text))
    if headed(ranked.question, scored[0]):
        return False
    return probability(evidence(index, ranked, scored[0])) >= threshold


def described(question: Question, best: Scored) -> bool:
    """Whether the best sentence says who the person "Who is X?" asks about is ("Former U.S. Ambassador to NATO Kurt
    Volker told CNBC ...": `qa.fit.entity_fit`). Such a sentence answers, however little else of it is about X (its
    cosine to the question is low: 0.24, and the fitted decision abstained)."""
    return bool(question.reading.named) and best.fit > 0


def counted(index: Index, ranked: Ranked, best: Scored) -> bool:
    """Whether the best sentence's figure counts the very thing a "how many" asks, for the party asked, by the act asked
    (`qa.fit`: a full fit), in an article holding every key term and named thing of the question: "The right side has
    two action buttons" in a review of the Echo Frames. Such a sentence answers, however little else of it is about
    the question (its cosine is 0.41); a full fit in an article about something else ("a 60-page slideshow" for "How
    many pages long is Biden's executive order on AI?") is left to the fitted decision."""
    if not ranked.question.reading.counted or best.fit < FULL_FIT:
        return False
    ev = evidence(index, ranked, best)
    return ev.article_cover >= 1.0 - 1e-9 and ev.names_missing_lead == 0.0


def headed(question: Question, best: Scored) -> bool:
    """Whether a question asking how something is done ("How do I reset my Apple Watch?": "how", no kind of answer
    or measure asked) is led by a line with no verb ("Apple Watch SE": a heading, a product's name), which states
    nothing. Any open question so led (7034352, undone) also took MultiHop-RAG's yes/no and "which company" queries
    whose best line is a headline: 13 more of the even half's answerable queries abstained."""
    return (question.expected is None and not question.measure and question.text.split()[0].lower() == "how"
            and not any(t.pos_ in ("VERB", "AUX") for t in parse(best.text)))


def searched(question: Question) -> bool:
    """Whether the question is a bare search of a few words ("Tsugaru", "Bayraktar drones"): no question asked, each
    word a key term, none a stop word ("Russia requested ration packs from China" says something). The fitted
    decision, made for questions, abstained on such a rare name as often as not."""
    words = question.text.split()
    return (0 < len(words) <= MAX_SEARCH_WORDS and question.expected is None and "?" not in question.text
            and all(tokenize(w) for w in words)
            and set(tokenize(question.text)) <= set(tokenize(" ".join(question.key_terms))))


def abstention(index: Index, ranked: Ranked, scored: Sequence[Scored], led: Sequence[Scored] = ()) -> Abstention | None:
    """Why the articles do not answer, or None: a rule's reason (`ruled_out`: a measure none gives, parties reversed, a
    "Which X?" X or a "Who?" party none names (`qa.unnamed`, `qa.someone`), a doer or date not stated (`qa.stated`), a
    publication none cites (`qa.sourced`)), or the fitted decision's; the rules read `led`, the answer's order (its
    lead first: `qa.lead.choose`), the fit `scored` (RESULTS.md)."""
    return ruled_out(index, ranked.question, led or scored) or (None if answers(index, ranked, scored)
                                                                 else Abstention("unsupported"))


def ruled_out(index: Index, question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """The rules ahead of the fitted decision (cheap ones first), each an abstention whatever the fit says."""
    return (unmeasured(question, scored) or reversed_roles(index, question, scored) or unnamed(question, scored)
            or no_one_new(question, scored) or unstated(index, question, scored) or unsourced(index, question, scored))


def reversed_roles(index: Index, question: Question, scored: Sequence[Scored]) -> Abstention | None:
    """"reversed" (the question's doer, then the party the sentences make the doer) when the best REVERSED_IN
    sentences state the asked act only with another party of the question as its doer (`qa.slot`)."""
    frame = question.reading.frame
    if frame is None or not reversed_parties(index, frame, [s.text for s in scored[:REVERSED_IN]]):
        return None
    return Abstention("reversed", (frame.actor, *frame.others))
