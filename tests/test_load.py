"""Tests for qa.load: formats, records, and every kind of hostile file (skipped, never fatal)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from qa.errors import CorpusError
from qa.formats import unescaped
from qa.load import corpus_fingerprint, load_corpus
from qa.walk import walk

REPO = Path(__file__).resolve().parents[1]
MULTIHOP = REPO / ".." / "shared" / "data" / "multihop-rag" / "corpus.json"
BODY = "The council approved the budget on Tuesday after a long debate."


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def reasons(corpus) -> dict[str, str]:
    return {s.path: s.reason for s in corpus.skipped}


def ids(corpus) -> list[str]:
    return [a.doc_id for a in corpus.articles]


# --- the folder, the walk, the source argument -----------------------------------------------------------


def test_missing_path_raises_corpus_error_naming_path(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(CorpusError, match="nope") as info:
        load_corpus(missing)
    assert "\n" not in str(info.value)
    with pytest.raises(CorpusError):
        corpus_fingerprint(missing)


def test_empty_folder_is_not_an_error(tmp_path):
    corpus = load_corpus(tmp_path)
    assert corpus.articles == () and corpus.skipped == ()


def test_text_files_recursive_sorted_posix_relpaths(tmp_path):
    write(tmp_path / "b.txt", "Bee text.")
    write(tmp_path / "a.md", "# Head\n\nAy text.")
    write(tmp_path / "sub" / "deeper" / "c.TXT", "Sea text.")
    write(tmp_path / "sub" / "a.txt", "Sub text.")
    corpus = load_corpus(str(tmp_path))
    assert ids(corpus) == ["a.md", "b.txt", "sub/a.txt", "sub/deeper/c.TXT"]
    first = corpus.articles[0]
    assert first.path == "a.md" and first.title == "" and first.text == "# Head\n\nAy text."
    assert first.text_offset == 0 and dict(first.metadata) == {}
    assert corpus.skipped == ()


def test_other_extensions_are_named_as_skipped_and_hidden_names_ignored(tmp_path):
    write(tmp_path / "keep.txt", "Kept.")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\0\0")
    write(tmp_path / "sub" / "report.pdf", b"%PDF-1.4")
    write(tmp_path / "README", "no extension")
    write(tmp_path / ".hidden.txt", "ignored")
    write(tmp_path / ".git" / "x.txt", "ignored")
    corpus = load_corpus(tmp_path)
    assert ids(corpus) == ["keep.txt"]  # a file dropped in that is not read is named, never silently left out
    assert reasons(corpus) == {
        name: f"unsupported file type {ext!r}; expected a .txt, .md, .html, .json or .jsonl file"
        for name, ext in (("README", "(none)"), ("image.png", ".png"), ("sub/report.pdf", ".pdf"))}
    assert [p.name for p in walk(tmp_path)[1]] == ["keep.txt"]


def test_single_file_source(tmp_path):
    path = write(tmp_path / "one.txt", "Only one.")
    write(tmp_path / "other.txt", "Not read.")
    corpus = load_corpus(path)
    assert ids(corpus) == ["one.txt"]
    assert walk(path)[1] == [path]


def test_single_file_of_unsupported_type_is_skipped_not_fatal(tmp_path):
    corpus = load_corpus(write(tmp_path / "a.pdf", b"%PDF-1.4"))
    assert corpus.articles == () and "unsupported file type" in reasons(corpus)["a.pdf"]


def test_odd_file_names_work_and_keep_their_name(tmp_path):
    names = ["my article.txt", "it's \"quoted\".txt", "Новости дня.txt", "新闻 報道.md"]
    for name in names:
        write(tmp_path / "dir with space" / name, f"Body of {name}.")
    corpus = load_corpus(tmp_path)
    assert sorted(ids(corpus)) == sorted(f"dir with space/{n}" for n in names)
    assert all(a.text == f"Body of {a.doc_id.split('/')[1]}." for a in corpus.articles)


def test_shipped_articles_load():
    corpus = load_corpus(REPO / "articles")
    assert len(corpus.articles) == 3 and corpus.skipped == ()


# --- hostile files ------------------------------------------------------------------------------------------


def test_empty_and_whitespace_only_files_are_skipped(tmp_path, caplog):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.md", " \n\t\r\n  ")
    write(tmp_path / "blank.json", "\n\n")
    write(tmp_path / "ok.txt", "Fine.")
    with caplog.at_level(logging.WARNING, logger="qa.load"):
        corpus = load_corpus(tmp_path)
    assert ids(corpus) == ["ok.txt"]
    r = reasons(corpus)
    assert r["empty.txt"] == "empty file"
    assert "whitespace" in r["blank.md"] and "whitespace" in r["blank.json"]
    logged = [rec.getMessage() for rec in caplog.records]
    assert any("empty.txt" in m for m in logged) and all("\n" not in m for m in logged)


def test_binary_files_are_skipped(tmp_path):
    write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    write(tmp_path / "nul.md", b"looks like text\0but has a NUL")
    write(tmp_path / "page.html", b"\x1f\x8b\x08\x00compressed")
    write(tmp_path / "data.json", b"%PDF-1.7\n")
    corpus = load_corpus(tmp_path)
    assert corpus.articles == ()
    r = reasons(corpus)
    assert "binary" in r["photo.txt"] and "PNG" in r["photo.txt"]
    assert "NUL" in r["nul.md"]
    assert "binary" in r["page.html"] and "binary" in r["data.json"]


def test_markdown_front_matter_gives_title_date_author_source_and_the_text_starts_after_it(tmp_path):
    front = ("---\ntitle: \"Harbour ferry adds a night crossing\"\ndate: 2024-03-05\nauthor: Jane Doe\n"
             "source: Harbour Herald\ntags: [ferry, harbour]\n---\n\n")
    body = "The harbour ferry will run a night crossing at 23:40 from April, the operator said on Tuesday.\n"
    write(tmp_path / "post.md", front + body)
    write(tmp_path / "crlf.md", (front + body).replace("\n", "\r\n"))
    write(tmp_path / "rule.md", "---\nA horizontal rule, then prose: no front matter.\n---\nMore prose.\n")
    write(tmp_path / "only.md", front)
    write(tmp_path / "plain.txt", front + body)  # front matter is Markdown's: a .txt keeps its text as it is
    corpus = load_corpus(tmp_path)
    by_id = {a.doc_id: a for a in corpus.articles}
    for name in ("post.md", "crlf.md"):
        a = by_id[name]
        assert a.title == "Harbour ferry adds a night crossing" and a.text.strip() == body.strip()
        assert dict(a.metadata) == {"author": "Jane Doe", "source": "Harbour Herald", "published_at": "2024-03-05"}
        raw = (tmp_path / name).read_bytes().decode("utf-8")
        assert raw[a.text_offset:] == a.text  # raw positions still map back into the file
    assert by_id["rule.md"].title == "" and by_id["rule.md"].text.startswith("---\nA horizontal rule")
    assert by_id["plain.txt"].text.startswith("---\ntitle:")
    assert reasons(corpus) == {"only.md": "file holds only front matter, no text"}


def test_invalid_utf8_is_kept_with_a_warning(tmp_path):
    write(tmp_path / "latin.txt", b"caf\xe9 and na\xefve \xff\xfe? ok")  # no UTF-8 letter: Windows-1252
    write(tmp_path / "mixed.txt", "café, then a stray byte: ".encode() + b"\xff\xfe? ok")  # UTF-8 with bad bytes
    corpus = load_corpus(tmp_path)
    assert [a.text for a in corpus.articles] == ["café and naïve ÿþ? ok", "café, then a stray byte: \ufffd\ufffd? ok"]
    latin, mixed = corpus.warnings
    assert latin.startswith("latin.txt: not UTF-8 (4 byte(s)): read as Windows-1252") and "save it as UTF-8" in latin
    assert mixed.startswith("mixed.txt: 2 invalid UTF-8 byte(s) replaced with U+FFFD")
    assert corpus.skipped == ()


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_bom_files_decode_and_offset_past_the_bom(tmp_path, encoding, bom):
    text = "Zoë’s “café” story.\nSecond line — ünïcode."
    write(tmp_path / "bom.txt", bom + text.encode(encoding))
    corpus = load_corpus(tmp_path)
    [art] = corpus.articles
    assert art.text == text and art.text_offset == 1
    decoded_file = (tmp_path / "bom.txt").read_bytes().decode(encoding)  # BOM kept as U+FEFF
    assert decoded_file[art.text_offset :] == art.text
    assert corpus.warnings == ()


def test_utf8_bom_json(tmp_path):
    write(tmp_path / "r.json", b"\xef\xbb\xbf" + json.dumps([{"body": BODY}]).encode())
    assert load_corpus(tmp_path).articles[0].text == BODY


def test_file_over_size_limit_is_refused_without_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # sparse: 1 GiB on paper, nothing on disk
        f.truncate(2**30)
    write(tmp_path / "small.txt", "x" * 100)
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(Path(path).name) or real_open(path, *a, **k))
    corpus = load_corpus(tmp_path)
    assert ids(corpus) == ["small.txt"]
    assert "max_file_bytes" in reasons(corpus)["big.txt"] and "67,108,864" in reasons(corpus)["big.txt"]
    assert "big.txt" not in opened and "small.txt" in opened
    corpus = load_corpus(tmp_path, max_file_bytes=50)
    assert "small.txt" in reasons(corpus) and "50" in reasons(corpus)["small.txt"]


def test_very_long_line_is_just_text(tmp_path):
    line = "word " * 400_000
    write(tmp_path / "long.txt", line)
    assert load_corpus(tmp_path).articles[0].text == line


def test_deeply_nested_json_is_skipped_not_a_crash(tmp_path):
    write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    write(tmp_path / "deep.jsonl", json.dumps({"body": BODY}) + "\n" + "[" * 100_000 + "\n")
    corpus = load_corpus(tmp_path)
    r = reasons(corpus)
    assert "nested too deeply" in r["deep.json"]
    assert "line 2" in r["deep.jsonl#1"] and "nested too deeply" in r["deep.jsonl#1"]
    assert ids(corpus) == ["deep.jsonl#0"]


def test_malformed_json_is_skipped(tmp_path):
    write(tmp_path / "bad.json", '[{"body": "unterminated')
    assert "malformed JSON" in reasons(load_corpus(tmp_path))["bad.json"]


def test_jsonl_bad_lines_are_skipped_one_by_one(tmp_path):
    lines = [
        json.dumps({"title": "One", "body": "First body."}),
        "{not json",
        "",
        json.dumps({"title": "Two", "body": "Second body."}),
        json.dumps([1, 2]),
        json.dumps({"title": "No body"}),
    ]
    write(tmp_path / "feed.jsonl", "\r\n".join(lines))
    corpus = load_corpus(tmp_path)
    assert [a.title for a in corpus.articles] == ["One", "Two"]
    assert ids(corpus) == ["feed.jsonl#0", "feed.jsonl#2"]
    assert all(a.path == "feed.jsonl" for a in corpus.articles)
    r = reasons(corpus)
    assert r["feed.jsonl#1"].startswith("line 2: malformed JSON")
    assert r["feed.jsonl#3"].startswith("line 5: record is not a JSON object")
    assert r["feed.jsonl#4"] == "line 6: record has no body/text/content"


def test_jsonl_keeps_raw_line_separator_inside_strings(tmp_path):
    write(tmp_path / "f.jsonl", '{"body": "one\u2028two"}\n')
    assert load_corpus(tmp_path).articles[0].text == "one\u2028two"


@pytest.mark.parametrize("value", ["42", '"just a string"', "null", '{"title": "no list here"}', "true"])
def test_json_that_is_not_records_is_skipped(tmp_path, value):
    write(tmp_path / "x.json", value)
    corpus = load_corpus(tmp_path)
    assert corpus.articles == () and "no article records" in reasons(corpus)["x.json"]


def test_json_empty_list_is_skipped(tmp_path):
    write(tmp_path / "x.json", "[]")
    assert "empty" in reasons(load_corpus(tmp_path))["x.json"]


def test_symlinks_are_never_followed(tmp_path):
    corpus_dir = tmp_path / "corpus"
    outside = write(tmp_path / "secret.txt", "Outside the corpus.")
    write(corpus_dir / "real.txt", "Real.")
    (corpus_dir / "loop").symlink_to(corpus_dir, target_is_directory=True)
    (corpus_dir / "self.txt").symlink_to(corpus_dir / "self.txt")  # a one-link loop
    (corpus_dir / "out.txt").symlink_to(outside)
    (corpus_dir / "in.txt").symlink_to(corpus_dir / "real.txt")
    (corpus_dir / "dangling.md").symlink_to(tmp_path / "missing.md")
    (corpus_dir / "pic.png").symlink_to(outside)  # unsupported name: ignored like any .png
    corpus = load_corpus(corpus_dir)
    assert ids(corpus) == ["real.txt"]
    assert reasons(corpus) == {
        name: "symbolic link not followed" for name in ["dangling.md", "in.txt", "loop", "out.txt", "self.txt"]
    }
    assert [p.name for p in walk(corpus_dir)[1]] == ["real.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_skipped(tmp_path):
    path = write(tmp_path / "locked.txt", "Secret.")
    write(tmp_path / "ok.txt", "Fine.")
    path.chmod(0)
    try:
        corpus = load_corpus(tmp_path)
    finally:
        path.chmod(0o644)
    assert ids(corpus) == ["ok.txt"] and "not readable" in reasons(corpus)["locked.txt"]


# --- JSON records ---------------------------------------------------------------------------------------------


def test_record_fields_metadata_and_doc_ids(tmp_path):
    records = [
        {"id": 7, "headline": "By id", "text": BODY, "url": "https://x.example/7", "author": None,
         "date": "2024-01-02", "category": "news", "source": "X", "extra": "dropped"},
        {"title": "By url", "body": "  ", "content": BODY, "url": "https://x.example/u", "published": 2024},
        {"title": "By position", "body": BODY, "author": ["Ann", "Bo"], "published_at": None, "date": "d"},
        {"title": "", "headline": "Fallback headline", "body": BODY, "url": "https://x.example/7"},
    ]
    write(tmp_path / "recs.json", json.dumps(records))
    corpus = load_corpus(tmp_path)
    a, b, c, d = corpus.articles
    assert (a.doc_id, a.title, a.text, a.path) == ("7", "By id", BODY, "recs.json")
    assert dict(a.metadata) == {"url": "https://x.example/7", "source": "X", "category": "news",
                                "published_at": "2024-01-02"}
    assert (b.doc_id, b.text, dict(b.metadata)) == ("https://x.example/u", BODY,
                                                    {"url": "https://x.example/u", "published_at": "2024"})
    assert (c.doc_id, dict(c.metadata)) == ("recs.json#2", {"author": "Ann, Bo", "published_at": "d"})
    assert (d.doc_id, d.title) == ("https://x.example/7", "Fallback headline")  # url, no clash with id "7"
    assert corpus.skipped == ()


def test_duplicate_doc_ids_keep_the_first(tmp_path):
    write(tmp_path / "a.json", json.dumps([{"url": "u1", "body": "first"}, {"url": "u1", "body": "second"}]))
    write(tmp_path / "b.jsonl", json.dumps({"url": "u1", "body": "third"}))
    corpus = load_corpus(tmp_path)
    assert [a.text for a in corpus.articles] == ["first"]
    r = reasons(corpus)
    assert set(r) == {"a.json#1", "b.jsonl#0"}
    assert "duplicate doc_id 'u1'" in r["a.json#1"] and "a.json#0" in r["a.json#1"]


def test_record_without_body_is_skipped(tmp_path):
    write(tmp_path / "r.json", json.dumps([{"title": "T", "body": ""}, {"title": "T2", "text": None}, 5]))
    corpus = load_corpus(tmp_path)
    assert corpus.articles == ()
    assert reasons(corpus) == {
        "r.json#0": "record has no body/text/content",
        "r.json#1": "record has no body/text/content",
        "r.json#2": "record is not a JSON object (int)",
    }


@pytest.mark.parametrize(
    "payload",
    [{"title": "Single", "body": BODY}, {"articles": [{"title": "Single", "body": BODY}]},
     {"meta": 1, "data": [{"title": "Single", "body": BODY}]}],
)
def test_json_object_shapes(tmp_path, payload):
    write(tmp_path / "one.json", json.dumps(payload))
    [art] = load_corpus(tmp_path).articles
    assert (art.doc_id, art.title, art.text) == ("one.json#0", "Single", BODY)


# --- HTML ------------------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Library Budget Approved - The Daily</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2023-05-04">
<link rel="canonical" href="https://daily.example/library-budget">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World desk navigation</a></li>
<li><a href="/sport">Sport navigation link</a></li></ul></nav>
<div class="ad advertisement">Advertisement: buy discount widgets today</div>
<article><h1>Library Budget Approved</h1>
<p>The city council voted on Tuesday to approve a new budget for the public library system, after months of
debate among residents and staff.</p>
<p>Mayor Alice Smith said the decision would allow the libraries to stay open on weekends and to hire more
staff for the children's reading programmes.</p>
<p>Critics argued that the money should have gone to road repairs, but the motion passed by seven votes to two.</p>
</article>
<footer>Copyright 2023 The Daily. All rights reserved.</footer>
</body></html>
"""


def test_html_keeps_article_drops_navigation(tmp_path):
    write(tmp_path / "page.html", PAGE)
    corpus = load_corpus(tmp_path)
    [art] = corpus.articles
    assert art.doc_id == "page.html" and art.path == "page.html"
    assert "approve a new budget for the public library system" in art.text
    assert "passed by seven votes to two." in art.text
    assert "\n" in art.text  # paragraph breaks kept
    assert "navigation" not in art.text and "widgets" not in art.text
    assert art.title.startswith("Library Budget Approved")
    assert art.metadata["author"] == "Jane Roe"
    assert art.metadata["url"] == "https://daily.example/library-budget"
    assert art.metadata["source"] == "The Daily"
    assert art.metadata["published_at"] == "2023-05-04"


def test_html_without_main_text_is_skipped(tmp_path):
    write(tmp_path / "empty.htm", "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    corpus = load_corpus(tmp_path)
    assert corpus.articles == () and "no main text" in reasons(corpus)["empty.htm"]


# --- fingerprint -------------------------------------------------------------------------------------------------


def test_fingerprint_tracks_names_sizes_and_mtimes(tmp_path):
    path = write(tmp_path / "a.txt", "One.")
    fp = corpus_fingerprint(tmp_path)
    assert len(fp) == 64 and fp == corpus_fingerprint(tmp_path)
    write(tmp_path / ".hidden.txt", "ignored")
    write(tmp_path / "x.png", b"ignored")
    assert corpus_fingerprint(tmp_path) == fp
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    fp2 = corpus_fingerprint(tmp_path)
    assert fp2 != fp
    write(tmp_path / "b.txt", "Two.")
    fp3 = corpus_fingerprint(tmp_path)
    assert fp3 not in (fp, fp2)
    (tmp_path / "b.txt").rename(tmp_path / "c.txt")
    assert corpus_fingerprint(tmp_path) != fp3


# --- the public eval corpus ---------------------------------------------------------------------------------------


@pytest.mark.skipif(not MULTIHOP.is_file(), reason=f"MultiHop-RAG corpus not found at {MULTIHOP}")
def test_multihop_corpus_loads_609_articles():
    corpus = load_corpus(MULTIHOP)
    raw = json.loads(MULTIHOP.read_text(encoding="utf-8"))
    assert len(corpus.articles) == 609 and corpus.skipped == () and corpus.warnings == ()
    for art, rec in zip(corpus.articles, raw, strict=True):
        assert art.doc_id == rec["url"] and art.title == unescaped(rec["title"]) and art.text == rec["body"]
        assert art.path == "corpus.json"
        expected = {k: rec[k] for k in ("url", "source", "author", "published_at", "category") if rec[k]}
        assert dict(art.metadata) == expected
    assert any("author" not in a.metadata for a in corpus.articles)


def test_permission_error_while_reading_is_skipped(tmp_path, monkeypatch):
    """Same as above, simulated, so it also runs as root."""
    write(tmp_path / "locked.txt", "Secret.")
    write(tmp_path / "ok.txt", "Fine.")
    real_open = os.open

    def fake_open(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    corpus = load_corpus(tmp_path)
    assert ids(corpus) == ["ok.txt"]
    assert reasons(corpus)["locked.txt"] == "file not readable (Permission denied)"


def test_single_file_source_may_be_a_symlink(tmp_path):
    target = write(tmp_path / "real" / "a.txt", "Named explicitly.")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    [art] = load_corpus(link).articles
    assert (art.doc_id, art.text) == ("link.txt", "Named explicitly.")


def test_walk_warns_once_per_skip_and_fingerprint_is_quiet(tmp_path, caplog):
    write(tmp_path / "real.txt", "Real.")
    (tmp_path / "in.txt").symlink_to(tmp_path / "real.txt")
    with caplog.at_level(logging.WARNING, logger="qa.load"):
        corpus_fingerprint(tmp_path)
        walk(tmp_path)
        assert caplog.records == []
        load_corpus(tmp_path)
    assert [r.getMessage() for r in caplog.records] == ["skipped in.txt: symbolic link not followed"]


def test_every_message_names_the_supported_formats_alike(tmp_path):
    """The list of formats is written once: a wrong path, a file of another type, a folder with no article and an
    upload of another type all name it in the same words."""
    from qa.build import build_index
    from qa.ui_articles import _refusal

    formats = ".txt, .md, .html, .json or .jsonl"
    with pytest.raises(CorpusError) as missing:
        walk(tmp_path / "nowhere")
    write(tmp_path / "corpus" / "report.pdf", b"%PDF-1.4")
    (reason,) = reasons(load_corpus(tmp_path / "corpus")).values()
    with pytest.raises(CorpusError) as empty:
        build_index(tmp_path / "corpus", tmp_path / "index")
    messages = [str(missing.value), reason, str(empty.value), _refusal(tmp_path / "corpus" / "report.pdf")]
    assert all(formats in m for m in messages), messages
