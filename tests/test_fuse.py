import pytest

from qa.fuse import rrf


def test_rrf_rewards_agreement():
    fused = rrf({"bm25": [1, 2, 3], "dense": [3, 1, 4]}, {"bm25": 1, "dense": 1}, k=60)
    rows = [r for r, _ in fused]
    assert rows[0] == 1  # ranks 1 and 2 beat ranks 3 and 1
    assert set(rows) == {1, 2, 3, 4}
    assert dict(fused)[1] == pytest.approx(1 / 61 + 1 / 62)


def test_weights_scale_each_retriever_and_zero_weight_drops_it():
    assert [r for r, _ in rrf({"a": [1], "b": [2]}, {"a": 1, "b": 3})][0] == 2
    assert rrf({"a": [1], "b": [2]}, {"a": 1, "b": 0}) == [(1, pytest.approx(1 / 61))]


@pytest.mark.parametrize("rankings", [{}, {"a": []}, {"a": [], "b": []}])
def test_empty_inputs(rankings):
    assert rrf(rankings, {}) == []
