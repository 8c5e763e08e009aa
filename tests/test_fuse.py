import pytest

from qa.fuse import add_list, boost, collapse, ordered, rrf, sentence_list


def test_rrf_rewards_agreement():
    fused = ordered(rrf({"bm25": [1, 2, 3], "dense": [3, 1, 4]}, {"bm25": 1, "dense": 1}, k=60))
    rows = [r for r, _ in fused]
    assert rows[0] == 1  # ranks 1 and 2 beat ranks 3 and 1
    assert set(rows) == {1, 2, 3, 4}
    assert dict(fused)[1] == pytest.approx(1 / 61 + 1 / 62)


def test_weights_scale_each_retriever_and_zero_weight_drops_it():
    assert [r for r, _ in ordered(rrf({"a": [1], "b": [2]}, {"a": 1, "b": 3}))][0] == 2
    assert ordered(rrf({"a": [1], "b": [2]}, {"a": 1, "b": 0})) == [(1, pytest.approx(1 / 61))]


@pytest.mark.parametrize("rankings", [{}, {"a": []}, {"a": [], "b": []}])
def test_empty_inputs(rankings):
    assert ordered(rrf(rankings, {})) == []


def test_ties_go_to_the_lower_row():
    assert ordered({5: 1.0, 2: 1.0, 9: 2.0}) == [(9, 2.0), (2, 1.0), (5, 1.0)]


def test_boost_and_a_third_list_add_to_the_fused_scores():
    fused = rrf({"a": [1, 2]}, {"a": 1}, k=5)
    boost(fused, lambda row: 1.0 if row == 2 else 0.0)
    assert [r for r, _ in ordered(fused)] == [2, 1]
    add_list(fused, [1], 10.0, k=5)
    assert [r for r, _ in ordered(fused)] == [1, 2] and fused[1] == pytest.approx(1 / 6 + 10 / 6)
    assert add_list({}, [1, 2], 0.0, k=5) == {}


def test_sentence_list_orders_by_best_sentence_stably():
    assert sentence_list([7, 8, 9], [0.2, 0.9, 0.2]) == [8, 7, 9]
    assert sentence_list([], []) == []


@pytest.mark.parametrize(("k", "expected"), [(1, [4]), (2, [4, 6]), (9, [4, 6, 1])])
def test_collapse_keeps_the_best_copy_of_each_group(k, expected):
    group = {4: 0, 5: 0, 6: 6, 1: 1, 3: 6}.__getitem__
    assert collapse([4, 5, 6, 3, 1], group, k) == expected
