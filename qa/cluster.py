"""A build's per-article steps and its model on a Ray cluster (the optional extra `cluster`).

Cleaning and splitting (with BM25 tokens) run as Ray Data map stages over the articles; embedding runs in an
actor pool (a callable class that loads the model once per actor) calling `embed_chunks`, the function the
in-process build embeds with, on one slice of chunks at a time. The driver keeps the corpus-wide steps
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
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

import numpy as np

from qa.clean import clean_article
from qa.config import Settings
from qa.embed import load_embedder, offline_environment
from qa.errors import QAError
from qa.passes import SLICE, ChunkInput, ChunkVectors, embed_chunks
from qa.records import Article, RawArticle
from qa.split import ArticleSplit, Prepared, prepare_article
from qa.workers import Workers, counter

logger = logging.getLogger(__name__)

EXTRA = "the Ray build needs the extra `cluster`: pip install -e '.[cluster]' (make install-cluster)"


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
    # The driver needs the model too (its name, width, the build's own embedder): load it while Ray starts.
    with ThreadPoolExecutor(max_workers=1) as pool:
        driver_model = pool.submit(load_embedder, settings.model, dtype=settings.dtype)
        if started:
            try:
                ray.init(address=None if address == "auto" else address, logging_level=logging.WARNING,
                         log_to_driver=False)
            except (ConnectionError, RuntimeError, ValueError) as e:
                raise QAError(f"cannot reach the Ray cluster at {address}: {e}: start it with `ray start "
                              "--head` or pass its address") from e
        driver_model.result()
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
        yield Workers(_clean_on(ray), _prepare_on(ray), _embed_on(ray, settings))
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
    """An actor of the embedding pool: loads the model once, then runs `embed_chunks` on each slice of chunks."""

    def __init__(self, settings: Settings) -> None:
        offline_environment()
        import ray
        import torch

        # As many torch threads as the CPUs Ray gave this actor (one): actors sharing a machine's cores do
        # not oversubscribe them, whatever OMP_NUM_THREADS the node was started with.
        torch.set_num_threads(max(1, int(ray.get_runtime_context().get_assigned_resources().get("CPU", 1))))
        self.embedder = load_embedder(settings.model, dtype=settings.dtype)
        self.settings = settings
        if torch.cuda.is_available():  # the pool asked for a GPU per actor (untested here: no GPU)
            self.embedder.model.to("cuda")

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        import torch

        t = time.perf_counter()
        out = embed_chunks(self.embedder, row["inputs"], mode=self.settings.embed_passes,
                           batch_size=self.settings.embed_batch)
        return {"k": row["k"], "out": out, "seconds": time.perf_counter() - t, "pid": os.getpid(),
                "threads": torch.get_num_threads()}


def _embed_on(ray: Any, settings: Settings) -> Any:
    def embed(embedder: Any, inputs: Sequence[ChunkInput], *, mode: str, batch_size: int, progress: bool = False
              ) -> ChunkVectors:
        """`embed_chunks` on the actor pool, a slice of `passes.SLICE` chunks per call as in this process (in
        "sentences" mode each slice reads the same batches, so vectors are the same bit for bit)."""
        del progress  # Ray Data draws its own progress bar (DataContext.enable_progress_bars)
        if (mode, batch_size) != (settings.embed_passes, settings.embed_batch):
            raise ValueError("the Ray pool embeds with the build's own settings")
        slices = [list(inputs[k:k + SLICE]) for k in range(0, len(inputs), SLICE)]
        if not slices:
            return embed_chunks(embedder, [], mode=mode, batch_size=batch_size)
        gpus = ray.cluster_resources().get("GPU", 0)
        actors = min(max(1, int(gpus or ray.cluster_resources().get("CPU", 1))), len(slices))
        ds = ray.data.from_items([{"k": k, "inputs": s} for k, s in enumerate(slices)],
                                 override_num_blocks=len(slices))
        # One slice in flight per actor: an actor takes the next slice when it is done, so none is left with a
        # queue while another idles (Ray Data would otherwise queue slices on actors up front).
        pool = ray.data.ActorPoolStrategy(size=actors, max_tasks_in_flight_per_actor=1)
        rows = ds.map(_Embed, fn_constructor_kwargs={"settings": settings}, compute=pool,
                      num_cpus=0 if gpus else 1, num_gpus=1 if gpus else 0).take_all()
        done = sorted(rows, key=lambda r: r["k"])
        for r in done:
            n, s, _ = ACTORS.get(r["pid"], (0, 0.0, 0))
            ACTORS[r["pid"]] = (n + len(slices[r["k"]]), s + r["seconds"], r["threads"])
        logger.info("embedded %d chunks in %d slices on the Ray actor pool", len(inputs), len(slices))
        outs = [r["out"] for r in done]
        return ChunkVectors(np.concatenate([o.chunks for o in outs]), np.concatenate([o.sentences for o in outs]),
                            sum(o.word_pieces for o in outs))
    return embed


# Actor pid -> (chunks embedded, seconds in the model, torch threads), added up over this process's Ray builds
# (for benchmarks).
ACTORS: dict[int, tuple[int, float, int]] = {}
