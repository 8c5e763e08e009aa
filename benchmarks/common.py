"""Shared helpers for the benchmark scripts: paths, machine facts, tables, timing, memory, JSON results."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# As `import qa` sets it (qa/blas_idle.py), but before this harness's own NumPy (`cpu_reference`, a benchmark's
# arrays) loads OpenBLAS, which reads it then: a benchmark runs the product as the CLI and the UI do.
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
RESULTS = REPO / "benchmarks" / "results"
DEFAULT_WORK = Path(os.environ.get("QA_BENCH_WORK", "/tmp/qa-bench"))  # indexes hold article text: not in repo

if str(REPO) not in sys.path:  # run as `python benchmarks/x.py` from a fresh clone
    sys.path.insert(0, str(REPO))


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the options every benchmark takes: data folder and work folder."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA,
                   help=f"folder holding multihop-rag/ and squad/ (default {DEFAULT_DATA})")
    p.add_argument("--work", type=Path, default=DEFAULT_WORK,
                   help=f"scratch folder for indexes and corpora, outside the repo (default {DEFAULT_WORK})")
    return p


def require(path: Path, what: str) -> Path:
    """`path`, or exit with a message saying what is missing and where it was looked for."""
    if not path.exists():
        sys.exit(f"{what} not found at {path}: pass the data folder as the first argument")
    return path


def load_average() -> tuple[float, float, float]:
    """The 1/5/15-minute load averages (this machine's 2 cores are shared; read numbers in that light)."""
    return os.getloadavg()


# The CPU reference: a fixed workload timed beside every latency figure, so runs on different days (this VM's speed
# varies ~45% over a day) compare. Its two parts are what a question costs most: a NumPy matrix product (the
# BM25/FAISS arithmetic) and the shipped model embedding one short question (the query embedding).
REFERENCE_QUESTIONS = ("How many tanks has Russia lost in Ukraine?", "Who leads the Wagner Group?",
                       "What did Zelensky say about joining NATO?", "When did the invasion of Ukraine begin?")


def cpu_reference(rounds: int = 5) -> dict[str, float]:
    """Median milliseconds of the fixed workloads: `matmul` (384x384 float32, 10 products, one thread's worth of
    BLAS as the process has it) and `embed` (one short question, the shipped model in bf16, sentence-transformers'
    `encode` on one torch thread: how `qa.embed` embedded a question up to 2026-12-03, called directly so the unit
    stays put when `qa.embed` gets faster)."""
    import numpy as np
    import torch

    from qa.embed import load_embedder

    rng = np.random.default_rng(0)
    a, b = rng.random((384, 384), dtype=np.float32), rng.random((384, 384), dtype=np.float32)
    model = load_embedder().model
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return _reference(rounds, a, b, lambda q: model.encode([q], normalize_embeddings=True, show_progress_bar=False))
    finally:
        torch.set_num_threads(threads)


def _reference(rounds: int, a: Any, b: Any, embed_one: Callable[[str], Any]) -> dict[str, float]:
    """The two workloads timed `rounds` times, their medians in ms."""
    import numpy as np

    embed_one("warm up")
    matmul, embed = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(10):
            a @ b
        matmul.append((time.perf_counter() - t) * 1000)
        for q in REFERENCE_QUESTIONS:
            t = time.perf_counter()
            embed_one(q)
            embed.append((time.perf_counter() - t) * 1000)
    return {"matmul_ms": round(float(np.median(matmul)), 2), "embed_ms": round(float(np.median(embed)), 2)}


def in_reference(ms: float, reference: dict[str, float]) -> float:
    """`ms` in units of the reference question embedding: a latency figure that compares across days."""
    return round(ms / reference["embed_ms"], 2)


def machine() -> dict[str, Any]:
    """Date, host facts, commit and load: the header of every result file."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "qa"], capture_output=True,
                               text=True, check=False).stdout.strip()
    except OSError:
        commit, dirty = "", ""
    mem_kb = 0
    try:
        mem_kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines()
                          if x.startswith("MemTotal")).split()[1])
    except (OSError, StopIteration, ValueError):
        pass
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu": cpu, "cores": os.cpu_count(), "mem_gib": round(mem_kb / 2**20, 1),
        "python": platform.python_version(), "commit": commit + ("+dirty" if dirty else ""),
        "load_at_start": [round(x, 2) for x in load_average()],
    }


def rss_parts_mib() -> dict[str, float]:
    """Resident memory split as the kernel counts it: anonymous (heap) and file-backed (mapped files, which
    the page cache can drop and re-read), MiB."""
    out = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key = line.split(":")[0]
            if key in ("RssAnon", "RssFile", "RssShmem"):
                out[key] = round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return out


def rss_mib() -> float:
    """Current resident set size of this process, MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dir_mib(path: Path) -> float:
    """Total size of the files under `path`, MiB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


@contextmanager
def timed(into: dict[str, float], key: str) -> Iterator[None]:
    """Add the wall time of the block to `into[key]`, seconds."""
    t = time.perf_counter()
    try:
        yield
    finally:
        into[key] = into.get(key, 0.0) + time.perf_counter() - t


def percentiles(ms: Sequence[float]) -> dict[str, float]:
    """p50/p95/mean of latencies given in milliseconds."""
    import numpy as np

    a = np.asarray(ms, dtype=np.float64)
    if a.size == 0:
        return {"p50": float("nan"), "p95": float("nan"), "mean": float("nan"), "n": 0}
    return {"p50": round(float(np.percentile(a, 50)), 2), "p95": round(float(np.percentile(a, 95)), 2),
            "mean": round(float(a.mean()), 2), "n": int(a.size)}


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table (pastes straight into RESULTS.md)."""
    def cell(x: Any) -> str:
        if isinstance(x, float):
            return f"{x:.4f}" if abs(x) < 1 else f"{x:.2f}" if abs(x) < 100 else f"{x:.0f}"
        return str(x)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def write_results(name: str, data: dict[str, Any], started: dict[str, Any] | None = None) -> Path:
    """Write `benchmarks/results/<name>.json` (git-ignored): `started` (from `machine()`) plus `data`."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    data = {"machine": dict(started or machine()), **data}
    data["machine"]["load_at_end"] = [round(x, 2) for x in load_average()]
    path.write_text(json.dumps(data, indent=2, default=str))
    return path


def squash(text: str) -> str:
    """MultiHop-RAG's scorer normalization: spaces and newlines deleted (nothing else)."""
    return text.replace(" ", "").replace("\n", "")


def multihop_index_dir(work: Path, chunk_tokens: int = 200, title_meta: bool = False) -> Path:
    """Where the MultiHop-RAG benchmarks keep the index for these build settings (shared between scripts)."""
    return work / (f"multihop-ct{chunk_tokens}" + ("-meta" if title_meta else ""))


def ensure_index(source: Path, index_dir: Path, settings: Any = None, seed: Path | None = None) -> dict[str, Any]:
    """Build the index of `source` into `index_dir` unless it is current; {} when it was, else the build's facts.

    A fresh folder is first seeded with a copy of `seed` (another index of mostly the same text) so its
    cached embeddings are reused: only text the seed lacks is embedded.
    """
    from qa.build import build_index, index_is_current
    from qa.config import Settings

    settings = settings or Settings()
    if index_is_current(source, index_dir, settings):
        print(f"index {index_dir} is current")
        return {}
    if not index_dir.exists() and seed is not None and (seed / "CURRENT").exists():
        shutil.copytree(seed, index_dir, ignore=shutil.ignore_patterns(".lock", ".build-*"))
    index_dir.mkdir(parents=True, exist_ok=True)
    stats = build_index(source, index_dir, settings=settings, progress=True)
    print(f"built {stats.n_chunks} chunks, {stats.n_sentences} sentences in {stats.seconds:.0f} s "
          f"(embedded {stats.n_embedded}, reused {stats.n_reused}); stages {dict(stats.stage_seconds)}")
    return {"seconds": stats.seconds, "n_chunks": stats.n_chunks, "n_sentences": stats.n_sentences,
            "n_embedded": stats.n_embedded, "n_reused": stats.n_reused,
            "stage_seconds": {k: round(v, 2) for k, v in stats.stage_seconds.items()}}
