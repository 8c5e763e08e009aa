"""One edited article's `qa-index add` on a real corpus large enough that O(corpus) steps show: MultiHop-RAG's
609 articles copied K times (each copy's url, its doc_id, made distinct), stage by stage.

    replicated_add.py corpus DATA K CORPUS_DIR      write the K copies (corpus_00.json, ...) into CORPUS_DIR
    replicated_add.py add INDEX WORK CORPUS_DIR N   copy INDEX to WORK, then `add` copy N's first article with one
                                                    sentence appended; print the stages, write a cProfile beside WORK

Build the index once (`qa-index build CORPUS_DIR --index INDEX`): from a copy of a MultiHop-RAG index every vector
is reused (the copies' texts are the originals'), so no model work is needed beyond loading it. The copies are
exact, so MinHash sees each text once (near copies would make the full dedup slower still). The edited file is
taken out of the corpus folder afterwards, so runs can repeat on the same INDEX. The copy is opened once before
the timing (its files checksummed, as `commit_build` does for the version it writes), so the add's own open is the
trusted one of a live index, not a full checksum of a fresh copy (0.3 s at 82k chunks; included before `add1m4`).
"""

from __future__ import annotations

import cProfile
import json
import pstats
import resource
import shutil
import sys
import time
from pathlib import Path


def write_copies(data: Path, k: int, out: Path) -> None:
    records = json.loads((data / "multihop-rag" / "corpus.json").read_text())
    out.mkdir(parents=True, exist_ok=True)
    for i in range(k):
        (out / f"corpus_{i:02d}.json").write_text(json.dumps([dict(r, url=f"{r['url']}#copy{i:02d}") for r in records]))


def add_one(src: Path, work: Path, corpus: Path, copy: int) -> None:
    import qa.build as build
    from qa import store

    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(src, work)
    store.open_version(work)  # checksummed once, untimed: a copy has no trust record, a version an add wrote has
    first = json.loads((corpus / f"corpus_{copy:02d}.json").read_text())[0]
    edit = work.parent / f"{work.name}-edit" / "edited.json"
    edit.parent.mkdir(parents=True, exist_ok=True)
    edit.write_text(json.dumps([dict(first, body=first["body"] + " The edit adds this sentence about a bridge.")]))
    seen: dict[str, float] = {}

    def timed(name: str, function):  # noqa: ANN001, ANN202
        def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t = time.perf_counter()
            out = function(*args, **kwargs)
            seen[name] = seen.get(name, 0.0) + time.perf_counter() - t
            return out
        return run

    build.load_previous = timed("previous", build.load_previous)
    build.load_embedder = timed("model", build.load_embedder)
    profile = cProfile.Profile()
    t = time.perf_counter()
    try:
        profile.enable()
        stats = build.add_to_index([edit], work)
        profile.disable()
    finally:
        (corpus / "edited.json").unlink(missing_ok=True)
    total = time.perf_counter() - t
    print(f"total {total:.2f} s, model {seen.get('model', 0):.2f} s, corpus work {total - seen.get('model', 0):.2f} s,",
          f"previous {seen.get('previous', 0):.2f} s,",
          {k: round(v, 2) for k, v in stats.stage_seconds.items()}, f"embedded {stats.n_embedded},",
          f"chunks {stats.n_chunks}, sentences {stats.n_sentences}, max RSS",
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
    profile.dump_stats(work.parent / f"{work.name}.prof")
    with open(work.parent / f"{work.name}-profile.txt", "w") as f:
        pstats.Stats(profile, stream=f).sort_stats("cumulative").print_stats(60)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "corpus":
        write_copies(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
    elif len(sys.argv) == 6 and sys.argv[1] == "add":
        add_one(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))
    else:
        sys.exit(__doc__)
