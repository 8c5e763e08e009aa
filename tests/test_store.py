import json

import pytest

from qa import store
from qa.errors import IndexBusyError, IndexCorruptError, IndexMissingError, IndexStaleError
from qa.manifest import FORMAT_VERSION


def test_commit_swaps_versions_and_keeps_one_old_copy(tmp_path, commit_version):
    first = commit_version(tmp_path, "one")
    assert store.current_version(tmp_path) == first
    second = commit_version(tmp_path, "two")
    third = commit_version(tmp_path, "three")
    assert store.current_version(tmp_path) == third
    assert (third / "data.txt").read_text() == "three"
    assert second.exists() and not first.exists()  # one old version kept for readers mid-swap
    manifest = store.read_manifest(third)
    store.verify_files(third, manifest)
    assert manifest.format == FORMAT_VERSION
    assert set(manifest.files) == {"data.txt"}


def test_missing_index_says_how_to_build(tmp_path):
    with pytest.raises(IndexMissingError, match="qa-index build"):
        store.current_version(tmp_path)


def test_second_build_fails_clearly_while_the_first_holds_the_lock(tmp_path):
    with store.build_lock(tmp_path):
        with pytest.raises(IndexBusyError, match="another build"):
            with store.build_lock(tmp_path):
                pass
    with store.build_lock(tmp_path):  # released afterwards
        pass


def test_leftover_build_folder_is_removed_by_the_next_build(tmp_path, commit_version):
    (tmp_path / ".build-deadbeef").mkdir()
    (tmp_path / ".build-deadbeef" / "half.faiss").write_bytes(b"\0" * 10)
    commit_version(tmp_path)
    assert not (tmp_path / ".build-deadbeef").exists()


@pytest.mark.parametrize("damage", ["truncate", "edit", "delete"])
def test_damaged_file_is_detected(tmp_path, damage, commit_version):
    version = commit_version(tmp_path, "some content")
    path = version / "data.txt"
    if damage == "truncate":
        path.write_text("some")
    elif damage == "edit":
        path.write_text("same length!")
    else:
        path.unlink()
    with pytest.raises(IndexCorruptError, match="rebuild"):
        store.verify_files(version, store.read_manifest(version))


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/passwd", "sub/x", ".."])
def test_manifest_paths_outside_the_folder_are_refused(tmp_path, name, commit_version):
    version = commit_version(tmp_path)
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["files"][name] = {"bytes": 1, "sha256": "0"}
    (version / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match="outside the index folder"):
        store.read_manifest(version)


def test_other_format_version_is_stale(tmp_path, commit_version):
    version = commit_version(tmp_path)
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["format"] = 999
    (version / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexStaleError, match="rebuild"):
        store.read_manifest(version)


@pytest.mark.parametrize("pointer", ["v-../../etc", "garbage", ""])
def test_current_pointer_must_name_a_version_folder(tmp_path, pointer, commit_version):
    commit_version(tmp_path)
    (tmp_path / "CURRENT").write_text(pointer)
    with pytest.raises(IndexCorruptError):
        store.current_version(tmp_path)
