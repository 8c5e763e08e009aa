"""A build's per-article steps and its model on a Ray cluster (the optional extra `cluster`).

Cleaning and splitting (with BM25 tokens) run as Ray Data map stages over the articles; embedding runs in an
actor pool of `map_batches` with a callable class that loads the model once per actor and calls
`Embedder.encode`, the function the in-process build embeds with. The driver keeps the corpus-wide steps
(`qa.build`: duplicate groups, the BM25 matrix, FAISS, the atomic write) and the embedding cache, so only new
text is sent to the actors. The driver reads the corpus and streams the articles to the workers: no node needs
the corpus folder, and the file checks (no links, size limits, duplicate doc_ids) stay in one place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from qa.clean import clean_article
from qa.config import Settings
from qa.embed import load_embedder, offline_environment
from qa.errors import QAError
from qa.records import Article, RawArticle
from qa.split import ArticleSplit, Prepared, prepare_article
from qa.workers import Workers, counter

logger = logging.getLogger(__name__)

EXTRA = "the Ray build needs the extra `cluster`: pip install -e '.[cluster]' (make install-cluster)"
BATCHES_PER_CALL = 8  # model batches per actor call: enough to keep the model busy, few enough to spread out


def ray_workers(address: str, settings: Settings, *, progress: bool) -> contextlib.AbstractContextManager[Workers]:
    """Workers on the Ray cluster at `address` ("auto": RAY_ADDRESS, else a new local instance) for one build."""
    try:
        import ray
    except ImportError as e:
        raise QAError(f"{EXTRA} (cannot import ray: {e})") from e
    return _connected(ray, address, settings, progress)


@contextlib.contextmanager
def _connected(ray: Any, address: str, settings: Settings, progress: bool) -> Iterator[Workers]:
    started = not ray.is_initialized()
    if started:
        try:
            ray.init(address=None if address == "auto" else address, logging_level=logging.WARNING,
                     log_to_driver=False)
        except (ConnectionError, RuntimeError, ValueError) as e:
            raise QAError(f"cannot reach the Ray cluster at {address}: {e}: start it with `ray start --head` "
                          "or pass its address") from e
    resources = ray.cluster_resources()
    logger.info("building on the Ray cluster at %s: %d nodes, %d CPUs, %d GPUs", address,
                sum(1 for n in ray.nodes() if n.get("Alive")), resources.get("CPU", 0), resources.get("GPU", 0))
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = progress
    context.enable_fallback_to_arrow_object_ext_type = True  # rows hold our records, as intended: no warning
    if not progress:  # Ray Data's stage lines are its progress display
        logging.getLogger("ray.data").setLevel(logging.WARNING)
    context.execution_options.preserve_order = True
    try:
        yield Workers(_clean_on(ray), _prepare_on(ray), _encode_on(ray, settings))
    except ray.exceptions.RayError as e:
        raise QAError(f"the Ray build failed on the cluster: {_first_line(e)}; every node needs this package "
                      f"and its model ({EXTRA.split(': ', 1)[1]})") from e
    finally:
        if started:
            ray.shutdown()


def _first_line(e: BaseException) -> str:
    lines = [x for x in str(e).splitlines() if x.strip()]
    return lines[-1].strip() if lines else type(e).__name__


def _clean_on(ray: Any) -> Any:
    def clean(raws: Sequence[RawArticle]) -> list[Article]:
        ds = ray.data.from_items([{"raw": r} for r in raws]).map(_clean_row)
        return [row["article"] for row in ds.take_all()]
    return clean


def _clean_row(row: dict[str, Any]) -> dict[str, Any]:
    offline_environment()
    return {"article": clean_article(row["raw"])}


def _prepare_on(ray: Any) -> Any:
    def prepare(articles: Sequence[Article], settings: Settings, previous: Mapping[str, ArticleSplit]
                ) -> list[Prepared]:
        items = [{"article": a, "previous": previous.get(a.doc_id)} for a in articles]
        ds = ray.data.from_items(items).map(_prepare_row, fn_kwargs={"settings": settings})
        return [row["prepared"] for row in ds.take_all()]
    return prepare


@lru_cache(maxsize=2)
def _worker_counter(settings: Settings) -> Any:
    """One word-piece counter per worker process, kept across the rows it prepares."""
    offline_environment()
    return counter(settings)


def _prepare_row(row: dict[str, Any], settings: Settings) -> dict[str, Any]:
    return {"prepared": prepare_article(row["article"], settings, _worker_counter(settings), row["previous"])}


class _Embed:
    """An actor of the embedding pool: loads the model once, then embeds each row's texts with `Embedder.encode`."""

    def __init__(self, settings: Settings, batch_size: int) -> None:
        offline_environment()
        self.embedder = load_embedder(settings.model, dtype=settings.dtype)
        self.batch_size = batch_size
        import torch

        if torch.cuda.is_available():  # the pool asked for a GPU per actor (untested here: no GPU)
            self.embedder.model.to("cuda")

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        t = time.perf_counter()
        vectors = [self.embedder.encode(list(texts), batch_size=self.batch_size) for texts in batch["text"]]
        per_text = (time.perf_counter() - t) / max(sum(map(len, vectors)), 1)
        index = np.concatenate([np.asarray(i, dtype=np.int64) for i in batch["i"]])
        return {"i": index, "vector": np.concatenate(vectors), "seconds": np.full(len(index), per_text),
                "pid": np.full(len(index), os.getpid())}


def model_batches(texts: Sequence[str], batch_size: int) -> list[np.ndarray]:
    """The batches `Embedder.encode(texts)` runs through the model in this process, as indices into `texts`:
    sentence-transformers sorts by length (longest first) and cuts every `batch_size`. Sent to the actors as
    they are, each text is padded as in this process, so its vector is the same."""
    order = np.argsort([-len(t) for t in texts])  # sentence-transformers' own ordering, call for call
    return [order[k : k + batch_size] for k in range(0, len(order), batch_size)]


def _encode_on(ray: Any, settings: Settings) -> Any:
    def encode(texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """`Embedder.encode` on the actor pool, batch for batch as in this process."""
        del progress  # Ray Data draws its own progress bar (DataContext.enable_progress_bars)
        groups = model_batches(texts, batch_size)
        ds = ray.data.from_items([{"i": g, "text": [texts[j] for j in g]} for g in groups],
                                 override_num_blocks=-(-len(groups) // BATCHES_PER_CALL))
        gpus = ray.cluster_resources().get("GPU", 0)
        actors = min(max(1, int(gpus or ray.cluster_resources().get("CPU", 1))), ds.num_blocks())
        out = ds.map_batches(_Embed, fn_constructor_kwargs={"settings": settings, "batch_size": batch_size},
                             batch_size=BATCHES_PER_CALL, compute=ray.data.ActorPoolStrategy(size=actors),
                             num_cpus=0 if gpus else 1, num_gpus=1 if gpus else 0, batch_format="numpy")
        vectors: np.ndarray | None = None
        per_actor: dict[int, list[float]] = {}
        for batch in out.iter_batches(batch_format="numpy", batch_size=None):
            if vectors is None:
                vectors = np.zeros((len(texts), batch["vector"].shape[1]), dtype=np.float32)
            vectors[batch["i"]] = batch["vector"]
            for pid, s in zip(batch["pid"].tolist(), batch["seconds"].tolist(), strict=True):
                totals = per_actor.setdefault(pid, [0, 0.0])
                totals[0] += 1
                totals[1] += s
        for pid, (n, s) in per_actor.items():
            before = ACTORS.get(pid, (0, 0.0))
            ACTORS[pid] = (before[0] + int(n), before[1] + s)
        logger.info("embedded %d texts on %d actors: %s", len(texts), len(per_actor),
                    ", ".join(f"{n / s:.1f} texts/s" for n, s in per_actor.values() if s > 0))
        if vectors is None:
            raise QAError("the Ray actor pool returned no vectors")
        return vectors
    return encode


# Actor pid -> (texts embedded, seconds in the model), added up over this process's Ray builds (for benchmarks).
ACTORS: dict[int, tuple[int, float]] = {}
