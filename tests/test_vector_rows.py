"""Sentence vectors in segments (qa/vector_rows.py): which stored row each new sentence reads."""

import numpy as np
import pytest

from qa import arrays, vector_rows
from qa.columns import fixed_strings
from qa.known import Known, find


def _last_row(old, new):
    where = {h: i for i, h in enumerate(old)}  # the old reuse dict's rule: the last row wins
    return [where.get(h, -1) for h in new]


def _known(sentence_keys, chunk_keys):
    sentences = vector_rows.StackedVectors(np.zeros((len(sentence_keys), 3), dtype=np.float16))
    return Known(np.zeros((len(chunk_keys), 3), dtype=np.float32), fixed_strings(chunk_keys), sentences,
                 fixed_strings(sentence_keys))


def test_find_takes_the_last_previous_row_of_each_key_as_the_reuse_dict_did():
    rng = np.random.default_rng(3)
    pool = [f"{x:032x}" for x in rng.integers(0, 2**62, size=60)]
    pool += [pool[0][:8] + "f" * 24]  # same first 8 bytes as another key, different key
    old = [pool[i] for i in rng.integers(0, len(pool), size=300)]
    chunks = [pool[i] for i in rng.integers(0, len(pool), size=50)]
    new = [pool[i] for i in rng.integers(0, len(pool), size=200)] + ["e" * 32]
    found = find(_known(old, chunks), new)
    assert found.sentence.tolist() == _last_row(old, new) and found.sentence[-1] == -1
    assert found.chunk.tolist() == _last_row(chunks, new)


def test_keys_of_another_width_are_not_found():
    found = find(_known(["a" * 32, "b" * 32], ["a" * 32]), ["a" * 16, "bb"])
    assert found.sentence.tolist() == [-1, -1] and found.chunk.tolist() == [-1, -1]


def test_stacked_vectors_read_base_and_delta_through_the_map():
    base = np.arange(12, dtype=np.float16).reshape(4, 3)
    delta = -np.arange(6, dtype=np.float16).reshape(2, 3) - 1
    v = vector_rows.StackedVectors(base, delta, np.array([3, 4, 0, 5, 0]))
    assert v.shape == (5, 3) and len(v) == 5
    assert np.array_equal(v[np.array([1, 3, 2])], np.stack([delta[0], delta[1], base[0]]))
    assert np.array_equal(np.asarray(v), np.stack(list(v)))
    # one row gives its vector, as a plain array does (the lead ranker reads sentences one at a time)
    assert np.array_equal(v[1], delta[0]) and np.array_equal(v[np.int64(0)], base[3]) and v[4].shape == (3,)


def test_last_rows_matches_the_dict_for_few_and_many_keys():
    rng = np.random.default_rng(5)
    pool = [f"{x:032x}" for x in rng.integers(0, 2**62, size=80)]
    old = [pool[i] for i in rng.integers(0, len(pool), size=400)]
    a = fixed_strings(old).matrix
    where = {h: i for i, h in enumerate(old)}  # the last row wins
    for n in (5, 200):  # one by one under 33 keys, sorted above
        new = [pool[i] for i in rng.integers(0, len(pool), size=n)] + ["0" * 32]
        got = vector_rows.last_rows(a, fixed_strings(new).matrix)
        assert got.tolist() == [where.get(h, -1) for h in new]


def test_fixed_strings_round_trip_and_refuse_mixed_widths(tmp_path):
    from qa.columns import FixedStrings, read_strings, write_strings

    keys = [f"{x:032x}" for x in range(70_000, 70_000 + 70_000 * 3, 3)]  # more than one block of rows
    fixed = fixed_strings(keys)
    assert isinstance(fixed, FixedStrings) and list(fixed) == keys and fixed[7] == keys[7]
    write_strings(tmp_path, "k", fixed)
    column = read_strings(tmp_path, "k", rows=len(keys), limits=(10**9, 10**9))
    assert list(column) == keys and fixed_strings(column).matrix.tolist() == fixed.matrix.tolist()
    assert fixed_strings(["ab", "abc"]) is None and fixed_strings(["é"]) is None and fixed_strings([]) is None


def test_new_rows_read_previous_rows_by_position_and_fresh_ones_in_order():
    base = np.arange(12, dtype=np.float16).reshape(4, 3)
    previous = vector_rows.StackedVectors(base, -np.ones((1, 3), dtype=np.float16), np.array([3, 4, 0, 1]))
    fresh = np.full((2, 3), 9, dtype=np.float16)
    new = vector_rows.NewVectors(previous, np.array([1, -1, 3, -1, 0]), fresh)
    want = np.stack([previous[1], fresh[0], previous[3], fresh[1], previous[0]])
    assert np.array_equal(np.asarray(new), want) and np.array_equal(new[np.array([4, 1])], want[[4, 1]])


def test_keys_are_fingerprinted_and_sorted_once_however_often_they_are_matched(monkeypatch):
    rng = np.random.default_rng(7)
    pool = [f"{x:032x}" for x in rng.integers(0, 2**62, size=90)]
    known = _known(pool[:60], pool[50:])
    seen, fingerprint = [], vector_rows._fingerprint
    monkeypatch.setattr(vector_rows, "_fingerprint", lambda keys: seen.append(len(keys)) or fingerprint(keys))
    for n in (3, 70, 70):  # one by one, then sorted, twice
        asked = [pool[i] for i in rng.integers(0, len(pool), size=n)]
        found = find(known, asked)
        assert found.sentence.tolist() == [pool[:60].index(h) if h in pool[:60] else -1 for h in asked]
        assert found.chunk.tolist() == [pool[50:].index(h) if h in pool[50:] else -1 for h in asked]
    assert sorted(seen).count(60) == 1 and seen.count(40) == 1  # the previous keys: once each, not per lookup
    assert len(known.prints("sentence")._sorted) == 1


def test_rows_taken_by_runs_equal_fancy_indexing_over_base_and_delta(tmp_path):
    rng = np.random.default_rng(0)
    np.save(tmp_path / "base.npy", rng.integers(0, 1 << 60, (300, 5), dtype=np.uint64))
    base = np.load(tmp_path / "base.npy", mmap_mode="r")  # mapped, as a rebuild reads the previous keys
    delta = rng.integers(0, 1 << 60, (9, 5), dtype=np.uint64)
    whole = np.concatenate([base, delta])
    for rows in (np.r_[0:120, 130:300, 300:309], np.r_[5:40, 302, 303, 40:90, 308], np.r_[299, 300],
                 rng.integers(0, 309, 500), np.r_[0:309][::-1], np.zeros(0, dtype=np.int64)):  # runs, or scattered
        assert np.array_equal(arrays.take((base, delta), rows), whole[rows])
        assert np.array_equal(arrays.take((base,), rows[rows < 300]), base[rows[rows < 300]])
    with pytest.raises(IndexError):
        arrays.take((base, delta), np.r_[3, 309])
    stacked = vector_rows.StackedVectors(base, delta, np.r_[0:150, 305, 150:300])
    assert np.array_equal(stacked[np.r_[0:301]], whole[np.r_[0:150, 305, 150:300]])
