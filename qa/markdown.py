"""An answer's Markdown: quotes, numbered citations, a Sources list, and a few fixed connecting phrases.

Article text is data: every character that Markdown or HTML could read as markup is escaped, so a quote can
never become a link, an image or a tag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.records import Quote

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~^$=-])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}

ABSTAIN = "The articles do not answer this question."
RELATED = "Closest passages (related, not an answer):"
DIFFER = "Sources differ:"
ALSO = "Also reported:"


def escape(text: str) -> str:
    """`text` shown literally in Markdown and HTML (no links, emphasis, tags or entities)."""
    text = "".join(_HTML.get(c, c) for c in text)
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _label(q: Quote) -> str:
    return q.title or q.path or q.doc_id


def source_line(n: int, q: Quote) -> str:
    """`[n] Title — file, characters a-b · source · date` for the Sources list."""
    where = q.path or q.doc_id
    head = f"*{escape(_label(q))}* — {escape(where)}" if _label(q) != where else escape(where)
    parts = [f"[{n}] {head}, characters {q.start}–{q.end}"]
    for key in ("source", "published_at"):
        if q.metadata.get(key):
            parts.append(escape(str(q.metadata[key])))
    line = " · ".join(parts)
    if q.also_in:
        line += f" (also in {', '.join(escape(d) for d in q.also_in)})"
    return line


def _quote_line(n: int, q: Quote) -> str:
    return f"> “{escape(q.text)}” [{n}]"


def compose(sections: Sequence[tuple[str, Sequence[Quote]]]) -> str:
    """Markdown for titled groups of quotes (title "" for none), then the Sources list.

    A quote shown twice keeps one number.
    """
    numbers: dict[tuple[str, int, int], int] = {}
    ordered: list[Quote] = []
    blocks = []
    for title, quotes in sections:
        if not quotes:
            continue
        lines = []
        for q in quotes:
            key = (q.doc_id, q.start, q.end)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                ordered.append(q)
            lines.append(_quote_line(numbers[key], q))
        blocks.append((f"{title}\n\n" if title else "") + "\n>\n".join(lines))
    sources = "\n".join(f"{source_line(i, q)}  " for i, q in enumerate(ordered, start=1))
    return "\n\n".join([*blocks, "**Sources**", sources]) if ordered else ""


def abstention(related: Sequence[Quote], message: str = ABSTAIN) -> str:
    """The fixed abstention message, with the closest sentences labelled as related, not an answer."""
    body = compose([(RELATED, related)]) if related else ""
    return f"{message}\n\n{body}".strip()
