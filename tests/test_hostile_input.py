"""Hostile input end to end: a corpus full of bad files still builds (each skipped, named, counted, with
why), odd questions get a clear answer or message through every entry point, and the whole text pipeline
(clean -> sentences -> split_long -> chunks) keeps exact offsets and loses or duplicates nothing."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qa
from qa.chunk import chunk_article, split_long
from qa.clean import clean_article, clean_text
from qa.cli import main as cli
from qa.records import RawArticle
from qa.sentences import split_sentences

GOOD = {
    "good.txt": "Harbour council approves a new lighthouse\n\nThe harbour council approved a new lighthouse on "
                "Tuesday after a long debate. It will stand on the northern pier.\n",
    "odd name 'single' \"double\" Новости 新闻.txt": "Museum reopens on the hill\n\nThe museum on the hill "
                                                   "reopened on Sunday with an exhibition of old sea charts.\n",
}
UTF16 = "Ferry timetable changes\n\nThe ferry to Quillon island will leave at seven from next week.\n"
LATIN1 = "The café on the quay was sold to a baker for £300,000 last month, the agent said.\n".encode("latin-1")
LONG_LINE = " ".join(f"the river carried boat {i} past mill {i % 13} and on" for i in range(400))  # no stops
EXPECTED_SKIPS = {  # path -> what the reason must say
    "empty.txt": "empty file",
    "blank.md": "whitespace",
    "photo.txt": "binary file (PNG image)",
    "huge.txt": "over the max_file_bytes limit",
    "deep.json": "nested too deeply",
    "malformed.json": "malformed JSON",
    "nobody.json#0": "no body/text/content",
    "loop": "symbolic link not followed",
    "self.txt": "symbolic link not followed",
    "outside.txt": "symbolic link not followed",
    "outdir": "symbolic link not followed",
}


def hostile_corpus(root: Path) -> Path:
    """Good articles next to every kind of bad file the loader must survive."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in GOOD.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "utf16.txt").write_bytes(b"\xff\xfe" + UTF16.encode("utf-16-le"))
    (corpus / "latin1.txt").write_bytes(LATIN1)  # not UTF-8: read as Windows-1252, with a warning
    (corpus / "longline.txt").write_text(LONG_LINE, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_text(" \n\t\r\n   \n")
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8)
    with open(corpus / "huge.txt", "wb") as f:
        f.truncate(200 * 2**20)  # 200 MB on paper, sparse: no disk used
    (corpus / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (corpus / "malformed.json").write_text('[{"title": "Cut off", "body": "unterminated')
    (corpus / "nobody.json").write_text(json.dumps([{"title": "A record without a body", "url": "https://x.example"}]))
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret text from outside the corpus folder that must never be indexed.\n")
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "self.txt").symlink_to(corpus / "self.txt")
    (corpus / "outside.txt").symlink_to(outside / "secret.txt")
    (corpus / "outdir").symlink_to(outside, target_is_directory=True)
    return corpus


@pytest.mark.slow
def test_a_corpus_of_bad_files_builds_skipping_each_with_its_reason(tmp_path, caplog, capsys):
    corpus, index_dir = hostile_corpus(tmp_path), tmp_path / "index"
    with caplog.at_level(logging.WARNING, logger="qa.load"):
        stats = qa.build_index(corpus, index_dir)
    skipped = {s.path: s.reason for s in stats.skipped}
    assert set(skipped) == set(EXPECTED_SKIPS)
    for path, why in EXPECTED_SKIPS.items():
        assert why in skipped[path], (path, skipped[path])
    assert "209,715,200 bytes" in skipped["huge.txt"]
    assert stats.n_articles == 5  # good.txt, the odd name, utf16.txt, latin1.txt, longline.txt

    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert all("\n" not in w for w in warnings)
    for path in EXPECTED_SKIPS:
        assert any(path in w for w in warnings), f"no warning names {path}"
    assert any("latin1.txt" in w and "read as Windows-1252" in w for w in warnings)

    # The CLI build summary counts and names them (a rebuild of the same corpus: nothing re-embedded).
    assert cli(["build", str(corpus), "--index", str(index_dir), "-q"]) == 0
    out = capsys.readouterr().out
    assert f"skipped {len(EXPECTED_SKIPS)} file(s):" in out and "embedded 0 new texts" in out
    for path, reason in skipped.items():
        assert f"  {path}: {reason}\n" in out
    assert cli(["stats", "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    assert "5 articles" in out and f"{len(EXPECTED_SKIPS)} skipped files" in out

    index = qa.load_index(index_dir)
    texts = {a.doc_id: a.text for a in index.articles}
    assert "Secret text" not in " ".join(texts.values())
    assert "ferry to Quillon island" in texts["utf16.txt"]
    assert "The café on the quay was sold to a baker for £300,000" in texts["latin1.txt"]  # its letters, not U+FFFD
    odd = next(iter(k for k in GOOD if k != "good.txt"))
    assert qa.retrieve("Which museum reopened with sea charts?", k=1, index_dir=index_dir)[0].doc_id == odd

    # The line with no sentence end is cut at whitespace into pieces within the token budget, nothing lost.
    doc = index._doc_rows["longline.txt"]
    rows = [r for r in range(len(index.chunk_ids)) if index.chunk_doc[r] == doc]
    budget = index.settings.chunk_tokens
    assert len(rows) > 3
    for r in rows:
        assert index.embedder.count_tokens(index.chunk_text(r)) <= budget
    sentence_rows = [r for r in range(len(index.sentence_doc)) if index.sentence_doc[r] == doc]
    assert all(index.embedder.count_tokens(index.sentence(r).text) <= budget for r in sentence_rows)
    covered = " ".join(index.sentence(r).text for r in sentence_rows)
    assert covered.split() == texts["longline.txt"].split() == LONG_LINE.split()


# --- odd questions through every entry point --------------------------------------------------------------------

ODD_QUESTIONS = {
    "empty": "",
    "whitespace": " \t\n  ",
    "100 KB": "tanks " * 17_000,
    "100 KB one word": "a" * 100_000,
    "punctuation": "?!?... ,;:-- ¿¡ «»",
    "stop words": "the of and is a an to in it",
    "control characters": "\x00\x07\x1b[31m\x7f\x9b who leads wagner\x00",
    "look-alike letters": "Ꮃhо ⅼеаds Ꮃаgnеr?",
    "lone surrogates": "\ud800 how many tanks \udfff?",
    "bidi and zero-width": "\u202ewho\u2066 leads\u200b wagner\u200d?\ufeff",
    "markup": "<script>alert(1)</script> [x](javascript:alert(1)) who leads wagner?",
    "format strings": "%s %n {0} ${HOME} $(id) `id` who leads wagner?",
    "emoji only": "🚢🛳️⚓",
}


@pytest.mark.slow
@pytest.mark.parametrize("question", ODD_QUESTIONS.values(), ids=list(ODD_QUESTIONS))
def test_odd_questions_get_a_clear_reply_from_every_entry_point(shipped_index, capsys, question):
    import ui

    passages = qa.retrieve(question, index_dir=shipped_index)
    assert isinstance(passages, list) and all(isinstance(p, qa.Passage) for p in passages)
    answer = qa.answer(question, index_dir=shipped_index)
    assert isinstance(answer, qa.Answer) and answer.text.strip()
    for command in ("ask", "search"):
        assert cli([command, question, "--index", str(shipped_index)]) == 0
        captured = capsys.readouterr()
        assert captured.out.strip() and "Traceback" not in captured.err and "error" not in captured.err
    *_, (chat, panel) = ui.respond(question, [], index_dir=shipped_index)
    assert chat.strip() and not chat.startswith("⚠️") and "<script" not in chat + panel


@pytest.mark.slow
def test_questions_with_no_words_say_so(shipped_index, capsys):
    for question in ("", "   ", "?!?...", "\x00\x07", "¿¡ «» …", "🚢🛳️⚓"):
        assert qa.retrieve(question, index_dir=shipped_index) == []
        assert "in words" in qa.answer(question, index_dir=shipped_index).text
        assert cli(["search", question, "--index", str(shipped_index)]) == 0
        assert "No passage" in capsys.readouterr().out


# --- the text pipeline, end to end, as properties ---------------------------------------------------------------

_PIECE = re.compile(r"[^\W\d_]{1,4}|\d{1,3}|[^\w\s]|_")


def count_tokens(text: str) -> int:
    """Word-piece-like counts (letters in runs of up to 4): no model needed."""
    return len(_PIECE.findall(text))


WORDS = st.sampled_from([
    "the", "war", "ship", "Russia", "U.S.", "Mr.", "1,292", "214", "ɑrmy", "Ꮪtrait", "Japаn", "е", "Ꮃаgnеr",
    "\u200b", "\u200d", "\ufeff", "\u00ad", "ﬁre", "①", "Ａｂ", "Hokkaido,", "...", "!", "?", "“quoted”", "’s",
    "(Oryx)", "e.g.", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "\x07", "\t", "\u00a0", "Новости", "新闻", "é",
])
SEPARATORS = st.sampled_from([" ", " ", " ", ". ", "? ", "\n", ".\n", "\r\n", "\n\n", " – "])
FURNITURE = st.sampled_from([
    "", "", "", "Advertisement\n", "Share this article\n", "MORE: F-35 – The Best Fighter Jet Ever?\n",
    "RELATED ARTICLES Previous 1 Next Share this article Share\n", "Image credit: Reuters\n",
])


@st.composite
def raw_articles(draw: st.DrawFn) -> str:
    head = draw(st.sampled_from(["", "Home | World | Sport\nA headline about the ship and the war\n"]))
    paragraphs = []
    for _ in range(draw(st.integers(0, 5))):
        words = draw(st.lists(st.tuples(WORDS, SEPARATORS), min_size=0, max_size=40))
        paragraphs.append(draw(FURNITURE) + "".join(w + s for w, s in words))
    return head + "\n".join(paragraphs)


def _non_space(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_articles(), st.integers(12, 60), st.integers(0, 2))
def test_clean_split_chunk_pipeline_keeps_offsets_and_text(raw_text, max_tokens, overlap):
    raw = RawArticle(doc_id="d", path="d.txt", title="", text=raw_text)
    article = clean_article(raw)
    offsets = article.offsets

    # Idempotent: cleaning clean text (with its headline, as the index stores it) changes nothing.
    assert clean_article(RawArticle("d", "d.txt", article.title, article.text)).text == article.text
    assert clean_text(article.text)[0] == article.text

    sentences = split_long(split_sentences(article), count_tokens=count_tokens, max_tokens=max_tokens)
    chunks = chunk_article(article, sentences, count_tokens=count_tokens, max_tokens=max_tokens, overlap=overlap)

    # Every span is exact in the clean text and maps back, in order, to raw characters it came from.
    last_raw = 0
    for s in sentences:
        assert article.text[s.start : s.end] == s.text and count_tokens(s.text) <= max_tokens
        raw_start, raw_end = offsets.to_raw_span(s.start, s.end)
        assert last_raw <= raw_start <= raw_end <= len(raw_text)
        last_raw = raw_end
        for i in range(s.start, s.end):
            a, b = offsets.to_raw_span(i, i + 1)
            assert raw_start <= a < b <= raw_end
            ch, source = article.text[i], raw_text[a:b]
            assert source[0] == ch or not source.isascii() or source.isspace() or ch == " "
    # No text lost: sentences hold every non-space character of the clean text, once, in order.
    assert "".join(_non_space(s.text) for s in sentences) == _non_space(article.text)

    # Chunks: exact, whole sentences, every sentence in one chunk (two if it is an overlap sentence), and
    # text shared by neighbouring chunks is exactly their shared sentences, at most `overlap` of them.
    covered = [0] * len(article.text)
    for c in chunks:
        assert article.text[c.start : c.end] == c.text and c.n_tokens <= max_tokens
        assert (c.start, c.end) == (sentences[c.first_sentence].start, sentences[c.last_sentence - 1].end)
        for i in range(c.start, c.end):
            covered[i] += 1
    for s in sentences:
        assert all(covered[i] >= 1 for i in range(s.start, s.end))
    for before, after in zip(chunks, chunks[1:], strict=False):
        shared = max(0, before.last_sentence - after.first_sentence)
        assert shared <= overlap
        if shared:
            assert (after.start, before.end) == (sentences[after.first_sentence].start,
                                                 sentences[before.last_sentence - 1].end)
        else:
            assert after.start >= before.end
    assert max(covered, default=0) <= (2 if overlap else 1)


# --- file names that are not UTF-8, and files that are not files ------------------------------------------------


@pytest.mark.slow
def test_names_that_are_not_utf8_build_search_and_cite(tmp_path, capsys):
    import os

    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    raw = os.fsencode(corpus)
    with open(raw + b"/caf\xe9.txt", "wb") as f:  # a Latin-1 name, as an old archive or a Windows share gives
        f.write("Harbour café reopens\n\nThe harbour café reopened on Friday with a terrace over the water.\n"
                .encode())
    with open(raw + b"/caf\xe8.txt", "wb") as f:  # differs from the first name in one undecodable byte
        f.write(b"Bakery sells out\n\nThe bakery on the quay sold every loaf of rye bread by nine o'clock.\n")
    os.mkfifo(raw + b"/pipe\xff.txt")
    (corpus / "noise.txt").write_bytes(bytes(range(1, 256)) * 40)

    stats = qa.build_index(corpus, index_dir)
    assert stats.n_articles == 2
    skipped = {s.path: s.reason for s in stats.skipped}
    assert skipped == {"noise.txt": "binary file (11% control characters), not text",
                       "pipe\\xff.txt": "a named pipe, not a file"}
    index = qa.load_index(index_dir)
    assert sorted(a.doc_id for a in index.articles) == ["caf\\xe8.txt", "caf\\xe9.txt"]
    rows = (index.version / "articles.jsonl").read_bytes().decode("utf-8").splitlines()  # strict UTF-8
    assert sorted(json.loads(row)["path"] for row in rows) == ["caf\\xe8.txt", "caf\\xe9.txt"]

    answer = qa.answer("When did the harbour café reopen?", index_dir=index_dir)
    assert answer.quotes and answer.quotes[0].doc_id == "caf\\xe9.txt"
    assert qa.retrieve("rye bread loaf", k=1, index_dir=index_dir)[0].doc_id == "caf\\xe8.txt"
    assert cli(["ask", "When did the harbour café reopen?", "--index", str(index_dir)]) == 0
    assert "caf\\xe9.txt" in capsys.readouterr().out

    # The fingerprint sees the files as they are: up to date now, stale once a name changes by one byte.
    assert cli(["build", str(corpus), "--index", str(index_dir), "--if-stale", "-q"]) == 0
    assert "up to date" in capsys.readouterr().out
    os.rename(raw + b"/caf\xe8.txt", raw + b"/caf\xe7.txt")
    assert cli(["build", str(corpus), "--index", str(index_dir), "--if-stale", "-q"]) == 0
    out = capsys.readouterr().out
    assert "indexed 2 articles" in out and "embedded 0 new texts" in out
    assert "  pipe\\xff.txt: a named pipe, not a file\n" in out
    assert {a.doc_id for a in qa.load_index(index_dir).articles} == {"caf\\xe7.txt", "caf\\xe9.txt"}
