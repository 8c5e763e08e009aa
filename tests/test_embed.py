"""Small batches embedded on the long-lived worker threads (qa/embed.py): the library's own batched `encode`'s vectors
(bit for bit for one text, within one bf16 step for a padded few), one torch thread per worker, the caller's
thread count kept."""

from __future__ import annotations

import multiprocessing

import numpy as np
import pytest
from questions import ANSWERABLE, UNANSWERABLE

from qa.embed import SMALL_BATCH, load_embedder, small_batches

pytestmark = pytest.mark.slow

TEXTS = [q for q, _ in ANSWERABLE] + list(UNANSWERABLE) + [
    "Tsugaru Ꮪtrait іslands",  # look-alike letters, as a question may hold them
    "Honshu " * 400,  # longer than the model reads: truncated the same way
    "?",
]


@pytest.fixture(scope="module")
def embedder():
    return load_embedder()


def _same(got: np.ndarray, want: np.ndarray) -> bool:
    """Bit for bit in bf16; in float32 (`qa.embed.native_dtype`, a CPU without native bf16) within 1e-6: the worker's
    one torch thread sums in another order than the caller's two, which bf16's rounding hid."""
    import torch

    if next(load_embedder().model.parameters()).dtype == torch.bfloat16:
        return got.tobytes() == want.tobytes()
    return got.shape == want.shape and float(np.abs(got - want).max()) <= 1e-6


def test_one_question_on_a_worker_equals_the_librarys_encode(embedder):
    for text in TEXTS:
        batched = embedder._encode([text], batch_size=32)  # sentence-transformers' encode, as before
        assert _same(embedder.encode([text]), batched), text
        assert _same(embedder.submit([text]).result(), batched), text


def test_a_few_texts_on_a_worker_match_the_librarys_encode(embedder):
    # Within one bf16 step, not byte for byte: texts of different lengths are padded, and on a CPU with AMX (Sapphire
    # Rapids) oneDNN's bf16 kernels round differently by thread count and padded width (max difference 2**-10,
    # cosine >= 0.99997 seen). One text (above) has no padding and stays bit-equal.
    for n in range(2, SMALL_BATCH + 1):
        texts = TEXTS[n:n + n - 1] + [TEXTS[n]]  # a repeated text too
        got = embedder.submit(texts).result()
        assert got.shape == (n, embedder.dim) and got.dtype == np.float32
        want = embedder._encode(texts, batch_size=32)
        assert np.abs(got - want).max() <= 2.0 ** -8
        assert (np.sum(got * want, axis=1) / np.linalg.norm(got, axis=1) / np.linalg.norm(want, axis=1)).min() > 0.9999
    with pytest.raises(ValueError, match="1 to 4 texts"):
        embedder.submit([])
    with pytest.raises(ValueError, match="1 to 4 texts"):
        embedder.submit(TEXTS[:SMALL_BATCH + 1])


def test_workers_run_torch_on_one_thread_and_leave_the_callers_count(embedder):
    import torch

    before = torch.get_num_threads()
    embedder.encode(["warm up"])
    counts = {small_batches().submit(torch.get_num_threads).result() for _ in range(8)}
    assert counts == {1}
    assert torch.get_num_threads() == before


def _embed_in_child(queue) -> None:
    queue.put(load_embedder().encode(["Which islands does the Tsugaru Strait separate?"]).tobytes())


def test_a_forked_child_embeds_on_its_own_workers(embedder):
    want = embedder.encode(["Which islands does the Tsugaru Strait separate?"]).tobytes()  # the parent's workers exist
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_embed_in_child, args=(queue,))
    child.start()
    got = queue.get(timeout=120)  # the parent's worker threads did not fork: the child must start its own
    child.join(60)
    assert child.exitcode == 0 and got == want


@pytest.mark.parametrize(("avx512_bf16", "amx", "expected"), [
    (True, False, "bfloat16"), (False, True, "bfloat16"), (False, False, "float32")])
def test_weights_are_bf16_only_where_the_cpu_multiplies_bf16_natively(monkeypatch, avx512_bf16, amx, expected):
    import torch

    from qa.embed import native_dtype

    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: avx512_bf16, raising=False)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: amx, raising=False)
    assert native_dtype() == expected  # an AVX2-only CPU emulates bf16 at ~1/8 of float32's speed


def test_auto_weights_follow_the_cpu():
    import torch

    from qa.embed import load_embedder, native_dtype

    weights = next(load_embedder().model.parameters()).dtype
    assert weights == (torch.bfloat16 if native_dtype() == "bfloat16" else torch.float32)
