"""An `add` keeps BM25's base segment: its files are hard-linked into the new version, and still verified."""

import os

import numpy as np
import pytest

import qa
from qa import store
from qa.config import Settings
from qa.errors import IndexCorruptError
from qa.tokens import tokenize

pytestmark = pytest.mark.slow
KEEP = Settings(bm25_merge_share=0.9)  # three articles: a fourth is far past the default share
GOZO = "The Gozo ferry leaves Cirkewwa every 45 minutes. It carries cars and foot passengers across the channel.\n"


@pytest.fixture
def added(shipped_copy, tmp_path):
    """The shipped index with one article added as an update: (index folder, previous version, new version)."""
    _, index_dir = shipped_copy
    before = store.open_version(index_dir).path  # checksummed here: its trust record vouches for its files
    (tmp_path / "gozo.txt").write_text(GOZO)
    qa.add_to_index([tmp_path / "gozo.txt"], index_dir, settings=KEEP)
    return index_dir, before, store.current_version(index_dir)


def test_the_base_segment_is_linked_and_the_new_article_is_found(added):
    index_dir, before, after = added
    for name in ("bm25_base_data.npy", "bm25_base_indices.npy", "bm25_base_keys.npy"):
        assert os.stat(before / name).st_ino == os.stat(after / name).st_ino, name
    assert (after / "bm25_delta_data.npy").exists()
    store.open_version(index_dir, trusting=False)  # `qa-index verify`: every file checksummed, links included
    index = qa.load_index(index_dir)
    top = index.bm25.search(tokenize("Gozo ferry Cirkewwa"), 3)
    assert index.articles[index.chunk_doc[top[0][0]]].doc_id == "gozo.txt"


def test_a_removed_article_never_comes_back(added):
    index_dir, _, _ = added
    qa.remove_from_index(["gozo.txt"], index_dir, settings=KEEP)
    index = qa.load_index(index_dir)
    assert index.bm25.search(tokenize("Gozo ferry Cirkewwa"), 5) == []
    assert "cirkewwa" not in index.bm25.vocab
    assert not any(p.doc_id == "gozo.txt" for p in index.retrieve("When does the Gozo ferry leave?", 10))


def test_a_linked_file_damaged_in_place_is_caught(added):
    index_dir, _, after = added
    path = after / "bm25_base_data.npy"
    data = bytearray(path.read_bytes())
    data[-4:] = np.float32(7.0).tobytes()  # same size, one weight changed
    stat = os.stat(path)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # mtime put back: the ctime still moves
    with pytest.raises(IndexCorruptError, match="bm25_base_data.npy"):
        store.open_version(index_dir)


def test_sentence_vectors_keep_their_file_and_a_remove_gives_back_the_same_vectors(shipped_copy, tmp_path,
                                                                                      monkeypatch):
    from qa import segments

    monkeypatch.setattr(segments, "MERGE_SHARE", 0.99)  # three articles: any edit is past the default share
    _, index_dir = shipped_copy
    before = qa.load_index(index_dir)
    original = np.asarray(before.sentence_vectors)
    (tmp_path / "gozo.txt").write_text(GOZO)
    qa.add_to_index([tmp_path / "gozo.txt"], index_dir, settings=KEEP)
    after = store.current_version(index_dir)
    assert os.stat(before.version / "sentence_vectors.npy").st_ino == os.stat(after / "sentence_vectors.npy").st_ino
    assert (after / "sentence_vectors_delta.npy").exists() and (after / "sentence_vectors_rows.npy").exists()
    store.open_version(index_dir, trusting=False)
    index = qa.load_index(index_dir)
    assert len(index.sentence_vectors) == len(original) + 2  # the Gozo article's two sentences
    gozo = [r for r in range(len(index.sentence_doc)) if index.articles[index.sentence_doc[r]].doc_id == "gozo.txt"]
    kept = [r for r in range(len(index.sentence_doc)) if r not in gozo]
    assert np.array_equal(index.sentence_vectors[np.array(kept)], original)  # rows shifted, vectors the same
    assert "Cirkewwa" in qa.answer("When does the Gozo ferry leave?", index_dir=index_dir).text
    qa.remove_from_index(["gozo.txt"], index_dir, settings=KEEP)
    assert np.array_equal(np.asarray(qa.load_index(index_dir).sentence_vectors), original)


def test_a_sentence_row_map_pointing_outside_its_vectors_is_caught_at_load(shipped_copy, tmp_path, monkeypatch,
                                                                           forge_checksums):
    from qa import segments

    monkeypatch.setattr(segments, "MERGE_SHARE", 0.99)
    _, index_dir = shipped_copy
    (tmp_path / "gozo.txt").write_text(GOZO)
    qa.add_to_index([tmp_path / "gozo.txt"], index_dir, settings=KEEP)
    version = store.current_version(index_dir)
    path = version / "sentence_vectors_rows.npy"
    np.save(path, np.load(path) + 10_000)
    forge_checksums(version)  # checksums catch damage, not malice: the arrays are checked too
    with pytest.raises(IndexCorruptError, match="sentence_vectors_rows.npy is damaged .a position outside"):
        qa.load_index(index_dir)
