"""Presentation of passages and answers, shared by the CLI and the UI."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from qa.records import Passage


def where(doc_id: str, start: int, end: int) -> str:
    """A citation's location: the article and the character span in its clean text."""
    return f"{doc_id}, characters {start}-{end}"


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
