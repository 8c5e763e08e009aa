"""Citations name the place in the file the user gave (`qa/places.py`): its lines and raw characters, not the
clean text's offsets (issue 13 item 8: every quote maps exactly back to the raw text).

"Holds": the cited lines of the file, cut to the cited characters, are the quoted text up to the cleaner's folding
(`fold_text`: NFKC, look-alike letters, zero-width characters) and its whitespace (runs of spaces and line breaks
are one space in clean text).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from qa.clean import fold_text
from qa.present import cited_at, markdown, passages_text
from qa.records import Place

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


def _squashed(text: str) -> str:
    return " ".join(fold_text(text).split())


def _file_text(path: Path) -> str:
    """The file decoded as the loader does (UTF-8), a BOM kept as its first character (as `text_offset` counts it)."""
    return path.read_bytes().decode("utf-8")


def holds(folder: Path, path: str, place: Place, text: str) -> bool:
    """Lines `place.line`..`place.last_line` of `folder/path` (counted as an editor counts them: "\n", "\r\n", "\r")
    hold the cited characters, and those characters are `text` up to folding and whitespace."""
    raw = _file_text(folder / path)
    line_starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", raw)), len(raw) + 1]
    on_lines = line_starts[place.line - 1] <= place.raw_start and place.raw_end <= line_starts[place.last_line]
    on_lines &= place.raw_start == line_starts[place.line - 1] + place.column - 1
    return (place.kind == "file" and on_lines and bool(text.strip())
            and _squashed(raw[place.raw_start:place.raw_end]) == _squashed(text))


def _every_sentence_holds(index, folder: Path) -> int:
    n = 0
    for row in range(len(index.sentence_doc)):
        s = index.sentence(row)
        article = index.article(s.doc_id)
        place = index.place(article, s.start, s.end)
        assert holds(folder, article.path, place, s.text), (article.path, s.start, s.text[:80], place)
        n += 1
    return n


@pytest.mark.slow
def test_every_shipped_sentence_is_cited_at_lines_that_hold_it(loaded, shipped_index):
    folder = shipped_index.parent / "articles"
    assert _every_sentence_holds(loaded, folder) > 50


@pytest.mark.slow
def test_answers_cite_file_lines_not_clean_offsets(loaded, shipped_index):
    from qa.answer import answer_with

    folder = shipped_index.parent / "articles"
    a = answer_with(loaded, "Which islands does the Tsugaru Strait separate?")
    q = a.lead[0]
    assert holds(folder, q.path, q.place, q.text)
    # The headline line is cut from the clean text, so a clean offset is never the file's: the citation says the file's.
    assert (q.place.raw_start, q.place.raw_end) != (q.start, q.end)
    assert f"line {q.place.line}, column {q.place.column}, characters {q.place.raw_start}–{q.place.raw_end}" in a.text
    assert f"characters {q.start}–{q.end}" not in a.text
    from qa.html_view import answer_html, passages_html

    shown = answer_html(a, loaded.article)  # the web UI's chat message: the same place as the Markdown
    assert f"line {q.place.line}, column {q.place.column}, characters {q.place.raw_start}–" in shown
    p = a.passages[0]
    assert cited_at(p) in passages_html(a.passages)
    assert p.place is not None and p.place.kind == "file" and f"{cited_at(p)} (" in passages_text(a.passages)


@pytest.mark.slow
def test_shared_corpus_sentences_hold(tmp_path):
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is absent: the shipped articles live in ../shared/corpus beside the repo")
    from qa.build import build_index
    from qa.retrieve import load_index

    corpus = tmp_path / "corpus"
    shutil.copytree(SHARED_CORPUS, corpus)
    build_index(corpus, tmp_path / "index")
    assert _every_sentence_holds(load_index(tmp_path / "index"), corpus) > 50


ODD = ("\ufeffA headline of a few words\r\n\r\nBy Jane Doe\r\n\r\n\r\n"
       "The \ufb01rst   sentence is here.  The second one\u00a0follows it.\r\nAdvertisement\r\n"
       "A third sentence ends the story.\r\n")


@pytest.mark.slow
def test_crlf_bom_headline_front_matter_and_changed_files(tmp_path):
    from qa.answer import answer_with
    from qa.build import build_index
    from qa.retrieve import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "odd.txt").write_bytes(ODD.encode("utf-8"))
    (corpus / "front.md").write_text("---\ntitle: Ferries resume\nsource: Wire\n---\n\nFerries crossed the strait "
                                     "again on Monday.\nThe harbour reopened at noon.\n", encoding="utf-8")
    (corpus / "feed.json").write_text(json.dumps([{"id": "r1", "title": "Bridge", "body": "The bridge opened in "
                                                   "May. Traffic rose sharply."}]), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    index = load_index(tmp_path / "index")
    for doc in ("odd.txt", "front.md"):
        article = index.article(doc)
        rows = [r for r in range(len(index.sentence_doc)) if index.sentence(r).doc_id == doc]
        assert rows
        for r in rows:
            s = index.sentence(r)
            assert holds(corpus, doc, index.place(article, s.start, s.end), s.text), s.text
    first = next(s for s in map(index.sentence, range(len(index.sentence_doc))) if s.text.startswith("The f"))
    place = index.place(index.article("odd.txt"), first.start, first.end)
    assert (place.line, place.last_line, place.column) == (6, 6, 1) and place.raw_start == ODD.index("The \ufb01rst")
    front = index.article("front.md")
    assert index.place(front, 0, 10).line == 6  # after the front matter and a blank line
    record = index.article("r1")
    written = (corpus / "feed.json").read_text().index("The bridge")  # one line: the record's body where it starts
    assert index.place(record, 0, 8) == Place("record", 0, 8, 1, 1, written + 1)
    # A file edited since the build is cited as indexed, never at lines that no longer hold the quote.
    (corpus / "odd.txt").write_bytes(ODD.replace("By Jane Doe", "By Jane Q. Doe").encode("utf-8"))
    changed = index.place(index.article("odd.txt"), first.start, first.end)
    assert changed.kind == "changed" and "file changed since" in cited_at_quote(index, changed)
    a = answer_with(index, "When did the bridge open?")
    assert "of the record's text" in markdown(a)


def cited_at_quote(index, place: Place) -> str:
    from qa.records import Quote

    return cited_at(Quote(text="x", doc_id="d", title="t", path="p", start=0, end=1, score=1.0, place=place))


@pytest.mark.slow
def test_an_edit_that_keeps_the_files_length_and_time_is_caught_by_its_checksum(tmp_path):
    import dataclasses
    import os

    from qa.build import build_index
    from qa.retrieve import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = "Ferry service resumes\n\nThe ferry crossed the strait on Monday. The harbour reopened at noon.\n"
    (corpus / "ferry.txt").write_text(story, encoding="utf-8")
    (corpus / "feed.json").write_text(json.dumps([{"id": "r1", "title": "Bridge", "body": "The bridge opened in "
                                                   "May. Traffic rose sharply."}]), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    index = load_index(tmp_path / "index")
    ferry, record = index.article("ferry.txt"), index.article("r1")
    assert len(ferry.checksum) == 32 and record.checksum and index.place(ferry, 0, 9).kind == "file"
    assert index.place(record, 0, 8).kind == "record"
    for name, old, new in (("ferry.txt", "Monday", "Friday"), ("feed.json", "May", "Jun")):  # same length, same time
        st = (corpus / name).stat()
        (corpus / name).write_text((corpus / name).read_text().replace(old, new), encoding="utf-8")
        os.utime(corpus / name, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert (corpus / name).stat().st_size == st.st_size
    assert index.place(ferry, 0, 9).kind == "changed"
    assert index.place(record, 0, 8).kind == "changed"
    # An index built before checksums were recorded cites a .txt file while its length is the one indexed.
    assert index.place(dataclasses.replace(ferry, checksum=""), 0, 9).kind == "file"
    assert index.place(dataclasses.replace(record, checksum=""), 0, 8).kind == "record"


@pytest.mark.slow
def test_a_jsonl_record_is_cited_at_its_line_of_the_file(tmp_path):
    import dataclasses

    from qa.answer import answer_with
    from qa.build import build_index
    from qa.retrieve import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [json.dumps({"id": "a", "title": "Ferry", "body": "The ferry crossed the strait on Monday."}), "",
             json.dumps({"id": "b", "title": "Bridge", "body": "The bridge opened in May. Traffic rose sharply."})]
    (corpus / "feed.jsonl").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    index = load_index(tmp_path / "index")
    bridge = index.article("b")
    start = bridge.text.index("The bridge")
    place = index.place(bridge, start, start + 10)
    column = lines[2].index("The bridge") + 1
    assert place == Place("record", place.raw_start, place.raw_start + 10, 3, 3, column)
    older = dataclasses.replace(bridge, text_offset=0)  # an index built before pipeline 10: the record's line only
    assert index.place(older, start, start + 10) == Place("record", place.raw_start, place.raw_start + 10, 3, 3)
    body = json.loads((corpus / "feed.jsonl").read_text(encoding="utf-8").splitlines()[place.line - 1])["body"]
    assert body[place.raw_start:place.raw_end] == "The bridge"
    assert index.place(index.article("a"), 0, 3).line == 1
    a = answer_with(index, "When did the bridge open?")
    assert f"feed.jsonl, line 3, column {column}, characters {place.raw_start}–" in markdown(a)
    assert "of the record's text" in markdown(a)
    (corpus / "feed.jsonl").write_text("\n".join(lines[2:]) + "\n", encoding="utf-8")  # the record moved up
    assert index.place(bridge, start, start + 10) == Place("changed", place.raw_start, place.raw_end)


@pytest.mark.slow
def test_a_unicode_line_separator_is_not_a_line_break_in_a_citation(tmp_path):
    """U+2028 and U+2029 break lines in clean text (`fold_text`), but vim, Emacs, less, grep -n, sed -n Np and wc -l
    do not end a line there: a citation counts lines at "\\n", "\\r\\n" and "\\r" only, the separator one column."""
    from qa.build import build_index
    from qa.retrieve import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    raw = ("Ferry service resumes\n\nThe ferry crossed the strait on Monday.\u2028The harbour reopened at noon on "
           "Tuesday.\u2029Fares stayed the same.\nA third line ends the story.\n")
    (corpus / "ferry.txt").write_text(raw, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    index = load_index(tmp_path / "index")
    article = index.article("ferry.txt")
    start = article.text.index("The harbour")
    place = index.place(article, start, article.text.index("Tuesday.") + len("Tuesday."))
    assert (place.kind, place.line, place.last_line) == ("file", 3, 3)
    assert place.column == raw.index("The harbour") - raw.index("The ferry") + 1
    assert holds(corpus, "ferry.txt", place, "The harbour reopened at noon on Tuesday.")
    fares = article.text.index("Fares")
    assert index.place(article, fares, fares + 5).line == 3 and index.place(article, fares, fares + 5).column > 40


@pytest.mark.slow
def test_an_index_built_from_one_file_cites_its_lines(tmp_path):
    """Built from one file, the manifest names that file, not a folder: its citations were all "changed"."""
    from qa.build import build_index
    from qa.retrieve import load_index

    (tmp_path / "ferry.txt").write_text("Ferry service resumes\n\nThe ferry crossed the strait on Monday.\n")
    build_index(tmp_path / "ferry.txt", tmp_path / "index")
    index = load_index(tmp_path / "index")
    article = index.article("ferry.txt")
    place = index.place(article, 0, 9)
    assert (place.kind, place.line, place.column) == ("file", 3, 1)
    assert holds(tmp_path, "ferry.txt", place, "The ferry")


def _record_holds(folder: Path, path: str, place: Place, text: str) -> bool:
    """The file's line `place.line`, from `place.column`, is inside a JSON string whose decoded characters from there
    are the record's cited characters, and those are `text` up to folding and whitespace."""
    from json.decoder import scanstring

    raw = _file_text(folder / path)
    line_starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", raw))]
    at = line_starts[place.line - 1] + place.column - 1
    rest, end = scanstring(raw, at)
    return (place.kind == "record" and place.last_line == place.line and bool(text.strip())
            and _squashed(rest[:place.raw_end - place.raw_start]) == _squashed(text)
            and at < end <= (line_starts + [len(raw) + 1])[place.line])


@pytest.mark.slow
def test_a_json_record_is_cited_at_the_line_and_column_where_the_quote_is_written(tmp_path):
    from qa.answer import answer_with
    from qa.build import build_index
    from qa.retrieve import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"id": "ferry", "title": "Ferry", "body": "The ferry crossed the \"narrow\" strait on Monday.\n\nIts "
                                                             "captain, Zoë Brandt, said the café was shut."},
               {"id": "bridge", "title": "Bridge", "author": None, "tags": ["a", {"b": [1, 2]}],
                "text": "The bridge opened in May. Traffic rose by 40% \U0001f697 in a week. Tolls\tfell."}]
    pretty = json.dumps(records, indent=2, ensure_ascii=True).replace("\n", "\r\n")
    (corpus / "feed.json").write_bytes(b"\xef\xbb\xbf" + pretty.encode("utf-8"))  # a BOM, CRLF, escapes
    (corpus / "wrapped.json").write_text(json.dumps({"source": "Wire", "articles": [
        {"id": "w1", "title": "Harbour", "content": "The harbour reopened at noon on Tuesday."}]}, indent=1))
    (corpus / "feed.jsonl").write_text(json.dumps({"id": "j1", "title": "Tram", "body": "The tram line "
                                                   "reopened on Friday."}) + "\n")
    build_index(corpus, tmp_path / "index")
    index = load_index(tmp_path / "index")
    n = 0
    for row in range(len(index.sentence_doc)):
        s = index.sentence(row)
        article = index.article(s.doc_id)
        place = index.place(article, s.start, s.end)
        assert _record_holds(corpus, article.path, place, s.text), (article.path, s.text, place)
        n += 1
    assert n >= 7
    ferry = index.article("ferry")
    start = ferry.text.index("Its captain")
    place = index.place(ferry, start, start + 11)
    assert place.line == 5 and place.column > 20  # the line of "body" in the pretty-printed file, after the "\n\n"
    a = answer_with(index, "When did the bridge open?")
    assert re.search(r"feed\.json, line \d+, column \d+, characters \d+–\d+ of the record's text", markdown(a))
