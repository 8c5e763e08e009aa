"""The Gradio chat: answers quoted from the articles, each citation opening onto its passage in context.

`respond()` streams one turn, `build_demo()` lays out the chat beside a side panel (the loaded index, example
questions, the retrieved passages and their ranks), `main()` serves it:

    python ui.py [--host 127.0.0.1] [--port 7860] [--index index] [--corpus articles]

Flags default to QA_UI_HOST, QA_UI_PORT, QA_INDEX, QA_CORPUS, QA_MODEL; QA_UI_AUTH="user:password" turns on basic auth.
A missing or stale index is built in a background thread while the server is already up.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa import store
from qa.answer import answer_with
from qa.build import build_index, index_is_current
from qa.config import Settings
from qa.embed import offline_environment
from qa.errors import QAError
from qa.html_view import answer_html, index_html, passages_html
from qa.present import TerminalFormatter, escape
from qa.records import Article
from qa.retrieve import Index, cached_index

if TYPE_CHECKING:
    import gradio as gr

logger = logging.getLogger(__name__)

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
# Questions the shipped articles answer; shown when the corpus holds them.
SHIPPED = ("001_f654224a43d1d56f.txt", "002_ace7b907fc964732.txt")
EXAMPLES = (
    "Which islands does the Tsugaru Strait separate?",
    "How long can Switchblade drones circle their targets?",
    "Who leads the Wagner Group?",
    "How many reservists has Zelensky called up?",
    "How far have Russian forces advanced around Bakhmut in nine months?",
    "What is the capital of Australia?",
)
PLACEHOLDER = ("**Ask about the articles.** Every answer is made of sentences quoted verbatim from them, "
               "each with a numbered source you can open to read it in context.")
CSS = """
.qa-sources details, details.qa-passage { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 4px 10px; margin: 6px 0; background: var(--background-fill-secondary); }
.qa-sources summary, details.qa-passage summary { cursor: pointer; }
.qa-context { margin: 8px 0 4px; line-height: 1.55; }
.qa-context mark { background: #fde68a; color: #1f2937; padding: 0 2px; border-radius: 3px; }
.qa-meta, .qa-ranks, .qa-muted { font-size: 0.85em; opacity: 0.75; }
.qa-n { font-weight: 600; color: var(--color-accent); }
.qa-state { font-weight: 600; }
"""


class IndexBuild:
    """An index build running in a background thread, so the server is up (and says so) while it builds."""

    def __init__(self, corpus: str | Path, index_dir: str | Path, model: str | None = None) -> None:
        self.corpus, self.index_dir = Path(corpus), Path(index_dir)
        self.settings = Settings(model=model) if model else Settings()
        self.error = ""
        self.started = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="index-build", daemon=True)

    def start(self) -> IndexBuild:
        """Start building; returns self."""
        self.started = time.monotonic()
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            stats = build_index(self.corpus, self.index_dir, settings=self.settings, wait=True)
            logger.info("index built: %d articles, %d chunks in %.1f s", stats.n_articles, stats.n_chunks,
                        stats.seconds)
        except QAError as e:
            self.error = str(e)
            logger.error("index build failed: %s", e)
        except Exception as e:  # a bug, but the thread would die silently and the UI say "no index": show it
            self.error = f"{type(e).__name__}: {e} (a bug: the log has the details)"
            logger.exception("index build failed")

    @property
    def running(self) -> bool:
        """True while the build thread is alive."""
        return self._thread.is_alive()

    def elapsed(self) -> float:
        """Seconds since the build started."""
        return time.monotonic() - self.started

    def wait(self, seconds: float) -> None:
        """Block up to `seconds` for the build to finish."""
        self._thread.join(seconds)


def needs_build(corpus: str | Path, index_dir: str | Path, model: str | None = None) -> bool:
    """True when `index_dir` is missing, or does not hold an index of `corpus` as it is now."""
    try:
        return not index_is_current(corpus, index_dir, Settings(model=model) if model else None)
    except QAError:  # the corpus folder is unusable: serve whatever index there is, or build to say why
        try:
            store.current_version(Path(index_dir))
            return False
        except QAError:
            return True


def _notice(icon: str, text: str) -> str:
    return f"{icon} {escape(text)}"


def _lookup(index: Index) -> Callable[[str], Article | None]:
    def article(doc_id: str) -> Article | None:
        try:
            return index.article(doc_id)
        except KeyError:
            return None
    return article


def respond(message: str, history: Sequence[Mapping[str, Any]] | None = None, *,
            index_dir: str | Path = "index", build: IndexBuild | None = None,
            k: int = 5, model: str | None = None) -> Iterator[tuple[str, str]]:
    """One chat turn, streamed: progress while the index builds or loads, then the answer.

    Yields (chat message as Markdown with inert HTML, retrieved-passages panel HTML). User errors (QAError)
    become a one-line message in the chat.
    """
    while build is not None and build.running:
        yield _notice("⏳", f"Building the index… {build.elapsed():.0f} s. Your question will be answered "
                            "as soon as it is ready."), passages_html(())
        build.wait(1.0)
    if build is not None and build.error:
        yield _notice("⚠️", f"The index could not be built: {build.error}"), passages_html(())
        return
    yield _notice("🔎", "Searching the articles…"), passages_html(())
    try:
        index = cached_index(index_dir, model=model)
        answer = answer_with(index, message, history, k=k)
    except QAError as e:
        yield _notice("⚠️", str(e)), passages_html(())
        return
    asked = answer.resolved_question or message
    yield answer_html(answer, _lookup(index)), passages_html(answer.passages, asked)


def index_status(index_dir: str | Path, corpus: str | Path, build: IndexBuild | None = None) -> str:
    """Side panel HTML: the loaded index (counts, model, build time), or that it is building or missing."""
    where = {"index_dir": str(index_dir), "corpus": str(corpus)}
    if build is not None and build.running:
        return index_html(None, **where, state=f"Building the index… {build.elapsed():.0f} s")
    if build is not None and build.error:
        return index_html(None, **where, state=f"The index could not be built: {build.error}")
    try:
        info = store.index_info(index_dir, verify=False)
    except QAError as e:
        return index_html(None, **where, state=str(e))
    return index_html(info, **where)


def examples_for(corpus: str | Path) -> list[str]:
    """Example questions when the corpus holds the shipped articles; none otherwise."""
    return list(EXAMPLES) if any((Path(corpus) / name).is_file() for name in SHIPPED) else []


def build_demo(index_dir: str | Path = "index", corpus: str | Path = "articles", *,
               build: IndexBuild | None = None, model: str | None = None) -> gr.Blocks:
    """The chat in one column; the index, example questions and retrieved passages in the other."""
    import gradio as gr

    def status() -> str:
        return index_status(index_dir, corpus, build)

    def turn(message: str, history: list[dict[str, Any]]) -> Iterator[tuple[str, str, str]]:
        for chat, passages_panel in respond(message, history, index_dir=index_dir, build=build, model=model):
            yield chat, passages_panel, status()

    with gr.Blocks(title="Article QA", fill_height=True, analytics_enabled=False) as demo:
        passages = gr.Markdown(passages_html(()), render=False, latex_delimiters=[], elem_id="qa-passages")
        info = gr.Markdown(status(), render=False, latex_delimiters=[], elem_id="qa-index")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                gr.Markdown("## Article QA\nAnswers quoted verbatim from the articles, with their sources.")
                chatbot = gr.Chatbot(
                    height="68vh", latex_delimiters=[], sanitize_html=True, allow_tags=False,
                    placeholder=PLACEHOLDER, buttons=["copy"], elem_id="qa-chat", show_label=False,
                )
                chat = gr.ChatInterface(
                    turn, chatbot=chatbot, additional_outputs=[passages, info], flagging_mode="never",
                    textbox=gr.Textbox(placeholder="Ask a question about the articles…", submit_btn=True,
                                       show_label=False, max_length=2000, elem_id="qa-input"),
                    api_name="ask",
                )
            with gr.Column(scale=2, min_width=320):
                gr.Markdown("### Index")
                info.render()
                examples = examples_for(corpus)
                if examples:
                    gr.Examples([[q] for q in examples], inputs=[chat.textbox], label="Example questions")
                gr.Markdown("### Why these answers")
                passages.render()
        timer = gr.Timer(3.0)
        timer.tick(status, outputs=info, show_progress="hidden", queue=False)
        demo.load(status, outputs=info, show_progress="hidden", queue=False)
    return demo


def parse_auth(value: str) -> tuple[str, str] | None:
    """QA_UI_AUTH "user:password" as a (user, password) pair; "" means no auth."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not (sep and user and password):
        raise QAError('QA_UI_AUTH must look like "user:password": set it so, or unset it for no password')
    return user, password


def host_warning(host: str, auth: tuple[str, str] | None) -> str:
    """A warning when the UI would be reachable beyond this machine without a password; "" otherwise."""
    if host in LOOPBACK or auth is not None:
        return ""
    return (f"warning: serving on {host} with no password: anyone who can reach this machine can use the UI. "
            'Set QA_UI_AUTH="user:password" to require one.')


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Flags, with their defaults taken from the environment."""
    env = os.environ
    parser = argparse.ArgumentParser(description="Serve the Article QA chat in a browser.")
    parser.add_argument("--host", default=env.get("QA_UI_HOST", "127.0.0.1"),
                        help="address to bind (env QA_UI_HOST; default 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=int(env.get("QA_UI_PORT", "7860")),
                        help="port (env QA_UI_PORT; default 7860)")
    parser.add_argument("--index", default=env.get("QA_INDEX", "index"), help="index folder (env QA_INDEX)")
    parser.add_argument("--corpus", default=env.get("QA_CORPUS", "articles"),
                        help="articles folder the index is built from (env QA_CORPUS)")
    parser.add_argument("--model", default=env.get("QA_MODEL") or None,
                        help="model folder, if not the bundled all-MiniLM-L6-v2 (env QA_MODEL)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the UI; build the index in the background first if it is missing or stale."""
    args = parse_args(argv)
    handler = logging.StreamHandler()  # the server's terminal: a file name's escapes must not reach it either
    handler.setFormatter(TerminalFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per Gradio self-check otherwise
    offline_environment()
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    try:
        auth = parse_auth(os.environ.get("QA_UI_AUTH", ""))
    except QAError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    warning = host_warning(args.host, auth)
    if warning:
        print(warning, file=sys.stderr)
    stale = needs_build(args.corpus, args.index, args.model)
    build = IndexBuild(args.corpus, args.index, args.model).start() if stale else None
    if build is not None:
        logger.info("building the index of %s into %s in the background", args.corpus, args.index)
    import gradio as gr

    demo = build_demo(args.index, args.corpus, build=build, model=args.model)
    theme = gr.themes.Soft(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    demo.launch(
        server_name=args.host, server_port=args.port, share=False, auth=auth, theme=theme, css=CSS,
        ssr_mode=False, allowed_paths=[], blocked_paths=[str(Path(args.index).resolve()),
                                                          str(Path(args.corpus).resolve())],
        max_file_size="1mb", footer_links=[],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
