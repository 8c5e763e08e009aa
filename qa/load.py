"""Read a corpus folder (or one file) into a `Corpus` of `RawArticle`s; hostile files are skipped, never fatal.

Formats by extension: .txt/.md (whole text), .html/.htm (main text via trafilatura), .json and .jsonl (records;
see `qa.formats`). The walk (`qa.walk`) finds the files, `qa.decode` turns bytes into text; this module reads
each file, dispatches by format, drops duplicate doc_ids and logs one warning per skipped file.
Records and HTML get text_offset 0 (their text is not a slice of the file); .txt/.md get 1 after a BOM.
"""

from __future__ import annotations

import hashlib
import logging
import stat
from pathlib import Path

from qa.decode import binary_kind, decode
from qa.formats import Found, Unusable, html_article, json_articles, jsonl_articles
from qa.records import Corpus, RawArticle, Skipped
from qa.walk import HTML_EXTS, JSONL_EXTS, TEXT_EXTS, rel_name, walk

logger = logging.getLogger(__name__)

DEFAULT_MAX_FILE_BYTES = 64 * 2**20
_FINGERPRINT_VERSION = b"qa.load/1\n"


def load_corpus(source: str | Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Corpus:
    """Read every supported file under `source` (a folder or one file) in sorted order; skip bad ones."""
    root, files, skipped = walk(source)
    for s in skipped:
        logger.warning("skipped %s: %s", s.path, s.reason)
    articles: list[RawArticle] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for path in files:
        rel = rel_name(root, path)
        try:
            found, bad, warning = _read_file(path, rel, max_file_bytes)
        except Unusable as skip:
            found, bad, warning = [], [Skipped(rel, skip.reason)], ""
        if warning:
            logger.warning("%s", warning)
            warnings.append(warning)
        for where, art in found:
            if art.doc_id in seen:
                bad.append(Skipped(where, f"duplicate doc_id {art.doc_id!r} (first read from {seen[art.doc_id]})"))
                continue
            seen[art.doc_id] = where
            articles.append(art)
        _log_skips(rel, bad)
        skipped.extend(bad)
    return Corpus(articles=tuple(articles), skipped=tuple(skipped), warnings=tuple(warnings))


def _log_skips(rel: str, bad: list[Skipped]) -> None:
    """One warning line per skipped file; a file with many skipped records gets one summary line."""
    if len(bad) == 1:
        logger.warning("skipped %s: %s", bad[0].path, bad[0].reason)
    elif bad:
        logger.warning("skipped %d records of %s (first: %s: %s)", len(bad), rel, bad[0].path, bad[0].reason)


def iter_files(root: str | Path) -> list[Path]:
    """The files `load_corpus(root)` would read, in its order (supported, not hidden, not symlinks)."""
    return walk(root)[1]


def corpus_fingerprint(source: str | Path) -> str:
    """Hex SHA-256 of relative path, size and mtime_ns of every file the loader would read; reads no content."""
    root, files, _ = walk(source)
    digest = hashlib.sha256(_FINGERPRINT_VERSION)
    for path in files:
        try:
            st = path.stat()
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:  # vanished or unreadable: still part of the picture
            size, mtime = -1, -1
        digest.update(f"{rel_name(root, path)}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _read_file(path: Path, rel: str, max_bytes: int) -> tuple[list[Found], list[Skipped], str]:
    """((where, article) pairs, skipped records, decode warning) of one file; Unusable if it is all unusable."""
    data = _read_bytes(path, max_bytes)
    ext = path.suffix.lower()
    if ext in HTML_EXTS:
        return [(rel, html_article(data, rel))], [], ""
    decoded = decode(data, rel)
    if not decoded.text.strip():
        raise Unusable("file holds only whitespace")
    if ext in TEXT_EXTS:
        article = RawArticle(doc_id=rel, path=rel, title="", text=decoded.text, text_offset=decoded.offset)
        return [(rel, article)], [], decoded.warning
    if ext in JSONL_EXTS:
        found, bad = jsonl_articles(decoded.text, rel)
    else:
        found, bad = json_articles(decoded.text, rel)
    return found, bad, decoded.warning


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; refuses (by stat, before reading) files over `max_bytes`, empty and binary files."""
    try:
        st = path.stat()  # the walk yields no symlinks; a single file named as the source may be one
        if not stat.S_ISREG(st.st_mode):
            raise Unusable("not a regular file")
        if st.st_size > max_bytes:
            raise Unusable(f"file is {st.st_size:,} bytes, over the max_file_bytes limit of {max_bytes:,}")
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise Unusable(f"file not readable ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise Unusable(f"file is over the max_file_bytes limit of {max_bytes:,}")
    if not data:
        raise Unusable("empty file")
    kind = binary_kind(data)
    if kind:
        raise Unusable(f"binary file ({kind}), not text")
    return data
