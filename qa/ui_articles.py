"""The web UI's Articles view: every article (title, source, date, words, file) with a title search; open one
to read its clean text with the last answer's quotes highlighted; upload files and remove articles.

Uploads and removals go through `qa.build.add_to_index` / `remove_from_index`, so they change the corpus folder
too (files copied in, or moved to `.removed/`): nothing a user gives the app is lost by a later rebuild. They are
offered only when the app serves this machine alone (loopback) or asks for a password (QA_UI_AUTH); anywhere
else the view is read-only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr  # at module level: Gradio reads the `gr.SelectData` hint below by name

from qa.article_table import listing
from qa.build import add_to_index, remove_from_index
from qa.errors import QAError
from qa.html_view import article_html
from qa.present import day_of, escape
from qa.records import Article
from qa.retrieve import cached_index
from qa.walk import FORMATS, SHOWN_EXTS, SUPPORTED_EXTS, display_name

logger = logging.getLogger(__name__)

MAX_UPLOAD_FILES = 50
MAX_UPLOAD_MB = 10  # per file: a larger one is refused by name and the rest of its drop is added
MAX_SENT_MB = 200  # Gradio's own limit (launch(max_file_size=...)): a file over it stops the whole drop unsent
HEADERS = ["Title", "Source", "Date", "Words", "File"]
ARCHIVES = frozenset({".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz"})
COLUMN_WIDTHS = ["44%", "18%", "12%", "8%", "18%"]  # else a long headline widens Title past the table's right edge
READ_ONLY = ("Read-only: uploading and removing articles is allowed when the app serves this machine only "
             "(127.0.0.1) or asks for a password (QA_UI_AUTH).")
EMPTY_READER = '<p class="qa-muted">Open an article from the list to read it here.</p>'
Marks = list[list[Any]]  # [doc_id, start, end, text] of each sentence the last answer quoted (a session's state)


@dataclass(frozen=True, slots=True)
class Upload:
    """What an upload's files come to before indexing: the ones to add, and each refused one with its reason."""

    accepted: tuple[Path, ...]
    refused: tuple[str, ...]


def _articles(index_dir: str | Path, model: str | None) -> Sequence[Article]:
    try:
        return cached_index(index_dir, model=model).articles
    except QAError:
        return ()


def article_rows(articles: Sequence[Article], query: str = "") -> list[list[Any]]:
    """Table rows (title, source, date, words, file/doc_id) of the articles whose title holds `query`."""
    words = query.casefold().split()
    rows = []
    for a, n in sorted(listing(articles), key=lambda pair: pair[0].display_title.casefold()):
        if all(w in a.display_title.casefold() for w in words):
            rows.append([a.display_title, a.metadata.get("source", ""), day_of(a.metadata), n, a.doc_id])
    return rows


def check_upload(paths: Sequence[str | Path]) -> Upload:
    """Sort an upload into files to add and files refused (type, size, name, count), each with a reason; the
    files past the count limit share one line that names the first few."""
    accepted, refused = [], []
    for raw in paths[:MAX_UPLOAD_FILES]:
        path = Path(raw)
        reason = _refusal(path)
        if reason:
            refused.append(f"{path.name}: {reason}")
        else:
            accepted.append(path)
    over = [Path(p).name for p in paths[MAX_UPLOAD_FILES:]]
    if over:
        shown = ", ".join(over[:3]) + (f" and {len(over) - 3:,} more" if len(over) > 3 else "")
        refused.append(f"{len(over):,} file(s) past the first {MAX_UPLOAD_FILES} of this upload were not added "
                       f"({shown}): upload them {MAX_UPLOAD_FILES} at a time, or copy them into the corpus "
                       "folder and update the index")
    return Upload(tuple(accepted), tuple(refused))


def _refusal(path: Path) -> str:
    """Why an uploaded file cannot be added ("" if it can be tried): the loader says more about its content."""
    if path.suffix.lower() not in SUPPORTED_EXTS:
        archive = path.suffix.lower() in ARCHIVES  # the hint fits the file: "a .zip must be unpacked" said of a PDF
        return (f"not a {FORMATS} file " +
                ("(a .zip must be unpacked first)" if archive else "(save its text as a .txt or .md file)"))
    if path.name.startswith("."):
        return "a hidden name (starting with a dot), which a build skips: rename it"
    try:
        size = path.stat().st_size
    except OSError as e:
        return f"cannot be read ({e.strerror}): upload it again"
    too_big = f"over the {MAX_UPLOAD_MB} MB limit per file: add it with `qa-index add`, or split it"
    return too_big if size > MAX_UPLOAD_MB * 2**20 else ""


def _lines(*groups: Sequence[str]) -> str:
    return "\n".join(f"- {escape(line)}" for group in groups for line in group)


def add_files(paths: Sequence[str | Path], index_dir: str | Path, model: str | None = None) -> str:
    """Add uploaded files to the corpus folder and the index; a Markdown message saying what happened."""
    upload = check_upload(paths)
    if not upload.accepted:
        return f"**Nothing added.**\n{_lines(upload.refused)}" if upload.refused else "No files uploaded."
    try:
        stats = add_to_index(upload.accepted, index_dir, progress=True, wait=True, model=model)
    except QAError as e:
        return f"**Nothing added:** {escape(_as_uploaded(str(e), upload.accepted))}\n{_lines(upload.refused)}".strip()
    skipped = [f"{s.path}: {s.reason}" for s in stats.skipped]
    head = f"**Added.** The index now holds {stats.n_articles:,} articles."
    notes = [_as_uploaded(note, upload.accepted) for note in stats.notes]
    return f"{head}\n{_lines(notes, skipped, upload.refused)}".strip()


def _as_uploaded(text: str, paths: Sequence[Path]) -> str:
    """`text` naming each uploaded file by its name, not by the server's temporary copy (/tmp/gradio/<hash>/x.txt)."""
    for path in sorted(paths, key=lambda p: -len(str(p))):
        text = text.replace(display_name(str(path)), display_name(path.name))
    return text


def remove_article(doc_id: str, index_dir: str | Path, model: str | None = None) -> str:
    """Remove one article (its file moves to the corpus folder's `.removed/`); a Markdown message."""
    if not doc_id:
        return "Open an article first, then remove it."
    try:
        stats = remove_from_index([doc_id], index_dir, wait=True, model=model)
    except QAError as e:
        return f"**Not removed:** {escape(str(e))}"
    return f"**Removed {escape(doc_id)}.** The index now holds {stats.n_articles:,} articles.\n{_lines(stats.notes)}"


def read_article(doc_id: str, marks: Marks | None, index_dir: str | Path, model: str | None = None) -> str:
    """The reader's HTML for `doc_id`, with the last answer's quotes from it highlighted."""
    try:
        article = cached_index(index_dir, model=model).article(doc_id)
    except (QAError, KeyError):
        return EMPTY_READER
    return article_html(article, quoted_spans(article, marks or []))


def quoted_spans(article: Article, marks: Marks) -> list[tuple[int, int]]:
    """Where the article holds each quoted sentence: the quote's own span, or (a near-duplicate article quoted
    instead of this one) the same sentence found word for word."""
    spans = []
    for doc_id, start, end, text in marks:
        if doc_id == article.doc_id:
            spans.append((int(start), int(end)))
        elif (at := article.text.find(str(text))) >= 0 and text:
            spans.append((at, at + len(str(text))))
    return spans


def articles_view(index_dir: str | Path, *, editable: bool, marks: Any, model: str | None = None) -> None:
    """Lay out the Articles view inside the current Blocks context; `marks` is the chat's gr.State of quotes."""
    def table(query: str = "") -> dict[str, Any]:
        return gr.update(value=article_rows(_articles(index_dir, model), query))

    with gr.Row():
        search = gr.Textbox(placeholder="Search titles…", show_label=False, elem_id="qa-article-search", scale=3)
        refresh = gr.Button("Refresh", scale=0, elem_id="qa-article-refresh")
    listing = gr.Dataframe(headers=HEADERS, value=lambda: article_rows(_articles(index_dir, model)),
                           interactive=False, wrap=True, elem_id="qa-articles", max_height=360, show_label=False,
                           column_widths=COLUMN_WIDTHS)
    opened = gr.State("")
    reader = gr.HTML(EMPTY_READER, elem_id="qa-article")
    message = gr.Markdown("" if editable else READ_ONLY, elem_id="qa-articles-msg", latex_delimiters=[])
    with gr.Row(visible=editable):
        remove = gr.Button("Remove this article", variant="stop", elem_id="qa-remove", scale=0)
    upload = gr.File(label=f"Add articles: {' '.join(SHOWN_EXTS)} (up to {MAX_UPLOAD_FILES} files, "
                           f"{MAX_UPLOAD_MB} MB each)", file_count="multiple",  # no file_types: Gradio would drop
                     visible=editable, elem_id="qa-upload")  # other files unsaid; check_upload names each one

    def open_row(shown: Marks, evt: gr.SelectData) -> tuple[str, str]:
        row = evt.row_value or []
        doc_id = str(row[-1]) if row else ""
        return doc_id, read_article(doc_id, shown, index_dir, model)

    tracker = gr.Progress(track_tqdm=True)  # Gradio finds it by the default value: a bar while embedding

    def on_upload(files: list[str] | None, query: str, progress: Any = tracker) -> tuple[str, dict[str, Any], None]:
        progress(0, desc="Adding the files to the corpus folder and the index…")
        return add_files(files or [], index_dir, model), table(query), None

    def on_remove(doc_id: str, query: str) -> tuple[str, dict[str, Any], str, str]:
        return remove_article(doc_id, index_dir, model), table(query), "", EMPTY_READER

    search.change(table, search, listing, show_progress="hidden")
    refresh.click(table, search, listing, show_progress="hidden")
    listing.select(open_row, [marks], [opened, reader])
    marks.change(lambda d, m: read_article(d, m, index_dir, model) if d else EMPTY_READER, [opened, marks], reader,
                 show_progress="hidden")
    if editable:
        upload.upload(on_upload, [upload, search], [message, listing, upload])
        remove.click(on_remove, [opened, search], [message, listing, opened, reader])
