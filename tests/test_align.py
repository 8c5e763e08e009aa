"""Word-by-word match of a question with a candidate sentence (qa/align.py), with the real model's word pieces."""

import numpy as np
import pytest

from qa.align import Words, alignment, read_words, uniform
from qa.embed import load_embedder


@pytest.fixture(scope="module")
def embedder():
    return load_embedder()


def test_each_content_word_is_one_unit_vector_with_its_bm25_token(embedder):
    words = read_words(embedder, ["Ukraine's 1,300 long-range drones", "", "the"])
    assert words[0].tokens == ("ukrain", "1,300", "long", "rang", "drone")
    assert np.allclose(np.linalg.norm(words[0].vectors, axis=1), 1.0)
    assert words[1].tokens == () and words[1].vectors.shape == (0, 384)
    again = read_words(embedder, ["drones over Ukraine's 1,300 long-range"])[0]  # now from the cache
    assert np.array_equal(again.vectors[[1, 2, 3, 4, 0]], words[0].vectors)
    assert words[2].tokens == ()  # a stop word is left out: its vector meets anything


def test_a_word_reads_the_same_alone_or_in_a_sentence(embedder):
    alone, inside = read_words(embedder, ["citizenship", "with the promise of citizenship at the end"])
    assert np.allclose(alone.vectors[0], inside.vectors[inside.tokens.index("citizenship")], atol=1e-6)


def test_an_asked_act_meets_its_near_synonym_more_than_an_unrelated_word(embedder):
    question, answers, repeats = read_words(embedder, [
        "What does Ukraine offer foreign fighters?",
        "Zelensky appealed to overseas fighters with the promise of citizenship.",
        "Foreign fighters are already known to be on the frontlines.",
    ])
    act = uniform(["offer"])
    assert alignment(question, answers, act) > alignment(question, repeats, act)
    assert alignment(question, repeats, act) < 0.2  # neither word of "offer" is in it, nor near


def test_a_word_the_sentence_holds_meets_itself_fully(embedder):
    question, sentence = read_words(embedder, ["Who leads the Wagner Group?", "The Wagner Group fights in Bakhmut."])
    assert alignment(question, sentence, {"wagner": 2.0, "group": 1.0}) == pytest.approx(1.0, abs=1e-5)
    assert alignment(question, sentence, {"lead": 1.0}) < 1.0


def test_nothing_to_match_scores_zero(embedder):
    question, sentence = read_words(embedder, ["What does Ukraine offer?", "Of the."])
    assert alignment(question, sentence, {"offer": 1.0}) == 0.0  # the sentence has only stop words
    assert alignment(question, sentence, {}) == 0.0
    assert alignment(question, sentence, uniform(())) == 0.0


def test_two_texts_read_one_after_the_other(embedder):
    a, b = read_words(embedder, ["Tanks rolled.", "Drones flew."])
    both = a + b
    assert both.tokens == a.tokens + b.tokens and both.vectors.shape == (4, a.vectors.shape[1])
    assert isinstance(both, Words)
