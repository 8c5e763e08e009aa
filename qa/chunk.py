"""Sentence-aligned chunks within the model's token budget, neighbours sharing `overlap` sentences.

`count_tokens` is the model tokenizer's length, passed in so this module loads no model. Nothing may be cut
off silently by the model later: over-long sentences are split first (`split_long`), and every chunk's real
text is measured before it is kept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

from qa.records import Article, Chunk, Sentence

_WORD = re.compile(r"\S+")


def _fit_prefix(text: str, count_tokens: Callable[[str], int], max_tokens: int) -> int:
    """Length of the longest prefix of `text` (at least 1 char) within budget; for one huge word."""
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if count_tokens(text[:mid]) <= max_tokens:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _split_words(
    text: str, count_tokens: Callable[[str], int], max_tokens: int, empty: int
) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` within budget, cut at whitespace (inside a word as a last resort)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    cost = [count_tokens(text[a:b]) - empty for a, b in words]
    pieces: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j, total = i + 1, empty + cost[i]
        while j < len(words) and total + cost[j] <= max_tokens:
            total += cost[j]
            j += 1
        while j > i + 1 and count_tokens(text[words[i][0] : words[j - 1][1]]) > max_tokens:
            j -= 1  # the tokenizer is not quite additive over words
        start, end = words[i][0], words[j - 1][1]
        if j == i + 1:  # one word over budget: cut it by characters
            while count_tokens(text[start:end]) > max_tokens:
                cut = start + _fit_prefix(text[start:end], count_tokens, max_tokens)
                pieces.append((start, cut))
                start = cut
        pieces.append((start, end))
        i = j
    return pieces


def split_long(
    sentences: Sequence[Sentence], *, count_tokens: Callable[[str], int], max_tokens: int
) -> list[Sentence]:
    """The sentences, with any over `max_tokens` cut at whitespace into consecutive pieces that fit."""
    empty = count_tokens("")
    if max_tokens <= empty:
        raise ValueError(f"max_tokens must exceed the empty text's length {empty}, got {max_tokens}")
    out: list[Sentence] = []
    for s in sentences:
        if count_tokens(s.text) <= max_tokens:
            out.append(s)
            continue
        for a, b in _split_words(s.text, count_tokens, max_tokens, empty):
            out.append(Sentence(s.doc_id, s.start + a, s.start + b, s.text[a:b]))
    return out


def chunk_id(doc_id: str, start: int, end: int, text: str) -> str:
    """Content hash of a chunk: the first 16 hex digits of sha256 over its article, span and text."""
    return hashlib.sha256(f"{doc_id}\0{start}\0{end}\0{text}".encode()).hexdigest()[:16]


def chunk_article(
    article: Article,
    sentences: Sequence[Sentence],
    *,
    count_tokens: Callable[[str], int],
    max_tokens: int,
    overlap: int,
    prefix_tokens: int = 0,
) -> list[Chunk]:
    """Greedy chunks of consecutive sentences within `max_tokens - prefix_tokens`, sharing `overlap` of them.

    Every sentence must fit the budget alone (run `split_long` with the same budget first). Each chunk adds at
    least one new sentence, and no sentence is in more than two chunks. `n_tokens` counts the chunk text only.

    Raises:
        ValueError: a sentence over budget, a sentence of another article, or a negative overlap.
    """
    budget = max_tokens - prefix_tokens
    if overlap < 0:
        raise ValueError(f"overlap must be >= 0, got {overlap}")
    empty = count_tokens("")
    sizes = [count_tokens(s.text) for s in sentences]
    for s, n in zip(sentences, sizes, strict=True):
        if s.doc_id != article.doc_id:
            raise ValueError(f"sentence of {s.doc_id!r} passed with article {article.doc_id!r}")
        if n > budget:
            raise ValueError(f"sentence at {s.start} has {n} tokens, over budget {budget}: split_long first")
    cost = [n - empty for n in sizes]
    chunks: list[Chunk] = []
    prev_end, end = 0, 0
    while end < len(sentences):
        # `overlap` back, but not before the chunk before last ended: a sentence is in two chunks at most.
        first = max(end - overlap, prev_end)
        while first < end and empty + sum(cost[first : end + 1]) > budget:
            first += 1
        last, total = end + 1, empty + sum(cost[first : end + 1])
        while last < len(sentences) and total + cost[last] <= budget:
            total += cost[last]
            last += 1
        chunk = _measured(article, sentences, (first, last), end, count_tokens, budget)
        chunks.append(chunk)
        prev_end, end = end, chunk.last_sentence
    return chunks


def _measured(
    article: Article,
    sentences: Sequence[Sentence],
    span: tuple[int, int],
    new: int,
    count_tokens: Callable[[str], int],
    budget: int,
) -> Chunk:
    """The chunk `span`, shrunk (last sentences first, then overlap) until its real text fits."""
    first, last = span
    while True:
        start, end = sentences[first].start, sentences[last - 1].end
        text = article.text[start:end]
        n_tokens = count_tokens(text)
        if n_tokens <= budget or (first == new and last == new + 1):
            break
        if last > new + 1:
            last -= 1
        else:
            first += 1
    cid = chunk_id(article.doc_id, start, end, text)
    return Chunk(cid, article.doc_id, start, end, text, n_tokens, first, last)
