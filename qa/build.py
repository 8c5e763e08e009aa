"""build_index(): folder -> articles -> clean text -> sentences and chunks -> BM25 + FAISS, swapped in whole.

Embeddings are reused by content hash from the live version, so a rebuild embeds only new or changed text.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import metadata as pkg_metadata
from pathlib import Path

import numpy as np

from qa import dense, sparse, store
from qa.chunk import chunk_article, split_long
from qa.clean import clean_article
from qa.config import PIPELINE_VERSION, Settings
from qa.dedup import duplicate_groups
from qa.embed import Embedder, content_hash, load_embedder
from qa.errors import CorpusError, IndexCorruptError, QAError
from qa.load import corpus_fingerprint, load_corpus
from qa.records import Article, Chunk, IndexStats, Sentence, Skipped
from qa.sentences import split_sentences
from qa.tokens import tokenize

logger = logging.getLogger(__name__)

MAX_TITLE_PREFIX_TOKENS = 40  # longer titles are not prepended to chunks (they would crowd out the text)


@dataclass(frozen=True, slots=True)
class Split:
    """Every article's sentences and chunks, with chunk sentence indices global across the corpus."""

    articles: list[Article]
    sentences: list[Sentence]
    sentence_doc: list[int]
    chunks: list[Chunk]
    chunk_doc: list[int]
    chunk_inputs: list[str]  # what the model and BM25 see: title line + chunk text


def display_title(article: Article) -> str:
    """The article's headline, or its file name when it has none."""
    return article.title or Path(article.path).name


def _title_prefix(title: str, count_tokens: Callable[[str], int]) -> tuple[str, int]:
    if not title:
        return "", 0
    n = count_tokens(title)
    return (f"{title}\n", n) if n <= MAX_TITLE_PREFIX_TOKENS else ("", 0)


@dataclass(frozen=True, slots=True)
class ArticleSplit:
    """One article's sentences and chunks (chunk sentence indices local to the article, n_tokens with title)."""

    title: str
    text: str
    sentences: list[Sentence]
    chunks: list[Chunk]


def split_article(article: Article, settings: Settings, count_tokens: Callable[[str], int]) -> ArticleSplit:
    """Sentences (over-long ones cut at whitespace to fit) and sentence-aligned, overlapping chunks."""
    _, prefix_tokens = _title_prefix(article.title, count_tokens)
    budget = settings.chunk_tokens - prefix_tokens
    sentences = split_long(split_sentences(article), count_tokens=count_tokens, max_tokens=budget)
    chunks = chunk_article(article, sentences, count_tokens=count_tokens, max_tokens=settings.chunk_tokens,
                           overlap=settings.overlap_sentences, prefix_tokens=prefix_tokens)
    return ArticleSplit(article.title, article.text, sentences,
                        [replace(c, n_tokens=c.n_tokens + prefix_tokens) for c in chunks])


def split_corpus(articles: Sequence[Article], settings: Settings, count_tokens: Callable[[str], int],
                 previous: Mapping[str, ArticleSplit] | None = None) -> Split:
    """Every article split, reusing `previous` splits of articles whose title and text are unchanged."""
    out = Split(list(articles), [], [], [], [], [])
    for doc, article in enumerate(articles):
        done = (previous or {}).get(article.doc_id)
        if done is None or done.text != article.text or done.title != article.title:
            done = split_article(article, settings, count_tokens)
        prefix, _ = _title_prefix(article.title, count_tokens)
        base = len(out.sentences)
        out.sentences.extend(done.sentences)
        out.sentence_doc.extend([doc] * len(done.sentences))
        for c in done.chunks:
            out.chunks.append(replace(c, first_sentence=c.first_sentence + base, last_sentence=c.last_sentence + base))
            out.chunk_doc.append(doc)
            out.chunk_inputs.append(prefix + c.text)
    return out


def _previous_splits(index_dir: Path, settings: Settings) -> dict[str, ArticleSplit]:
    """Each article's split in the live version, when it was built with these settings and pipeline (else empty)."""
    try:
        version = store.current_version(index_dir)
        manifest = store.read_manifest(version)
        if manifest.get("settings") != settings.build_key() or manifest.get("pipeline") != PIPELINE_VERSION:
            return {}
        store.verify_files(version, manifest)
        articles = store.read_articles(version)
        splits = {a.doc_id: ArticleSplit(a.title, a.text, [], []) for a in articles}
        firsts: dict[int, int] = {}
        for row, r in enumerate(store.read_jsonl(version / "sentences.jsonl")):
            a = articles[r["doc"]]
            firsts.setdefault(r["doc"], row)
            splits[a.doc_id].sentences.append(Sentence(a.doc_id, r["start"], r["end"], a.text[r["start"]:r["end"]]))
        for r in store.read_jsonl(version / "chunks.jsonl"):
            a, base = articles[r["doc"]], firsts[r["doc"]]
            splits[a.doc_id].chunks.append(Chunk(r["chunk_id"], a.doc_id, r["start"], r["end"],
                                                 a.text[r["start"]:r["end"]], r["n_tokens"],
                                                 r["first_sentence"] - base, r["last_sentence"] - base))
        return splits
    except (QAError, KeyError, TypeError, ValueError, IndexError) as e:  # a damaged index: split afresh
        logger.info("not reusing sentence splits from %s: %s", index_dir, e)
        return {}


def _previous_vectors(index_dir: Path, model: str) -> dict[str, np.ndarray]:
    """hash -> vector from the live version built with the same model; empty when there is none."""
    try:
        version = store.current_version(index_dir)
        manifest = store.read_manifest(version)
        if manifest.get("model", {}).get("name") != model:
            return {}
        store.verify_files(version, manifest)
        cache: dict[str, np.ndarray] = {}
        chunk_rows = store.read_jsonl(version / "chunks.jsonl")
        vectors = dense.vectors_of(dense.read_dense(version / "dense.faiss"))
        cache.update((row["hash"], vectors[i]) for i, row in enumerate(chunk_rows))
        sentence_rows = store.read_jsonl(version / "sentences.jsonl")
        svectors = np.load(version / "sentence_vectors.npy", allow_pickle=False)
        dim = manifest["model"]["dim"]
        if vectors.shape != (len(chunk_rows), dim) or svectors.shape != (len(sentence_rows), dim):
            raise ValueError("vector shapes disagree with the manifest")
        cache.update((row["hash"], svectors[i].astype(np.float32)) for i, row in enumerate(sentence_rows))
        return cache
    except (QAError, KeyError, TypeError, ValueError, IndexError, RuntimeError) as e:  # a damaged or planted file
        logger.info("not reusing embeddings from %s: %s", index_dir, e)
        return {}


def embed_with_cache(embedder: Embedder, texts: Sequence[str], cache: dict[str, np.ndarray], *,
                     batch_size: int, progress: bool) -> tuple[np.ndarray, list[str], int]:
    """Vectors for `texts`, embedding only texts whose hash is not cached; returns (vectors, hashes, n_new)."""
    hashes = [content_hash(embedder.name, t) for t in texts]
    todo = {h: t for h, t in zip(hashes, texts, strict=True) if h not in cache}
    if todo:
        fresh = embedder.encode(list(todo.values()), batch_size=batch_size, progress=progress)
        cache.update(zip(todo.keys(), fresh, strict=True))
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, h in enumerate(hashes):
        vectors[i] = cache[h]
    return vectors, hashes, len(todo)


def _versions() -> dict[str, str]:
    out = {}
    for name in ("article-qa", "faiss-cpu", "sentence-transformers", "rank-bm25", "numpy"):
        try:
            out[name] = pkg_metadata.version(name)
        except pkg_metadata.PackageNotFoundError:
            pass
    return out


def _write_version(folder: Path, split: Split, chunk_vectors: np.ndarray, chunk_hashes: list[str],
                   sentence_vectors: np.ndarray, sentence_hashes: list[str], chunk_dups: list[int],
                   sentence_dups: list[int], bm25: sparse.SparseIndex, timings: dict[str, float]) -> None:
    t = time.perf_counter()
    index = dense.build_dense(chunk_vectors)
    dense.write_dense(index, folder / "dense.faiss")
    timings["faiss"] = time.perf_counter() - t
    t = time.perf_counter()
    sparse.write_sparse(bm25, folder)
    np.save(folder / "sentence_vectors.npy", sentence_vectors.astype(np.float16), allow_pickle=False)
    store.write_jsonl(folder / "articles.jsonl", (store.article_row(a) for a in split.articles))
    store.write_jsonl(folder / "chunks.jsonl", (
        {"chunk_id": c.chunk_id, "doc": split.chunk_doc[i], "start": c.start, "end": c.end,
         "n_tokens": c.n_tokens, "first_sentence": c.first_sentence, "last_sentence": c.last_sentence,
         "dup_of": chunk_dups[i], "hash": chunk_hashes[i]}
        for i, c in enumerate(split.chunks)))
    store.write_jsonl(folder / "sentences.jsonl", (
        {"doc": split.sentence_doc[i], "start": s.start, "end": s.end, "dup_of": sentence_dups[i],
         "hash": sentence_hashes[i]}
        for i, s in enumerate(split.sentences)))
    timings["write"] = time.perf_counter() - t


def build_index(source: str | Path = "articles", index_dir: str | Path = "index", *,
                settings: Settings | None = None, progress: bool = False, wait: bool = False) -> IndexStats:
    """Build (or rebuild) the index of the articles under `source` into `index_dir`, atomically.

    Raises:
        CorpusError: `source` is missing or holds no readable article.
        IndexBusyError: another build holds `index_dir` (unless `wait`).
    """
    started = time.perf_counter()
    source = Path(source)
    timings: dict[str, float] = {}
    t = time.perf_counter()
    corpus = load_corpus(source)
    fingerprint = corpus_fingerprint(source)
    timings["load"] = time.perf_counter() - t
    if not corpus.articles:
        raise CorpusError(f"no readable articles in {source} ({len(corpus.skipped)} files skipped): "
                          "add .txt, .md, .html, .json or .jsonl files")
    t = time.perf_counter()
    articles = [clean_article(raw) for raw in corpus.articles]
    timings["clean"] = time.perf_counter() - t
    corpus_meta = {"source": str(source.resolve()), "fingerprint": fingerprint}
    return _build(articles, Path(index_dir), settings or Settings(), corpus_meta=corpus_meta,
                  skipped=corpus.skipped, timings=timings, started=started, progress=progress, wait=wait)


def add_to_index(paths: Sequence[str | Path], index_dir: str | Path = "index", *, progress: bool = False,
                 wait: bool = False, model: str | None = None) -> IndexStats:
    """Add (or replace, by doc_id) the articles read from `paths`; unchanged text is not re-embedded."""
    started = time.perf_counter()
    loaded = [load_corpus(p) for p in paths]
    new = [clean_article(raw) for c in loaded for raw in c.articles]
    skipped = tuple(s for c in loaded for s in c.skipped)
    if not new:
        raise CorpusError(f"no readable articles in {', '.join(map(str, paths))}: "
                          "pass .txt, .md, .html, .json or .jsonl files")
    return _edit(Path(index_dir), add=new, remove=(), skipped=skipped, started=started, progress=progress,
                 wait=wait, model=model)


def remove_from_index(doc_ids: Sequence[str], index_dir: str | Path = "index", *, wait: bool = False,
                      model: str | None = None) -> IndexStats:
    """Drop the articles with these doc_ids (a doc_id the index lacks is a user error)."""
    return _edit(Path(index_dir), add=(), remove=doc_ids, skipped=(), started=time.perf_counter(),
                 progress=False, wait=wait, model=model)


def _edit(index_dir: Path, *, add: Sequence[Article], remove: Sequence[str], skipped: tuple[Skipped, ...],
          started: float, progress: bool, wait: bool, model: str | None) -> IndexStats:
    version = store.current_version(index_dir)
    manifest = store.read_manifest(version)
    store.model_to_load(version, manifest, model)
    store.verify_files(version, manifest)
    articles = {a.doc_id: a for a in store.read_articles(version)}
    missing = [d for d in remove if d not in articles]
    if missing:
        raise QAError(f"no article {', '.join(map(repr, missing))} in {index_dir}: see `qa-index stats`")
    for doc_id in remove:
        del articles[doc_id]
    articles.update((a.doc_id, a) for a in add)
    if not articles:
        raise CorpusError(f"removing {', '.join(remove)} would leave {index_dir} empty: build another corpus")
    settings = Settings(**manifest["settings"])
    corpus_meta = {**manifest["corpus"], "fingerprint": "edited"}  # no longer the source folder as it is
    return _build(list(articles.values()), index_dir, settings, corpus_meta=corpus_meta, skipped=skipped,
                  timings={}, started=started, progress=progress, wait=wait)


def _build(articles: list[Article], index_dir: Path, settings: Settings, *, corpus_meta: dict[str, str],
           skipped: tuple[Skipped, ...], timings: dict[str, float], started: float, progress: bool,
           wait: bool) -> IndexStats:
    """Split, dedup, tokenize, embed (reusing cached vectors) and commit a new version of `index_dir`."""
    store.require_dir(index_dir, "index folder")
    articles = sorted(articles, key=lambda a: a.doc_id)  # row order independent of how the corpus was edited
    embedder = load_embedder(settings.model, dtype=settings.dtype)
    t = time.perf_counter()
    split = split_corpus(articles, settings, lru_cache(maxsize=1 << 16)(embedder.count_tokens),
                         _previous_splits(index_dir, settings))
    timings["split"] = time.perf_counter() - t
    t = time.perf_counter()
    # Neighbouring chunks of one article share an overlap sentence and the title: not duplicates of each other.
    chunk_dups = duplicate_groups(split.chunk_inputs, threshold=settings.dedup_threshold, sources=split.chunk_doc)
    sentence_dups = duplicate_groups([s.text for s in split.sentences], threshold=settings.dedup_threshold)
    timings["dedup"] = time.perf_counter() - t
    t = time.perf_counter()
    bm25 = sparse.build_sparse([tokenize(x) for x in split.chunk_inputs], k1=settings.bm25_k1,
                               b=settings.bm25_b, epsilon=settings.bm25_epsilon)
    timings["bm25"] = time.perf_counter() - t
    with store.build_lock(index_dir, wait=wait):
        cache = _previous_vectors(index_dir, settings.model)
        t = time.perf_counter()
        chunk_vectors, chunk_hashes, new_chunks = embed_with_cache(
            embedder, split.chunk_inputs, cache, batch_size=settings.embed_batch, progress=progress)
        sentence_vectors, sentence_hashes, new_sentences = embed_with_cache(
            embedder, [s.text for s in split.sentences], cache, batch_size=settings.embed_batch,
            progress=progress)
        timings["embed"] = time.perf_counter() - t
        folder = store.new_build_dir(index_dir)
        _write_version(folder, split, chunk_vectors, chunk_hashes, sentence_vectors, sentence_hashes,
                       chunk_dups, sentence_dups, bm25, timings)
        counts = {"articles": len(articles), "chunks": len(split.chunks), "sentences": len(split.sentences),
                  "skipped": len(skipped)}
        manifest = {
            "model": {"name": settings.model, "dim": embedder.dim, "max_tokens": embedder.max_tokens},
            "settings": settings.build_key(),
            "pipeline": PIPELINE_VERSION,
            "corpus": corpus_meta,
            "counts": counts,
            "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "versions": _versions(),
        }
        version = store.commit_build(index_dir, folder, manifest)
    n_new = new_chunks + new_sentences
    return IndexStats(
        index_dir=str(version), n_articles=len(articles), n_chunks=len(split.chunks),
        n_sentences=len(split.sentences), n_duplicate_chunks=sum(d != i for i, d in enumerate(chunk_dups)),
        n_embedded=n_new, n_reused=len(split.chunks) + len(split.sentences) - n_new,
        skipped=skipped, seconds=time.perf_counter() - started, stage_seconds=timings,
    )


def index_is_current(source: str | Path, index_dir: str | Path, settings: Settings | None = None) -> bool:
    """True when `index_dir` holds a sound index of `source` as it is now, built with these settings by this
    version of the pipeline."""
    settings = settings or Settings()
    try:
        version = store.current_version(Path(index_dir))
        manifest = store.read_manifest(version)
        store.verify_files(version, manifest, checksums=False)
    except (QAError, IndexCorruptError):
        return False
    return (manifest.get("settings") == settings.build_key() and manifest.get("pipeline") == PIPELINE_VERSION
            and manifest.get("corpus", {}).get("fingerprint") == corpus_fingerprint(Path(source)))
