"""The web UI's HTML, at the edge: citations that open onto the quote in context, the retrieved passages, the
index panel. Article text goes through `qa.present.escape`, the one escaper, so it is shown, never obeyed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from qa.filters import ArticleFilter
from qa.messages import message
from qa.present import (
    FILTERED,
    cited_at,
    day_of,
    escape,
    filter_text,
    filtered,
    moved_down,
    number_of,
    numbered,
    quote_blocks,
    quoted_markdown,
    searched,
    sections,
    where,
)
from qa.records import Answer, Article, IndexInfo, Passage, Quote

CONTEXT_CHARS = 300  # context shown on each side of a quoted sentence
PASSAGE_CHARS = 700  # a retrieved passage is cut to this in the side panel
# "Copy answer as Markdown": the last answer's Markdown to the clipboard (a textarea's copy where the API is barred).
COPY_JS = """(md) => { const t = document.createElement("textarea"); t.value = md; document.body.appendChild(t);
  t.select(); if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(md); }
  else { document.execCommand("copy"); } t.remove(); }"""
# The chat's own styles (passed to `launch(css=...)`): citations, passages, highlights, status lines.
CSS = """
.qa-sources details, details.qa-passage { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 4px 10px; margin: 6px 0; background: var(--background-fill-secondary); }
.qa-sources summary, details.qa-passage summary { cursor: pointer; }
.qa-context { margin: 8px 0 4px; line-height: 1.55; }
.qa-context mark { background: #fde68a; color: #1f2937; padding: 0 2px; border-radius: 3px; }
.qa-meta, .qa-ranks, .qa-muted { font-size: 0.85em; opacity: 0.75; }
.qa-n { font-weight: 600; color: var(--color-accent); }
.qa-state { font-weight: 600; }
.qa-filtered { font-size: 0.9em; font-weight: 600; }
.qa-warm { margin: 0 0 6px; }
#qa-wait:not(:has(p)) { display: none; }
#qa-wait p { margin: 0 4px; font-size: 0.9em; }
"""


def _paragraphs(text: str) -> str:
    """Escaped `text` with its line breaks kept as <br> (the output never holds a newline)."""
    return "<br>".join(escape(line) for line in re.split(r"[ \t]*\n\s*", text))


def context_html(text: str, start: int, end: int, *, width: int = CONTEXT_CHARS) -> str:
    """`text[start:end]` highlighted with <mark>, inside up to `width` characters each side, cut at spaces."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    if lo > 0:
        gap = re.search(r"\s", text[lo:start])
        lo = lo + gap.end() if gap else start
    if hi < len(text):
        gaps = list(re.finditer(r"\s", text[end:hi]))
        hi = end + gaps[-1].start() if gaps else end
    before = ("…" if lo > 0 else "") + _paragraphs(text[lo:start])
    after = _paragraphs(text[end:hi]) + ("…" if hi < len(text) else "")
    return f"{before}<mark>{_paragraphs(text[start:end])}</mark>{after}"


def _meta_line(parts: Sequence[tuple[str, str]]) -> str:
    return " · ".join(f"{label} {escape(v)}" if label else escape(v) for label, v in parts if v)


def citation_html(n: int, quote: Quote, article: Article | None = None) -> str:
    """A collapsed `<details>` "[n] title — source · date"; opened, the quote highlighted in context."""
    meta = quote.metadata
    byline = _meta_line([("", meta.get("source", "")), ("", day_of(meta))])
    summary = f'<span class="qa-n">[{n}]</span> <strong>{escape(quote.title or where(quote))}</strong>'
    if byline:
        summary += f" — {byline}"
    if article is not None and article.text[quote.start:quote.end] == quote.text:
        context = context_html(article.text, quote.start, quote.end)
    else:
        context = f"<mark>{_paragraphs(quote.text)}</mark>"
    facts = _meta_line([
        ("file", where(quote)), ("", cited_at(quote)),
        ("by", meta.get("author", "")), ("url", meta.get("url", "")),  # shown as text, never a link
        ("also in", ", ".join(quote.also_in)),
    ])
    return (f'<details class="qa-cite"><summary>{summary}</summary>'
            f'<div class="qa-context">{context}</div><div class="qa-meta">{facts}</div></details>')


def answer_html(answer: Answer, article: Callable[[str], Article | None]) -> str:
    """The chat message: the quotes as Markdown and the Sources as expandable citations in context; an abstention shows
    its message in bold, then the closest sentences marked as related, with their sources."""
    line, only = searched(answer, lambda w: f"<strong>{escape(w)}</strong>", escape), filtered(answer, escape)
    top = (f'<p class="qa-filtered">{only}</p>\n\n' if only else "") + (
        f'<p class="qa-searched">{line}</p>\n\n' if line else "")
    if answer.abstention is not None:
        return f"{top}**{message(answer.abstention, escape)}**\n\n{quoted_markdown(answer)}".strip()
    groups = sections(answer)
    cited = numbered(groups)
    body = "\n\n".join(quote_blocks(groups, number_of(cited)))
    cites = "".join(citation_html(n, q, article(q.doc_id)) for n, q in cited)
    head = ('<p class="qa-sources-head"><strong>Sources</strong> '
            "<small>(open one to read it in context)</small></p>")
    return f'{top}{body}\n\n<div class="qa-sources">{head}{cites}</div>'


def passages_html(passages: Sequence[Passage], question: str = "", chosen: ArticleFilter | None = None) -> str:
    """Side panel: the retrieved passages, best first, with the BM25 and dense ranks that put them there; the
    filter they were found under (`chosen`), if any."""
    only = filter_text(chosen) if chosen else ""
    note = f'<p class="qa-filtered">{FILTERED} {escape(only)}</p>' if only else ""
    if not passages:
        empty = ("No passage: the filter excludes every article." if only and question else
                 "The retrieved passages for your question appear here.")
        return f'{note}<p class="qa-muted">{empty}</p>'
    asked = f" for “{escape(question)}”" if question else ""
    rows = [f'{note}<p><strong>Retrieved passages</strong>{asked}<br><small>Why each was found: its place among the '
            "passages sharing the question's words, and among those closest to it in meaning (hover for the "
            "scores).</small></p>"]
    for n, p in enumerate(passages, start=1):
        ranks = f'<span title="{escape(rank_details(p))}">{escape(ranks_in_words(p))}</span>'
        if p.joins_stories:  # out of score order: say why, where the ranks are read
            ranks += f'<br><span class="qa-moved">{escape(moved_down(p, passages))}</span>'
        text = p.text if len(p.text) <= PASSAGE_CHARS else p.text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
        facts = _meta_line([("", p.metadata.get("source", "")), ("", day_of(p.metadata)),
                            ("file", where(p)), ("", cited_at(p)),
                            ("also in", ", ".join(p.duplicates))])
        rows.append(f'<details class="qa-passage"><summary><span class="qa-n">{n}.</span> '
                    f'<strong>{escape(p.title or p.doc_id)}</strong><br>'
                    f'<small class="qa-ranks">{ranks}</small>'
                    f'</summary><div class="qa-context">{_paragraphs(text)}</div>'
                    f'<div class="qa-meta">{facts}</div></details>')
    return "".join(rows)


def ranks_in_words(p: Passage) -> str:
    """Why a passage was found, for a reader: "matched words: #3 · matched meaning: #21"."""
    def place(rank: int | None) -> str:
        return f"#{rank}" if rank else "not ranked"
    return f"matched words: {place(p.bm25_rank)} · matched meaning: {place(p.dense_rank)}"


def rank_details(p: Passage) -> str:
    """The numbers behind `ranks_in_words`, shown on hover: BM25 and dense ranks, the fused score."""
    def rank(r: int | None) -> str:
        return str(r) if r else "none (not in its top list)"
    return (f"BM25 rank {rank(p.bm25_rank)} · dense rank {rank(p.dense_rank)} · fused by reciprocal rank: "
            f"{p.score:.4f}")


def index_html(info: IndexInfo | None, *, index_dir: str, corpus: str, state: str = "") -> str:
    """Side panel: which corpus and index are loaded (counts, model, build time), or the state instead."""
    where_ = _meta_line([("corpus", corpus), ("index", index_dir)])
    if state:
        return f'<p class="qa-state">{escape(state)}</p><p><small>{where_}</small></p>'
    if info is None:
        return f"<p>No index loaded.</p><p><small>{where_}</small></p>"
    counts = f"{info.n_articles:,} articles · {info.n_chunks:,} chunks · {info.n_sentences:,} sentences"
    built = info.built_at.replace("T", " ").replace("+00:00", " UTC")
    return (f"<p><strong>{escape(counts)}</strong><br>"
            f"<small>model {escape(info.model)} · built {escape(built)}"
            f"</small></p><p><small>{where_}</small></p>")


def article_html(article: Article, marks: Sequence[tuple[int, int]] = ()) -> str:
    """An article to read: title, source, date, words and file, then its clean text with the spans in `marks`
    (the sentences the last answer quoted) highlighted."""
    meta = article.metadata
    facts = _meta_line([("", meta.get("source", "")), ("", day_of(meta)), ("", f"{len(article.text.split()):,} words"),
                        ("file", article.path), ("by", meta.get("author", "")), ("url", meta.get("url", ""))])
    parts, pos = [], 0
    for start, end in sorted(set(marks)):
        if pos <= start < end <= len(article.text):
            parts += [_paragraphs(article.text[pos:start]), f"<mark>{_paragraphs(article.text[start:end])}</mark>"]
            pos = end
    parts.append(_paragraphs(article.text[pos:]))
    note = f'<p class="qa-muted">{len(marks)} quoted sentence(s) highlighted.</p>' if marks else ""
    return (f'<h3>{escape(article.display_title)}</h3><p class="qa-meta">{facts}</p>{note}'
            f'<div class="qa-context qa-article-text">{"".join(parts)}</div>')


def warm_html(*, running: bool, seconds: float, ready: bool) -> str:
    """The status line of the start-up warm-up: loading (with the seconds so far), then ready; "" otherwise."""
    if running:
        return f'<p class="qa-warm">⏳ Warming up: loading the model and the index… {seconds:.0f} s</p>'
    return '<p class="qa-warm">✓ Ready: the model and the index are loaded.</p>' if ready else ""
