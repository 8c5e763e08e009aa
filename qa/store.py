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
import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from qa import errors, files, trust
from qa.config import DEFAULT_MODEL
from qa.errors import IndexBusyError, IndexCorruptError, IndexMissingError, IndexStaleError, QAError
from qa.manifest import FileEntry, Manifest, ManifestError
from qa.records import IndexInfo

logger = logging.getLogger(__name__)

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
    try:
        with files.writing(tmp), open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


@contextlib.contextmanager
def build_lock(index_dir: Path, *, wait: bool = False, command: str = "build") -> Iterator[None]:
    """Hold the folder's build lock; a second build fails clearly (or waits, with `wait=True`). `.lock` is opened only
    as a plain file inside the folder: a link there is refused, so nothing is created or opened elsewhere through it."""
    lock = index_dir / ".lock"
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fd = files.open_lock(lock)
    except (OSError, files.FileRefused) as e:
        cause = e.cause if isinstance(e, files.FileRefused) else e
        if cause is None:  # a link, a pipe, a folder where the lock belongs
            raise QAError(f"cannot take the build lock: {e}: delete it (a build recreates it as a plain file)") from e
        raise errors.os_failure(cause, f"taking the build lock in {index_dir}",
                                f"qa-index {command} --index {index_dir}") from e
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
    """Hex sha256 of a regular file (never through a link)."""
    with files.open_regular(path, limit=files.NO_LIMIT) as f:
        return _sha256(f)


def _sha256(f: BinaryIO) -> str:
    return hashlib.file_digest(f, "sha256").hexdigest()  # reads into one reused buffer: no copy per block


def commit_build(index_dir: Path, build_dir: Path, manifest: Manifest,
                 known: Mapping[str, FileEntry] | None = None) -> Path:
    """Checksum the build's files, write its manifest, rename it into place and point CURRENT at it. `known`:
    files linked from the previous version (`qa.links`), whose entries carry over once their size agrees."""
    entries = {}
    for path in sorted(build_dir.iterdir()):
        if known and path.name in known and path.stat().st_size == known[path.name].bytes:
            entries[path.name] = known[path.name]
            continue
        with open(path, "rb") as f:
            os.fsync(f.fileno())
        entries[path.name] = FileEntry(bytes=path.stat().st_size, sha256=sha256_file(path))
    full = dataclasses.replace(manifest, files=entries)
    with files.writing(build_dir / MANIFEST):
        (build_dir / MANIFEST).write_text(json.dumps(full.to_json(), indent=2, sort_keys=True))
    _fsync_dir(build_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%f")
    version = index_dir / f"v-{stamp}-{secrets.token_hex(4)}"
    os.rename(build_dir, version)
    _trust(version, full)  # checksummed just now: the first open need not read it all again
    try:
        _fsync_dir(index_dir)
        atomic_write_text(index_dir / CURRENT, version.name + "\n")
    except BaseException:  # CURRENT still names the previous version (unless the swap itself went through)
        with contextlib.suppress(QAError):
            if current_version(index_dir) != version:
                shutil.rmtree(version, ignore_errors=True)
        raise
    _remove_old_versions(index_dir, keep=version.name)
    return version


def _remove_old_versions(index_dir: Path, *, keep: str) -> None:
    versions = sorted(p for p in index_dir.iterdir() if _VERSION_NAME.match(p.name) and p.name != keep)
    for old in versions[: max(0, len(versions) - KEEP_OLD_VERSIONS)]:
        shutil.rmtree(old, ignore_errors=True)


def current_version(index_dir: Path) -> Path:
    """The live version folder, or a clear error saying how to build one; CURRENT and the folder are read only as a
    plain file and folder inside `index_dir` (a link, pipe or device there is refused, never followed or waited on)."""
    pointer = index_dir / CURRENT
    try:
        name = files.read_text(pointer, limit=files.CURRENT_LIMIT).strip()
    except files.FileMissing:
        raise IndexMissingError(f"no index in {index_dir}: run `qa-index build --index {index_dir}`") from None
    except files.FileRefused as e:
        raise IndexCorruptError(f"{e}, not written by a build: rebuild with `qa-index build`") from None
    if not _VERSION_NAME.match(name):
        raise IndexCorruptError(f"{pointer} names no index version ({name!r}): rebuild with `qa-index build`")
    try:
        files.check_folder(index_dir / name)
    except files.FileRefused as e:
        what = "is missing" if isinstance(e, files.FileMissing) else e.reason
        raise IndexCorruptError(f"index version {index_dir / name} named by {pointer} {what}, not written by a "
                                "build: rebuild with `qa-index build`") from None
    return index_dir / name


def read_manifest(version: Path) -> Manifest:
    """The version's manifest (a plain file of at most MANIFEST_LIMIT bytes), checked field by field, with
    well-formed file names."""
    path = version / MANIFEST
    try:
        manifest = Manifest.from_json(json.loads(files.read_text(path, limit=files.MANIFEST_LIMIT)))
    except files.FileMissing:
        raise IndexCorruptError(f"{path} is missing: rebuild with `qa-index build`") from None
    except files.FileRefused as e:
        raise IndexCorruptError(f"{e}, not written by a build: rebuild with `qa-index build`") from None
    except ManifestError as e:
        if e.stale:
            raise IndexStaleError(f"{version.parent} was built by {e}: rebuild with `qa-index build --index "
                                  f"{version.parent}`") from e
        raise IndexCorruptError(f"{path} is not an index manifest ({e}): rebuild with `qa-index build`") from e
    except (ValueError, RecursionError) as e:
        reason = "nested too deeply" if isinstance(e, RecursionError) else e
        raise IndexCorruptError(f"{path} is not JSON ({reason}): rebuild with `qa-index build`") from None
    for name in manifest.files:
        if not _FILE_NAME.match(name) or name in (".", ".."):
            raise IndexCorruptError(f"{path} lists a file outside the index folder ({name!r}): rebuild it")
    return manifest


def model_to_load(version: Path, manifest: Manifest, model: str | None = None) -> str:
    """The model `manifest` names, when the caller may load it: the bundled default, or the model the caller names too
    (`--model`), since a manifest is anyone's data and loading a model folder runs its code and weights."""
    built_with = manifest.model.name
    if manifest.settings.get("model") != built_with:
        raise IndexCorruptError(f"{version / MANIFEST} names no model, or two: rebuild with `qa-index build`")
    if built_with != (model or DEFAULT_MODEL):
        if model is None:
            raise IndexStaleError(f"{version.parent} was built with model {built_with!r}; loading it runs that "
                                  f"model: if you trust it, pass --model {built_with!r} (Python: model=...)")
        raise IndexStaleError(f"{version.parent} was built with model {built_with!r}, not {model!r}: rebuild "
                              f"with `qa-index build --index {version.parent} --model {model}`")
    return built_with


def verify_files(version: Path, manifest: Manifest, *, checksums: bool = True, trusting: bool = True) -> None:
    """Every listed file is a plain file with its size (and sha256), both from one open descriptor: a truncated, edited,
    swapped or linked file is caught. `trusting` skips the sha256s of files a trust record vouches for (qa/trust.py)."""
    names = [*manifest.files, MANIFEST]
    full = checksums and not (trusting and trust.trusted(version, names))
    for name, meta in manifest.files.items():
        path = version / name
        try:
            with files.open_regular(path, limit=meta.bytes) as f:
                size = os.fstat(f.fileno()).st_size
                if size != meta.bytes or (full and _sha256(f) != meta.sha256):
                    trust.forget(version)
                    raise errors.damaged(path, "size or checksum differs from the manifest")
        except files.FileMissing:
            raise IndexCorruptError(f"index file {path} is missing: rebuild with `qa-index build`") from None
        except files.FileRefused as e:
            raise errors.damaged(path, e.reason) from None
    if full:
        _trust(version, manifest)


def _trust(version: Path, manifest: Manifest) -> None:
    """Record the checksummed files' stamps (best effort: a read-only index is checksummed on every open)."""
    if trust.RECORD in manifest.files:  # a manifest listing the record itself: rewriting it would "damage" it
        return
    try:
        atomic_write_text(version / trust.RECORD, trust.record_text(version, [*manifest.files, MANIFEST]))
    except (OSError, files.FileRefused) as e:
        logger.info("no trust record for %s (%s): it is checksummed on every open", version, e)


@dataclass(frozen=True, slots=True)
class Version:
    """One checked version of an index folder: its manifest parsed, its files present (and checksummed)."""

    folder: Path
    path: Path
    manifest: Manifest


def open_version(index_dir: str | Path, *, checksums: bool = True, trusting: bool = True) -> Version:
    """The live version of `index_dir`, with its manifest read and its files verified (checksummed unless a
    trust record vouches for them and `trusting`; `qa-index verify` passes False).

    Raises:
        IndexMissingError: nothing built there yet.
        IndexStaleError: written by another format version.
        IndexCorruptError: a file is missing, truncated or fails its checksum; the manifest is malformed.
    """
    folder = Path(index_dir)
    path = current_version(folder)
    manifest = read_manifest(path)
    verify_files(path, manifest, checksums=checksums, trusting=trusting)
    return Version(folder, path, manifest)


def index_info(index_dir: str | Path = "index", *, verify: bool = True) -> IndexInfo:
    """What the live version of `index_dir` holds (counts, model, build time, settings); `verify` checksums
    its files too (a status panel refreshing every few seconds checks sizes only)."""
    v = open_version(index_dir, checksums=verify)
    m = v.manifest
    return IndexInfo(index_dir=str(v.folder), version=str(v.path), corpus=m.corpus.source,
                     n_articles=m.counts.articles, n_chunks=m.counts.chunks, n_sentences=m.counts.sentences,
                     n_skipped=m.counts.skipped, model=m.model.name, dim=m.model.dim, built_at=m.built_at,
                     settings=dict(m.settings))


def require_dir(path: Path, what: str) -> None:
    """A clear error when a folder the user named is not a folder."""
    if path.exists() and not path.is_dir():
        raise QAError(f"{what} {path} is a file, not a folder: pass a folder path")
