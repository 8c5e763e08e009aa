from pathlib import Path

import numpy as np
import pytest

from qa.dense import HNSW_EF_SEARCH, build_dense, search_dense, vectors_of
from qa.dense_files import read_dense, write_dense


def _unit(rng, n, d=24):
    v = rng.standard_normal((n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.mark.parametrize(("n", "k"), [(1, 1), (5, 17), (17, 5), (1000, 100)])
def test_flat_search_matches_brute_force(n, k):
    # Oracle test: FAISS inner product against numpy, with awkward sizes, tolerating ties.
    rng = np.random.default_rng(n)
    vectors, query = _unit(rng, n), _unit(rng, 1)[0]
    got = search_dense(build_dense(vectors, kind="flat"), query, k)
    expected = vectors @ query
    assert len(got) == min(n, k)
    kth = np.sort(expected)[::-1][len(got) - 1]
    for row, score in got:
        assert score == pytest.approx(expected[row], abs=1e-5)
        assert expected[row] >= kth - 1e-5
    assert [s for _, s in got] == sorted((s for _, s in got), reverse=True)


def test_hnsw_finds_the_exact_neighbours_on_a_small_set():
    rng = np.random.default_rng(3)
    vectors = _unit(rng, 500)
    exact, approx = build_dense(vectors, kind="flat"), build_dense(vectors, kind="hnsw")
    hits = 0
    for q in _unit(rng, 20):
        want = {r for r, _ in search_dense(exact, q, 10)}
        hits += len(want & {r for r, _ in search_dense(approx, q, 10)})
    assert hits / 200 >= 0.95


def test_round_trip_and_reconstruction(tmp_path):
    vectors = _unit(np.random.default_rng(1), 50)
    write_dense(build_dense(vectors), tmp_path / "d.faiss")
    for mmap in (False, True):
        loaded = read_dense(tmp_path / "d.faiss", mmap=mmap)
        np.testing.assert_array_equal(vectors_of(loaded), vectors)
        assert search_dense(loaded, vectors[7], 1) == [(7, pytest.approx(1.0, abs=1e-5))]
    assert search_dense(build_dense(np.zeros((0, 24), np.float32)), vectors[0], 5) == []


def test_an_hnsw_index_searches_with_the_current_ef_whatever_it_was_built_with(tmp_path):
    index = build_dense(_unit(np.random.default_rng(2), 50), kind="hnsw")
    index.hnsw.efSearch = 16
    write_dense(index, tmp_path / "h.faiss")
    for mmap in (False, True):
        assert read_dense(tmp_path / "h.faiss", mmap=mmap).hnsw.efSearch == HNSW_EF_SEARCH


def test_unknown_kind_is_rejected():
    with pytest.raises(ValueError, match="'auto', 'flat' or 'hnsw'"):
        build_dense(np.zeros((1, 4), np.float32), kind="ivf")


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
@pytest.mark.parametrize("keep", [0.003, 0.05, 0.5])
def test_a_filtered_search_is_exact_over_the_allowed_rows(kind, keep):
    # Oracle: the top k of the allowed rows by numpy, however narrow the filter; an HNSW graph walked through
    # rows the filter drops would miss some, so a narrow filter is searched exactly over its rows.
    rng = np.random.default_rng(int(keep * 1000))
    vectors, n = _unit(rng, 3000), 3000
    allowed = rng.random(n) < keep
    allowed[rng.integers(n)] = True
    index = build_dense(vectors, kind=kind)
    for q in _unit(rng, 5):
        got = search_dense(index, q, 10, allowed)
        scores = np.where(allowed, vectors @ q, -np.inf)
        want = np.argsort(-scores)[:min(10, int(allowed.sum()))]
        assert all(allowed[r] for r, _ in got) and {r for r, _ in got} == set(want.tolist())


def test_a_memory_mapped_hnsw_index_searches_a_filter_exactly(tmp_path):
    rng = np.random.default_rng(5)
    vectors, allowed = _unit(rng, 800), rng.random(800) < 0.02
    write_dense(build_dense(vectors, kind="hnsw"), tmp_path / "d.faiss")
    index = read_dense(tmp_path / "d.faiss", mmap=True)
    q = _unit(rng, 1)[0]
    want = np.argsort(-np.where(allowed, vectors @ q, -np.inf))[:5]
    assert [r for r, _ in search_dense(index, q, 5, allowed)] == want.tolist()


def test_a_filter_that_keeps_no_row_finds_nothing():
    vectors = _unit(np.random.default_rng(9), 40)
    assert search_dense(build_dense(vectors), vectors[0], 5, np.zeros(40, dtype=bool)) == []


def test_a_filter_on_an_updated_graph_finds_the_allowed_rows_not_their_old_slots():
    # After a rebuild kept the graph (qa.graph), slot i is no longer row i: a filter given by row must be
    # searched by slot and answered by row, deleted slots never returned, the delta's rows filtered too.
    from qa import graph
    from qa.config import Settings

    rng, small = np.random.default_rng(11), Settings(hnsw_above=10, hnsw_rebuild_share=0.5)
    vectors = _unit(rng, 400)
    old = graph.dense_for(vectors, None, None, small).index
    keep = [i for i in range(400) if i % 7]  # every 7th row deleted, 30 rows inserted in front: rows shift
    new = np.concatenate([_unit(rng, 30), vectors[keep]])
    updated = graph.dense_for(new, np.array([-1] * 30 + keep), graph.previous_graph(old, Path("-"), 0), small)
    assert updated.how == "delta"
    allowed = rng.random(len(new)) < 0.1
    for q in _unit(rng, 5):
        want = np.argsort(-np.where(allowed, new @ q, -np.inf))[:10]
        assert [r for r, _ in search_dense(updated.index, q, 10, allowed)] == want.tolist()
