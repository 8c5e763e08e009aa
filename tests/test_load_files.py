"""The loader against hostile files on disk: pipes, sockets and devices, names that are not UTF-8, binary data
that has no NUL byte. Each is skipped with its reason or read correctly; none hangs, crashes or is lost."""

from __future__ import annotations

import json
import logging
import os
import random
import re
import socket
import stat
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa.decode import decode
from qa.errors import CorpusError
from qa.load import corpus_fingerprint, load_corpus
from qa.walk import walk

BODY = "The council approved the budget on Tuesday after a long debate."


def reasons(corpus) -> dict[str, str]:
    return {s.path: s.reason for s in corpus.skipped}


def ids(corpus) -> list[str]:
    return [a.doc_id for a in corpus.articles]


def load_within(source, timeout: float = 20.0, **kwargs):
    """load_corpus in a thread: a hang fails the test instead of hanging the suite."""
    out: list = []
    thread = threading.Thread(target=lambda: out.append(load_corpus(source, **kwargs)), daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "load_corpus hung"
    assert out, "load_corpus raised (see the thread's traceback above)"
    return out[0]


def make_device(path: Path) -> bool:
    """A character device node like /dev/null at `path`, if this process may make one."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, OSError):
        return False
    return True


# --- named pipes, sockets, devices ------------------------------------------------------------------------------


def test_pipes_sockets_and_devices_in_a_corpus_are_skipped_with_a_reason(tmp_path, caplog):
    (tmp_path / "good.txt").write_text(BODY)
    os.mkfifo(tmp_path / "feed.txt")  # with a supported name: reading it would block forever
    os.mkfifo(tmp_path / "pipe")  # with no extension: still not silently ignored
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "sub" / "news.jsonl")
    has_device = make_device(tmp_path / "zero.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sock.json"))
        with caplog.at_level(logging.WARNING, logger="qa.load"):
            corpus = load_within(tmp_path)
        fingerprint = corpus_fingerprint(tmp_path)
        files = walk(tmp_path)[1]
    assert ids(corpus) == ["good.txt"] and [p.name for p in files] == ["good.txt"]
    expected = {"feed.txt": "a named pipe, not a file", "pipe": "a named pipe, not a file",
                "sub/news.jsonl": "a named pipe, not a file", "sock.json": "a socket, not a file"}
    if has_device:
        expected["zero.txt"] = "a character device, not a file"
    assert reasons(corpus) == expected
    logged = [r.getMessage() for r in caplog.records]
    assert all(any(f"skipped {path}: {why}" == m for m in logged) for path, why in expected.items())
    assert len(fingerprint) == 64


def test_a_file_replaced_by_a_pipe_after_the_walk_is_skipped_not_waited_on(tmp_path, monkeypatch):
    import qa.load

    (tmp_path / "a.txt").write_text(BODY)
    real_walk = qa.load.walk

    def walk_then_swap(source):
        found = real_walk(source)
        (tmp_path / "a.txt").unlink()
        os.mkfifo(tmp_path / "a.txt")
        return found

    monkeypatch.setattr(qa.load, "walk", walk_then_swap)
    corpus = load_within(tmp_path)
    assert corpus.articles == () and reasons(corpus) == {"a.txt": "a named pipe, not a file"}


def test_a_file_that_grows_past_the_limit_while_read_is_skipped(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(BODY)
    real_fstat = os.fstat

    def fstat_then_grow(fd):
        result = real_fstat(fd)
        with open(path, "a") as f:
            f.write(BODY * 100)
        return result

    monkeypatch.setattr(os, "fstat", fstat_then_grow)
    corpus = load_corpus(tmp_path, max_file_bytes=1000)
    assert reasons(corpus) == {"a.txt": "file grew while being read, past the max_file_bytes limit of 1,000"}


# --- file names that are not valid UTF-8 ----------------------------------------------------------------------


def bad_name(folder: Path, name: bytes, data: bytes) -> None:
    with open(os.fsencode(folder) + b"/" + name, "wb") as f:
        f.write(data)


def test_names_that_are_not_utf8_are_read_under_a_unique_displayable_doc_id(tmp_path, caplog):
    bad_name(tmp_path, b"caf\xe9.txt", b"The cafe on the corner opened in May.")
    bad_name(tmp_path, b"caf\xe8.txt", b"The other cafe closed in June.")
    bad_name(tmp_path, b"a\\xe9\xff.txt", b"A name with a real backslash.")
    bad_name(tmp_path, b"a\xe9\xff.txt", b"A name without one.")
    os.mkdir(os.fsencode(tmp_path) + b"/dossier \xff")
    bad_name(tmp_path, b"dossier \xff/r\xe9cit.json", json.dumps([{"body": BODY}]).encode())
    bad_name(tmp_path, b"vide\xa0.txt", b"")  # skipped: its name must still print
    with caplog.at_level(logging.WARNING, logger="qa.load"):
        corpus = load_corpus(tmp_path)
    assert ids(corpus) == ["a\\\\xe9\\xff.txt", "a\\xe9\\xff.txt", "caf\\xe8.txt", "caf\\xe9.txt",
                           "dossier \\xff/r\\xe9cit.json#0"]
    assert [a.path for a in corpus.articles][-1] == "dossier \\xff/r\\xe9cit.json"
    assert corpus.articles[3].text == "The cafe on the corner opened in May."
    assert reasons(corpus) == {"vide\\xa0.txt": "empty file"}
    for text in [*ids(corpus), *reasons(corpus), *(r.getMessage() for r in caplog.records)]:
        text.encode("utf-8")  # valid UTF-8: no lone surrogates left to crash a write or a print
    assert any("vide\\xa0.txt" in r.getMessage() for r in caplog.records)


def test_a_source_path_that_is_not_utf8_is_shown_escaped_in_errors_and_skips(tmp_path):
    missing = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9"))
    with pytest.raises(CorpusError) as info:
        load_corpus(missing)
    assert "caf\\xe9" in str(info.value) and str(info.value).encode("utf-8")
    bad_name(tmp_path, b"r\xe9sum\xe9.pdf", b"%PDF-1.4")
    corpus = load_corpus(Path(os.fsdecode(os.fsencode(tmp_path) + b"/r\xe9sum\xe9.pdf")))
    assert list(reasons(corpus)) == ["r\\xe9sum\\xe9.pdf"]


def undo_display(text: str) -> bytes:
    """The inverse of display_name for a name that had undecodable bytes: how a user gets the file back."""
    out, i = bytearray(), 0
    while i < len(text):
        if text.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif re.match(r"\\x[0-9a-f]{2}", text[i:i + 4]):
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        else:
            out += text[i].encode("utf-8")
            i += 1
    return bytes(out)


@given(st.binary(min_size=1, max_size=40))
def test_display_name_is_valid_utf8_and_invertible_so_two_names_never_collide(raw):
    from qa.walk import display_name  # here, so the rest of the file runs against a loader without it

    name = os.fsdecode(raw)
    shown = display_name(name)
    shown.encode("utf-8")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        assert undo_display(shown) == raw
    else:
        assert shown == name  # a valid name is shown as it is


# --- binary data with no NUL byte ------------------------------------------------------------------------------


def no_nul_noise(n: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(n).replace(b"\0", b"\1")


@pytest.mark.parametrize("name", ["noise.txt", "noise.md", "noise.json", "noise.jsonl", "noise.html"])
def test_binary_with_no_nul_byte_is_skipped_by_its_share_of_control_characters(tmp_path, name):
    (tmp_path / name).write_bytes(no_nul_noise(10_000))
    (tmp_path / "ramp.txt").write_bytes(bytes(range(1, 256)) * 40)
    corpus = load_corpus(tmp_path)
    assert corpus.articles == () and corpus.warnings == ()
    r = reasons(corpus)
    assert re.fullmatch(r"binary file \(1\d% control characters\), not text", r[name]), r[name]
    assert r["ramp.txt"].startswith("binary file (")


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xff\xfe\x00\x00"])
def test_binary_behind_a_byte_order_mark_is_skipped(tmp_path, bom):
    (tmp_path / "x.txt").write_bytes(bom + no_nul_noise(10_000))
    reason = reasons(load_corpus(tmp_path))["x.txt"]
    assert reason.startswith("binary file (") and "control or undecodable characters after a" in reason


def test_text_in_a_legacy_encoding_is_refused_with_the_fix_but_legacy_html_is_read(tmp_path):
    russian = "Правительство представило законопроект об энергетике после долгих дебатов в думе. " * 20
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    page = (f'<html><head><meta charset="windows-1251"><title>Законопроект</title></head><body><article>'
            f'<p>{russian}</p><p>{russian}</p></article></body></html>')
    (tmp_path / "ru.html").write_bytes(page.encode("cp1251"))
    corpus = load_corpus(tmp_path)
    assert re.fullmatch(r"not UTF-8 text \(\d\d% of its first 8 KiB is undecodable\): a binary file, or text in "
                        r"another encoding; save it as UTF-8", reasons(corpus)["ru.txt"])
    [html] = corpus.articles  # trafilatura finds the page's declared charset
    assert "законопроект об энергетике" in html.text


def test_real_text_with_odd_bytes_tabs_form_feeds_and_boms_still_loads(tmp_path):
    french = ("Le gouvernement français a présenté mercredi un projet de loi très attendu sur l'énergie, après "
              "des mois de débats à l'Assemblée. Ça s'est passé à Paris, où l'été fut chaud. ") * 10
    (tmp_path / "latin1.txt").write_bytes(french.encode("latin-1"))  # 9% undecodable as UTF-8: kept
    (tmp_path / "layout.txt").write_text("Col A\tCol B\tCol C\n1\t2\t3\n\x0cPage two\x0b of the report.\r\n")
    (tmp_path / "utf16.txt").write_bytes(b"\xff\xfe" + french.encode("utf-16-le"))
    (tmp_path / "odd.md").write_bytes(BODY.encode() * 20 + b"\x1b[1m \x07 \x1a")
    (tmp_path / "noise.txt").write_bytes(no_nul_noise(10_000))
    corpus = load_corpus(tmp_path)
    assert ids(corpus) == ["latin1.txt", "layout.txt", "odd.md", "utf16.txt"]
    assert set(reasons(corpus)) == {"noise.txt"}
    assert corpus.articles[0].text == corpus.articles[3].text == french  # Latin-1 read as Windows-1252, no U+FFFD
    mixed = french.encode() + "\n\nTrailing byte: \xe9".encode("latin-1")  # UTF-8 letters and one stray byte
    assert decode(mixed, "mixed.txt").text == french + "\n\nTrailing byte: \ufffd"  # stays UTF-8: only it is replaced
