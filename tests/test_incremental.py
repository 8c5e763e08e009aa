"""Incremental rebuilds (changed corpus, add, remove) give the same index as a fresh build of the same corpus."""

import json
import shutil
from dataclasses import astuple

import numpy as np
import pytest
from conftest import ARTICLES, copy_shipped

import qa
from qa import abstain, dense, graph, rows, segments, store
from qa.answer import answer_with
from qa.config import Settings
from qa.embed import Embedder

pytestmark = pytest.mark.slow

QUESTIONS = ["Which islands does the Tsugaru Strait separate?", "How many tanks has Russia lost?",
             "Who leads the Wagner Group?", "When does the ferry to Gozo leave?"]
GOZO = "The Gozo ferry leaves Cirkewwa every 45 minutes. It carries cars and foot passengers across the channel.\n"


def _rows(index_dir, name):
    """A table file's rows."""
    version = qa.load_index(index_dir).version
    if name.endswith(".npy"):
        return np.load(version / name, allow_pickle=False).tolist()
    return [json.loads(line) for line in (version / name).read_text().splitlines()]


def _embed_alone(monkeypatch):
    """Embed each text on its own, so a text's vector does not depend on its batch-mates.

    In bf16 a text's vector moves by up to ~1e-3 with the shape of the batch it is embedded in, so a fresh
    build and an incremental one differ in that noise and near-tied rankings could flip. Taking it away lets
    these tests demand exact equality of what the incremental code computes.
    """
    encode, read = Embedder._encode, Embedder.read

    def alone(self, texts, *, batch_size):
        return np.concatenate([encode(self, [t], batch_size=1) for t in texts])

    def read_alone(self, texts, reduce, *, batch_size=32, progress=""):  # the passes of qa/passes.py
        return [read(self, [t], [r], batch_size=1)[0] for t, r in zip(texts, reduce, strict=True)]

    monkeypatch.setattr(Embedder, "_encode", alone)
    monkeypatch.setattr(Embedder, "read", read_alone)


@pytest.fixture(autouse=True)
def one_text_per_batch(monkeypatch):
    """Every build and edit of a test here embeds each text on its own (`_embed_alone`)."""
    _embed_alone(monkeypatch)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Builds that several tests start from or compare with, made once, each text embedded on its own:
    "shipped" (the shipped articles) and "gozo" (a fresh build of them with gozo.txt), each as articles/ + index/."""
    root = tmp_path_factory.mktemp("incremental")
    with pytest.MonkeyPatch.context() as m:
        _embed_alone(m)
        for name, extra in (("shipped", ""), ("gozo", GOZO)):
            shutil.copytree(ARTICLES, root / name / "articles")
            if extra:
                (root / name / "articles" / "gozo.txt").write_text(extra)
            qa.build_index(root / name / "articles", root / name / "index")
    return root


def _start_from_shipped(built, corpus, index_dir):
    """`corpus` and `index_dir` as if the shipped articles in `corpus` had just been built into `index_dir`."""
    shutil.rmtree(corpus)
    copy_shipped(built / "shipped" / "index", corpus, index_dir)


def _evidence(index, question):
    """What the fitted abstention reads for `question` (it decides on indexes of 1,000 chunks or more; read here
    whatever the size, so an incremental index's BM25 segments are checked against a fresh build's)."""
    from qa.candidates import score_sentences
    from qa.dialog import rank_in_context
    from qa.further_quotes import fullest_copies

    ranked = rank_in_context(index, question, None, None)
    return abstain.evidence(index, ranked, fullest_copies(index, score_sentences(index, ranked))[0])


def _string_columns(index_dir):
    """A version's chunk ids and cache keys, read through their segments (`qa.text_rows`)."""
    version = store.open_version(index_dir)
    chunks = rows.read_chunks(version.path, version.manifest, hashes=True)
    return list(chunks.chunk_id), list(chunks.hashes), list(rows.read_sentences(version.path, version.manifest,
                                                                                 hashes=True).hashes)


def _same_index(a, b):
    for name in ("articles.jsonl", "article_offsets.npy", "article_lengths.npy", "article_title_tokens.npy",
                 "chunks.npy", "sentences.npy"):
        assert _rows(a, name) == _rows(b, name), name
    assert _string_columns(a) == _string_columns(b)  # cache keys carried by row: the same strings
    ia, ib = qa.load_index(a), qa.load_index(b)
    assert [x.text for x in ia.articles] == [x.text for x in ib.articles]  # an add's text column is in segments
    assert np.array_equal(dense.vectors_of(ia.dense_index), dense.vectors_of(ib.dense_index))
    assert np.array_equal(ia.sentence_vectors, ib.sentence_vectors)
    for q in QUESTIONS:
        assert [p.chunk_id for p in ia.retrieve(q)] == [p.chunk_id for p in ib.retrieve(q)]
        assert answer_with(ia, q).text == answer_with(ib, q).text
        assert astuple(_evidence(ia, q)) == pytest.approx(astuple(_evidence(ib, q)), abs=1e-6), q


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ARTICLES, folder)
    return folder


def test_changed_corpus_reembeds_only_the_change_and_matches_a_fresh_build(tmp_path, corpus, built):
    _start_from_shipped(built, corpus, tmp_path / "inc")
    (corpus / "gozo.txt").write_text(GOZO)
    stats = qa.build_index(corpus, tmp_path / "inc")
    assert 0 < stats.n_embedded <= 4  # the new article's chunk and sentences, nothing else
    _same_index(tmp_path / "inc", built / "gozo" / "index")  # a fresh build of the same corpus


def test_add_and_remove_match_fresh_builds(tmp_path, corpus, built, monkeypatch):
    _start_from_shipped(built, corpus, tmp_path / "inc")
    titles = {a.title for a in qa.load_index(tmp_path / "inc").articles if a.title}
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "gozo.txt").write_text(GOZO)
    counted, count = [], Embedder.count_tokens
    monkeypatch.setattr(Embedder, "count_tokens", lambda self, text: counted.append(text) or count(self, text))
    stats = qa.add_to_index([extra], tmp_path / "inc")
    assert stats.n_articles == 4 and stats.n_embedded <= 4
    assert titles and counted and not titles & set(counted)  # unchanged titles' word pieces kept, not counted again
    assert (corpus / "gozo.txt").read_text() == GOZO  # copied into the corpus folder the index was built from
    _same_index(tmp_path / "inc", built / "gozo" / "index")

    stats = qa.remove_from_index(["gozo.txt", "000_1f0e9fb76dbe134f.txt"], tmp_path / "inc")
    assert stats.n_articles == 2 and stats.n_embedded == 0
    assert not (corpus / "gozo.txt").exists() and (corpus / ".removed" / "gozo.txt").exists()  # moved aside
    assert not (corpus / "000_1f0e9fb76dbe134f.txt").exists()
    qa.build_index(corpus, tmp_path / "fresh2")
    _same_index(tmp_path / "inc", tmp_path / "fresh2")


def test_an_add_in_segments_matches_fresh_builds(tmp_path, corpus, built, monkeypatch):
    import os

    monkeypatch.setattr(segments, "MERGE_SHARE", 0.99)  # three articles: any edit is past the default share
    _start_from_shipped(built, corpus, tmp_path / "inc")
    before = store.current_version(tmp_path / "inc")
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "gozo.txt").write_text(GOZO)
    qa.add_to_index([extra], tmp_path / "inc")
    after = store.current_version(tmp_path / "inc")
    for name in ("chunk_ids", "chunk_hashes", "sentence_hashes"):  # the bases linked, the new rows in the deltas
        for file in (f"{name}.npy", f"{name}_bounds.npy"):
            assert os.stat(before / file).st_ino == os.stat(after / file).st_ino, file
        assert (after / f"{name}_rows.npy").exists()
    assert len(np.load(after / "chunk_hashes_delta_bounds.npy")) == 2  # gozo's one chunk
    store.open_version(tmp_path / "inc", trusting=False)  # every file's checksum holds
    _same_index(tmp_path / "inc", built / "gozo" / "index")
    qa.remove_from_index(["gozo.txt"], tmp_path / "inc")  # the delta emptied, a new one, then its rows kept
    (tmp_path / "gozo2.txt").write_text(GOZO + "A second sailing runs at night.\n")
    qa.add_to_index([tmp_path / "gozo2.txt"], tmp_path / "inc")
    qa.remove_from_index(["000_1f0e9fb76dbe134f.txt"], tmp_path / "inc")
    assert (store.current_version(tmp_path / "inc") / "sentence_hashes_rows.npy").exists()
    qa.build_index(corpus, tmp_path / "fresh")
    _same_index(tmp_path / "inc", tmp_path / "fresh")


def test_removing_an_unknown_article_is_a_clear_error(shipped_copy):
    _, copy = shipped_copy
    with pytest.raises(qa.QAError, match="no article 'nope.txt'"):
        qa.remove_from_index(["nope.txt"], copy)


def _slot_rows(index_dir):
    """Each graph slot's chunk row (the kept graph's, then the delta's), and the graph file's inode."""
    index = qa.load_index(index_dir)
    rows = index.dense_index.rows if isinstance(index.dense_index, dense.Parts) else np.arange(
        index.dense_index.ntotal)
    return rows.copy(), (index.version / dense.FILE).stat().st_ino


def test_past_the_hnsw_threshold_edits_update_the_graph_and_answer_like_fresh_builds(tmp_path, corpus, monkeypatch):
    small = Settings(hnsw_above=10, hnsw_rebuild_share=0.5)  # the shipped articles' 37 chunks make a graph
    qa.build_index(corpus, tmp_path / "inc", settings=small)
    before, graph_file = _slot_rows(tmp_path / "inc")
    assert np.array_equal(before, np.arange(len(before)))
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "0-gozo.txt").write_text(GOZO)  # sorts first: every old row moves down one
    with monkeypatch.context() as m:
        m.setattr(graph, "new_graph", lambda v: pytest.fail("the graph was built again"))
        qa.add_to_index([extra], tmp_path / "inc", settings=small)
    after, linked = _slot_rows(tmp_path / "inc")
    assert list(after) == [*(before + 1), 0]  # old slots hold their chunks' new rows; the new chunk in the delta
    assert linked == graph_file  # the graph file itself is the previous version's, hard-linked
    qa.build_index(corpus, tmp_path / "fresh", settings=small)
    _same_index(tmp_path / "inc", tmp_path / "fresh")

    qa.remove_from_index(["0-gozo.txt", "002_ace7b907fc964732.txt"], tmp_path / "inc", settings=small)
    removed, linked = _slot_rows(tmp_path / "inc")
    assert len(removed) == len(before) and 0 < (removed < 0).sum() <= len(removed) // 2  # marked, not rebuilt
    assert linked == graph_file
    qa.build_index(corpus, tmp_path / "fresh2", settings=small)
    _same_index(tmp_path / "inc", tmp_path / "fresh2")

    qa.remove_from_index(["000_1f0e9fb76dbe134f.txt"], tmp_path / "inc", settings=Settings(hnsw_above=10))
    rebuilt, _ = _slot_rows(tmp_path / "inc")  # past 5% of the graph deleted: a new graph of the live rows only
    assert np.array_equal(rebuilt, np.arange(len(rebuilt)))
    qa.build_index(corpus, tmp_path / "fresh3", settings=small)
    _same_index(tmp_path / "inc", tmp_path / "fresh3")
