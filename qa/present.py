"""Presentation, at the edge: answers and passages as Markdown (API users, the copy button) and plain text (the
terminal); `qa/html_view.py` builds the web UI's HTML from the same parts and the same escaper.

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
from qa.filters import ArticleFilter
from qa.messages import message
from qa.records import Answer, Passage, Quote

RELATED = "Closest passages (related, not an answer):"
DIFFER = "Sources differ:"
SEARCHED = "Searched for:"
FILTERED = "Filtered:"
ALSO = "Also reported:"
NEXT = "Next closest sentences (if the quotes above do not answer):"

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

def searched(answer: Answer, shown: Callable[[str], str] = str, flat: Callable[[str], str] = str) -> str:
    """"Searched for: how many reservists has Zelensky called up" (respelt words through `shown`, the rest through
    `flat`) when misspelt words were respelt or a follow-up rewritten ("How long can they (Switchblade drones)
    loiter?"), else "": the words alone ("Searched for: where") did not say what the search was."""
    rewritten = answer.resolved_question if answer.resolved_question != answer.question else ""
    text, parts, at = rewritten or answer.question, [], 0
    respelt = {c.searched: c.searched[:1].upper() + c.searched[1:] if c.typed[:1].isupper() else c.searched
               for c in answer.corrections}  # "Wher is ..." was searched as "Where is ..."
    if not rewritten:  # the question as typed, each misspelt word replaced by the word searched
        for c in answer.corrections:
            text = re.sub(rf"(?<!\w){re.escape(c.typed)}(?!\w)", lambda _m, w=respelt[c.searched]: w, text, count=1)
    emphasised = set(respelt) | set(respelt.values())
    for m in re.finditer(r"\w+", text):
        if m.group() in emphasised:
            parts += [flat(text[at:m.start()]), shown(m.group())]
            at = m.end()
    line = "".join([*parts, flat(text[at:])]).strip()
    return f"{SEARCHED} {line}" if rewritten or answer.corrections else ""


def filter_text(chosen: ArticleFilter) -> str:
    """"sources Reuters, BBC · published 2023-01-01 to 2023-03-31" for a filter; "" for none."""
    parts = [f"source{'s' if len(chosen.sources) > 1 else ''} {', '.join(chosen.sources)}"] if chosen.sources else []
    since, until = (d.isoformat() if d else "" for d in (chosen.since, chosen.until))
    if since or until:
        parts.append(f"published {since} to {until}" if since and until else
                     f"published since {since}" if since else f"published until {until}")
    return " · ".join(parts)


def filtered(answer: Answer, shown: Callable[[str], str] = str) -> str:
    """"Filtered: source Reuters · published since 2023-01-01" when the question was restricted, else ""."""
    text = filter_text(answer.filter)
    return f"{FILTERED} {shown(text)}" if text else ""


def _with_searched(answer: Answer, text: str, shown: Callable[[str], str], flat: Callable[[str], str] = escape
                   ) -> str:
    head = "\n\n".join(line for line in (filtered(answer, flat), searched(answer, shown, flat)) if line)
    return f"{head}\n\n{text}".strip() if head else text


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
        groups += [(ALSO, answer.support), (NEXT, answer.related)]
    return [(title, quotes) for title, quotes in groups if quotes]


def numbered(groups: Sequence[Section]) -> list[tuple[int, Quote]]:
    """Each distinct quote with its citation number, in order of first appearance."""
    seen: dict[tuple[str, int, int], tuple[int, Quote]] = {}
    for _, quotes in groups:
        for q in quotes:
            seen.setdefault((q.doc_id, q.start, q.end), (len(seen) + 1, q))
    return list(seen.values())


def number_of(cited: Sequence[tuple[int, Quote]]) -> Callable[[Quote], int]:
    """A quote's citation number, from `numbered`'s list."""
    table = {(q.doc_id, q.start, q.end): n for n, q in cited}
    return lambda q: table[(q.doc_id, q.start, q.end)]


def where(q: Quote | Passage) -> str:
    """The file a quote or passage came from (its doc_id when it has no path)."""
    return q.path or q.doc_id


def day_of(meta: Mapping[str, str]) -> str:
    """The article's publication day as shown (ISO), or its `published_at` as written."""
    return published(meta) or str(meta.get("published_at", ""))


_WITHIN = {"record": " of the record's text", "page": " of the page's main text",
           "changed": " as indexed (the file changed since: rebuild to cite its lines)"}


def cited_at(q: Quote | Passage) -> str:
    """Where to look in the file: "line 12, column 5, characters 812–903" of a .txt/.md file (`qa.places`); a JSON
    record's or an HTML page's characters in its text, a JSON record's at the line and column where they are written
    ("line 3, column 57, characters 0–42 of the record's text"); the clean text's span only for a quote never located
    by hand."""
    at, field = q.place, f"its {q.field} field" if isinstance(q, Quote) and q.field else ""
    if field:  # a metadata field quoted (`qa.bylines`): where the file writes it, when found there
        return f"{field}, " + cited_at(replace(q, field="")) if at is not None else f"{field} (as the file declares it)"
    if at is None:
        return f"characters {q.start}–{q.end}"
    chars = f"characters {at.raw_start}–{at.raw_end}"
    if at.kind != "file":
        column = f"column {at.column}, " if at.column else ""
        return (f"line {at.line}, {column}" if at.line else "") + chars + _WITHIN[at.kind]
    lines = f"line {at.line}" if at.line == at.last_line else f"lines {at.line}–{at.last_line}"
    return f"{lines}, column {at.column}, {chars}"


def _source_fields(q: Quote) -> list[str]:
    return [cited_at(q), *(f for f in (str(q.metadata.get("source", "")), day_of(q.metadata)) if f)]


def dated(q: Quote, shown: Callable[[str], str] = str) -> str:
    """" — Reuters · 2023-03-12 · as of “day 382nd of the war”" for a differing figure: its article's source,
    when it was published, and the article's words for when the figure holds; "" when it says none of them."""
    parts = [p for p in (shown(str(q.metadata.get("source", ""))), shown(day_of(q.metadata)),
                         f"as of “{shown(q.as_of)}”" if q.as_of else "") if p]
    return f" — {' · '.join(parts)}" if parts else ""


# --- Markdown ------------------------------------------------------------------------------------------------


def source_line(n: int, q: Quote) -> str:
    """`[n] *Title* — file, lines a–b, characters c–d · source · date (also in ...)`, for the Sources list."""
    label = q.title or where(q)
    head = f"*{escape(label)}* — {escape(where(q))}" if label != where(q) else escape(where(q))
    fields = _source_fields(q)
    line = f"[{n}] {head}, {fields[0]}" + "".join(f" · {escape(f)}" for f in fields[1:])
    if q.also_in:
        line += f" (also in {', '.join(escape(d) for d in q.also_in)})"
    return line


def quote_blocks(groups: Sequence[Section], number: Callable[[Quote], int],
                  flat: Callable[[str], str] = escape) -> list[str]:
    """Each section's quotes as block quotes with their citation numbers; a differing figure with its date."""
    return [(f"{title}\n\n" if title else "") + "\n>\n".join(
        f"> “{flat(q.text)}” [{number(q)}]" + (dated(q, flat) if title == DIFFER else "")
        + (f" — the article's {q.field} field" if q.field else "") for q in quotes)
        for title, quotes in groups]


def quoted_markdown(answer: Answer) -> str:
    """The quotes with [n] citations under their section titles, then **Sources** ("" when nothing is quoted)."""
    groups = sections(answer)
    cited = numbered(groups)
    return "\n\n".join([*quote_blocks(groups, number_of(cited)), "**Sources**",
                         "\n".join(f"{source_line(n, q)}  " for n, q in cited)]) if cited else ""


def markdown(answer: Answer) -> str:
    """The answer as Markdown: the filter and respelling lines, an abstention's message, then `quoted_markdown`."""
    body = quoted_markdown(answer)
    if answer.abstention is not None:
        body = f"{message(answer.abstention, escape)}\n\n{body}".strip()
    return _with_searched(answer, body, lambda w: f"*{escape(w)}*")


# --- plain text (the terminal) ---------------------------------------------------------------------------------


def plain(answer: Answer) -> str:
    """The answer for a terminal: the Markdown's structure, without its markup; nothing a terminal obeys."""
    groups = sections(answer)
    cited = numbered(groups)
    number = number_of(cited)
    blocks = quote_blocks(groups, number, _flat)
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
    return _with_searched(answer, text, _spaced, _spaced)


def _flat(text: str) -> str:
    return printable(" ".join(text.split()))


def _spaced(text: str) -> str:  # `_flat` keeping a leading and a trailing space: it joins the pieces of a line
    return printable(re.sub(r"\s+", " ", text))


def passages_text(passages: Sequence[Passage]) -> str:
    """Plain-text listing of retrieved passages with their citations and the ranks behind them."""
    if not passages:
        return "No passage matches the question."
    blocks = []
    for n, p in enumerate(passages, start=1):
        ranks = f"fused {p.score:.4f}; BM25 rank {p.bm25_rank or '-'}, dense rank {p.dense_rank or '-'}"
        byline = "".join(f" · {_flat(f)}" for f in (str(p.metadata.get("source", "")), day_of(p.metadata)) if f)
        named = where(p) if p.doc_id == where(p) else f"{where(p)} ({p.doc_id})"
        lines = [f"[{n}] {_flat(p.title)}{byline}", f"    {_flat(named)}, {cited_at(p)} ({ranks})"]
        if p.duplicates:
            lines.append(f"    also in: {_flat(', '.join(p.duplicates))}")
        if p.joins_stories:
            lines.append(f"    {moved_down(p, passages)}")
        lines.append(textwrap.indent(textwrap.fill(printable(p.text), width=100), "    "))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def moved_down(p: Passage, passages: Sequence[Passage]) -> str:
    """Why `p` stands below passages of lower score: it runs from one story of a compilation into the next; "" for a
    passage in its place by score."""
    place = 1 + sum(q.score > p.score for q in passages)
    return (f"moved down: it runs from one story into the next of a compilation (its fused score {p.score:.4f} "
            f"would place it #{place})") if p.joins_stories else ""
