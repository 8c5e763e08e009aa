"""How closely a candidate sentence's words meet the question's, word by word (issue 13: the lead that answers, not
the one that repeats the question's words).

Each key word of the question is matched to its most similar word of the sentence (MaxSim, as ColBERT scores a
passage), so "offer" meets "promise" where the BM25 cover sees nothing. A word's vector is the mean of its word
pieces' rows in the embedding model's input table: a lookup, no forward pass, kept per word (~2.5 ms for a
question's 8 candidates and the sentences before them, ~0.5 ms once their words were read). Contextual word vectors (the
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
    """A text's content words (stop words left out: their vectors meet anything): each one's BM25 token and unit
    vector (float32, a row each)."""

    tokens: tuple[str, ...]
    vectors: np.ndarray

    def __add__(self, other: Words) -> Words:
        """The words of two texts read one after the other (a sentence with the one before it)."""
        return Words(self.tokens + other.tokens, np.concatenate([self.vectors, other.vectors]))


CACHED_WORDS = 20_000  # words whose token and vector are kept (~30 MB); the cache is emptied when it fills
_words: dict[tuple[int, str], tuple[str, np.ndarray | None]] = {}  # (model, word) -> token ("" for a stop word), vector


def read_words(embedder: Embedder, texts: Sequence[str]) -> list[Words]:
    """Every text's content words with their vectors: each word the sum of its word pieces' rows in the model's
    input table, scaled to unit length, read once per process (one tokenizer call for the words not read yet)."""
    split = [[m.group() for m in _WORD.finditer(t)] for t in texts]
    key = id(embedder.model)
    found = {w: _words.get((key, w)) for ws in split for w in ws}  # this call's own copy: another may empty the cache
    new = [w for w, read in found.items() if read is None]
    if new:
        table = _table(embedder)
        pieces = embedder.model.tokenizer(new, add_special_tokens=False, verbose=False)["input_ids"]
        if len(_words) + len(new) > CACHED_WORDS:
            _words.clear()
        for word, ids in zip(new, pieces, strict=True):
            token = (tokenize(word) or [""])[0]
            vector = table[ids].sum(axis=0) if token and ids else None
            found[word] = _words[(key, word)] = (token, vector / (np.linalg.norm(vector) or 1.0)
                                                 if vector is not None else None)
    out = []
    for ws in split:
        kept = [(t, v) for t, v in (found[w] for w in ws) if v is not None]
        out.append(Words(tuple(t for t, _ in kept), np.asarray([v for _, v in kept], dtype=np.float32).reshape(
            len(kept), embedder.dim)))
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
    cosine with a word of the sentence; 0.0 when there is none."""
    keep = [i for i, t in enumerate(question.tokens) if t in weights]
    if not keep or not sentence.tokens:
        return 0.0
    w = np.asarray([weights[question.tokens[i]] for i in keep])
    best = (question.vectors[keep] @ sentence.vectors.T).max(axis=1)
    return float(w @ best / w.sum())


def uniform(tokens: Iterable[str]) -> dict[str, float]:
    """Weight 1 for each of `tokens` (`alignment` of the asked act's words, unweighted)."""
    return dict.fromkeys(tokens, 1.0)
