"""Duplicate groups updated from the previous version's (qa/dedup_update.py) equal a full build's, whatever
was removed, added or copied: exact copies, near copies across sources, groups that lose their first row."""

import random

import numpy as np
import pytest

from qa import dedup_update
from qa.dedup import groups_from_keys, text_keys
from qa.dedup_update import Before, key_head, update_groups
from qa.segments import NewRows, Stacked

THRESHOLD = 0.6
WORDS = [f"w{i}" for i in range(40)]


def _corpus(rng: random.Random, n: int) -> list[tuple[int, str]]:
    """(source, text) rows: originals, exact copies, near copies (a word or two changed), short texts."""
    rows: list[tuple[int, str]] = []
    for _ in range(n):
        kind = rng.random()
        if rows and kind < 0.25:
            rows.append((rng.randrange(6), rng.choice(rows)[1]))
        elif any(t for _, t in rows) and kind < 0.55:
            words = rng.choice([t for _, t in rows if t]).split()
            for _ in range(rng.randint(1, 2)):
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            rows.append((rng.randrange(6), " ".join(words)))
        elif kind < 0.65:
            rows.append((rng.randrange(6), " ".join(rng.choices(WORDS, k=rng.randint(0, 4)))))
        else:
            rows.append((rng.randrange(6), " ".join(rng.choices(WORDS, k=rng.randint(8, 14)))))
    return rows


def _groups(rows: list[tuple[int, str]], sources: bool):
    texts = [t for _, t in rows]
    keys = text_keys(texts, THRESHOLD)
    return keys, groups_from_keys(keys, texts.__getitem__, THRESHOLD, [s for s, _ in rows] if sources else None)


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("sources", [False, True])
def test_updated_groups_equal_a_full_builds(seed, sources, monkeypatch):
    rng = random.Random(seed)
    old = _corpus(rng, rng.randint(5, 60))
    old_keys, old_groups = _groups(old, sources)
    new, old_row = [], []
    for i, row in enumerate(old):  # keep most rows, in order; drop some; insert new ones anywhere
        while rng.random() < 0.15:
            extra = _corpus(rng, 1)[0] if rng.random() < 0.5 else (rng.randrange(6), rng.choice(old)[1])
            new.append(extra)
            old_row.append(-1)
        if rng.random() < 0.8:
            new.append(row)
            old_row.append(i)
    keys, full = _groups(new, sources)
    carried = np.asarray(old_row, dtype=np.int64)
    fresh = np.flatnonzero(carried < 0)
    mixed = keys.copy()
    mixed[carried >= 0] = old_keys[carried[carried >= 0]]
    if len(fresh):
        mixed[fresh] = text_keys([new[i][1] for i in fresh], THRESHOLD)
    assert (mixed == keys).all()  # a text's keys do not depend on the texts around it
    before = Before(old_keys, old_groups.dup_of, old_groups.edges, carried)
    texts = [t for _, t in new]
    updated = update_groups(mixed, before, texts.__getitem__, THRESHOLD, [s for s, _ in new] if sources else None)
    assert updated.dup_of.tolist() == full.dup_of.tolist()
    # the same from the previous keys and the fresh rows' alone, read a few rows at a time, never gathered
    lazy = NewRows(Stacked(old_keys), carried, mixed[fresh])
    assert (key_head(lazy) == keys[:, :3]).all() and (lazy[np.arange(len(new))[::-1]] == keys[::-1]).all()
    monkeypatch.setattr(dedup_update, "_BLOCK", 7)
    streamed = update_groups(lazy, before, texts.__getitem__, THRESHOLD, [s for s, _ in new] if sources else None)
    assert streamed.dup_of.tolist() == full.dup_of.tolist() and np.array_equal(streamed.edges, updated.edges)
    # and the updated edges carry the next update as well as a full build's would
    again = update_groups(keys, Before(keys, updated.dup_of, updated.edges, np.arange(len(new))), texts.__getitem__,
                          THRESHOLD, [s for s, _ in new] if sources else None)
    assert again.dup_of.tolist() == full.dup_of.tolist()


def test_nothing_carried_is_a_full_build():
    rows = _corpus(random.Random(3), 40)
    keys, full = _groups(rows, True)
    texts = [t for _, t in rows]
    empty = Before(keys[:0], np.zeros(0, dtype=np.int64), np.zeros((0, 2), dtype=np.int64),
                   np.full(len(rows), -1, dtype=np.int64))
    assert update_groups(keys, empty, texts.__getitem__, THRESHOLD, [s for s, _ in rows]).dup_of.tolist() == \
        full.dup_of.tolist()


def test_the_previous_and_new_exact_copy_classes_from_one_sort_equal_two_sorts():
    from qa.dedup import exact_firsts

    rng = np.random.default_rng(1)
    for _ in range(300):  # carried, removed and new rows; digests whose first halves collide; rows without words
        n_old, kinds = int(rng.integers(0, 60)), int(rng.integers(1, 8))
        digests = rng.integers(0, 2**63, (kinds, 2), dtype=np.uint64)
        if rng.random() < 0.3:
            digests[:, 0] = digests[0, 0]

        def heads(k, digests=digests, kinds=kinds):
            h = np.zeros((k, 3), np.uint64)
            h[:, :2] = digests[rng.integers(0, kinds, k)]
            h[:, 2] = rng.integers(0, 3, k).astype(np.uint64) * (rng.random(k) < 0.8)
            h[h[:, 2] == 0, :2] = 0
            return h

        old = heads(n_old)
        carried = np.flatnonzero(rng.random(n_old) < 0.7)
        n = len(carried) + int(rng.integers(0, 10))
        at = np.sort(rng.choice(n, len(carried), replace=False))
        new = heads(n)
        new[at] = old[carried]
        new_of_old = np.full(n_old, -1)
        new_of_old[carried] = at
        firsts, old_firsts = dedup_update._both_firsts(new, old, new_of_old)
        assert np.array_equal(firsts, exact_firsts(new)) and np.array_equal(old_firsts, exact_firsts(old))
