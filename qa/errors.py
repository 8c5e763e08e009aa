"""Errors a user can cause. Each message says what went wrong, which path, and the fix, in one line.

The CLI and the UI catch `QAError` only; anything else is a bug and may crash.
"""

from __future__ import annotations


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
