"""Fuzz: every file of an index version mutated (random bytes, truncation, .npy headers of another shape, dtype or
order, JSON values of another type or range), mostly with the checksums recomputed as an attacker would; loading,
answering, rendering and a rebuild's reuse give the one-line error or a sound answer (every quote and passage
verbatim from its article), never a signal, a hang or a traceback.

Seeded (each case is reproducible from its number), bounded in count (MAX_CASES) and in time (MAX_SECONDS of
cases after the worker has loaded the model); the first cases cover every file with every kind of mutation, and they
all run however busy the machine is (the time bound stops only the cases after them).
Reproduce case N: `FUZZ_ONLY=N pytest tests/test_fuzz_index.py`.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from index_probe import Probe

from qa import store

pytestmark = pytest.mark.slow
SEED = 11
MAX_CASES = 600
MAX_SECONDS = 60.0
HOSTILE = (-1, 0, 1, 7, 2**31, 2**31 - 1, 2**63, -(2**63), 10**30, 1.5, -0.0, float("nan"), "", "x", "0", None,
           True, [], [0], {}, {"a": 1}, [[[]]])


def _random_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))] if data else data


def _npy_header(rng: random.Random, data: bytes) -> bytes:
    """The same payload under a header of another shape, dtype or order (a well-formed header)."""
    f = io.BytesIO(data)
    try:
        fmt = np.lib.format
        read = fmt.read_array_header_1_0 if fmt.read_magic(f) == (1, 0) else fmt.read_array_header_2_0
        shape, fortran, dtype = read(f)
    except ValueError:
        return _random_bytes(rng, data)
    payload = data[f.tell():]
    n = shape[0] if shape else 1
    choice = rng.randrange(3)
    if choice == 0:
        shape = rng.choice([(n + 1, *shape[1:]), (max(n - 1, 0), *shape[1:]), (2**31, *shape[1:]), (0, *shape[1:]),
                            (*shape, 2), shape[:-1] or (1,), (n * 2,), tuple(reversed(shape)), (2**62,)])
    elif choice == 1:
        dtype = np.dtype(rng.choice(["<f4", "<f2", "<f8", "<i4", "<i8", ">i4", ">f4", "|u1", "<u8", "<c8", "|b1"]))
    else:
        fortran = not fortran
    out = io.BytesIO()
    np.lib.format.write_array_header_1_0(out, {"descr": np.lib.format.dtype_to_descr(dtype),
                                               "fortran_order": fortran, "shape": shape})
    return out.getvalue() + payload


def _mutate_value(rng: random.Random, obj: object) -> object:
    """`obj` with one value somewhere inside replaced by a hostile one (or a key dropped)."""
    if isinstance(obj, dict) and obj:
        key = rng.choice(sorted(obj))
        if rng.random() < 0.15:
            return {k: v for k, v in obj.items() if k != key}
        return {**obj, key: _mutate_value(rng, obj[key]) if rng.random() < 0.4 else rng.choice(HOSTILE)}
    if isinstance(obj, list) and obj:
        i = rng.randrange(len(obj))
        return [*obj[:i], _mutate_value(rng, obj[i]) if rng.random() < 0.4 else rng.choice(HOSTILE), *obj[i + 1:]]
    if isinstance(obj, int) and not isinstance(obj, bool):
        return rng.choice([obj + 1, obj - 1, -obj - 1, obj * 1000, 2**31 + obj])
    return rng.choice(HOSTILE)


def _json_values(rng: random.Random, data: bytes) -> bytes:
    """One JSON document (or one JSONL line) with a value of another type or range."""
    lines = data.decode("utf-8", errors="replace").splitlines()
    if not lines:
        return data
    i = rng.randrange(len(lines))
    try:
        lines[i] = json.dumps(_mutate_value(rng, json.loads(lines[i])))
    except ValueError:
        return _random_bytes(rng, data)
    return ("\n".join(lines) + "\n").encode("utf-8")


KINDS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "random bytes": _random_bytes, "truncation": _truncate, "structure": _json_values}


def _kind(name: str, kind: str) -> Callable[[random.Random, bytes], bytes]:
    """A "structure" mutation is the .npy header for arrays, a JSON value for JSON and JSONL files."""
    if kind != "structure":
        return KINDS[kind]
    return _npy_header if name.endswith(".npy") else _json_values if ".json" in name else _random_bytes


def _case(pristine: Path, work: Path, number: int, names: list[str], forge: Callable[[Path], None]
          ) -> tuple[Path, str]:
    """Case `number`: a fresh copy of the index with one file mutated; (index folder, description)."""
    rng = random.Random(SEED * 1_000_003 + number)
    name = names[number % len(names)]
    kind = list(KINDS)[(number // len(names)) % len(KINDS)]
    index_dir = work / "index"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, index_dir)
    version = store.current_version(index_dir)
    path = index_dir / store.CURRENT if name == store.CURRENT else version / name
    path.write_bytes(_kind(name, kind)(rng, path.read_bytes()))
    forged = name not in (store.CURRENT, store.MANIFEST) and rng.random() < 0.85
    if forged:
        forge(version)  # the manifest agrees with the mutated file: only the checks of its data stand in the way
    return index_dir, f"case {number}: {kind} in {name}{', checksums forged' if forged else ''}"


def test_fuzzed_index_files_give_one_line_errors_or_sound_answers(shipped_index, tmp_path, forge_checksums):
    version = store.current_version(shipped_index)
    names = sorted(p.name for p in version.iterdir()) + [store.CURRENT]
    only = os.environ.get("FUZZ_ONLY")
    numbers = [int(only)] if only else range(MAX_CASES)
    probe = Probe(timeout=60)
    outcomes: Counter[str] = Counter()
    bad: list[str] = []
    try:
        assert probe.check(shipped_index) == {"outcome": "answer"}  # starts the worker, loads the model
        started, covering = time.monotonic(), len(names) * len(KINDS)  # every file with every kind, however slow
        for number in numbers:
            if number >= covering and time.monotonic() - started > MAX_SECONDS:
                break
            index_dir, what = _case(shipped_index, tmp_path / "case", number, names, forge_checksums)
            reply = probe.check(index_dir)
            outcomes[reply["outcome"]] += 1
            message = reply.get("message", "")
            if reply["outcome"] not in ("error", "answer") or "\n" in message or str(index_dir) not in message and (
                    reply["outcome"] == "error"):
                bad.append(f"{what}: {reply}")
    finally:
        probe.close()
    print(f"fuzz: {sum(outcomes.values())} cases, {dict(outcomes)}")
    assert not bad, "\n".join(bad[:20])
    assert only or sum(outcomes.values()) >= covering, "too few cases ran to cover every file"
