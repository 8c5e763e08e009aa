"""Tests for qa.files: only regular files are read, never through a link, never blocking, never past a limit."""

from __future__ import annotations

import io
import os
import socket
import threading
from pathlib import Path

import numpy as np
import pytest

from qa import files
from qa.files import FileMissing, FileRefused, FileTooLarge


def finishes(call, timeout: float = 10.0):
    """Run `call` in a thread: (finished, result or exception). A hang fails the test instead of hanging it."""
    out: dict = {}

    def run():
        try:
            out["value"] = call()
        except BaseException as e:  # handed back to the test
            out["value"] = e

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    return not thread.is_alive(), out.get("value")


def unblock(fifo: Path) -> None:
    """Give a reader blocked on `fifo` a writer that closes at once (EOF), so a regression ends its thread."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader waiting: nothing to unblock


def test_reads_a_regular_file_whole(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello\n" * 1000)
    assert files.read_bytes(path, limit=6000) == b"hello\n" * 1000
    assert files.read_text(path, limit=6000).startswith("hello\n")
    with files.open_regular(path, limit=6000) as f:
        assert sum(1 for _ in io.TextIOWrapper(f, encoding="utf-8")) == 1000


@pytest.mark.parametrize("reader", [
    lambda p: files.read_bytes(p, limit=1 << 20),
    lambda p: files.read_bytes(p, limit=1 << 20, follow_links=True),
    lambda p: files.read_text(p, limit=1 << 20),
    lambda p: files.open_regular(p, limit=1 << 20).read(),
    lambda p: files.open_lock(p),
])
def test_a_named_pipe_is_refused_at_once_never_waited_on(tmp_path, reader):
    fifo = tmp_path / "CURRENT"
    os.mkfifo(fifo)
    try:
        done, value = finishes(lambda: reader(fifo))
    finally:
        unblock(fifo)
    assert done, "reading a named pipe hung"
    assert isinstance(value, FileRefused) and value.reason == "is a named pipe, not a file"
    assert str(value) == f"{fifo} is a named pipe, not a file"


def test_a_named_pipe_swapped_in_after_the_lstat_check_is_refused_by_fstat(tmp_path, monkeypatch):
    fifo = tmp_path / "manifest.json"
    os.mkfifo(fifo)
    regular = tmp_path / "plain"
    regular.write_text("{}")
    real_lstat = os.lstat
    monkeypatch.setattr(os, "lstat", lambda p, *a, **k: real_lstat(regular if Path(p) == fifo else p, *a, **k))
    try:
        done, value = finishes(lambda: files.read_bytes(fifo, limit=100))
    finally:
        unblock(fifo)
    assert done and isinstance(value, FileRefused) and "named pipe" in value.reason


def test_a_link_to_dev_zero_is_refused_without_reading(tmp_path):
    link = tmp_path / "manifest.json"
    link.symlink_to("/dev/zero")
    for read in (lambda: files.read_bytes(link, limit=1 << 20), lambda: files.read_text(link, limit=1 << 20)):
        done, value = finishes(read)
        assert done and isinstance(value, FileRefused) and value.reason == "is a symbolic link, not a file"
    # Even when links may be followed (a file the user named), a device is not a file.
    done, value = finishes(lambda: files.read_bytes(link, limit=1 << 20, follow_links=True))
    assert done and isinstance(value, FileRefused) and value.reason == "is a character device, not a file"
    with pytest.raises(FileRefused, match="character device"):
        files.read_bytes("/dev/zero", limit=1 << 20)


def test_a_link_to_a_file_outside_the_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.json"
    outside.write_text('{"files": {}}')
    folder = tmp_path / "index"
    folder.mkdir()
    (folder / "manifest.json").symlink_to(outside)
    for read in (files.read_bytes, files.read_text, files.open_regular):
        with pytest.raises(FileRefused, match="symbolic link"):
            read(folder / "manifest.json", limit=1 << 20)
    with pytest.raises(FileRefused, match="symbolic link"), files.pinned_path(folder / "manifest.json", limit=100):
        pass


def test_a_link_swapped_in_after_the_lstat_check_is_refused_by_o_nofollow(tmp_path, monkeypatch):
    outside = tmp_path / "secret"
    outside.write_text("secret")
    link = tmp_path / "data.txt"
    link.symlink_to(outside)
    real_lstat = os.lstat
    monkeypatch.setattr(os, "lstat", lambda p, *a, **k: real_lstat(outside if Path(p) == link else p, *a, **k))
    with pytest.raises(FileRefused, match="symbolic link"):
        files.read_bytes(link, limit=100)


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(path))
        for read in (lambda: files.read_bytes(path, limit=100), lambda: files.open_lock(path)):
            done, value = finishes(read)
            assert done and isinstance(value, FileRefused) and value.reason == "is a socket, not a file"


def test_a_folder_is_not_a_file_and_a_missing_file_is_missing(tmp_path):
    with pytest.raises(FileRefused, match="is a folder, not a file"):
        files.read_bytes(tmp_path, limit=100)
    with pytest.raises(FileMissing, match="is missing"):
        files.read_bytes(tmp_path / "nope", limit=100)


def test_a_file_over_the_limit_is_refused_by_its_size_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "manifest.json"
    with big.open("wb") as f:
        f.truncate(65 * files.MiB)  # sparse: no disk used
    monkeypatch.setattr(os, "read", lambda *a: pytest.fail("read a file refused by its size"))
    with pytest.raises(FileTooLarge) as info:
        files.read_bytes(big, limit=64 * files.MiB)
    assert info.value.reason == "is 68,157,440 bytes, over the 64 MiB limit"
    assert (info.value.size, info.value.limit) == (65 * files.MiB, 64 * files.MiB)


def test_a_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "x"
    path.write_bytes(b"x" * 100)
    assert files.read_bytes(path, limit=100) == b"x" * 100
    with pytest.raises(FileTooLarge, match="is 100 bytes, over the 99-byte limit"):
        files.read_bytes(path, limit=99)


def grow_after_fstat(monkeypatch, path: Path, extra: bytes) -> None:
    """After the size check by fstat, the file grows (another process appending)."""
    real_fstat = os.fstat

    def fstat(fd):
        st = real_fstat(fd)
        with open(path, "ab") as f:
            f.write(extra)
        return st

    monkeypatch.setattr(os, "fstat", fstat)


@pytest.mark.parametrize("read", [
    lambda p: files.read_bytes(p, limit=1000),
    lambda p: b"".join(files.open_regular(p, limit=1000)),  # line by line, streaming
    lambda p: files.open_regular(p, limit=1000).read(5000),
])
def test_a_file_that_grows_after_fstat_is_not_read_past_the_limit(tmp_path, monkeypatch, read):
    path = tmp_path / "chunks.jsonl"
    path.write_bytes(b"{}\n" * 300)  # 900 bytes: within the limit when checked
    grow_after_fstat(monkeypatch, path, b"{}\n" * 100_000)
    with pytest.raises(FileTooLarge, match="grew while being read, past the 1,000-byte limit"):
        read(path)


def test_read_text_refuses_undecodable_bytes(tmp_path):
    path = tmp_path / "CURRENT"
    path.write_bytes(b"v-\xff\n")
    with pytest.raises(FileRefused, match="is not UTF-8 text"):
        files.read_text(path, limit=100)


def test_lock_file_is_created_inside_the_folder_and_reopened(tmp_path):
    lock = tmp_path / ".lock"
    fd = files.open_lock(lock)
    os.close(fd)
    assert lock.is_file() and not lock.is_symlink()
    os.close(files.open_lock(lock))


def test_lock_that_is_a_link_creates_nothing_outside_the_folder(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    target = tmp_path / "elsewhere" / "planted"
    target.parent.mkdir()
    (index / ".lock").symlink_to(target)  # dangling: O_CREAT through it would create `target`
    with pytest.raises(FileRefused, match="symbolic link"):
        files.open_lock(index / ".lock")
    assert not target.exists()
    existing = tmp_path / "precious"
    existing.write_text("mine")
    (index / ".lock").unlink()
    (index / ".lock").symlink_to(existing)
    with pytest.raises(FileRefused, match="symbolic link"):
        files.open_lock(index / ".lock")
    assert existing.read_text() == "mine"


def test_check_folder_refuses_links_files_and_missing(tmp_path):
    real = tmp_path / "v-real"
    real.mkdir()
    files.check_folder(real)
    (tmp_path / "v-link").symlink_to(real, target_is_directory=True)
    with pytest.raises(FileRefused, match="is a symbolic link, not a folder"):
        files.check_folder(tmp_path / "v-link")
    (tmp_path / "v-file").write_text("x")
    with pytest.raises(FileRefused, match="is a file, not a folder"):
        files.check_folder(tmp_path / "v-file")
    with pytest.raises(FileMissing):
        files.check_folder(tmp_path / "v-none")


def test_pinned_path_names_the_checked_file_for_np_load_even_after_a_swap(tmp_path):
    path = tmp_path / "vectors.npy"
    np.save(path, np.arange(6, dtype=np.float32), allow_pickle=False)
    other = tmp_path / "other.npy"
    np.save(other, np.zeros(6, dtype=np.float32), allow_pickle=False)
    with files.pinned_path(path, limit=1 << 20) as pinned:
        os.replace(other, path)  # swapped after the check: the pinned name still reads the checked file
        loaded = np.load(pinned, allow_pickle=False, mmap_mode="r")
    assert loaded.tolist() == [0, 1, 2, 3, 4, 5]  # the memory map outlives the descriptor
    with pytest.raises(FileTooLarge), files.pinned_path(path, limit=10):
        pass
