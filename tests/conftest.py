"""Shared fixtures: the real model, and one index over the shipped articles built once per session."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from qa.embed import offline_environment
from qa.records import Article, OffsetMap

offline_environment()
# torch's OpenMP threads sleep when they run out of work instead of spinning for it: a spinning thread holds a core the
# processes beside it need (our ui.py servers, build subprocesses, chromium; on CI, whatever else runs). Set before
# torch is first imported, so this process and every subprocess of a test read it; results are the same either way.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "articles"
SHARED_DATA = REPO.parent / "shared" / "data"
# The files that take longest (pytest --durations on this 2-core machine, longest first), run before the rest: `make
# test` runs two workers (pytest-xdist, a file at a time), and a long file started last would leave the other worker
# idle till it ends. Only the order changes: each file's tests keep their order, and every test runs.
LONGEST_FIRST = ("test_ray_build.py", "test_browser_chats.py", "test_progress.py", "test_concurrency.py",
                 "test_browser_articles.py", "test_concurrent_edits.py", "test_fuzz_index.py", "test_incremental.py",
                 "test_terminal.py", "test_crash.py", "test_dedup.py", "test_browser_filters.py", "test_blas_idle.py",
                 "test_os_failures.py", "test_browser.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files of LONGEST_FIRST first, in its order; the rest after them as collected."""
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory) -> Path:
    """An index over a copy of articles/, built with the real model (once per test session)."""
    from qa.build import build_index

    root = tmp_path_factory.mktemp("shipped")
    corpus = root / "articles"
    shutil.copytree(ARTICLES, corpus)
    build_index(corpus, root / "index")
    return root / "index"


@pytest.fixture(scope="session")
def loaded(shipped_index):
    from qa.retrieve import load_index

    return load_index(shipped_index)


def needs_shared_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test saying why (a user's clone has no ../shared)."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: public evaluation data lives in ../shared/data beside the repo")
    return path


@pytest.fixture(scope="session")
def multihop_few(tmp_path_factory):
    """A loaded index of five MultiHop-RAG articles (Simply Homes, Mastercard, Spotify, Nike: CEOs, CFOs, funding,
    revenue; Arizona v Utah: a score), built with the real model once per session; skipped without ../shared/data."""
    titles = ("Simply Homes", "Mastercard", "Spotify", "Nike misses", "Arizona dominates")
    return multihop_index(tmp_path_factory.mktemp("multihop_few"), titles)


def multihop_index(root: Path, titles: tuple[str, ...]):
    """A loaded index, built under `root` with the real model, of the MultiHop-RAG articles whose title holds one of
    `titles`; the test skips without ../shared/data."""
    from qa.build import build_index
    from qa.retrieve import load_index

    records = json.loads(needs_shared_data("multihop-rag", "corpus.json").read_text(encoding="utf-8"))
    keep = [r for r in records if any(k in r["title"] for k in titles)]
    (root / "articles").mkdir()
    (root / "articles" / "articles.json").write_text(json.dumps(keep), encoding="utf-8")
    build_index(root / "articles", root / "index")
    return load_index(root / "index")


def copy_shipped(shipped_index: Path, corpus: Path, index_dir: Path) -> None:
    """Copy the shipped articles and their index, the copy's manifest naming the copied corpus folder (so an
    `add` or `remove` on the copy changes the copied folder, never the session's)."""
    from qa.load import corpus_fingerprint

    shutil.copytree(shipped_index.parent / "articles", corpus)
    shutil.copytree(shipped_index, index_dir)
    for path in index_dir.glob("v-*/manifest.json"):
        manifest = json.loads(path.read_text())
        manifest["corpus"].update(source=str(corpus.resolve()), folder=str(corpus.resolve()),
                                  fingerprint=corpus_fingerprint(corpus))  # a copy's files are new ones: up to date
        path.write_text(json.dumps(manifest))


@pytest.fixture
def shipped_copy(shipped_index, tmp_path) -> tuple[Path, Path]:
    """(corpus, index) copies of the shipped articles and their built index, for a test that changes them."""
    corpus, index_dir = tmp_path / "articles", tmp_path / "index"
    copy_shipped(shipped_index, corpus, index_dir)
    return corpus, index_dir


def _forge_checksums(version: Path) -> None:
    """What an attacker who edits index files does: make the manifest agree with them."""
    from qa import store

    path = version / store.MANIFEST
    manifest = json.loads(path.read_text())
    manifest["files"] = {p.name: {"bytes": p.stat().st_size, "sha256": store.sha256_file(p)}
                         for p in sorted(version.iterdir()) if p.name != store.MANIFEST}
    path.write_text(json.dumps(manifest))


@pytest.fixture
def forge_checksums() -> Callable[[Path], None]:
    """`forge_checksums(version)`: rewrite the manifest's sizes and sha256s to match the files as they are."""
    return _forge_checksums


def plain_article(text: str, doc_id: str = "d", title: str = "", **metadata: str) -> Article:
    """A clean article whose text is its raw text (offsets map one to one)."""
    n = len(text)
    return Article(doc_id, f"{doc_id}.txt", title, text, OffsetMap((0,), (0,), (n,), n, n), metadata=metadata)


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """`make_article(text, doc_id="d", title="", **metadata)`: a clean article whose text is its raw text."""
    return plain_article


def _commit_version(index_dir: Path, payload: str = "hello") -> Path:
    """A committed index version holding one file, data.txt, with a well-formed manifest."""
    from qa import store
    from qa.config import PIPELINE_VERSION, Settings
    from qa.manifest import CorpusInfo, Counts, Manifest, ModelInfo

    manifest = Manifest(model=ModelInfo("all-MiniLM-L6-v2", 384, 256), settings=Settings().build_key(),
                        pipeline=PIPELINE_VERSION, corpus=CorpusInfo("corpus", "fingerprint"),
                        counts=Counts(0, 0, 0, 0), built_at="2026-01-01T00:00:00+00:00")
    with store.build_lock(index_dir):
        build = store.new_build_dir(index_dir)
        (build / "data.txt").write_text(payload)
        return store.commit_build(index_dir, build, manifest)


@pytest.fixture
def commit_version() -> Callable[..., Path]:
    """`commit_version(index_dir, payload="hello")`: commit a version holding data.txt; returns its folder."""
    return _commit_version
