"""Walk a corpus folder: the files the loader reads, in sorted order, and what the walk itself skips.

Hidden names are ignored; a file of another type (a .pdf, a .docx) is reported as skipped, so a build or an add
says it was not read. Symbolic links are never followed (no loops, nothing
outside the folder): one with a supported extension, or pointing at a folder, is reported as skipped. Named
pipes, sockets and devices are never opened, and are reported as skipped whatever their name.
A file's doc_id is its path relative to the root, shown by `display_name` when it is not valid UTF-8.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from qa.errors import CorpusError
from qa.files import kind
from qa.records import Skipped

TEXT_EXTS = frozenset({".txt", ".md"})
HTML_EXTS = frozenset({".html", ".htm"})
JSON_EXTS = frozenset({".json"})
JSONL_EXTS = frozenset({".jsonl"})
SUPPORTED_EXTS = TEXT_EXTS | HTML_EXTS | JSON_EXTS | JSONL_EXTS
SHOWN_EXTS = (".txt", ".md", ".html", ".json", ".jsonl")  # as every message names them (.htm is read as .html)
FORMATS = f"{', '.join(SHOWN_EXTS[:-1])} or {SHOWN_EXTS[-1]}"  # the one list in words: ".txt, .md, ... or .jsonl"
FORMATS_HINT = f"a folder of {FORMATS} files"
Walked = tuple[Path, list[Path], list[Skipped]]  # `walk`'s answer: (root, files to read, what it skipped)
_UNDECODED = re.compile("[\udc80-\udcff]")  # how os.fsdecode keeps a byte that is not UTF-8
_ESCAPED = re.compile("[\udc80-\udcff\\\\]")


def walk(source: str | Path) -> Walked:
    """(root, files to read in sorted order, what the walk itself skipped); CorpusError if `source` is unusable."""
    path = Path(source).expanduser()
    shown = display_name(str(path))
    if not path.exists():
        raise CorpusError(f"corpus path not found: {shown} — check the path, or pass {FORMATS_HINT}")
    if path.is_file():
        if not os.access(path, os.R_OK):
            raise CorpusError(f"corpus file not readable: {shown} — fix its permissions (chmod +r)")
        if path.suffix.lower() not in SUPPORTED_EXTS:
            return path.parent, [], [Skipped(display_name(path.name), _unsupported(path.name))]
        return path.parent, [path], []
    if not path.is_dir():
        raise CorpusError(f"corpus path is neither a file nor a folder: {shown} — pass {FORMATS_HINT}")
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        raise CorpusError(f"corpus folder not readable: {shown} ({exc.strerror}) — fix its permissions") from exc
    skipped: list[Skipped] = []
    files = [Path(entry.path) for entry in _scan(path, path, skipped)]
    return path, files, skipped


def _scan(root: Path, folder: Path, skipped: list[Skipped]) -> Iterator[os.DirEntry[str]]:
    """Yield supported regular files under `folder` depth-first in name order; never follow a symlink."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        skipped.append(Skipped(rel_name(root, Path(folder)), f"folder not readable ({exc.strerror})"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        supported = Path(entry.name).suffix.lower() in SUPPORTED_EXTS
        if entry.is_symlink():
            if supported or os.path.isdir(entry.path):  # isdir is False for a loop or a dangling link
                skipped.append(Skipped(rel_name(root, Path(entry.path)), "symbolic link not followed"))
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _scan(root, Path(entry.path), skipped)
        elif entry.is_file(follow_symlinks=False):
            if supported:
                yield entry
            else:
                skipped.append(Skipped(rel_name(root, Path(entry.path)), _unsupported(entry.name)))
        else:  # a named pipe (reading it would wait for a writer), a socket or a device: never opened
            skipped.append(Skipped(rel_name(root, Path(entry.path)), _not_a_file(entry)))


def _unsupported(name: str) -> str:
    suffix = display_name(Path(name).suffix)
    return f"unsupported file type {suffix or '(none)'!r}; expected a {FORMATS} file"


def _not_a_file(entry: os.DirEntry[str]) -> str:
    try:
        return f"{kind(entry.stat(follow_symlinks=False).st_mode)}, not a file"
    except OSError as exc:  # vanished since the scan
        return f"not a file ({exc.strerror})"


def rel_name(root: Path, path: Path) -> str:
    """Path relative to the corpus root with POSIX separators, as `display_name` shows it: the file's doc_id."""
    return display_name(path.relative_to(root).as_posix())


def display_name(name: str) -> str:
    """A file name as valid UTF-8 text that names that one file (unchanged when it is valid UTF-8): a Latin-1
    b"caf\\xe9.txt" cannot be written to the index, a log or a terminal as it is, so it shows as "caf\\xe9.txt"."""
    # Each byte that is not UTF-8 is shown as \xNN and each backslash doubled. The escaping can be undone, so two such
    # names never show alike (a valid name that literally reads "caf\xe9.txt" would show like one: the loader then
    # skips the second as a duplicate doc_id, and says so). These are the escapes of bash's $'...' quoting:
    # `ls $'caf\xe9.txt'` finds the file (write a ' as \').
    if not _UNDECODED.search(name):
        return name
    return _ESCAPED.sub(lambda m: "\\\\" if m[0] == "\\" else f"\\x{ord(m[0]) - 0xDC00:02x}", name)
