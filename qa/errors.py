"""Errors a user can cause. Each message says what went wrong, which path, and the fix, in one line.

The CLI and the UI catch `QAError` only; anything else is a bug and may crash.
"""

from __future__ import annotations

import errno


class QAError(Exception):
    """Base class of every error a user can cause."""


class CorpusError(QAError):
    """The corpus folder is missing, unreadable or holds no usable article."""


class IndexMissingError(QAError):
    """No index has been built in the folder yet."""


class IndexStaleError(QAError):
    """The index was built with another model, settings or format version."""


class IndexCorruptError(QAError):
    """An index file is missing, truncated or fails its checksum."""


class IndexBusyError(QAError):
    """Another build holds the index folder's lock."""


class QuestionError(QAError):
    """The question cannot be asked (empty after cleaning, say)."""


def damaged(path: object, reason: object) -> IndexCorruptError:
    """The one-line error for an index file that is not what a build writes (its reason on one line)."""
    why = " ".join(str(reason).split())
    return IndexCorruptError(f"index file {path} is damaged ({why}): rebuild with `qa-index build`")


_CAUSES = {errno.ENOSPC: "no space left on device", errno.EDQUOT: "disk quota exceeded",
           errno.EFBIG: "file too large for this process's file size limit", errno.EROFS: "read-only file system",
           errno.EACCES: "permission denied", errno.EPERM: "operation not permitted"}
_FIXES = {errno.ENOSPC: "free space, then run", errno.EDQUOT: "free space, then run",
          errno.EFBIG: "raise the limit (`ulimit -f`), then run", errno.EROFS: "make it writable, then run",
          errno.EACCES: "check its permissions, then run", errno.EPERM: "check its permissions, then run"}


def os_failure(e: OSError, doing: str, again: str) -> QAError:
    """An OS error met while `doing` ("building the index in X") as one line: the cause, the path, the fix, and
    that the previous index is untouched; `again` is the command to run once fixed."""
    cause = _CAUSES.get(e.errno or 0, e.strerror or str(e))
    where = f" ({e.filename})" if e.filename else ""
    fix = _FIXES.get(e.errno or 0, "fix that, then run")
    return QAError(f"{cause} {doing}{where}: {fix} `{again}` again; any previous index is untouched")
