"""How long `load_index` takes and what the process holds after it: each load in a fresh process, several times.

The index must have been opened once on this machine (its trust record written), so this is a later open: no
checksums. `--python` runs the loads with another checkout's interpreter (e.g. main's, for a before/after).

    .venv/bin/python benchmarks/load_time.py INDEX [INDEX...] [--runs 3] [--python PATH]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = """
import json, sys, time
from qa.retrieve import load_index  # first: common.py puts this checkout's root on the path
sys.path.insert(0, sys.argv[2])
import common
rss0 = common.rss_mib()
t = time.perf_counter()
index = load_index(sys.argv[1])
seconds = time.perf_counter() - t
print(json.dumps({"seconds": round(seconds, 2), "rss_mib": round(common.rss_mib()), "index_rss_mib":
                  round(common.rss_mib() - rss0), "parts_mib": common.rss_parts_mib(), "chunks": len(index.chunk_ids),
                  "load": common.load_average()}))
"""


def measure(index: Path, python: str) -> dict:
    """One load of `index` in a fresh process."""
    proc = subprocess.run([python, "-c", CHILD, str(index), str(HERE)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"loading {index} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("indexes", type=Path, nargs="+")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--python", default=sys.executable)
    args = p.parse_args()
    for index in args.indexes:
        runs = [measure(index, args.python) for _ in range(args.runs)]
        print(json.dumps({"index": str(index), "python": args.python,
                          "median_seconds": statistics.median(r["seconds"] for r in runs), "runs": runs}))


if __name__ == "__main__":
    main()
