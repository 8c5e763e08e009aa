"""Read a corpus folder (or one file) into a `Corpus` of `RawArticle`s; hostile files are skipped, never fatal.

Formats by extension: .txt/.md (whole text), .html/.htm (main text via trafilatura), .json and .jsonl (records;
see `qa.formats`). The walk (`qa.walk`) finds the files, `qa.decode` turns bytes into text; this module reads
each file, dispatches by format, drops duplicate doc_ids and logs one warning per skipped file.
HTML gets text_offset 0 (its text is not a slice of the file); .txt/.md get 1 after a BOM; a JSON record, where its
body string starts in the file (`qa.json_places`: its characters are the body's, escaped).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path

from qa.decode import decode, not_text
from qa.files import FileMissing, FileNotPlain, FileRefused, FileTooLarge, checksum, read_bytes
from qa.formats import Found, Unusable, html_article, json_articles, jsonl_articles, markdown_article
from qa.records import Corpus, RawArticle, Skipped
from qa.walk import HTML_EXTS, JSONL_EXTS, TEXT_EXTS, Walked, rel_name, walk

logger = logging.getLogger(__name__)

DEFAULT_MAX_FILE_BYTES = 64 * 2**20
_FINGERPRINT_VERSION = b"qa.load/2\n"  # 2: ctime and inode too (an index of 1 is stale once)


def load_corpus(source: str | Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, root: Path | None = None,
                walked: Walked | None = None) -> Corpus:
    """Read every supported file under `source` (a folder or one file) in sorted order, skipping bad ones; doc_ids are
    paths relative to `source` (its folder, for a file), or to `root` when `source` lies inside it. `walked`: the
    walk of `source` already made, so the files read are the ones a fingerprint or a file list was made of."""
    top, files, walk_skipped = walked or walk(source)
    root, skipped = root or top, list(walk_skipped)
    named = Path(source).expanduser()  # a file named as the source may be a link: the user chose it
    for s in skipped:
        logger.warning("skipped %s: %s", s.path, s.reason)
    articles: list[RawArticle] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for path in files:
        rel = rel_name(root, path)
        try:
            found, bad, warning = _read_file(path, rel, max_file_bytes, follow_links=path == named)
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


def corpus_fingerprint(source: str | Path, *, walked: Walked | None = None) -> str:
    """Hex SHA-256 of relative path, size, mtime, ctime and inode of every file the loader would read (those `walked`
    found, when given); reads no content. The ctime and inode catch new content with the size and mtime put back
    (`touch -r`, `cp -p`, an archive's times), which only the kernel can set; a copied folder (new inodes) reads as
    changed, so it is rebuilt, reusing every unchanged text's vectors."""
    root, files, _ = walked or walk(source)
    digest = hashlib.sha256(_FINGERPRINT_VERSION)
    for path in files:
        try:
            st = path.stat()
            stamp = f"{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}"
        except OSError:  # vanished or unreadable: still part of the picture
            stamp = "-1"
        raw_name = path.relative_to(root).as_posix()  # the name's very bytes, not its display
        digest.update(f"{raw_name}\0{stamp}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _read_file(path: Path, rel: str, max_bytes: int, *, follow_links: bool
               ) -> tuple[list[Found], list[Skipped], str]:
    """((where, article) pairs, skipped records, decode warning) of one file; Unusable if it is all unusable."""
    data = _read_bytes(path, max_bytes, follow_links=follow_links)
    found, bad, warning = _read_data(data, path.suffix.lower(), rel)
    digest = checksum(data)
    return [(where, replace(art, checksum=digest)) for where, art in found], bad, warning


def _read_data(data: bytes, ext: str, rel: str) -> tuple[list[Found], list[Skipped], str]:
    """`_read_file` of the bytes read, by the file's extension `ext`."""
    why = not_text(data, declared_charset_ok=ext in HTML_EXTS)
    if why:
        raise Unusable(why)
    if ext in HTML_EXTS:
        return [(rel, html_article(data, rel))], [], ""
    decoded = decode(data, rel)
    if not decoded.text.strip():
        raise Unusable("file holds only whitespace")
    if ext in TEXT_EXTS:
        article = markdown_article(decoded.text, rel, decoded.offset) if ext == ".md" else \
            RawArticle(doc_id=rel, path=rel, title="", text=decoded.text, text_offset=decoded.offset)
        if not article.text.strip():
            raise Unusable("file holds only front matter, no text")
        return [(rel, article)], [], decoded.warning
    if ext in JSONL_EXTS:
        found, bad = jsonl_articles(decoded.text, rel, decoded.offset)
    else:
        found, bad = json_articles(decoded.text, rel, decoded.offset)
    return found, bad, decoded.warning


def _read_bytes(path: Path, max_bytes: int, *, follow_links: bool) -> bytes:
    """The file's bytes (a regular file only, refused by its size before it is read); an empty file is refused."""
    try:
        data = read_bytes(path, limit=max_bytes, follow_links=follow_links)
    except FileTooLarge as exc:
        what = f"is {exc.size:,} bytes, over" if exc.size is not None else "grew while being read, past"
        raise Unusable(f"file {what} the max_file_bytes limit of {max_bytes:,}") from exc
    except FileMissing as exc:
        raise Unusable("file vanished before it was read") from exc
    except FileNotPlain as exc:
        raise Unusable(exc.found) from exc  # "a named pipe, not a file"
    except FileRefused as exc:
        raise Unusable(f"file {exc.reason}") from exc
    if not data:
        raise Unusable("empty file")
    return data
