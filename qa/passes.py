"""What the model reads to give each chunk and sentence its vector: the build's one embedding entry point,
`embed_chunks`, called for a batch of chunks (the whole build at once, or a worker's share of it).

`Settings.embed_passes` picks how (issue 15; measured in benchmarks/onepass.py, benchmarks/RESULTS.md):
- "both": a pass per chunk and a pass per sentence, sentence-transformers' pooled output (the first version).
- "chunks": a pass per chunk; a sentence's vector pools its own word pieces in the pass of the first chunk that
  holds it, so a sentence shared by two chunks (the overlap) reads the text before it, not the text after.
- "sentences" (default): a pass per sentence and one per title line; a sentence's vector is its own pass (as in
  "both"), a chunk's the mean over every word piece of its title's and its sentences' passes. A sentence shared
  by two chunks is read once, standalone, and counts in both chunks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from qa.embed import Embedder, content_hash
from qa.pool import Pass, Pooled, mean_of, span_vector, whole

EmbedPasses = Literal["both", "chunks", "sentences"]


@dataclass(frozen=True, slots=True)
class ChunkInput:
    """A chunk as the model reads it: the title line and chunk text, each sentence of the chunk as a span of
    `text` (in order), and which of those sentences' vectors are wanted back."""

    text: str
    spans: tuple[tuple[int, int], ...]
    wanted: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ChunkVectors:
    """A vector per chunk input, a vector per wanted sentence (input by input, in `wanted` order), and the
    word pieces the model read for them ([CLS] and [SEP] included)."""

    chunks: np.ndarray
    sentences: np.ndarray
    word_pieces: int


def vector_key(model: str, mode: EmbedPasses, text: str, span: tuple[int, int] | None = None) -> str:
    """Cache key of a vector: model, way of reading, and what was read (for "chunks", a sentence's vector
    depends on the chunk it was read in: `text` is then the chunk input and `span` the sentence in it)."""
    if mode == "both" and span is None:
        return content_hash(model, text)  # the first version's keys: its indexes still seed a rebuild
    where = "" if span is None else f"\0{span[0]}\0{span[1]}"
    return hashlib.sha256(f"{model}\0{mode}\0{text}{where}".encode()).hexdigest()[:32]


def embed_chunks(embedder: Embedder, inputs: Sequence[ChunkInput], *, mode: EmbedPasses, batch_size: int = 32,
                 progress: bool = False) -> ChunkVectors:
    """Vectors of a batch of chunks and of their wanted sentences, read the way `mode` says; `progress` shows a
    bar labelled "Embedding 10,290 chunks"."""
    if mode not in _WAYS:
        raise ValueError(f"embed_passes must be one of {sorted(_WAYS)}, got {mode!r}")
    return _WAYS[mode](embedder, inputs, batch_size, _label(len(inputs)) if progress else "")


def _label(n: int) -> str:
    return f"Embedding {n:,} chunk{'' if n == 1 else 's'}"


def _wanted_texts(inputs: Sequence[ChunkInput]) -> list[str]:
    return [c.text[c.spans[j][0]:c.spans[j][1]] for c in inputs for j in c.wanted]


def _stack(rows: Sequence[np.ndarray], dim: int) -> np.ndarray:
    return np.ascontiguousarray(np.stack(rows), dtype=np.float32) if rows else np.zeros((0, dim), np.float32)


def _both(embedder: Embedder, inputs: Sequence[ChunkInput], batch_size: int, progress: str) -> ChunkVectors:
    """A pass per chunk and per wanted sentence (each distinct text once)."""
    sentences = _wanted_texts(inputs)
    distinct = list(dict.fromkeys(sentences))
    chunks = embedder.encode([c.text for c in inputs], batch_size=batch_size, progress=progress)
    vectors = dict(zip(distinct, embedder.encode(distinct, batch_size=batch_size,
                                                 progress=progress and f"{progress}: their sentences"), strict=True))
    pieces = embedder.word_pieces([c.text for c in inputs]) + embedder.word_pieces(distinct)
    return ChunkVectors(chunks, _stack([vectors[t] for t in sentences], embedder.dim), pieces)


def _chunks(embedder: Embedder, inputs: Sequence[ChunkInput], batch_size: int, progress: str) -> ChunkVectors:
    """A pass per chunk; its sentences' vectors pooled from their own word pieces in it."""
    def reduce(c: ChunkInput) -> Callable[[Pass], tuple[np.ndarray, list[np.ndarray], int]]:
        def read(p: Pass) -> tuple[np.ndarray, list[np.ndarray], int]:
            return mean_of([whole(p)]), [span_vector(p, *c.spans[j]) for j in c.wanted], len(p.tokens)
        return read

    read = embedder.read([c.text for c in inputs], [reduce(c) for c in inputs], batch_size=batch_size,
                         progress=progress)
    return ChunkVectors(_stack([r[0] for r in read], embedder.dim),
                        _stack([v for r in read for v in r[1]], embedder.dim), sum(r[2] for r in read))


SLICE = 4096  # chunks whose passes' sums are held at once in "sentences" mode (memory stays flat at 1M chunks)


def _sentences(embedder: Embedder, inputs: Sequence[ChunkInput], batch_size: int, progress: str) -> ChunkVectors:
    """A pass per distinct sentence and title line; chunks pool their passes' word pieces (slice by slice)."""
    if len(inputs) > SLICE:
        n = -(-len(inputs) // SLICE)
        done = [_sentences(embedder, inputs[i:i + SLICE], batch_size, progress and f"{progress} ({k} of {n})")
                for k, i in enumerate(range(0, len(inputs), SLICE), start=1)]
        return ChunkVectors(np.concatenate([d.chunks for d in done]), np.concatenate([d.sentences for d in done]),
                            sum(d.word_pieces for d in done))
    parts = [_parts(c) for c in inputs]
    distinct = list(dict.fromkeys(t for p in parts for t in p))
    pooled: dict[str, Pooled] = dict(zip(distinct, embedder.read(distinct, [whole] * len(distinct),
                                                                 batch_size=batch_size, progress=progress),
                                         strict=True))
    chunks = [mean_of([pooled[t] for t in p]) for p in parts]
    sentences = [mean_of([pooled[t]]) for t in _wanted_texts(inputs)]
    return ChunkVectors(_stack(chunks, embedder.dim), _stack(sentences, embedder.dim),
                        sum(p.count for p in pooled.values()))


def _parts(c: ChunkInput) -> list[str]:
    """The texts read for a chunk in "sentences" mode: its title line (if any) and each sentence."""
    prefix = c.text[:c.spans[0][0]].strip() if c.spans else c.text.strip()
    return ([prefix] if prefix else []) + [c.text[a:b] for a, b in c.spans]


_WAYS: dict[str, Callable[[Embedder, Sequence[ChunkInput], int, str], ChunkVectors]] = {
    "both": _both, "chunks": _chunks, "sentences": _sentences,
}
