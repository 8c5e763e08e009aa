"""Articles from one file's content, by format: an HTML page (main text via trafilatura), JSON records, or a
Markdown file whose YAML front matter gives its fields.

.json holds an array of records, one record, or an object holding a list under "articles"/"data"/...; .jsonl
one record a line. Records take `title`, body from `body`/`text`/`content`, and keep url/source/author/
category/published_at; their doc_id is `id`, else `url`, else "file#n". A bad record is skipped on its own.
A .md file opening with a `---` block of YAML (as Jekyll, Hugo and Obsidian write them) takes the same fields from it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Mapping

from qa.decode import decode
from qa.json_places import BODY_KEYS, LIST_KEYS, body_starts, line_body_start
from qa.records import RawArticle, Skipped

_BODY_KEYS = BODY_KEYS
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published_at", "date", "published")
_META_KEYS = ("url", "source", "author", "category")
_LIST_KEYS = LIST_KEYS

Found = tuple[str, RawArticle]  # (where it came from: "relpath" or "relpath#n", the article)
MAX_FRONT_MATTER = 8192  # characters: a front matter block is a few fields, never the article
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")  # with its ";": "R&D" stays
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(.*?\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


class Unusable(Exception):
    """Raised by the per-file readers: the whole file is unusable, for `reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def html_article(data: bytes, rel: str) -> RawArticle:
    """The page's main text (paragraphs joined by "\\n"), title and metadata, via trafilatura."""
    try:
        import trafilatura  # heavy import, only when the corpus has HTML
    except ImportError as exc:
        raise Unusable(f"HTML needs trafilatura, which failed to import ({exc}); install lxml_html_clean") from exc
    decoded = decode(data, rel)
    page: str | bytes = decoded.text if decoded.clean else data  # let trafilatura guess a legacy charset
    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=True, include_images=False
        )
    except Exception as exc:  # a third-party parser on hostile input: skip the file, go on
        raise Unusable(f"HTML extraction failed ({type(exc).__name__}: {exc})") from exc
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise Unusable("HTML page has no main text that trafilatura could extract")
    fields = {"author": doc.author, "published_at": doc.date, "url": doc.url, "source": doc.sitename}
    metadata = {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip()}
    return RawArticle(doc_id=rel, path=rel, title=(doc.title or "").strip(), text=text, metadata=metadata)


def json_articles(text: str, rel: str, offset: int = 0) -> tuple[list[Found], list[Skipped]]:
    """Articles from a .json file: an array of records, one record, or an object holding a record list; each record's
    `text_offset` is where its body literal starts in the file (`offset`: the decoded text's start, 1 after a BOM)."""
    try:
        value = json.loads(text)
    except RecursionError as exc:
        raise Unusable("JSON nested too deeply to parse") from exc
    except ValueError as exc:
        raise Unusable(f"malformed JSON ({exc})") from exc
    records = _record_list(value)
    if records is None:
        raise Unusable(f"JSON holds no article records (got {type(value).__name__}); expected an array of objects")
    if not records:
        raise Unusable("JSON holds an empty list of records")
    found: list[Found] = []
    bad: list[Skipped] = []
    for n, (record, start) in enumerate(zip(records, body_starts(text, records, _BODY_KEYS, _LIST_KEYS), strict=True)):
        _add_record(record, rel, n, found, bad, (0, start + offset if start else 0))
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


def jsonl_articles(text: str, rel: str, offset: int = 0) -> tuple[list[Found], list[Skipped]]:
    """Articles from a .jsonl file; a bad line is skipped on its own (n counts non-blank lines)."""
    found: list[Found] = []
    bad: list[Skipped] = []
    n, line_start = 0, offset
    for lineno, line in enumerate(text.split("\n"), start=1):  # not splitlines: JSON may hold raw U+2028
        line_start, at = line_start + len(line) + 1, line_start
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except RecursionError:
            bad.append(Skipped(f"{rel}#{n}", f"line {lineno}: JSON nested too deeply to parse"))
        except ValueError as exc:
            bad.append(Skipped(f"{rel}#{n}", f"line {lineno}: malformed JSON ({exc})"))
        else:
            start = line_body_start(line, _BODY_KEYS)
            _add_record(record, rel, n, found, bad, (lineno, at + start if start else 0))
        n += 1
    return found, bad


def _add_record(
    record: object, rel: str, n: int, found: list[Found], bad: list[Skipped], at: tuple[int, int] = (0, 0)
) -> None:
    """Append the record's article to `found`, or why it is unusable to `bad`; `at`: a .jsonl record's line and where
    its body starts in the file (0: not known)."""
    lineno, start = at
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
    title = unescaped(_first_string(record, _TITLE_KEYS))
    found.append((f"{rel}#{n}", RawArticle(doc_id=doc_id, path=rel, title=title, text=body, metadata=metadata,
                                           line=lineno, text_offset=start)))


def unescaped(title: str) -> str:
    """A title with its HTML character references decoded ("Hamas&#039; surprise" -> "Hamas' surprise", "&amp;" ->
    "&"), as a feed exported from a web page writes them; an ampersand with no ";" after it is text ("R&D")."""
    return _ENTITY.sub(lambda m: html.unescape(m.group()), title)


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


def markdown_article(text: str, rel: str, offset: int) -> RawArticle:
    """A .md file's article: its text after a YAML front matter block, whose title, date, author, source, url and
    category are read as a record's (never run: `yaml.safe_load`); the whole text when it has no such block."""
    m = _FRONT_MATTER.match(text[:MAX_FRONT_MATTER])
    fields = _front_matter(m.group(1)) if m else None
    if m is None or fields is None:
        return RawArticle(doc_id=rel, path=rel, title="", text=text, text_offset=offset)
    return RawArticle(doc_id=rel, path=rel, title=unescaped(_first_string(fields, _TITLE_KEYS)), text=text[m.end():],
                      text_offset=offset + m.end(), metadata=_metadata(fields))


def _front_matter(block: str) -> dict[str, object] | None:
    """The block's fields when it is YAML mapping at least one field a record has, else None (a `---` rule)."""
    import yaml

    try:
        value = yaml.safe_load(block)
    except yaml.YAMLError:
        return None
    if not isinstance(value, dict) or not {*_TITLE_KEYS, *_DATE_KEYS, *_META_KEYS} & {str(k) for k in value}:
        return None
    return {str(k): v.isoformat() if isinstance(v, dt.date) else v for k, v in value.items()}
