"""Where a quote is in the file the user gave: its lines and characters there, not in the clean text.

Cleaning moves text (a headline cut, furniture dropped, CRLF made one character), so a clean span is no place to
look in a file. The article's `OffsetMap` sends a clean span to the raw characters it came from exactly; for a
.txt/.md file those are characters of the decoded file (after `text_offset`), whose line breaks ("\\n", "\\r\\n" or
"\\r", as editors count them: not U+2028 or U+2029, which vim, less and grep -n leave inside a line) give the lines.
The file is read when a citation is made, once per version of it (size, modification and change times, inode), and
cited only while it is the file indexed: its checksum is the article's (an index built before checksums were
recorded: its length is the map's). A changed or missing file is cited as indexed ("changed"). A JSON record's body
or an HTML page's main text is not a slice of its file: their characters are cited in that text ("record", "page");
a JSON record's at the line and column of the file where they stand in its body string (escaped: `qa.json_places`),
when the index knows where that string starts (an index built before pipeline 10: a .jsonl record's line only).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa import files
from qa.decode import decode
from qa.json_places import Literal, field_at, read_literal
from qa.records import Article, Place
from qa.walk import HTML_EXTS, TEXT_EXTS

MAX_FILE_BYTES = 64 * 2**20  # the loader's default limit: a file over it was never indexed
_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class _Seen:
    """A file as it is now: its checksum, and for a .txt/.md file its decoded length (a BOM counting as one) and
    where each line after the first starts."""

    checksum: str
    length: int = 0
    breaks: tuple[int, ...] = ()


def place(folder: Path | None, article: Article, start: int, end: int) -> Place:
    """Where `article.text[start:end]` is in the file `article.path` of the corpus `folder` (None: not known)."""
    raw_start, raw_end = article.offsets.to_raw_span(start, end)
    suffix = Path(article.path).suffix.lower()
    if suffix not in TEXT_EXTS:
        if not (folder and article.checksum):
            return Place("page" if suffix in HTML_EXTS else "record", raw_start, raw_end)
        if suffix in HTML_EXTS:
            if _checksum(_seen(folder / article.path, lines=False)) != article.checksum:
                return Place("changed", raw_start, raw_end)
            return Place("page", raw_start, raw_end)
        return _in_record(folder / article.path, article, raw_start, raw_end)
    raw_start, raw_end = raw_start + article.text_offset, raw_end + article.text_offset
    seen = _seen(folder / article.path, lines=True) if folder else None
    if seen is None or seen.length != article.text_offset + article.offsets.raw_len or \
            article.checksum and _checksum(seen) != article.checksum:
        return Place("changed", raw_start, raw_end)
    line = line_of(seen.breaks, raw_start)
    column = raw_start - (seen.breaks[line - 2] if line > 1 else 0) + 1
    return Place("file", raw_start, raw_end, line, line_of(seen.breaks, max(raw_start, raw_end - 1)), column)


def _in_record(path: Path, article: Article, raw_start: int, raw_end: int) -> Place:
    """A JSON record's span: its characters in the body, at the file's line and column where they are written."""
    seen = _seen(path, lines=True)
    if _checksum(seen) != article.checksum:
        return Place("changed", raw_start, raw_end)
    version = _version(path)
    body = _body(str(path), article.text_offset, *version) if article.text_offset and version else None
    if seen is None or body is None:
        return Place("record", raw_start, raw_end, article.line, article.line)  # an older index: a .jsonl line
    literal, offset = body
    first, last = (p + offset for p in literal.positions([raw_start, max(raw_start, raw_end - 1)]))
    line = line_of(seen.breaks, first)
    column = first - (seen.breaks[line - 2] if line > 1 else 0) + 1
    return Place("record", raw_start, raw_end, line, line_of(seen.breaks, last), column)


def field_place(folder: Path | None, article: Article, key: str) -> Place | None:
    """Where the article's file writes its metadata field `key`: a JSON record's member (`qa.json_places.field_at`), a
    .md file's front matter entry, else the first place an HTML page writes the value; its characters in the decoded
    file, on its lines. None when not found, or when the file is not the one indexed."""
    value = str(article.metadata.get(key, ""))
    path = folder / article.path if folder is not None else None
    seen = _seen(path, lines=True) if path is not None and article.checksum and value else None
    version = _version(path) if seen is not None and seen.checksum == article.checksum else ()
    decoded = _decoded(str(path), *version) if version else None
    if decoded is None:
        return None
    text, offset = decoded
    suffix = Path(article.path).suffix.lower()
    if suffix in HTML_EXTS:
        at = text.find(value)
        span = (at, at + len(value)) if at >= 0 else None
    elif suffix in TEXT_EXTS:
        span = _front_matter_entry(text[:max(article.text_offset - offset, 0)], key)
    else:
        span = field_at(text, article.text_offset - offset, key) if article.text_offset else None
    if span is None:
        return None
    first, last = span[0] + offset, span[1] + offset
    line = line_of(seen.breaks, first)
    column = first - (seen.breaks[line - 2] if line > 1 else 0) + 1
    return Place("file", first, last, line, line_of(seen.breaks, max(first, last - 1)), column)


def _front_matter_entry(head: str, key: str) -> tuple[int, int] | None:
    """Where a .md file's front matter (`head`: the file up to its text) writes `key`'s value, as YAML's own parser
    reads it (a quoted string: between its quotes)."""
    import yaml

    try:
        node = next(iter(yaml.compose_all(head)), None)
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    for name, value in node.value:
        if name.value == key:
            quoted = isinstance(value, yaml.ScalarNode) and value.style in ("'", '"')
            return value.start_mark.index + quoted, value.end_mark.index - quoted
    return None


def line_of(breaks: tuple[int, ...], pos: int) -> int:
    """The 1-based line holding character `pos`, given where each line after the first starts (`breaks`)."""
    return bisect_right(breaks, pos) + 1


def _checksum(seen: _Seen | None) -> str:
    return seen.checksum if seen is not None else ""


def _seen(path: Path, *, lines: bool) -> _Seen | None:
    """The file at `path` as it is now (`lines`: decoded, its line breaks found); None when it cannot be read."""
    version = _version(path)
    return _read(str(path), lines, *version) if version else None


def _version(path: Path) -> tuple[int, ...]:
    """The file's size, modification and change times and inode (empty when it cannot be seen)."""
    try:
        st = path.lstat()
    except OSError:
        return ()
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


@lru_cache(maxsize=2)
def _decoded(path: str, *version: int) -> tuple[str, int] | None:
    """One version of a JSON file's decoded text and where it starts (1 after a BOM), for the records cited in it."""
    del version
    try:
        decoded = decode(files.read_bytes(path, limit=MAX_FILE_BYTES), path)
    except (files.FileRefused, OSError):
        return None
    return decoded.text, decoded.offset


@lru_cache(maxsize=256)
def _body(path: str, start: int, *version: int) -> tuple[Literal, int] | None:
    """The body literal starting at `start` in one version of a JSON file, read once (`qa.json_places.read_literal`:
    an answer cites a body a few times, and a long one was walked from its start for each), and the file's offset."""
    decoded = _decoded(path, *version)
    if decoded is None:
        return None
    text, offset = decoded
    return read_literal(text, start - offset), offset


@lru_cache(maxsize=64)
def _read(path: str, lines: bool, *version: int) -> _Seen | None:
    """`_seen` of one version of a file (its size, times and inode key the cache: an edit that keeps the size and
    puts the modification time back still changes the change time)."""
    del version
    try:
        data = files.read_bytes(path, limit=MAX_FILE_BYTES)
    except (files.FileRefused, OSError):
        return None
    if not lines:
        return _Seen(files.checksum(data))
    decoded = decode(data, path)
    breaks = tuple(m.end() + decoded.offset for m in _BREAK.finditer(decoded.text))
    return _Seen(files.checksum(data), decoded.offset + len(decoded.text), breaks)
