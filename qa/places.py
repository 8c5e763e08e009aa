"""Where a quote is in the file the user gave: its lines and characters there, not in the clean text.

Cleaning moves text (a headline cut, furniture dropped, CRLF made one character), so a clean span is no place to
look in a file. The article's `OffsetMap` sends a clean span to the raw characters it came from exactly; for a
.txt/.md file those are characters of the decoded file (after `text_offset`), whose line breaks ("\\n", "\\r\\n" or
"\\r", as editors count them) give the lines. The file is read when a citation is made, once per version of it
(size and modification time), and its lines are cited only while it is the text indexed (its length is the map's);
a changed or missing file is cited as indexed ("changed"). A JSON record's body or an HTML page's main text is
not a slice of its file: their characters are cited in that text ("record", "page").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from qa import files
from qa.decode import decode
from qa.records import Article, Place
from qa.walk import HTML_EXTS, TEXT_EXTS

MAX_FILE_BYTES = 64 * 2**20  # the loader's default limit: a file over it was never indexed
_BREAK = re.compile(r"\r\n|\r|\n")


def place(folder: Path | None, article: Article, start: int, end: int) -> Place:
    """Where `article.text[start:end]` is in the file `article.path` of the corpus `folder` (None: not known)."""
    raw_start, raw_end = article.offsets.to_raw_span(start, end)
    suffix = Path(article.path).suffix.lower()
    if suffix not in TEXT_EXTS:
        return Place("page" if suffix in HTML_EXTS else "record", raw_start, raw_end)
    raw_start, raw_end = raw_start + article.text_offset, raw_end + article.text_offset
    breaks = _line_breaks(folder / article.path, article.text_offset + article.offsets.raw_len) if folder else None
    if breaks is None:
        return Place("changed", raw_start, raw_end)
    line = line_of(breaks, raw_start)
    column = raw_start - (breaks[line - 2] if line > 1 else 0) + 1
    return Place("file", raw_start, raw_end, line, line_of(breaks, max(raw_start, raw_end - 1)), column)


def line_of(breaks: tuple[int, ...], pos: int) -> int:
    """The 1-based line holding character `pos`, given where each line after the first starts (`breaks`)."""
    return bisect_right(breaks, pos) + 1


def _line_breaks(path: Path, length: int) -> tuple[int, ...] | None:
    """Where each line after the first starts in the decoded file at `path`, counting its BOM as one character; None
    when the file cannot be read or is not `length` characters long (it changed since the index was built)."""
    try:
        st = path.lstat()
    except OSError:
        return None
    return _breaks_of(str(path), st.st_size, st.st_mtime_ns, length)


@lru_cache(maxsize=64)
def _breaks_of(path: str, size: int, mtime_ns: int, length: int) -> tuple[int, ...] | None:
    """`_line_breaks` of one version of a file (`size` and `mtime_ns` key the cache)."""
    del size, mtime_ns
    try:
        decoded = decode(files.read_bytes(path, limit=MAX_FILE_BYTES), path)
    except (files.FileRefused, OSError):
        return None
    if decoded.offset + len(decoded.text) != length:
        return None
    return tuple(m.end() + decoded.offset for m in _BREAK.finditer(decoded.text))
