"""Trust records (qa/trust.py): an index checksummed once per machine opens without reading every byte again,
and a damaged file is still caught: truncated, edited in place with its size and mtime put back, replaced."""

from __future__ import annotations

import os

import pytest

from qa import store, trust
from qa.cli import main
from qa.errors import IndexCorruptError

PAYLOAD = "the quick brown fox jumps over the lazy dog"


@pytest.fixture
def hashed(monkeypatch):
    """One entry per file checksummed while the test runs."""
    seen: list[str] = []
    real = store._sha256

    def counting(f):
        seen.append("data.txt")  # the one file these versions hold
        return real(f)

    monkeypatch.setattr(store, "_sha256", counting)
    return seen


def test_a_version_is_trusted_from_its_build_and_reopened_without_checksums(tmp_path, commit_version, hashed):
    version = commit_version(tmp_path, PAYLOAD)
    assert (version / trust.RECORD).is_file()
    hashed.clear()  # the build's own checksums
    store.open_version(tmp_path)
    store.open_version(tmp_path)
    assert hashed == []
    store.open_version(tmp_path, trusting=False)  # what `qa-index verify` does
    assert hashed == ["data.txt"]


def test_without_a_record_the_first_open_checksums_and_records(tmp_path, commit_version, hashed):
    version = commit_version(tmp_path, PAYLOAD)
    hashed.clear()
    (version / trust.RECORD).unlink()  # a copy from another machine carries none that matches
    store.open_version(tmp_path)
    assert hashed == ["data.txt"] and (version / trust.RECORD).is_file()
    store.open_version(tmp_path)
    assert hashed == ["data.txt"]


def test_a_truncated_file_is_caught_on_open(tmp_path, commit_version):
    version = commit_version(tmp_path, PAYLOAD)
    os.truncate(version / "data.txt", 10)
    with pytest.raises(IndexCorruptError, match="data.txt"):
        store.open_version(tmp_path)


def _edit_in_place_keeping_size_and_mtime(path):
    before = os.stat(path)
    with open(path, "r+b") as f:
        f.seek(4)
        f.write(b"Q")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)


def test_an_edit_in_place_with_size_and_mtime_restored_is_caught_on_open_and_by_verify(tmp_path, commit_version,
                                                                                       capsys):
    version = commit_version(tmp_path, PAYLOAD)
    _edit_in_place_keeping_size_and_mtime(version / "data.txt")  # the ctime moved: no user call sets it back
    with pytest.raises(IndexCorruptError, match="data.txt"):
        store.open_version(tmp_path)
    assert main(["verify", "--index", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "data.txt" in err and len(err.strip().splitlines()) == 1


def test_what_a_record_cannot_see_verify_still_catches(tmp_path, commit_version, capsys):
    """A change the file system's metadata does not show (bit rot, a raw write to the disk) is stood in for by
    editing, then recording the edited file's stamps: an open trusts it, `qa-index verify` does not."""
    version = commit_version(tmp_path, PAYLOAD)
    _edit_in_place_keeping_size_and_mtime(version / "data.txt")
    (version / trust.RECORD).write_text(trust.record_text(version, ["data.txt", store.MANIFEST]))
    store.open_version(tmp_path)  # trusted: the limit of a record of stamps
    assert main(["verify", "--index", str(tmp_path)]) == 1
    assert "data.txt" in capsys.readouterr().err
    assert not (version / trust.RECORD).exists()  # and nothing is trusted until a full check passes again


def test_a_replaced_file_is_checked_again(tmp_path, commit_version, hashed):
    version = commit_version(tmp_path, PAYLOAD)
    hashed.clear()
    other = tmp_path / "other.txt"
    other.write_text(PAYLOAD.replace("fox", "cat"))  # same size, another inode
    os.replace(other, version / "data.txt")
    with pytest.raises(IndexCorruptError, match="data.txt"):
        store.open_version(tmp_path)
    same = tmp_path / "same.txt"
    same.write_text(PAYLOAD)  # replaced by identical bytes: checksummed once, then trusted again
    os.replace(same, version / "data.txt")
    store.open_version(tmp_path)
    store.open_version(tmp_path)
    assert hashed.count("data.txt") == 2


def test_verify_reports_a_sound_index(tmp_path, commit_version, capsys):
    commit_version(tmp_path, PAYLOAD)
    assert main(["verify", "--index", str(tmp_path)]) == 0
    assert "all match" in capsys.readouterr().out


def test_a_planted_record_naming_other_files_is_not_trusted(tmp_path, commit_version, hashed):
    version = commit_version(tmp_path, PAYLOAD)
    hashed.clear()
    (version / trust.RECORD).write_text('{"data.txt": [1, 2, 3, 4, 5]}')
    store.open_version(tmp_path)
    assert hashed == ["data.txt"]


def test_a_manifest_listing_the_record_itself_is_checksummed_every_time_and_never_rewritten(
        tmp_path, commit_version, forge_checksums, hashed):
    version = commit_version(tmp_path, PAYLOAD)
    forge_checksums(version)  # lists every file of the folder, the record too
    before = (version / trust.RECORD).read_bytes()
    hashed.clear()
    store.open_version(tmp_path)
    store.open_version(tmp_path)
    assert len(hashed) == 2 * 2 and (version / trust.RECORD).read_bytes() == before  # data.txt and the record
