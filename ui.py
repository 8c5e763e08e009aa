"""The Gradio chat: answers quoted from the articles, each citation opening onto its passage in context.

`respond()` streams one turn, `build_demo()` lays out the chat beside a side panel (the loaded index, the retrieved
passages and their ranks) and the Articles tab (`qa/ui_articles.py`), `main()` serves it:

    python ui.py [--host 127.0.0.1] [--port 7860] [--index index] [--corpus articles]

Flags default to QA_UI_HOST, QA_UI_PORT, QA_INDEX, QA_CORPUS, QA_MODEL; QA_UI_AUTH="user:password" turns on basic auth.
A missing or stale index is built in a background thread (`qa/background.py`) while the server is already up,
then the model and index are loaded (the warm-up), so the first question is as fast as the rest. The Filters
panel (`qa/ui_filters.py`) restricts every question to chosen sources and a date range.
Uploads and removals are offered on loopback, or with QA_UI_AUTH set; elsewhere the Articles tab is read-only.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from qa import store
from qa.answer import answer_with
from qa.background import Builds, IndexBuild, Warmup, needs_build, recorded_corpus
from qa.corpus import corpus_status
from qa.embed import offline_environment
from qa.errors import QAError
from qa.filters import FilterArgs
from qa.html_view import COPY_JS, CSS, answer_html, index_html, passages_html, warm_html
from qa.present import TerminalFormatter, escape
from qa.records import Answer, Article
from qa.retrieve import Index, cached_index
from qa.ui_articles import MAX_SENT_MB, articles_view
from qa.ui_chats import KeptChatInterface
from qa.ui_filters import filter_inputs, filter_of, refresh_sources

__all__ = ["IndexBuild", "build_demo", "index_status", "main", "needs_build", "respond"]

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
            k: int = 5, model: str | None = None, **where: Unpack[FilterArgs]) -> Iterator[tuple[str, str]]:
    """One chat turn, streamed: progress while the index builds or loads, then the answer (under the filter
    `where`: sources=, since=, until=). Yields (chat message as Markdown with inert HTML, retrieved-passages
    panel HTML). User errors (QAError) become a one-line message in the chat."""
    for chat, panel, _ in answer_turn(message, history, index_dir=index_dir, build=build, k=k, model=model, **where):
        yield chat, panel


def answer_turn(message: str, history: Sequence[Mapping[str, Any]] | None = None, *,
                index_dir: str | Path = "index", build: IndexBuild | None = None, k: int = 5,
                model: str | None = None, **where: Unpack[FilterArgs]) -> Iterator[tuple[str, str, Answer | None]]:
    """`respond`, with the Answer itself last (None while waiting, or after an error), among the articles the
    filter `where` keeps (`qa.filters`)."""
    while build is not None and build.running:
        yield _notice("⏳", f"Building the index… {build.elapsed():.0f} s. Your question will be answered "
                            "as soon as it is ready."), passages_html(()), None
        build.wait(1.0)
    if build is not None and build.error:
        yield _notice("⚠️", f"The index could not be built: {build.error}"), passages_html(()), None
        return
    yield _notice("🔎", "Searching the articles…"), passages_html(()), None
    try:
        index = cached_index(index_dir, model=model)
        answer = answer_with(index, message, history, k=k, **where)
    except QAError as e:
        yield _notice("⚠️", str(e)), passages_html(()), None
        return
    asked = answer.resolved_question or message
    yield answer_html(answer, _lookup(index)), passages_html(answer.passages, asked, answer.filter), answer


def index_status(index_dir: str | Path, corpus: str | Path, build: IndexBuild | None = None,
                 warm: Warmup | None = None) -> str:
    """Side panel HTML: whether the app is warming up or ready, the loaded index (counts, model, build time), or
    that it is building or missing; and a hint when the corpus folder changed since the index was built."""
    ready = "" if warm is None else warm_html(running=warm.running, seconds=warm.elapsed(), ready=warm.ready)
    return ready + _index_state(index_dir, corpus, build)


def _index_state(index_dir: str | Path, corpus: str | Path, build: IndexBuild | None) -> str:
    where = {"index_dir": str(index_dir), "corpus": str(corpus)}
    if build is not None and build.running:
        return index_html(None, **where, state=f"Building the index… {build.elapsed():.0f} s")
    if build is not None and build.error:
        return index_html(None, **where, state=f"The index could not be built: {build.error}")
    try:
        info = store.index_info(index_dir, verify=False)
        status = corpus_status(store.open_version(index_dir, checksums=False).manifest)
    except QAError as e:
        return index_html(None, **where, state=str(e))
    stale = "" if status.current else (f'<p class="qa-stale">⚠️ The index is out of date: '
                                       f'{escape(status.why)}.</p>')
    said = "".join(f"<p><small>{escape(n)}</small></p>" for n in (build.notes if build is not None else ()))
    return stale + index_html(info, **where) + said


def marks_of(answer: Answer | None) -> list[list[Any]]:
    """[doc_id, start, end, text] of every quote of `answer`, for the Articles view's highlights."""
    if answer is None:
        return []
    return [[q.doc_id, q.start, q.end, q.text] for q in answer.quotes]


def examples_for(corpus: str | Path) -> list[str]:
    """Example questions when the corpus holds the shipped articles; none otherwise."""
    return list(EXAMPLES) if any((Path(corpus) / name).is_file() for name in SHIPPED) else []


def build_demo(index_dir: str | Path = "index", corpus: str | Path = "articles", *, build: IndexBuild | None = None,
               model: str | None = None, editable: bool = False, warm: Warmup | None = None) -> gr.Blocks:
    """The chat (with the index, examples and retrieved passages beside it, the Filters panel under it) and the
    Articles view, in tabs. `editable` offers uploads, removals and index updates (only on loopback or with a
    password: see `main`); `warm` is the start-up warm-up a first question waits for."""
    import gradio as gr

    builds = Builds(build)

    def status() -> str:
        return index_status(index_dir, corpus, builds.current, warm)

    def turn(message: str, history: list[dict[str, Any]], sources: list[str], since: str | None,
             until: str | None) -> Iterator[tuple[str, str, str, str, list]]:
        while warm is not None and warm.running and not (builds.current and builds.current.running):
            yield _notice("⏳", "Warming up: loading the model and the index…"), passages_html(()), status(), "", []
            warm.wait(1.0)
        for chat, panel, answer in answer_turn(message, history, index_dir=index_dir, build=builds.current,
                                               model=model, **filter_of(sources, since, until)):
            yield chat, panel, status(), answer.text if answer else "", marks_of(answer)

    def update_index() -> str:
        builds.start(corpus, index_dir, model)
        return status()

    with gr.Blocks(title="Article QA", fill_height=True, analytics_enabled=False) as demo:
        passages = gr.Markdown(passages_html(()), render=False, latex_delimiters=[], elem_id="qa-passages")
        info = gr.Markdown(status(), render=False, latex_delimiters=[], elem_id="qa-index")
        markdown = gr.Textbox(visible=False, render=False, elem_id="qa-answer-md")  # what "Copy answer" copies
        marks = gr.State([])
        copy = gr.Button("Copy answer as Markdown", render=False, elem_id="qa-copy")
        panel, filters = filter_inputs(index_dir, model)
        gr.Markdown("## Article QA\nAnswers quoted verbatim from the articles, with their sources.")
        with gr.Tabs():
            with gr.Tab("Chat", elem_id="qa-chat-tab"), gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        height="64vh", latex_delimiters=[], sanitize_html=True, allow_tags=False,
                        placeholder=PLACEHOLDER, buttons=[copy], elem_id="qa-chat", show_label=False,
                    )
                    chat = KeptChatInterface(
                        turn, chatbot=chatbot, additional_outputs=[passages, info, markdown, marks],
                        flagging_mode="never", examples=[[q, None, None, None] for q in examples_for(corpus)] or None,
                        run_examples_on_click=True, additional_inputs=filters, additional_inputs_accordion=panel,
                        textbox=gr.Textbox(placeholder="Ask a question about the articles…", submit_btn=True,
                                           show_label=False, max_length=2000, elem_id="qa-input", autofocus=True),
                        api_name="ask", save_history=True,
                    )
                with gr.Column(scale=2, min_width=320):
                    gr.Markdown("### Index")
                    info.render()
                    refresh = gr.Button("Update the index from the corpus folder", visible=editable, size="sm",
                                        elem_id="qa-update")
                    gr.Markdown("### Why these answers")
                    passages.render()
                    markdown.render()
            with gr.Tab("Articles", elem_id="qa-articles-tab"):
                articles_view(index_dir, editable=editable, marks=marks, model=model)
        copy.click(None, markdown, None, js=COPY_JS)
        fresh = [passages, markdown, marks]  # "New chat", the bin and a saved chat all start the side panel afresh
        for event in (chatbot.clear, chat.new_chat_button.click, chat.chat_history_dataset.click):
            event(lambda: (passages_html(()), "", []), None, fresh, queue=False, show_progress="hidden")
        refresh.click(update_index, None, info, queue=False)
        timer = gr.Timer(3.0)
        timer.tick(status, outputs=info, show_progress="hidden", queue=False)
        shown = gr.State("")  # the index version whose sources the Filters panel lists
        for event in (timer.tick, demo.load):
            event(lambda v: refresh_sources(index_dir, model, v), shown, [filters[0], shown], show_progress="hidden")
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
    parser.add_argument("--corpus", default=env.get("QA_CORPUS") or None,
                        help="articles folder the index is built from (env QA_CORPUS; default: the folder the "
                             "index records, else articles)")
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
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)  # "could not load ... AVX512" lines: not errors
    logging.getLogger("sentence_transformers").setLevel(logging.WARNING)  # "Loading ... model from": qa.embed says so
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
    args.corpus = args.corpus or recorded_corpus(args.index)
    stale = needs_build(args.corpus, args.index, args.model)
    build = IndexBuild(args.corpus, args.index, args.model).start() if stale else None
    if build is not None:
        logger.info("building the index of %s into %s in the background", args.corpus, args.index)
    warm = Warmup(args.index, args.model, build).start()  # while the page is served: the first question is fast
    import gradio as gr

    editable = args.host in LOOPBACK or auth is not None  # uploads and removals: see qa/ui_articles.py
    demo = build_demo(args.index, args.corpus, build=build, model=args.model, editable=editable, warm=warm)
    theme = gr.themes.Soft(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    demo.launch(
        server_name=args.host, server_port=args.port, share=False, auth=auth, theme=theme, css=CSS,
        ssr_mode=False, allowed_paths=[], blocked_paths=[str(Path(args.index).resolve()),
                                                          str(Path(args.corpus).resolve())],
        max_file_size=f"{MAX_SENT_MB}mb", footer_links=[], quiet=True,  # quiet: no share-link hint
        prevent_thread_lock=True, run_history=False,  # Gradio's own copy of every question and answer, in the same
    )  # local storage as the saved chats, a whole chat's history an entry: it could fill it (benchmarks/RESULTS.md)
    print(f"Article QA is serving on http://{args.host}:{args.port} (Ctrl-C to stop); articles from {args.corpus}",
          flush=True)
    demo.block_thread()
    return 0


if __name__ == "__main__":
    sys.exit(main())
