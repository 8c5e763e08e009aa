"""One edited article in a kept 1M-chunk `scale.py` folder: BM25 and the version's files, today's way vs segments.

The synthetic index has no corpus to edit (see scale.py's docstring), so this runs the BM25 and file steps of
`qa.build._build` directly with the product's functions, on the folder's own tokens (scale.py's SyntheticDocs):

1. full: `build_sparse` over every chunk (what every rebuild did before segments, and what a merge does), and a
   version written with every file rewritten and checksummed (`store.commit_build`): the "before".
2. one article's 15 chunks edited (rows stay): `bm25_update.sparse_for` against that version's BM25 read back
   (mapped, checked), then a version written with the base segment's files linked (`qa.links`), the other
   files rewritten as a build writes them: the "after".

Files other than BM25 are rewritten by copying the previous version's bytes (a build writes the same bytes from
memory). The graph step is benchmarks/incremental_hnsw.py's. Writes versions into FOLDER (use a copy).

    .venv/bin/python benchmarks/incremental_add.py /tmp/qa-bench-x/scale-1000000
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

EDITED = 15  # scale.py's chunks per article


def write_version(folder: Path, bm25: Any, previous: Any, linked_names: frozenset[str]) -> dict[str, float]:
    """A new version of `folder`: BM25 written (or linked), every other file copied from `previous`; seconds."""
    from qa import bm25_files, links, store

    t, out = time.perf_counter(), {}
    build = store.new_build_dir(folder)
    linked = links.link_unchanged(previous, linked_names, build)
    out["link"] = time.perf_counter() - t
    t = time.perf_counter()
    bm25_files.write_sparse(bm25, build, skip=frozenset(linked))
    out["write bm25"] = time.perf_counter() - t
    t = time.perf_counter()
    for name in previous.manifest.files:
        if not name.startswith("bm25_") and not (build / name).exists():
            shutil.copyfile(previous.path / name, build / name)
    out["write other files"] = time.perf_counter() - t
    t = time.perf_counter()
    store.commit_build(folder, build, previous.manifest, known=linked)
    out["commit (fsync, sha256 of new files)"] = time.perf_counter() - t
    out["linked files"] = len(linked)
    return out


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("folder", type=Path)
    args = p.parse_args()
    started = common.machine()
    import scale

    from qa import bm25_files, store
    from qa.bm25_update import sparse_for
    from qa.config import Settings
    from qa.sparse import build_sparse, token_keys
    from qa.tokens import tokenize

    settings, res, t = Settings(), {"load_start": common.load_average()}, time.perf_counter()
    texts = scale.base_chunks(common.require(args.data / "multihop-rag", "MultiHop-RAG data") / "corpus.json")
    version = store.open_version(args.folder)
    n = version.manifest.counts.chunks
    docs = list(scale.SyntheticDocs([tokenize(x) for x in texts], n))
    res["tokens in memory s (not a product step)"] = round(time.perf_counter() - t, 1)
    seconds: dict[str, float] = {}
    with common.timed(seconds, "before: bm25 full build"):
        full = build_sparse(docs, k1=settings.bm25_k1, b=settings.bm25_b, epsilon=settings.bm25_epsilon)
    res["before files"] = write_version(args.folder, full, version, frozenset())
    del full
    at = (n // 2) // EDITED * EDITED
    docs[at:at + EDITED] = [[*docs[i], "edited"] for i in range(at + 1, at + EDITED + 1)]
    previous = store.open_version(args.folder)
    m = previous.manifest
    with common.timed(seconds, "after: read previous bm25 (mapped, checked)"):
        old = bm25_files.read_sparse(previous.path, mmap=True, n_docs=n,
                                     limits={k: e.bytes for k, e in m.files.items()})
    with common.timed(seconds, "after: token digests alone (inside the update)"):
        token_keys(docs)
    with common.timed(seconds, "after: bm25 update"):
        upd = sparse_for(docs, old, settings)
    res.update(how=upd.how, deleted=upd.deleted, delta=upd.delta,
               avgdl_frozen=old.avgdl, avgdl_exact=float(np.mean([len(d) for d in docs])))
    res["after files"] = write_version(args.folder, upd.index, previous, upd.linked)
    t = time.perf_counter()
    store.open_version(args.folder, trusting=False)
    res["verify every file of the new version s"] = round(time.perf_counter() - t, 1)
    res["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
    for k in ("before files", "after files"):
        res[k] = {name: round(v, 2) for name, v in res[k].items()}
    res["load_end"] = common.load_average()
    print(json.dumps(res, indent=1))
    common.write_results("incremental_add", res, started)


if __name__ == "__main__":
    main()
