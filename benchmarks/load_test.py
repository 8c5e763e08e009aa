"""Load test on loopback: concurrent chat sessions against the running ui.py, bounded in time.

Starts `ui.py` on a free 127.0.0.1 port over an index of articles/ (built first if missing or stale), opens
one gradio_client session per thread, and has every session ask its questions (taken from
tests/questions.py) one after another, all sessions at once. Reports per-question latency (p50, p95, max),
errors (an exception, a timeout, an empty reply or the app's own error notice) and the server's peak
resident memory (VmHWM from /proc). Results go to benchmarks/results/load_test.json.

    python benchmarks/load_test.py [--sessions 20] [--questions 25] [--timeout 120]

tests/test_concurrency.py runs a reduced version (4 sessions x 5 questions) and asserts zero errors.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # browser_kit: serving ui.py, shared with the browser tests
from browser_kit import free_port, spawn_ui, stop, wait_ready  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"
DEFAULT_WORK = Path(os.environ.get("QA_BENCH_WORK", "/tmp/qa-bench"))  # indexes hold article text: not in repo
ERROR_NOTICE = "⚠️"  # how ui.respond starts a user-error message


def start_ui(index_dir: Path, corpus: Path, port: int, log: Path) -> subprocess.Popen:
    """`ui.py` on 127.0.0.1:`port`, output to `log`; no auth (`browser_kit.spawn_ui`)."""
    return spawn_ui(index_dir, corpus, log, port=port)


def peak_rss_mib(pid: int) -> float:
    """Peak resident set size of process `pid` (VmHWM), in MiB; 0.0 where /proc has no such field."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def question_pool() -> list[str]:
    """Every question of tests/questions.py: answerable, unanswerable, follow-ups, conflicts."""
    from questions import ANSWERABLE, CONFLICTS, FOLLOW_UPS, UNANSWERABLE
    return ([q for q, _ in ANSWERABLE] + list(UNANSWERABLE) + [q for _, q, _ in FOLLOW_UPS]
            + [q for q, _ in CONFLICTS])


def session_questions(sessions: int, per_session: int) -> list[list[str]]:
    """`per_session` questions for each session, each session starting at a different point of the pool."""
    pool = question_pool()
    return [[pool[(s * 7 + i) % len(pool)] for i in range(per_session)] for s in range(sessions)]


def ask(client: Any, question: str, timeout: float) -> tuple[str, str, str]:
    """One chat turn through the app's /ask endpoint: (chat message, passages panel, index panel); the endpoint
    also returns the answer's Markdown (what "Copy" copies), its quotes (the Articles tab's highlights) and, null
    for an API call, the chat an answer the page left lands in (`qa.ui_chats`)."""
    job = client.submit(question, api_name="/ask")
    chat, passages, status, *_ = job.result(timeout=timeout)
    return str(chat), str(passages), str(status)


def reply_error(chat: str) -> str:
    """Why a reply counts as an error ("" if it is a real answer or abstention)."""
    if not chat.strip():
        return "empty reply"
    if chat.startswith(ERROR_NOTICE):
        return f"app error: {chat[:200]}"
    return ""


def run_sessions(url: str, plan: Sequence[Sequence[str]], *, timeout: float = 120) -> dict[str, Any]:
    """Run one thread per session of `plan`, all at once; latencies in ms and every error, with its question."""
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(plan))

    def session(questions: Sequence[str]) -> None:
        try:
            client = Client(url, verbose=False)
        except Exception as e:  # a load test counts every failure instead of stopping at the first
            with lock:
                errors.extend(f"{q!r}: no session ({type(e).__name__}: {e})" for q in questions)
            start.wait()
            return
        start.wait()
        for q in questions:
            t = time.perf_counter()
            try:
                chat, _, _ = ask(client, q, timeout)
                why = reply_error(chat)
            except Exception as e:  # timeouts and connection errors included
                why = f"{type(e).__name__}: {e}"
            ms = (time.perf_counter() - t) * 1000
            with lock:
                latencies.append(ms)
                if why:
                    errors.append(f"{q!r}: {why}")

    threads = [threading.Thread(target=session, args=(qs,), name=f"session-{i}") for i, qs in enumerate(plan)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"latencies_ms": latencies, "errors": errors, "wall_s": time.perf_counter() - t0}


def percentile(values: Sequence[float], q: float) -> float:
    """The `q`-th percentile (0..100), linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    s = sorted(values)
    pos = (len(s) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def summarize(result: dict[str, Any]) -> dict[str, Any]:
    """Counts, latency percentiles in ms, throughput."""
    ms = result["latencies_ms"]
    return {
        "requests": len(ms), "errors": len(result["errors"]), "error_samples": result["errors"][:5],
        "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
        "max_ms": round(max(ms, default=0.0), 1), "mean_ms": round(statistics.fmean(ms), 1) if ms else 0.0,
        "wall_s": round(result["wall_s"], 2),
        "questions_per_s": round(len(ms) / result["wall_s"], 2) if result["wall_s"] else 0.0,
    }


def _index(corpus: Path, index_dir: Path) -> None:
    from qa.build import build_index, index_is_current

    if not index_is_current(corpus, index_dir):
        build_index(corpus, index_dir)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sessions", type=int, default=20)
    p.add_argument("--questions", type=int, default=25, help="questions per session")
    p.add_argument("--timeout", type=float, default=120, help="seconds one question may take")
    p.add_argument("--corpus", type=Path, default=REPO / "articles")
    p.add_argument("--work", type=Path, default=DEFAULT_WORK, help="scratch folder for the index and the log")
    args = p.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args.work.mkdir(parents=True, exist_ok=True)
    index_dir, log = args.work / "load-test-index", args.work / "load-test-ui.log"
    _index(args.corpus, index_dir)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = start_ui(index_dir, args.corpus, port, log)
    try:
        t = time.perf_counter()
        wait_ready(url, proc, log)
        ready_s = time.perf_counter() - t
        t = time.perf_counter()
        warm = run_sessions(url, [["Which islands does the Tsugaru Strait separate?"]], timeout=args.timeout)
        warm_s = time.perf_counter() - t  # the first question loads the model and the index
        rss_warm = peak_rss_mib(proc.pid)
        result = run_sessions(url, session_questions(args.sessions, args.questions), timeout=args.timeout)
        rss_peak = peak_rss_mib(proc.pid)
    finally:
        stop(proc)
    out = {
        "sessions": args.sessions, "questions_per_session": args.questions, **summarize(result),
        "server_ready_s": round(ready_s, 1), "first_question_s": round(warm_s, 1),
        "warmup_errors": warm["errors"], "peak_rss_mib_after_warmup": round(rss_warm, 1),
        "peak_rss_mib": round(rss_peak, 1), "cpus": os.cpu_count(), "python": platform.python_version(),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "load_test.json").write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))
    print(f"\n| sessions x questions | requests | errors | p50 ms | p95 ms | max ms | questions/s | peak RSS MiB |\n"
          f"|---|---|---|---|---|---|---|---|\n"
          f"| {args.sessions} x {args.questions} | {out['requests']} | {out['errors']} | {out['p50_ms']} | "
          f"{out['p95_ms']} | {out['max_ms']} | {out['questions_per_s']} | {out['peak_rss_mib']} |")
    return 0 if not out["errors"] and not warm["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
