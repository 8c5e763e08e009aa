"""build_index(): folder -> articles -> clean text -> sentences and chunks -> BM25 + FAISS, swapped in whole.

Every build, add and remove takes the index folder's lock FIRST, then reads the live version, so two edits
never work from the same old version (one would silently drop the other's articles), and a second build is
refused before it does any work. Embeddings are reused by content hash from the live version, so a rebuild
embeds only new or changed text; past the flat/HNSW threshold its HNSW graph is updated, not built again
(`qa.graph`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from qa import bm25_files, bm25_update, carry, cycles, graph, links, rows, store, text_rows, token_rows, vector_rows
from qa.article_carry import articles_before, write_articles
from qa.clean import clean_article
from qa.config import PIPELINE_VERSION, Settings
from qa.corpus import Placed, corpus_folder, edited_files, files_to_remove, place, read_source, require_apart, take_out
from qa.embed import load_embedder, shown
from qa.errors import CorpusError, IndexMissingError, QAError, os_failure
from qa.kept_settings import choices, chosen, for_build, kept, note
from qa.load import corpus_fingerprint
from qa.manifest import TABLE_FORMATS, CorpusInfo, Counts, FileEntry, Manifest, ModelInfo, package_versions
from qa.previous import Embedded, Previous, Reuse, embed_split, load_previous
from qa.records import Article, IndexStats, Skipped
from qa.spans import chunk_ids_of
from qa.split import Split, assemble
from qa.walk import FORMATS, display_name
from qa.workers import LOCAL, Workers

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildPlan:
    """One build: the articles to index, where, how, and what to record about where they came from."""

    articles: tuple[Article, ...]
    index_dir: Path
    settings: Settings
    corpus: CorpusInfo
    skipped: tuple[Skipped, ...] = ()  # what this build (or an add) skipped, for its summary
    progress: bool = False
    started: float = field(default_factory=time.perf_counter)
    workers: Workers = LOCAL
    in_folder: int | None = None  # skipped files the folder holds, when not `skipped` (an add copies none in)
    chosen: tuple[str, ...] | None = None  # the build settings its user chose (None: those `settings` has)


@dataclass(frozen=True, slots=True)
class Edit:
    """An add or a remove: files or folders to copy into the corpus and index, or doc_ids to drop."""

    add: tuple[Path, ...] = ()
    remove: tuple[str, ...] = ()


def build_index(source: str | Path = "articles", index_dir: str | Path = "index", *,
                settings: Settings | None = None, progress: bool | None = None, wait: bool = False,
                ray: str | None = None) -> IndexStats:
    """Build (or rebuild) the index of the articles under `source` into `index_dir`, atomically.

    `progress`: the embedding's progress bar on stderr, as `qa-index build` shows it; None (the default) shows it
    on a terminal or in a notebook, False never. `ray`: "auto" (the cluster in RAY_ADDRESS, else a local Ray instance)
    or a cluster's address runs the per-article steps and the model on Ray (the extra `cluster`); the index is the
    same. `settings` None: the index's own build settings (chunk size, overlap, ...: those it was built with other
    than the defaults; `stats.notes` says which), and the bundled model, but over an index of another model
    IndexStaleError says to name it. Given: every build setting as it says (a change is noted too).

    Raises:
        CorpusError: `source` is missing or holds no readable article.
        IndexStaleError: no `settings`, and `index_dir` holds an index built with another model than the bundled one.
        IndexBusyError: another build holds `index_dir` (unless `wait`).
        QAError: `ray` is given and Ray is not installed, or the cluster cannot be reached.
    """
    started, source, index_dir, progress = time.perf_counter(), Path(source), Path(index_dir), shown(progress)
    store.require_dir(index_dir, "index folder")
    require_apart(source, index_dir)
    picked = for_build(index_dir, settings)  # the CLI's and the UI's path too (`qa.kept_settings`)
    settings = picked.settings
    with store.build_lock(index_dir, wait=wait), _os_errors(index_dir, "build"), \
            _workers(ray, settings, progress) as workers:
        timings: dict[str, float] = {}
        t = time.perf_counter()
        read = read_source(source)  # one walk: the files read are the ones fingerprinted and recorded
        corpus, timings["load"] = read.corpus, time.perf_counter() - t
        if not corpus.articles:
            raise CorpusError(f"no readable articles in {source} ({len(corpus.skipped)} files skipped): "
                              f"add {FORMATS} files")
        t = time.perf_counter()
        articles = tuple(workers.clean(corpus.articles))
        timings["clean"] = time.perf_counter() - t
        plan = BuildPlan(articles, index_dir, settings, _corpus_info(source, read.fingerprint, read.files),
                         corpus.skipped, progress, started, workers)
        stats = _build(plan, load_previous(_live(index_dir), settings), timings)
    return dataclasses.replace(stats, notes=tuple(filter(None, [picked.note])))  # which settings it kept or changed


@contextlib.contextmanager
def _workers(ray: str | None, settings: Settings, progress: bool) -> Iterator[Workers]:
    """This process's workers, or a Ray cluster's for the length of the build (`qa.cluster`)."""
    if ray is None:
        yield LOCAL
        return
    from qa.cluster import ray_workers

    with ray_workers(ray, settings, progress=progress) as workers:
        yield workers


@contextlib.contextmanager
def _os_errors(index_dir: Path, command: str) -> Iterator[None]:
    """An OS error while building (a full disk, a read-only folder) as one line naming the path and the fix."""
    try:
        yield
    except OSError as e:
        raise os_failure(e, f"building the index in {index_dir}", f"qa-index {command} --index {index_dir}") from e


def _live(index_dir: Path) -> store.Version | None:
    """The live version to reuse from, or None (none yet, or damaged: then nothing is reused)."""
    try:
        return store.open_version(index_dir)
    except QAError as e:
        if not isinstance(e, IndexMissingError):
            logger.info("not reusing anything from %s: %s", index_dir, e)
        return None


def add_to_index(paths: Sequence[str | Path], index_dir: str | Path = "index", *, progress: bool | None = None,
                 wait: bool = False, model: str | None = None, settings: Settings | None = None) -> IndexStats:
    """Copy the files in `paths` into the index's corpus folder (never over another file of that name) and index their
    articles (replacing any of the same doc_id); unchanged text is not re-embedded. `progress` as `build_index`'s."""
    # `settings`: its knobs outside `build_key` (the HNSW ones); the index's own build settings always hold.
    return _edit(Path(index_dir), Edit(add=tuple(map(Path, paths))), progress=shown(progress), wait=wait, model=model,
                 settings=settings)


def remove_from_index(doc_ids: Sequence[str], index_dir: str | Path = "index", *, wait: bool = False,
                      model: str | None = None, settings: Settings | None = None) -> IndexStats:
    """Drop the articles with these doc_ids and move their files to the corpus folder's `.removed/`."""
    return _edit(Path(index_dir), Edit(remove=tuple(doc_ids)), progress=False, wait=wait, model=model,
                 settings=settings)


def _edit(index_dir: Path, edit: Edit, *, progress: bool, wait: bool, model: str | None,
          settings: Settings | None) -> IndexStats:
    started = time.perf_counter()
    store.current_version(index_dir)  # no index yet: say so, without creating the folder for a lock
    command = "add" if edit.add else "remove"
    with store.build_lock(index_dir, wait=wait, command=command), _os_errors(index_dir, command), cycles.paused():
        version = store.open_version(index_dir)
        store.model_to_load(version.path, version.manifest, model)
        settings = version.manifest.build_settings(settings)  # always the index's own build settings: said so
        said = note(version.manifest, settings)
        previous = load_previous(version, settings)
        articles = {a.doc_id: a for a in previous.articles or rows.read_articles(version.path, version.manifest)}
        folder = corpus_folder(version.manifest, index_dir)
        was_current = version.manifest.corpus.fingerprint == corpus_fingerprint(folder)
        placed, before = _place(edit, articles, folder, index_dir), tuple(articles.values())
        try:
            for doc_id in edit.remove:
                del articles[doc_id]
            articles.update((a.doc_id, a) for a in map(clean_article, placed.articles))
            # Still the folder as it is, if it was before this edit: a later `build --if-stale` has nothing to do.
            fingerprint = corpus_fingerprint(folder) if was_current else "edited"
            plan = BuildPlan(tuple(articles.values()), index_dir, settings,
                             _corpus_info(folder, fingerprint, edited_files(version.manifest.corpus.files, before,
                                                                            articles.values())),
                             placed.skipped, progress, started, in_folder=version.manifest.counts.skipped,
                             chosen=tuple(chosen(version.manifest)))
            stats = _build(plan, previous, {})
        except BaseException:
            placed.undo()
            raise
        return dataclasses.replace(stats, notes=(*placed.notes, *([said] if said else [])))


def _place(edit: Edit, articles: dict[str, Article], folder: Path, index_dir: Path) -> Placed:
    """Copy an add's files into the corpus folder, or move a remove's files out of it (checked first)."""
    if not edit.add:
        return take_out(folder, files_to_remove(articles, edit.remove, index_dir))
    placed = place(edit.add, folder)
    if not placed.articles:
        raise CorpusError(f"no readable articles in {', '.join(map(str, edit.add))}: "
                          f"pass {FORMATS} files")
    return placed


def _corpus_info(source: Path, fingerprint: str, files: Iterable[str]) -> CorpusInfo:
    """What the manifest records of the corpus: the source as shown, its folder (none for one file), the files."""
    resolved = source.resolve()
    return CorpusInfo(display_name(str(resolved)), fingerprint, str(resolved) if resolved.is_dir() else "",
                      tuple(sorted(set(files))))


def _build(plan: BuildPlan, previous: Previous, timings: dict[str, float]) -> IndexStats:
    """Split, dedup, tokenize, embed (reusing cached vectors) and commit a new version (under the lock)."""
    settings = plan.settings
    articles = sorted(plan.articles, key=lambda a: a.doc_id)  # row order independent of how the corpus was edited
    embedder = load_embedder(settings.model, dtype=settings.dtype)
    t = time.perf_counter()
    prepared = plan.workers.prepare(articles, settings, previous.splits)
    split = assemble(articles, prepared)
    timings["split"] = time.perf_counter() - t
    t = time.perf_counter()
    # Neighbouring chunks of one article share an overlap sentence and the title: not duplicates of each other.
    rows_of = carry.carried(articles, prepared, previous.rows)
    dedup = carry.dedup_split(split, rows_of, previous.rows, settings.dedup_threshold)
    chunk_dups, sentence_dups = dedup.chunks.dup_of.tolist(), dedup.sentences.dup_of.tolist()
    timings["dedup"] = time.perf_counter() - t
    t = time.perf_counter()
    docs = token_rows.Docs(articles, prepared)
    keys = token_rows.chunk_keys(docs, rows_of.chunks, previous.rows, previous.bm25) \
        if bm25_update.updatable(previous.bm25, settings) else None  # a full build digests the tokens once
    bm25 = bm25_update.sparse_for(docs, previous.bm25, settings, keys)
    timings["bm25"] = time.perf_counter() - t
    logger.info("BM25: %s (%d removed, %d in the delta)", bm25.how, bm25.deleted, bm25.delta)
    t = time.perf_counter()
    reuse = Reuse(previous.vectors, rows_of) if previous.vectors is not None else None
    embedded = embed_split(embedder, split, reuse, settings, progress=plan.progress, embed=plan.workers.embed)
    timings["embed"] = time.perf_counter() - t
    counts = Counts(articles=len(articles), chunks=len(split.chunks), sentences=len(split.sentences),
                    skipped=len(plan.skipped) if plan.in_folder is None else plan.in_folder)
    manifest = Manifest(
        model=ModelInfo(settings.model, embedder.dim, embedder.max_tokens), settings=settings.build_key(),
        pipeline=PIPELINE_VERSION, corpus=plan.corpus, counts=counts,
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), versions=package_versions(),
        chosen=choices(settings) if plan.chosen is None else plan.chosen,
    )
    t = time.perf_counter()
    dense_index = graph.dense_for(embedded.chunks, embedded.chunk_source, previous.graph, settings)
    timings["faiss"] = time.perf_counter() - t
    logger.info("dense index: %s (%d inserted, %d deleted)", dense_index.how, dense_index.inserted,
                dense_index.deleted)
    folder = store.new_build_dir(plan.index_dir)
    try:
        t = time.perf_counter()
        linked = links.link_unchanged(previous.version, bm25.linked, folder)
        linked |= vector_rows.write(folder, embedded.sentences, previous.version)
        linked |= graph.write(folder, dense_index, previous.version)
        bm25_files.write_sparse(bm25.index, folder, skip=frozenset(linked))
        linked |= _write_version(folder, split, embedded, (chunk_dups, sentence_dups), previous, rows_of.chunks)
        linked |= text_rows.write_texts(folder, split.articles, text_rows.texts_before(previous))
        rows.write_words(folder, carry.word_counts(articles, prepared, previous.rows))
        carry.write_title_tokens(folder, prepared)
        linked |= carry.write_dedup(folder, dedup, previous.version)
        timings["write"] = time.perf_counter() - t
        t = time.perf_counter()
        version = store.commit_build(plan.index_dir, folder, manifest, known=linked)
        timings["commit"] = time.perf_counter() - t
    except BaseException:  # a full disk, say: leave no half-written folder filling it until the next build
        shutil.rmtree(folder, ignore_errors=True)
        raise
    n_items = len(split.chunks) + len(split.sentences)
    return IndexStats(
        index_dir=str(version), n_articles=len(articles), n_chunks=len(split.chunks),
        n_sentences=len(split.sentences), n_duplicate_chunks=sum(d != i for i, d in enumerate(chunk_dups)),
        n_embedded=embedded.n_new, n_reused=n_items - embedded.n_new, skipped=plan.skipped,
        seconds=time.perf_counter() - plan.started, stage_seconds=timings, word_pieces=embedded.word_pieces,
    )


def _write_version(folder: Path, split: Split, embedded: Embedded, dups: tuple[list[int], list[int]],
                   previous: Previous, chunk_rows: np.ndarray) -> dict[str, FileEntry]:
    """The article files and the chunk and sentence tables; id and key columns in segments (`qa.text_rows`)."""
    chunk_dups, sentence_dups = dups
    write_articles(folder, split.articles, articles_before(previous))  # the text column: `qa.text_rows`
    strings = partial(text_rows.write_column, version=previous.version)
    ids = text_rows.carried_ids(chunk_ids_of(split.chunks), previous.rows, chunk_rows, previous.version)
    linked = rows.write_chunks(folder, rows.chunk_columns(split.chunks, split.chunk_doc, chunk_dups), ids,
                               embedded.chunk_hashes, strings=strings)
    return linked | rows.write_sentences(folder, rows.sentence_columns(split.sentences, split.sentence_doc,
                                                                       sentence_dups), embedded.sentence_hashes,
                                         strings=strings)


def index_is_current(source: str | Path, index_dir: str | Path, settings: Settings | None = None) -> bool:
    """True when `index_dir` holds a sound index (its files checked as a load checks them) of `source` as it is now
    (`corpus_fingerprint`), built with these settings (None: the ones a rebuild naming none keeps, `qa.kept_settings`:
    its chosen ones, its own model's compared, never loaded) by this version of the pipeline and index format."""
    try:  # checksummed where its trust record does not vouch for a file: a damaged index is rebuilt, not served
        manifest = store.open_version(index_dir).manifest
    except QAError:
        return False
    settings = settings or kept(manifest)
    return (manifest.settings == settings.build_key() and manifest.pipeline == PIPELINE_VERSION
            and manifest.format in TABLE_FORMATS
            and manifest.corpus.fingerprint == corpus_fingerprint(Path(source)))
