"""Read a corpus folder (or one file) into a `Corpus` of `RawArticle`s; hostile files are skipped, never fatal.

Formats by extension: .txt/.md (whole text), .html/.htm (main text via trafilatura), .json (an array of
records, one record, or an object holding a list under "articles"/"data"/...), .jsonl (one record a line).
Other extensions and hidden names are ignored. Symbolic links inside the folder are never followed (no loops,
nothing outside the folder): one with a supported extension, or pointing at a folder, is reported as skipped.
Records and HTML get text_offset 0 (their text is not a slice of the file); .txt/.md get 1 after a BOM.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from qa.errors import CorpusError
from qa.records import Corpus, RawArticle, Skipped

logger = logging.getLogger(__name__)

TEXT_EXTS = frozenset({".txt", ".md"})
HTML_EXTS = frozenset({".html", ".htm"})
JSON_EXTS = frozenset({".json"})
JSONL_EXTS = frozenset({".jsonl"})
SUPPORTED_EXTS = TEXT_EXTS | HTML_EXTS | JSON_EXTS | JSONL_EXTS

DEFAULT_MAX_FILE_BYTES = 64 * 2**20
_FINGERPRINT_VERSION = b"qa.load/1\n"
_SNIFF_BYTES = 8192
_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
_BODY_KEYS = ("body", "text", "content")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published_at", "date", "published")
_META_KEYS = ("url", "source", "author", "category")
_LIST_KEYS = ("articles", "data", "records", "items", "documents", "docs")
_FORMATS_HINT = "a folder of .txt, .md, .html, .json or .jsonl files"


@dataclass(frozen=True, slots=True)
class _Decoded:
    """A file's decoded text; `offset` is where it starts after a BOM; `warning` notes replaced bytes."""

    text: str
    offset: int
    clean: bool
    warning: str = ""


_Found = tuple[str, RawArticle]  # (where it came from: "relpath" or "relpath#n", the article)


class _Skip(Exception):
    """Raised inside the per-file readers: the file is unusable, for `reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_corpus(source: str | Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Corpus:
    """Read every supported file under `source` (a folder or one file) in sorted order; skip bad ones."""
    root, files, skipped = _walk(source)
    for s in skipped:
        logger.warning("skipped %s: %s", s.path, s.reason)
    articles: list[RawArticle] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for path in files:
        rel = _rel(root, path)
        try:
            found, bad, warning = _read_file(path, rel, max_file_bytes)
        except _Skip as skip:
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
    return _walk(root)[1]


def corpus_fingerprint(source: str | Path) -> str:
    """Hex SHA-256 of relative path, size and mtime_ns of every file the loader would read; reads no content."""
    root, files, _ = _walk(source)
    digest = hashlib.sha256(_FINGERPRINT_VERSION)
    for path in files:
        try:
            st = path.stat()
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:  # vanished or unreadable: still part of the picture
            size, mtime = -1, -1
        digest.update(f"{_rel(root, path)}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


# --- walking ----------------------------------------------------------------------------------------------


def _walk(source: str | Path) -> tuple[Path, list[Path], list[Skipped]]:
    """(root, files to read in sorted order, what the walk itself skipped); CorpusError if `source` is unusable."""
    path = Path(source).expanduser()
    if not path.exists():
        raise CorpusError(f"corpus path not found: {path} — check the path, or pass {_FORMATS_HINT}")
    if path.is_file():
        if not os.access(path, os.R_OK):
            raise CorpusError(f"corpus file not readable: {path} — fix its permissions (chmod +r)")
        if path.suffix.lower() not in SUPPORTED_EXTS:
            reason = f"unsupported file type {path.suffix or '(none)'!r}; expected .txt, .md, .html, .json, .jsonl"
            return path.parent, [], [Skipped(path.name, reason)]
        return path.parent, [path], []
    if not path.is_dir():
        raise CorpusError(f"corpus path is neither a file nor a folder: {path} — pass {_FORMATS_HINT}")
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        raise CorpusError(f"corpus folder not readable: {path} ({exc.strerror}) — fix its permissions") from exc
    skipped: list[Skipped] = []
    files = [Path(entry.path) for entry in _scan(path, path, skipped)]
    return path, files, skipped


def _scan(root: Path, folder: Path, skipped: list[Skipped]) -> Iterator[os.DirEntry[str]]:
    """Yield supported regular files under `folder` depth-first in name order; never follow a symlink."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        skipped.append(Skipped(_rel(root, Path(folder)), f"folder not readable ({exc.strerror})"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        supported = Path(entry.name).suffix.lower() in SUPPORTED_EXTS
        if entry.is_symlink():
            if supported or os.path.isdir(entry.path):  # isdir is False for a loop or a dangling link
                skipped.append(Skipped(_rel(root, Path(entry.path)), "symbolic link not followed"))
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _scan(root, Path(entry.path), skipped)
        elif supported and entry.is_file(follow_symlinks=False):
            yield entry


def _rel(root: Path, path: Path) -> str:
    """Path relative to the corpus root with POSIX separators: the file's doc_id."""
    return path.relative_to(root).as_posix()


# --- reading one file ---------------------------------------------------------------------------------------


def _read_file(path: Path, rel: str, max_bytes: int) -> tuple[list[_Found], list[Skipped], str]:
    """((where, article) pairs, skipped records, decode warning) of one file; _Skip if it is all unusable."""
    data = _read_bytes(path, max_bytes)
    ext = path.suffix.lower()
    if ext in HTML_EXTS:
        return [(rel, _html_article(data, rel))], [], ""
    decoded = _decode(data, rel)
    if not decoded.text.strip():
        raise _Skip("file holds only whitespace")
    if ext in TEXT_EXTS:
        article = RawArticle(doc_id=rel, path=rel, title="", text=decoded.text, text_offset=decoded.offset)
        return [(rel, article)], [], decoded.warning
    if ext in JSONL_EXTS:
        found, bad = _jsonl_articles(decoded.text, rel)
    else:
        found, bad = _json_articles(decoded.text, rel)
    return found, bad, decoded.warning


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; refuses (by stat, before reading) files over `max_bytes`, empty and binary files."""
    try:
        st = path.stat()  # the walk yields no symlinks; a single file named as the source may be one
        if not stat.S_ISREG(st.st_mode):
            raise _Skip("not a regular file")
        if st.st_size > max_bytes:
            raise _Skip(f"file is {st.st_size:,} bytes, over the max_file_bytes limit of {max_bytes:,}")
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise _Skip(f"file not readable ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise _Skip(f"file is over the max_file_bytes limit of {max_bytes:,}")
    if not data:
        raise _Skip("empty file")
    if not _bom(data):
        kind = _binary_kind(data[:_SNIFF_BYTES])
        if kind:
            raise _Skip(f"binary file ({kind}), not text")
    return data


def _bom(data: bytes) -> tuple[bytes, str] | None:
    """The (BOM, encoding) the data starts with, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return bom, encoding
    return None


def _binary_kind(head: bytes) -> str:
    """What binary thing `head` looks like ("" if it looks like text)."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return "NUL bytes" if b"\0" in head else ""


def _decode(data: bytes, rel: str) -> _Decoded:
    """Decode by BOM, else as UTF-8; undecodable bytes become U+FFFD and are noted in `warning`."""
    found = _bom(data)
    if found:
        bom, encoding = found
        try:
            return _Decoded(data[len(bom) :].decode(encoding), offset=1, clean=True)
        except UnicodeDecodeError:
            text = data[len(bom) :].decode(encoding, "replace")
            warning = f"{rel}: invalid {encoding.upper()} data; replaced with U+FFFD (text kept)"
            return _Decoded(text, offset=1, clean=False, warning=warning)
    try:
        return _Decoded(data.decode("utf-8"), offset=0, clean=True)
    except UnicodeDecodeError:
        n_bad = sum(1 for ch in data.decode("utf-8", "surrogateescape") if "\udc80" <= ch <= "\udcff")
        warning = f"{rel}: {n_bad} invalid UTF-8 byte(s) replaced with U+FFFD (text kept)"
        return _Decoded(data.decode("utf-8", "replace"), offset=0, clean=False, warning=warning)


# --- HTML ------------------------------------------------------------------------------------------------------


def _html_article(data: bytes, rel: str) -> RawArticle:
    """The page's main text (paragraphs joined by "\\n"), title and metadata, via trafilatura."""
    try:
        import trafilatura  # heavy import, only when the corpus has HTML
    except ImportError as exc:
        raise _Skip(f"HTML needs trafilatura, which failed to import ({exc}); install lxml_html_clean") from exc
    decoded = _decode(data, rel)
    page: str | bytes = decoded.text if decoded.clean else data  # let trafilatura guess a legacy charset
    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=True, include_images=False
        )
    except Exception as exc:  # a third-party parser on hostile input: skip the file, go on
        raise _Skip(f"HTML extraction failed ({type(exc).__name__}: {exc})") from exc
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise _Skip("HTML page has no main text that trafilatura could extract")
    fields = {"author": doc.author, "published_at": doc.date, "url": doc.url, "source": doc.sitename}
    metadata = {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip()}
    return RawArticle(doc_id=rel, path=rel, title=(doc.title or "").strip(), text=text, metadata=metadata)


# --- JSON records ----------------------------------------------------------------------------------------------


def _json_articles(text: str, rel: str) -> tuple[list[_Found], list[Skipped]]:
    """Articles from a .json file: an array of records, one record, or an object holding a record list."""
    try:
        value = json.loads(text)
    except RecursionError as exc:
        raise _Skip("JSON nested too deeply to parse") from exc
    except ValueError as exc:
        raise _Skip(f"malformed JSON ({exc})") from exc
    records = _record_list(value)
    if records is None:
        raise _Skip(f"JSON holds no article records (got {type(value).__name__}); expected an array of objects")
    if not records:
        raise _Skip("JSON holds an empty list of records")
    found: list[_Found] = []
    bad: list[Skipped] = []
    for n, record in enumerate(records):
        _add_record(record, rel, n, found, bad)
    return found, bad


def _record_list(value: object) -> list[object] | None:
    """The records a parsed JSON value holds, or None if it holds none."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return None
    if any(key in value for key in _BODY_KEYS):
        return [value]
    for key in _LIST_KEYS:
        if isinstance(value.get(key), list):
            return value[key]
    return None


def _jsonl_articles(text: str, rel: str) -> tuple[list[_Found], list[Skipped]]:
    """Articles from a .jsonl file; a bad line is skipped on its own (n counts non-blank lines)."""
    found: list[_Found] = []
    bad: list[Skipped] = []
    n = 0
    for lineno, line in enumerate(text.split("\n"), start=1):  # not splitlines: JSON may hold raw U+2028
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except RecursionError:
            bad.append(Skipped(f"{rel}#{n}", f"line {lineno}: JSON nested too deeply to parse"))
        except ValueError as exc:
            bad.append(Skipped(f"{rel}#{n}", f"line {lineno}: malformed JSON ({exc})"))
        else:
            _add_record(record, rel, n, found, bad, lineno=lineno)
        n += 1
    return found, bad


def _add_record(
    record: object, rel: str, n: int, found: list[_Found], bad: list[Skipped], *, lineno: int = 0
) -> None:
    """Append the record's article to `found`, or why it is unusable to `bad`."""
    where = f"line {lineno}: " if lineno else ""
    if not isinstance(record, dict):
        bad.append(Skipped(f"{rel}#{n}", f"{where}record is not a JSON object ({type(record).__name__})"))
        return
    body = _first_string(record, _BODY_KEYS)
    if not body:
        bad.append(Skipped(f"{rel}#{n}", f"{where}record has no body/text/content"))
        return
    metadata = _metadata(record)
    doc_id = _scalar(record.get("id")) or metadata.get("url") or f"{rel}#{n}"
    title = _first_string(record, _TITLE_KEYS)
    found.append((f"{rel}#{n}", RawArticle(doc_id=doc_id, path=rel, title=title, text=body, metadata=metadata)))


def _first_string(record: Mapping[str, object], keys: tuple[str, ...]) -> str:
    """The first non-blank string among `keys` ("" if none)."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _metadata(record: Mapping[str, object]) -> dict[str, str]:
    """url/source/author/category and published_at (or date/published) as strings; nulls dropped."""
    metadata = {key: _scalar(record.get(key)) for key in _META_KEYS}
    metadata["published_at"] = next((s for s in (_scalar(record.get(k)) for k in _DATE_KEYS) if s), "")
    return {key: value for key, value in metadata.items() if value}


def _scalar(value: object) -> str:
    """A JSON value as a metadata string: scalars via str, lists of scalars joined by ", ", else ""."""
    if value is None or isinstance(value, dict):
        return ""
    if isinstance(value, list):
        return ", ".join(s for s in (_scalar(v) for v in value if not isinstance(v, list)) if s)
    return str(value).strip()
