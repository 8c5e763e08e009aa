"""What the model reads (qa/passes.py, qa/pool.py): pooled vectors against a direct computation, the three ways
against each other, cache keys by way, and an index built each way answering the shipped questions."""

from __future__ import annotations

import shutil
from dataclasses import replace

import numpy as np
import pytest
from conftest import ARTICLES, plain_article
from questions import ANSWERABLE, UNANSWERABLE

from qa.build import build_index
from qa.clean import clean_article
from qa.config import Settings
from qa.embed import load_embedder
from qa.passes import ChunkInput, embed_chunks, vector_key
from qa.pool import Pass, span_mask, span_vector
from qa.records import RawArticle
from qa.split import assemble, prepare_article

TITLE = "Drones over Kyiv\n"
ONE = "The Switchblade drones can circle their targets for 40 minutes."
TWO = "Poland sent 14 Leopard 2 tanks to Ukraine last week, officials said."


@pytest.fixture(scope="module")
def exact():
    """float32 weights: vectors agree to 1e-5 however they are batched (bf16 only to ~1e-3)."""
    return load_embedder(dtype="float32")


def _direct(embedder, text: str) -> np.ndarray:
    """Word-piece vectors of one pass, straight from the transformer (no batching, no padding)."""
    import torch

    ids = embedder.model.tokenizer(text, return_tensors="pt")
    with torch.inference_mode():
        return embedder.model[0].auto_model(**ids).last_hidden_state[0].float().numpy()


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def _input(*sentences: str, title: str = TITLE) -> ChunkInput:
    text, spans = title, []
    for s in sentences:
        start = len(text)
        text += s + " "
        spans.append((start, start + len(s)))
    return ChunkInput(text.rstrip(), tuple(spans), tuple(range(len(sentences))))


def _pieces(embedder, text: str) -> int:
    return len(embedder.model.tokenizer(text, add_special_tokens=False)["input_ids"])


def test_a_sentence_pooled_from_its_chunk_equals_its_word_pieces_computed_directly(exact):
    c = _input(ONE, TWO)
    out = embed_chunks(exact, [c, _input(TWO)], mode="chunks", batch_size=2)  # padded beside a shorter input
    tokens = _direct(exact, c.text)
    for j, (a, b) in enumerate(c.spans):  # [CLS], the word pieces before the sentence, then its own
        first = 1 + _pieces(exact, c.text[:a])
        own = tokens[first:first + _pieces(exact, c.text[a:b])]
        assert np.abs(out.sentences[j] - _unit(own.mean(axis=0))).max() < 1e-5
    assert np.abs(out.chunks[0] - _unit(tokens.mean(axis=0))).max() < 1e-5  # the chunk: every word piece
    assert np.abs(out.chunks[0] - exact.encode([c.text])[0]).max() < 1e-5  # = sentence-transformers' pooling


def test_folded_look_alike_letters_map_to_their_own_word_pieces(exact):
    raw = "Drones\n\nThe Ukrainiаn army used Switchblаde drones. Poland sent tanks."  # Cyrillic а in Latin words
    article = clean_article(RawArticle("d", "d.txt", "", raw))
    assert "Switchblade" in article.text
    split = _split(article, Settings(), exact.count_tokens)
    c = split.chunks[0]
    base = len(split.chunk_inputs[0]) - len(c.text)
    spans = tuple((base + s.start - c.start, base + s.end - c.start) for s in split.sentences)
    text = split.chunk_inputs[0]
    out = embed_chunks(exact, [ChunkInput(text, spans, (0, 1))], mode="chunks")
    tokens = _direct(exact, text)
    first = 1 + _pieces(exact, text[:spans[1][0]])
    own = tokens[first:first + _pieces(exact, text[spans[1][0]:spans[1][1]])]
    assert np.abs(out.sentences[1] - _unit(own.mean(axis=0))).max() < 1e-5


def test_a_word_piece_belongs_to_the_span_it_starts_in():
    offsets = np.array([[0, 0], [0, 3], [3, 6], [7, 9], [0, 0]])  # [CLS] "abc" "def" "gh" [SEP]
    assert span_mask(offsets, 0, 4).tolist() == [False, True, True, False, False]
    assert span_mask(offsets, 4, 9).tolist() == [False, False, False, True, False]
    p = Pass(np.arange(10, dtype=np.float32).reshape(5, 2), offsets)
    assert np.allclose(span_vector(p, 4, 9), _unit(np.array([6.0, 7.0])))


def test_sentences_mode_reads_sentences_as_both_does_and_pools_them_into_the_chunk(exact):
    chunks = [_input(ONE, TWO), _input(TWO, title="")]
    both = embed_chunks(exact, chunks, mode="both")
    alone = embed_chunks(exact, chunks, mode="sentences")
    assert np.abs(both.sentences - alone.sentences).max() < 1e-5
    assert np.abs(alone.chunks[1] - alone.sentences[2]).max() < 1e-5  # one sentence, no title: its own vector
    passes = [_direct(exact, t) for t in ("Drones over Kyiv", ONE, TWO)]
    pooled = _unit(np.concatenate(passes).mean(axis=0))
    assert np.abs(alone.chunks[0] - pooled).max() < 1e-5
    assert alone.word_pieces == sum(len(p) for p in passes)  # TWO is read once for both chunks
    assert both.word_pieces == sum(len(exact.model.tokenizer(c.text)["input_ids"]) for c in chunks) + \
        sum(len(p) for p in passes[1:])


def test_sentences_mode_in_slices_gives_the_same_vectors(exact, monkeypatch):
    from qa import passes

    chunks = [_input(ONE, TWO), _input(TWO, title=""), _input(ONE)]
    whole = embed_chunks(exact, chunks, mode="sentences")
    monkeypatch.setattr(passes, "SLICE", 2)
    sliced = embed_chunks(exact, chunks, mode="sentences")
    assert np.abs(whole.chunks - sliced.chunks).max() < 1e-5
    assert np.abs(whole.sentences - sliced.sentences).max() < 1e-5
    assert sliced.word_pieces > whole.word_pieces  # TWO and ONE read again in the second slice


def test_cache_keys_differ_by_mode_and_by_context():
    keys = {m: vector_key("m", m, ONE) for m in ("both", "chunks", "sentences")}
    assert len(set(keys.values())) == 3
    assert vector_key("m", "chunks", ONE, (0, 5)) != vector_key("m", "chunks", ONE, (5, 9))
    assert vector_key("m", "both", ONE) == vector_key("m", "both", ONE)


def test_unknown_mode_is_refused(exact):
    with pytest.raises(ValueError, match="embed_passes"):
        embed_chunks(exact, [_input(ONE)], mode="tokens")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="embed_passes"):
        Settings(embed_passes="tokens")  # type: ignore[arg-type]


def test_a_rebuild_reuses_vectors_of_its_own_mode_only(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Drones\n\n{ONE} {TWO}\n")
    index = tmp_path / "index"
    first = build_index(corpus, index, settings=Settings(embed_passes="chunks"))
    assert first.n_embedded == first.n_chunks + first.n_sentences and first.word_pieces > 0
    again = build_index(corpus, index, settings=Settings(embed_passes="chunks"))
    assert again.n_embedded == 0 and again.word_pieces == 0
    other = build_index(corpus, index, settings=Settings(embed_passes="sentences"))
    assert other.n_reused == 0


def test_an_overlap_sentence_takes_the_first_chunks_context(exact):
    from qa.previous import embed_split

    text = " ".join([ONE, TWO] * 12)
    article = plain_article(text, title="Drones over Kyiv")
    settings = Settings(chunk_tokens=60)
    split = _split(article, settings, exact.count_tokens)
    assert len(split.chunks) > 2 and split.chunks[1].first_sentence == split.chunks[0].last_sentence - 1
    got = embed_split(exact, split, None, Settings(chunk_tokens=60, embed_passes="chunks", embed_batch=8),
                      progress=False)
    shared = split.chunks[0].last_sentence - 1
    c = split.chunks[0]
    base = len(split.chunk_inputs[0]) - len(c.text)
    s = split.sentences[shared]
    p = exact.read([split.chunk_inputs[0]], [lambda p: p])[0]
    assert np.abs(got.sentences[shared] - span_vector(p, base + s.start - c.start, base + s.end - c.start)).max() < 1e-5
    assert got.n_new == len({*got.chunk_hashes, *got.sentence_hashes})


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["both", "chunks"])  # "sentences", the default, is tests/test_answer.py's index
def test_an_index_built_each_way_answers_the_shipped_questions(tmp_path, mode):
    from qa.answer import answer_with
    from qa.clean import fold_text
    from qa.retrieve import load_index

    corpus = tmp_path / "articles"
    shutil.copytree(ARTICLES, corpus)
    build_index(corpus, tmp_path / "index", settings=Settings(embed_passes=mode))
    index = load_index(tmp_path / "index")
    assert index.manifest.settings["embed_passes"] == mode
    right = [q for q, phrase in ANSWERABLE if not (a := answer_with(index, q)).abstained
             and any(fold_text(x) in fold_text(a.quotes[0].text) for x in phrase.split("|"))]
    assert len(right) / len(ANSWERABLE) >= 0.85, sorted(set(q for q, _ in ANSWERABLE) - set(right))
    assert all(answer_with(index, q).abstained for q in UNANSWERABLE)


def test_settings_of_an_index_from_before_embed_passes_read_both():
    from qa.manifest import CorpusInfo, Counts, Manifest, ModelInfo

    old = {k: v for k, v in Settings().build_key().items() if k != "embed_passes"}
    m = Manifest(ModelInfo("m", 3, 256), old, 4, CorpusInfo("c", "f"), Counts(1, 1, 1, 0), "now")
    assert m.build_settings().embed_passes == "both"
    assert replace(m, settings=Settings().build_key()).build_settings().embed_passes == "sentences"


def _split(article, settings, count_tokens):
    """One article split as a build splits it (the per-article step, then the corpus-wide rows)."""
    return assemble([article], [prepare_article(article, settings, count_tokens, None)])


def test_a_labelled_progress_bar_reads_the_same_vectors(exact, capsys):
    texts = [f"The harbour ferry number {i} leaves at dawn." * (i % 4 + 1) for i in range(70)]
    quiet = exact.encode(texts, batch_size=4)
    shown = exact.encode(texts, batch_size=4, progress="Embedding 70 chunks")  # our bar, in groups of batches
    assert np.abs(quiet - shown).max() < 1e-5
    err = capsys.readouterr().err
    assert "Embedding 70 chunks" in err and "70/70" in err and "Batches" not in err
    out = embed_chunks(exact, [ChunkInput(t, ((0, len(t)),), (0,)) for t in texts[:3]], mode="sentences",
                       progress=True)
    assert out.chunks.shape == (3, exact.dim) and "Embedding 3 chunks" in capsys.readouterr().err


def test_each_sentence_is_owned_by_the_first_chunk_holding_it_as_a_loop_over_the_records_finds():
    from qa.previous import sentence_owners

    article = plain_article(" ".join(f"Sentence number {i} is here." for i in range(60)), title="Owners")
    split = _split(article, Settings(chunk_tokens=40, overlap_sentences=2), lambda t: len(t.split()))
    want = [-1] * len(split.sentences)
    for i, c in enumerate(split.chunks):
        for s in range(c.first_sentence, c.last_sentence):
            if want[s] < 0:
                want[s] = i
    assert len(split.chunks) > 3 and sentence_owners(split) == want
