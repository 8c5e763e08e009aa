"""Presentation of passages and answers, shared by the CLI and the UI."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from qa.markdown import escape as md_escape
from qa.records import Answer, Article, Passage, Quote


def where(doc_id: str, start: int, end: int) -> str:
    """A citation's location: the article and the character span in its clean text."""
    return f"{doc_id}, characters {start}-{end}"


def answer_text(answer: Answer) -> str:
    """The answer's Markdown made plain for a terminal: escapes and emphasis removed, structure kept."""
    text = re.sub(r"(?<!\\)\*", "", answer.text)  # emphasis marks; article text has its own escaped
    text = html.unescape(re.sub(r"\\(.)", r"\1", text))
    if answer.abstained and answer.passages and "related, not an answer" not in text:
        text += "\n\nClosest passages (related, not an answer):\n\n" + passages_text(answer.passages[:2])
    return text


def passages_text(passages: Sequence[Passage]) -> str:
    """Plain-text listing of retrieved passages with their citations and the ranks behind them."""
    if not passages:
        return "No passage matches the question."
    blocks = []
    for n, p in enumerate(passages, start=1):
        ranks = f"fused {p.score:.4f}; BM25 rank {p.bm25_rank or '-'}, dense rank {p.dense_rank or '-'}"
        lines = [f"[{n}] {p.title}", f"    {where(p.doc_id, p.start, p.end)} ({ranks})"]
        if p.duplicates:
            lines.append(f"    also in: {', '.join(p.duplicates)}")
        lines.append(textwrap.indent(textwrap.fill(p.text, width=100), "    "))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# --- HTML for the web UI ---
# Article text and metadata are data, never markup. `inert` turns every character that HTML or Markdown could
# read as syntax into an entity, so the chat's Markdown renderer and its HTML sanitizer both see plain text.

_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_MD_SYNTAX = "\\`*_{}[]()#+-!|~^$=:@"  # ":" and "@" stop autolinks (https://..., mailto, x@y.z)
_INERT = {**{c: f"&#{ord(c)};" for c in _MD_SYNTAX}, **_HTML_ENTITIES}
_WWW = re.compile(r"(?i)\b(www)\.")
CONTEXT_CHARS = 300  # context shown on each side of a quoted sentence
PASSAGE_CHARS = 700  # a retrieved passage is cut to this in the side panel


def inert(text: str) -> str:
    """`text` as HTML shown literally: no tags, entities, Markdown or autolinks; whitespace runs -> " "."""
    out = "".join(_INERT.get(c, c) for c in re.sub(r"\s+", " ", text))
    return _WWW.sub(r"\1&#46;", out)


def _paragraphs(text: str) -> str:
    """Inert `text` with its line breaks kept as <br> (the output never holds a newline)."""
    return "<br>".join(inert(line) for line in re.split(r"[ \t]*\n\s*", text))


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
    return " · ".join(f"{label} {inert(v)}" if label else inert(v) for label, v in parts if v)


def citation_html(n: int, quote: Quote, article: Article | None = None) -> str:
    """A collapsed `<details>` "[n] title — source · date"; opened, the quote highlighted in context."""
    meta = quote.metadata
    byline = _meta_line([("", meta.get("source", "")), ("", meta.get("published_at", ""))])
    title = inert(quote.title or quote.path or quote.doc_id)
    summary = f'<span class="qa-n">[{n}]</span> <strong>{title}</strong>'
    if byline:
        summary += f" — {byline}"
    if article is not None and article.text[quote.start:quote.end] == quote.text:
        context = context_html(article.text, quote.start, quote.end)
    else:
        context = f"<mark>{_paragraphs(quote.text)}</mark>"
    facts = _meta_line([
        ("file", quote.path or quote.doc_id), ("characters", f"{quote.start}–{quote.end}"),
        ("by", meta.get("author", "")), ("url", meta.get("url", "")),  # shown as text, never a link
        ("also in", ", ".join(quote.also_in)),
    ])
    return (f'<details class="qa-cite"><summary>{summary}</summary>'
            f'<div class="qa-context">{context}</div><div class="qa-meta">{facts}</div></details>')


def numbered_quotes(answer: Answer) -> list[tuple[int, Quote]]:
    """Each quote with the citation number it carries in `answer.text` (its position when not found)."""
    numbered: dict[int, Quote] = {}
    for i, q in enumerate(answer.quotes, start=1):
        found = re.search(rf"“{re.escape(md_escape(q.text))}” \[(\d+)\]", answer.text)
        n = int(found.group(1)) if found else i
        numbered.setdefault(n, q)
    return sorted(numbered.items())


def answer_html(answer: Answer, article: Callable[[str], Article | None]) -> str:
    """The chat message: the answer's Markdown, its Sources list as expandable citations in context.

    An abstention keeps its Markdown (the message, then the closest sentences, marked as related).
    """
    if answer.abstained or not answer.quotes:
        message, _, rest = answer.text.partition("\n\n")
        return f"**{message}**\n\n{rest}".strip() if message else answer.text
    body = answer.text.split("**Sources**")[0].rstrip()
    cites = "".join(citation_html(n, q, article(q.doc_id)) for n, q in numbered_quotes(answer))
    head = ('<p class="qa-sources-head"><strong>Sources</strong> '
            "<small>(open one to read it in context)</small></p>")
    return f'{body}\n\n<div class="qa-sources">{head}{cites}</div>'


def passages_html(passages: Sequence[Passage], question: str = "") -> str:
    """Side panel: the retrieved passages, best first, with the BM25 and dense ranks that put them there."""
    if not passages:
        return '<p class="qa-muted">The retrieved passages for your question appear here.</p>'
    asked = f" for “{inert(question)}”" if question else ""
    rows = [f'<p><strong>Retrieved passages</strong>{asked}<br><small>Rank in the BM25 (words) and dense '
            "(meaning) top 100, fused by reciprocal rank; – means not in that list.</small></p>"]
    for n, p in enumerate(passages, start=1):
        ranks = f"BM25 {p.bm25_rank or '–'} · dense {p.dense_rank or '–'} · fused {p.score:.4f}"
        text = p.text if len(p.text) <= PASSAGE_CHARS else p.text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
        facts = _meta_line([("file", p.path or p.doc_id), ("characters", f"{p.start}–{p.end}"),
                            ("also in", ", ".join(p.duplicates))])
        rows.append(f'<details class="qa-passage"><summary><span class="qa-n">{n}.</span> '
                    f'<strong>{inert(p.title or p.doc_id)}</strong><br>'
                    f'<small class="qa-ranks">{ranks}</small>'
                    f'</summary><div class="qa-context">{_paragraphs(text)}</div>'
                    f'<div class="qa-meta">{facts}</div></details>')
    return "".join(rows)


def index_html(manifest: Mapping[str, Any] | None, *, index_dir: str, corpus: str, state: str = "") -> str:
    """Side panel: which corpus and index are loaded (counts, model, build time), or the state instead."""
    where_ = _meta_line([("corpus", corpus), ("index", index_dir)])
    if state:
        return f'<p class="qa-state">{inert(state)}</p><p><small>{where_}</small></p>'
    if not manifest:
        return f"<p>No index loaded.</p><p><small>{where_}</small></p>"
    counts = manifest.get("counts", {})
    model = manifest.get("model", {}).get("name", "?")
    figures_ = " · ".join(f"{counts[k]:,} {k}" for k in ("articles", "chunks", "sentences") if k in counts)
    built = str(manifest.get("built_at", "?")).replace("T", " ").replace("+00:00", " UTC")
    return (f"<p><strong>{inert(figures_)}</strong><br>"
            f"<small>model {inert(str(model))} · built {inert(built)}"
            f"</small></p><p><small>{where_}</small></p>")
