"""Presentation, at the edge: answers, passages and index facts as Markdown (API users, the copy button), HTML
(the web UI) and plain text (the terminal).

Article text and metadata are data, never markup. `escape` is the one escaper for Markdown and HTML: every
character either could read as syntax becomes a character reference, so a renderer shows it literally (no
link, autolink, image, tag or emphasis), inside an HTML block or outside one. `printable` drops what a
terminal would obey (escape sequences, control characters).
"""

from __future__ import annotations

import logging
import re
import textwrap
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from qa.dates import published
from qa.records import Abstention, Answer, Article, IndexInfo, Passage, Quote

ABSTAIN = "The articles do not answer this question."
NO_WORDS = "Please ask a question in words, for example: “Which islands does the Tsugaru Strait separate?”"
RELATED = "Closest passages (related, not an answer):"
DIFFER = "Sources differ:"
SEARCHED = "Searched for:"
ALSO = "Also reported:"
CONTEXT_CHARS = 300  # context shown on each side of a quoted sentence
PASSAGE_CHARS = 700  # a retrieved passage is cut to this in the side panel

_MARKUP = "\\`*_{}[]()#+-!|~^$=:@"  # ":" and "@" stop autolinks (https://..., mailto, x@y.z)
_REFERENCES = {**{c: f"&#{ord(c)};" for c in _MARKUP}, "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
               "'": "&#39;"}
_WWW = re.compile(r"(?i)\b(www)\.")
_TERMINAL = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")

Section = tuple[str, tuple[Quote, ...]]


def escape(text: str) -> str:
    """`text` shown literally in Markdown and in HTML; whitespace runs become one space."""
    out = "".join(_REFERENCES.get(c, c) for c in re.sub(r"\s+", " ", text))
    return _WWW.sub(r"\1&#46;", out)


def printable(text: str) -> str:
    """`text` safe to print to a terminal: escape sequences and control characters removed, tabs as spaces."""
    text = _TERMINAL.sub("", text).replace("\t", " ")
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) not in ("Cc", "Cf", "Cs"))


class TerminalFormatter(logging.Formatter):
    """Log records made `printable`: a warning that names a file or a record never carries its escapes."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


# --- the answer's parts, in the order they are shown ---------------------------------------------------------


def message(abstention: Abstention, shown: Callable[[str], str] = str) -> str:
    """The sentence an abstention shows; `shown` formats the words taken from the question (`missing`)."""
    missing = ", ".join(shown(m) for m in abstention.missing)
    if abstention.reason == "no_words":
        return NO_WORDS
    if abstention.reason == "unknown_names":
        return f"The articles do not answer this question: they never mention {missing}."
    if abstention.reason == "uncounted":
        return f"The articles do not answer this question: the closest passages never mention {missing}."
    return ABSTAIN


def searched(answer: Answer, shown: Callable[[str], str] = str) -> str:
    """"Searched for: reservists, Zelensky" when misspelt words were respelt as the corpus's words, else ""."""
    words = list(dict.fromkeys(c.searched for c in answer.corrections))
    return f"{SEARCHED} {', '.join(shown(w) for w in words)}" if words else ""


def _with_searched(answer: Answer, text: str, shown: Callable[[str], str]) -> str:
    line = searched(answer, shown)
    return f"{line}\n\n{text}".strip() if line else text


def sections(answer: Answer) -> list[Section]:
    """Titled groups of quotes ("" for none): the lead, or differing figures with the lead among them, then
    support; an abstention's related sentences."""
    if answer.abstained:
        groups = [(RELATED, answer.related)]
    elif answer.differ:
        groups = [(DIFFER, answer.differ)]
        if answer.lead and answer.lead[0] not in answer.differ:
            groups.insert(0, ("", answer.lead))
    else:
        groups = [("", answer.lead)]
    if not answer.abstained:
        groups.append((ALSO, answer.support))
    return [(title, quotes) for title, quotes in groups if quotes]


def numbered(groups: Sequence[Section]) -> list[tuple[int, Quote]]:
    """Each distinct quote with its citation number, in order of first appearance."""
    seen: dict[tuple[str, int, int], tuple[int, Quote]] = {}
    for _, quotes in groups:
        for q in quotes:
            seen.setdefault((q.doc_id, q.start, q.end), (len(seen) + 1, q))
    return list(seen.values())


def _number_of(cited: Sequence[tuple[int, Quote]]) -> Callable[[Quote], int]:
    table = {(q.doc_id, q.start, q.end): n for n, q in cited}
    return lambda q: table[(q.doc_id, q.start, q.end)]


def where(q: Quote | Passage) -> str:
    """The file a quote or passage came from (its doc_id when it has no path)."""
    return q.path or q.doc_id


def _day(meta: Mapping[str, str]) -> str:
    return published(meta) or str(meta.get("published_at", ""))


def _source_fields(q: Quote) -> list[str]:
    return [f"characters {q.start}–{q.end}", *(f for f in (str(q.metadata.get("source", "")), _day(q.metadata)) if f)]


def dated(q: Quote, shown: Callable[[str], str] = str) -> str:
    """" — 2023-03-12 · as of “day 382nd of the war”" for a differing figure: when its article was published
    and the article's words for when the figure holds; "" when it says neither."""
    parts = [p for p in (shown(_day(q.metadata)), f"as of “{shown(q.as_of)}”" if q.as_of else "") if p]
    return f" — {' · '.join(parts)}" if parts else ""


# --- Markdown ------------------------------------------------------------------------------------------------


def source_line(n: int, q: Quote) -> str:
    """`[n] *Title* — file, characters a–b · source · date (also in ...)`, for the Sources list."""
    label = q.title or where(q)
    head = f"*{escape(label)}* — {escape(where(q))}" if label != where(q) else escape(where(q))
    fields = _source_fields(q)
    line = f"[{n}] {head}, {fields[0]}" + "".join(f" · {escape(f)}" for f in fields[1:])
    if q.also_in:
        line += f" (also in {', '.join(escape(d) for d in q.also_in)})"
    return line


def _quote_blocks(groups: Sequence[Section], number: Callable[[Quote], int],
                  flat: Callable[[str], str] = escape) -> list[str]:
    """Each section's quotes as block quotes with their citation numbers; a differing figure with its date."""
    return [(f"{title}\n\n" if title else "") + "\n>\n".join(
        f"> “{flat(q.text)}” [{number(q)}]" + (dated(q, flat) if title == DIFFER else "") for q in quotes)
        for title, quotes in groups]


def markdown(answer: Answer) -> str:
    """The answer as Markdown: quotes with [n] citations under their section titles, then **Sources**."""
    groups = sections(answer)
    cited = numbered(groups)
    body = "\n\n".join([*_quote_blocks(groups, _number_of(cited)), "**Sources**",
                        "\n".join(f"{source_line(n, q)}  " for n, q in cited)]) if cited else ""
    if answer.abstention is not None:
        body = f"{message(answer.abstention, escape)}\n\n{body}".strip()
    return _with_searched(answer, body, lambda w: f"*{escape(w)}*")


# --- plain text (the terminal) ---------------------------------------------------------------------------------


def plain(answer: Answer) -> str:
    """The answer for a terminal: the Markdown's structure, without its markup; nothing a terminal obeys."""
    groups = sections(answer)
    cited = numbered(groups)
    number = _number_of(cited)
    blocks = _quote_blocks(groups, number, _flat)
    lines = []
    for n, q in cited:
        label, fields = _flat(q.title or where(q)), _source_fields(q)
        head = f"{label} — {_flat(where(q))}" if label != _flat(where(q)) else label
        line = f"[{n}] {head}, " + " · ".join(_flat(f) for f in fields)
        lines.append(line + (f" (also in {_flat(', '.join(q.also_in))})" if q.also_in else "") + "  ")
    text = "\n\n".join([*blocks, "Sources", "\n".join(lines)]) if cited else ""
    if answer.abstention is not None:
        text = f"{message(answer.abstention, _flat)}\n\n{text}".strip()
        if answer.passages and not answer.related:
            text += f"\n\n{RELATED}\n\n" + passages_text(answer.passages[:2])
    return _with_searched(answer, text, _flat)


def _flat(text: str) -> str:
    return printable(" ".join(text.split()))


def passages_text(passages: Sequence[Passage]) -> str:
    """Plain-text listing of retrieved passages with their citations and the ranks behind them."""
    if not passages:
        return "No passage matches the question."
    blocks = []
    for n, p in enumerate(passages, start=1):
        ranks = f"fused {p.score:.4f}; BM25 rank {p.bm25_rank or '-'}, dense rank {p.dense_rank or '-'}"
        lines = [f"[{n}] {_flat(p.title)}", f"    {_flat(p.doc_id)}, characters {p.start}-{p.end} ({ranks})"]
        if p.duplicates:
            lines.append(f"    also in: {_flat(', '.join(p.duplicates))}")
        lines.append(textwrap.indent(textwrap.fill(printable(p.text), width=100), "    "))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# --- HTML (the web UI) -------------------------------------------------------------------------------------------


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
    byline = _meta_line([("", meta.get("source", "")), ("", _day(meta))])
    summary = f'<span class="qa-n">[{n}]</span> <strong>{escape(quote.title or where(quote))}</strong>'
    if byline:
        summary += f" — {byline}"
    if article is not None and article.text[quote.start:quote.end] == quote.text:
        context = context_html(article.text, quote.start, quote.end)
    else:
        context = f"<mark>{_paragraphs(quote.text)}</mark>"
    facts = _meta_line([
        ("file", where(quote)), ("characters", f"{quote.start}–{quote.end}"),
        ("by", meta.get("author", "")), ("url", meta.get("url", "")),  # shown as text, never a link
        ("also in", ", ".join(quote.also_in)),
    ])
    return (f'<details class="qa-cite"><summary>{summary}</summary>'
            f'<div class="qa-context">{context}</div><div class="qa-meta">{facts}</div></details>')


def answer_html(answer: Answer, article: Callable[[str], Article | None]) -> str:
    """The chat message: the quotes as Markdown, the Sources as expandable citations in context.

    An abstention shows its message in bold, then the closest sentences marked as related, with their sources.
    """
    line = searched(answer, lambda w: f"<strong>{escape(w)}</strong>")
    top = f'<p class="qa-searched">{line}</p>\n\n' if line else ""
    if answer.abstention is not None:
        head, _, rest = markdown(replace(answer, corrections=())).partition("\n\n")
        return f"{top}**{head}**\n\n{rest}".strip()
    groups = sections(answer)
    cited = numbered(groups)
    body = "\n\n".join(_quote_blocks(groups, _number_of(cited)))
    cites = "".join(citation_html(n, q, article(q.doc_id)) for n, q in cited)
    head = ('<p class="qa-sources-head"><strong>Sources</strong> '
            "<small>(open one to read it in context)</small></p>")
    return f'{top}{body}\n\n<div class="qa-sources">{head}{cites}</div>'


def passages_html(passages: Sequence[Passage], question: str = "") -> str:
    """Side panel: the retrieved passages, best first, with the BM25 and dense ranks that put them there."""
    if not passages:
        return '<p class="qa-muted">The retrieved passages for your question appear here.</p>'
    asked = f" for “{escape(question)}”" if question else ""
    rows = [f'<p><strong>Retrieved passages</strong>{asked}<br><small>Rank in the BM25 (words) and dense '
            "(meaning) top 100, fused by reciprocal rank; – means not in that list.</small></p>"]
    for n, p in enumerate(passages, start=1):
        ranks = f"BM25 {p.bm25_rank or '–'} · dense {p.dense_rank or '–'} · fused {p.score:.4f}"
        text = p.text if len(p.text) <= PASSAGE_CHARS else p.text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
        facts = _meta_line([("file", where(p)), ("characters", f"{p.start}–{p.end}"),
                            ("also in", ", ".join(p.duplicates))])
        rows.append(f'<details class="qa-passage"><summary><span class="qa-n">{n}.</span> '
                    f'<strong>{escape(p.title or p.doc_id)}</strong><br>'
                    f'<small class="qa-ranks">{ranks}</small>'
                    f'</summary><div class="qa-context">{_paragraphs(text)}</div>'
                    f'<div class="qa-meta">{facts}</div></details>')
    return "".join(rows)


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
