"""The index folder: versions swapped in atomically, a manifest with checksums, and a build lock.

    index/CURRENT        name of the live version (replaced atomically with os.replace)
    index/.lock          held (flock) by the one build allowed at a time
    index/v-<utc time>-<id>/ a complete index: manifest.json + the files it lists with their sha256
    index/.build-<id>/   a build in progress; renamed to v-... only once complete

A reader resolves CURRENT once and reads one version, so a rebuild never shows it half an index; a crash
or Ctrl-C mid-build leaves a .build-* folder that the next build deletes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qa.config import DEFAULT_MODEL
from qa.errors import IndexBusyError, IndexCorruptError, IndexMissingError, IndexStaleError, QAError
from qa.records import Article, OffsetMap

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CURRENT = "CURRENT"
_VERSION_NAME = re.compile(r"^v-[0-9]{8}T[0-9]{6}\.[0-9]{6}-[0-9a-f]{8}$")
_FILE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
KEEP_OLD_VERSIONS = 1  # a reader that resolved CURRENT just before a swap can still open its version


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    """Write next to the target, fsync, then os.replace: readers see the old or the new file, whole."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


@contextlib.contextmanager
def build_lock(index_dir: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the folder's build lock; a second build fails clearly (or waits, with `wait=True`)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            raise IndexBusyError(
                f"another build is writing {index_dir}: wait for it to finish, then run `qa-index build` again"
            ) from e
        yield
    finally:
        os.close(fd)  # closing releases the flock


def new_build_dir(index_dir: Path) -> Path:
    """A fresh .build-* folder, after deleting leftovers of builds that crashed (call under the lock)."""
    for old in index_dir.glob(".build-*"):
        logger.warning("removing %s left by an interrupted build", old)
        shutil.rmtree(old, ignore_errors=True)
    path = index_dir / f".build-{secrets.token_hex(4)}"
    path.mkdir()
    return path


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def commit_build(index_dir: Path, build_dir: Path, manifest: Mapping[str, Any]) -> Path:
    """Checksum the build's files, write its manifest, rename it into place and point CURRENT at it."""
    files = {}
    for path in sorted(build_dir.iterdir()):
        with open(path, "rb") as f:
            os.fsync(f.fileno())
        files[path.name] = {"bytes": path.stat().st_size, "sha256": sha256_file(path)}
    full = {**manifest, "format": FORMAT_VERSION, "files": files}
    (build_dir / MANIFEST).write_text(json.dumps(full, indent=2, sort_keys=True))
    _fsync_dir(build_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%f")
    version = index_dir / f"v-{stamp}-{secrets.token_hex(4)}"
    os.rename(build_dir, version)
    _fsync_dir(index_dir)
    atomic_write_text(index_dir / CURRENT, version.name + "\n")
    _remove_old_versions(index_dir, keep=version.name)
    return version


def _remove_old_versions(index_dir: Path, *, keep: str) -> None:
    versions = sorted(p for p in index_dir.iterdir() if _VERSION_NAME.match(p.name) and p.name != keep)
    for old in versions[: max(0, len(versions) - KEEP_OLD_VERSIONS)]:
        shutil.rmtree(old, ignore_errors=True)


def current_version(index_dir: Path) -> Path:
    """The live version folder, or a clear error saying how to build one."""
    pointer = index_dir / CURRENT
    if pointer.is_symlink():  # an index is read only from inside its folder, never through a link
        raise IndexCorruptError(f"{pointer} is a symbolic link, not written by a build: "
                                "rebuild with `qa-index build`")
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise IndexMissingError(f"no index in {index_dir}: run `qa-index build --index {index_dir}`") from None
    except OSError as e:
        raise IndexCorruptError(f"cannot read {pointer}: {e}; rebuild with `qa-index build`") from e
    if not _VERSION_NAME.match(name) or not (index_dir / name).is_dir():
        raise IndexCorruptError(f"{pointer} names no index version ({name!r}): rebuild with `qa-index build`")
    if (index_dir / name).is_symlink():
        raise IndexCorruptError(f"index version {index_dir / name} is a symbolic link, not written by a build: "
                                "rebuild with `qa-index build`")
    return index_dir / name


def read_manifest(version: Path) -> dict[str, Any]:
    """The version's manifest, checked for format version and well-formed file names."""
    path = version / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexCorruptError(f"{path} is missing: rebuild with `qa-index build`") from None
    except (OSError, ValueError) as e:
        raise IndexCorruptError(f"{path} is unreadable ({e}): rebuild with `qa-index build`") from e
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise IndexCorruptError(f"{path} is not an index manifest: rebuild with `qa-index build`")
    if manifest.get("format") != FORMAT_VERSION:
        raise IndexStaleError(
            f"{version.parent} was built by format {manifest.get('format')}, this version reads format "
            f"{FORMAT_VERSION}: rebuild with `qa-index build --index {version.parent}`"
        )
    for name in manifest["files"]:
        if not isinstance(name, str) or not _FILE_NAME.match(name) or name in (".", ".."):
            raise IndexCorruptError(f"{path} lists a file outside the index folder ({name!r}): rebuild it")
    return manifest


def model_to_load(version: Path, manifest: Mapping[str, Any], model: str | None = None) -> str:
    """The model `manifest` names, when the caller may load it: the bundled default, or the model it names.

    A manifest is data from whoever made the folder, and loading a model folder runs its code and weights, so
    an index built with another model loads only when the caller names that model too (`--model`).
    """
    built_with = manifest.get("model", {}).get("name")
    if not isinstance(built_with, str) or manifest.get("settings", {}).get("model") != built_with:
        raise IndexCorruptError(f"{version / MANIFEST} names no model, or two: rebuild with `qa-index build`")
    if built_with != (model or DEFAULT_MODEL):
        if model is None:
            raise IndexStaleError(f"{version.parent} was built with model {built_with!r}; loading it runs that "
                                  f"model: if you trust it, pass --model {built_with!r} (Python: model=...)")
        raise IndexStaleError(f"{version.parent} was built with model {built_with!r}, not {model!r}: rebuild "
                              f"with `qa-index build --index {version.parent} --model {model}`")
    return built_with


def verify_files(version: Path, manifest: Mapping[str, Any], *, checksums: bool = True) -> None:
    """Every listed file is present with its size (and sha256): a truncated or edited file is caught here."""
    for name, meta in manifest["files"].items():
        path = version / name
        if not path.is_file() or path.is_symlink():
            raise IndexCorruptError(f"index file {path} is missing: rebuild with `qa-index build`")
        if path.stat().st_size != meta.get("bytes") or (checksums and sha256_file(path) != meta.get("sha256")):
            raise IndexCorruptError(
                f"index file {path} is damaged (size or checksum differs from the manifest): "
                "rebuild with `qa-index build`"
            )


def write_jsonl(path: Path, rows: Iterator[Mapping[str, Any]] | list[Mapping[str, Any]]) -> None:
    """One JSON object per line, UTF-8."""
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False))
            f.write("\n")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Inverse of `write_jsonl`; a malformed line means a damaged index."""
    return list(iter_jsonl(path))


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL file one at a time, so a large file is never all in memory as dicts."""
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)
    except (OSError, ValueError) as e:
        raise IndexCorruptError(f"index file {path} is damaged ({e}): rebuild with `qa-index build`") from e


def read_columns(path: Path, columns: Sequence[str], *, text_column: str | None = None
                 ) -> tuple[dict[str, np.ndarray], list[str]]:
    """Integer columns of a JSONL file as arrays (plus one string column), one row in memory at a time.

    A million chunk rows as dicts would take over a gigabyte; as arrays they take 24 MB (int32 where the
    values fit, as they do below 2**31 characters per article and rows per index).
    """
    values = {c: array("q") for c in columns}
    texts: list[str] = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                for c in columns:
                    values[c].append(row[c])
                if text_column is not None:
                    texts.append(str(row[text_column]))
    except (OSError, ValueError, KeyError, TypeError, OverflowError) as e:
        raise IndexCorruptError(f"index file {path} is damaged ({e!r}): rebuild with `qa-index build`") from e
    return {c: _narrow(np.frombuffer(v, dtype=np.int64)) for c, v in values.items()}, texts


def _narrow(column: np.ndarray) -> np.ndarray:
    """`column` as int32 when every value fits (half the memory), else as it is."""
    if not len(column) or (column.min() >= np.iinfo(np.int32).min and column.max() <= np.iinfo(np.int32).max):
        return column.astype(np.int32)
    return column


def require_dir(path: Path, what: str) -> None:
    """A clear error when a folder the user named is not a folder."""
    if path.exists() and not path.is_dir():
        raise QAError(f"{what} {path} is a file, not a folder: pass a folder path")


def article_row(a: Article) -> dict[str, Any]:
    """An article as one articles.jsonl row."""
    return {"doc_id": a.doc_id, "path": a.path, "title": a.title, "text": a.text, "text_offset": a.text_offset,
            "metadata": dict(a.metadata), "offsets": a.offsets.to_json()}


def read_articles(version: Path) -> tuple[Article, ...]:
    """The clean articles of an index version."""
    try:
        return tuple(
            Article(doc_id=r["doc_id"], path=r["path"], title=r["title"], text=r["text"],
                    offsets=OffsetMap.from_json(r["offsets"]), text_offset=r["text_offset"], metadata=r["metadata"])
            for r in iter_jsonl(version / "articles.jsonl")
        )
    except (KeyError, TypeError, ValueError) as e:
        raise IndexCorruptError(f"{version / 'articles.jsonl'} is damaged ({e}): rebuild with `qa-index build`") from e
