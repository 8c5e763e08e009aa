"""Index builds and the warm-up for the web UI, run in background threads so the server is up (and says so)
while they run.

`Builds` holds the latest build, so a build started from the page (the corpus folder changed) is the one the
chat waits for; a build ends by loading its new version, so the next question does not. `needs_build` says
whether the app must build before it can answer. `Warmup` loads the index and the models (embedding, spaCy) by
answering one question at start-up, so the user's first question does not pay the ~12 s of loading.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Self

from qa import store
from qa.answer import answer_with
from qa.build import build_index, index_is_current
from qa.errors import QAError
from qa.kept_settings import named
from qa.retrieve import cached_index
from qa.spelling import english_pairs

logger = logging.getLogger(__name__)


class Background:
    """A job on a background thread (its `_run`): started once, watched by the page while it runs."""

    def __init__(self, name: str) -> None:
        self.error = ""
        self.started = time.monotonic()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        """Start the job; returns self."""
        self.started = time.monotonic()
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        """True while the job's thread is alive."""
        return self._thread.is_alive()

    def elapsed(self) -> float:
        """Seconds since the job started."""
        return time.monotonic() - self.started

    def wait(self, seconds: float) -> None:
        """Block up to `seconds` for the job to finish."""
        self._thread.join(seconds)


class IndexBuild(Background):
    """An index build running in a background thread."""

    def __init__(self, corpus: str | Path, index_dir: str | Path, model: str | None = None) -> None:
        super().__init__("index-build")
        self.corpus, self.index_dir, self.model = Path(corpus), Path(index_dir), model
        self.notes: tuple[str, ...] = ()

    def _run(self) -> None:
        try:
            stats = build_index(self.corpus, self.index_dir, settings=named(self.index_dir, model=self.model),
                                wait=True)
            self.notes = stats.notes  # the build settings it kept of the index's own, or changed: the page says so
            logger.info("index built: %d articles, %d chunks in %.1f s%s", stats.n_articles, stats.n_chunks,
                        stats.seconds, "".join(f"; {n}" for n in stats.notes))
        except QAError as e:
            self.error = str(e)
            logger.error("index build failed: %s", e)
            return
        except Exception as e:  # a bug, but the thread would die silently and the UI say "no index": show it
            self.error = f"{type(e).__name__}: {e} (a bug: the log has the details)"
            logger.exception("index build failed")
            return
        try:  # the new version loaded (and the models, if the app started without an index) before "Ready"
            warm_up(self.index_dir, self.model)
        except Exception:  # the index is built; the next question loads it again and says why if it cannot
            logger.exception("loading the new index after its build failed")


WARM_QUESTION = "What happened in the news?"  # any question with words: it runs every step of an answer


def warm_up(index_dir: Path, model: str | None) -> None:
    """Load the index of `index_dir` and every model a question needs by answering one question, and the English word
    pairs a lower-case name is checked against (`qa.spelling`: ~0.2 s, else paid by the first such question)."""
    answer_with(cached_index(index_dir, model=model), WARM_QUESTION)
    english_pairs()


class Warmup(Background):
    """Loads the index and every model a question needs, in a background thread, after `build` (if any) ends."""

    def __init__(self, index_dir: str | Path, model: str | None = None, build: IndexBuild | None = None) -> None:
        super().__init__("warm-up")
        self.index_dir, self.model, self.build = Path(index_dir), model, build
        self.seconds = 0.0

    def _run(self) -> None:
        while self.build is not None and self.build.running:
            self.build.wait(1.0)
        try:
            warm_up(self.index_dir, self.model)
            self.seconds = time.monotonic() - self.started
            logger.info("warmed up in %.1f s: the model and the index are loaded", self.seconds)
        except QAError as e:  # no index yet, say: the first question loads it (and says why if it cannot)
            self.error = str(e)
        except Exception:  # a bug, but not one worth failing start-up for: the first question will show it
            self.error = "the warm-up failed (the log has the details)"
            logger.exception("warm-up failed")

    @property
    def ready(self) -> bool:
        """True once the index and the models are loaded."""
        return not self.running and not self.error and self.seconds > 0


class Builds:
    """The app's latest background build (None before any), shared by every session of the page."""

    def __init__(self, first: IndexBuild | None = None) -> None:
        self.current = first
        self._lock = threading.Lock()

    def start(self, corpus: str | Path, index_dir: str | Path, model: str | None = None) -> IndexBuild:
        """Start a build unless one is running; returns the running one."""
        with self._lock:
            if self.current is None or not self.current.running:
                self.current = IndexBuild(corpus, index_dir, model).start()
            return self.current


def needs_build(corpus: str | Path, index_dir: str | Path, model: str | None = None) -> bool:
    """True when `index_dir` is missing, or does not hold an index of `corpus` as it is now (with `model`, or with
    the model it was built with when none is named: `index_is_current`)."""
    try:
        return not index_is_current(corpus, index_dir, named(index_dir, model=model))
    except QAError:  # the corpus folder is unusable: serve whatever index there is, or build to say why
        try:
            store.current_version(Path(index_dir))
            return False
        except QAError:
            return True


def recorded_folder(index_dir: str | Path) -> str | None:
    """The corpus folder (or file) the index records it was built from; None when there is no index."""
    try:
        corpus = store.open_version(index_dir, checksums=False).manifest.corpus
    except QAError:
        return None
    return corpus.folder or corpus.source


def recorded_corpus(index_dir: str | Path, default: str = "articles") -> str:
    """The folder the index was built from (one source of truth), else `default` (no index yet, or it is gone)."""
    folder = recorded_folder(index_dir)
    return folder if folder and Path(folder).exists() else default
