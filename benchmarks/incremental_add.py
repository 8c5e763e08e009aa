"""One edited article in a kept 1M-chunk `scale.py` folder: BM25 and the version's files, today's way vs segments.

The synthetic index has no corpus to edit (see scale.py's docstring), so this runs the BM25 and file steps of
`qa.build._build` directly with the product's functions, on the folder's own tokens (scale.py's SyntheticDocs):

1. full: `build_sparse` over every chunk (what every rebuild did before segments, and what a merge does), and a
   version written with every file rewritten and checksummed (`store.commit_build`): the "before".
2. one article's 15 chunks edited (rows stay): `bm25_update.sparse_for` against that version's BM25 read back
   (mapped, checked), then a version written with the base segment's files linked (`qa.links`), the sentence
   vectors as `qa.vector_rows` writes them (the previous file linked, the article's new rows in a delta), the
   graph file linked (`qa.graph` keeps it; its delta and row map are incremental_hnsw.py's), the other files
   rewritten as a build writes them: the "after". `--again` runs only this, on the version the
   last run left (a base and a delta: the update of an updated version).

Files other than BM25 and the sentence vectors are rewritten by copying the previous version's bytes (a build
writes the same bytes from memory). Sentence content hashes are stand-ins (row i holds "s<i>"), as in
benchmarks/incremental_hnsw.py, whose graph step this does not repeat. Writes versions into FOLDER (use a copy).

    .venv/bin/python benchmarks/incremental_add.py /tmp/qa-bench-x/scale-1000000 [--again]
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


def write_version(folder: Path, bm25: Any, previous: Any, linked_names: frozenset[str],
                  edited_sentences: slice | None = None) -> dict[str, float]:
    """A new version of `folder`: BM25 written (or linked), the sentence vectors in segments when
    `edited_sentences` names the edited rows, every other file copied from `previous`; seconds."""
    from qa import bm25_files, links, segments, store, vector_rows

    t, out = time.perf_counter(), {}
    build = store.new_build_dir(folder)
    linked = links.link_unchanged(previous, linked_names, build)
    out["link"] = time.perf_counter() - t
    t = time.perf_counter()
    bm25_files.write_sparse(bm25, build, skip=frozenset(linked))
    out["write bm25"] = time.perf_counter() - t
    if edited_sentences is not None:
        m = previous.manifest
        previous_row = np.arange(m.counts.sentences, dtype=np.int64)
        previous_row[edited_sentences] = -1  # the edited article's sentences are new rows, every other carried
        fresh = np.random.default_rng(0).standard_normal((int((previous_row < 0).sum()), m.model.dim),
                                                         dtype=np.float32)
        fresh /= np.linalg.norm(fresh, axis=1, keepdims=True)
        t = time.perf_counter()
        rows = segments.NewRows(vector_rows.read(previous.path, m), previous_row, fresh)
        linked |= vector_rows.write(build, rows, previous)
        out["write sentence vectors (segments)"] = time.perf_counter() - t
    t = time.perf_counter()
    if "dense.faiss" not in linked:  # a kept graph is linked (`graph.write`; timed in incremental_hnsw.py too)
        shutil.copyfile(previous.path / "dense.faiss", build / "dense.faiss")
    out["write dense.faiss (in the graph step's figure too)"] = time.perf_counter() - t
    t = time.perf_counter()
    for name in previous.manifest.files:
        written = name.startswith("bm25_") or (edited_sentences is not None and name.startswith("sentence_vectors"))
        if not written and not (build / name).exists():
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
    p.add_argument("--again", action="store_true", help="only the update, of the version the last run left")
    args = p.parse_args()
    started = common.machine()
    import scale

    from qa import bm25_files, rows, store
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
    if not args.again:
        with common.timed(seconds, "before: bm25 full build"):
            full = build_sparse(docs, k1=settings.bm25_k1, b=settings.bm25_b, epsilon=settings.bm25_epsilon)
        res["before files"] = write_version(args.folder, full, version, frozenset())
        del full
    at = (n // 2) // EDITED * EDITED + (EDITED if args.again else 0)  # --again: the next article
    docs[at:at + EDITED] = [[*docs[i], "edited"] for i in range(at + 1, at + EDITED + 1)]
    previous = store.open_version(args.folder)
    m = previous.manifest
    with common.timed(seconds, "after: read previous bm25 (mapped, checked)"):
        old = bm25_files.read_sparse(previous.path, n_docs=n, limits={k: e.bytes for k, e in m.files.items()})
    with common.timed(seconds, "after: token digests alone (inside the update)"):
        token_keys(docs)
    with common.timed(seconds, "after: bm25 update"):
        upd = sparse_for(docs, old, settings)
    res.update(how=upd.how, deleted=upd.deleted, delta=upd.delta,
               avgdl_frozen=old.avgdl, avgdl_exact=float(np.mean([len(d) for d in docs])))
    chunks = rows.read_chunks(previous.path, m)
    edited = slice(int(chunks.first_sentence[at]), int(chunks.last_sentence[at + EDITED - 1]))
    res["edited sentences"] = edited.stop - edited.start
    res["after files"] = write_version(args.folder, upd.index, previous, frozenset([*upd.linked, "dense.faiss"]),
                                       edited)
    t = time.perf_counter()
    store.open_version(args.folder, trusting=False)
    res["verify every file of the new version s"] = round(time.perf_counter() - t, 1)
    res["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
    for k in ("before files", "after files"):
        res[k] = {name: round(v, 2) for name, v in res.get(k, {}).items()}
    res["load_end"] = common.load_average()
    print(json.dumps(res, indent=1))
    common.write_results("incremental_add", res, started)


if __name__ == "__main__":
    main()
