"""How closely a candidate sentence's words meet the question's, word by word (issue 13: the lead that answers, not
the one that repeats the question's words).

Each key word of the question is matched to its most similar word of the sentence (MaxSim, as ColBERT scores a
passage), so "offer" meets "promise" where the BM25 cover sees nothing. A word's vector is the mean of its word
pieces' rows in the embedding model's input table: a lookup, no forward pass. Contextual word vectors (the
model's last layer, one pass over the question and the candidates) cost ~80 ms a question here and fitted the
lead no better (benchmarks/fit_lead.py, benchmarks/RESULTS.md "leadpick"). `qa.lead` reads the scores as features.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from qa.embed import Embedder
from qa.tokens import tokenize

_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Words:
    """A text's words: each word's BM25 token ("" for a stop word) and unit vector (float32, a row each)."""

    tokens: tuple[str, ...]
    vectors: np.ndarray

    def __add__(self, other: Words) -> Words:
        """The words of two texts read one after the other (a sentence with the one before it)."""
        return Words(self.tokens + other.tokens, np.concatenate([self.vectors, other.vectors]))


def read_words(embedder: Embedder, texts: Sequence[str]) -> list[Words]:
    """Every text's words with their vectors: one call of the tokenizer, each word the sum of the rows of the word
    pieces starting inside it, scaled to unit length."""
    table = _table(embedder)
    enc = embedder.model.tokenizer(list(texts), add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    out = []
    for text, ids, offsets in zip(texts, enc["input_ids"], enc["offset_mapping"], strict=True):
        spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        vectors = np.zeros((len(spans), table.shape[1]), dtype=np.float32)
        if spans and ids:
            at = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)[:, 0]
            word = np.searchsorted(np.asarray([s for s, _, _ in spans]), at, side="right") - 1
            kept = np.flatnonzero((word >= 0) & (at < np.asarray([e for _, e, _ in spans])[np.maximum(word, 0)]))
            if len(kept):
                owner = word[kept]
                starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # a word's pieces follow each other
                vectors[owner[starts]] = np.add.reduceat(table[np.asarray(ids)[kept]], starts)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors /= np.where(norms > 0, norms, 1.0)
        out.append(Words(tuple((tokenize(w) or [""])[0] for _, _, w in spans), vectors))
    return out


_tables: dict[int, np.ndarray] = {}


def _table(embedder: Embedder) -> np.ndarray:
    """The model's input word-piece table as float32 (30,522 x 384, 47 MB), converted once per loaded model: read
    row by row from the bfloat16 weights, a question's few hundred words took ~8 ms."""
    key = id(embedder.model)
    if key not in _tables:
        import torch

        with torch.inference_mode():
            weight = embedder.model[0].auto_model.get_input_embeddings().weight
            _tables[key] = np.ascontiguousarray(weight.float().numpy())
    return _tables[key]


def alignment(question: Words, sentence: Words, weights: dict[str, float]) -> float:
    """The `weights`-weighted mean, over the question's words whose token `weights` holds, of each one's best
    cosine with a content word of the sentence (a stop word's vector meets too many); 0.0 when there is none."""
    keep = [i for i, t in enumerate(question.tokens) if t in weights]
    words = [j for j, t in enumerate(sentence.tokens) if t]
    if not keep or not words:
        return 0.0
    w = np.asarray([weights[question.tokens[i]] for i in keep])
    best = (question.vectors[keep] @ sentence.vectors[words].T).max(axis=1)
    return float(w @ best / w.sum())


def uniform(tokens: Iterable[str]) -> dict[str, float]:
    """Weight 1 for each of `tokens` (`alignment` of the asked act's words, unweighted)."""
    return dict.fromkeys(tokens, 1.0)
