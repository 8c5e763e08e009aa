"""Duplicate groups after a rebuild from the previous version's, at the cost of the rows that changed.

The groups are the connected parts of a graph: exact copies (equal digests) and near-copy edges (table rows that
LSH proposes, from two sources, similar enough; `qa.dedup`). Between two unchanged rows an edge exists now
exactly when it did before, so the previous version's groups hold, except where a removed row, or a row that
entered or left the LSH table (the first of its exact copies changed), was part of one: those groups are
checked again pair by pair. Rows new to the table are matched against every table row by their band hashes (a
NumPy pass, no Python per row). The result is the full build's (tests/test_dedup_update.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from qa.dedup import BANDS_AT, Groups, Shingles, components, exact_firsts, in_table
from qa.minhash import equal_key_pairs
from qa.segments import NewRows

_BLOCK = 1 << 15  # rows of keys read at a time: ~12 MB of 45 uint64 columns, the same memory reused


# A new version's keys: an array, or rows of the previous version's mapped keys and the fresh rows' (`NewRows`), read
# a block at a time and never gathered whole (190 MB of keys at 82k chunks, 2.3 GB at 1M).
Keys = np.ndarray | NewRows


def _blocks(keys: Keys, rows: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """`rows` and their keys, a block of rows at a time."""
    for a in range(0, len(rows), _BLOCK):
        yield rows[a:a + _BLOCK], np.asarray(keys[rows[a:a + _BLOCK]])


def key_head(keys: Keys) -> np.ndarray:
    """The digest and shingle-count columns of every row (of mapped rows only those columns copied)."""
    if not isinstance(keys, NewRows):
        return np.asarray(keys[:, :BANDS_AT])
    return np.asarray(keys.columns(BANDS_AT))


@dataclass(frozen=True, slots=True, eq=False)
class Before:
    """The previous version's keys, groups (each row's lowest row) and near-copy edges, and for each new row
    the previous row it carries over unchanged (-1: a new row)."""

    keys: np.ndarray
    dup_of: np.ndarray
    edges: np.ndarray
    old_row: np.ndarray


def update_groups(keys: Keys, before: Before, text_of: Callable[[int], str], threshold: float,
                  sources: Sequence[Hashable] | None = None, head: np.ndarray | None = None) -> Groups:
    """The groups of the new rows (`keys`, the carried rows' taken from `before`), as `groups_from_keys` gives.
    `head`: `key_head(keys)` when the caller has it."""
    n, n_old = len(keys), len(before.keys)
    head = key_head(keys) if head is None else head
    kept = np.flatnonzero(before.old_row >= 0)
    old_of_kept = before.old_row[kept]
    new_of_old = np.full(n_old, -1, dtype=np.int64)
    new_of_old[old_of_kept] = kept
    firsts, old_firsts = _both_firsts(head, before.keys, new_of_old)
    table = in_table(head, firsts)
    old_table = in_table(before.keys, old_firsts)
    old_dup = np.asarray(before.dup_of, dtype=np.int64)
    changed = kept[table[kept] != old_table[old_of_kept]]
    gone = (new_of_old < 0) & old_table
    touched = np.zeros(n_old, dtype=bool)  # previous groups that lost a table row or whose table rows changed
    touched[np.unique(np.concatenate([old_dup[gone], old_dup[before.old_row[changed]]]))] = True
    touched = touched[old_dup]
    e = np.asarray(before.edges, dtype=np.int64).reshape(-1, 2)
    held = e[(new_of_old[e] >= 0).all(axis=1) & ~touched[e[:, 0]]]
    fresh = np.zeros(n, dtype=bool)
    fresh[before.old_row < 0] = True
    fresh[changed] = True
    fresh &= table
    recheck = np.zeros(n, dtype=bool)
    recheck[new_of_old[touched & (new_of_old >= 0)]] = True
    recheck &= table & ~fresh
    pairs = np.concatenate([_pairs_with(keys, table, fresh), _pairs_with(keys, recheck, recheck)])
    edges = np.concatenate([new_of_old[held], _similar(pairs, text_of, threshold, sources)])
    return Groups(components(n, firsts, edges), edges)


def _both_firsts(head: np.ndarray, old_head: np.ndarray, new_of_old: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`exact_firsts` of the new rows and of the previous rows no new row carries, from one sort (an add sorted every
    row's digest twice); a carried previous row is in its new row's class."""
    # A class's first new row is its first row (new rows come first); its first previous row is the lowest previous
    # row in it.
    gone = np.flatnonzero(new_of_old < 0)
    firsts = exact_firsts(np.concatenate([np.asarray(head[:, :BANDS_AT]), np.asarray(old_head[gone, :BANDS_AT])]))
    at = new_of_old.copy()  # each previous row's place in the sorted rows
    at[gone] = len(head) + np.arange(len(gone))
    label = firsts[at]
    has = np.flatnonzero(label >= 0)
    lowest = np.full(len(firsts), len(new_of_old), dtype=np.int64)
    np.minimum.at(lowest, label[has], has)
    old_firsts = np.full(len(new_of_old), -1, dtype=np.int64)
    old_firsts[has] = lowest[label[has]]
    return firsts[:len(head)], old_firsts


def _pairs_with(keys: Keys, table: np.ndarray, fresh: np.ndarray) -> np.ndarray:
    """Pairs (x, y), x < y, of `table` rows equal in some band, at least one of them `fresh` (with `table` and `fresh`
    both the rows to recheck: every pair among them)."""
    # The table rows' keys are read a block at a time, each band's values kept only where a fresh row has them.
    rows = np.flatnonzero(table)
    star = np.flatnonzero(fresh)
    if not len(star) or len(rows) < 2:
        return _distinct([])
    bands = range(BANDS_AT, keys.shape[1])
    star_keys = np.asarray(keys[star])
    wanted = [np.unique(star_keys[:, band]) for band in bands]
    hits: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in bands]
    for block_rows, block in _blocks(keys, rows):
        for j, band in enumerate(bands):
            col = block[:, band]
            at = np.minimum(np.searchsorted(wanted[j], col), len(wanted[j]) - 1)
            match = wanted[j][at] == col
            if match.any():
                hits[j].append((block_rows[match], col[match]))
    out = []
    for found in hits:
        hit = np.concatenate([h for h, _ in found]) if found else np.zeros(0, dtype=np.int64)
        if len(hit) < 2:
            continue
        for a, b in equal_key_pairs(np.concatenate([v for _, v in found]), np.arange(len(hit))):
            x, y = hit[a], hit[b]
            keep = fresh[x] | fresh[y]
            out.append(np.stack([np.minimum(x, y)[keep], np.maximum(x, y)[keep]], axis=1))
    return _distinct(out)


def _distinct(parts: list[np.ndarray]) -> np.ndarray:
    return np.unique(np.concatenate(parts), axis=0) if parts else np.zeros((0, 2), dtype=np.int64)


def _similar(pairs: np.ndarray, text_of: Callable[[int], str], threshold: float,
             sources: Sequence[Hashable] | None) -> np.ndarray:
    """The pairs from two sources whose texts are similar enough: near-copy edges."""
    shingles = Shingles(text_of)
    keep = [(x, y) for x, y in pairs.tolist()
            if (sources is None or sources[x] != sources[y]) and shingles.similar(x, y, threshold)]
    return np.asarray(keep, dtype=np.int64).reshape(-1, 2)
