"""A build's per-article steps and its model on a Ray cluster (the optional extra `cluster`).

Cleaning and splitting (with BM25 tokens) run as Ray Data map stages over the articles; embedding runs in a
pool of Ray actors, started when the build connects so that each loads the model while those stages run, calling
`embed_chunks`, the function the in-process build embeds with, on one slice of chunks at a time. (Ray Data
starts an actor pool per execution, which could load the model only after splitting: ~15 s of idle build.)
The driver keeps the corpus-wide steps (`qa.build`: duplicate groups, the BM25 matrix, FAISS, the atomic
write) and the embedding cache, so only new text is sent to the actors. The driver reads the corpus and
streams the articles to the workers: no node needs the corpus folder, and the file checks (no links, size
limits, duplicate doc_ids) stay in one place.
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
from qa.config import DEFAULT_MODEL, Settings
from qa.embed import load_embedder, model_path, offline_environment, quiet_notebook_check
from qa.errors import QAError
from qa.passes import SLICE, ChunkInput, ChunkVectors, embed_chunks
from qa.records import Article, RawArticle
from qa.split import ArticleSplit, Prepared, prepare_article
from qa.workers import Workers, counter

logger = logging.getLogger(__name__)

INSTALL = "pip install -e '.[cluster]' (make install-cluster)"
EXTRA = f"the Ray build needs the extra `cluster`: {INSTALL}"


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
    actors = _start_pool(ray, settings)
    try:
        yield Workers(_clean_on(ray), _prepare_on(ray), _embed_on(ray, settings, actors))
    except ray.exceptions.RayError as e:
        raise QAError(f"the Ray build failed on the cluster: {_first_line(e)}; every node needs this package "
                      f"and its model ({INSTALL})") from e
    finally:
        for actor in actors:
            ray.kill(actor)
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
    """One word-piece counter per worker process, kept across its rows: for the bundled model its fast tokenizer alone,
    so a split task never imports torch nor loads the weights the embedding actors are loading on the same cores."""
    # `tokenizers` gives the same word pieces as `Embedder.count_tokens`.
    offline_environment()
    if settings.model != DEFAULT_MODEL:
        return counter(settings)
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path(settings.model) / "tokenizer.json"))
    tokenizer.no_truncation()  # count a long text whole, as count_tokens does
    tokenizer.no_padding()
    return lru_cache(maxsize=1 << 16)(lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids))


def _prepare_row(row: dict[str, Any], settings: Settings) -> dict[str, Any]:
    return {"prepared": prepare_article(row["article"], settings, _worker_counter(settings), row["previous"])}


class _Embed:
    """An embedding actor: loads the model once, while the build reads and splits the corpus, then runs
    `embed_chunks` on one slice of chunks per call."""

    def __init__(self, settings: Settings, threads: int) -> None:
        offline_environment()
        import torch

        # The pool has one actor per CPU: one torch thread each, so actors sharing a machine's cores do not
        # oversubscribe them, whatever OMP_NUM_THREADS the node was started with.
        torch.set_num_threads(threads)
        self.embedder = load_embedder(settings.model, dtype=settings.dtype)
        self.settings = settings
        if torch.cuda.is_available():  # the pool asked for a GPU per actor (untested here: no GPU)
            self.embedder.model.to("cuda")

    def embed(self, k: int, inputs: list[ChunkInput]) -> dict[str, Any]:
        """Slice `k`'s vectors, and what the benchmark reports: seconds in the model, pid, torch threads."""
        import torch

        t = time.perf_counter()
        out = embed_chunks(self.embedder, inputs, mode=self.settings.embed_passes,
                           batch_size=self.settings.embed_batch)
        return {"k": k, "out": out, "seconds": time.perf_counter() - t, "pid": os.getpid(),
                "threads": torch.get_num_threads()}


def _start_pool(ray: Any, settings: Settings) -> list[Any]:
    """One embedding actor per CPU of each live node (per GPU on a node with GPUs), started now so the model loads
    while Ray Data's clean and split tasks run."""
    # They reserve no CPU (else those tasks could not run) but are pinned (softly) to their node, one per CPU, and
    # embed only once the per-article stages are done. A killed actor is restarted (reloading the model) and its slice
    # retried.
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    actor = ray.remote(_Embed)
    pool = []
    for node in ray.nodes():
        resources = node.get("Resources", {}) if node.get("Alive") else {}
        gpus = int(resources.get("GPU", 0))
        for _ in range(gpus or int(resources.get("CPU", 0))):
            pool.append(actor.options(
                num_cpus=0, num_gpus=1 if gpus else 0, max_restarts=-1, max_task_retries=-1,
                scheduling_strategy=NodeAffinitySchedulingStrategy(node["NodeID"], soft=True),
            ).remote(settings, 1))
    return pool or [actor.options(num_cpus=0, max_restarts=-1, max_task_retries=-1).remote(settings, 1)]


def _embed_on(ray: Any, settings: Settings, actors: list[Any]) -> Any:
    def embed(embedder: Any, inputs: Sequence[ChunkInput], *, mode: str, batch_size: int, progress: bool = False
              ) -> ChunkVectors:
        """`embed_chunks` on the actor pool, a slice of `passes.SLICE` chunks per call as in this process (in
        "sentences" mode each slice reads the same batches, so vectors are the same bit for bit)."""
        if (mode, batch_size) != (settings.embed_passes, settings.embed_batch):
            raise ValueError("the Ray pool embeds with the build's own settings")
        slices = [list(inputs[k:k + SLICE]) for k in range(0, len(inputs), SLICE)]
        if not slices:
            return embed_chunks(embedder, [], mode=mode, batch_size=batch_size)
        # An idle actor takes the next slice: none holds a queue while another idles. Results come in order.
        rows = ray.util.ActorPool(actors).map(lambda a, job: a.embed.remote(*job), list(enumerate(slices)))
        label = f"Embedding {len(inputs):,} chunks on {len(actors)} Ray actors" if progress else ""
        done = list(_progress(rows, len(slices), label))
        for r in done:
            n, s, _ = ACTORS.get(r["pid"], (0, 0.0, 0))
            ACTORS[r["pid"]] = (n + len(slices[r["k"]]), s + r["seconds"], r["threads"])
        logger.info("embedded %d chunks in %d slices on %d Ray actors", len(inputs), len(slices), len(actors))
        outs = [r["out"] for r in done]
        return ChunkVectors(np.concatenate([o.chunks for o in outs]), np.concatenate([o.sentences for o in outs]),
                            sum(o.word_pieces for o in outs))
    return embed


def _progress(rows: Iterator[dict[str, Any]], total: int, label: str) -> Iterator[dict[str, Any]]:
    """`rows` as they come, under a tqdm bar labelled `label` counting slices ("" for none)."""
    if not label:
        return rows
    quiet_notebook_check()
    from tqdm.auto import tqdm

    return iter(tqdm(rows, total=total, desc=label, unit=" slices"))


# Actor pid -> (chunks embedded, seconds in the model, torch threads), added up over this process's Ray builds
# (for benchmarks).
ACTORS: dict[int, tuple[int, float, int]] = {}
