"""The Articles view's pieces without a browser: the list and its title search, upload checks with their messages,
the reader's highlights (inert text), and the corpus-folder status the side panel shows."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import pytest
from conftest import plain_article

from qa import ui_articles
from qa.config import PIPELINE_VERSION
from qa.corpus import corpus_status
from qa.html_view import article_html
from qa.manifest import CorpusInfo, Counts, Manifest, ModelInfo
from qa.ui_articles import MAX_UPLOAD_FILES, article_rows, check_upload, quoted_spans


def test_rows_sorted_by_title_and_filtered_by_every_word_of_the_search():
    a = plain_article("One two three.", "a.txt", title="Ferry to Gozo", source="Malta Courier",
                      published_at="2024-03-02")
    b = plain_article("Four five.", "b.txt", title="Bridge reopens")
    c = plain_article("Six.", "c.md")  # no title: the file name stands in
    assert [r[-1] for r in article_rows([a, b, c])] == ["b.txt", "c.md", "a.txt"]
    assert article_rows([a, b, c], "gozo FERRY") == [["Ferry to Gozo", "Malta Courier", "2024-03-02", 3, "a.txt"]]
    assert article_rows([a, b, c], "gozo bridge") == []


def test_upload_refuses_other_types_big_files_and_too_many_by_name(tmp_path, monkeypatch):
    monkeypatch.setattr(ui_articles, "MAX_UPLOAD_MB", 1)
    ok, zipped, big, pdf = tmp_path / "a.md", tmp_path / "notes.zip", tmp_path / "huge.txt", tmp_path / "report.pdf"
    ok.write_text("# Title\n\nBody.")
    zipped.write_bytes(b"PK\x03\x04")
    big.write_bytes(b"x" * (2**20 + 1))
    pdf.write_bytes(b"%PDF-1.4")
    upload = check_upload([ok, zipped, big, pdf])
    assert upload.accepted == (ok,)
    assert upload.refused == ("notes.zip: not a .txt, .md, .html, .json or .jsonl file (a .zip must be unpacked first)",
                              "huge.txt: over the 1 MB limit per file: add it with `qa-index add`, or split it",
                              "report.pdf: not a .txt, .md, .html, .json or .jsonl file (save its text as a .txt or "
                              ".md file)")  # not "a .zip must be unpacked", said of a PDF
    many = check_upload([ok] * (MAX_UPLOAD_FILES + 2))
    assert len(many.accepted) == MAX_UPLOAD_FILES
    assert many.refused == ("2 file(s) past the first 50 of this upload were not added (a.md, a.md): upload them 50 "
                            "at a time, or copy them into the corpus folder and update the index",)


def test_an_upload_with_nothing_to_add_or_no_index_says_so(tmp_path):
    zipped = tmp_path / "notes.zip"
    zipped.write_bytes(b"PK")
    shown = html.unescape(ui_articles.add_files([zipped], tmp_path / "index"))
    assert shown.startswith("**Nothing added.**\n- notes.zip: not a")
    ok = tmp_path / "a.txt"
    ok.write_text("The bridge reopened on Friday after repairs.")
    message = html.unescape(ui_articles.add_files([ok], tmp_path / "index"))
    assert message.startswith("**Nothing added:** no index in") and "qa-index build" in message
    assert ui_articles.remove_article("", tmp_path / "index") == "Open an article first, then remove it."


def test_reader_highlights_quotes_found_in_the_article_and_keeps_text_inert():
    text = "The ferry leaves at 23:40. <script>alert(1)</script> Tickets cost 4 euros."
    article = plain_article(text, "a.txt", title="Ferry <b>times</b>", source="Courier")
    marks = [["a.txt", 0, 26, text[:26]], ["other.txt", 5, 9, "Tickets cost 4 euros."], ["x", 0, 3, "absent"]]
    spans = quoted_spans(article, marks)
    assert spans == [(0, 26), (text.index("Tickets"), len(text))]
    shown = article_html(article, spans)
    assert shown.count("<mark>") == 2 and "<script>" not in shown and "<b>" not in shown
    assert "Courier" in shown and "10 words" in shown and "file a.txt" in shown


def _manifest(folder: Path, fingerprint: str, files: tuple[str, ...]) -> Manifest:
    return Manifest(model=ModelInfo("m", 3, 8), settings={}, pipeline=PIPELINE_VERSION, counts=Counts(1, 1, 1, 0),
                    built_at="t", corpus=CorpusInfo(str(folder), fingerprint, str(folder), files))


def test_corpus_status_names_new_and_gone_files(tmp_path):
    from qa.load import corpus_fingerprint

    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A.")
    current = _manifest(corpus, corpus_fingerprint(corpus), ("a.txt",))
    assert corpus_status(current).current and "up to date" in corpus_status(current).summary
    (corpus / "b.txt").write_text("B.")
    (corpus / "a.txt").unlink()
    status = corpus_status(current)
    assert not status.current and status.new == ("b.txt",) and status.gone == ("a.txt",)
    assert status.summary == "1 new file(s), 1 gone since the index was built: update it with `qa-index build`"
    shutil.rmtree(corpus)
    assert corpus_status(current).folder is None


def test_a_format_1_manifest_is_read_with_its_source_as_the_folder(tmp_path):
    data = _manifest(tmp_path, "f", ()).to_json()
    data["format"] = 1
    data["settings"] = {}
    del data["corpus"]["folder"], data["corpus"]["files"]
    manifest = Manifest.from_json(json.loads(json.dumps(data)))
    assert manifest.corpus.folder == "" and manifest.corpus.files == ()
    from qa.corpus import corpus_folder

    assert corpus_folder(manifest, tmp_path / "index") == tmp_path.resolve()
    with pytest.raises(Exception, match="is missing: build it from a folder"):
        corpus_folder(Manifest.from_json({**data, "corpus": {"source": str(tmp_path / "gone"), "fingerprint": "f"}}),
                      tmp_path / "index")


@pytest.mark.slow
def test_bad_files_in_an_upload_are_skipped_with_their_reason_and_the_rest_added(shipped_copy, tmp_path):
    corpus, index_dir = shipped_copy
    upload = tmp_path / "upload"
    upload.mkdir()
    (upload / "empty.txt").write_bytes(b"")
    (upload / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (upload / "good.md").write_text("# Bridge reopens\n\nThe Eastvale bridge reopened on Friday after repairs.\n")
    message = html.unescape(ui_articles.add_files(sorted(upload.iterdir()), index_dir))
    assert message.startswith("**Added.** The index now holds 4 articles.")
    assert "empty.txt: empty file" in message and "image.txt: " in message
    assert sorted(p.name for p in corpus.iterdir() if p.suffix == ".md") == ["good.md"]  # only the good one copied
    assert not (corpus / "empty.txt").exists() and not (corpus / "image.txt").exists()
    nothing = html.unescape(ui_articles.add_files([upload / "empty.txt"], index_dir))
    assert nothing.startswith("**Nothing added:** no readable articles")
    removed = html.unescape(ui_articles.remove_article("good.md", index_dir))
    assert removed.startswith("**Removed good.md.** The index now holds 3 articles.") and ".removed/good.md" in removed


@pytest.mark.slow
def test_upload_messages_name_the_file_not_the_servers_temporary_copy(shipped_copy, tmp_path):
    corpus, index_dir = shipped_copy
    upload = tmp_path / "gradio" / "3f9c0d"  # where Gradio keeps an uploaded file on the server
    upload.mkdir(parents=True)
    shipped = "001_f654224a43d1d56f.txt"
    (upload / shipped).write_bytes((corpus / shipped).read_bytes())  # the same file again
    same = html.unescape(ui_articles.add_files([upload / shipped], index_dir))
    assert f"- {shipped} is already in {corpus.resolve()}" in same and str(upload) not in same
    (upload / shipped).write_text("Other text\n\nA different article under the same name, the editor said.\n")
    clash = html.unescape(ui_articles.add_files([upload / shipped], index_dir))
    assert clash.startswith("**Nothing added:**") and f"differs from {shipped}: rename one" in clash
    assert str(upload) not in clash
