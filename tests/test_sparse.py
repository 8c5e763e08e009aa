import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa.bm25_files import read_sparse, write_sparse
from qa.sparse import TOP_BLOCK, SparseIndex, build_sparse, top_positive

CORPUS = [
    "russia warships strait japan".split(),
    "tsugaru strait separates honshu hokkaido islands".split(),
    "russia lost tanks vehicles oryx".split(),
    "ukraine lost tanks".split(),
    "russia russia russia conscription april".split(),
    [],
    "putin problem".split(),
]
QUERIES = [["strait"], ["russia", "tanks"], ["russia", "russia"], ["unknown"], ["lost", "tanks", "ukraine"], []]


@pytest.mark.parametrize("query", QUERIES)
def test_scores_match_rank_bm25(query):
    # Differential test against the reference scorer: same formula, epsilon floor and repeated terms.
    reference = BM25Okapi(CORPUS).get_scores(query)
    ours = build_sparse(CORPUS, k1=1.5, b=0.75, epsilon=0.25).scores(query)
    np.testing.assert_allclose(ours, reference, rtol=1e-5, atol=1e-6)


def test_scores_match_rank_bm25_on_random_zipf_corpus():
    rng = np.random.default_rng(7)
    vocab = [f"w{i}" for i in range(300)]
    p = 1 / np.arange(1, 301)
    p /= p.sum()
    docs = [list(rng.choice(vocab, size=rng.integers(1, 40), p=p)) for _ in range(400)]
    reference = BM25Okapi(docs)
    ours = build_sparse(docs, k1=1.5, b=0.75, epsilon=0.25)
    for _ in range(30):
        query = list(rng.choice(vocab, size=4, p=p))
        np.testing.assert_allclose(ours.scores(query), reference.get_scores(query), rtol=1e-5, atol=1e-5)
        # Rankings agree too, not just scores (ties aside).
        top = [r for r, _ in ours.search(query, 10)]
        ref = np.argsort(-reference.get_scores(query), kind="stable")[: len(top)]
        assert np.allclose(reference.get_scores(query)[top], reference.get_scores(query)[ref], atol=1e-5)


def test_empty_corpus_and_empty_vocabulary_do_not_divide_by_zero():
    assert build_sparse([], k1=1.5, b=0.75, epsilon=0.25).search(["x"], 5) == []
    index = build_sparse([[], []], k1=1.5, b=0.75, epsilon=0.25)
    assert index.search(["x"], 5) == []
    assert index.scores(["x"]).shape == (2,)


def test_round_trip_without_pickle(tmp_path):
    index = build_sparse(CORPUS, k1=1.5, b=0.75, epsilon=0.25)
    write_sparse(index, tmp_path)
    loaded = read_sparse(tmp_path)
    for query in QUERIES:
        np.testing.assert_array_equal(loaded.scores(query), index.scores(query))
    for f in tmp_path.glob("*.npy"):
        np.load(f, allow_pickle=False)  # would raise on an object array


def test_top_positive_orders_and_drops_non_positive():
    scores = np.array([0.0, 2.0, -1.0, 2.0, 5.0, 0.5])
    assert top_positive(scores, 3) == [(4, 5.0), (1, 2.0), (3, 2.0)]
    assert top_positive(scores, 10) == [(4, 5.0), (1, 2.0), (3, 2.0), (5, 0.5)]
    assert top_positive(np.zeros(3), 2) == []
    assert top_positive(np.array([1.0, 3.0, 1.0, 1.0]), 2) == [(1, 3.0), (0, 1.0)]  # a tie at the cut: lower index


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("n", [1, 10, 100])
def test_top_positive_is_the_plain_sort_of_the_positive_scores(seed, n):
    """Big arrays (the block floor is used) of few distinct values, so ties straddle the n-th place."""
    rng = np.random.default_rng(seed)
    size = int(rng.integers(TOP_BLOCK * n, TOP_BLOCK * n * 4))
    scores = rng.choice(np.array([-1.0, 0.0, 0.5, 1.25, 2.0, 3.0], dtype=np.float32), size=size,
                        p=[0.1, 0.6, 0.2, 0.08, 0.019, 0.001])
    plain = sorted((i for i in range(size) if scores[i] > 0), key=lambda i: (-scores[i], i))[:n]
    assert top_positive(scores, n) == [(i, float(scores[i])) for i in plain]


def test_among_says_which_rows_a_sorted_holding_list_has():
    holding = np.array([2, 5, 9, 40], dtype=np.int64)
    rows = np.array([0, 2, 6, 9, 40, 41], dtype=np.int64)
    assert SparseIndex.among(rows, holding).tolist() == np.isin(rows, holding).tolist()
    assert SparseIndex.among(rows, np.zeros(0, dtype=np.int64)).tolist() == [False] * 6
