"""Incremental BM25 (qa/bm25_update.py): a base segment kept, removed chunks marked, new ones in a delta."""

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa.bm25_files import read_sparse, write_sparse
from qa.bm25_update import sparse_for
from qa.config import Settings
from qa.errors import IndexCorruptError
from qa.sparse import build_sparse

UPDATE = Settings(bm25_merge_share=0.5)  # never merge in these edits
P = {"k1": 1.5, "b": 0.75, "epsilon": 0.25}


def _corpus(n, seed):
    rng = np.random.default_rng(seed)
    vocab = [f"w{i}" for i in range(300)]
    p = 1 / np.arange(1, 301)
    p /= p.sum()
    return [list(rng.choice(vocab, size=rng.integers(5, 40), p=p)) for _ in range(n)], vocab, p, rng


def _round_trip(index, folder):
    folder.mkdir()
    write_sparse(index, folder)
    return read_sparse(folder)


@pytest.fixture
def edited(tmp_path):
    """A 400-chunk index written and read back, then 10 chunks removed, 5 edited and 8 added (rows shift)."""
    docs, vocab, p, rng = _corpus(400, 7)
    old = _round_trip(build_sparse(docs, **P), tmp_path / "old")
    new = [d for i, d in enumerate(docs) if i % 40 != 3]
    for i in range(0, 50, 10):
        new[i] = [*new[i], "edited"]
    for j in range(8):
        new.insert(100 + 20 * j, [*rng.choice(vocab, size=12, p=p), f"fresh{j}"])
    return docs, new, old, vocab, p, rng


def test_an_edit_keeps_the_base_and_adds_a_delta(edited, tmp_path):
    _, new, old, *_ = edited
    out = sparse_for(new, old, UPDATE)
    assert (out.how, out.deleted, out.delta) == ("updated", 15, 13)
    assert len(out.index.segments) == 2 and "bm25_base_data.npy" in out.linked


def test_idf_is_exact_and_top_results_match_a_full_rebuild(edited, tmp_path):
    # Document frequencies (hence idf) are the full rebuild's exactly; only avgdl is the base's until a merge.
    _, new, old, vocab, p, rng = edited
    updated = _round_trip(sparse_for(new, old, UPDATE).index, tmp_path / "new")
    full = build_sparse(new, **P)
    for term, row in full.vocab.items():
        assert updated.df[updated.vocab[term]] == full.df[row]
        assert updated.term_idf[updated.vocab[term]] == pytest.approx(full.term_idf[row], rel=1e-6)
    assert set(updated.vocab) == set(full.vocab)
    reference = BM25Okapi(new)
    for _ in range(30):
        query = [*rng.choice(vocab, size=3, p=p)]
        ours, ref = updated.scores(query), reference.get_scores(query)
        np.testing.assert_allclose(ours, ref, rtol=0.02, atol=1e-3)  # avgdl moved 0.6% in this edit
        top = [r for r, _ in updated.search(query, 10)]
        assert np.allclose(ref[top], np.sort(ref)[::-1][:10], rtol=0.02)


def test_removed_chunks_never_come_back(edited, tmp_path):
    docs, new, old, *_ = edited
    once = _round_trip(sparse_for(new, old, UPDATE).index, tmp_path / "once")
    again = _round_trip(sparse_for(new[:-1], once, UPDATE).index, tmp_path / "again")
    for index, n in ((once, len(new)), (again, len(new) - 1)):
        assert index.n_docs == n
        hits = {r for r, _ in index.search(["fresh7"], 50)}
        assert hits == {new.index([d for d in new if "fresh7" in d][0])}
    gone = [t for t in docs[3] if all(t not in d for d in new)]
    for t in gone:  # a term only removed chunks held is unknown again, as in a fresh build
        assert t not in once.vocab and once.search([t], 5) == []


def test_the_chunks_holding_a_term_are_a_full_rebuilds_in_every_segment(edited, tmp_path):
    # Abstention reads which chunks hold each key term: after an `add`, a term of an added chunk lives in the delta
    # segment and the base's columns map to shifted rows; reading the first segment alone missed added articles.
    docs, new, old, *_ = edited
    updated = _round_trip(sparse_for(new, old, UPDATE).index, tmp_path / "new")
    full = build_sparse(new, **P)
    assert len(updated.segments) == 2
    for term in full.vocab:
        np.testing.assert_array_equal(updated.rows_holding(term), full.rows_holding(term), err_msg=term)
    assert updated.rows_holding("fresh7").tolist() == [i for i, d in enumerate(new) if "fresh7" in d]
    gone = [t for t in docs[3] if all(t not in d for d in new)]
    assert all(len(updated.rows_holding(t)) == 0 for t in [*gone, "never-seen"])


def test_a_merge_restores_exact_scores(edited):
    _, new, old, vocab, p, rng = edited
    merged = sparse_for(new, old, Settings(bm25_merge_share=0.01))
    assert merged.how == "merged" and not merged.linked and len(merged.index.segments) == 1
    reference = BM25Okapi(new)
    for _ in range(10):
        query = [*rng.choice(vocab, size=3, p=p)]
        np.testing.assert_allclose(merged.index.scores(query), reference.get_scores(query), rtol=1e-5, atol=1e-5)


def test_files_from_before_segments_are_served_and_replaced_by_a_full_build(tmp_path):
    # The layout before segments: idf inside the weights, no df, no keys.
    import json

    docs, *_ = _corpus(50, 3)
    index = build_sparse(docs, **P)
    w = index.weights.multiply(index.term_idf[:, None]).tocsr().astype(np.float32)
    for name, array in (("data", w.data), ("indices", w.indices), ("indptr", w.indptr)):
        np.save(tmp_path / f"bm25_{name}.npy", array)
    (tmp_path / "bm25_vocab.json").write_text(json.dumps({"n_docs": 50, "terms": list(index.terms)}))
    old = read_sparse(tmp_path)
    np.testing.assert_allclose(old.scores(docs[0][:3]), index.scores(docs[0][:3]), rtol=1e-5)
    assert sparse_for(docs, old, UPDATE).how == "new"


@pytest.mark.parametrize("name, edit, message", [
    ("bm25_delta_rows.npy", lambda a: np.zeros_like(a), "exactly once"),
    ("bm25_delta_rows.npy", lambda a: a + 10_000, "chunk row outside"),
    ("bm25_delta_indices.npy", lambda a: a + 100, "chunk number outside"),
    ("bm25_delta_data.npy", lambda a: np.full_like(a, np.inf), "not a finite number"),
    ("bm25_delta_indptr.npy", lambda a: a[::-1].copy(), "do not increase"),
    ("bm25_df.npy", lambda a: a + 10_000, "document frequency outside"),
])
def test_a_damaged_delta_segment_is_caught_at_load(edited, tmp_path, name, edit, message):
    _, new, old, *_ = edited
    folder = tmp_path / "new"
    _round_trip(sparse_for(new, old, UPDATE).index, folder)
    np.save(folder / name, edit(np.load(folder / name)))
    with pytest.raises(IndexCorruptError, match=message) as e:
        read_sparse(folder)
    assert "\n" not in str(e.value) and name.removesuffix(".npy") in str(e.value)


def test_a_full_build_takes_the_digests_it_is_given_instead_of_hashing_the_tokens_again(monkeypatch):
    import qa.sparse
    from qa.bm25_update import updatable

    docs = [["red", "bridge"], ["blue", "ferry"], ["red", "ferry"]]
    keys = qa.sparse.token_keys(docs)
    monkeypatch.setattr(qa.sparse, "token_keys", lambda d: pytest.fail("hashed the tokens again"))
    full = sparse_for(docs, None, Settings(), keys)
    assert full.how == "new" and full.index.segments[0].keys is keys and not updatable(None, Settings())
    assert updatable(full.index, Settings()) == full.index.idf_applied
