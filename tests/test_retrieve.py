"""End to end with the real model: articles/ -> index -> qa.retrieve, and the index's guarantees."""

import json
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from conftest import ARTICLES

import qa
from qa.clean import fold_text
from qa.errors import IndexCorruptError, IndexMissingError, IndexStaleError

pytestmark = pytest.mark.slow


def test_retrieves_the_tsugaru_strait_sentence(shipped_index):
    passages = qa.retrieve("Which islands does the Tsugaru Strait separate?", k=3, index_dir=shipped_index)
    assert passages
    assert "separates Honshu and Hokkaido" in passages[0].text


def test_retrieves_next_aprils_conscription_from_the_look_alike_article(shipped_index):
    # The sentence sits in 001, whose words are full of Cyrillic, Greek and Cherokee look-alike letters.
    passages = qa.retrieve("When is the next round of Russian conscription?", k=3, index_dir=shipped_index)
    top = passages[0]
    assert top.doc_id.startswith("001_")
    assert "the next round of conscription is due on April 1" in top.text


def test_near_duplicate_chunks_collapse_to_one_passage_naming_the_other(shipped_index):
    # 000 is a cut-down copy of 001: the strait passage should appear once and name the other article.
    passages = qa.retrieve("Tsugaru Strait between the Sea of Japan and the Pacific Ocean", k=5,
                           index_dir=shipped_index)
    strait = [p for p in passages if "separates Honshu and Hokkaido" in p.text]
    assert len(strait) == 1
    assert strait[0].duplicates, "the copy in the other article should be named"
    assert {strait[0].doc_id, *strait[0].duplicates} >= {"000_1f0e9fb76dbe134f.txt", "001_f654224a43d1d56f.txt"}


def test_passages_are_exact_spans_with_ranks(loaded):
    for p in loaded.retrieve("Russia lost tanks", k=5):
        article = loaded.article(p.doc_id)
        assert article.text[p.start:p.end] == p.text
        assert p.bm25_rank is not None or p.dense_rank is not None
        assert p.title and p.path
    scores = [p.score for p in loaded.retrieve("Russia lost tanks", k=5)]
    assert scores == sorted(scores, reverse=True)


def test_look_alike_letters_in_the_query_fold_like_the_articles(loaded):
    plain = loaded.retrieve("Tsugaru Strait islands", k=3)
    disguised = loaded.retrieve("Tsugaru Ꮪtrait іslands", k=3)  # Cherokee S, Cyrillic i
    assert [p.chunk_id for p in plain] == [p.chunk_id for p in disguised]


def test_weights_switch_retrievers(loaded):
    only_bm25 = loaded.retrieve("Honshu Hokkaido", k=3, settings=replace(loaded.settings, dense_weight=0))
    assert all(p.bm25_rank is not None for p in only_bm25)
    assert loaded.retrieve("   ", k=3) == []


OVERLAPPED = ["Which islands does the Tsugaru Strait separate?", "Tsugaru Ꮪtrait іslands", "Russia lost tanks",
              "Did both articles report that Russia is recruiting prisoners and that the Wagner Group leads the "
              "assault on Bakhmut?",  # a question needing several articles: its clauses are searched too
              "Did both reports say which strait the Russian warships passed, and how many tanks Russia lost?"]


def test_ranking_while_the_question_embeds_equals_the_steps_one_after_another(loaded):
    """`rank` embeds on a worker thread while BM25 scores the question and its clauses: the same vector, lists and
    fusion as embedding first, then searching, then fusing (with and without a filter's mask)."""
    one_article = loaded.chunk_doc == loaded.chunk_doc[0]
    searched_clauses = 0
    for asked in OVERLAPPED:
        question = loaded.question(asked, read=False)
        for allowed in (None, one_article):
            ranked = loaded.rank(question, allowed=allowed)
            # the same worker's vector, embedded alone (it matches the library's encode: tests/test_embed.py)
            qvec = loaded.embedder.submit([question.text]).result()[0]
            lists = loaded.candidates(question, qvec, loaded.settings.candidates, allowed)
            assert ranked.query_vector.tobytes() == qvec.tobytes()
            assert (ranked.bm25, ranked.dense) == lists and ranked.bm25 and ranked.dense
            assert ranked.fused == loaded.fuse(question, lists, qvec, allowed=allowed)
            searched_clauses += bool(loaded.clause_lists(question, loaded.settings, allowed))
    assert searched_clauses >= 2


def test_persistence_round_trip_is_pickle_free(shipped_index, loaded):
    version = loaded.version
    for f in version.iterdir():
        assert not f.read_bytes().startswith(b"\x80"), f"{f.name} looks like a pickle"
        if f.suffix == ".npy":
            np.load(f, allow_pickle=False)
    manifest = json.loads((version / "manifest.json").read_text())
    assert manifest["model"] == {"name": "all-MiniLM-L6-v2", "dim": 384, "max_tokens": 256}
    assert manifest["counts"]["articles"] == 3
    again = qa.load_index(shipped_index)
    assert [p.chunk_id for p in again.retrieve("Bakhmut casualties")] == \
        [p.chunk_id for p in loaded.retrieve("Bakhmut casualties")]


def test_vectors_and_bm25_weights_stay_in_their_files_mapped_not_copied(loaded):
    # A 1M-chunk index holds ~1.5 GB of vectors and ~0.5 GB of BM25 weights: mapped, the page cache keeps
    # what searches touch (benchmarks/scale.py measures the RSS).
    mapped = Path("/proc/self/maps").read_text()
    for name in ("dense.faiss", "bm25_base_data.npy", "bm25_base_indices.npy", "sentence_vectors.npy"):
        assert str(loaded.version / name) in mapped, f"{name} was read into memory, not mapped"


def test_every_chunk_fits_the_model(loaded):
    counter = loaded.embedder.count_tokens
    for row in range(len(loaded.chunk_ids)):
        article = loaded.articles[loaded.chunk_doc[row]]
        prefix = f"{article.title}\n" if article.title else ""
        assert counter(prefix + loaded.chunk_text(row)) <= 254  # 256 minus [CLS] and [SEP]: nothing truncated


def test_every_sentence_maps_back_into_the_raw_file(loaded):
    for row in range(len(loaded.sentence_doc)):
        sentence = loaded.sentence(row)
        article = loaded.article(sentence.doc_id)
        raw_start, raw_end = article.offsets.to_raw_span(sentence.start, sentence.end)
        original = (ARTICLES / article.path).read_text(encoding="utf-8")
        raw = original[article.text_offset + raw_start:article.text_offset + raw_end]
        # The sentence is its raw source with look-alike letters folded and white space normalised.
        assert " ".join(fold_text(raw).split()) == " ".join(sentence.text.split())


def test_missing_index_and_other_model_are_clear_errors(tmp_path, shipped_index):
    with pytest.raises(IndexMissingError, match="qa-index build"):
        qa.load_index(tmp_path / "nothing")
    with pytest.raises(IndexStaleError, match="rebuild"):
        qa.load_index(shipped_index, model="some/other-model")


def test_truncated_faiss_file_is_caught_at_load(shipped_copy):
    _, copy = shipped_copy
    version = qa.load_index(copy).version.name
    faiss_file = copy / version / "dense.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:100])
    with pytest.raises(IndexCorruptError, match="rebuild"):
        qa.load_index(copy)


def test_module_level_retrieve_reloads_after_a_rebuild(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The harbour of Valletta is deep. Ships shelter there in winter storms.\n")
    qa.build_index(corpus, tmp_path / "i")
    first = qa.retrieve("Which island has a lighthouse?", index_dir=tmp_path / "i")
    (corpus / "b.txt").write_text("The lighthouse on Gozo island was built in 1853 by British engineers.\n")
    os.utime(corpus / "b.txt")
    qa.build_index(corpus, tmp_path / "i")
    second = qa.retrieve("Which island has a lighthouse?", index_dir=tmp_path / "i")
    assert all(p.doc_id == "a.txt" for p in first)
    assert second[0].doc_id == "b.txt"
