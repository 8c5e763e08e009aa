"""Rewrite an index of format 2 (JSONL row tables) as format 3 (mapped NumPy tables, qa/rows.py): the same
articles, rows, vectors and BM25 files, in a new index folder, so one index's load can be timed both ways.

The product does not convert: an index of format 2 is stale and `qa-index build` rebuilds it (re-embedding, as
its cache keys were in the JSONL rows). This script is for benchmarks only (RESULTS.md, "Row tables mapped").

    .venv/bin/python benchmarks/convert_tables.py OLD_INDEX NEW_INDEX
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
from pathlib import Path

from qa import rows, store
from qa.manifest import FORMAT_VERSION
from qa.records import Article, OffsetMap

_OLD_TABLES = ("articles.jsonl", "chunks.jsonl", "sentences.jsonl")


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def convert(old: Path, new: Path) -> Path:
    """Write `old`'s live version (format 2) as a format-3 version of index folder `new`; its path."""
    version = store.current_version(old)
    manifest = store.read_manifest(version)
    new.mkdir(parents=True, exist_ok=True)
    build = store.new_build_dir(new)
    for name in manifest.files:
        if name not in _OLD_TABLES:  # versions are never written in place: a hard link shares the bytes
            try:
                os.link(version / name, build / name)
            except OSError:
                shutil.copy2(version / name, build / name)
    articles = [Article(r["doc_id"], r["path"], r["title"], r["text"], OffsetMap.from_json(r["offsets"]),
                        r["text_offset"], r["metadata"]) for r in _jsonl(version / "articles.jsonl")]
    rows.write_articles(build, articles)
    chunks = _jsonl(version / "chunks.jsonl")
    rows.write_chunks(build, [[c[k] for c in chunks] for k in rows.CHUNK_COLUMNS], [c["chunk_id"] for c in chunks],
                      [c["hash"] for c in chunks])
    sentences = _jsonl(version / "sentences.jsonl")
    rows.write_sentences(build, [[s[k] for s in sentences] for k in rows.SENTENCE_COLUMNS],
                         [s["hash"] for s in sentences])
    return store.commit_build(new, build, dataclasses.replace(manifest, format=FORMAT_VERSION, files={}))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    args = p.parse_args()
    print(convert(args.old, args.new))


if __name__ == "__main__":
    main()
