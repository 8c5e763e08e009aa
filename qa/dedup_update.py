"""Duplicate groups after a rebuild from the previous version's, at the cost of the rows that changed.

The groups are the connected parts of a graph: exact copies (equal digests) and near-copy edges (table rows that
LSH proposes, from two sources, similar enough; `qa.dedup`). Between two unchanged rows an edge exists now
exactly when it did before, so the previous version's groups hold, except where a removed row, or a row that
entered or left the LSH table (the first of its exact copies changed), was part of one: those groups are
checked again pair by pair. Rows new to the table are matched against every table row by their band hashes (a
NumPy pass, no Python per row). The result is the full build's (tests/test_dedup_update.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from qa.dedup import BANDS_AT, Groups, Shingles, components, exact_firsts, in_table
from qa.minhash import equal_key_pairs


@dataclass(frozen=True, slots=True, eq=False)
class Before:
    """The previous version's keys, groups (each row's lowest row) and near-copy edges, and for each new row
    the previous row it carries over unchanged (-1: a new row)."""

    keys: np.ndarray
    dup_of: np.ndarray
    edges: np.ndarray
    old_row: np.ndarray


def update_groups(keys: np.ndarray, before: Before, text_of: Callable[[int], str], threshold: float,
                  sources: Sequence[Hashable] | None = None) -> Groups:
    """The groups of the new rows (`keys`, the carried rows' taken from `before`), as `groups_from_keys` gives."""
    n, n_old = len(keys), len(before.keys)
    firsts = exact_firsts(keys)
    table = in_table(keys, firsts)
    old_table = in_table(before.keys, exact_firsts(before.keys))
    old_dup = np.asarray(before.dup_of, dtype=np.int64)
    kept = np.flatnonzero(before.old_row >= 0)
    old_of_kept = before.old_row[kept]
    new_of_old = np.full(n_old, -1, dtype=np.int64)
    new_of_old[old_of_kept] = kept
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


def _pairs_with(keys: np.ndarray, table: np.ndarray, fresh: np.ndarray) -> np.ndarray:
    """Pairs (x, y), x < y, of `table` rows equal in some band, at least one of them `fresh` (with `table` and
    `fresh` both the rows to recheck: every pair among them)."""
    rows = np.flatnonzero(table)
    star = np.flatnonzero(fresh)
    out = []
    for band in range(BANDS_AT, keys.shape[1] if len(star) and len(rows) > 1 else 0):
        wanted = np.unique(np.asarray(keys[star, band]))
        col = np.asarray(keys[rows, band])
        at = np.minimum(np.searchsorted(wanted, col), len(wanted) - 1)
        hit = rows[wanted[at] == col]
        if len(hit) < 2:
            continue
        for a, b in equal_key_pairs(np.asarray(keys[hit, band]), np.arange(len(hit))):
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
