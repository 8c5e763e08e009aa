"""Open corpus and index files safely: regular files only, never through a link, never blocking, size-limited.

A hostile folder cannot make a read hang (a named pipe), read forever (a link to /dev/zero), leave the folder
(a link to a file elsewhere) or exhaust memory (a file over its limit, or growing while read). Checks run by
lstat before opening (a device or pipe is never opened) and by fstat of the opened descriptor (a file swapped
in between is caught). `FileRefused.reason` reads after the path ("is a named pipe, not a file"); callers word
their own one-line error (FileMissing: "no index" for CURRENT, else missing; other refusals: "damaged").
Every index file is opened here: store.py (CURRENT, manifest.json, .lock, checksums), rows.py (the JSONL
tables), sparse.py and dense.py (.npy arrays and FAISS files by `pinned_path`: a memory map outlives the
descriptor; bm25_vocab.json), each limited to the size its manifest gives it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

MiB = 2**20
CURRENT_LIMIT = 4096  # CURRENT holds one version name, about 35 bytes
MANIFEST_LIMIT = 16 * MiB  # a manifest lists a dozen files with settings and counts: a few KB
NO_LIMIT = 1 << 50  # for a file whose size was checked already, or one this process wrote
_FLAGS = os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY  # O_NONBLOCK: opening a named pipe never waits for a writer
_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
Pathish = str | os.PathLike[str]


class FileRefused(Exception):
    """A file that is not read, and why: `reason` reads after the path ("is a named pipe, not a file")."""

    def __init__(self, path: Pathish, reason: str, cause: OSError | None = None) -> None:
        super().__init__(f"{os.fspath(path)} {reason}")
        self.path, self.reason, self.cause = Path(path), reason, cause  # cause: the OS's error, if it said no


class FileNotPlain(FileRefused):
    """Something else is at the path, not a plain file or folder: `found` says what ("a named pipe, not a file")."""

    def __init__(self, path: Pathish, found: str) -> None:
        super().__init__(path, f"is {found}")
        self.found = found


class FileMissing(FileRefused):
    """The file does not exist (for CURRENT: nothing built yet, not damage)."""


class FileTooLarge(FileRefused):
    """Over its limit: `size` by fstat, before reading; None when it grew past `limit` while being read."""

    def __init__(self, path: Pathish, limit: int, size: int | None = None) -> None:
        amount = f"{limit // MiB} MiB" if limit >= MiB and limit % MiB == 0 else f"{limit:,}-byte"
        what = f"is {size:,} bytes, over" if size is not None else "grew while being read, past"
        super().__init__(path, f"{what} the {amount} limit")
        self.limit, self.size = limit, size


@contextlib.contextmanager
def writing(path: Pathish) -> Iterator[None]:
    """Name `path` in an OSError raised while writing it that names no file (a full disk in the middle of a
    write says only "No space left on device")."""
    try:
        yield
    except OSError as e:
        if e.filename is None and e.errno:
            raise OSError(e.errno, e.strerror, os.fspath(path)) from e
        raise


def checksum(data: bytes) -> str:
    """A file's content checksum (hex BLAKE2b, 128 bits): recorded per article, so a citation sees any edit."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def kind(mode: int) -> str:
    """What a file of this st_mode is, as a noun phrase ("a named pipe"); "a file" for a regular file."""
    return next((name for test, name in _KINDS if test(mode)), "a file")


def read_bytes(path: Pathish, *, limit: int, follow_links: bool = False) -> bytes:
    """The whole file; refused if it is not a regular file or holds over `limit` bytes (by fstat, then while
    reading: at most limit+1 bytes are read). `follow_links` only for a path the user named on purpose."""
    with open_regular(path, limit=limit, follow_links=follow_links) as f:
        try:
            return f.read()
        except OSError as e:
            raise _refusal(path, e) from None


def read_text(path: Pathish, *, limit: int, encoding: str = "utf-8") -> str:
    """`read_bytes` decoded strictly: undecodable bytes are a refusal, not U+FFFD."""
    try:
        return read_bytes(path, limit=limit).decode(encoding)
    except UnicodeDecodeError as e:
        raise FileRefused(path, f"is not {encoding.upper()} text ({e.reason} at byte {e.start})") from e


def open_regular(path: Pathish, *, limit: int, follow_links: bool = False) -> BinaryIO:
    """A buffered binary reader of the regular file at `path`; reading past `limit` bytes raises FileTooLarge."""
    return io.BufferedReader(_Bounded(_open(path, os.O_RDONLY, limit, follow_links), limit, path))


@contextlib.contextmanager
def pinned_path(path: Pathish, *, limit: int) -> Iterator[str]:
    """A name for the checked, opened file (/proc/self/fd/N) for libraries that only open by name (np.load,
    faiss.read_index): a link swapped in after the check cannot redirect them."""
    fd = _open(path, os.O_RDONLY, limit, follow_links=False)
    with io.FileIO(fd, "rb"):  # closes fd on the way out
        yield f"/proc/self/fd/{fd}" if os.path.isdir("/proc/self/fd") else os.fspath(path)


def open_lock(path: Pathish) -> int:
    """Read-write descriptor of the lock file, created if missing; a link or non-file is refused (nothing is
    created or opened outside the folder through it). The caller closes it, which releases a flock."""
    return _open(path, os.O_RDWR | os.O_CREAT, sys.maxsize, follow_links=False)


def check_folder(path: Pathish) -> None:
    """Refuse a folder that is missing, a link (even to a folder) or not a folder."""
    if not stat.S_ISDIR(mode := _stat(path, follow_links=False, missing_ok=False).st_mode):
        raise FileNotPlain(path, f"{kind(mode)}, not a folder")


def _stat(path: Pathish, *, follow_links: bool, missing_ok: bool) -> os.stat_result | None:
    try:
        return os.stat(path) if follow_links else os.lstat(path)
    except OSError as e:
        if missing_ok and isinstance(e, FileNotFoundError):
            return None
        raise _refusal(path, e) from None


def _open(path: Pathish, flags: int, limit: int, follow_links: bool) -> int:
    """Descriptor of a regular file within `limit`, checked by (l)stat before and by fstat after opening."""
    if before := _stat(path, follow_links=follow_links, missing_ok=bool(flags & os.O_CREAT)):
        _check(path, before, limit)
    try:
        fd = os.open(path, flags | _FLAGS | (0 if follow_links else os.O_NOFOLLOW), 0o644)
    except OSError as e:  # ELOOP: a link swapped in after lstat (O_NOFOLLOW refuses it)
        raise _refusal(path, e) from None
    try:
        _check(path, os.fstat(fd), limit)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _refusal(path: Pathish, e: OSError) -> FileRefused:
    if isinstance(e, FileNotFoundError):
        return FileMissing(path, "is missing")
    if os.path.islink(path):
        return FileNotPlain(path, "a symbolic link")
    return FileRefused(path, f"not readable ({e.strerror or e})", e)


def _check(path: Pathish, st: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(mode := st.st_mode):
        raise FileNotPlain(path, f"{kind(mode)}, not a file")
    if st.st_size > limit:
        raise FileTooLarge(path, limit, st.st_size)


class _Bounded(io.RawIOBase):
    """A raw reader of a descriptor (closed with it) that raises FileTooLarge rather than read past `limit` bytes."""

    def __init__(self, fd: int, limit: int, path: Pathish) -> None:
        self._fd, self._left, self._limit, self._path = fd, limit, limit, path

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        n = os.readv(self._fd, [view[: min(len(view), self._left + 1)]])  # straight into the caller's buffer
        if n > self._left:
            raise FileTooLarge(self._path, self._limit)
        self._left -= n
        return n

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()
