"""The realistic question set (tests/questions.py) is well formed: no model, no index; just the records and text."""

import json
from collections import Counter

import pytest
from conftest import ARTICLES, needs_shared_data
from fresh_questions import FRESH
from questions import KINDS, QUESTIONS

from qa.clean import clean_article, fold_text
from qa.load import load_corpus


def test_the_set_is_big_enough_and_covers_every_kind():
    assert len(QUESTIONS) >= 100
    kinds = Counter(q.kind for q in QUESTIONS)
    assert set(kinds) == set(KINDS)
    assert kinds["follow_up"] >= 20 and kinds["new_topic"] >= 20


def test_each_kind_splits_evenly_into_tuning_and_reporting_halves():
    for kind in KINDS:
        halves = Counter(q.half for q in QUESTIONS if q.kind == kind)
        assert set(halves) <= {"tune", "report"}
        assert abs(halves["tune"] - halves["report"]) <= 1, (kind, halves)


def test_every_question_has_exactly_one_expectation():
    for q in QUESTIONS:
        assert q.question.strip()
        assert [bool(q.expected), q.abstain, bool(q.figures)].count(True) == 1, q
        assert (q.rewrite is not None) == (q.kind in ("follow_up", "new_topic")), q
        assert bool(q.history) == (q.kind in ("follow_up", "new_topic")), q
        assert q.rewrite is not True or q.kind == "follow_up"


def test_no_question_is_listed_twice_with_the_same_history():
    keys = Counter((q.question, q.history) for q in QUESTIONS)
    assert not [k for k, n in keys.items() if n > 1]


def test_the_cases_the_issue_names_are_in_the_set():
    by_text = {(q.question, q.history[-1] if q.history else ""): q for q in QUESTIONS}
    published = by_text["When were these articles published?", "How many Leopard 2 tanks has Poland sent to Ukraine?"]
    assert published.rewrite is False
    assert by_text["Tsugaru", "What did Zelensky say about NATO?"].rewrite is False
    assert by_text["how many resevists has zelenksy caled up", ""].expected == ("220,000",)
    assert by_text["How many civilians have been killed in Ukraine so far?", ""].abstain
    assert by_text["How many tanks has Russia lost?", ""].figures == (("214",), ("3,466",))


def _shipped_texts() -> list[str]:
    return [clean_article(a).text for a in load_corpus(ARTICLES).articles]


def test_expected_phrases_of_shipped_questions_are_in_the_shipped_articles():
    texts = [fold_text(t) for t in _shipped_texts()]
    for q in QUESTIONS:
        if q.answered_by != "shipped":
            continue
        for phrases in (q.expected, *q.figures):
            if phrases:
                assert any(fold_text(p) in t for p in phrases for t in texts), (q.question, phrases)


def test_expected_phrases_of_distractor_questions_are_in_the_multihop_corpus():
    corpus = needs_shared_data("multihop-rag", "corpus.json")
    # ... in a record's body, or in the `author` or `source` field an answer quotes ("Who wrote ...?": stop 31)
    bodies = [fold_text("\n".join(str(r.get(k) or "") for k in ("body", "author", "source")))
              for r in json.loads(corpus.read_text())]
    for q in (*QUESTIONS, *FRESH):
        if q.answered_by == "multihop":
            assert any(fold_text(p) in b for p in q.expected for b in bodies), q.question


@pytest.mark.parametrize("kind", KINDS)
def test_kinds_name_what_they_check(kind):
    questions = [q for q in QUESTIONS if q.kind == kind]
    if kind in ("near_miss", "off_topic", "one_word"):
        assert all(q.abstain for q in questions)
    if kind in ("answerable", "who", "misspelt", "follow_up"):
        assert all(q.expected for q in questions)
    if kind == "conflict":
        assert all(len(q.figures) >= 2 for q in questions)


def test_each_half_has_enough_questions_the_articles_do_not_answer_to_choose_an_operating_point_on():
    # abstain4's operating point, chosen on 22 tuning questions, lost 2 of 23 reporting ones (benchmarks/RESULTS.md).
    for half in ("tune", "report"):
        lacking = [q for q in QUESTIONS if q.half == half and q.kind in ("near_miss", "off_topic", "one_word")]
        assert len(lacking) >= 50, (half, len(lacking))
        assert all(q.abstain for q in lacking)


def test_the_fresh_set_is_held_out_well_formed_and_found_in_the_articles():
    assert {q.half for q in FRESH} == {"fresh"} and len(FRESH) >= 35
    assert not {q.question for q in FRESH} & {q.question for q in QUESTIONS}  # held out: not in the tunable set
    assert len({q.question for q in FRESH}) == len(FRESH)
    texts = [fold_text(t) for t in _shipped_texts()]
    for q in FRESH:
        assert q.kind in KINDS and [bool(q.expected), q.abstain].count(True) == 1, q
        assert q.abstain == (q.kind in ("near_miss", "off_topic", "one_word")), q
        if q.answered_by == "shipped":
            assert not q.expected or any(fold_text(p) in t for p in q.expected for t in texts), (q.question, q.expected)


def _articles_asked(questions, bodies):
    """The MultiHop-RAG records a question's expected phrases point at: those holding a phrase no other record holds."""
    out = set()
    for q in questions:
        for phrase in q.expected if q.answered_by == "multihop" else ():
            held = [i for i, body in enumerate(bodies) if fold_text(phrase) in body]
            out |= set(held) if len(held) == 1 else set()
    return out


def test_the_fresh_set_asks_about_articles_no_tunable_question_does():
    # Stop 40's held-out set and its tunable block both asked about record 148, caught only by hand at integration
    corpus = needs_shared_data("multihop-rag", "corpus.json")
    bodies = [fold_text("\n".join(str(r.get(k) or "") for k in ("body", "author", "source")))
              for r in json.loads(corpus.read_text())]
    held_out = _articles_asked(FRESH, bodies)
    assert len(held_out) >= 7 and not held_out & _articles_asked(QUESTIONS, bodies)
    # Since stop 47 each stop's set stays held out: no two sets ask of one article
    by_set = [_articles_asked([q for q in FRESH if q.note == note], bodies) for note in {q.note for q in FRESH}]
    assert sum(map(len, by_set)) == len(set().union(*by_set)), by_set


def test_earlier_fresh_sets_join_the_tunable_set_at_the_end_in_both_halves():
    # Each block appended at the end, in the order written, with its size (None: not checked for size)
    blocks = {"stop 24 fresh set": 40, "stop 25, other articles": None, "stop 25 fresh set": 48,
              "stop 26 fresh set": 52, "stop 27 fresh set": 54, "stop 28b probe": 12, "stop 28 fresh set": 54,
              "stop 30 who else": 14, "stop 31 byline": 18, "stop 31 which": 8, "stop 31 corpus": 8,
              "stop 31b asked act": 4, "stop 33 outlet": 6, "stop 29 fresh set": 42, "stop 35 else2": 14,
              "stop 35 fresh set": 46, "stop 36 forms": 14, "stop 36 more articles": 60,
              "stop 36 fresh set": 50, "stop 37 more articles": 86,
              "stop 37 fresh set": 50, "stop 38 more articles": 74,
              "stop 38 fresh set": 50, "stop 39 more articles": 72,
              "stop 39 fresh set": 50, "stop 40 more articles": 70,
              "stop 40 fresh set": 45, "stop 41 more articles": 70,
              "stop 41 fresh set": 46, "stop 42 more articles": 70,
              "stop 42 fresh set": 46, "stop 43 more articles": 70,
              "stop 43 fresh set": 46, "stop 44 more articles": 70,
              "stop 44 fresh set": 46, "stop 45 more articles": 70,
              "stop 45 fresh set": 42, "stop 46 more articles": 70}
    order = list(blocks)
    sets = [(note, n, tuple(order[order.index(note) + 1:])) for note, n in blocks.items() if n is not None]
    for note, n, later in sets:
        at = [i for i, q in enumerate(QUESTIONS) if q.note == note]
        assert len(at) == n and at == list(range(at[0], at[0] + n))  # one run, after every question written before
        assert all(q.note in (note, *later) for q in QUESTIONS[at[0]:])
        assert {QUESTIONS[i].half for i in at} == {"tune", "report"}
